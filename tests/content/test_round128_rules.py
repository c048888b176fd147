"""Issue 9, blind rounds 127 and 128: statements that swap a name rather than a figure, or
lean on the rest, of kilometres and kilograms, or of advice; which-section by a quote under
the heading of voices or a compound verb on the heading's stem; a traveller's hour and a
list's year. Each text is our own."""

import pytest

from content.generation.builders import build_choice, build_section, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TRAIL = (
    "# 古道を歩く四日間\n\n"
    "## 一日目：麓の町から\n\n"
    "朝7時、麓の駅に降り立つと、山から冷たい風が吹いてきた。\n"
    "古道の全長は約62キロで、四日間で歩き切る計画を立てた。\n"
    "荷物は6キロのリュック一つにまとめた。\n"
    "一日目の宿は、山寺の宿坊で、一泊二食付きで8,000円だった。\n\n"
    "## 二日目：杉並木の峠\n\n"
    "宿坊を出たのは、朝6時半だった。\n"
    "峠までの道には、樹齢300年を超える杉が並んでいた。\n"
    "峠の茶屋では、京都から来た夫婦と一緒に休んだ。\n"
    "二日目に歩いたのは、約18キロだった。\n"
)


def test_no_swap_of_kilometres_for_kilograms():
    # 「荷物は62キロのリュック一つに」: the trail's kilometres as the pack's weight (128b).
    corpus = build_corpus(make_article(text=TRAIL))
    pack = sentence_starting(corpus, "荷物は")
    assert build_truefalse(pack, span_of(pack, "6キロ"), corpus) is None


def test_no_choice_of_the_hour_a_traveller_arrived():
    # 「朝［7時］、麓の駅に降り立つと…」: trivia (128b).
    corpus = build_corpus(make_article(text=TRAIL))
    arrival = sentence_starting(corpus, "朝7時")
    assert build_choice(arrival, span_of(arrival, "7時"), corpus) is None


UDON = (
    "# 手打ちうどん\n\n"
    "## 手順1：生地をこねる\n\n"
    "中力粉500グラムに、塩水230ミリリットルを少しずつ加える。\n"
    "ひとまとまりになったら、10分ほどこねる。\n"
    "生地は袋に入れて、1時間寝かせる。\n"
    "冬場で部屋が寒いときは、寝かせる時間を20分ほど延ばすとよい。\n\n"
    "## 手順2：ゆでて仕上げる\n\n"
    "大きな鍋に湯を沸かし、麺を入れて12分ゆでる。\n"
    "ゆで上がった麺はすぐに冷水で洗い、表面のぬめりをしっかり取る。\n"
    "器に盛り、温かいつゆをかける。\n"
    "ねぎや天かすを添えると、店の味に近づく。\n"
)


def test_no_statement_of_advice():
    # 「…時間を20分ほど延ばすとよい」: what to do, not what is (128b).
    corpus = build_corpus(make_article(text=UDON))
    winter = sentence_starting(corpus, "冬場で")
    assert build_truefalse(winter, span_of(winter, "20分"), corpus) is None


def test_no_which_section_of_a_compound_verb_on_the_headings_stem():
    # ゆで上がった under 「ゆでて仕上げる」 (128b).
    corpus = build_corpus(make_article(text=UDON))
    assert build_section(sentence_starting(corpus, "ゆで上がった"), corpus) is None


PLANT = (
    "# ごみ発電の新工場\n\n"
    "## 工場の概要\n\n"
    "市の新しいごみ処理工場が、4月に稼働を始めた。\n"
    "工場は1日に300トンのごみを燃やし、その熱で発電する。\n"
    "建設には、欧州の技術を持つ会社が加わった。\n"
    "総事業費は約250億円に上る。\n\n"
    "## 市長と住民の声\n\n"
    "市長は式典で、ごみを資源に変える工場だと述べた。\n"
    "施設の近くに住む会社員の女性は「最初は煙やにおいが心配だった」と話した。\n"
    "見学会には、小学生の家族連れも多く訪れた。\n"
    "市は、工場の見学を学校の授業にも取り入れる。\n\n"
    "## サンゴの白化\n\n"
    "白化は、1998年以降、2016年、2017年、2022年と繰り返し確認されている。\n"
    "海水温が高い日が続くと、サンゴは共生する藻を失う。\n"
    "白くなったサンゴの多くは、数か月で死んでしまう。\n"
    "研究者は、水温の記録を毎日集めている。\n"
)


def test_no_which_section_of_a_quote_under_the_heading_of_voices():
    # 「…女性は『最初は煙やにおいが心配だった』と話した」 under 「市長と住民の声」 (128a).
    corpus = build_corpus(make_article(text=PLANT))
    assert build_section(sentence_starting(corpus, "施設の近くに"), corpus) is None


def test_no_choice_of_a_year_in_a_list_of_years():
    # 「2016年以降、2017年、2020年、［2022年］と…」: the fourth of a list (128b).
    corpus = build_corpus(make_article(text=PLANT))
    bleaching = sentence_starting(corpus, "白化は")
    assert build_choice(bleaching, span_of(bleaching, "2022年"), corpus) is None


def test_a_statement_that_swaps_a_name_is_a_draft():
    # Rounds 99–128: 33 of 50 name, place and era swaps passed, against 59 of 72 figures.
    corpus = build_corpus(
        make_article(
            text=(
                "# 山里の茶\n\n"
                "## 茶の始まり\n\n"
                "村の茶は、禅寺の僧が宇治から種を持ち帰ったのが始まりとされる。\n"
                "茶は初め、寺の儀式にだけ使われた。\n"
                "江戸時代には、商人が茶を大坂へ運んだ。\n"
                "茶の値は、大坂の市場で決まった。\n"
            )
        )
    )
    origin = sentence_starting(corpus, "村の茶は")
    statement = build_truefalse(origin, span_of(origin, "宇治"), corpus)
    assert statement is not None and statement.extra["held"]
    assert statement.other_side is None or statement.other_side.extra["held"]
