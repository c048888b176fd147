"""Finding 2: questions retired by a re-import come back when their text does."""

import pytest

from content.generation.service import regenerate_questions
from content.models import Question, QuestionStatus, RetiredReason
from content.questions import set_question_status
from quizzes.models import LearnerCard, ReviewLog
from quizzes.selectors import due_count
from tests.factories import SAMPLE_MARKDOWN, import_text, make_article, make_user
from tests.quizzes.study_helpers import study_one

pytestmark = pytest.mark.django_db

V1 = SAMPLE_MARKDOWN
V2 = (
    SAMPLE_MARKDOWN.replace("1987年に開館した", "1990年に開館した")
    .replace("田中一郎", "佐藤花子")
    .replace("約3億円", "約4億円")
    .replace("約5,000点の資料", "約7,000点の写真")
)


def published(article) -> set[int]:
    return set(
        article.questions.filter(status=QuestionStatus.PUBLISHED).values_list("pk", flat=True)
    )


def test_v1_v2_v1_gives_back_the_same_published_set_and_the_learners_cards(client, clock):
    article = make_article(text=V1)
    learner = make_user()
    client.force_login(learner)
    studied = [study_one(client, article).pk for _ in range(8)]
    reviews = ReviewLog.objects.filter(user=learner).count()
    v1_published = published(article)
    counts = [len(v1_published)]

    import_text(text=V2, replacing=article)
    counts.append(len(published(article)))
    retired_cards = LearnerCard.objects.filter(
        user=learner, question__status=QuestionStatus.RETIRED
    )
    assert retired_cards.exists(), "v2 must take some of the learner's questions away"
    assert set(
        Question.objects.filter(pk__in=studied, status=QuestionStatus.RETIRED).values_list(
            "retired_reason", flat=True
        )
    ) == {RetiredReason.VANISHED}

    import_text(text=V1, replacing=article)
    counts.append(len(published(article)))

    assert published(article) == v1_published, counts
    assert counts[0] == counts[2]
    assert not LearnerCard.objects.filter(
        user=learner, question__status=QuestionStatus.RETIRED
    ).exists()
    assert ReviewLog.objects.filter(user=learner).count() == reviews, "history kept"
    assert set(
        LearnerCard.objects.filter(user=learner).values_list("question_id", flat=True)
    ) == set(studied)
    clock.advance(days=60)
    assert due_count(user=learner, now=clock()) == len(set(studied))


def test_a_draft_that_vanished_comes_back_as_a_draft():
    article = make_article(text=V1)
    drafts = set(article.questions.filter(status=QuestionStatus.DRAFT).values_list("pk", flat=True))
    assert drafts
    import_text(text=V2, replacing=article)
    import_text(text=V1, replacing=article)
    assert (
        set(article.questions.filter(status=QuestionStatus.DRAFT).values_list("pk", flat=True))
        == drafts
    )


def test_a_question_an_instructor_retired_stays_retired_through_versions():
    article = make_article(text=V1)
    chosen = article.questions.filter(
        status=QuestionStatus.PUBLISHED, source_text__contains="1987年"
    ).first()
    set_question_status(question=chosen, status=QuestionStatus.RETIRED)
    import_text(text=V2, replacing=article)
    import_text(text=V1, replacing=article)
    regenerate_questions(article=article)
    chosen.refresh_from_db()
    assert chosen.status == QuestionStatus.RETIRED
    assert chosen.retired_reason == RetiredReason.INSTRUCTOR


def test_a_vanished_question_is_not_published_by_hand():
    # Its source is no longer the article's text (a walker published one that read 約300人
    # where the article said 約350人); it comes back by itself with its sentence.
    article = make_article(text=V1)
    import_text(text=V2, replacing=article)
    vanished = article.questions.filter(retired_reason=RetiredReason.VANISHED).first()
    set_question_status(question=vanished, status=QuestionStatus.PUBLISHED)
    vanished.refresh_from_db()
    assert (vanished.status, vanished.retired_reason) == (
        QuestionStatus.RETIRED,
        RetiredReason.VANISHED,
    )


def test_regeneration_reports_what_came_back():
    article = make_article(text=V1)
    import_text(text=V2, replacing=article)
    vanished = article.questions.filter(retired_reason=RetiredReason.VANISHED).count()
    assert vanished
    import_text(text=V1, replacing=article)
    generation = article.generations.first()
    assert generation.counts["restored"] == vanished
