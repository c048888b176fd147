"""Issue 9, round 8: figures written in kanji numerals (二〇二六年, 約四百二十億円, 七・八キロ)
are asked like their digit forms, with options spelt the way the answer is. Each text is our own."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.analysis.numerals import Style, as_digits, digits_to_kanji, style_of
from content.analysis.spans import NUMERIC_TYPES, SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_wh
from content.generation.clefts import measure_question
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from content.models import QuestionKind
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BUDGET = """# 川辺市の新しい予算

## 予算の中身

川辺市は二〇二五年度の予算案を二月に発表した。一般会計の総額は約四百二十億円で、過去最大となった。
市税の収入は全体の三割を占め、借金の返済に充てる額は三千五百万円である。
市内の公立学校は百二十校あり、冷房の整備に多くの費用がかかる。

## 道路と鉄道

新しい環状道路は全長七・八キロで、平成三十年に計画が決まった。
事故の件数は前の年より〇・五%減り、利用者の数は二倍に増えた。
駅前の広場には毎朝十五人の係員が立ち、通勤客を案内している。
"""


def _figures(text: str) -> dict[str, tuple[str, str]]:
    return {
        span.text: (span.type, span.unit)
        for span in find_spans(text, tokenize(text))
        if span.type in NUMERIC_TYPES
    }


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("市は二〇二六年に新しい庁舎を建てた。", "二〇二六年", (SpanType.YEAR, "")),
        ("計画は平成三十年に決まった。", "平成三十年", (SpanType.YEAR, "平成")),
        ("総額は約四百二十億円に上る。", "四百二十億円", (SpanType.AMOUNT, "円")),
        ("返済額は三千五百万円である。", "三千五百万円", (SpanType.AMOUNT, "円")),
        ("道路は全長七・八キロある。", "七・八キロ", (SpanType.COUNT, "キロ")),
        ("事故は〇・五%減った。", "〇・五%", (SpanType.PERCENT, "")),
        ("市税は全体の三割を占める。", "三割", (SpanType.COUNT, "割")),
        ("利用者は二倍に増えた。", "二倍", (SpanType.COUNT, "倍")),
        ("係員は十五人いる。", "十五人", (SpanType.COUNT, "人")),
        ("学校は百二十校ある。", "百二十校", (SpanType.COUNT, "校")),
        ("式は二〇二六年四月一日に開かれる。", "二〇二六年四月一日", (SpanType.MONTH, "日")),
    ],
)
def test_a_kanji_figure_is_a_span_of_its_digit_forms_class(text, figure, kind):
    assert _figures(text).get(figure) == kind, _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "彼は一人で十分に準備した。",  # words, not figures
        "第三十回の大会が開かれた。",  # an ordinal
        "三重県から客が来た。",
        "会場には三・四人が残っていた。",  # three or four, not 3.4
    ],
)
def test_words_and_ordinals_spelt_with_numerals_are_no_figures(text):
    assert _figures(text) == {}


@pytest.mark.parametrize(
    ("digits", "style", "kanji"),
    [
        ("840億円", Style.GROUPED, "八百四十億円"),
        ("1億2000万円", Style.GROUPED, "一億二千万円"),
        ("6.2キロ", Style.GROUPED, "六・二キロ"),
        ("2024年", Style.POSITIONAL, "二〇二四年"),
        ("0.3%", Style.POSITIONAL, "〇・三%"),
    ],
)
def test_a_digit_figure_is_written_back_in_the_kanji_style_and_read_again(digits, style, kanji):
    assert digits_to_kanji(digits, style) == kanji
    assert as_digits(kanji) == digits
    assert figure_value(kanji) == figure_value(digits)


def test_every_kanji_figure_gets_options_in_its_own_script_format_unit_and_band():
    corpus = build_corpus(make_article(text=BUDGET))
    asked: dict[str, list[str]] = {}
    for item in corpus.sentences:
        for span in item.spans:
            if span.type in NUMERIC_TYPES:
                asked[span.text] = pick_distractors(
                    span, corpus=corpus, sentence_text=item.sentence.text
                )
    for key in ("二〇二五年度", "四百二十億円", "三割", "三千五百万円", "七・八キロ", "平成三十年"):
        options = asked[key]
        assert len(options) == 3, (key, options)
        for option in options:
            assert style_of(option) == style_of(key), (key, option)
            assert option.endswith(key[-1]), (key, option)  # the same unit
            assert not any(char.isdigit() for char in option), (key, option)
    assert all(0.5 <= figure_value(o) / 7.8 <= 1.5 for o in asked["七・八キロ"])
    assert all(1 <= figure_value(o) <= 9 for o in asked["三割"])
    assert all(
        figure_value(o[2:]) <= 31 for o in asked["平成三十年"]
    )  # 平成 ended in its 31st year


def test_kanji_figures_are_asked_by_choice_and_never_typed():
    article = make_article(text=BUDGET)
    choice = {q.answer: q.choices for q in article.questions.filter(kind=QuestionKind.CHOICE)}
    assert choice, "no choice question on a text whose figures are all in kanji"
    for answer, options in choice.items():
        assert len({style_of(option) for option in options}) == 1, (answer, options)
    typed = article.questions.filter(kind=QuestionKind.CLOZE).values_list("answer", flat=True)
    assert not [answer for answer in typed if style_of(answer)], list(typed)


def test_the_existing_rules_hold_for_kanji_figures():
    corpus = build_corpus(
        make_article(
            text="# 町議会\n\n## 採決\n\n賛成は十一人、反対は三人で、議員十四人の多くが計画を認めた。"
            "見学者は三千人以上に上った。町の人口は一万二千人である。会場は市役所の大会議室だった。\n"
        )
    )
    for item in corpus.sentences:
        for span in item.spans:
            if span.text in {"十一人", "十四人", "三人", "三千人"}:
                assert build_choice(item, span, corpus) is None, span.text


@pytest.mark.parametrize(
    ("text", "figure", "question"),
    [
        (
            "一般会計の総額は約四百二十億円で、過去最大となった。",
            "四百二十億円",
            "一般会計の総額は、いくらですか。",
        ),
        (
            "新しい道路は全長七・八キロで、二年後に開通する。",
            "七・八キロ",
            "新しい道路の全長は、何キロですか。",
        ),
        ("旅館の宿代は一万二千円でした。", "一万二千円", "旅館の宿代は、いくらでしたか。"),
        ("市内の公立学校は百二十校だ。", "百二十校", "市内の公立学校は、何校ですか。"),
        # 現在 dates the figure: 「部員の現在」 is no Japanese.
        ("部員は現在六十二人で、一年生が多い。", "六十二人", None),
        ("見学者は三千人を超えた。", "三千人", None),  # no copula: a clause, not a value
        # What the topic came to: a past value, asked with でした.
        (
            "外国人客の比率は22％に達し、前年を上回った。",
            "22％",
            "外国人客の比率は、何パーセントでしたか。",
        ),
        ("来場者は約三万人に上った。", "三万人", "来場者は、何人でしたか。"),
        ("町の人口は八千人となりました。", "八千人", "町の人口は、何人でしたか。"),
        ("この道路は全長七・八キロである。", "七・八キロ", None),
    ],
)
def test_a_figure_of_its_topic_is_asked_with_ikura_or_a_counter(text, figure, question):
    span = next(s for s in find_spans(text, tokenize(text)) if s.text == figure)
    assert measure_question(text, span) == question


def test_a_wh_question_on_a_figure_has_four_options_of_its_class():
    corpus = build_corpus(make_article(text=BUDGET))
    item = next(i for i in corpus.sentences if i.sentence.text.startswith("一般会計"))
    span = next(s for s in item.spans if s.text == "四百二十億円")
    draft = build_wh(item, span, corpus)
    assert draft is not None
    assert draft.prompt == "一般会計の総額は、いくらですか。"
    assert len(draft.choices) == 4
    assert {style_of(choice) for choice in draft.choices} == {Style.GROUPED}
    assert all(choice.endswith("億円") for choice in draft.choices)


@given(st.text(alphabet="〇一二三四五六七八九十百千万億兆・", max_size=12))
def test_any_run_of_numerals_reads_as_a_number_or_as_none_never_raising(run):
    digits = as_digits(run)
    assert isinstance(digits, str)


@given(st.integers(min_value=1, max_value=10**13))
def test_every_whole_number_spelt_out_reads_back_to_its_value(number):
    spelt = digits_to_kanji(str(number), Style.GROUPED)
    assert not any(char.isdigit() for char in spelt)
    assert figure_value(spelt + "円") == number


def test_an_era_year_beside_its_western_year_is_never_asked():
    corpus = build_corpus(
        make_article(
            text="# 灯台の技師\n\n## 晩年\n\n技師は明治二十四年に東京で私塾を開いた。"
            "塾生は十年間で二百人を超えた。技師は明治三十九年、一九〇六年に東京で亡くなった。"
            "葬儀には約五百人が参列した。\n"
        )
    )
    item = next(i for i in corpus.sentences if "一九〇六年" in i.sentence.text)
    years = [span for span in item.spans if span.type == SpanType.YEAR]
    assert {span.text for span in years} == {"明治三十九年", "一九〇六年"}
    for span in years:
        assert build_choice(item, span, corpus) is None, span.text
        assert build_wh(item, span, corpus) is None, span.text


def test_a_spelt_out_date_keeps_its_day_in_full_beside_a_year_digit_by_digit():
    corpus = build_corpus(
        make_article(
            text="# 湖のマラソン\n\n## 大会\n\n第十八回の大会は二〇二六年二月十五日に開かれた。"
            "参加者は一万二千人を超えた。前回の大会は雨で中止になった。\n"
        )
    )
    item = next(i for i in corpus.sentences if "十五日" in i.sentence.text)
    span = next(s for s in item.spans if s.type == SpanType.MONTH)
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
    assert options and all(option.endswith("二月十五日") for option in options), options


@pytest.mark.parametrize(
    "text",
    ["大会記録は二時間八分三秒だった。", "最後の五キロを十四分三十一秒で走った。"],
)
def test_no_piece_of_a_race_time_is_a_figure_of_its_own(text):
    assert not [figure for figure in _figures(text) if figure.endswith(("時間", "分", "秒"))]


def test_a_digit_figure_with_a_kanji_magnitude_keeps_its_spelling():
    corpus = build_corpus(
        make_article(
            text="# 球場\n\n## 決勝\n\n決勝の日、スタンドには約1万2千人の観客が詰めかけた。"
            "工房には年間およそ3千人の見学者が訪れる。試合は午前10時に始まった。\n"
        )
    )
    for item in corpus.sentences:
        for span in item.spans:
            if span.text in {"1万2千人", "3千人"}:
                options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
                assert options, span.text
                for option in options:
                    assert 0.1 <= figure_value(option) / figure_value(span.text) <= 10, option
                    assert style_of(option) == Style.DIGITS, option


def test_a_year_right_after_any_eras_date_is_never_asked():
    corpus = build_corpus(
        make_article(
            text="# 灯台の技師\n\n## 生い立ち\n\n技師は天保十二年、一八四一年に越後の漁村で生まれた。"
            "十八歳のとき、村の船が岩に乗り上げる事故が起きた。技師は灯台を作る仕事を選んだ。\n"
        )
    )
    item = next(i for i in corpus.sentences if "一八四一年" in i.sentence.text)
    span = next(s for s in item.spans if s.text == "一八四一年")
    assert build_choice(item, span, corpus) is None


def test_a_start_time_gets_options_before_the_end_and_a_range_end_is_never_asked():
    corpus = build_corpus(
        make_article(
            text="# 防災訓練のお知らせ\n\n## 日時\n\n訓練は午前8時30分から11時30分まで行います。"
            "集合は午後5時15分ではなく朝です。寛文年間（1661〜1673年）に町ができた。"
            "会場は町の小学校の体育館です。\n"
        )
    )
    item = next(i for i in corpus.sentences if i.sentence.text.startswith("訓練は"))
    span = next(s for s in item.spans if s.text == "午前8時30分")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
    assert "午後5時15分" not in options
    assert all(not option.startswith("午後") for option in options), options
    item = next(i for i in corpus.sentences if "寛文" in i.sentence.text)
    for span in item.spans:
        assert build_choice(item, span, corpus) is None, span.text


def test_amount_options_are_near_the_answer_and_not_evenly_scaled():
    corpus = build_corpus(
        make_article(
            text="# 高山の旅\n\n## 宿\n\n町家のゲストハウスは一泊7,500円だった。"
            "駅までのバスは1,200円で、朝市の団子は1本150円だった。工事には2,300万円がかかった。\n"
        )
    )
    for item in corpus.sentences:
        for span in item.spans:
            if span.text in {"7,500円", "2,300万円"}:
                options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
                answer = figure_value(span.text)
                assert options, span.text
                for option in options:
                    assert 1 / 3 <= figure_value(option) / answer <= 3, option
                    assert figure_value(option) / answer not in {0.5, 1.5, 2.0, 3.0}, option


def test_draws_in_a_record_are_no_minutes():
    assert _figures("最終成績は二十一勝九分け八敗だった。") == {}
    assert _figures("成績は3勝2分け1敗だった。") == {}


def test_a_figure_inside_a_longer_word_or_counting_the_list_before_it_is_never_asked():
    corpus = build_corpus(
        make_article(
            text="# お金の話\n\n## 札と貨幣\n\n一万円札に福沢諭吉、五千円札に新渡戸稲造が描かれた。"
            "金貨、銀貨、銅銭の三種類が使われた。店の売上は三割増となった。"
            "町には古い両替商が二軒あり、今も営業している。\n"
        )
    )
    # 九千円札 is no banknote; the list of three shows 三種類; 三割増 is one word.
    for item in corpus.sentences:
        for span in item.spans:
            if span.text in {"五千円", "一万円", "三種類", "三割"}:
                assert build_choice(item, span, corpus) is None, span.text
