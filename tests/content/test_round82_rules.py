"""Issue 9, blind round 82: a figure the sentence's others give away, a figure of a condition,
and a merchant's house name among plain names. Each text is our own."""

import pytest

from content.generation.builders import build_choice
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_no_choice_of_a_figure_the_others_give_away_or_of_a_condition():
    corpus = build_corpus(
        make_article(
            text=(
                "# 消防署の統合\n\n## 到着までの時間\n\n"
                # 「現在の［8.1分］から8.6分へと0.5分延びる」: 8.6 less 0.5 (82b).
                "山間部への平均到着時間は、現在の8.1分から8.6分へと0.5分延びる見込みだ。\n"
                # 「［43度］だと『ぬるい』と叱られる」: 41度 and 39度 are too cool as well (82b).
                "常連客からは、湯が43度だと「ぬるい」と言われる。\n"
                "平野部への平均到着時間は、現在の6.4分から7.2分に延びる見込みだ。\n"
                "湯の温度は、冬には44度まで上げている。\n"
                "救急車が現場に着くまでの時間は、昨年より1.2分短くなった。\n"
            )
        )
    )
    glued = sentence_starting(corpus, "山間部への")
    assert build_choice(glued, span_of(glued, "8.1分"), corpus) is None
    condition = sentence_starting(corpus, "常連客")
    assert build_choice(condition, span_of(condition, "43度"), corpus) is None
    plain = sentence_starting(corpus, "平野部への")
    assert build_choice(plain, span_of(plain, "6.4分"), corpus)


def test_a_merchants_house_name_is_no_option_among_plain_names():
    # 大坂屋吉兵衛 among 久保田伝蔵, 佐藤義男 and 森川惣一郎 (82a): picked by its shape.
    corpus = build_corpus(
        make_article(
            text=(
                "# 銅山の町\n\n## 発見と開発\n\n"
                "藩は翌年、山師の大坂屋吉兵衛に採掘を請け負わせた。\n"
                "明治に入ると、技師の久保田伝蔵が新しい製錬所を設計した。\n"
                "戦後は、佐藤義男が最後の所長を務めた。\n"
                "閉山の年には、森川惣一郎が記念碑の文字を書いた。\n"
                "資料館では、元鉱員の田村正が案内役を務めている。\n"
            )
        )
    )
    item = sentence_starting(corpus, "藩は翌年")
    draft = build_choice(item, span_of(item, "大坂屋吉兵衛"), corpus)
    assert draft is None or all("屋" in option for option in draft.choices)
    plain = sentence_starting(corpus, "戦後は")
    draft = build_choice(plain, span_of(plain, "佐藤義男"), corpus)
    assert draft is not None and "大坂屋吉兵衛" not in draft.choices
