"""Issue 9, blind round 47: "X too", a figure denied, and そう言って. Each text is our own."""

import pytest

from content.generation.builders import build_negated_truefalse, build_section, stands_alone
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CHECKUP = """# 健康診断の受け方

## 受付で出すもの

受付では、会社から届いた受診票と保険証を出します。
マイナ保険証も、入口の機械で読み取って使うことができます。
問診票は、前の日までに家で書いておきます。

## 結果の見方

血液の検査では、数値は基準値の約3倍だった。
職場の看護師は、検査の数値を細かく記録している。
再検査が必要な人には、会社の保健室から手紙が届きます。

## 靴の手入れ

「革は生き物と同じです」と職人の長谷川誠は話す。
長谷川さんはそう言って、磨いたばかりの靴を棚に戻した。
"""


@pytest.fixture
def checkup():
    return build_corpus(make_article(text=CHECKUP))


def test_x_too_leans_on_the_sentence_before(checkup):
    item = sentence_starting(checkup, "マイナ保険証も")
    assert not stands_alone(item, checkup)
    assert build_section(item, checkup) is None


def test_a_figure_is_not_denied(checkup):
    assert build_negated_truefalse(sentence_starting(checkup, "血液の検査"), checkup) is None


def test_so_saying_points_back(checkup):
    assert not stands_alone(sentence_starting(checkup, "長谷川さんはそう言って"), checkup)
