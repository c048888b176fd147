"""Issue 9, round 8: every section of four or more sentences offers several kinds; the
which-section question takes more sentences without giving its answer away, and no question
asks what the section's heading shows. Our own texts."""

import pytest

from content.generation.builders import build_section
from content.generation.corpus import build_corpus
from tests.factories import make_article

pytestmark = pytest.mark.django_db


SEASON = """# 北浜高校野球部の夏

## 決勝の試合

北浜高校は決勝で東雲高校を三対二で破り、初めて甲子園への出場を決めた。
九回裏に四番打者が左中間へ二塁打を放ち、二人の走者が生還した。
一方、敗れた東雲高校の投手は、百三十二球を投げ切ったあと涙を流した。
その結果、北浜高校は県内で最も多くの観客を集めた学校となった。

## 町の応援

町役場の前には、大型の画面と折りたたみ椅子が朝から並べられた。
商店街の店主たちは、のぼり旗を作って通りに飾り付けた。
"""


def test_a_section_statement_drops_a_connective_that_points_nowhere_but_not_a_pointer():
    corpus = build_corpus(make_article(text=SEASON))
    by_start = {item.sentence.text[:4]: item for item in corpus.sentences}
    draft = build_section(by_start["一方、敗"], corpus)
    assert draft is not None
    assert draft.prompt == "敗れた東雲高校の投手は、百三十二球を投げ切ったあと涙を流した。"
    assert build_section(by_start["その結果"], corpus) is None


def test_a_place_whose_name_the_heading_shows_is_never_asked():
    from content.generation.builders import build_choice, build_cloze

    corpus = build_corpus(
        make_article(
            text="# 高山の旅\n\n## 名古屋から特急で山の町へ\n\n朝は名古屋駅から特急に乗った。"
            "名古屋駅の売店で弁当を買った。特急は川沿いを二時間ほど走った。車窓には山の景色が続いた。\n"
        )
    )
    item = next(i for i in corpus.sentences if i.sentence.text.startswith("朝は"))
    span = next(s for s in item.spans if s.text == "名古屋駅")
    assert build_cloze(item, span, corpus) is None
    assert build_choice(item, span, corpus) is None
