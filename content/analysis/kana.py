"""Sound changes of kana that readings are compared and made with."""

# Voicing and its reverse, as rendaku makes it (つけ → づけ) or a misreading leaves it out.
VOICING = str.maketrans(
    "かきくけこさしすせそたちつてとはひふへほがぎぐげござじずぜぞだぢづでどばびぶべぼ",
    "がぎぐげござじずぜぞだぢづでどばびぶべぼかきくけこさしすせそたちつてとはひふへほ",
)
# The h-row after a doubled consonant or ん: いっぽん, さんぷん.
HALF_VOICING = str.maketrans("はひふへほ", "ぱぴぷぺぽ")
