"""True/false for prose: one gradable word turned into its antonym, only where that is clearly false."""

import pytest

from content.generation.antonyms import antonym_swap
from content.generation.statements import statement_clause
from content.models import QuestionKind, QuestionStatus
from tests.factories import make_article


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        # Verbs in the sentence's form, also across conjugation types (増える 下一段, 減る 五段).
        ("急須でお茶をいれる家は減っています。", "急須でお茶をいれる家は増えています。"),
        ("町の人口は減りました。", "町の人口は増えました。"),
        ("観光客は増えた。", "観光客は減った。"),
        ("町の人口は増えます。", "町の人口は減ります。"),
        ("物価は上がっています。", "物価は下がっています。"),
        # Adjectives as predicates, in every form.
        ("山小屋の中はとても寒いです。", "山小屋の中はとても暑いです。"),
        ("今年の冬は暖かかった。", "今年の冬は寒かった。"),
        ("昔の町は狭かった。", "昔の町は広かった。"),
        ("水温は次第に低くなった。", "水温は次第に高くなった。"),
        ("灯油のストーブを使う家が多いです。", "灯油のストーブを使う家が少ないです。"),
        # な-adjectives and nouns.
        ("町はとても静かになりました。", "町はとてもにぎやかになりました。"),
        ("作り方はとても簡単です。", "作り方はとても複雑です。"),
        ("相談は無料です。", "相談は有料です。"),
        ("天守は城の北にある。", "天守は城の南にある。"),
        # Before a noun, where the opposite reads naturally.
        (
            "細い道の両側には、古い建物が続いています。",
            "細い道の両側には、新しい建物が続いています。",
        ),
    ],
)
def test_the_gradable_word_is_turned_in_the_form_the_sentence_has(sentence, statement):
    swap = antonym_swap(sentence)
    assert swap is not None
    assert swap.apply(sentence) == statement
    assert sentence[swap.start : swap.end] == swap.original


def test_a_general_truth_is_turned_in_its_main_clause_only():
    sentence = "春になると、雪がとけて川の水が増えます。"
    swap = antonym_swap(sentence, main_from=sentence.index("、") + 1)
    assert swap is not None
    assert swap.apply(sentence) == "春になると、雪がとけて川の水が減ります。"
    # A false cause reads as nonsense, not as a falsehood: the condition is never turned.
    cause = "灯油の値段が上がると、暮らしが大変になります。"
    assert antonym_swap(cause, main_from=cause.index("、") + 1) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # A season's own weather: false to anyone who knows a summer (round 189).
        "日本の夏は、とても暑くなります。",
        "北海道の冬はとても寒いです。",
        "水温は高くない。",  # a negation: turning its adjective says the same
        "子どもの睡眠時間は大人より長い。",  # a comparison: the other half could make it true
        "湾の藻場の面積は四割に減りました。",  # a figure: 四割に増えました is absurd, not false
        "深海は暗く、水圧も高い。",  # も: its parallel half is elsewhere
        "監督は大きく舵を切った。",  # an adverb: 小さく舵を切った is no Japanese
        "多くの人が集まる。",  # 少なくの人 is no Japanese
        "この店のパンは値段が高い。",  # 高い値段 is 安い, not 低い
        "軒先には杉玉が下がっています。",  # 下がる here means "hangs"
        "元に戻るまでに長い時間がかかる。",  # 短い時間がかかる is no Japanese
        "明るい部屋がある。",  # that dark rooms exist too is no falsehood
        "朝の明るい光は、体内時計を整える。",  # 暗い光 is no Japanese
        "残ったご飯は、温かいうちに冷凍します。",  # an idiom: 冷たいうちに is no Japanese
        "年をとると、深い眠りが少なくなる。",  # two gradable words: either could be the fact
        "会社は、研修を有料で行うと説明した。",  # a report, not the article's fact
        "町には古い町並み（ふるいまちなみ）が残る。",  # the reading would no longer match
        "部屋は暖かくしてください。",  # advice is neither true nor false
        "お店はとても忙しいそうです。",  # hearsay
        "値段が上がると、売り上げが下がる。",  # the antonym is in the statement already
    ],
)
def test_no_antonym_where_the_swap_could_be_true_or_unnatural(sentence):
    comma = sentence.find("、")
    assert antonym_swap(sentence) is None
    assert antonym_swap(sentence, main_from=comma + 1 if comma > 0 else 0) is None


def test_a_first_clause_with_a_na_adjective_predicate_stands_alone():
    sentence = "作り方はとても簡単で、初めての人でも二十分ほどで完成します。"
    clause = statement_clause(sentence, 7, 9)
    assert clause is not None
    assert clause.text == "作り方はとても簡単です。"


WINTER = """# 冬の町の暮らし

## 冬の天気

駅前の通りは、冬の間とても静かです。道は雪と氷ですべりやすくなります。窓から見える山は、雪におおわれています。毎朝、雪かきをしてから出かけます。

## 家の中

家の窓は二重になっています。灯油のストーブを使う家が多いです。
"""


@pytest.mark.django_db
def test_a_prose_section_with_nothing_to_swap_gets_an_antonym_statement():
    article = make_article(text=WINTER)
    section = article.sections.get(heading="冬の天気")
    statements = section.questions.filter(
        kind=QuestionKind.TRUEFALSE, status=QuestionStatus.PUBLISHED
    )
    antonyms = [question for question in statements if question.extra.get("antonym")]
    # Below the floor, but the section lacks true/false: it is taken, before a negation.
    assert antonyms
    for question in antonyms:
        assert question.source_text == "駅前の通りは、冬の間とても静かです。"
        if question.answer == "false":
            assert question.prompt == "駅前の通りは、冬の間とてもにぎやかです。"
            start, end = question.feedback_highlight
            assert question.source_text[start:end] == "静か"
        else:
            assert question.prompt == question.source_text


@pytest.mark.django_db
def test_no_antonym_statement_when_the_article_says_the_antonym_elsewhere():
    article = make_article(
        text="# 深海\n\n## 深海の環境\n\n深海の水圧はとても高い。"
        "深海の生き物は暗い海で暮らしている。\n\n## 浅い海\n\n浅い海と違い、深海の水圧は低くならない。\n"
    )
    antonyms = [
        question
        for question in article.questions.filter(kind=QuestionKind.TRUEFALSE)
        if question.extra.get("antonym") and question.source_text.startswith("深海の水圧は")
    ]
    assert antonyms == []
