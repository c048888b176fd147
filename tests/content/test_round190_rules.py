"""Issue 9, rounds 190 and 191's articles: a flood-prevention report, a Meiji doctor's life,
how bees talk, an easy-Japanese guide to seeing a doctor, a shamisen blog, an app's press
release and a baseball final. Each case is one found reading their published questions."""

import re

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from content.generation.readings import voiced_either_way
from content.generation.service import regenerate_questions
from content.models import QuestionKind, QuestionStatus
from tests.content.sentences import options_of, sentence_with, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

FLOOD = """# 川の改修工事

## 工事の計画

工事は令和7年度から令和16年度までの10年間にわたって行われる。

## 3年前の水害

事業のきっかけとなったのは、令和4年9月に台風がもたらした記録的な大雨である。
"""


def test_an_era_year_has_no_option_before_the_eras_first_year():
    # 令和4年 less six came out as 令和-2年, the minus sign unread.
    corpus = build_corpus(make_article(text=FLOOD))
    options = options_of(corpus, "事業のきっかけ", "令和4年")
    assert "令和4年" not in options and len(options) == 3
    for option in options:
        year = re.fullmatch(r"令和(\d+)年", option)
        assert year is not None and int(year.group(1)) >= 2, options


CLINIC_GUIDE = """# 病院（びょういん）に行（い）くとき

## 病院（びょういん）の種類（しゅるい）

日本（にほん）には、小（ちい）さい診療所（しんりょうじょ）と、大（おお）きい病院（びょういん）があります。
大（おお）きい病院（びょういん）には、たくさんの看護師（かんごし）がいます。
子（こ）どもの病気（びょうき）は、小児科（しょうにか）に行（い）きます。
わからないときは、市役所（しやくしょ）の窓口（まどぐち）で聞（き）いてください。

## 薬（くすり）をもらうとき

薬（くすり）が必要（ひつよう）なときは、処方箋（しょほうせん）という紙（かみ）をもらいます。
薬局（やっきょく）では、薬剤師（やくざいし）が飲（の）み方（かた）を説明（せつめい）します。
食前（しょくぜん）は、ご飯（はん）の前（まえ）に飲（の）むという意味（いみ）です。
わからないことは、何回（なんかい）でも聞（き）いてください。
"""


def test_a_guide_in_easy_japanese_publishes_the_words_of_its_errand():
    # Round 190's guide to seeing a doctor published one word card a section and kept
    # 看護師, 薬剤師 and 診療所 back, though it could ask little else.
    article = make_article(text=CLINIC_GUIDE)
    regenerate_questions(article=article)
    for section in article.sections.all():
        cards = section.questions.filter(
            kind=QuestionKind.VOCAB, status=QuestionStatus.PUBLISHED
        ).values_list("answer", flat=True)
        assert len(cards) >= 2, (section.heading, list(cards))
    published = set(
        article.questions.filter(
            kind=QuestionKind.VOCAB, status=QuestionStatus.PUBLISHED
        ).values_list("answer", flat=True)
    )
    assert {"看護師", "薬剤師"} <= published, published


DOCTOR = """# ある女医の生涯

## 生い立ち

ふみは安政4年（1857年）に村の医者の家に生まれた。
明治元年（1868年）、11歳のふみは父を手伝って、けが人の傷を洗った。

## 修業

明治8年（1875年）、18歳になったふみは、単身で東京に出た。
明治20年（1887年）、30歳のふみは試験に合格した。

## 晩年

父はその翌年の春、67歳で世を去った。
大正12年（1923年）、66歳のふみは救護班に加わった。
"""


def test_an_age_has_no_option_from_another_time_of_life():
    # Her father's death at 67 had her own ages of 11, 18 and 30 as options.
    corpus = build_corpus(make_article(text=DOCTOR))
    options = options_of(corpus, "父はその翌年", "67歳")
    assert len(options) == 3 and not {"11歳", "18歳", "30歳"} & set(options), options
    # Ages of one time of life still meet: 18 among her young ages.
    assert "11歳" in options_of(corpus, "明治8年", "18歳")


def test_a_runner_home_is_not_glossed_as_surviving():
    # Round 191's baseball final: 「2者が生還する同点の適時二塁打」 showed "returning alive".
    assert word_senses("生還", "せいかん", ("打球", "二塁打", "適時")) == ""
    assert "surviv" in word_senses("生還", "せいかん", ("遭難", "山"))


TEA = """# 山あいの茶の里

## 明治の輸出ブーム

明治に入ると、茶は横浜から海外へ盛んに輸出されるようになった。
村の茶畑は、江戸時代末期のおよそ3倍の広さにまで広がった。

## 昭和の試練と転換

戦争が終わると、村の若者の多くは町の工場へ働きに出た。
人手が足りず、茶畑の多くが杉の林に変わっていった。
平成に入ると、ペットボトルの緑茶飲料が広まり、飲料会社への出荷が増えた。
農家は機械を入れて、少ない人数でも摘めるように工夫した。
"""


def test_a_sentence_of_another_era_than_its_heading_asks_no_section():
    # 「平成に入ると…」 under 「昭和の試練と転換」 (round 191).
    corpus = build_corpus(make_article(text=TEA))
    assert build_section(sentence_with(corpus, "平成に入ると"), corpus) is None
    # A sentence that names no era still asks it.
    assert build_section(sentence_with(corpus, "戦争が終わると"), corpus) is not None


# Round 191's second reviewer (a how-to, an interview with a carpenter, a bank's results).


def test_a_multiple_above_one_has_no_option_below_it():
    text = """# 地方銀行の決算

## 収益の内訳

手数料の収益は、前の期に比べて12.5％増えた。
コンサルティング業務の収益も、前の期の約1.4倍に拡大した。
預金の残高は、前の期の約0.9倍にとどまった。
"""
    corpus = build_corpus(make_article(text=text))
    options = options_of(corpus, "コンサルティング", "1.4倍")
    assert len(options) == 3 and all(float(option[:-1]) > 1 for option in options), options


def test_a_minimum_before_what_is_wished_for_is_not_asked():
    text = """# 植え替えのあと

## 肥料の与え方

植え替えた直後の株は、根が傷んでいる。
肥料は根に負担をかけるので、植え替えから少なくとも2週間、できれば1か月ほどはあげないほうがよい。
"""
    corpus = build_corpus(make_article(text=text))
    item = sentence_with(corpus, "肥料は根に")
    assert build_choice(item, span_of(item, "2週間"), corpus) is None


@pytest.mark.parametrize(
    ("word", "reading", "context"),
    [
        ("継手", "つぎて", ("木", "釘", "加工")),  # a joint of timbers, not "an heir"
        ("借り換え", "かりかえ", ("住宅", "ローン", "金利")),  # refinancing, not "refunding"
    ],
)
def test_a_word_whose_sense_in_its_trade_the_dictionary_misses_gets_no_meaning(
    word, reading, context
):
    assert word_senses(word, reading, context) == ""
    assert word_senses(word, reading) != ""


def test_to_hand_over_is_too_easy_for_a_card():
    assert is_basic_word("手渡す")


# Round 190's first reviewer (the flood report, the doctor's life, the bees).


@pytest.mark.parametrize(
    ("word", "reading", "struck"),
    [
        ("効き目", "ききめ", "impression"),  # how well a remedy works
        ("戸惑い", "とまどい", "wonderment"),  # bewilderment
    ],
)
def test_a_gloss_of_another_sense_is_struck(word, reading, struck):
    gloss = word_senses(word, reading)
    assert gloss and struck not in gloss


def test_as_a_priority_is_not_glossed_as_favouritism():
    assert word_senses("優先的", "ゆうせんてき") == ""


def test_a_secret_is_too_easy_for_a_card():
    assert is_basic_word("秘密")


# Round 191's first reviewer (a baseball final, a book review, a tea region's history), and
# round 190's second (the guide, the blog, the press release).


def test_a_place_to_be_is_read_only_as_basho():
    # 居場所 accepted いばじょ: 場所 at the end of a word is ばしょ, unlike 停留所's 所.
    assert voiced_either_way("居場所", "いばしょ") == []
    assert voiced_either_way("停留所", "ていりゅうじょ") == ["ていりゅうしょ"]


def test_a_victory_report_is_not_glossed_as_a_debriefing():
    assert word_senses("報告会", "ほうこくかい") == ""


def test_step_by_step_is_too_easy_for_a_card():
    assert is_basic_word("段々")
