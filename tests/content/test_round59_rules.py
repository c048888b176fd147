"""Issue 9, blind round 59: a step of a sequence and a condition in と are not denied, a
figure the article gives of the topic's noun elsewhere makes no statement, a year an event
gives away is not asked, short sentences of a guide are measured without their readings, and
実業団 has no card. Each text is our own. (Copies made true: test_statement_balance.py.)"""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section, build_truefalse
from content.generation.corpus import build_corpus
from content.generation.negation import negated
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_step_of_a_sequence_is_not_denied():
    assert negated("まず書類（しょるい）の審査（しんさ）と面接（めんせつ）があります。") is None
    assert negated("次に、写真を受付に出します。") is None
    assert negated("書類（しょるい）の審査（しんさ）と面接（めんせつ）があります。") is not None


def test_a_condition_in_to_is_not_denied():
    assert negated("水はけが悪いと根腐れの原因になります。") is None
    assert negated("春になると桜が咲きます。") is None
    # と of a pair, or of what is said, is no condition.
    assert negated("花子と太郎は毎朝学校に行きます。") is not None


@pytest.fixture
def lanes():
    return build_corpus(
        make_article(
            text=(
                "# 自転車の道を広げる\n\n"
                "## これまでの整備\n\n"
                "市は2019年度から自転車レーンの整備を進めてきた。\n"
                "総事業費は約38億円で、うち約4割に国の交付金を充てた。\n"
                "レーンの総延長は62キロとなり、計画前の5倍に広がった。\n"
                "通勤に自転車を使う人も、少しずつ増えている。\n\n"
                "## 次の計画\n\n"
                "第2期では、交差点の改良を優先する方針だ。\n"
                "事業費は約45億円を見込む。\n"
                "市は来年3月までに計画を正式に決める。\n"
            )
        )
    )


def test_a_figure_the_article_gives_of_the_topic_elsewhere_makes_no_statement(lanes):
    # 「総事業費は、約45億円です」 is true of the next phase's 事業費 (round 59).
    item = sentence_starting(lanes, "総事業費は")
    assert build_truefalse(item, span_of(item, "38億円"), lanes) is None


def test_a_year_an_event_gives_away_is_not_asked():
    corpus = build_corpus(
        make_article(
            text=(
                "# 城下町の織物\n\n## 不況の時代\n\n"
                "明治の末に、町には二百台の織機があった。\n"
                "世界恐慌で生糸の値段が下がり、1930年には多くの工場が休業した。\n"
                "1948年には、三つの工場が操業を再開した。\n"
            )
        )
    )
    item = sentence_starting(corpus, "世界恐慌")
    assert build_choice(item, span_of(item, "1930年"), corpus) is None
    other = sentence_starting(corpus, "1948年")
    assert build_choice(other, span_of(other, "1948年"), corpus) is not None


def test_a_guides_short_sentence_is_measured_without_its_readings():
    corpus = build_corpus(
        make_article(
            text=(
                "# 運転免許（うんてんめんきょ）を取（と）るには\n\n"
                "## 教習所（きょうしゅうじょ）に通（かよ）う\n\n"
                "まず、近（ちか）くの教習所（きょうしゅうじょ）を探（さが）します。\n"
                "教習所（きょうしゅうじょ）では、学科（がっか）と技能（ぎのう）の授業（じゅぎょう）があります。\n"
                "授業料（じゅぎょうりょう）は、だいたい30万円（まんえん）です。\n"
                "卒業（そつぎょう）すると、技能試験（ぎのうしけん）がなくなります。\n\n"
                "## 試験場（しけんじょう）に行（い）く\n\n"
                "試験場（しけんじょう）では、学科試験（がっかしけん）を受（う）けます。\n"
                "試験（しけん）は、日本語（にほんご）のほかに英語（えいご）でも受（う）けられます。\n"
                "土曜日（どようび）と日曜日（にちようび）、祝日（しゅくじつ）は休（やす）みです。\n"
                "合格（ごうかく）したら、その日（ひ）に免許証（めんきょしょう）をもらえます。\n\n"
                "## 困（こま）ったときは\n\n"
                "わからないことは、市役所（しやくしょ）の国際交流課（こくさいこうりゅうか）に聞（き）いてください。\n"
                "電話（でんわ）で相談（そうだん）することもできます。\n"
            )
        )
    )
    assert build_section(sentence_starting(corpus, "土曜日"), corpus) is None


def test_a_companys_sports_team_has_no_card():
    assert word_senses("実業団") == ""
