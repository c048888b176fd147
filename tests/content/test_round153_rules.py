"""Issue 9, blind round 153: era dates all above their key, figures of nothing named, a
monk's 師 inside his name, and cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import _read_as_its_verbs, build_choice
from content.generation.corpus import build_corpus
from content.generation.distractors import _options_below, pick_distractors
from content.generation.readings import misreadings
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

SHRINE = """# 港町の神社

## 創建と再建

社伝によれば、神社は弘安5年（1282年）に漁師たちの手で建てられた。
最初の大火は応永21年（1414年）に起こり、本殿が焼けた。
本殿は寛文8年（1668年）に藩主の寄進で建て直された。
明治5年（1872年）には、境内の一部が小学校の敷地になった。
拝殿は昭和3年（1928年）に改築され、今も使われている。
現在の本殿の屋根は、平成18年（2006年）に葺き替えられた。
"""


def test_an_era_date_takes_options_below_it_as_the_sentence_draws():
    # 弘安5年, 応永21年, 寛文8年, 明治5年, 昭和3年 and 平成18年 were each the lowest of their
    # options (153a): as ratios, 明治7年 lay nearer 明治5年 than 明治3年 did and took its place.
    corpus = build_corpus(make_article(text=SHRINE))
    below_asked = below_given = 0
    for opening, date in [
        ("社伝", "弘安5年（1282年）"),
        ("最初", "応永21年（1414年）"),
        ("本殿は", "寛文8年（1668年）"),
        ("明治", "明治5年（1872年）"),
        ("拝殿", "昭和3年（1928年）"),
        ("現在", "平成18年（2006年）"),
    ]:
        item = sentence_starting(corpus, opening)
        span = span_of(item, date)
        options = pick_distractors(span, corpus=corpus, sentence_text=item.sentence.text)
        assert len(options) == 3, (date, options)
        year = int(date.split("（")[1][:4])
        below = sum(int(option.split("（")[1][:4]) < year for option in options)
        asked = _options_below(span, item.sentence.text)
        # 昭和 has no year below 昭和2年 but its first, 元年.
        assert below == asked or (asked and below), (date, asked, options)
        below_asked += asked
        below_given += below
    assert below_given >= below_asked - 2


LIBRARY = """# 町の図書館

## 新しい開館時間

町の図書館は、4月から開館時間が変わります。
平日は、朝9時から夜8時まで開いています。
今までより 2時間 長くなります。

## 本を借りる期間

本は一人10冊まで、3週間借りることができます。
今までは2週間でしたが、1週間長くなりました。
"""


@pytest.mark.parametrize(("opening", "figure"), [("今までより", "2時間"), ("今までは", "2週間")])
def test_no_choice_of_a_figure_by_which_nothing_named_changed(opening, figure):
    # 「今までより［2時間］長くなります」: what grew longer? The sentence before says (153a).
    corpus = build_corpus(make_article(text=LIBRARY))
    item = sentence_starting(corpus, opening)
    assert build_choice(item, span_of(item, figure), corpus) is None


def test_a_figure_of_a_thing_named_stays_a_choice():
    corpus = build_corpus(make_article(text=LIBRARY))
    item = sentence_starting(corpus, "本は")
    question = build_choice(item, span_of(item, "10冊"), corpus)
    assert question is not None and len(question.choices) == 4


def test_a_monks_honorific_is_no_part_of_his_name():
    # 松岡玄照師 was the one option with 師 among three monks' names (153a).
    text = (
        "# 山寺の住職\n\n## 歴代の住職\n\n"
        "二世住職は月舟慧明で、三世は天岸周鼎が継いだ。\n"
        "現在の住職は、二十七世にあたる松岡玄照師である。\n"
    )
    corpus = build_corpus(make_article(text=text))
    item = sentence_starting(corpus, "現在")
    names = [span.text for span in item.spans if span.type == "person"]
    assert names == ["松岡玄照"]


@pytest.mark.parametrize("word", ["押し上げる", "流れ出る"])
def test_a_verb_of_two_verbs_a_learner_knows_is_no_reading_question(word):
    # 押し上げる is 押す and 上げる, 流れ出る 流れる and 出る: nothing new to read (153b).
    assert _read_as_its_verbs(word)


def test_a_verb_of_a_verb_a_learner_may_not_know_stays():
    assert not _read_as_its_verbs("盛り上がる")  # 盛る is no verb of the first levels


def test_no_misreading_of_a_kun_word_read_as_another_before_its_kana():
    # 後ろ盾 as あとろだて: no learner reads 後ろ as あとろ (153a).
    assert not any(option.startswith("あと") for option in misreadings("後ろ盾", "うしろだて"))
    # A kun reading with no kana after it still has its misreading: 床下 as とこした.
    assert "とこした" in misreadings("床下", "ゆかした")


def test_cards_teachers_sent_back():
    # 生育の盛期 is the peak of growth, 固形の肥料 fertiliser in solid form (153b).
    assert word_senses("盛期", "せいき") == ""
    assert word_senses("固形", "こけい") == ""
    # 最新 and 自動化 are too plain for a card (153a, 153b).
    assert is_basic_word("最新") and is_basic_word("自動化")
