"""Issue 9, blind round 137: a given name Sudachi cuts short, a person the heading names,
a count worked out from 倍増, a sports page's words, an engineering history's timeline, and
a figure another heading gives. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.analysis.spans import SpanType
from content.generation.builders import _figure_in_heading, build_choice, build_wh
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors, year_of
from tests.content.sentences import sentence_starting, span_of, span_types
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_given_name_read_as_a_name_and_a_suffix_is_one_name():
    # 木下陽+向（十六）: cut short, 木下陽 was offered beside three whole names (137b).
    spans = span_types("一年生の左腕、木下陽向（十六）は七回途中から救援した。")
    assert spans.get("木下陽向") == SpanType.PERSON
    assert "木下陽" not in spans
    # A suffix that follows a whole name stays apart.
    assert "山田太郎" in span_types("山田太郎氏は会見で話した。")


FINAL = """# 北陸大会で富山港北が初優勝

## エース高瀬が百五十二球の完投

富山港北の先発は、背番号一の高瀬大和（十七）だった。
四番の主将、佐伯悠真（十八）は三安打を放った。
大会を通じて本塁打は十八本が生まれ、昨年の九本から倍増した。
控えの森田蓮（十七）は代打で出場した。

## 敗れた敦賀海星も健闘

敦賀海星の先発、西村颯太（十七）は五回まで無失点に抑えた。
一年生の左腕、木下陽向（十六）は七回途中から救援した。
チームの本塁打は大会で二十五本だった。
"""


def test_no_choice_on_a_person_the_heading_names():
    # 「背番号一の［高瀬大和］」 under 「エース高瀬が百五十二球の完投」 (137b).
    corpus = build_corpus(make_article(text=FINAL))
    item = sentence_starting(corpus, "富山港北の先発")
    assert build_choice(item, span_of(item, "高瀬大和"), corpus) is None
    other = sentence_starting(corpus, "四番の主将")
    assert build_choice(other, span_of(other, "佐伯悠真"), corpus) is not None


def test_no_choice_on_a_count_that_doubles_another_of_its_sentence():
    # 「本塁打は［十八本］が生まれ、昨年の九本から倍増した」: twice nine (137b).
    corpus = build_corpus(make_article(text=FINAL))
    item = sentence_starting(corpus, "大会を通じて")
    assert build_choice(item, span_of(item, "十八本"), corpus) is None


def test_a_teams_captain_is_on_the_card_and_no_go_opening():
    # 主将 was only a "commander-in-chief", 序盤 only a go or chess opening (137b).
    assert "captain (of a team)" in word_senses("主将", "しゅしょう")
    assert word_senses("序盤", "じょばん") == ""


CANAL = """# 琵琶湖疏水をつくった若き技師

## 計画の始まり

明治14年(1881年)に知事に就任した北垣国道は、疏水の計画を進めた。
田辺朔郎は明治16年(1883年)に京都府に採用された。
工事は明治18年(1885年)6月に始まり、田辺は現場の先頭に立った。
長等山の下を掘るトンネルは、当時の日本で最も長いものだった。

## 難工事

トンネルは明治22年(1889年)に貫通し、工事は大きな山を越えた。
第1疏水は明治23年(1890年)3月に完成した。
田辺は明治21年(1888年)にアメリカの発電所を視察した。
"""


def test_no_year_before_the_works_began_for_their_completion():
    # 「トンネルは［明治22年（1889年）］に貫通し」: 明治14年, 16年 are before the works began
    # (明治18年), and only the key is possible (137a).
    corpus = build_corpus(make_article(text=CANAL))
    item = sentence_starting(corpus, "トンネルは")
    span = span_of(item, "明治22年(1889年)")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
    assert len(options) == 3
    assert all(year_of(option) > 1885 for option in options)
    # Of the works' start itself, the years before are options still.
    start = sentence_starting(corpus, "工事は")
    before = pick_distractors(
        span_of(start, "明治18年(1885年)"), corpus=corpus, sentence_text=start.sentence.text
    )
    assert any(year_of(option) < 1885 for option in before)


HISTORY = """# 若者が成し遂げた疏水事業

## HEADING

北垣が工事の責任者に選んだのは、大学を出たばかりの田辺朔郎だった。
田辺は在学中に疏水の調査を行い、その成果を論文にまとめていた。
当時、田辺はまだ21歳で、大きな工事を指揮した経験はなかった。
外国人の技師に任せるべきだという声もあった。
工事には延べ約400万人が携わった。

## 今に残る遺産

蹴上には、田辺の功績をたたえる像が今も立っている。
訪れる人々は、わずか21歳の若者が成し遂げた事業の大きさに思いをはせる。
春には疏水沿いの桜が咲き、多くの観光客でにぎわう。
"""


def test_no_choice_on_a_figure_another_heading_gives():
    # 「わずか［21歳］の若者が…」 beside the heading 「21歳の主任技師」 (137a).
    def choice_under(heading: str):
        corpus = build_corpus(make_article(text=HISTORY.replace("HEADING", heading)))
        item = sentence_starting(corpus, "訪れる人々")
        return build_choice(item, span_of(item, "21歳"), corpus)

    assert choice_under("21歳の主任技師") is None
    assert choice_under("若き主任技師") is not None


def test_no_wh_question_on_the_length_of_a_thing_it_does_not_name():
    # 「全長は、何メートルですか。」: of the tunnel the sentence before names (137a).
    text = (
        "# 疏水の記憶\n\n"
        "## トンネル\n\n"
        "長等山の下を掘るトンネルが計画された。\n"
        "全長は2,436メートルだった。\n"
        "隣の山のトンネルは1,705メートル、次は1,949メートル、最後は2,923メートルだった。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "全長は")
    assert build_wh(item, span_of(item, "2,436メートル"), corpus) is None


def test_a_one_digit_figure_another_heading_shares_by_chance_is_no_giveaway():
    # 三割 of the pipes past their age in one heading, 三割 of the cost met by a grant here.
    text = (
        "# 町の水道\n\n"
        "## 町内の三割が耐用年数超え\n\n"
        "水道管の多くは古くなっている。\n\n"
        "## 財源\n\n"
        "百二十億円のうち、国の補助金でまかなえるのは約三割にとどまる。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "百二十億円")
    assert not _figure_in_heading(item, span_of(item, "三割"), corpus)


LIBRARY = """# 町に複合施設が開館

## 初月の来館者

町のまとめによると、開館から1か月間の来館者数はRESULTに上った。
町が当初掲げた月2万人という目標を約56％上回る結果となった。
図書館の新規登録は2,180件で、前の年の約3倍に増えた。
町外からの来館者は5,400人だった。
"""


def test_no_choice_on_a_figure_that_another_and_the_change_between_them_work_out():
    # 「月［2万人］という目標を約56％上回る」 beside 3万1,250人: 2万 × 1.56 (137a).
    def choice_beside(result: str):
        corpus = build_corpus(make_article(text=LIBRARY.replace("RESULT", result)))
        item = sentence_starting(corpus, "町が当初")
        return build_choice(item, span_of(item, "2万人"), corpus)

    assert choice_beside("3万1,250人") is None
    assert choice_beside("多くの人") is not None


GUIDE = """# ごみの出（だ）し方（かた）

## 出（だ）す時間（じかん）

ごみは、集（あつ）める日（ひ）の朝（あさ）八時（はちじ）までに出（だ）してください。
受付（うけつけ）は、午前（ごぜん）九時（くじ）から午後（ごご）五時（ごじ）までです。
大（おお）きい袋（ふくろ）は十枚（まい）で四百円（よんひゃくえん）です。
袋（ふくろ）は、スーパーで買（か）うことができます。
"""


def test_a_figure_printed_with_its_whole_reading_is_asked_with_the_reading_blanked():
    # 「朝（あさ）八時（はちじ）までに」: the guide of round 137b got no choice question at all.
    corpus = build_corpus(make_article(text=GUIDE))
    item = sentence_starting(corpus, "ごみは、")
    draft = build_choice(item, span_of(item, "八時"), corpus)
    assert (
        draft.prompt
        == "ごみは、集（あつ）める日（ひ）の朝（あさ）［　？　］までに出（だ）してください。"
    )
    assert "はちじ" not in draft.prompt
    price = sentence_starting(corpus, "大（おお）きい")
    assert "よんひゃくえん" not in build_choice(price, span_of(price, "四百円"), corpus).prompt


def test_no_choice_on_a_made_up_case():
    # 「たとえば、1年分の住民税が［6万円］の人は、1回に1万5,000円ずつ払います」 (137b's kit).
    text = (
        "# 住民税（じゅうみんぜい）\n\n## 払（はら）い方（かた）\n\n"
        "自分で払う住民税は、1年分（いちねんぶん）を4回（よんかい）に分（わ）けて払います。\n"
        "たとえば、1年分の住民税が6万円（ろくまんえん）の人は、1回に1万5,000円ずつ払います。\n"
        "払う期限（きげん）は、6月（がつ）、8月、10月、1月の末（すえ）です。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "たとえば")
    assert build_choice(item, span_of(item, "6万円"), corpus) is None
