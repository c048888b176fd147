"""A compiled query returns what its queryset returns, for any values and any shape."""

from datetime import timedelta

import pytest
from django.db.models import F
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config.compiled_queries import CompiledQuery, named_placeholders
from content.models import Question, QuestionStatus, Section
from content.selectors import articles_visible_to
from quizzes.decks import VISIBLE_ARTICLE, Deck, own_words_deck
from quizzes.models import (
    CardState,
    Grading,
    KnownWord,
    LearnerCard,
    LearnerSettings,
    ReviewLog,
)
from quizzes.queue import NEXT_DUE_CARD, next_due_cards
from quizzes.scheduling import CARD_COLUMNS
from quizzes.selectors import (
    GRADING_OF_SHOWN_CARD,
    SHOWN_ARTICLE_QUESTION,
    SHOWN_QUESTION,
    card_of_shown,
    learner_of_shown,
    shown_question,
)
from quizzes.services import LOCKED_CARD, locked_card
from tests.factories import make_article, make_course, make_user

pytestmark = pytest.mark.django_db

COMPARED = ("pk", "question_id", "state", "due", "stability", "suspended")


def as_compared(cards):
    return [
        (
            *(getattr(card, name) for name in COMPARED),
            card.question.prompt,
            card.question.kind,
            card.due_count,
            card.done,
            card.introduced,
        )
        for card in cards
    ]


@pytest.fixture
def deck_material():
    article = make_article()
    questions = list(Question.objects.filter(article=article, status=QuestionStatus.PUBLISHED))
    assert len(questions) > 10
    return article, questions, make_user(), make_user()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    deck_kind=st.sampled_from(["article", "section", "owner"]),
    kinds=st.lists(st.sampled_from(["cloze", "choice", "truefalse", "vocab", "reading"]))
    .map(sorted)
    .map(tuple),
    since_minutes=st.integers(0, 60 * 30),
)
def test_compiled_next_due_card_equals_the_queryset(
    deck_material, data, deck_kind, kinds, since_minutes
):
    article, questions, user, other = deck_material
    LearnerCard.objects.all().delete()
    now = timezone.now()
    chosen = data.draw(st.lists(st.sampled_from(questions), unique=True, max_size=12))
    for question in chosen:
        owner = data.draw(st.sampled_from([user, other]))
        card = LearnerCard.objects.create(
            user=owner,
            question=question,
            state=data.draw(st.sampled_from(list(CardState))),
            due=now + timedelta(minutes=data.draw(st.integers(-3000, 3000))),
            suspended=data.draw(st.booleans()),
            stability=data.draw(st.floats(0.1, 100)),
        )
        for shown in range(data.draw(st.integers(0, 2))):
            ReviewLog.objects.create(
                card=card,
                user=owner,
                kind=question.kind,
                rating=3,
                reviewed_at=now - timedelta(minutes=data.draw(st.integers(0, 3000))),
                study_day=now.date(),
                duration_ms=1000,
                state_before=data.draw(st.sampled_from([CardState.NEW, CardState.REVIEW])),
                card_before={},
                shown_reps=shown,
            )
    section_id = questions[0].section_id if deck_kind == "section" else None
    values = {
        "user_id": user.pk,
        "article_id": None if deck_kind == "owner" else article.pk,
        "section_id": section_id,
        "owner_id": user.pk if deck_kind == "owner" else None,
        "kinds": kinds,
        "now": now,
        "since": now - timedelta(minutes=since_minutes),
        "day_start": now - timedelta(hours=5),
    }
    assert as_compared(NEXT_DUE_CARD.models(**values)) == as_compared(next_due_cards(**values))


def test_each_shape_compiles_once_and_binds_values_after(deck_material, django_assert_num_queries):
    _, questions, user, _ = deck_material
    now = timezone.now()
    for question in questions[:3]:
        LearnerCard.objects.create(user=user, question=question, due=now - timedelta(hours=1))
    query = CompiledQuery(
        lambda *, user_id, kinds, before: LearnerCard.objects.filter(
            user_id=user_id, due__lt=before, **({"question__kind__in": kinds} if kinds else {})
        ).order_by("pk")
    )
    every = [card.pk for card in LearnerCard.objects.filter(user=user).order_by("pk")]
    with django_assert_num_queries(1):
        assert [card.pk for card in query.models(user_id=user.pk, kinds=(), before=now)] == every
    assert query.models(user_id=user.pk, kinds=(), before=now - timedelta(days=1)) == []
    assert query.models(user_id=user.pk + 1000, kinds=(), before=now) == []
    kind = questions[0].kind
    only = [c.pk for c in LearnerCard.objects.filter(user=user, question__kind=kind).order_by("pk")]
    assert [card.pk for card in query.models(user_id=user.pk, kinds=(kind,), before=now)] == only
    # One statement for each shape: no kinds, and one kind.
    assert len(query._cache) == 2
    assert query.rows(user_id=user.pk, kinds=(), before=now)[0][0] == every[0]


def test_a_shape_argument_is_written_into_the_statement_once_for_each_value(deck_material):
    """A slice's bound cannot be bound: named in `shape`, each value compiles its own statement."""
    article, _, _, _ = deck_material
    query = CompiledQuery(
        lambda *, article_id, limit: Question.objects.filter(article_id=article_id).order_by("pk")[
            :limit
        ],
        shape=("limit",),
    )
    every = sorted(Question.objects.filter(article=article).values_list("pk", flat=True))
    for limit in (1, 3, 1):
        assert [q.pk for q in query.models(article_id=article.pk, limit=limit)] == every[:limit]
    assert len(query._cache) == 2
    unbound = CompiledQuery(query.build)
    with pytest.raises(TypeError, match="transforms"):
        unbound.models(article_id=article.pk, limit=3)


def test_a_value_the_queryset_transforms_cannot_be_bound(deck_material):
    query = CompiledQuery(lambda *, text: Question.objects.filter(prompt__contains=text))
    with pytest.raises(TypeError, match="transforms"):
        query.models(text="港")


def test_placeholders_are_named_and_a_literal_percent_stays(deck_material):
    """A compiled statement runs with named placeholders; the `%%` Django writes for a literal
    percent sign (here the LIKE pattern around a column) still reaches the database as `%`."""
    article, questions, _, _ = deck_material
    Question.objects.filter(pk=questions[0].pk).update(prompt=f"{questions[0].answer} 100%")
    query = CompiledQuery(
        lambda *, article_id, text: Question.objects.filter(
            article_id=article_id, prompt__contains=F("answer")
        ).exclude(prompt=text)
    )
    expected = Question.objects.filter(article=article, prompt__contains=F("answer"))
    assert expected.exists()
    assert sorted(q.pk for q in query.models(article_id=article.pk, text="x")) == sorted(
        expected.values_list("pk", flat=True)
    )
    assert query.models(article_id=article.pk + 1000, text="x") == []
    assert named_placeholders("a = %s AND b LIKE '%%' || c AND d = %s", 2) == (
        "a = %(p0)s AND b LIKE '%%' || c AND d = %(p1)s",
        ("p0", "p1"),
    )
    with pytest.raises(TypeError, match="placeholders"):
        named_placeholders("a = %s", 2)


def test_the_compiled_deck_read_sees_what_articles_visible_to_sees():
    owner = make_user(instructor=True)
    member, stranger = make_user(), make_user()
    admin = make_user(is_superuser=True)
    make_course(instructor=owner, learners=[member])
    articles = [
        make_article(user=owner, visibility=visibility, title=f"記事 {visibility}")
        for visibility in ("everyone", "courses", "private")
    ]
    for person in (owner, member, stranger, admin):
        visible = set(articles_visible_to(user=person).values_list("pk", flat=True))
        for article in articles:
            found = VISIBLE_ARTICLE.models(
                user_id=person.pk, is_superuser=person.is_superuser, slug=article.slug
            )
            assert [a.pk for a in found] == ([article.pk] if article.pk in visible else [])
            assert "original_text" not in found[0].__dict__ if found else True
    assert VISIBLE_ARTICLE.models(user_id=member.pk, is_superuser=False, slug="no-such") == []


def test_a_queryset_that_can_match_nothing_runs_no_statement(django_assert_num_queries):
    query = CompiledQuery(lambda *, user_id: LearnerCard.objects.filter(user_id=user_id).none())
    with django_assert_num_queries(0):
        assert query.models(user_id=1) == []


def test_the_answer_reads_find_only_the_decks_questions(deck_material):
    article, questions, user, other = deck_material
    elsewhere = make_article(text="# 別\n\n## 一\n\n渓谷を散策した。渓流で釣りをした。\n")
    stranger = Question.objects.filter(article=elsewhere, status=QuestionStatus.PUBLISHED).first()
    studied, new = questions[0], questions[1]
    # Keys that differ from one another (SQLite starts every test's keys at 1): a card built
    # with its key, learner and question in the wrong places must not pass as right.
    for question in questions[2:5]:
        LearnerCard.objects.create(user=other, question=question, due=timezone.now())
    LearnerCard.objects.create(user=user, question=studied, due=timezone.now())
    decks = [Deck(article=article), Deck(article=elsewhere), own_words_deck(user=user)]
    section = Section.objects.get(pk=studied.section_id)
    decks.append(Deck(article=article, section=section))
    for deck in decks:
        for question in (studied, new, stranger):
            for person in (user, other):
                plain_question = Question.objects.filter(pk=question.pk, **deck.question_filter())
                plain_card = LearnerCard.objects.filter(user=person, question=question).first()
                compiled = SHOWN_QUESTION.models(
                    user_id=person.pk, question_id=question.pk, **deck.ids()
                )
                assert [q.pk for q in compiled] == [q.pk for q in plain_question]
                assert all(q.sentence.pk == q.sentence_id for q in compiled)
                if compiled:
                    card = card_of_shown(compiled[0], user_id=person.pk)
                    if plain_card is None:
                        assert card is None
                    else:
                        assert (card.pk, card.user_id, card.question_id) == (
                            plain_card.pk,
                            person.pk,
                            question.pk,
                        )
                        assert [getattr(card, n) for n in CARD_COLUMNS] == [
                            getattr(plain_card, n) for n in CARD_COLUMNS
                        ]


def test_a_small_integer_field_binds(deck_material):
    _, questions, user, _ = deck_material
    for state, question in zip((CardState.NEW, CardState.REVIEW), questions, strict=False):
        LearnerCard.objects.create(user=user, question=question, state=state, due=timezone.now())
    query = CompiledQuery(
        lambda *, user_id, state: LearnerCard.objects.filter(user_id=user_id, state=state)
    )
    for state in (CardState.NEW, CardState.REVIEW, CardState.RELEARNING):
        expected = list(LearnerCard.objects.filter(user=user, state=state).values_list("pk"))
        assert [(c.pk,) for c in query.models(user_id=user.pk, state=int(state))] == expected


def test_the_rating_reads_find_only_the_decks_card_and_the_shown_cards_grading(deck_material):
    article, questions, user, other = deck_material
    elsewhere = make_article(text="# 別\n\n## 一\n\n渓谷を散策した。渓流で釣りをした。\n")
    stranger = Question.objects.filter(article=elsewhere, status=QuestionStatus.PUBLISHED).first()
    for person in (user, other):
        for question in (questions[0], stranger):
            LearnerCard.objects.create(user=person, question=question, due=timezone.now())
    section = Section.objects.get(pk=questions[0].section_id)
    decks = [None, Deck(article=article), Deck(article=elsewhere), own_words_deck(user=user)]
    decks.append(Deck(article=article, section=section))
    for deck in decks:
        ids = deck.ids() if deck else {"article_id": None, "section_id": None, "owner_id": None}
        for question in (questions[0], questions[1], stranger):
            for person in (user, other):
                values = {"user_id": person.pk, "question_id": question.pk, **ids}
                plain = list(locked_card(**values))
                compiled = LOCKED_CARD.models(**values)
                assert [(c.pk, c.question.pk) for c in compiled] == [
                    (c.pk, c.question.pk) for c in plain
                ]
    Grading.objects.create(user=user, question=questions[0], shown_reps=2, response="一")
    Grading.objects.create(user=other, question=questions[0], shown_reps=2, response="二")
    found = GRADING_OF_SHOWN_CARD.models(user_id=user.pk, question_id=questions[0].pk, shown_reps=2)
    assert [g.response for g in found] == ["一"]
    assert not GRADING_OF_SHOWN_CARD.models(
        user_id=user.pk, question_id=questions[0].pk, shown_reps=3
    )


def test_models_hold_what_the_querysets_models_hold(deck_material):
    """Instances built from every field's value (DEFERRED where unread) are the ORM's own:
    the same loaded values, the same deferred fields, the same related objects."""
    article, questions, user, _ = deck_material
    LearnerCard.objects.create(user=user, question=questions[0], due=timezone.now())

    def loaded(instance):
        return {k: v for k, v in instance.__dict__.items() if k != "_state"}

    for question in questions[:2]:
        values = {
            "user_id": user.pk,
            "question_id": question.pk,
            **Deck(article=article).ids(),
        }
        queryset = shown_question(**values)
        [plain], [compiled] = list(queryset), SHOWN_QUESTION.models(**values)
        assert loaded(compiled) == loaded(plain)
        assert compiled.get_deferred_fields() == plain.get_deferred_fields()
        assert not compiled._state.adding and compiled._state.db == "default"
        for related in ("sentence", "article"):
            assert loaded(getattr(compiled, related)) == loaded(getattr(plain, related))
            assert (
                getattr(compiled, related).get_deferred_fields()
                == getattr(plain, related).get_deferred_fields()
            )
        assert compiled.source_text == question.source_text  # a column read
        assert compiled.prompt == question.prompt  # a deferred one, read when asked for


def test_an_article_answers_read_finds_what_visibility_and_the_deck_allow(deck_material):
    """The answer's one statement in an article deck: the question only when the person may see
    the article (as `articles_visible_to` decides) and it is that deck's, with the learner's
    card and settings as they are stored."""
    article, questions, user, other = deck_material
    owner = make_user(instructor=True)
    private = make_article(
        user=owner, visibility="private", text="# 私\n\n## 一\n\n渓谷を散策した。"
    )
    shared = make_article(
        user=owner, visibility="courses", text="# 共\n\n## 一\n\n渓流で釣りをした。"
    )
    make_course(instructor=owner, learners=[user])
    admin = make_user(is_superuser=True)
    studied = questions[0]
    LearnerCard.objects.create(user=user, question=studied, due=timezone.now(), stability=3.5)
    learner = LearnerSettings.objects.create(
        user=user, desired_retention=0.85, fsrs_parameters=[0.5] * 21, study_kinds=["cloze"]
    )
    KnownWord.objects.create(user=user, lemma="港町")
    candidates = [
        studied,
        questions[1],
        *Question.objects.filter(article__in=[private, shared], status=QuestionStatus.PUBLISHED),
    ]
    for person in (user, other, owner, admin):
        visible = set(articles_visible_to(user=person).values_list("slug", flat=True))
        for deck_article in (article, private, shared):
            for question in candidates:
                found = SHOWN_ARTICLE_QUESTION.models(
                    user_id=person.pk,
                    is_superuser=person.is_superuser,
                    slug=deck_article.slug,
                    question_id=question.pk,
                )
                expected = deck_article.slug in visible and question.article_id == deck_article.pk
                assert [q.pk for q in found] == ([question.pk] if expected else [])
                if not found:
                    continue
                assert found[0].article.title == deck_article.title
                card = card_of_shown(found[0], user_id=person.pk)
                plain_card = LearnerCard.objects.filter(user=person, question=question).first()
                assert (card and card.pk) == (plain_card and plain_card.pk)
                read = learner_of_shown(found[0], user_id=person.pk)
                if person != user:
                    assert read is None, "no settings row yet"
                    continue
                stored = LearnerSettings.objects.get(pk=learner.pk)
                for field in LearnerSettings._meta.concrete_fields:
                    assert getattr(read, field.attname) == getattr(stored, field.attname)
                assert read.knows_words is True
                assert not read._state.adding
