"""Issue 9, blind rounds 125 and 126: a guide's minutes and hours through their printed
readings, which-section sentences of money, figures the options or the sentence give away,
and cards. Each text is our own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, build_section
from content.generation.corpus import build_corpus
from tests.content.sentences import options_of, sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_126():
    assert word_senses("割れ目", "われめ").split(", ")[:2] == ["crevice", "crack"]
    for word, reading in (
        ("住民税", "じゅうみんぜい"),
        ("納付書", "のうふしょ"),
        ("山体", "さんたい"),
    ):
        assert word_senses(word, reading) == ""


CLINIC = (
    "# 夜（よる）の診療所（しんりょうじょ）\n\n"
    "## 開（あ）いている時間（じかん）\n\n"
    "平日（へいじつ）は、夜（よる）7時（じ）から11時（じ）まで開（あ）いています。\n"
    "土曜日（どようび）は、朝（あさ）9時（じ）から夜（よる）11時（じ）まで開（あ）いています。\n"
    "日曜日（にちようび）の受付（うけつけ）は、夜（よる）10時（じ）までです。\n"
    "年末（ねんまつ）も開（あ）いています。\n\n"
    "## 行（い）き方（かた）\n\n"
    "診療所（しんりょうじょ）は、みどり駅（えき）から歩（ある）いて10分（ぷん）のところにあります。\n"
    "バスなら、駅前（えきまえ）から5分（ふん）です。\n"
    "入口（いりぐち）は、建物（たてもの）の東側（ひがしがわ）にあります。\n"
    "駐車場（ちゅうしゃじょう）は20台（だい）分（ぶん）しかありません。\n"
)


def test_a_guides_minutes_and_hours_are_asked_through_their_readings():
    # 「歩（ある）いて10分（ぷん）」: ぷん reads only the counter, voiced after 10 (round 125).
    corpus = build_corpus(make_article(text=CLINIC))
    walk = sentence_starting(corpus, "診療所（しんりょうじょ）は")
    question = build_choice(walk, span_of(walk, "10分"), corpus)
    assert question is not None and question.answer == "10分"
    # 「夜（よる）10時（じ）まで」: an hour on the clock, and every option one of the night.
    sunday = sentence_starting(corpus, "日曜日")
    options = options_of(corpus, "日曜日", "10時")
    assert span_of(sunday, "10時").type == "time"
    assert options and all(7 <= int(option.removesuffix("時")) <= 11 for option in options)


def test_a_clock_time_of_minutes_has_options_of_minutes():
    # 「朝［7時42分］」 beside 8時 and 15時, once hours alone were times (round 125's kit).
    corpus = build_corpus(
        make_article(
            text=(
                "# 山の温泉へ\n\n"
                "## 朝の列車\n\n"
                "朝7時42分、私は長岡駅から各駅停車に乗り込んだ。\n"
                "白沢温泉駅に着いたのは、10時21分だった。\n"
                "チェックインは15時からなので、共同浴場を巡ることにした。\n"
                "翌朝は7時から、旅館の前の朝市に出かけた。\n"
                "干し柿は人気で、朝市では8時前に売り切れていた。\n"
                "帰りの列車は、9時ちょうどに駅を出た。\n"
            )
        )
    )
    options = options_of(corpus, "朝7時42分", "7時42分")
    assert options and all("分" in option for option in options)


FEES = (
    "# 市の図書館\n\n"
    "## 新しい図書館\n\n"
    "新しい図書館は、駅前に4階建てで建てられた。\n"
    "蔵書は約42万冊で、県内で最も多い。\n"
    "築52年の旧図書館の蔵書は約28万冊だったため、およそ1.5倍に増えたことになる。\n"
    "自動貸出機を8台置き、利用者が自分で本を借りられるようにした。\n\n"
    "## 旧館の跡地\n\n"
    "旧館の建物は来年に取り壊される。\n"
    "跡地は、子どもが遊べる公園になる。\n"
    "整備費は約2億8,000万円と見込まれている。\n"
    "公園には、古い図書館の門が残される。\n\n"
    "## 宿場の決まり\n\n"
    "宿場は人足や馬を用意する義務を負っていた。\n"
    "幕府の定めで、宿場が置く人足は50人、馬は50頭とされた。\n"
    "足りない分は、近くの村から集められた。\n"
    "村々にとって、この負担は重かった。\n"
)
INSURANCE = (
    "# 国民健康保険の保険料\n\n"
    "## 保険料の決まり方\n\n"
    "国民健康保険の保険料は、前の年の所得をもとに計算します。\n"
    "家族の人数によっても、保険料は変わります。\n"
    "金額は、毎年6月に届く通知書に書いてあります。\n"
    "わからないことは、市役所の保険年金課に聞いてください。\n\n"
    "## 保険料の払い方\n\n"
    "保険料は、6月から次の年の3月まで、10回に分けて払います。\n"
    "払う期限は、毎月の末日です。\n"
    "銀行や郵便局のほか、コンビニでも払うことができます。\n"
    "口座振替にすると、払い忘れがありません。\n"
)


def test_no_which_section_of_a_sum_of_money():
    # 「整備費は約2億8,000万円と見込まれている」 fits the new building's heading too (126a).
    corpus = build_corpus(make_article(text=FEES))
    assert build_section(sentence_starting(corpus, "整備費は"), corpus) is None


def test_no_choice_the_options_give_away_by_the_sentences_ratio():
    # 「…約［28万冊］だったため、およそ1.5倍に増えた」 beside the option 42万冊 (126a).
    corpus = build_corpus(make_article(text=FEES))
    old = sentence_starting(corpus, "築52年の")
    assert build_choice(old, span_of(old, "28万冊"), corpus) is None


def test_no_choice_of_a_count_whose_number_counts_another_thing_beside_it():
    # 「人足［50人］、馬50頭」 (126a).
    corpus = build_corpus(make_article(text=FEES))
    duty = sentence_starting(corpus, "幕府の定めで")
    assert build_choice(duty, span_of(duty, "50人"), corpus) is None


def test_no_choice_of_payments_the_months_count():
    # 「6月から次の年の3月まで、［10回］に分けて払います」 (126a).
    corpus = build_corpus(make_article(text=INSURANCE))
    payments = sentence_starting(corpus, "保険料は、6月")
    assert build_choice(payments, span_of(payments, "10回"), corpus) is None


def test_no_choice_of_a_ratio_the_sentence_works_out():
    # 「…1万2千人ほどだったため、約［2.6倍］に増えた計算になる」 (round 126's kit).
    corpus = build_corpus(
        make_article(
            text=(
                "# 新スタジアムの1年\n\n"
                "## 観客の増加\n\n"
                "新スタジアムの平均入場者数は、1試合あたり約3万1千人だった。\n"
                "旧本拠地では、昨季の平均入場者数が1万2千人ほどだったため、約2.6倍に増えた計算になる。\n"
                "観客の3割は、市外から訪れた。\n"
                "試合の日には、駅からの道に屋台が並んだ。\n"
            )
        )
    )
    growth = sentence_starting(corpus, "旧本拠地では")
    assert build_choice(growth, span_of(growth, "2.6倍"), corpus) is None
