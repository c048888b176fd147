"""A true statement as it stands: only a plain fact that stands alone, and only where it gives
a thin section its fourth kind (issue 9: every section of four or more sentences with four
kinds, without a statement a teacher would send back)."""

import pytest

from content.generation.standing import is_plain_fact
from content.models import QuestionStatus
from tests.factories import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "市立図書館は、駅の北口から歩いて七分のところにある。",
        "塩の量は梅の重さの十五パーセントが基本である。",
        "マグマが地下にたまると、山体はわずかに膨らむ。",
        # A printed reading is not counted as length, and stays.
        "窓口（まどぐち）は 月曜日（げつようび）から 金曜日（きんようび）の 午後（ごご）3時（じ）までです。",
        # A length or a share of something the sentence names is a topic of its own.
        "耳の奥の小さな骨の長さは、わずか3ミリほどしかない。",
        "町の古い家の多くは、木と土で建てられている。",
    ],
)
def test_a_plain_fact_with_a_topic_of_its_own_stands_as_it_is(sentence):
    assert is_plain_fact(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # advice, a request, permission
        "図書館では、静かに本を読むことが大切です。",
        "カードを作るときは、住所のわかるものを持っていきましょう。",
        "電話で話したい人は、休憩コーナーを使ってください。",
        # a hedge, a report, a wish
        "電子書籍の利用者は、来年さらに増えるでしょう。",
        "森の土は、水をたくわえる働きがあると考えられている。",
        "館長は子ども向けの部屋をもっと広げたいと思っている。",
        # a feeling or a memory, the speaker's own side
        "読み聞かせの会は、子どもたちにとても喜ばれてうれしかった。",
        "私は毎週土曜日に図書館で本を借りている。",
        "近所の人たちが野菜の差し入れを持って来てくれました。",
        # a list introduced, a pointer, a leaning opening
        "カードを作るには、次の書類が必要です。",
        "まず、利用者カードは市内に住む人が作ることができる。",
        # a quotation
        "館長は「本は町の宝です」と話した。",
        # no topic of its own: an order, a frame, a time, a relational noun
        "ふいた梅と塩を、交互に容器へ入れていく。",
        "夕方には、ひがし茶屋街を散歩しました。",
        "今年は 2025年9月7日の 日曜日です。",
        "時間は 午前9時から 午前11時30分までです。",
        "今年の時間は 午前9時から 午前11時30分までです。",
        # an answer leaning on its question; too short
        "若い職人を育てることです。",
        "本は十冊までだ。",
    ],
)
def test_no_advice_hedge_feeling_speaker_pointer_quote_or_topicless_sentence_stands(sentence):
    assert not is_plain_fact(sentence)


# Written for these tests: a how-to whose second section is prose with a figure to choose,
# a reading and a meaning card, and no sentence to swap or deny.
THIN_HOWTO = """# 梅干しを漬ける

## 梅を選ぶ

梅干しには、黄色く熟した梅が向いている。
青い梅は実がかたく、梅酒やシロップに使われることが多い。
傷のある梅は、漬けている間にかびの原因になる。
買ってきた梅は、水に二時間ほどつけてあくを抜く。

## 干して仕上げる

梅雨が明けて晴れた日が続くころ、梅をざるに並べて干す。
この作業は土用干しと呼ばれている。
晴れた日を選んで、梅を3日間、外で干し続ける。
夜の露にあたると、梅の皮はやわらかくなる。
干し終わった梅は、半年ほど置くと味がまろやかになる。
"""


@pytest.mark.django_db
def test_a_statement_as_it_stands_with_no_name_or_figure_is_held_for_instructors():
    article = make_article(text=THIN_HOWTO)
    standing = [q for q in article.questions.all() if q.extra.get("as_it_stands")]
    # Always true, the sentence unchanged; with nothing named and no figure, a draft an
    # instructor may publish, never published by the generator (rounds 37 and 38).
    assert standing
    for question in standing:
        assert question.answer == "true" and question.prompt == question.source_text
    dew = next(q for q in standing if q.source_text == "夜の露にあたると、梅の皮はやわらかくなる。")
    assert dew.status == QuestionStatus.DRAFT and dew.extra["held"]


# Written for these tests: a history whose second section's only plain facts open with a
# word that links them to the sentence before.
LINKED_HISTORY = """# 川沿いの用水路

## 水に困った城下町

城下の井戸はどれも塩気が強く、飲み水に向かなかった。
町人は毎朝、遠くの川まで桶を担いで水を汲みに行った。
水売りの値段は高く、家計の一割近くを水代が占めた。
藩は新しい水路を造る計画を立てた。

## 町が支えた水路

その後、新しい水路は百年にわたって大きな被害を受けずに使われた。
しかし水路の掃除には、毎年多くの人手が要った。
この仕事は、やがて町人が交代で引き受けるようになった。
つまり、水路は町全体で支える仕組みに変わっていった。
"""


@pytest.mark.django_db
def test_a_statement_leaves_off_only_the_word_that_links_it_to_the_sentence_before():
    article = make_article(text=LINKED_HISTORY)
    drafts = article.questions.filter(section__heading="町が支えた水路", extra__as_it_stands=True)
    # The fact is the sentence's, whole, without その後、 or しかし: true on its own.
    assert drafts
    for standing in drafts:
        assert standing.answer == "true"
        assert standing.prompt in {
            "新しい水路は百年にわたって大きな被害を受けずに使われた。",
            "水路の掃除には、毎年多くの人手が要った。",
        }
        assert standing.source_text.endswith(standing.prompt)
