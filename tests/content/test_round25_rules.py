"""Issue 9, blind round 25: a pointer to a list of four fields, a share the other parts leave
to arithmetic, and a blank in the end of a long quotation shown without its opening and its
speaker; a typed term a place suffix extends (震源, 震源地). Each text is our own."""

import pytest

from content.generation.builders import build_choice, stands_alone
from content.generation.corpus import build_corpus
from content.generation.definitions import build_definition_cloze
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CLASS = """# そば打ち教室と地元の銀行

## 水を加える

水は一度に入れず、まず全体の7割、次に2割、最後に残りの1割を加えると、そば粉が水をよく吸う。
地元の銀行は、新しい基金を作った。
主な投資対象は、次の4分野です。
基金の社長の藤井は、「創業期の企業には、資金だけでなく販路や人材の支援が欠かせません。約1万8,000社の取引先ネットワークを活かし、伴走型で支援してまいります」とコメントしています。
"""


def test_a_share_the_other_parts_complete_is_not_asked():
    corpus = build_corpus(make_article(text=CLASS))
    item = sentence_starting(corpus, "水は一度に")
    assert build_choice(item, span_of(item, "7割"), corpus) is None


def test_a_pointer_to_a_list_of_fields_is_no_statement():
    corpus = build_corpus(make_article(text=CLASS))
    assert not stands_alone(sentence_starting(corpus, "主な投資対象"), corpus)


def test_a_blank_in_the_end_of_a_long_quotation_keeps_its_opening_and_speaker():
    corpus = build_corpus(make_article(text=CLASS))
    item = sentence_starting(corpus, "基金の社長")
    draft = build_choice(item, span_of(item, "1万8,000社"), corpus)
    assert draft is not None
    assert draft.prompt.startswith("基金の社長の藤井は、「")
    assert draft.prompt.count("「") == draft.prompt.count("」")


QUAKE = """# 揺れを先に知らせる

## 揺れの予測と花火

地下で岩盤が最初に壊れた場所から、揺れは四方へ広がっていく。
新しく使われるのが、震源を決めずに、観測された揺れから予測を出す方法だ。
震源が深い地震では、広い範囲がゆっくりと揺れる。
直径が約三十センチある大きな花火玉を、尺玉と呼ぶ。
祭りの最後には、尺玉が夜空に大きく開いて観客を驚かせた。
"""


def test_a_term_a_place_suffix_extends_is_not_typed():
    # 震源地 fits where 震源 stands; 尺玉 has no such twin and is still typed.
    corpus = build_corpus(make_article(text=QUAKE))
    assert build_definition_cloze(sentence_starting(corpus, "新しく使われる"), corpus) is None
    fireworks = build_definition_cloze(sentence_starting(corpus, "直径が約"), corpus)
    assert fireworks is not None and fireworks.answer == "尺玉"
