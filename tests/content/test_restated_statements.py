"""True statements in other words: a sentence's topic or opening subject made a cleft's focus."""

import pytest

from content.generation.clefts import topic_cleft
from content.models import QuestionKind, QuestionStatus
from tests.factories import make_article


@pytest.mark.parametrize(
    ("sentence", "head", "focus"),
    [
        (
            "仲間の蜂は踊り手の後を追い、体の振動から情報を読み取る。",
            "踊り手の後を追い、体の振動から情報を読み取るのは",
            "仲間の蜂",
        ),
        ("原材料価格の高騰が利益を圧迫した。", "利益を圧迫したのは", "原材料価格の高騰"),
        # The polite past is put in its plain form, as a cleft's head needs.
        ("古い灯台は港の入り口を照らしました。", "港の入り口を照らしたのは", "古い灯台"),
        ("都市の明かりは夜に飛ぶ鳥を迷わせる。", "夜に飛ぶ鳥を迷わせるのは", "都市の明かり"),
        # A case particle inside the phrase, before its の.
        (
            "花までの距離は、踊る時間の長さで伝えられる。",
            "踊る時間の長さで伝えられるのは",
            "花までの距離",
        ),
        # A setting that opens the sentence stays with the deed.
        (
            "江戸時代に入ると、港町は米を運ぶ船でにぎわった。",
            "江戸時代に入ると、米を運ぶ船でにぎわったのは",
            "港町",
        ),
        (
            "毎年春と秋、多くの渡り鳥が湖に立ち寄る。",
            "毎年春と秋、湖に立ち寄るのは",
            "多くの渡り鳥",
        ),
        # A told past's first deed, when the next clause has a subject of its own.
        (
            "重景は入り江に石を積んで波よけを造り、船が安全に泊まれるようにした。",
            "入り江に石を積んで波よけを造ったのは",
            "重景",
        ),
    ],
)
def test_the_topic_becomes_the_focus_and_the_predicate_its_plain_head(sentence, head, focus):
    assert topic_cleft(sentence) == (head, focus)


@pytest.mark.parametrize(
    "sentence",
    [
        "川瀬市は12日、駅前に図書館を建てる計画を発表した。",  # the date strands in the head
        "希望小売価格は128万円で、旧型より12万円安く設定した。",  # what the price is, first
        "営業利益率は6.3％と、前期から0.2ポイント改善した。",  # a figure's と before the comma
        "通期の業績予想は、従来予想を据え置いた。",  # a forecast is kept, it keeps nothing
        "銀行は手数料収入が大きく伸びた。",  # the clause has a subject of its own
        "運営の一部も民間に委託した。",  # も leans on another
        "鉄のフライパンは高温に強い道具である。",  # a description, not a deed
        "この鳥は海を越える。",  # a pointer
        "地下水は川ほど速く流れない。",  # a denial
        "出発の時期は昼の長さで決まると考えられている。",  # a hedge
        "介入が必要になった場面は計12回にとどまった。",  # a clause as the topic
        "「本は町の宝です」と市長は述べた。",  # a quotation
        "4月から市は新しい制度を始めた。",  # the time is the deed's, not the topic's
        "一方、純利益は大きく減った。",  # a connective, not a setting
        "英語、中国語、やさしい日本語のカレンダーがあります。",  # a list
        "取引価格も堅調に推移しており、販売額は9億円を超えた。",  # the opening has a topic
        "工場は来月完成し、製品が店に並ぶ。",  # not a told past: no first clause cut off
    ],
)
def test_no_cleft_where_the_focus_or_the_head_would_mislead(sentence):
    assert topic_cleft(sentence) is None


MIGRATION = """# 渡り鳥の長い旅

## 旅立ちの準備

秋が近づくと、渡り鳥は体に脂肪をたくわえ始める。脂肪は長い飛行を支える燃料になる。\
若い鳥は群れの後を追い、海を越える道筋を少しずつ覚える。出発の時期は、昼の長さの変化によって決まると考えられている。

## 道を知る仕組み

渡り鳥は太陽や星の位置を手がかりに、進む方角を定める。曇りの夜には、地球の磁場を感じ取る能力が役立つ。\
伝書鳩を使った実験で、この能力の存在が確かめられた。鳥の目にある特別なたんぱく質が、磁場の向きを感じるという説が有力だ。

## 旅の危険

長い旅の途中では、嵐や強い向かい風が群れを襲う。都市の明かりは夜に飛ぶ鳥を迷わせ、建物への衝突を招く。\
各地の保護団体は、渡りの季節に高層ビルの照明を消すよう呼びかけている。湿地の減少も、休む場所を失った鳥たちを苦しめている。
"""


@pytest.mark.django_db
def test_a_prose_section_publishes_its_fact_in_other_words_as_a_true_statement():
    article = make_article(text=MIGRATION)
    section = article.sections.get(heading="道を知る仕組み")
    restated = [
        question
        for question in section.questions.filter(kind=QuestionKind.TRUEFALSE)
        if question.extra.get("restated")
    ]
    assert [(q.prompt, q.answer, q.status) for q in restated] == [
        (
            "太陽や星の位置を手がかりに、進む方角を定めるのは、渡り鳥です。",
            "true",
            QuestionStatus.PUBLISHED,
        )
    ]
    # The copy of the same sentence stays a draft beside it: a fingerprint of its own.
    copy = section.questions.get(
        kind=QuestionKind.TRUEFALSE, prompt="渡り鳥は太陽や星の位置を手がかりに、進む方角を定める。"
    )
    assert copy.status == QuestionStatus.DRAFT
    assert copy.fingerprint != restated[0].fingerprint
    # It made the section's fourth kind.
    kinds = {q.kind for q in section.questions.filter(status=QuestionStatus.PUBLISHED)}
    assert QuestionKind.TRUEFALSE in kinds and len(kinds) >= 4


@pytest.mark.django_db
def test_a_restated_statement_has_no_false_side_and_the_article_stays_balanced():
    article = make_article(text=MIGRATION)
    statements = list(
        article.questions.filter(kind=QuestionKind.TRUEFALSE, status=QuestionStatus.PUBLISHED)
    )
    assert all(q.answer == "true" for q in statements if q.extra.get("restated"))
    false = sum(q.answer == "false" for q in statements)
    assert false <= sum(q.answer == "true" for q in statements) + 1
