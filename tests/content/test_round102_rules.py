"""Issue 9, blind round 102: senses struck, an example after the sentence before, an age said
on the way to a name, and a reading distractor that reads a part as its own word. Each text is
our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from content.generation.readings import misreadings
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_102():
    assert word_senses("飲み薬", "のみぐすり") == "oral medicine"
    assert "police" not in word_senses("手配", "てはい")
    assert word_senses("破裂", "はれつ") == "rupture"
    assert word_senses("雪下ろし", "ゆきおろし").startswith("removing snow")
    assert "coach" in word_senses("監督", "かんとく")


PIPES = (
    "# 水道管の更新\n\n"
    "## 古い管の現状\n\n"
    "町の水道管は全長約210キロで、その3分の1が耐用年数を超えている。\n"
    "昨年は漏水が14件起き、駅前では半日にわたって水が止まった。\n"
    "古い管の多くは、1970年代の団地の造成に合わせて埋められた。\n\n"
    "## 工事の進め方\n\n"
    "町は2026年度から10年かけて、古い管を順に取り替える。\n"
    "例えば、新しい管には地震に強いポリエチレン管を使う。\n"
    "工事は夜間に行い、昼間の交通への影響を抑える。\n\n"
    "## 住民の声\n\n"
    "駅前で食堂を営む女性は「断水の日は店を閉めるしかなかった」と話す。\n"
    "商店街の会長は、工事の日程を早めに知らせてほしいと求めた。\n"
)


def test_no_which_section_of_an_example_of_the_sentence_before():
    # 「例えば、道路工事やガス管の工事と時期を合わせ…」 leans on the sentence before (102b).
    corpus = build_corpus(make_article(text=PIPES))
    assert build_section(sentence_starting(corpus, "例えば"), corpus) is None
    told = build_corpus(make_article(text=PIPES.replace("例えば、", "")))
    assert build_section(sentence_starting(told, "新しい管には"), told)


def test_no_choice_of_an_age_said_on_the_way_to_a_name():
    # 「途中出場の［18歳］、佐々木ひなたのサービスエースで…」: trivia, with 13歳 among the options (102a).
    text = (
        "# 女子バレー決勝\n\n## 第4セット\n\n"
        "第4セットは、途中出場の19歳、高橋みのりのサーブで流れが変わった。\n"
        "主将の山本彩（27）は、この試合で両チーム最多の24得点を挙げた。\n"
        "監督の中川誠（52）は「全員でつないだ勝利だ」と話した。\n"
    )
    corpus = build_corpus(make_article(text=text))
    age = sentence_starting(corpus, "第4セットは")
    assert build_choice(age, span_of(age, "19歳"), corpus) is None
    # An age that qualifies the name (19歳の高橋みのり) is asked as before.
    named = build_corpus(make_article(text=text.replace("途中出場の19歳、", "19歳の")))
    age = sentence_starting(named, "第4セットは")
    assert build_choice(age, span_of(age, "19歳"), named)


def test_no_reading_distractor_that_reads_a_part_as_its_word():
    # ちゅうてっかん for 鋳鉄管: 鉄管 is てっかん (102b); ぜんにちひ for 前日比: 前日 is ぜんにち too.
    assert "ちゅうてっかん" not in misreadings("鋳鉄管", "ちゅうてつかん")
    assert "ぜんにちひ" not in misreadings("前日比", "ぜんじつひ")
    # A misreading of a part that is no word's reading stays (ちゅうでつかん went with round
    # 158's rule: no on reading voiced where the word has no rendaku).
    assert "ちゅてつかん" in misreadings("鋳鉄管", "ちゅうてつかん")
