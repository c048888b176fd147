"""Issue 9, blind round 44: a number Sudachi takes for a place, a person the sentence
names, a career longer than a grown life, なかでも, a list's marks, an example among
others, a heading's word spelled without kana, an unnamed work, a guess and a tip. Each
text is our own."""

import pytest

from content.analysis.spans import find_spans
from content.analysis.tokens import tokenize
from content.generation.builders import build_choice, build_section, stands_alone
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_number_in_kanji_is_no_place():
    text = "城下の人口は、当時およそ八千に達したという。"
    assert "八千" not in {span.text for span in find_spans(text, tokenize(text))}


CASTLE = """# 城下町の三人の殿様

## 道三の国盗り

斎藤道三は油売りから身を起こしたと伝えられる。
一五四二年、道三は主君の土岐頼芸を追放し、美濃の国を手に入れた。
道三の娘は、尾張の織田信長に嫁いだ。

## 信長の入城

一五六七年、織田信長は稲葉山城を落とし、町の名を岐阜と改めた。
信長の家臣の木下秀吉は、城下の町割りを任された。
なかでも加納の市は、近くの村から集まる人でにぎわった。

## 町に残るもの

今も町には、城下の通りの形がそのまま残っている。
三十八年間、地元の小学校で歴史を教えた森下ふみえさん（67）は、通りの名前を調べている。
制作には二年半をかけ、町の地図は二百枚を超えた。
"""


@pytest.fixture
def castle():
    return build_corpus(make_article(text=CASTLE))


def test_no_option_is_a_person_the_sentence_names(castle):
    item = sentence_starting(castle, "一五四二年")
    options = pick_distractors(
        span_of(item, "土岐頼芸"), corpus=castle, sentence_text=item.sentence.text
    )
    assert options and "斎藤道三" not in options


def test_no_career_is_longer_than_a_grown_life(castle):
    item = sentence_starting(castle, "三十八年間")
    options = pick_distractors(
        span_of(item, "三十八年間"), corpus=castle, sentence_text=item.sentence.text
    )
    assert len(options) == 3 and all(figure_value(option) <= 67 - 18 for option in options)


@pytest.mark.parametrize("opening", ["なかでも", "制作には"])
def test_a_statement_leaning_on_what_came_before_does_not_stand_alone(castle, opening):
    assert not stands_alone(sentence_starting(castle, opening), castle)


TRAINS = """# 電車とバスの乗り方

## ICカードを使う

ICカードは駅の券売機で買うことができます。
・はじめに500円の預かり金がかかります。
・お金は1,000円、2,000円のように入れます。
・残りのお金は、改札の機械に表示されます。
カードは、駅の近くのコンビニでも使えます。

## 乗り換えのコツ

大きな駅では、乗り換えに10分ぐらいかかることがあります。
オレンジ色の乗換改札がある駅も多いです。
ホームの案内板で、次の電車の時間をたしかめます。

## 困ったときは

駅員さんは、英語や中国語で案内してくれることもあります。
忘れ物をしたら、駅の窓口で聞いてみましょう。
"""


@pytest.fixture
def trains():
    return build_corpus(make_article(text=TRAINS))


def test_a_list_items_bullet_is_not_shown(trains):
    # The item is not its section's last sentence, which leads on to the next (round 106).
    draft = build_section(sentence_starting(trains, "・残りのお金"), trains)
    assert draft is not None and draft.prompt.startswith("残りのお金")


def test_an_example_among_others_is_not_asked(trains):
    item = sentence_starting(trains, "・お金は")
    assert build_choice(item, span_of(item, "2,000円"), trains) is None


def test_the_headings_word_spelled_without_kana_gives_it_away(trains):
    assert build_section(sentence_starting(trains, "オレンジ色"), trains) is None


NOODLES = """# 手打ちうどんの作り方

## 材料と道具

中力粉は500グラム、水は220ミリリットル、塩は25グラムを用意する。
夏場は湿気が多いので、塩をやや多めにして30グラムにする。
麺棒と大きめのボウル、打ち粉用の片栗粉もそろえておく。

## 生地をこねる

塩水を三回に分けて粉に加え、指先で全体をほぐすように混ぜる。
ひとまとまりになったら、ポリ袋に入れて足で十分ほど踏む。
踏み終えた生地は、常温で二時間ほど寝かせる。

## おいしく仕上げるコツ

ゆで時間は、麺の太さによって十分から十二分が目安になる。
ゆで上がった麺は、冷水でしっかりもみ洗いしてぬめりを取る。

## 職人に聞く

――手打ちを始めたきっかけは。
祖母の打つうどんが好きだった、というのが近いかもしれません。
いまは月に一度、近所の子どもたちに打ち方を教えています。
"""


@pytest.mark.parametrize(
    "opening",
    [
        "夏場は",  # a tip (…やや多めにする): at home under 「おいしく仕上げるコツ」 too
        "祖母の打つ",  # a guess (…かもしれません): at home under any answer
    ],
)
def test_a_tip_or_a_guess_is_no_which_section_question(opening):
    corpus = build_corpus(make_article(text=NOODLES))
    assert build_section(sentence_starting(corpus, opening), corpus) is None
