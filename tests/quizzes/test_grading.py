import pytest

from content.models import Question, QuestionKind
from quizzes.grading import InvalidResponse, grade, suggested_rating
from quizzes.models import Rating


def question(kind=QuestionKind.CLOZE, answer="LLaMA 4", accepted=(), choices=()):
    return Question(
        kind=kind, answer=answer, accepted_answers=list(accepted), choices=list(choices)
    )


@pytest.mark.parametrize("typed", ["LLaMA 4", "llama 4", "ＬＬａＭＡ　４", " LLaMA4 ", "LLaMA 4。"])
def test_typed_answers_are_normalized(typed):
    assert grade(question(), typed).correct


def test_wrong_typed_answer():
    assert not grade(question(), "LLaMA 3").correct


def test_accepted_variants_count():
    assert grade(question(answer="2025年", accepted=["2025"]), "２０２５").correct


def test_readings_accept_katakana_for_hiragana():
    q = question(kind=QuestionKind.READING, answer="としょかん")
    assert grade(q, "トショカン").correct
    assert grade(q, "としょかん").correct
    assert not grade(q, "としょがん").correct
    assert not grade(question(answer="とし"), "トシ").correct, "only readings fold katakana"


@pytest.mark.parametrize("typed", ["roukyuuka", "Roukyuuka", "ｒｏｕｋｙｕｕｋａ"])
def test_a_reading_typed_in_romaji_is_read_as_kana(typed):
    """A walker typed roukyuuka for 老朽化 and was told it was wrong, with no hint why."""
    result = grade(question(kind=QuestionKind.READING, answer="ろうきゅうか"), typed)
    assert result.correct and result.accepted == "ろうきゅうか"


def test_romaji_is_still_graded_as_the_reading_it_spells():
    q = question(kind=QuestionKind.READING, answer="しんぶん")
    assert grade(q, "shimbun").correct and grade(q, "shinbun").correct
    assert not grade(q, "shinpun").correct
    assert not grade(question(answer="しんぶん"), "shinbun").correct, "only readings read romaji"


def test_choices_must_be_one_of_the_options():
    q = question(
        kind=QuestionKind.CHOICE, answer="Meta", choices=["Meta", "OpenAI", "Android", "iOS"]
    )
    assert grade(q, "Meta").correct
    assert not grade(q, "OpenAI").correct
    with pytest.raises(InvalidResponse):
        grade(q, "Google")


@pytest.mark.parametrize("bad", ["", "   ", "あ" * 301])
def test_empty_and_absurdly_long_answers_are_refused(bad):
    with pytest.raises(InvalidResponse):
        grade(question(), bad)


def test_suggested_rating():
    assert suggested_rating(correct=False, duration_ms=1000) == Rating.AGAIN
    assert suggested_rating(correct=True, duration_ms=5000) == Rating.GOOD
    assert suggested_rating(correct=True, duration_ms=60_000) == Rating.HARD


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("600億~650億ドル", "600〜650億ドル"),
        ("600億~650億ドル", "600億～650億ドル"),
        ("600億~650億ドル", "600億－650億ドル"),
        ("600億~650億ドル", "６００億–６５０億ドル"),
        ("2019年〜2021年", "2019~2021年"),
        ("Superintelligence Labs", "superintelligence labs"),
    ],
)
def test_range_marks_width_and_case_are_folded(answer, typed):
    result = grade(question(answer=answer), typed)
    assert result.correct
    assert result.accepted == answer, "the feedback names the spelling that was accepted"


def test_a_different_range_is_still_wrong():
    assert not grade(question(answer="600億~650億ドル"), "600〜660億ドル").correct


def test_an_answer_typed_as_written_names_no_variant():
    assert grade(question(answer="LLaMA 4"), "LLaMA 4").accepted == ""


@pytest.mark.parametrize(
    ("answer", "typed"), [("Android", "アンドロイド"), ("アンドロイド", "android")]
)
def test_latin_names_accept_their_jmdict_katakana_and_the_reverse(answer, typed):
    result = grade(question(answer=answer), typed)
    assert result.correct and result.accepted == answer


def test_katakana_not_glossed_with_the_name_is_wrong():
    assert not grade(question(answer="Android"), "アップル").correct


def test_any_accepted_answer_counts_and_is_named():
    result = grade(
        question(answer="Meta", accepted=["メタ・プラットフォームズ"]), "メタプラットフォームズ"
    )
    assert result.correct and result.accepted == "メタ・プラットフォームズ"


@pytest.mark.parametrize("bad", ["LLaMA\x004", "ab\x07c", "\u202eLLaMA 4", "LL\taMA"])
def test_control_characters_are_refused(bad):
    """Issue 11, finding 7: a NUL was a 500 on PostgreSQL."""
    with pytest.raises(InvalidResponse):
        grade(question(), bad)
