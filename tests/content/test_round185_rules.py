"""Issue 9, blind round 185 (judged on 10f83a1). Each case is one a reviewer failed; the
spelling questions' two are in test_spellings.py."""

import pytest

from content.analysis.glossary import word_senses


@pytest.mark.parametrize(
    ("word", "reading", "context", "elsewhere"),
    [
        # 「稚貝の確保は依然として綱渡りの状態が続いている」: precarious, not the circus act.
        ("綱渡り", "つなわたり", ("確保", "状態", "続く"), ("サーカス",)),
        # 「欧米視察への随行が転機となった」: going along, not "attendant, follower".
        ("随行", "ずいこう", ("欧米", "視察", "転機"), ("大臣", "秘書")),
        # 「排出は収集日当日の午前8時30分までに」: putting waste out, not an emission of CO2.
        ("排出", "はいしゅつ", ("収集日", "集積所"), ("二酸化炭素", "工場")),
    ],
)
def test_a_sense_jmdict_lacks_beside_these_words_gets_no_card(word, reading, context, elsewhere):
    assert word_senses(word, reading, context) == ""
    assert word_senses(word, reading, elsewhere) != ""
