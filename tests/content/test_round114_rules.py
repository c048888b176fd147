"""Issue 9, blind round 114: a total a sentence's own figures make, a heading's kanji in a
word of one kanji, the figures of a guide in easy Japanese, and senses. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_senses_struck_in_round_114():
    assert word_senses("主催者", "しゅさいしゃ") == "organizer"  # the marathon's organizer
    assert "announcement" not in word_senses("披露", "ひろう")  # 演奏を披露する
    assert not word_senses("僧寺", "そうじ").startswith("Buddhist priest")  # 僧寺と尼寺
    assert "Bible" not in word_senses("経典", "きょうてん")  # 経典を暗唱する
    assert word_senses("藻類", "そうるい") == "algae"  # the algae inside a coral
    assert "paint" not in word_senses("赤土", "あかつち")  # 赤土の流出
    assert word_senses("肥料", "ひりょう") == "fertilizer"


def test_a_british_spelling_in_er_is_no_second_gloss():
    # "fertilizer, fertiliser" told one word twice (114b).
    assert word_senses("化学肥料", "かがくひりょう") == "chemical fertilizer"


GARDEN = (
    "# ベランダの畑\n\n"
    "## 道具をそろえる\n\n"
    "春になって、近所の店で大きめのプランターを探した。\n"
    "土は20リットル入りの袋を3袋買い、1袋650円で1,950円かかった。\n"
    "種は一袋300円ほどで、全部で五種類を選んだ。\n"
    "じょうろは祖母が使っていたものを借りた。\n\n"
    "## 夏の収穫\n\n"
    "七月にはミニトマトが毎日のように赤くなった。\n"
    "八月の終わりまでに、合わせて4キロほどとれた。\n"
)


def test_no_choice_of_a_total_its_sentences_figures_multiply_to():
    # 「…4袋買い、1袋700円で［2,800円］かかった」: 4 × 700 (114b).
    corpus = build_corpus(make_article(text=GARDEN))
    soil = sentence_starting(corpus, "土は20リットル")
    assert build_choice(soil, span_of(soil, "1,950円"), corpus) is None


MARATHON = (
    "# 港町マラソン\n\n"
    "## 沿道の声\n\n"
    "大会当日は朝から多くの人が道に出て、走る人に声をかけた。\n"
    "商店街の店主たちは、コース沿いに手作りの旗を掲げた。\n"
    "ある店では、走り終えた人に温かい汁物がふるまわれた。\n"
    "市長は「町が一つになった日だった」と話した。\n\n"
    "## 記録と順位\n\n"
    "男子の部は、地元の大学に通う21歳の選手が2時間18分で優勝した。\n"
    "女子の部は、市内の会社員が2時間41分で初優勝を飾った。\n\n"
    "## 来年の大会\n\n"
    "次の大会は、来年の秋に開かれる予定だ。\n"
    "実行委員会は、参加者を2万人に増やしたいとしている。\n"
)


def test_no_which_section_matched_by_a_heading_kanji_in_a_word_of_one_kanji():
    # 「コース沿いの商店街では…」 under 「沿道の声と地元の反応」 (114a).
    corpus = build_corpus(make_article(text=MARATHON))
    assert build_section(sentence_starting(corpus, "商店街の店主"), corpus) is None


GUIDE = (
    "# ごみの出（だ）し方（かた）\n\n"
    "## 燃（も）やすごみ\n\n"
    "燃（も）やすごみは、火曜日（かようび）と金曜日（きんようび）に出（だ）します。\n"
    "市（し）の黄色（きいろ）い袋（ふくろ）に入（い）れてください。\n"
    "大（おお）きい袋（ふくろ）は10枚（まい）で400円（えん）です。\n"
    "袋（ふくろ）は、スーパーで買（か）うことができます。\n\n"
    "## 大（おお）きいごみ\n\n"
    "机（つくえ）や自転車（じてんしゃ）は、大（おお）きいごみです。\n"
    "出（だ）す前（まえ）に、電話（でんわ）で申（もう）し込（こ）んでください。\n"
)


def test_a_guide_in_easy_japanese_asks_its_fees():
    # 「大きい袋は10枚で［500円］」 had no choice: the fee is what a guide's reader needs, and
    # none of its words is the heading's (114b).
    corpus = build_corpus(make_article(text=GUIDE))
    bags = sentence_starting(corpus, "大（おお）きい袋")
    question = build_choice(bags, span_of(bags, "400円"), corpus)
    assert question is not None
    assert question.prompt == "大（おお）きい袋（ふくろ）は10枚（まい）で［　？　］です。"
