"""Issue 9, blind round 113: a time said as a topic is no topic of a statement, and senses.
Each text is our own."""

from content.analysis.glossary import word_senses
from content.generation.statements import statement_clause


def test_senses_struck_in_round_113():
    assert "bounty" not in word_senses("交付金", "こうふきん")  # 国の交付金
    assert "donating" not in word_senses("提供", "ていきょう")  # ランチを提供する
    assert "putsch" not in word_senses("一揆", "いっき")  # 百姓一揆
    assert word_senses("刷り込み", "すりこみ") == "imprinting"  # 「刷り込み」と呼ばれる現象


def test_a_time_said_as_a_topic_is_no_topic_of_a_statement():
    # 「近年はさらに上昇している。」: what rose? The clause cut off says (113b).
    sentence = "川に戻るサケの割合は数パーセントにとどまり、近年はさらに低下している。"
    assert statement_clause(sentence, sentence.index("低下"), sentence.index("低下") + 2) is None
    # A topic of its own still stands: 「天守は…」.
    sentence = "松江城は堀尾吉晴が築いた城で、天守は国宝に指定されている。"
    clause = statement_clause(sentence, sentence.index("国宝"), sentence.index("国宝") + 2)
    assert clause is not None and clause.text == "天守は国宝に指定されている。"
