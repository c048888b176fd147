"""Numbers and counters read as they are said (the reader taught いちかい for 一階 and
ひゃくにじゅうご for 百二十戸: a walker), and kanji Sudachi misreads in plain text."""

import pytest

from content.analysis.tokens import tokenize


def readings(text: str) -> str:
    return " ".join(token.reading for token in tokenize(text))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("一階", "いっ かい"),
        ("一軒", "いっ けん"),
        ("一本", "いっ ぽん"),
        ("六本", "ろっ ぽん"),
        ("八分", "はっ ぷん"),
        ("十回", "じゅっ かい"),
        ("百回", "ひゃっ かい"),
        ("二十一歳", "にじゅういっ さい"),
        ("三階", "さん がい"),
        ("三匹", "さん びき"),
        ("三分", "さん ぷん"),
        ("四分", "よん ぷん"),
        ("二本", "に ほん"),
        ("五階", "ご かい"),
    ],
)
def test_a_number_and_its_counter(text, said):
    assert readings(text) == said


@pytest.mark.parametrize(("text", "counter"), [("1本", "ぽん"), ("20分", "ぷん"), ("3階", "がい")])
def test_a_counter_after_digits(text, counter):
    assert tokenize(text)[-1].reading == counter


@pytest.mark.parametrize(
    ("text", "said"),
    [("駅まで二十分かかる", "えき まで に じゅっぷん かかる"), ("百二十戸", "ひゃくに じゅっこ")],
)
def test_a_ten_sudachi_joins_to_the_counter_is_counted(text, said):
    # Sudachi splits 二 from 十分, which it reads じゅうぶん (enough), and 百二 from 十戸.
    assert readings(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("四十台分", "よんじゅう だい ぶん"),  # a portion after a counter, not a minute
        ("三日分の食料", "みっ か ぶん の しょくりょう"),
        ("四分の一", "よん ぶん の いち"),  # a fraction, not four minutes
        ("八分の一", "はち ぶん の いち"),
        ("三十分ほど", "さんじゅっ ぷん ほど"),  # minutes stay minutes
        ("10分の休憩", "いちれい ぷん の きゅうけい"),
    ],
)
def test_a_portion_and_a_fraction_are_bun(text, said):
    # The reader taught 四十台分 as ふん, "minute" (a walker).
    assert readings(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("四月一日", "し がつ つい たち"),
        ("九月一日", "く がつ つい たち"),
        ("七月", "しち がつ"),
        ("十四時", "じゅうよ じ"),
        ("一日中", "いち にち ちゅう"),  # all day, no date
    ],
)
def test_months_hours_and_the_first_of_the_month(text, said):
    assert readings(text) == said


def test_a_day_named_by_what_happens_on_it_is_bi():
    assert readings("休館日を設ける").startswith("きゅうかん び を")
    assert readings("その日は") == "その ひ は"


def test_enough_is_still_enough():
    assert readings("十分な準備").startswith("じゅうぶん な")


def test_a_town_owns_its_library():
    assert readings("町立の図書館").startswith("ちょう りつ")


def test_rice_beside_wheat_is_no_america():
    assert readings("米や麦をひいた").startswith("こめ や")
    assert "べい" in readings("日米の首脳")


def test_a_place_name_is_read_as_jmnedict_reads_it():
    # Sudachi's dictionary reads 北川駅 as a Korean station, ぷくちょんえき (a walker).
    from content.analysis.glossary import with_names_read_as_named

    station = with_names_read_as_named(tokenize("北川駅から歩く"))[0]
    assert (station.surface, station.reading) == ("北川駅", "きたがわえき")
    assert [t.reading for t in with_names_read_as_named(tokenize("東京駅"))] == ["とうきょうえき"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Kanji written digit by digit are the number (a walker saw にれいいちはちねん).
        ("二〇一八年", "にせんじゅうはち ねん"),
        ("一九六〇年代", "せんきゅうひゃくろくじゅう ねん だい"),
        ("二〇〇五年", "にせんご ねん"),
        ("三〇〇人", "さんびゃく にん"),
        # Not a pair of digits that is a word of its own.
        ("一二を争う", "いちに を あらそう"),
    ],
)
def test_kanji_digits_are_read_as_their_number(text, said):
    assert readings(text) == said


def test_a_number_is_said_with_its_places_sound_changes():
    from content.analysis.said_readings import number_reading

    assert [number_reading(n) for n in (300, 600, 800, 3000, 8000, 1868, 120000)] == [
        "さんびゃく",
        "ろっぴゃく",
        "はっぴゃく",
        "さんぜん",
        "はっせん",
        "せんはっぴゃくろくじゅうはち",
        "じゅうにまん",
    ]


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        # Sudachi's わたくし is formal speech; learners say and are taught わたし (a walker).
        ("私の家の近くにパン屋があります。", "私", "わたし"),
        # 辛い beside a dish or a taste is spicy (a walker's reader said つらい, with its senses).
        ("中のカレーは少し辛いです。", "辛い", "からい"),
        ("このラーメンは辛くて食べられない。", "辛く", "からく"),
        # Without one, hard to bear, as Sudachi reads it.
        ("仕事が辛かった。", "辛かっ", "つらかっ"),
    ],
)
def test_readings_sudachi_gives_whatever_the_text(text, word, said):
    assert next(t.reading for t in tokenize(text) if t.surface == word) == said
