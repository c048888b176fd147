"""Issue 9, round 3: typed blanks with one answer, options of the answer's times and kind,
realistic misreadings, and swaps that stay like for like. Each text is our own."""

import pytest

from content.analysis.spans import Span, SpanType, find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_cloze
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.readings import common_readings, misreadings
from content.models import QuestionKind
from tests.factories import make_article

pytestmark = pytest.mark.django_db

COUNCIL = """# 山あいの町の直売所

## 議会が計画を可決

町議会は本会議で直売所を建てる計画を可決した。賛成は11人、反対は3人で、議員14人のうち賛成が多数を占めた。
直売所の建設費は約4億2000万円で、半分を国の交付金でまかなう。直売所には町の農家が野菜を並べる。
道の駅には昨年度約35万人が訪れた。直売所の売り場は今の約2倍になる。

## 周りの県から

客の多くは熊本県や福岡県から車で来る。大分県の北部にある町には、長崎県や宮崎県からも客が来る。
週末には十人ほどが開店前から並ぶ。開店前の駐車場は満車になることもある。
"""


def _blanks(article, kind):
    return {q.answer for q in article.questions.filter(kind=kind)}


def test_no_number_is_ever_a_typed_blank_and_numbers_are_asked_by_choice():
    article = make_article(text=COUNCIL)
    typed = _blanks(article, QuestionKind.CLOZE)
    assert not any(any(char.isdigit() for char in answer) for answer in typed), typed
    assert _blanks(article, QuestionKind.CHOICE) & {"4億2000万円", "35万人"}


def test_a_count_the_sentences_other_counts_add_up_to_is_never_asked():
    corpus = build_corpus(make_article(text=COUNCIL))
    item = next(i for i in corpus.sentences if i.sentence.text.startswith("賛成は11人"))
    for span in item.spans:
        if span.type == SpanType.COUNT:
            assert build_choice(item, span, corpus) is None, span.text
            assert build_cloze(item, span, corpus) is None, span.text


def test_a_compound_the_writer_built_or_a_word_with_a_common_synonym_is_never_typed():
    article = make_article(
        text="# 海外の市場\n\n## 売上\n\n地域別に見ると、北米が海外の売上の半分近くを占めている。"
        "北米は会社にとって最も大きな市場である。直売所の売上は去年より大きく増加した。"
        "直売所を訪れる客も毎年増加している。会議は毎月の初めに本社で開かれる。"
        "会議では新しい計画が決められた。\n"
    )
    typed = {
        q.answer: q.accepted_answers for q in article.questions.filter(kind=QuestionKind.CLOZE)
    }
    assert not typed.keys() & {"直売所", "増加", "会議"}, typed
    # The other name JMdict gives the same place is right too.
    assert "北アメリカ" in typed["北米"], typed


def test_a_typed_name_carries_its_reading_and_an_unknown_name_is_not_typed():
    article = make_article(
        text="# 金沢の旅\n\n## 庭園\n\n旅の最初の日は、朝早くから兼六園をゆっくり歩いた。"
        "兼六園は江戸時代に造られた広い庭園である。案内をしてくれたのは森田健一郎さんだった。"
        "森田健一郎さんは町の古い歴史にとても詳しい。\n"
    )
    typed = {q.answer: q.extra for q in article.questions.filter(kind=QuestionKind.CLOZE)}
    assert "森田健一郎" not in typed  # no dictionary confirms how it is read
    assert typed["兼六園"]["reading"] == "けんろくえん"


HISTORY = """# お札の人物

## 戦国の武将

織田信長は市場の税をなくした。豊臣秀吉は全国の田畑を調べた。徳川家康は江戸に幕府を開いた。
足利義満は明と貿易を始めた。平清盛は港を整えた。

## 明治の人々

津田梅子は女子教育に力をつくした。新渡戸稲造は国際連盟で働いた。夏目漱石は多くの小説を書いた。
北里柴三郎は細菌学を研究した。
"""


def test_person_options_are_of_the_answers_times():
    from content.analysis.glossary import person_lifetime

    corpus = build_corpus(make_article(text=HISTORY))
    item = next(i for i in corpus.sentences if i.sentence.text.startswith("津田梅子"))
    span = next(s for s in item.spans if s.text == "津田梅子")
    wrong = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
    assert len(wrong) == 3, wrong
    assert not set(wrong) & {"織田信長", "豊臣秀吉", "徳川家康", "足利義満", "平清盛"}, wrong
    middle = sum(person_lifetime("津田梅子")) / 2
    for name in wrong:
        assert abs(sum(person_lifetime(name)) / 2 - middle) <= 60, name


def test_no_choice_question_when_three_options_of_the_answers_times_are_lacking():
    corpus = build_corpus(make_article(text=HISTORY))
    item = next(i for i in corpus.sentences if i.sentence.text.startswith("足利義満"))
    span = next(s for s in item.spans if s.text == "足利義満")
    # Only warlords two centuries later and a Heian noble two centuries earlier are named.
    assert build_choice(item, span, corpus) is None


def test_a_prefecture_is_swapped_for_a_prefecture_never_for_a_count():
    assert ("十人", SpanType.PLACE) not in [
        (s.text, s.type) for s in find_spans("十人ほどが並ぶ。", tokenize("十人ほどが並ぶ。"))
    ]
    corpus = build_corpus(make_article(text=COUNCIL))
    item = next(i for i in corpus.sentences if i.sentence.text.startswith("大分県"))
    span = next(s for s in item.spans if s.text == "大分県")
    wrong = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
    assert wrong and all(option.endswith("県") for option in wrong), wrong


def test_options_stay_on_the_answers_side_of_the_sentences_other_figures():
    corpus = build_corpus(make_article(text=COUNCIL))
    text = "北高校は6回に1点を返したが、7回を終えて1対4とリードされていた。"
    span = Span("6回", 4, 6, SpanType.COUNT, "回")
    wrong = pick_distractors(span, corpus=corpus, sentence_text=text)
    assert wrong and all(int(option.rstrip("回")) < 7 for option in wrong), wrong


def test_a_temperature_moves_by_steps_and_no_option_reads_one_day_long():
    corpus = build_corpus(make_article(text=COUNCIL))
    text = "室温が28度を超えるときは、エアコンを使う。"
    wrong = pick_distractors(
        Span("28度", 3, 6, SpanType.COUNT, "度"), corpus=corpus, sentence_text=text
    )
    assert len(wrong) == 3 and all(20 <= int(option.rstrip("度")) <= 40 for option in wrong), wrong
    text = "旅行は10月16日から2日間の日程で行われた。"
    start = text.index("2日間")
    wrong = pick_distractors(
        Span("2日間", start, start + 3, SpanType.COUNT, "日間"), corpus=corpus, sentence_text=text
    )
    assert "1日間" not in wrong


def test_reading_options_use_only_readings_common_words_give_the_kanji():
    assert common_readings("会") == {"かい"}  # え (会釈) is too rare to mislead
    options = misreadings("株式会社", "かぶしきがいしゃ")
    assert not any("えしゃ" in option for option in options), options
