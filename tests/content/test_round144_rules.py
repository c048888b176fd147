"""Issue 9, blind round 144: a lord's men among lords, a count cut to, a close share swapped,
and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_truefalse
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

SIEGE = """# 山城の籠城戦

## 籠城する兵たち

甲斐の武田晴信は、八千の兵で高森城を囲んだ。
城主の小笠原長貞は、越後の長尾景虎に助けを求めた。
城の守りを任されたのは、長貞の家臣である村井左近という老将である。
左近は兵の食事を一日二回に減らし、自らも兵と同じものしか口にしなかったという。
武田方の武将である秋山虎繁が城に入ったのは、その年の秋である。
長貞の重臣の今村主水も、最後まで城に残った。
相模の北条氏康も、この戦いの様子を見守っていた。
"""


@pytest.fixture
def siege():
    return build_corpus(make_article(text=SIEGE))


def test_a_retainer_is_offered_among_retainers_and_a_lord_among_lords(siege):
    # 「長貞の家臣である［村井左近］」 offered 武田晴信 and 長尾景虎; 「越後の［長尾景虎］」 the
    # castle's own keeper (144a).
    keeper = sentence_starting(siege, "城の守り")
    options = pick_distractors(
        span_of(keeper, "村井左近"), corpus=siege, sentence_text=keeper.sentence.text
    )
    assert options and set(options) <= {"秋山虎繁", "今村主水"}
    ally = sentence_starting(siege, "城主の")
    options = pick_distractors(
        span_of(ally, "長尾景虎"), corpus=siege, sentence_text=ally.sentence.text
    )
    assert options and not set(options) & {"村井左近", "秋山虎繁", "今村主水"}


def test_no_choice_on_a_count_cut_to_with_nothing_it_came_from(siege):
    # 「食事を一日［二回］に減らし」: 四回 and 五回 cut nothing (144a).
    item = sentence_starting(siege, "左近は")
    assert build_choice(item, span_of(item, "二回"), siege) is None


def test_no_statement_swaps_a_share_for_a_close_one():
    # 「定期外の利用者が［6.4%］増えた」 as the revenue's 6.8%: a decimal remembered (144b).
    text = (
        "# 北浜電鉄の決算\n\n## 運輸事業\n\n"
        "運輸収入は前期比6.8%増の412億円となった。\n"
        "特に、定期外の利用者が6.4%増えたことが収入を押し上げた。\n"
        "定期の利用者は1.2%増にとどまった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "特に")
    draft = build_truefalse(item, span_of(item, "6.4%"), corpus)
    statements = [draft.prompt, draft.other_side.prompt] if draft else []
    assert not any("6.8%" in statement for statement in statements)


def test_a_parcels_slip_is_no_chit():
    assert "chit" not in word_senses("伝票", "でんぴょう")


@pytest.mark.parametrize("word", ["助け", "本数"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)
