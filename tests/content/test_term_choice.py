"""Issue 9, coverage of prose sections: a term choice blanks a sentence's key term and
offers the article's terms of its class, form and slot, none of them also right.
Each text is our own."""

import pytest

from content.analysis.glossary import gloss_vocabulary
from content.analysis.spans import SpanType
from content.generation.corpus import build_corpus
from content.generation.selection import rank_article
from content.generation.terms import build_term_choice, term_class, term_distractors
from content.models import QuestionKind
from tests.factories import make_article

pytestmark = pytest.mark.django_db

NOTICE = """# 町の防災訓練のお知らせ

## 訓練の内容

町は毎年九月に避難所の備品を点検します。係の人が会場の入口で参加者を誘導します。
消防署の職員が参加者に消火器を配布します。ボランティアがけが人の役の人を搬送します。

## 参加の方法

足の不自由な方には、町が送迎の車を手配します。申し込みの前に、持ち物を準備してください。
当日は動きやすい服で来てください。雨の日は体育館で行います。
"""


def _item_and_span(corpus, sentence_start: str, answer: str):
    item = next(i for i in corpus.sentences if i.sentence.text.startswith(sentence_start))
    span = next(s for s in item.spans if s.text == answer and s.type == SpanType.TERM)
    return item, span


def test_an_action_gets_three_actions_the_article_uses_in_its_slot():
    corpus = build_corpus(make_article(text=NOTICE))
    item, span = _item_and_span(corpus, "足の不自由な方", "手配")
    draft = build_term_choice(item, span, corpus)
    assert draft is not None and draft.kind == QuestionKind.CHOICE
    wrong = [choice for choice in draft.choices if choice != "手配"]
    assert len(wrong) == 3
    # Each is a verb the article uses with を, as the blank is: を［？］します.
    assert set(wrong) <= {"点検", "誘導", "配布", "搬送"}
    assert "［　？　］します" in draft.prompt


def test_a_synonym_by_jmdicts_glosses_is_never_an_option():
    text = """# お知らせ

## 係の仕事

係の人が会場の備品を点検します。ボランティアが会場の中で参加者を誘導します。

## 参加の方法

足の不自由な方には、町が送迎の車を手配します。申し込みの前に、持ち物を準備してください。
"""
    corpus = build_corpus(make_article(text=text))
    item, span = _item_and_span(corpus, "足の不自由な方", "手配")
    wrong, _in_frame = term_distractors(item, span, corpus)
    # 準備 ("preparation") is 手配's "preparations": a reader could defend it. It is the
    # only third action the article has, so 手配 gets no question at all.
    assert gloss_vocabulary("手配") & gloss_vocabulary("準備")
    assert "点検" in wrong and "準備" not in wrong
    assert build_term_choice(item, span, corpus) is None


def test_a_general_action_of_the_news_is_never_an_option():
    text = """# 町の防災訓練のお知らせ

## 訓練の内容

町は毎年九月に防災訓練を実施します。係の人が会場の入口で参加者の名前を確認します。
消防署の職員が消火器の使い方を説明します。

## 参加の方法

足の不自由な方には、町が送迎の車を手配します。係の人が会場の備品を点検します。
ボランティアが会場の中で参加者を誘導します。救護班がけが人の役の人を搬送します。
"""
    corpus = build_corpus(make_article(text=text))
    item, span = _item_and_span(corpus, "足の不自由な方", "手配")
    wrong, _in_frame = term_distractors(item, span, corpus)
    # 送迎の車を［確認］します could be right as well: 実施, 確認, 説明 fit any slot.
    assert set(wrong) == {"点検", "誘導", "搬送"}


SHOP = """# 駅前の店

## 開店まで

店長は毎朝、店の前を掃除する。午前十時に店の鍵を開けて、商品を並べる。
常連の客は開店の前から入口で待っている。昼は近くの会社員で店がにぎわう。

## 地域とのつながり

店は地域の祭りに協力している。毎年、町内会と相談して屋台を出す。
近くの小学校の児童が見学に来ることもある。店長は子どもたちに仕事を説明する。
"""


def test_options_share_no_kanji_with_the_key_nor_with_each_other():
    corpus = build_corpus(make_article(text=NOTICE + SHOP.replace("# 駅前の店\n", "")))
    for item in corpus.sentences:
        for span in item.spans:
            draft = build_term_choice(item, span, corpus)
            if draft is None:
                continue
            options = draft.choices
            for one in options:
                for other in options:
                    if one != other:
                        assert not set(one) & set(other), options


FARM = """# 畑の一年

## 春の作業

農家は春に畑を耕作する。苗を植える前に、土の状態を確認する。
雨の多い年は、畑の水を排水する。秋には野菜を収穫する。

## 夏の作業

夏の暑い時期には、雑草を除去しない農家が多い。専門家は「水やりは朝がよい」と指摘する。
農家は夏に肥料を追加する。台風の前には支柱を点検する。

## 町の支援

町は「農家への補助を続ける」と強調した。町長は「若い人に畑を残したい」と提言した。
農協は「新しい品種を試してほしい」と要望した。
"""


def test_a_denied_sentence_is_not_asked():
    corpus = build_corpus(make_article(text=FARM))
    # A denial makes a wrong option true as well: 雑草を［追加］しない農家も多い.
    item, span = _item_and_span(corpus, "夏の暑い時期", "除去")
    assert build_term_choice(item, span, corpus) is None


def test_a_verb_of_saying_and_an_item_of_a_list_are_not_asked():
    corpus = build_corpus(make_article(text=FARM))
    item, span = _item_and_span(corpus, "専門家は", "指摘")
    # 「…」と［？］する: 強調, 提言 and 要望 fill the slot as the article uses them, and a
    # reader could defend any verb of saying there.
    assert set(term_distractors(item, span, corpus)[0]) == {"強調", "提言", "要望"}
    assert build_term_choice(item, span, corpus) is None
    listed = FARM.replace("秋には野菜を収穫する。", "秋には農家が果汁と緑茶を出荷する。")
    listed += "冬には清酒を仕込む。冬の間、農家は牛乳、食用油を町の市場で売る。\n"
    corpus = build_corpus(make_article(text=listed))
    item, span = _item_and_span(corpus, "冬の間", "食用油")
    # Three things of the article fill ［？］を as well, but 牛乳、［？］ tells its kind.
    assert len(term_distractors(item, span, corpus)[0]) == 3
    assert build_term_choice(item, span, corpus) is None


def test_a_term_choice_is_held_for_instructors_even_where_its_section_lacks_the_kind():
    # Judged blind, published term choices passed 2 of 6 (rounds 130 to 139).
    corpus = build_corpus(make_article(text=NOTICE))
    item, span = _item_and_span(corpus, "足の不自由な方", "手配")
    draft = build_term_choice(item, span, corpus)
    assert draft is not None and draft.extra.get("held")
    published, kept = rank_article({item.section.pk: [draft]})[item.section.pk]
    assert published == [] and kept == [draft]


# 地元の［商人］ beside 地主, 多くの［旅人］ beside 見物客: another role of the article often
# does what the sentence says (session 24's reading of the kit).
GUILD = """# 港町の商い

## 市場のにぎわい

港の市場には、毎朝多くの商人が集まった。商人は魚や塩を船で運んだ。
通りの奥には古い寺があり、祭りの日には太鼓の音が響いた。

## 町を支えた人々

夜明け前には、漁師が沖へ出た。秋になると、農民が米や野菜を届けた。
城下からは、武士が干物を買いに来た。
"""


def test_a_persons_role_is_never_asked_among_other_roles():
    corpus = build_corpus(make_article(text=GUILD))
    item, span = _item_and_span(corpus, "港の市場には", "商人")
    # The article has roles to offer; any of them could gather at a market.
    assert len(term_distractors(item, span, corpus)[0]) == 3
    assert build_term_choice(item, span, corpus) is None


def test_no_verb_after_to_is_asked():
    # 「…鍵になると［強調］する」: 指摘 and 提言 are right as well (session 24).
    text = FARM.replace(
        "農家は夏に肥料を追加する。",
        "町長は、若い担い手の確保が大切だと強調した。農家は夏に肥料を追加する。",
    )
    corpus = build_corpus(make_article(text=text))
    item, span = _item_and_span(corpus, "町長は、若い", "強調")
    # The article says 提言, 要望 and 指摘 after と too: each fills the slot.
    assert set(term_distractors(item, span, corpus)[0]) == {"提言", "要望", "指摘"}
    assert build_term_choice(item, span, corpus) is None


def test_the_class_comes_from_the_head_or_from_the_verb_use():
    assert term_class("朝廷", verbal=False) == term_class("幕府", verbal=False) == "body"
    assert term_class("乳酸菌", verbal=False) == term_class("酵母", verbal=False) == "organism"
    assert term_class("故障", verbal=True) == "action"
    assert term_class("雰囲気", verbal=False) == ""  # no class: no options, no question
    assert term_class("廃藩置県", verbal=False) == ""
