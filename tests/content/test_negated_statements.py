"""True/false from a sentence with nothing to swap: its predicate's polarity turned, or none."""

import pytest

from content.generation.negation import negated
from content.generation.statements import statement_clause
from content.models import QuestionKind, QuestionStatus
from tests.factories import make_article


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("揺れているときは、机の下に入ります。", "揺れているときは、机の下に入りません。"),
        ("町の図書館は駅の近くにあります。", "町の図書館は駅の近くにありません。"),
        ("ごみの量は少しずつ減っている。", "ごみの量は少しずつ減っていない。"),
        ("店は1990年に開いた。", "店は1990年に開かなかった。"),
        ("彼は東京へ行った。", "彼は東京へ行かなかった。"),
        ("客が増えました。", "客が増えませんでした。"),
        ("野菜は多い。", "野菜は多くない。"),
        ("深海魚は光を使って仲間を探す。", "深海魚は光を使って仲間を探さない。"),
        ("新しい店が作られた。", "新しい店が作られなかった。"),
        ("パンを焼くことができる。", "パンを焼くことができない。"),
        ("調査には特別な船が必要である。", "調査には特別な船が必要ではない。"),
        ("町は静かです。", "町は静かではありません。"),
        ("売上高は842億円だった。", "売上高は842億円ではなかった。"),
        ("人が乗らない探査機も使われている。", "人が乗らない探査機も使われていない。"),
        # A negative predicate is made affirmative, so that ない does not mark the false ones.
        ("子どもは机の下に入らない。", "子どもは机の下に入る。"),
        ("机の下に入りません。", "机の下に入ります。"),
        ("その日は火を使わなかった。", "その日は火を使った。"),
        ("客は来ませんでした。", "客は来ました。"),
        ("調査には船が必要ではない。", "調査には船が必要だ。"),
        ("町は静かではありません。", "町は静かです。"),
        ("野菜は多くない。", "野菜は多い。"),
        ("山は大きくありません。", "山は大きいです。"),
        # Speech's last sentence ends at its closing mark.
        ("毎朝四時に店に来ます", "毎朝四時に店に来ません"),
    ],
)
def test_the_final_predicate_is_negated_from_its_conjugation(sentence, statement):
    negation = negated(sentence)
    assert negation is not None
    assert negation.apply(sentence) == statement
    # Feedback marks the predicate the statement changed.
    assert sentence[negation.start : negation.end] == negation.original


@pytest.mark.parametrize(
    "sentence",
    [
        "店を始めたのは父のためだ。",  # a reason
        "植物がいないため、生き物は死がいを食べている。",  # a negative reason
        "人々の受け止めはさまざまだ。",  # too vague to deny
        "店を開いたのは、パンが好きだったからです。",  # a reason
        "店には席がある。",  # ある's negative is another word
        "町の人口は減り続けた。",  # a compound: only the continuing would be denied
        "家族で避難場所を確認しておきましょう。",  # advice is no statement
        "火を消してください。",  # a request is neither true nor false
        "教授は、二年かかったと振り返った。",  # denying a report is no fact of the article
        "味が濃くて、本当に驚きました。",  # nor is denying a feeling
        "店は午前9時から午後6時まで開いている。",  # 開いていない: closed, or closing early?
        "客はまだ少ない。",  # 少なくない reads as a double negative
        "毎日練習しなければならない。",  # an idiom: なければなる means nothing
        "高い店がよいとは限らない。",  # an idiom
        "地震は家族がいっしょにいるときに起きるとはかぎりません。",  # the idiom in kana
        "水は欠かせない。",  # an idiom
        "値段は簡単には上げられません。",  # 簡単には asks for the negative
        "雨が降るかもしれない。",  # a guess
        "新しい店は来年開く予定だ。",  # a plan
        "客は必ず店に来る。",  # denying 必ず is true as often as not
        "揺れには、いくつかの種類があります。",  # いくつか…ありません: none, or not several?
        "会場にはさまざまなコーナーを設けた。",  # an indefinite amount denied reads as broken
        "最後に、よくある失敗をまとめます。",  # the article speaking of itself
        "なぜ店を始めたのですか？",  # a question
    ],
)
def test_no_negation_where_the_denial_would_be_unclear(sentence):
    assert negated(sentence) is None


ADVICE = """# 台所の安全

## 火を使うとき

料理をするときは、火のそばを離れません。油を使うときは、ふたを近くに置きます。鍋の取っ手は、コンロの内側に向けます。子どもが台所に入るときは、大人が見ています。

## 片付け

使った包丁はすぐに洗います。ぬれた手でコンセントに触ってはいけません。
"""


@pytest.mark.django_db
def test_an_advice_sections_statements_are_drafts_for_instructors():
    # Denials are held: 4 of the 11 judged blind in rounds 99 to 107 passed (round 107).
    article = make_article(text=ADVICE)
    section = article.sections.get(heading="火を使うとき")
    statements = section.questions.filter(kind=QuestionKind.TRUEFALSE)
    assert statements.exists()
    assert not statements.filter(status=QuestionStatus.PUBLISHED).exists()
    for question in statements:
        assert question.choices == ["true", "false"]
        if question.answer == "false":
            # A false statement differs from its sentence only in the negated predicate.
            start, end = question.feedback_highlight
            assert question.prompt != question.source_text
            assert question.prompt.startswith(question.source_text[:start])
            assert question.prompt.endswith(question.source_text[end:])
            assert question.prompt[start:] != question.source_text[start:]
        else:
            assert question.prompt == question.source_text
            assert question.feedback_highlight is None


@pytest.mark.parametrize(
    ("sentence", "asked", "clause"),
    [
        # The first clause, its copula made final in the sentence's style and tense.
        (
            "松江城は堀尾吉晴が築いた城で、天守は国宝に指定されている。",
            "堀尾吉晴",
            "松江城は堀尾吉晴が築いた城だ。",
        ),
        (
            "金沢は加賀藩の城下町で、古い町並みが残っています。",
            "加賀藩",
            "金沢は加賀藩の城下町です。",
        ),
        # The last clause, which has a topic of its own.
        (
            "最高気温は31度に達し、大会本部は10分間の休憩を設けた。",
            "10分間",
            "大会本部は10分間の休憩を設けた。",
        ),
        # None: a last clause whose topic is only a frame (which thing was designated?),
        ("長い歴史を持つとされ、1981年には国の文化財に指定された。", "1981年", None),
        # a clause that depends on a condition, a first clause with no noun predicate.
        ("雨が降ると、試合は翌日に延期される。", "翌日", None),
        ("重蔵は読み書きを学んだあと、十八歳で江戸に出た。", "江戸", None),
    ],
)
def test_a_statement_is_the_clause_that_holds_the_fact_when_it_stands_alone(
    sentence, asked, clause
):
    start = sentence.index(asked)
    found = statement_clause(sentence, start, start + len(asked))
    assert (found.text if found else None) == clause
    if found:
        assert found.text[start - found.offset :].startswith(asked)


@pytest.mark.django_db
def test_a_swapped_statement_is_its_clause_true_or_false():
    article = make_article(
        text="# 城下町の歴史\n\n## 城と町\n\n松江城は1611年に堀尾吉晴が築いた城で、天守は国宝に指定されている。"
        "松平治郷は茶の湯を広めた藩主である。小泉八雲は松江で英語を教えた。\n"
    )
    statements = [
        question.prompt
        for question in article.questions.filter(kind=QuestionKind.TRUEFALSE)
        if question.source_text.startswith("松江城は")
        and not question.extra.get("negation")
        and not question.extra.get("as_it_stands")
    ]
    assert statements, "the castle's sentence gets a statement"
    for statement in statements:
        assert statement.endswith("築いた城だ。"), statement


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sentence",
    [
        "二位の選手は連覇こそ逃したが、大会の最高記録を残した。",  # こそ…が asks for the affirmative
        "町は消防署の協力を得て、体験コーナーを設けた。",  # a clause before the denied verb
        "昨年の選手が出した大会記録を二十一秒更新した。",  # no subject
        "最盛期の町では宿屋が三十軒以上営業していた。",  # a count with 以上
    ],
)
def test_no_negated_statement_from_a_sentence_a_strict_teacher_would_not_deny(sentence):
    article = make_article(text=f"# 町の記録\n\n## 記録\n\n{sentence}\n")
    negated_statements = [
        q for q in article.questions.filter(kind=QuestionKind.TRUEFALSE) if q.extra.get("negation")
    ]
    assert negated_statements == []
