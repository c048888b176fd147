"""Issue 9, blind round 124: which-section sentences placed by a heading's one kanji or by its
figure's unit, a count the sentence repeats, a plan's outcome, and cards. Each text is our
own."""

import pytest

from content.analysis.glossary import has_several_readings, word_senses
from content.generation.builders import build_choice, build_section, build_truefalse
from content.generation.corpus import build_corpus
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cards_of_round_124():
    assert word_senses("伸び率", "のびりつ") == "growth rate"
    # A brewery's 酒蔵 is しゅぞう as well: no typed reading refuses it.
    assert has_several_readings("酒蔵")


GUILD = (
    "# 中世の港町と商人たち\n\n"
    "## 港の始まり\n\n"
    "川の河口に港が開かれたのは、鎌倉時代の半ばである。\n"
    "近くの寺が港の管理を任され、船から通行料を集めた。\n"
    "港には米や塩を積んだ船が出入りするようになった。\n"
    "寺の記録には、年に百隻を超える船の名が残っている。\n\n"
    "## 廻船座の成立\n\n"
    "やがて港の商人たちは、同業者の組織をつくった。\n"
    "座に加わった商人は、寺に銭を納める代わりに荷を運ぶ権利を認められた。\n"
    "組織の決まりは文書にまとめられ、今も寺に写しが残る。\n"
    "仲間が嵐で船を失うと、皆で費用を出し合って助けた。\n\n"
    "## 大津波と港の移転\n\n"
    "明応7年（1498年）の大地震で、港は津波に襲われた。\n"
    "砂州が崩れ、大きな船は港に入れなくなった。\n"
    "生き残った商人たちは、北の入り江に新しい港を開いた。\n"
    "古い港の跡は、今では田畑になっている。\n\n"
    "## 総工費は約42億円\n\n"
    "市は古い港の跡に資料館を建てることを決めた。\n"
    "資料館の建設費は約12億円で、残りは周辺の整備に充てる。\n"
    "工事は来年の春に始まり、2年後に完成する予定だ。\n"
    "展示の中心は、寺に残る船の記録になる。\n"
)


def test_no_which_section_of_a_one_kanji_noun_its_heading_holds():
    # 座 of 「座に加わった商人は…」 in 「廻船座の成立」 alone among the headings (124a), though
    # the title does not hold it here: that the title holds it does not hide it either.
    corpus = build_corpus(make_article(text=GUILD))
    assert build_section(sentence_starting(corpus, "座に加わった"), corpus) is None


def test_no_which_section_of_a_figure_of_its_headings_unit():
    # 「…建設費は約5億円」 under 「総事業費は約42億円、…」, the one heading of 億円 (124a).
    corpus = build_corpus(make_article(text=GUILD))
    assert build_section(sentence_starting(corpus, "資料館の建設費は"), corpus) is None


PARKING = (
    "# 駅前の自転車置き場\n\n"
    "## 置き場の使い方\n\n"
    "駅前の自転車置き場は、朝6時から夜12時まで使えます。\n"
    "料金は1日100円で、1か月の定期は1,800円です。\n"
    "定期の申し込みは、置き場の管理室でできます。\n"
    "管理室には、係の人が夕方まで います。\n\n"
    "## 放置自転車の撤去\n\n"
    "歩道に止めた自転車は、市が撤去します。\n"
    "撤去した自転車は、川沿いの保管所に運ばれます。\n"
    "保管する期間は60日間で、60日を過ぎると自転車は処分されます。\n"
    "引き取るときは、2,000円の手数料がかかります。\n"
)


def test_no_choice_of_a_count_the_sentence_repeats():
    # 「保管する期間は［60日間］で、60日を過ぎると…」 (124b).
    corpus = build_corpus(make_article(text=PARKING))
    kept = sentence_starting(corpus, "保管する期間は")
    assert build_choice(kept, span_of(kept, "60日間"), corpus) is None


STATIONS = (
    "# 水素ステーションの整備\n\n"
    "## 県内の計画\n\n"
    "県は、燃料電池車に水素を入れるステーションを増やす計画をまとめた。\n"
    "現在、県内のステーションは5か所にとどまっている。\n"
    "県は2030年度までに、さらに3か所を新設する。\n"
    "実現すれば、県内のステーションは合わせて8か所になる。\n"
    "整備費は約12億円で、国の補助金も使う。\n"
)


def test_no_statement_of_what_a_plan_would_bring():
    # 「実現すれば、…8か所になる」: if the plan of the sentence before comes true (124a).
    corpus = build_corpus(make_article(text=STATIONS))
    outcome = sentence_starting(corpus, "実現すれば")
    assert build_truefalse(outcome, span_of(outcome, "8か所"), corpus) is None


BEES = (
    "# ミツバチの8の字ダンス\n\n"
    "## ダンスが伝えること\n\n"
    "餌場を見つけたミツバチは、巣に戻ると8の字を描くように踊る。\n"
    "まっすぐ進む部分で体を振る向きが、餌場の方角を示す。\n"
    "おおよそ1秒の尻振りが約1キロメートルに当たるとされ、餌場が500メートル先なら振る時間は"
    "半分ほどになる。\n"
    "仲間はダンスに触れて、餌場の場所を読み取る。\n"
    "ハチは巣から最大で10キロメートルの範囲を飛び回る。\n"
)


def test_a_count_of_one_in_a_katakana_unit_is_trivial():
    # 「約［1キロメートル］に当たる」 as 10キロメートル, false by the sentence's own half of 500
    # メートル: a count of one, which is never swapped (round 124's kit).
    corpus = build_corpus(make_article(text=BEES))
    dance = sentence_starting(corpus, "おおよそ1秒の")
    assert build_truefalse(dance, span_of(dance, "1キロメートル"), corpus) is None


GAME = (
    "# 県大会の決勝\n\n"
    "## 先制許すも粘りの攻撃\n\n"
    "湘南学院は初回に2点を先制された。\n"
    "それでも4回に3本の安打をつなぎ、試合を振り出しに戻した。\n"
    "6回には主将の犠飛で勝ち越した。\n"
    "ベンチの選手たちは総立ちで喜んだ。\n\n"
    "## 湘南学院、あと一歩届かず\n\n"
    "8回の同点本塁打について、石田は「甘く入った一球を逃してもらえなかった」と唇をかんだ。\n"
    "延長に入ると、投手の球威は目に見えて落ちた。\n"
    "監督は最後まで継投を考えなかった。\n"
    "選手たちは整列したまま、しばらく動けなかった。\n\n"
    "## 延長10回、サヨナラ打で決着\n\n"
    "10回裏、北陵の4番がサヨナラ打を放った。\n"
    "打球は左中間を深々と破った。\n"
    "北陵は2年ぶりの優勝を決めた。\n"
    "スタンドの応援団は肩を組んで校歌を歌った。\n"
)


def test_a_numeral_of_one_kanji_is_no_heading_noun():
    # 一 of 「一球」 and of the heading's 「一歩」 place nothing (round 124's kit).
    corpus = build_corpus(make_article(text=GAME))
    homer = build_section(sentence_starting(corpus, "8回の同点本塁打"), corpus)
    assert homer is not None and homer.answer == "湘南学院、あと一歩届かず"
