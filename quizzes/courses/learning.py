"""The learning's answers to content's questions (see content/learning.py), installed
from QuizzesConfig.ready()."""

from django.db.models import OuterRef, QuerySet, Subquery

from content.learning import Learning
from content.models import Question
from quizzes.courses.models import Assignment, Enrollment, Role
from quizzes.models import LearnerCard


class CourseLearning(Learning):
    def course_owner_ids(self, *, user) -> QuerySet:
        # One subquery with a join (not a subquery inside a subquery): every study request
        # decides visibility, and building the nested form cost it a millisecond.
        return Enrollment.objects.filter(
            role=Role.INSTRUCTOR, course__enrollments__user=user
        ).values("user")

    def in_use(self, *, article_id: int) -> bool:
        return (
            LearnerCard.objects.filter(question__article_id=article_id).exists()
            or Assignment.objects.filter(article_id=article_id).exists()
        )

    def questions_moved(self, *, question_ids: list[int]) -> None:
        # The cards' copy of the sentence (LearnerCard.sentence) follows its question.
        sentence = Question.objects.filter(pk=OuterRef("question_id")).values("sentence_id")[:1]
        LearnerCard.objects.filter(question_id__in=question_ids).update(
            sentence_id=Subquery(sentence)
        )

    def questions_succeeded(self, *, pairs: list[tuple[int, int]]) -> None:
        # A learner's card (and its reviews, which hang on it) moves unless they already hold
        # one of the new question; an assignment holds the new question where it held the old.
        through = Assignment.questions.through
        for old, new in pairs:
            sentence = Question.objects.filter(pk=new).values("sentence_id")[:1]
            LearnerCard.objects.filter(question_id=old).exclude(
                user__in=LearnerCard.objects.filter(question_id=new).values("user")
            ).update(question_id=new, sentence_id=Subquery(sentence))
            through.objects.filter(question_id=old).exclude(
                assignment__in=through.objects.filter(question_id=new).values("assignment")
            ).update(question_id=new)
