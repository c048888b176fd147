"""An interviewee's line as a true statement about them (issue 9: interview sections had no
true/false question, for every answer leaves its speaker unnamed). Each text is our own."""

import pytest

from content.generation.attributed import build_attributed_truefalse
from content.generation.corpus import build_corpus
from tests.factories import make_article

pytestmark = pytest.mark.django_db

INTERVIEW = """# 和紙を漉く――職人・森川咲子さんに聞く

（聞き手・構成　編集部　高田 翼）

## 紙漉きの一日

山あいの集落で、森川咲子（もりかわ さきこ）さんは三十年、和紙を漉いてきた。

――朝は何時から仕事を始めるのですか。

「冬は朝五時に起きて、まず川の水で楮を洗います。
最近は、手漉きの紙を買いに来るお客さんも増えました。
いちばん売れるのは、薄い便箋でした。
私は昼過ぎまで、ずっと漉き舟の前に立っています。
そういう日は、夕方には腕が上がらなくなります。」
"""


def _item(corpus, opening: str):
    return next(
        item for item in corpus.sentences if item.sentence.text.lstrip("「").startswith(opening)
    )


def test_the_interviewee_is_the_person_named_with_san_outside_the_credits():
    corpus = build_corpus(make_article(text=INTERVIEW))
    assert corpus.interviewee == "森川"


def test_a_line_with_no_subject_of_its_own_is_said_of_the_interviewee():
    corpus = build_corpus(make_article(text=INTERVIEW))
    draft = build_attributed_truefalse(_item(corpus, "冬は朝五時に"), corpus)
    assert draft is not None and draft.answer == "true" and draft.extra["held"]
    assert draft.prompt == "森川さんは、冬は朝五時に起きて、まず川の水で楮を洗います。"


@pytest.mark.parametrize(
    "opening",
    [
        "最近は、",  # the customers are its subject
        "いちばん売れるのは",  # a noun's predicate: the person is no letter paper
        "私は",  # the speaker's own word
        "そういう日は",  # a pointer
        "山あいの集落で",  # the narrator's plain line
    ],
)
def test_no_line_about_something_else_in_the_speakers_voice_or_pointing_back(opening):
    corpus = build_corpus(make_article(text=INTERVIEW))
    assert build_attributed_truefalse(_item(corpus, opening), corpus) is None


def test_an_article_that_is_no_interview_has_no_interviewee():
    text = "# 和紙の町\n\n## 紙漉き\n\n森川咲子さんは、三十年和紙を漉いてきた。\n冬は朝五時から仕事を始める。\n"
    assert build_corpus(make_article(text=text)).interviewee is None


BREWER = """# 家業の蔵を継いだ杜氏、森川早紀さん

山あいの森川酒造は、明治元年に創業した小さな酒蔵だ。

## 杜氏の仕事を覚える

――仕事はどうやって覚えたのですか。

「前の杜氏の古田さんの下で、三冬、ずっと横について回りました。
古田さんは口数の少ない人で、聞いても『見とれ』しか言わない。
最後は古田さんに電話して、少し落ち着きました。
毎日、温度や水の量を全部ノートに書き留めていました」
"""


def test_the_title_names_the_interviewee_before_the_people_the_answers_name():
    # 古田さん, the predecessor, is named three times in the answers; the title names her.
    corpus = build_corpus(make_article(text=BREWER))
    assert corpus.interviewee == "森川"
    draft = build_attributed_truefalse(_item(corpus, "毎日、温度"), corpus)
    # The answer's last line ends at its bracket; the statement ends as a sentence.
    assert draft.prompt == "森川さんは、毎日、温度や水の量を全部ノートに書き留めていました。"
