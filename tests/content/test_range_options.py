"""A range's options run from a smaller to a larger figure, magnitudes and all. Each text is
our own."""

import pytest

from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors, same_format
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_range_counted_in_oku_runs_upwards():
    # 600億~650億ドル scaled to 400億~390億ドル, each end rounded to its own precision (the seed).
    assert not same_format("400億~390億ドル", "600億~650億ドル")
    assert same_format("450億~490億ドル", "600億~650億ドル")


def test_a_range_is_scaled_at_its_finer_ends_precision():
    text = (
        "# 計算の基盤\n\n## 投資\n\n"
        "同社は今年、約600億~650億ドルをデータセンターに投じると発表した。\n"
        "昨年の投資額は、その半分ほどだった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "同社は")
    options = pick_distractors(
        span_of(item, "600億~650億ドル"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert len(options) == 3
    for option in options:
        low, high = option.removesuffix("ドル").split("~")
        assert figure_value(low) < figure_value(high), option
