"""Writes for classes: courses and members, assignments, attempts.

Every function checks the rule it enforces and raises `CourseError` with a
translated message for bad input, so views only show it.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from content.models import Article, Question, QuestionStatus, Section
from content.selectors import of_kinds
from quizzes.courses.draws import PoolQuestion, draw, most_drawn, new_seed
from quizzes.courses.due_dates import answers_shown_at, due_for
from quizzes.courses.models import (
    SHOWN_FIELDS,
    Assignment,
    Attempt,
    AttemptAnswer,
    Course,
    Enrollment,
    Extension,
    Mode,
    Role,
    ShowAnswers,
    shown_fields,
)
from quizzes.grading import InvalidResponse, grade
from quizzes.models import CardState, LearnerCard

# Without 0/O, 1/I/L: codes are read aloud and copied from a projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
# Self-rated cards (vocabulary) cannot be graded, so quizzes never draw them.
UNGRADED_KINDS = ("vocab",)


class CourseError(Exception):
    """Bad input from a person: the message is translated and safe to show."""


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(code: str) -> str:
    return "".join(code.split()).upper().replace("-", "")


@transaction.atomic
def create_course(*, instructor, name: str, description: str = "") -> Course:
    course = Course.objects.create(name=name, description=description, join_code=new_join_code())
    Enrollment.objects.create(course=course, user=instructor, role=Role.INSTRUCTOR)
    return course


def regenerate_join_code(*, course: Course) -> Course:
    """A new code; the old one and its share link stop working at once."""
    course.join_code = new_join_code()
    course.save(update_fields=["join_code"])
    return course


@dataclass(frozen=True)
class JoinOutcome:
    course: Course
    joined: bool  # False when already a member


def join_course(*, user, code: str) -> JoinOutcome:
    course = Course.objects.filter(join_code=normalize_code(code)).first()
    if course is None:
        raise CourseError(
            _("No course has this join code. Check it, or ask your instructor for the new one.")
        )
    try:
        with transaction.atomic():
            Enrollment.objects.create(course=course, user=user, role=Role.LEARNER)
    except IntegrityError:
        return JoinOutcome(course=course, joined=False)
    return JoinOutcome(course=course, joined=True)


def remove_learner(*, course: Course, user_id: int) -> bool:
    """Remove a learner from the course. Their attempts and cards stay: nothing they did is lost,
    and joining again brings their grades back."""
    deleted, _rows = Enrollment.objects.filter(
        course=course, user_id=user_id, role=Role.LEARNER
    ).delete()
    return bool(deleted)


@transaction.atomic
def delete_assignment(*, assignment: Assignment) -> None:
    """Delete an assignment made by mistake, while no learner has attempted it.

    A quiz with attempts stays: its grades are the learners' work. A practice has none of
    its own (its reviews are the learners' study cards, which stay), so it may always go.
    """
    locked = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if locked.attempts.exists():
        raise CourseError(
            _("Learners have attempted this quiz: it stays, so that their grades are kept.")
        )
    locked.delete()


@transaction.atomic
def grant_extension(
    *, assignment: Assignment, user_id: int, due_at: datetime, now: datetime
) -> Extension:
    """A later due date for one learner of the course; granting again moves it.

    Attempts already submitted keep their late mark: it says when they came in. An attempt
    in progress that was to close at the due date closes at the new one.
    """
    if not Enrollment.objects.filter(
        course=assignment.course_id, user_id=user_id, role=Role.LEARNER
    ).exists():
        raise CourseError(_("Choose a learner of this course."))
    if due_at <= assignment.due_at:
        raise CourseError(_("An extension must end after the assignment's due date."))
    if assignment.show_answers == ShowAnswers.AFTER_DUE and now >= answers_shown_at(
        assignment=assignment
    ):
        raise CourseError(
            _(
                "This quiz's answers are already shown to the class: with more time, a learner "
                "could take it knowing them."
            )
        )
    extension, _created = Extension.objects.update_or_create(
        assignment=assignment, user_id=user_id, defaults={"due_at": due_at}
    )
    if assignment.show_answers == ShowAnswers.AFTER_DUE:
        for attempt in Attempt.objects.filter(
            assignment=assignment, user_id=user_id, submitted_at__isnull=True
        ):
            attempt.ends_at = attempt_deadline(
                assignment=assignment, started_at=attempt.started_at, due_at=due_at
            )
            attempt.save(update_fields=["ends_at"])
    return extension


def withdraw_extension(*, assignment: Assignment, user_id: int) -> bool:
    deleted, _rows = Extension.objects.filter(assignment=assignment, user_id=user_id).delete()
    return bool(deleted)


def question_pool(
    *, article: Article, sections: list[Section], kinds: list[str], mode: str
) -> QuerySet[Question]:
    """The published questions an assignment may use, in reading order."""
    questions = Question.objects.filter(
        article=article, status=QuestionStatus.PUBLISHED, owner__isnull=True
    )
    if sections:
        questions = questions.filter(section__in=sections)
    if kinds:
        questions = of_kinds(questions, kinds)
    if mode == Mode.QUIZ:
        questions = questions.exclude(kind__in=UNGRADED_KINDS)
    return questions.order_by("section__position", "id")


@transaction.atomic
def save_assignment(
    *, course: Course, assignment: Assignment | None = None, sections: list[Section], **fields
) -> Assignment:
    """Create or update an assignment and fix its pool of questions.

    A quiz draws from the whole pool; practice assigns the first `question_count`
    questions in reading order.
    """
    assignment = assignment or Assignment(course=course)
    for name, value in fields.items():
        setattr(assignment, name, value)
    pool = list(
        question_pool(
            article=assignment.article,
            sections=sections,
            kinds=assignment.kinds,
            mode=assignment.mode,
        ).values_list("pk", flat=True)
    )
    if not pool:
        raise CourseError(_("No published questions match these sections and kinds."))
    if assignment.mode == Mode.PRACTICE:
        pool = pool[: assignment.question_count]
    assignment.save()
    assignment.sections.set(sections)
    assignment.questions.set(pool)
    return assignment


def drawable(assignment: Assignment) -> list[PoolQuestion]:
    """The pool's questions still published (a question retired after saving is not drawn),
    each with its sentence."""
    return list(
        assignment.questions.filter(status=QuestionStatus.PUBLISHED).values_list(
            "pk", "sentence_id"
        )
    )


def attempt_size(*, assignment: Assignment, pool: list[PoolQuestion]) -> int:
    """How many questions an attempt holds: a quiz of 10 from a pool of 6 has 6, fewer where
    two share a sentence (one of a sentence is drawn); a practice studies the whole pool."""
    if not assignment.is_quiz:
        return len(pool)
    return min(assignment.question_count, most_drawn(pool))


def preview_draw(*, assignment: Assignment, seed: int) -> list[int]:
    return draw(pool=drawable(assignment), seed=seed, count=assignment.question_count)


def answers_visible(*, attempt: Attempt, now: datetime) -> bool:
    if not attempt.submitted:
        return False
    assignment = attempt.assignment
    return assignment.show_answers == ShowAnswers.AFTER_SUBMIT or now >= answers_shown_at(
        assignment=assignment
    )


def new_attempt_refusal(
    *, assignment: Assignment, attempts_made: int, now: datetime, due_at: datetime
) -> str:
    """Why the learner may not start another attempt now, or "" if they may. `due_at` is the
    learner's own due date.

    The assignment page asks this too, so that it offers no button that would be refused.
    """
    if not assignment.is_quiz:
        return _("This assignment is practice: study it in the study loop.")
    if now < assignment.opens_at:
        return _("This quiz has not opened yet.")
    if assignment.show_answers == ShowAnswers.AFTER_DUE and now >= due_at:
        return _(
            "The due date has passed: this quiz shows its answers after it, so it takes no more attempts."
        )
    if assignment.max_attempts is not None and attempts_made >= assignment.max_attempts:
        return _("You have used all your attempts at this quiz.")
    return ""


@transaction.atomic
def start_attempt(*, assignment: Assignment, user, now: datetime) -> Attempt:
    """The learner's attempt in progress, or a new one with its questions drawn.

    Refused before the quiz opens, beyond the attempts limit, and after the due
    date when answers are shown then (a late attempt could copy them).
    """
    # Lock the learner's attempts for this assignment so that two tabs cannot both start one.
    attempts = list(
        Attempt.objects.select_for_update()
        .filter(assignment=assignment, user=user)
        .order_by("number")
    )
    open_attempt = next((a for a in attempts if not a.submitted), None)
    if open_attempt is not None:
        close_if_expired(attempt=open_attempt, now=now)
        if not open_attempt.submitted:
            return open_attempt
    due_at = due_for(assignment=assignment, user_id=user.pk)
    refusal = new_attempt_refusal(
        assignment=assignment, attempts_made=len(attempts), now=now, due_at=due_at
    )
    if refusal:
        raise CourseError(refusal)
    seed = new_seed()
    drawn = draw(pool=drawable(assignment), seed=seed, count=assignment.question_count)
    if not drawn:
        raise CourseError(_("This quiz has no published questions yet."))
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                assignment=assignment,
                user=user,
                number=len(attempts) + 1,
                seed=seed,
                started_at=now,
                ends_at=attempt_deadline(assignment=assignment, started_at=now, due_at=due_at),
                max_score=len(drawn),
            )
    except IntegrityError:
        # Another request started one at the same moment: use that one.
        return Attempt.objects.get(assignment=assignment, user=user, submitted_at__isnull=True)
    questions = Question.objects.only(*SHOWN_FIELDS).in_bulk(drawn)
    AttemptAnswer.objects.bulk_create(
        AttemptAnswer(
            attempt=attempt,
            question_id=question_id,
            position=position,
            shown=shown_fields(questions[question_id]),
        )
        for position, question_id in enumerate(drawn, start=1)
    )
    return attempt


def attempt_deadline(
    *, assignment: Assignment, started_at: datetime, due_at: datetime
) -> datetime | None:
    """When an attempt started then stops taking answers: at its time limit and, for a quiz
    whose answers are shown after the due date, at the learner's due date, since a
    classmate's result page then shows every key."""
    limit = assignment.time_limit_minutes
    ends = [started_at + timedelta(minutes=limit)] if limit else []
    if assignment.show_answers == ShowAnswers.AFTER_DUE:
        ends.append(due_at)
    return min(ends, default=None)


def time_is_up(*, attempt: Attempt, now: datetime) -> bool:
    return attempt.ends_at is not None and now >= attempt.ends_at


@transaction.atomic
def save_answer(
    *, attempt: Attempt, question_id: int, response: str, now: datetime
) -> AttemptAnswer:
    """Record (or change) one answer of an attempt in progress; graded on the server at once."""
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.submitted:
        raise CourseError(_("This attempt has already been submitted; nothing was changed."))
    if time_is_up(attempt=attempt, now=now):
        raise CourseError(_("Time is up: answers after the time limit are not recorded."))
    answer = (
        AttemptAnswer.objects.select_related("question")
        .filter(attempt=attempt, question_id=question_id)
        .first()
    )
    if answer is None:
        raise CourseError(_("That question is not part of this attempt."))
    try:
        # Against the question as drawn: the one the learner sees.
        result = grade(answer.shown_question, response)
    except InvalidResponse as error:
        raise CourseError(
            _("Type an answer or choose an option (at most 300 characters).")
        ) from error
    answer.response, answer.correct, answer.answered_at = result.response, result.correct, now
    answer.save(update_fields=["response", "correct", "answered_at"])
    return answer


@dataclass(frozen=True)
class RegradeOutcome:
    answers: int  # answers marked again by their question's current version
    rescored: int  # submitted attempts whose score changed


@transaction.atomic
def regrade_attempts(*, assignment: Assignment) -> RegradeOutcome:
    """Bring every attempt of the quiz to its questions' current versions, as Moodle's regrade.

    An attempt keeps each question as drawn (AttemptAnswer.shown), so an instructor's edit of
    a key changes no grade by itself; this marks each answer whose question changed since
    against its current version, and rescores. An answer no longer among the options is wrong.
    """
    attempts = {
        attempt.pk: attempt
        for attempt in Attempt.objects.select_for_update().filter(assignment=assignment)
    }
    answers = AttemptAnswer.objects.filter(attempt_id__in=attempts).select_related("question")
    regraded = []
    for answer in answers:
        current = shown_fields(answer.question)
        if answer.shown == current:
            continue
        answer.shown = current
        if answer.response:
            try:
                answer.correct = grade(answer.question, answer.response).correct
            except InvalidResponse:
                answer.correct = False
        regraded.append(answer)
    AttemptAnswer.objects.bulk_update(regraded, ["shown", "correct"])
    rescored = []
    for attempt_id in {answer.attempt_id for answer in regraded}:
        attempt = attempts[attempt_id]
        score = attempt.answers.filter(correct=True).count()
        if attempt.submitted and score != attempt.score:
            attempt.score = score
            rescored.append(attempt)
    Attempt.objects.bulk_update(rescored, ["score"])
    return RegradeOutcome(answers=len(regraded), rescored=len(rescored))


@dataclass(frozen=True)
class SubmitOutcome:
    attempt: Attempt
    submitted: bool  # False when it had been submitted already


@transaction.atomic
def submit_attempt(*, attempt: Attempt, now: datetime) -> SubmitOutcome:
    """Score the attempt once; a second submit (double click, replay) changes nothing.

    After the time limit the attempt counts as submitted when time ran out, with
    the answers saved before then. Questions answered wrongly, or not at all,
    enter the learner's own study queue, once the quiz's answers are shown.
    """
    attempt = Attempt.objects.select_for_update().select_related("assignment").get(pk=attempt.pk)
    if attempt.submitted:
        return SubmitOutcome(attempt=attempt, submitted=False)
    submitted_at = min(now, attempt.ends_at) if attempt.ends_at else now
    answers = list(attempt.answers.all())
    attempt.score = sum(1 for answer in answers if answer.correct)
    attempt.submitted_at = submitted_at
    attempt.late = submitted_at > due_for(assignment=attempt.assignment, user_id=attempt.user_id)
    attempt.save(update_fields=["score", "submitted_at", "late"])
    if answers_visible(attempt=attempt, now=now):
        queue_missed(attempt=attempt, now=submitted_at)
    return SubmitOutcome(attempt=attempt, submitted=True)


def queue_missed(*, attempt: Attempt, now: datetime) -> int:
    """The attempt's questions answered wrongly or not at all, into the learner's study queue.

    Not before the quiz's answers are shown: a walker's missed question, studied at once,
    showed its answer half an hour before the due date that was to reveal it. Cards the
    learner has already are left as they are, so asking again adds nothing.
    """
    missed = list(attempt.answers.exclude(correct=True).values_list("question_id", flat=True))
    return queue_for_study(user=attempt.user, question_ids=missed, now=now)


def close_expired_attempts(*, attempts: QuerySet[Attempt], now: datetime) -> int:
    """Submit, as they stood, the attempts among these whose time ran out unseen.

    A learner who closed the tab during a timed quiz may never come back: the teacher's
    results said 「取り組み中」 and the gradebook kept the older grade until they did (a
    walker). Every page that shows attempts closes them first.
    """
    expired = list(
        attempts.filter(submitted_at__isnull=True, ends_at__lte=now).values_list("pk", flat=True)
    )
    for pk in expired:
        submit_attempt(attempt=Attempt(pk=pk), now=now)
    return len(expired)


def close_if_expired(*, attempt: Attempt, now: datetime) -> Attempt:
    """An attempt whose time ran out is submitted as it stood (on the next visit)."""
    if not attempt.submitted and time_is_up(attempt=attempt, now=now):
        return submit_attempt(attempt=attempt, now=now).attempt
    return attempt


def queue_for_study(*, user, question_ids: list[int], now: datetime) -> int:
    """Cards due now for questions the learner has no card for yet.

    Each starts as fsrs starts every card, learning at step 0 with no memory yet, so
    the study loop shows it first as a due card. It is not a "new" card: its first
    review does not spend the learner's daily new-card limit, and the home page does
    not count it as due and new at once (a walker saw both counts fall with each one).
    The learner's existing cards keep their schedules.
    """
    questions = Question.objects.filter(pk__in=set(question_ids)).values_list(
        "pk", "kind", "article_id", "sentence_id"
    )
    cards = [
        LearnerCard(
            user=user,
            question_id=pk,
            kind=kind,
            article_id=article_id,
            sentence_id=sentence_id,
            state=CardState.LEARNING,
            step=0,
            due=now,
        )
        for pk, kind, article_id, sentence_id in questions
    ]
    created = LearnerCard.objects.bulk_create(cards, ignore_conflicts=True)
    return len(created)
