"""Who gets through every view: the URLconf is walked, so a new view cannot forget its check.

Five people try every view that is not plain public: an anonymous visitor, a
learner of the course, a learner of another course, an instructor of the course
and an instructor of another course. ACCESS lists, for every named URL, how to
call it and who gets through; the walk fails on a URL missing from it.

"Through" is a 2xx or a redirect that is not to the login page; everyone else
must get 403 or 404 (anonymous visitors: a redirect to log in, or 403/404/405).
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from content.models import QuestionStatus, QuestionUpload
from content.reading import words_of
from content.spreadsheet.importing import start_upload
from quizzes.courses.models import Enrollment, Role
from quizzes.courses.services import save_answer, start_attempt, submit_attempt
from quizzes.models import LearnerCard
from tests.factories import make_article, make_assignment, make_course, make_user

pytestmark = pytest.mark.django_db

PEOPLE = ("anonymous", "learner", "other_learner", "instructor", "other_instructor")
SIGNED_IN = {"learner", "other_learner", "instructor", "other_instructor"}
INSTRUCTORS = {"instructor", "other_instructor"}
COURSE = {"learner", "instructor"}
TEACHER = {"instructor"}
LEARNER = {"learner"}

# Public pages: anyone, signed in or not.
PUBLIC = {"home", "login", "signup", "logout", "set_language", "courses:join_link"}


class World:
    def __init__(self):
        self.people = {
            "learner": make_user(username="learner-a"),
            "other_learner": make_user(username="learner-b"),
            "instructor": make_user(username="teacher-a", instructor=True),
            "other_instructor": make_user(username="teacher-b", instructor=True),
        }
        p = self.people
        self.course = make_course(instructor=p["instructor"], learners=[p["learner"]])
        self.spare = make_user(username="spare")
        Enrollment.objects.create(course=self.course, user=self.spare, role=Role.LEARNER)
        self.other_course = make_course(
            instructor=p["other_instructor"], learners=[p["other_learner"]], name="別のコース"
        )
        self.article = make_article(user=p["instructor"], visibility="courses")
        self.quiz = make_assignment(course=self.course, article=self.article, question_count=3)
        now = timezone.now()
        self.attempt = start_attempt(assignment=self.quiz, user=p["learner"], now=now)
        first = self.attempt.answers.select_related("question").first()
        save_answer(
            attempt=self.attempt,
            question_id=first.question_id,
            response=first.question.answer,
            now=now,
        )
        submit_attempt(attempt=self.attempt, now=now)
        self.question = self.article.questions.filter(status=QuestionStatus.PUBLISHED).first()
        self.card = LearnerCard.objects.filter(user=p["learner"]).first()
        self.section = self.question.section
        self.sentence = self.question.sentence
        # A word the look-up can open: the first one the reader links.
        self.word_index = next(word.index for word in words_of(self.sentence) if word.lookup)
        # One pending spreadsheet per action that ends it, so each finds its own
        # (start_upload keeps one per article and instructor: the others are copies).
        rows = "".join(f"choice,1,確認の問題{n},はい,,はい|いいえ|たぶん|不明,\n" for n in (1, 2))
        data = f"kind,section,prompt,answer,accepted answers,options,explanation\n{rows}"
        first = start_upload(
            article=self.article, user=p["instructor"], filename="q.csv", data=data.encode()
        )
        self.uploads = {"edit": first}
        for action in ("cancel", "confirm"):
            self.uploads[action] = QuestionUpload.objects.create(
                article=self.article, uploaded_by=p["instructor"], filename="q.csv", rows=first.rows
            )


def _a(w):
    return {"slug": w.article.slug}


def _upload(action):
    return lambda w: {"slug": w.article.slug, "pk": w.uploads[action].pk}


def _upload_row(w):
    return {"slug": w.article.slug, "pk": w.uploads["edit"].pk, "index": 0}


def _word(w):
    return {"sentence_id": w.sentence.pk, "index": w.word_index}


def _deck(w):
    return {"deck_kind": "article", "deck_key": w.article.slug}


# name: (method, kwargs from the world, who gets through)
ACCESS = {
    "password_change": ("GET", None, SIGNED_IN),
    "password_change_done": ("GET", None, SIGNED_IN),
    # Articles
    "content:article_list": ("GET", None, SIGNED_IN),
    "content:article_import": ("GET", None, SIGNED_IN),
    "content:article_detail": ("GET", _a, COURSE),
    "content:question_review": ("GET", _a, TEACHER),
    "content:question_write": ("GET", _a, TEACHER),
    "content:questions_bulk": ("POST", _a, TEACHER),
    "content:article_archive": ("POST", _a, TEACHER),
    "content:article_delete": ("GET", _a, TEACHER),
    "content:question_edit": ("GET", lambda w: {"pk": w.question.pk}, TEACHER),
    "content:question_status": ("POST", lambda w: {"pk": w.question.pk}, TEACHER),
    "content:question_resolve": ("POST", lambda w: {"pk": w.question.pk}, TEACHER),
    "content:question_flag": ("POST", lambda w: {"pk": w.question.pk}, COURSE),
    "content:article_generate": ("POST", _a, TEACHER),
    "content:article_new_version": ("GET", _a, TEACHER),
    # Exports: an Anki deck for every reader, the rest for the article's owner
    "content:article_anki": ("GET", _a, COURSE),
    "content:article_moodle": ("GET", _a, TEACHER),
    "content:article_questions_csv": ("GET", _a, TEACHER),
    # Questions from a spreadsheet: the article's owner, on their own uploads
    "content:question_upload": ("GET", _a, TEACHER),
    "content:question_upload_template": ("GET", _a, TEACHER),
    "content:question_upload_preview": ("GET", _upload("edit"), TEACHER),
    "content:question_upload_row": ("GET", _upload_row, TEACHER),
    "content:question_upload_remove_row": ("POST", _upload_row, TEACHER),
    "content:question_upload_confirm": ("POST", _upload("confirm"), TEACHER),
    "content:question_upload_cancel": ("POST", _upload("cancel"), TEACHER),
    # Studying and progress
    "quizzes:home": ("GET", None, SIGNED_IN),
    "quizzes:due_badge": ("GET", None, SIGNED_IN),
    "quizzes:leeches": ("GET", None, SIGNED_IN),
    "quizzes:unsuspend": ("POST", lambda w: {"pk": w.card.pk}, LEARNER),
    "quizzes:study": ("GET", _deck, COURSE),
    "quizzes:study_kinds": ("POST", _deck, COURSE),
    "quizzes:answer": ("POST", _deck, COURSE),
    "quizzes:rate": ("POST", _deck, set()),  # an empty rating is refused (400) for everyone
    "quizzes:undo": ("POST", _deck, COURSE),
    "quizzes:dashboard": ("GET", None, SIGNED_IN),
    "quizzes:learner_dashboard": (
        "GET",
        lambda w: {"user_id": w.people["learner"].pk},
        COURSE,
    ),
    "quizzes:settings": ("GET", None, SIGNED_IN),
    "quizzes:projection": ("GET", None, SIGNED_IN),
    "quizzes:fit": ("POST", None, SIGNED_IN),
    "quizzes:my_data": ("GET", None, SIGNED_IN),
    "quizzes:my_reviews": ("GET", None, SIGNED_IN),
    "quizzes:my_words_anki": ("GET", None, SIGNED_IN),
    # Reading
    "quizzes:reader": ("GET", _a, COURSE),
    "quizzes:reader_settings": ("POST", _a, COURSE),  # an empty mode is refused (400)
    "quizzes:coverage": ("GET", None, SIGNED_IN),
    "quizzes:section_opened": ("POST", lambda w: {"pk": w.section.pk}, COURSE),
    "quizzes:word": ("GET", _word, COURSE),
    "quizzes:keep_word": ("POST", _word, COURSE),
    "quizzes:known_word": ("POST", _word, COURSE),
    # Courses
    "courses:course_list": ("GET", None, SIGNED_IN),
    "courses:teach": ("GET", None, INSTRUCTORS),
    "courses:course_create": ("POST", None, INSTRUCTORS),  # an empty name re-renders, 400
    "courses:join": ("POST", None, SIGNED_IN),
    "courses:course_detail": ("GET", lambda w: {"pk": w.course.pk}, COURSE),
    "courses:regenerate_code": ("POST", lambda w: {"pk": w.course.pk}, TEACHER),
    "courses:remove_learner": (
        "POST",
        lambda w: {"pk": w.course.pk, "user_id": w.spare.pk},
        TEACHER,
    ),
    "courses:gradebook": ("GET", lambda w: {"pk": w.course.pk}, TEACHER),
    "courses:gradebook_csv": ("GET", lambda w: {"pk": w.course.pk}, TEACHER),
    "courses:assignment_create": ("GET", lambda w: {"pk": w.course.pk}, TEACHER),
    "courses:assignment_preview": ("GET", lambda w: {"pk": w.course.pk}, TEACHER),
    "courses:assignment_detail": ("GET", lambda w: {"pk": w.quiz.pk}, COURSE),
    "courses:assignment_edit": ("GET", lambda w: {"pk": w.quiz.pk}, TEACHER),
    # The quiz has an attempt, so the instructor's delete is refused with a message.
    "courses:assignment_delete": ("POST", lambda w: {"pk": w.quiz.pk}, TEACHER),
    "courses:attempt_start": ("POST", lambda w: {"pk": w.quiz.pk}, LEARNER),
    "courses:extension_grant": ("POST", lambda w: {"pk": w.quiz.pk}, TEACHER),
    "courses:extension_withdraw": (
        "POST",
        lambda w: {"pk": w.quiz.pk, "user_id": w.spare.pk},
        TEACHER,
    ),
    "courses:item_analysis": ("GET", lambda w: {"pk": w.quiz.pk}, TEACHER),
    "courses:responses_csv": ("GET", lambda w: {"pk": w.quiz.pk}, TEACHER),
    "courses:regrade": ("POST", lambda w: {"pk": w.quiz.pk}, TEACHER),
    "courses:retire_question": (
        "POST",
        lambda w: {"pk": w.quiz.pk, "question_id": w.quiz.questions.first().pk},
        TEACHER,
    ),
    "courses:attempt": ("GET", lambda w: {"pk": w.attempt.pk}, COURSE),
    "courses:attempt_answer": ("POST", lambda w: {"pk": w.attempt.pk}, LEARNER),
    "courses:attempt_submit": ("POST", lambda w: {"pk": w.attempt.pk}, LEARNER),
}
# Views that refuse their empty test request with 400 for those who get through.
BAD_REQUEST_WHEN_THROUGH = {
    "courses:course_create",
    "courses:extension_grant",
    "quizzes:rate",
    "content:question_status",
    "quizzes:reader_settings",
}


def named_urls(resolver: URLResolver | None = None, prefix: str = "") -> set[str]:
    names = set()
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue  # Django's admin checks staff itself
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            names |= named_urls(entry, namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(prefix + entry.name)
    return names


def test_every_view_is_in_the_access_table():
    missing = named_urls() - set(ACCESS) - PUBLIC
    assert not missing, f"Add these views to ACCESS with who may use them: {sorted(missing)}"
    assert not set(ACCESS) - named_urls(), "ACCESS lists views that no longer exist"


def call(client, name, world):
    method, kwargs, _allowed = ACCESS[name]
    url = reverse(name, kwargs=kwargs(world) if kwargs else None)
    return client.get(url) if method == "GET" else client.post(url, {})


def through(response) -> bool:
    if response.status_code in (301, 302):
        return not response.url.startswith("/accounts/login/")
    return 200 <= response.status_code < 300


@pytest.mark.parametrize("person", PEOPLE)
def test_permission_matrix(client, person):
    world = World()
    if person != "anonymous":
        client.force_login(world.people[person])
    wrong = []
    for name in sorted(ACCESS):
        allowed = person in ACCESS[name][2]
        response = call(client, name, world)
        if allowed:
            expected = (
                response.status_code == 400
                if name in BAD_REQUEST_WHEN_THROUGH
                else through(response)
            )
        elif person == "anonymous":
            expected = not through(response) and response.status_code in (302, 403, 404, 405)
        else:
            expected = response.status_code in (403, 404) or (
                name in BAD_REQUEST_WHEN_THROUGH and response.status_code in (400, 403, 404)
            )
        if not expected:
            wrong.append(f"{name}: {response.status_code}")
    assert not wrong, f"{person} got the wrong answer from: {wrong}"
