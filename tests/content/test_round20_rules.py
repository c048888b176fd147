"""Issue 9, blind round 20: a byline's newspaper name asked as a word, phrases read as words,
derived words of no value, a share the title gives in 割, a count its list sums, the period a
report covers, near-miss amounts, and a speaker's respect language kept as a fact. Each text
is our own."""

import pytest

from content.analysis.glossary import is_basic_word
from content.generation.builders import build_choice, build_reading, build_vocab, stands_alone
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.models import QuestionStatus
from tests.content.sentences import sentence_starting, span_of, token_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

REPORT = """# 給食の食べ残し、3年で3割削減へ

## 県が新しい計画

（2025年4月18日　北部日報社会部・高橋 美咲）

県教育委員会は17日、給食の食べ残しを2027年度までに30％減らす計画を発表した。
スーパーの北山ストアは、2024年度上期の連結決算を発表した。
売上高は前年同期比4.8%増の612億3,000万円となった。
下期には、白山市と富山市に計2店を出店する計画である。
野菜の廃棄は、前年より12％減り、全体の56％が堆肥になった。
物価の上昇が続く中、お客様は一円単位で価格を比べていらっしゃいます。
北山ストアは、前の年より多くの野菜を地元の農家から仕入れた。
職人は、糸を引く手の動きを何度も確かめた。
"""


def test_a_dated_credit_in_brackets_is_metadata_and_its_words_are_never_asked():
    article = make_article(text=REPORT)
    corpus = build_corpus(article)
    assert sentence_starting(corpus, "（2025年").is_metadata
    asked = article.questions.filter(status=QuestionStatus.PUBLISHED).values_list(
        "answer", flat=True
    )
    assert "日報" not in asked


@pytest.mark.parametrize(
    ("opening", "phrase"), [("北山ストアは、前の年", "前の年"), ("職人は", "引く手")]
)
def test_a_phrase_sudachi_keeps_whole_is_no_word_to_read_or_learn(opening, phrase):
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, opening)
    token = token_of(item, phrase)
    assert build_reading(item, token, corpus) is None
    assert build_vocab(item, token, corpus) is None


@pytest.mark.parametrize("word", ["硬さ", "深さ", "各校", "毎週"])
def test_an_adjective_made_a_noun_and_each_before_a_basic_kanji_are_basic(word):
    assert is_basic_word(word)


@pytest.mark.parametrize("word", ["全長", "全社", "一般的", "代表的", "鮮やかさ"])
def test_words_the_teachers_praised_stay_worth_a_card(word):
    # 全長, 全社 and words in 的 were accepted in rounds 15-20; a rarer adjective's noun too.
    assert not is_basic_word(word)


def test_a_share_the_title_gives_in_tenths_is_not_asked():
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, "県教育委員会は")
    assert build_choice(item, span_of(item, "30％"), corpus) is None
    # The year the plan aims at is still asked.
    assert build_choice(item, span_of(item, "2027年度"), corpus) is not None


def test_a_count_its_list_sums_is_not_asked():
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, "下期には")
    assert build_choice(item, span_of(item, "2店"), corpus) is None


def test_the_period_a_report_covers_is_not_asked():
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, "スーパーの")
    assert build_choice(item, span_of(item, "2024年度"), corpus) is None


def test_amount_options_move_the_leading_figure_by_a_tenth_of_it():
    corpus = build_corpus(make_article(text=REPORT))
    item = sentence_starting(corpus, "売上高は")
    span = span_of(item, "612億3,000万円")
    options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
    assert len(options) == 3
    leading = [int(option.split("億")[0].replace(",", "")) for option in options]
    assert all(abs(value - 612) >= 50 for value in leading), options


def test_a_speakers_respect_language_is_no_statement_of_fact():
    corpus = build_corpus(make_article(text=REPORT))
    assert not stands_alone(sentence_starting(corpus, "物価の上昇"), corpus)
