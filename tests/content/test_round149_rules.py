"""Issue 9, blind round 149: a clock time and a figure of two parts among their options, a
threshold another figure passes too, a traveller's hours, a title word of two sections, and
cards. Each text is our own."""

import pytest

from content.analysis.glossary import is_basic_word, word_senses
from content.generation.builders import build_choice, build_section, build_truefalse
from content.generation.corpus import build_corpus
from content.generation.distractors import figure_value, pick_distractors
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

HUT = """# 山小屋に二泊した記録

## 小屋の一日

小屋の夕食は六時からで、山菜の天ぷらが並ぶ。
朝食は五時に始まり、登山者は六時前には出発していく。
二日目の朝は四時半に起き、小屋の前で日の出を待ちました。
下山は来た道を戻り、午後一時に登山口に着きました。
午前十時から小屋の前で開かれた山開きの式には、約百二十人が集まった。
"""


@pytest.fixture
def hut():
    return build_corpus(make_article(text=HUT))


def test_a_clock_time_is_never_the_middle_of_two_of_its_options(hut):
    # 七時, 九時 and 十時 left 八時 the middle one (149b).
    item = sentence_starting(hut, "小屋の夕食")
    key = span_of(item, "六時")
    options = pick_distractors(key, corpus=hut, sentence_text=item.sentence.text)
    assert len(options) == 3
    values = [figure_value(option) for option in options]
    assert all(one + other != 2 * figure_value("六時") for one in values for other in values)


def test_no_question_of_the_hour_a_traveller_rose_or_arrived(hut):
    # 「三日目の朝は四時半に起き」 as 五時半, 「午後一時に登山口に着きました」 as 二時 (149b).
    rose = sentence_starting(hut, "二日目")
    assert build_truefalse(rose, span_of(rose, "四時半"), hut) is None
    assert build_choice(rose, span_of(rose, "四時半"), hut) is None
    came = sentence_starting(hut, "下山は")
    assert build_truefalse(came, span_of(came, "午後一時"), hut) is None
    assert build_choice(came, span_of(came, "午後一時"), hut) is None


def test_a_ceremonys_hour_is_still_asked(hut):
    # 「午後3時から…開かれた開通式」 as the ceremony's hour passed (149a).
    item = sentence_starting(hut, "午前十時")
    assert build_choice(item, span_of(item, "午前十時"), hut)


PHOTOS = """# サンゴの海を記録する

## 市民の写真

三年間で集まった写真は約2万8千枚にのぼった。
調査に加わった市民は、のべ340人だった。
"""


def test_options_of_a_figure_of_two_parts_move_one_part_alike():
    # 二万八千枚 among 二万二千, 二万四千 and 三万八千枚: the key shared a part with every other
    # option (149b).
    corpus = build_corpus(make_article(text=PHOTOS))
    item = sentence_starting(corpus, "三年間")
    options = pick_distractors(
        span_of(item, "2万8千枚"), corpus=corpus, sentence_text=item.sentence.text
    )
    assert len(options) == 3
    leads = {option.startswith("2万") for option in options}
    assert len(leads) == 1, options


BRIDGE = """# 海峡に新しい橋

## 事業費

総事業費は約385億円に上った。
当初の計画では事業費は320億円だったが、資材の値上がりにより2度見直された。
"""


def test_no_threshold_that_another_figure_of_the_story_passes_too():
    # 「当初の計画では事業費は200億円以上だった」: the final 385億円 is over it too (149a).
    corpus = build_corpus(make_article(text=BRIDGE))
    item = sentence_starting(corpus, "当初の")
    draft = build_truefalse(item, span_of(item, "320億円"), corpus)
    statements = [draft.prompt, draft.other_side.prompt] if draft else []
    assert not any("以上" in statement for statement in statements)


GAMES = """# ゲーム会社、上半期は減益　新作の好調も開発費が重荷に

## 全体の業績

上半期の売上高は、前年同期比12%増の864億円だった。
一方で、新作の開発費や広告費がかさんだことが、利益を押し下げた。
営業利益は、前年同期比18%減の96億円にとどまった。
記者会見で社長は、下半期の巻き返しに自信を見せた。

## 家庭用ゲームの好調

家庭用ゲーム機向けの新作は、世界で累計300万本を売り上げた。
海外での販売が全体の6割を占めた。
旧作の値下げも、販売本数を押し上げた。
人気シリーズの最新作は、来年春に発売される予定だ。

## 開発費と人件費の増加

開発費は前年同期より3割増えた。
複数の大型作品を同時に進めていることが理由だという。
開発者の採用も進め、社員数は1年で200人増えた。
同社は、来年度も採用を続ける方針だ。

## スマートフォン向けは苦戦

スマートフォン向けの売上高は、前年同期比9%減だった。
配信開始から半年で、利用者は目標の半分にとどまった。
同社は、年内に大型の更新を行うと説明した。

## 通期の見通し

通期の業績予想は据え置いた。
下半期には、人気シリーズの新作を発売する予定だ。
証券会社は、新作の売れ行きが鍵になるとみている。
"""


def test_a_title_word_of_two_sections_ties_a_sentence_to_a_heading():
    # 開発費 of the title, in two of five sections, beside 「開発費と人件費の増加」 (149b).
    corpus = build_corpus(make_article(text=GAMES))
    assert build_section(sentence_starting(corpus, "一方で"), corpus) is None


def test_a_sign_is_no_manifestation():
    assert not word_senses("表示", "ひょうじ").startswith(("indication", "expression"))


@pytest.mark.parametrize("word", ["観光客", "暮らす", "登り"])
def test_words_teachers_called_too_easy(word):
    assert is_basic_word(word)
