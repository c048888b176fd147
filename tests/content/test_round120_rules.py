"""Issue 9, blind round 120: a count a total over a price gives, a return fare beside the
single, a round count of years, one question's prompt showing another's answer, and senses.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from content.generation.service import generate_drafts
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_120():
    assert word_senses("礼金", "れいきん").startswith("key money")  # 敷金と礼金
    assert word_senses("札所", "ふだしょ") == ""  # 四国の札所
    assert is_basic_word("決まり")


PILGRIMAGE = (
    "# 遍路道を歩く\n\n"
    "## 納経の記録\n\n"
    "朝六時に宿を出て、海沿いの道を南へ歩いた。\n"
    "納経料は一か所につき300円で、二日間で回った12か所の合計は3,600円になった。\n"
    "昼は港の食堂でかつおのたたきを食べた。\n"
    "夕方、宿の主人が翌日の道を地図で教えてくれた。\n\n"
    "## 船で島へ\n\n"
    "港から島へは、新しい高速船が一日六便出ている。\n"
    "大人の運賃は片道800円、往復で1,500円に設定された。\n"
    "小学生以下は半額の400円となる。\n"
    "島の寺の住職は「1200年の祈りを次の世代へ伝えたい」と話した。\n"
)


def test_no_choice_of_a_count_the_total_over_the_price_gives():
    # 「一か所につき500円で、…［11か所］の合計は5,500円」 (120b).
    corpus = build_corpus(make_article(text=PILGRIMAGE))
    stamps = sentence_starting(corpus, "納経料は")
    assert build_choice(stamps, span_of(stamps, "12か所"), corpus) is None


def test_no_choice_of_a_return_fare_beside_the_single_nor_of_a_half_fare():
    # 「片道九百円、往復で［千七百円］」 and 「半額の［四百五十円］」 (120a).
    corpus = build_corpus(make_article(text=PILGRIMAGE))
    fares = sentence_starting(corpus, "大人の運賃は")
    assert build_choice(fares, span_of(fares, "1,500円"), corpus) is None
    children = sentence_starting(corpus, "小学生以下は")
    assert build_choice(children, span_of(children, "400円"), corpus) is None


def test_no_choice_of_a_round_count_of_years_of_prayer():
    # 「［千二百年］の祈り」 among 千百九十七年 and 千二百四年 (120a).
    corpus = build_corpus(make_article(text=PILGRIMAGE))
    prayer = sentence_starting(corpus, "島の寺の住職")
    assert build_choice(prayer, span_of(prayer, "1200年"), corpus) is None


SOIL = (
    "# ミミズと土\n\n"
    "## 長い実験\n\n"
    "北山大学の研究グループは、2006年から12年間にわたり、畑に堆肥を入れ続ける実験を行った。\n"
    "堆肥を入れた畑では、ミミズの数が1平方メートルあたり約300匹に増えた。\n"
    "表面から深さ10センチまでの土に含まれる炭素の量も、12年間で約15パーセント多くなっていた。\n"
    "研究グループは、ミミズが落ち葉を細かく砕いたためだとみている。\n"
)


def test_no_question_whose_answer_another_questions_prompt_shows():
    # 「2008年から［15年間］にわたり…」 beside 「…15年間で約［？］多くなっていた」 (120b).
    drafts, _rejected = generate_drafts(build_corpus(make_article(text=SOIL)))
    published = [draft for draft, chosen in drafts if chosen]
    blanks = [draft for draft in published if draft.kind in {"choice", "wh", "cloze"}]
    assert blanks
    for draft in blanks:
        others = [other.prompt for other in published if other is not draft]
        assert not any(draft.answer_text in prompt for prompt in others), draft.answer_text
