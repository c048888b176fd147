"""Issue 9, blind round 108: a total passed by a time, an age a school gives, a plan for later
placed at a glance, and a word too plain to read. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice, build_section, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_words_too_plain_of_round_108():
    assert is_basic_word("座る")  # JLPT N5 (108b)


SCHOOL = (
    "# 村の裁縫学校\n\n"
    "## 開校まで\n\n"
    "裁縫学校は1921年に、教師の森下ハナが村の寺の一室で開いた。\n"
    "最初の生徒は、近くの村から通う12人の娘たちだった。\n\n"
    "## 広がる学び\n\n"
    "1928年には、木造二階建ての校舎が完成した。\n"
    "1935年までに、学校を巣立った卒業生は延べ1,200人を超えた。\n"
    "1944年には、校舎の一部が軍の倉庫として使われた。\n\n"
    "## 学校のその後\n\n"
    "学校は1950年に町立の高校と合併した。\n"
    "森下ハナは、中学を出て、15歳で町の洋裁学校に入った。\n"
    "弟子の山本キヨは、22歳で洋裁店を開いた。\n"
)


def test_no_question_on_the_time_by_which_a_total_passed():
    # 「［昭和10年］までに、…延べ1200人を超えた」: 昭和19年 is right too (108a).
    corpus = build_corpus(make_article(text=SCHOOL))
    total = sentence_starting(corpus, "1935年までに")
    by = span_of(total, "1935年")
    assert build_choice(total, by, corpus) is None
    assert build_truefalse(total, by, corpus) is None


def test_no_choice_of_the_age_a_school_gives():
    # 「中学を出て、［十五歳］で…」: known without the article (108b).
    corpus = build_corpus(make_article(text=SCHOOL))
    apprentice = sentence_starting(corpus, "森下ハナは、中学を")
    assert build_choice(apprentice, span_of(apprentice, "15歳"), corpus) is None


TRIP = (
    "# 峠の古道を歩く\n\n"
    "## 一日目\n\n"
    "朝8時に宿場町を出て、石畳の坂を登った。\n"
    "峠の茶屋では、名物の草餅を二つ食べた。\n"
    "午後は杉並木の下を歩き、夕方に宿に着いた。\n\n"
    "## 二日目\n\n"
    "雨の中、滑りやすい石畳をゆっくり下った。\n"
    "次は紅葉の季節に、峠の古道をもう一度歩いてみたいと思う。\n"
    "昼過ぎに麓の駅に着き、バスで帰った。\n"
    "帰りのバスからは、歩いた峠がよく見えた。\n"
)


def test_no_which_section_of_a_plan_for_later():
    # 「次は新緑の季節に、…訪ねてみたいと思う」 under 「旅の終わりに」 (108b).
    corpus = build_corpus(make_article(text=TRIP))
    assert build_section(sentence_starting(corpus, "次は紅葉の"), corpus) is None
