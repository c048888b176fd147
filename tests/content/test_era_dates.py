"""Issue 9, coverage of history sections: an era's date printed with its Western year
(天正13年（1585年）) is one date, asked whole among the article's dates of the same form, or
among dates made from it with both years moved together. Each text is our own."""

import pytest

from content.analysis.spans import ERA_WITH_WESTERN_YEAR, SpanType
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CASTLE = """# 港町の城と市

## 城ができるまで

港の北の丘には、文明10年（1478年）に小さな砦が置かれた。
領主の木下氏は、天文3年（1534年）、砦を石垣の城に建て替えた。
城の南には船着き場があり、米や塩を積んだ船が集まった。
天文9年（1540年）には、城の周りに家臣の屋敷が並ぶようになった。

## 市の始まり

城下の市は、毎月五の付く日に大通りで開かれた。
天文15年（1546年）に木下氏が市の税を軽くすると、遠くの商人も訪れた。
"""


def test_an_era_date_and_its_western_year_are_one_span_of_their_own_form():
    corpus = build_corpus(make_article(text=CASTLE))
    item = sentence_starting(corpus, "港の北の丘には")
    span = span_of(item, "文明10年（1478年）")
    assert (span.type, span.unit) == (SpanType.YEAR, ERA_WITH_WESTERN_YEAR)
    assert not any(other.text == "1478年" for other in item.spans)


def test_an_era_date_is_asked_whole_among_dates_of_its_form():
    corpus = build_corpus(make_article(text=CASTLE))
    item = sentence_starting(corpus, "天文15年")
    draft = build_choice(item, span_of(item, "天文15年（1546年）"), corpus)
    assert draft is not None
    assert draft.prompt.startswith("［")
    assert "1546" not in draft.prompt and "天文15" not in draft.prompt
    assert len(draft.choices) == 4
    for option in draft.choices:
        assert option.endswith("年）") and "（" in option


def test_made_up_era_dates_move_both_years_together():
    corpus = build_corpus(make_article(text=CASTLE))
    item = sentence_starting(corpus, "天文15年")
    span = span_of(item, "天文15年（1546年）")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text, count=6)
    # The article's 天文 dates first, then dates made from the answer; 文明10年（1478年）
    # lies too far back to be weighed.
    assert set(options[:2]) == {"天文9年（1540年）", "天文3年（1534年）"} and len(options) >= 4
    for option in options:
        era_year = int(option[2 : option.index("年")])
        western = int(option[option.index("（") + 1 : option.index("年）")])
        # 天文 began in 1532: its n-th year is 1531 + n.
        assert western - era_year == 1531, option


def test_a_date_that_only_opens_a_list_is_not_asked():
    text = CASTLE.replace(
        "城の南には船着き場があり、米や塩を積んだ船が集まった。",
        "天文6年（1537年）の記録によると、城下の町の規模は次のとおりである。",
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "天文6年")
    assert build_choice(item, span_of(item, "天文6年（1537年）"), corpus) is None
    dated = sentence_starting(corpus, "天文15年")
    assert build_choice(dated, span_of(dated, "天文15年（1546年）"), corpus) is not None
