"""Issue 9's rules, each on a small text of our own: what a teacher would send back never ships."""

import re

import pytest

from content.analysis.glossary import kanji_readings
from content.analysis.spans import SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.clefts import cleft_question
from content.generation.readings import misreadings
from content.models import QuestionKind, QuestionStatus
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HISTORY = """# 町の歴史をたどる

## 古い時代

弥生時代の人々は川の近くに村を作った。奈良時代には町に大きな寺が建てられた。
平安時代になると、寺の周りに市が開かれた。鎌倉時代には武士が町を治めた。
江戸時代には宿場町として栄えた。

## 町を作った人々

田村健一は1603年に新しい橋を架けた。山口直子は1688年に学校を開いた。
小林正雄は1721年に市場を広げた。森本和夫は1789年に堤防を築いた。
これは町の人々に長く感謝された。

## 今の町

町の予算は約12億円で、そのうち3億~4億円が道路に使われる。
Harbor Labsは2019年に町へ研究所を移した。Green Fieldsは2021年に農場を開いた。
Blue Riverは2022年に工場を建てた。Open Skyは2023年に事務所を置いた。
"""


def _spans(text):
    return [(span.text, span.type) for span in find_spans(text, tokenize(text))]


def published(article, kind=None):
    questions = article.questions.filter(status=QuestionStatus.PUBLISHED)
    return list(questions.filter(kind=kind) if kind else questions)


def test_spans_are_whole_words():
    texts = [span for span, _type in _spans("3Dプリンターと4Kテレビを買った。")]
    assert not any(text in {"D", "K", "プリンター", "テレビ", "3", "4"} for text in texts)
    assert "ブロック" not in [s for s, _ in _spans("古いブロック塀から離れる。")]
    assert ("2時間30分", SpanType.COUNT) in _spans("約2時間30分で駅に着いた。")
    assert "2人" not in [s for s, _ in _spans("みそ汁を2人分作る。")]


def test_a_word_with_its_reading_in_brackets_is_never_a_span():
    assert _spans("地震（じしん）が起きた。") == []


def test_a_proper_noun_with_its_class_noun_is_one_named_thing():
    assert ("弥生時代", SpanType.NAMED) in _spans("弥生時代の人々は米を作った。")


def test_era_options_are_eras():
    article = make_article(text=HISTORY)
    era_questions = [
        q
        for q in article.questions.filter(kind__in=[QuestionKind.CHOICE, QuestionKind.WH])
        if q.answer.endswith("時代")
    ]
    assert era_questions
    for question in era_questions:
        assert all(choice.endswith("時代") for choice in question.choices), question.choices


def test_latin_names_and_ranges_are_never_typed():
    article = make_article(text=HISTORY)
    typed = [q.answer for q in article.questions.filter(kind=QuestionKind.CLOZE)]
    assert not any(re.search(r"[A-Za-z]", answer) for answer in typed), typed
    assert "3億~4億円" not in typed
    choices = article.questions.filter(kind=QuestionKind.CHOICE)
    assert (
        choices.filter(answer="Harbor Labs").exists()
        or choices.filter(answer__in=["Green Fields", "Blue River", "Open Sky"]).exists()
    )


def test_accepted_answers_cover_range_marks_and_width():
    article = make_article(text="# 予算\n\n町の予算のうち3億~4億円が道路に使われる。\n")
    from content.generation.builders import _accepted
    from content.generation.corpus import build_corpus

    corpus = build_corpus(article)
    span = next(s for item in corpus.sentences for s in item.spans if s.text == "3億~4億円")
    accepted = _accepted(span)
    for variant in ("3億〜4億円", "3億～4億円", "3億－4億円", "３億～４億円"):
        assert variant in accepted, accepted


def test_loanwords_accept_their_latin_word():
    from content.analysis.spans import Span
    from content.generation.builders import _accepted

    assert "robot" in _accepted(Span("ロボット", 0, 4, SpanType.KATAKANA))
    assert "アンドロイド" in _accepted(Span("Android", 0, 7, SpanType.NAME))


@pytest.mark.parametrize(
    ("sentence", "answer", "question"),
    [
        (
            "豊臣秀吉は大きな金貨を造らせた。",
            "豊臣秀吉",
            "大きな金貨を造らせたのは、誰ですか。",
        ),
        (
            "2024年7月には、新しい紙幣が発行されました。",
            "2024年7月",
            "新しい紙幣が発行されたのは、いつですか。",
        ),
        (
            "友人は2004年に金沢へ行きました。",
            "2004年",
            "友人が金沢へ行ったのは、いつですか。",
        ),
        (
            "徳川家康は1603年に江戸幕府を開いた。",
            "1603年",
            "徳川家康が江戸幕府を開いたのは、いつですか。",
        ),
        # The first of a chain of past events is dated by the span: its verb goes into the past.
        (
            "1882年には銀行が設立され、紙幣は後に発行された。",
            "1882年",
            "銀行が設立されたのは、いつですか。",
        ),
        (
            "1990年に町の人口が減り始め、多くの店が閉まった。",
            "1990年",
            "町の人口が減り始めたのは、いつですか。",
        ),
        (
            "2010年に新しい駅が完成し、町に人が戻った。",
            "2010年",
            "新しい駅が完成したのは、いつですか。",
        ),
        # A point in time before the person stays with the event.
        (
            "2024年には山田太郎が社長に就任した。",
            "山田太郎",
            "2024年に社長に就任したのは、誰ですか。",
        ),
        (
            "7回には代打の木村健は決勝点を挙げた。",
            "木村健",
            "7回に決勝点を挙げたのは、誰ですか。",
        ),
    ],
)
def test_wh_questions_are_clefts_with_the_predicate_in_plain_form(sentence, answer, question):
    span = next(s for s in find_spans(sentence, tokenize(sentence)) if s.text == answer)
    assert cleft_question(sentence, span) == question


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("町が2019年に図書館を建てる計画は宣言だった。", "2019年"),  # span inside a noun phrase
        ("田村健一は1603年に橋を架けなかった。", "1603年"),  # negative predicate
        ("2027年に工場が完成し、生産を始める予定だ。", "2027年"),  # a plan: no past to ask
        ("2027年に工場が完成し、生産が始まる。", "2027年"),  # not told in the past
        ("2020年に会社を辞めて、店を開いた。", "2020年"),  # a て-form and no subject
        ("2020年に比率が5%で、今は8%になった。", "2020年"),  # a copula's で
        ("2024年には山田太郎が社長に就任する予定だ。", "山田太郎"),  # a plan
        ("2024年の春に山田太郎が社長に就任した。", "山田太郎"),  # not a bare point in time
        ("1977年に探査船がこの仕組みを確認した。", "1977年"),  # unresolved この
        ("生産開始は2027年に予定されている。", "2027年"),  # a plan, not a fact
    ],
)
def test_no_wh_question_where_a_cleft_cannot_be_made_right(sentence, answer):
    span = next(s for s in find_spans(sentence, tokenize(sentence)) if s.text == answer)
    assert cleft_question(sentence, span) is None


def test_every_wh_question_has_four_options_and_no_particle_after_its_question_word():
    article = make_article(text=HISTORY)
    wh = published(article, QuestionKind.WH) + list(
        article.questions.filter(kind=QuestionKind.WH, status=QuestionStatus.DRAFT)
    )
    assert wh
    for question in wh:
        assert len(question.choices) == 4
        # 誰 and いつ close a cleft; a topic's figure is asked with いくら or 何 and its counter.
        assert re.search(r"(誰|いつ|いくら|何[^\s、。]+)(です|でした)か。$", question.prompt)
        assert not re.search(r"(誰|いつ|いくら)(?!(です|でした)か。)", question.prompt), (
            question.prompt
        )


def test_option_digits_match_the_answer_in_width_and_grouping():
    from content.generation.distractors import digit_format

    article = make_article(
        text="# 数\n\n## 一\n\n工場は１２０台を作る。倉庫は３００台を運ぶ。店は５００台を売る。"
        "港は1,200台を送る。駅は3,400台を積む。\n"
    )
    for question in article.questions.filter(kind=QuestionKind.CHOICE):
        formats = {digit_format(choice) for choice in question.choices}
        assert len(formats) == 1, question.choices


def test_misreadings_are_ones_a_learner_could_make():
    assert set(misreadings("学校", "がっこう")) <= {"がくこう", "がっきょう", "がつこう"}
    # A reading KANJIDIC cannot explain kanji by kanji gets no invented alternatives.
    assert misreadings("一人", "ひとり") == []
    for wrong in misreadings("銀行", "ぎんこう"):
        assert wrong.startswith("ぎん") or wrong.endswith("こう")


def test_kanjidic_readings_match_jamdict():
    from jamdict import Jamdict

    entry = Jamdict(reuse_ctx=False).get_char("生")
    on = {r.value for g in entry.rm_groups for r in g.readings if r.r_type == "ja_on"}
    assert {reading for reading in kanji_readings("生")[0]} == {
        __import__("jaconv").kata2hira(value) for value in on
    }


def test_statements_never_open_with_a_pointer_and_swap_like_for_like():
    article = make_article(text=HISTORY)
    statements = article.questions.filter(kind=QuestionKind.TRUEFALSE)
    assert statements.exists()
    for question in statements:
        assert not question.prompt.startswith(("これ", "それ", "この", "その", "同"))
        swapped = question.extra["swapped"]
        original = question.extra["original"]
        if question.extra.get("negation"):
            # A sentence with nothing to swap: its predicate's polarity turned
            # (see test_negated_statements).
            assert not swapped or question.prompt.endswith((swapped, swapped + "。"))
        elif swapped and re.search(r"\d", original):
            assert re.sub(r"\d", "", swapped) == re.sub(r"\d", "", original)  # 年 for 年
        elif swapped:
            assert swapped[0] != original[0]  # never the answer's family: 源頼朝 → 源氏


def test_which_section_skips_sentences_that_share_words_with_a_heading():
    article = make_article(text=HISTORY)
    for question in article.questions.filter(kind=QuestionKind.SECTION):
        for heading in question.choices:
            for word in ("町", "人々", "時代", "歴史"):
                if word in heading and len(word) > 1:
                    assert word not in question.prompt, (question.prompt, heading)


def test_metadata_lines_are_never_asked_about():
    article = make_article(
        text="# 旅の記録\n\n投稿日：2025年3月12日\n\n文：川田みどり\n\n"
        "## 一日目\n\n朝は2025年3月13日に金沢へ向かった。駅では友人の川田さんが待っていた。"
        "昼は市場で魚を食べた。夜は宿で温泉に入った。\n"
    )
    for question in article.questions.all():
        assert not question.source_text.startswith(("投稿日", "文："))


def test_a_section_publishes_at_most_eight():
    from content.generation.selection import PUBLISH_TARGET

    article = make_article(text=HISTORY)
    for section in article.sections.all():
        count = article.questions.filter(section=section, status=QuestionStatus.PUBLISHED).count()
        assert count <= PUBLISH_TARGET


def test_a_cleft_keeps_a_naming_clause_inside_and_drops_an_opening_その後():
    sentence = "その後、豊臣秀吉は天正大判と呼ばれる金貨を造らせた。"
    span = next(s for s in find_spans(sentence, tokenize(sentence)) if s.text == "豊臣秀吉")
    assert cleft_question(sentence, span) == "天正大判と呼ばれる金貨を造らせたのは、誰ですか。"


def test_misreadings_skip_rare_readings_and_unpronounceable_doubling():
    assert "けいさんのうりい" not in misreadings("計算能力", "けいさんのうりょく")
    assert "たんってき" not in misreadings("短期的", "たんきてき")
    assert "じっぎょうりょく" not in misreadings("実行力", "じっこうりょく")


def test_no_reading_question_for_a_word_with_two_common_readings():
    from content.analysis.glossary import has_several_readings

    assert has_several_readings("市場") and has_several_readings("今日")
    assert not has_several_readings("地震")


def test_no_published_question_gives_another_away():
    """One question shows a sentence; a word asked for itself is no blank's answer."""
    article = make_article(text=HISTORY)
    for section in article.sections.all():
        questions = list(article.questions.filter(section=section, status=QuestionStatus.PUBLISHED))
        word_kinds = {QuestionKind.READING, QuestionKind.VOCAB}
        showing = [q for q in questions if q.kind not in word_kinds]
        sentences = [q.sentence_id for q in showing]
        assert len(sentences) == len(set(sentences)), [q.prompt for q in showing]
        words = {
            q.source_text[q.answer_start : q.answer_end] for q in questions if q.kind in word_kinds
        }
        blanks = {
            q.source_text[q.answer_start : q.answer_end]
            for q in showing
            if q.answer_start is not None
        }
        assert not words & blanks


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("出島は、1636年に商人たちが資金を出して造った人工島である。", "1636年"),
        ("駅は1990年に開業した人気の施設だ。", "1990年"),
        ("出島は1636年に造られた人工島であった。", "1636年"),
    ],
)
def test_no_cleft_on_a_copula_predicate(sentence, answer):
    span = next(s for s in find_spans(sentence, tokenize(sentence)) if s.text == answer)
    assert cleft_question(sentence, span) is None


TOWN = """# 港町の工房

文・川田みどり　2026年4月2日

## 工房の始まり

北川さんは2019年に港町へ戻り、工房を開いた。北川さんは木の椅子を作っている。
工房の蓄電池は屋根の太陽光でためた電気を使う。町の蓄電所は港の近くにある。
日本の港町では職人が少しずつ減っている。町の日本地図には工房の場所が描かれている。
港町の漁協は新しい倉庫を貸した。漁協の倉庫は冬でも暖かい。
"""


def test_typed_cloze_only_where_one_word_fits():
    article = make_article(text=TOWN)
    typed = [q.answer for q in article.questions.filter(kind=QuestionKind.CLOZE)]
    for answer in ("北川", "蓄電池", "日本", "日本地図", "椅子"):
        assert answer not in typed, typed


def test_a_credit_line_with_a_date_is_metadata_and_never_swapped_in():
    article = make_article(text=TOWN)
    for question in article.questions.all():
        assert "川田" not in question.prompt
        assert "川田" not in " ".join(question.choices)


HARBOUR = """# 港の歴史

## 開港まで

十九世紀になると、外国の船が近海に現れた。
1853年には外国の船が港に来航し、開港を求めた。
1639年に外国船の来航が禁止されると、商館が1641年に島へ移された。
1600年には港に小さな商館が置かれた。1636年には島が造られた。1774年には辞書が作られた。
1800年には地図が作られた。1823年には医者が学校を開いた。1859年に港が正式に開いた。
"""


def test_year_options_stay_near_the_answer_and_on_its_side_of_the_sentences_other_years():
    from content.analysis.spans import Span
    from content.generation.corpus import build_corpus
    from content.generation.distractors import pick_distractors

    article = make_article(text=HARBOUR)
    corpus = build_corpus(article)
    perry = "1853年には外国の船が港に来航し、開港を求めた。"
    wrong = pick_distractors(
        Span("1853年", 0, 5, SpanType.YEAR), corpus=corpus, sentence_text=perry
    )
    assert len(wrong) == 3
    assert all(abs(int(year[:4]) - 1853) <= 25 for year in wrong), wrong
    ban = "1639年に外国船の来航が禁止されると、商館が1641年に島へ移された。"
    wrong = pick_distractors(Span("1639年", 0, 5, SpanType.YEAR), corpus=corpus, sentence_text=ban)
    assert wrong
    assert all(int(year[:4]) < 1641 for year in wrong), wrong


def test_a_planned_date_has_no_option_before_the_articles_own_date():
    from content.analysis.spans import Span
    from content.generation.corpus import build_corpus
    from content.generation.distractors import pick_distractors

    article = make_article(
        text="# 新工場\n\n## 計画\n\n会社は2026年3月12日に新工場の建設を発表した。"
        "会社は夏までに手続きを終え、2026年12月の着工を予定している。"
        "工場では約60人が働く見通しだ。町は工場の建設を歓迎した。\n"
    )
    corpus = build_corpus(article)
    plan = "会社は夏までに手続きを終え、2026年12月の着工を予定している。"
    start = plan.index("2026年12月")
    span = Span("2026年12月", start, start + 8, SpanType.MONTH)
    wrong = pick_distractors(span, corpus=corpus, sentence_text=plan)
    assert all(int(option[:4]) >= 2026 for option in wrong), wrong


LEANING = """# 島の一年

## 春の島

春には島の港に多くの漁船が集まる。漁師たちは朝早くから網を引き、港の市場で魚を売る。
彼らは昼過ぎまで市場で働き、夕方には網を直す。翌年には港の市場が新しい建物に移った。
島の小学校では毎年四月に入学式が開かれる。この式には漁師たちも招かれて、子どもたちを祝う。

## 夏の祭り

夏には島の神社で大きな祭りが開かれる。祭りの夜には浜辺で花火が上がる。
観光客は船で島を訪れ、民宿に泊まる。民宿の主人は観光客に郷土料理を出す。

## 今後の見通し

島の人口は少しずつ減っている。町は港の整備を進め、観光客を増やす計画を立てている。
"""


def test_which_section_skips_sentences_that_lean_on_another_or_look_ahead():
    from content.generation.builders import build_section
    from content.generation.corpus import build_corpus

    corpus = build_corpus(make_article(text=LEANING))
    asked = {
        item.sentence.text: build_section(item, corpus) is not None for item in corpus.sentences
    }
    assert any(asked.values())  # other sentences of the sections are still asked
    for text, made in asked.items():
        if any(word in text for word in ("彼ら", "翌年", "この式", "計画")):
            assert not made, text


def test_a_language_name_is_no_typed_blank():
    article = make_article(
        text="# 蘭学\n\n## 本\n\n学者たちはオランダ語の本を読んだ。オランダ語の辞書は少なかった。"
        "長崎の通訳はオランダ語を話した。学者たちは医学の本を翻訳した。\n"
    )
    typed = [q.answer for q in article.questions.filter(kind=QuestionKind.CLOZE)]
    assert "オランダ語" not in typed


DRILL = """# 川辺町の　防災訓練

## 訓練の　日

川辺町で　大きな　防災訓練が　ありました。外国から　来た　人も　八十人ぐらい　いました。
ミンさんは　ベトナムから　来ました。ミンさんは　町の　工場で　働いて　います。
参加した　人は　ビデオを　見ました。ビデオには　字幕も　あります。
新しい　会社は　東南アジアの　会社と　取引を　始めました。東南アジアの　会社は　大きいです。
"""


def test_no_blank_or_option_on_a_piece_of_a_word_a_name_alone_or_a_loanword():
    article = make_article(text=DRILL)
    blanks = article.questions.filter(
        kind__in=[QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.WH, QuestionKind.TRUEFALSE]
    )
    answers = {q.extra.get("original") or q.answer for q in blanks}
    assert not answers & {"十人", "アジア"}, answers  # 八十人, 東南アジア
    typed = {q.answer for q in blanks.filter(kind=QuestionKind.CLOZE)}
    assert not typed & {"ミン", "ビデオ"}, typed


def test_no_reading_or_meaning_asked_of_a_piece_of_a_compound_or_a_mixed_katakana_word():
    article = make_article(
        text="# 深海の調査\n\n## 調査\n\n研究チームは熱水噴出孔の周りで微生物を調べた。"
        "海洋微生物学の専門家は熱水噴出孔の水を分析した。欧州の自動車メーカーも調査を支援した。"
        "専門家は調査の結果を学会で発表した。\n"
    )
    words = {
        q.extra.get("word") or q.answer
        for q in article.questions.filter(kind__in=[QuestionKind.READING, QuestionKind.VOCAB])
    }
    assert words  # 専門家, 調査 and the like are still asked
    assert not words & {"噴出", "生物学", "自動車メーカー"}, words


def test_no_blank_on_a_word_cut_from_its_kanji_suffix():
    article = make_article(
        text="# 深海\n\n## 噴出孔\n\n熱水噴出孔のまわりでは細菌が生きている。熱水噴出孔は1977年に見つかった。"
        "熱水噴出孔の水は300度を超える。研究者は熱水噴出孔を調べ続けている。\n"
    )
    answers = {q.answer for q in article.questions.filter(kind=QuestionKind.CLOZE)}
    assert "熱水噴出" not in answers, answers


def test_a_half_hour_is_accepted_either_way_and_a_term_beside_a_same_head_term_is_not_typed():
    from content.analysis.spans import Span
    from content.generation.builders import _accepted

    assert "2時間半" in _accepted(Span("2時間30分", 0, 6, SpanType.COUNT, "時間分"))
    article = make_article(
        text="# 銭\n\n## 輸入\n\n商人は宋銭を使った。宋銭は中国から来た。のちに明銭も使われた。"
        "明銭は室町時代に広まった。人々は宋銭で年貢を納めた。\n"
    )
    typed = {q.answer for q in article.questions.filter(kind=QuestionKind.CLOZE)}
    assert not typed & {"宋銭", "明銭"}, typed


INTERVIEW = """# 茶畑を守る人

静岡県で茶畑を営む川村正人さんに、仕事について聞いた。

## 茶を育てる

――茶畑を継いだのはいつですか。

川村：「父が倒れた年に、会社を辞めて戻りました。最初の年は収穫量が半分になりました。肥料の量を変えて、土を作り直しました」

――今は何人で働いていますか。

「家族と近所の学生を合わせて八人です。春の摘み取りは朝五時に始まります。新芽の香りは一年でいちばん強いです」

## 新しい売り方

「三年前から、茶葉を通信販売で売り始めました。注文の半分は県外のお客さんです。包装の紙は地元の和紙職人に頼んでいます」

「去年は紅茶も作りました。海外の見本市に出したところ、台湾の店から注文が来ました」
"""


def test_an_interview_is_quizzed_on_its_answers_never_on_its_questions_or_speakers():
    article = make_article(text=INTERVIEW)
    sources = {question.source_text for question in article.questions.all()}
    assert sources
    assert not any(source.startswith(("――", "川村：")) for source in sources)
    assert not any(source.endswith(("か。", "？")) for source in sources)
    # Each sentence of an answer is a sentence of its own: no quotation mark is left in it.
    assert not any("「" in source or "」" in source for source in sources)
    assert "肥料の量を変えて、土を作り直しました" in sources | {
        sentence.text for sentence in article.sections.get(position=1).sentences.all()
    }


def test_a_word_is_published_once_in_the_article_and_never_for_both_reading_and_meaning():
    for text in (HISTORY, INTERVIEW):
        article = make_article(text=text)
        sections_of: dict[str, set[int]] = {}
        word_cards: dict[str, int] = {}
        for question in published(article):
            if question.answer_start is None:
                continue
            word = question.source_text[question.answer_start : question.answer_end]
            sections_of.setdefault(word, set()).add(question.section_id)
            if question.kind in {QuestionKind.READING, QuestionKind.VOCAB}:
                word_cards[word] = word_cards.get(word, 0) + 1
        assert all(len(sections) == 1 for sections in sections_of.values()), sections_of
        assert all(count == 1 for count in word_cards.values()), word_cards
