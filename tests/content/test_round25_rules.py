"""Issue 9, blind round 25: a pointer to a list of four fields, a share the other parts leave
to arithmetic, and a blank in the end of a long quotation shown without its opening and its
speaker. Each text is our own."""

import pytest

from content.generation.builders import build_choice, stands_alone
from content.generation.corpus import build_corpus
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
