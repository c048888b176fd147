"""Issue 9, blind round 105: senses struck and a word too plain to read. Judged on the final
code of session 20; its rulings are data."""

from content.analysis.glossary import is_basic_word, word_senses


def test_senses_struck_in_round_105():
    assert word_senses("充実", "じゅうじつ").startswith("substantiality")  # 本を充実させた
    assert word_senses("廻船", "かいせん") == "(small) cargo vessel"  # no harbour lighter
    assert "fin" not in word_senses("縁側", "えんがわ")
    assert "mate" not in word_senses("運転士", "うんてんし")
    assert word_senses("酒蔵", "さかぐら") == "sake brewery"


def test_words_too_plain_of_round_105():
    assert is_basic_word("晴れ")  # JLPT N5 (105a)
