"""Issue 9, blind round 183 (judged on the round's commit). Each case is one a reviewer failed."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_with
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HOW_TO = """# 土鍋を長く使うために

## 買ったらまず目止め

新しい土鍋には、目に見えない細かい穴がたくさんある。
おかゆを炊いて米のでんぷんで穴をふさぐ作業を、目止めと呼ぶ。
これを怠ると、水がしみ込んでひびの原因になる。
最初の一回だけ、少し時間をかけて行えばよい。

## 使った後の洗い方

洗うときは、洗剤を使わずにぬるま湯とスポンジで汚れを落とす。
{line}
洗った後は、底まで完全に乾かしてからしまう。
濡れたまま棚に入れると、かびが生えることがある。

## ひびが入ったら

小さなひびなら、もう一度おかゆを炊くとふさがることが多い。
大きく割れた鍋は、火にかけると危ないので使わない。
"""


@pytest.mark.parametrize(
    ("ending", "asked"),
    [("。", True), ("ので注意したい。", False), ("ので気をつけたい。", False)],
)
def test_a_caution_fits_every_step_of_a_how_to(ending, asked):
    # 「酸味の強い料理を長時間煮込むと、被膜が傷むので注意したい」 under 「錆びてしまったときは」
    # fits the daily care as well (183b): a caution is at home under any of its headings.
    line = "金属製のたわしで強くこすると、表面の釉薬が傷む" + ending
    corpus = build_corpus(make_article(text=HOW_TO.format(line=line)))
    assert (build_section(sentence_with(corpus, "金属製のたわし"), corpus) is not None) == asked


def test_a_word_whose_sense_jmdict_leaves_vague_gets_no_card():
    # 「保安要員が乗務し」: serving on board as crew, which "doing transport-related work" leaves
    # vague (183a).
    assert word_senses("乗務", "じょうむ") == ""
