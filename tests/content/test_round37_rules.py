"""Issue 9, blind round 37: a term named but not described, theses kept as true statements,
いずれにせよ, an article's hook and conclusion as which-section questions, a loanword shared
with the heading, compounds of a basic word, a phrase in 的, and a sense no card should show.
Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.antonyms import build_antonym_truefalse
from content.generation.builders import (
    _PHRASE_SHAPE,
    _shares_a_compound_piece,
    _starts_with_pointer,
    build_section,
)
from content.generation.corpus import build_corpus
from content.generation.definitions import (
    _own_definition,
    article_definitions,
    build_definition_cloze,
    build_definition_truefalse,
)
from content.generation.standing import unfit_statement
from content.models import QuestionKind, QuestionStatus
from tests.content.sentences import sentence_starting
from tests.factories import SAMPLE_MARKDOWN, make_article

pytestmark = pytest.mark.django_db

TIDES = """# 潮の満ち引き

## 二つの力

潮の動きには、二つの力がはたらいている。
一つは「起潮力」と呼ばれるものだ。
月や太陽の引力と地球の回転が生む力を「遠心潮力」と呼び、海面を外側へ押し上げる。
港の職員は、起潮力と遠心潮力の両方を毎日の記録に書き込む。
遠心潮力は、月とは反対側の海面を持ち上げる。
"""


def test_a_term_named_but_not_described_is_not_asked():
    corpus = build_corpus(make_article(text=TIDES))
    named = sentence_starting(corpus, "一つは")
    assert build_definition_cloze(named, corpus) is None
    assert build_definition_truefalse(named, corpus) is None
    assert _own_definition(named, corpus) is None
    # Still one of the article's defined terms, offered beside another's definition.
    assert "起潮力" in {found.term for found in article_definitions(corpus)}
    described = sentence_starting(corpus, "月や太陽")
    assert _own_definition(described, corpus).term == "遠心潮力"


def test_a_thesis_is_no_plain_fact():
    assert unfit_statement("人の一生で、眠りは単なる休みの時間ではない。")
    assert unfit_statement("潮の動きと月の位置は切っても切れない関係にある。")
    assert unfit_statement("紙を分けて出すと、もう一度使うことができます。")
    assert not unfit_statement("紙は、毎週水曜日の朝に集めます。")


def test_whichever_account_holds_leans_back():
    assert _starts_with_pointer("いずれにせよ、城はその年のうちに完成した。")
    assert _starts_with_pointer("いずれにしても、町の人口は増え続けた。")


SHIPYARD = """# 港町の造船所

## 創業のころ

造船所を開いたのは、鍛冶屋の息子だった田村勘助である。
勘助は木造の漁船を年に三隻ほど造り、地元の網元に納めていた。
材木は裏山の杉を切り出し、川を使って港まで運んだという。

## 鉄の船へ

昭和の初めになると、注文は木造船から鋼鉄の貨物船へと移った。
二代目の田村正一は大阪の工場で溶接を学び、新しい設備を整えた。
鋼板を曲げるための大型のプレス機が、一九三四年に据え付けられた。

## いまの造船所

現在は従業員百二十人で、主に内航タンカーを建造している。
進水式の日には、近くの小学生が岸壁に招かれて船を見送る。
造船所の歴史は、この町の歩みそのものだと言ってよい。
"""


def test_the_articles_first_and_last_sentences_are_no_which_section_questions():
    corpus = build_corpus(make_article(text=SHIPYARD))
    assert build_section(sentence_starting(corpus, "造船所を開いた"), corpus) is None
    assert build_section(sentence_starting(corpus, "造船所の歴史は"), corpus) is None
    assert build_section(sentence_starting(corpus, "鋼板を曲げる"), corpus) is not None


def test_a_loanword_shared_with_the_heading_gives_it_away():
    assert _shares_a_compound_piece({"ナショナルブランド"}, ["プライベートブランド"])
    # A shared suffix is no shared word: ステーション and オプション.
    assert not _shares_a_compound_piece({"ステーション"}, ["オプション"])
    assert not _shares_a_compound_piece({"プライベートブランド"}, ["プライベートブランド"])


def test_compounds_of_a_basic_word_are_basic():
    assert is_basic_word("鉄道駅") and is_basic_word("店内") and is_basic_word("睡眠時間")
    # The head is the word to learn: a payout ratio is no kind of payout.
    assert not is_basic_word("配当性向") and not is_basic_word("人工知能")
    assert not is_basic_word("睡眠")


def test_an_adjective_in_teki_and_its_noun_are_a_phrase():
    assert _PHRASE_SHAPE.search("科学的根拠")
    assert not _PHRASE_SHAPE.search("目的地") and not _PHRASE_SHAPE.search("根拠")


def test_no_card_shows_a_sexual_sense_beside_everyday_ones():
    senses = word_senses("営み", "いとなみ")
    assert "activity" in senses and "sex" not in senses


def test_every_typed_blank_is_kept_for_the_instructor():
    article = make_article(text=SAMPLE_MARKDOWN)
    typed = article.questions.filter(kind=QuestionKind.CLOZE)
    assert typed.exists()
    assert not typed.filter(status=QuestionStatus.PUBLISHED).exists()


RUBBISH = """# ごみの　出し方

## 出す　日

燃やすごみは、月曜日と木曜日の朝8時までに出してください。
アパートに住んでいる人は、大家さんか管理会社に出す場所を聞いてください。
びんとかんは、第2水曜日に集めに来ます。

## 困ったときは

わからないことは、市役所の環境課に電話で聞いてください。
"""


def test_advice_to_ask_someone_fits_a_help_heading_as_well():
    corpus = build_corpus(make_article(text=RUBBISH))
    assert build_section(sentence_starting(corpus, "アパートに"), corpus) is None


RESULTS = """# 上期の決算

## 利益

上期の営業利益は、前年より2割減った。
減益の主な要因は、電気代と人件費の増加だ。
一方で、売上高は5%増えた。
"""


def test_a_named_cause_is_not_turned():
    corpus = build_corpus(make_article(text=RESULTS))
    assert build_antonym_truefalse(sentence_starting(corpus, "減益の"), corpus) is None
