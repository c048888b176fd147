"""Issue 9, blind rounds 48–49: a signature line, a decade beside a year, a decade's part, a
statement the title gives, というわけだ, 不思議, a posting date and a note. Each text is our
own."""

import pytest

from content.analysis.glossary import word_senses
from content.generation.builders import build_choice, stands_alone
from content.generation.corpus import build_corpus
from content.generation.distractors import pick_distractors
from content.generation.standing import build_standing_truefalse
from tests.content.sentences import sentence_starting, span_of
from tests.factories import make_article

pytestmark = pytest.mark.django_db

MINE = """# 銅山の町と2027年4月の統合

## 銅山の繁栄

1870年代に鉱山は新しい経営者の手に渡った。
1890年代に入ると産銅量は急増し、1897年には国内の四分の一を占めた。
1920年代には、山あいの町に一万人が暮らしていた。
1980年代末に最後の坑道が閉じられた。
巣箱の蜂は、ダンスの向きで餌場の方角を仲間に伝える。
ダンスが真上から右へ40度傾いていれば、餌場は太陽の右40度にあるというわけだ。
二つの会社は、2027年4月の統合を目指している。

代表取締役社長　森川　隆之
"""


@pytest.fixture
def mine():
    return build_corpus(make_article(text=MINE))


def test_a_signature_is_metadata(mine):
    # 代表取締役社長 was carded from a report's signature (rounds 45 and 48).
    assert sentence_starting(mine, "代表取締役社長").is_metadata


def test_a_decade_beside_a_year_in_its_sentence_is_not_asked(mine):
    item = sentence_starting(mine, "1890年代")
    assert build_choice(item, span_of(item, "1890年代"), mine) is None


def test_a_decades_part_is_no_option_for_a_whole_decade(mine):
    item = sentence_starting(mine, "1920年代")
    options = pick_distractors(
        span_of(item, "1920年代"), corpus=mine, sentence_text=item.sentence.text
    )
    assert options and not any(option.endswith("末") for option in options)


def test_a_statement_the_title_gives_is_no_filler(mine):
    assert build_standing_truefalse(sentence_starting(mine, "二つの会社は"), mine) is None


def test_so_it_is_sums_up_the_sentence_before(mine):
    assert not stands_alone(sentence_starting(mine, "ダンスが真上から"), mine)


def test_fushigi_is_strange_not_wonderful():
    senses = word_senses("不思議")
    assert "strange" in senses and "wonderful" not in senses


@pytest.mark.parametrize(
    "line",
    [
        "2024年11月9日 投稿",  # a posting date (round 49 carded 投稿)
        "※料金や時刻は訪問時のものです。お出かけの際は最新の情報をご確認ください。",  # a note
    ],
)
def test_a_posting_date_and_a_note_are_metadata(line):
    corpus = build_corpus(
        make_article(text=f"# 焼き物の町\n\n## 朝\n\n{line}\n駅前の窯元を訪ねた。\n")
    )
    assert sentence_starting(corpus, line[:6]).is_metadata
