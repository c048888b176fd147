from pathlib import Path

import pytest

from content.importing.formats import detect_format, parse
from content.models import SourceFormat

FIXTURES = Path(__file__).parent / "fixtures"


def test_markdown_headings_lists_tables_and_code():
    text = """# 題名

導入の文。[リンク](https://example.com)の文字は残る。*強調*も外す。

## 第一章

- 一つ目の項目
- 二つ目の項目

| 年 | 出来事 |
| --- | --- |
| 2020年 | 開館 |

```
## これは見出しではない
```

### 第一章の細部

細部の文。

## 第二章

最後の文。
"""
    parsed = parse(text)
    assert parsed.source_format == SourceFormat.MARKDOWN
    assert parsed.title == "題名"
    assert [s.heading for s in parsed.sections] == ["", "第一章", "第一章の細部", "第二章"]
    assert parsed.sections[2].parent_heading == "第一章"
    assert parsed.sections[0].text == "導入の文。リンクの文字は残る。強調も外す。"
    assert parsed.sections[1].text == "一つ目の項目\n二つ目の項目\n年 | 出来事\n2020年 | 開館"
    assert "これは見出しではない" not in "".join(s.text + s.heading for s in parsed.sections)


def test_plain_text_title_headings_and_paragraphs():
    parsed = parse((FIXTURES / "plain_sample.txt").read_text(encoding="utf-8"))
    assert parsed.source_format == SourceFormat.TEXT
    assert parsed.title == "川辺の町の祭り"
    assert [s.heading for s in parsed.sections] == ["", "屋台と花火", "祭りを支える人々"]
    assert parsed.sections[2].text == "準備には半年かかる。\nボランティアは約500人にのぼる。"


# A how-to of our own: the last item of each list is short and followed by prose, as a
# heading would be.
HOW_TO = """漬け物の作り方

用意するもの

材料は、前の日にそろえておく。

・かぶ 3個
・塩 大さじ1
・昆布、ゆずの皮

かぶは皮をむいて薄く切る。

漬け方

塩をふって、一晩おく。
"""


def test_the_last_item_of_a_list_is_no_heading():
    parsed = parse(HOW_TO)
    assert [s.heading for s in parsed.sections] == ["", "用意するもの", "漬け方"]
    assert "・昆布、ゆずの皮\nかぶは皮をむいて薄く切る。" in parsed.sections[1].text


# A guide of our own: its headings are numbered 「1．」, its steps 「（1）」; its last step is
# followed by prose, as a heading would be.
NUMBERED_GUIDE = """面接の準備

1．書類をそろえる

履歴書は日本の形のものを使います。

2．面接の日

（1）約束の時間の10分前に着く
（2）受付で名前を言う
（3）面接が終わったら、お礼を言う

帰るときは、ドアの前でもう一度おじぎをします。

（4）お礼のメール

その日のうちに、短いお礼のメールを送ります。
"""


def test_a_numbered_step_after_another_is_no_heading():
    parsed = parse(NUMBERED_GUIDE)
    # （4）, after prose, may head a part of its own; （3), after （2）, is a step.
    assert [s.heading for s in parsed.sections] == [
        "",
        "1．書類をそろえる",
        "2．面接の日",
        "（4）お礼のメール",
    ]
    assert "（3）面接が終わったら、お礼を言う" in parsed.sections[2].text


# A guide of our own: headings numbered 「1．」 and a list numbered 「1.」 under one of them.
DOTTED_LIST = """財布をなくしたら

1．まず連絡するところ

次のところに電話をします。

1. 最後に行った店
2. 電車やバスの会社
3. タクシーの会社

見つからないときは、警察に行きます。

2．警察での手続き

警察では、届けを書きます。
"""


def test_lines_numbered_one_after_the_other_are_a_list():
    parsed = parse(DOTTED_LIST)
    assert [s.heading for s in parsed.sections] == [
        "",
        "1．まず連絡するところ",
        "2．警察での手続き",
    ]
    assert "3. タクシーの会社\n見つからないときは" in parsed.sections[1].text


def test_mixed_format_keeps_one_copy_and_confirms_headings():
    parsed = parse((FIXTURES / "mixed_sample.txt").read_text(encoding="utf-8"))
    assert parsed.source_format == SourceFormat.MIXED
    assert parsed.title == "高原天文台の六十年"
    assert [s.heading for s in parsed.sections] == ["", "新しい望遠鏡の導入", "市民との交流"]
    assert (
        parsed.sections[0].text
        == "山の上の天文台は1962年に建てられた。天文台の職員は毎晩空を観測している。"
    )
    assert parsed.warnings == []


def test_mixed_format_warns_when_the_copies_differ():
    text = (FIXTURES / "mixed_sample.txt").read_text(encoding="utf-8")
    head, tail = text.rsplit("約3,000人", 1)  # only the plain copy changes
    text = head + "約3,100人" + tail
    parsed = parse(text)
    assert len(parsed.warnings) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# 題\n\n本文。", SourceFormat.MARKDOWN),
        ("題\n\n本文。", SourceFormat.TEXT),
        ("本文。## 見出し本文。\n題\n本文。\n見出し\n本文。", SourceFormat.MIXED),
    ],
)
def test_detection(text, expected):
    assert detect_format(text) == expected
