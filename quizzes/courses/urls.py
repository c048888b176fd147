from django.urls import path

from quizzes.courses.views import assignments, attempts, courses, reports

app_name = "courses"

urlpatterns = [
    path("", courses.course_list, name="course_list"),
    path("teach/", courses.teach, name="teach"),
    path("new/", courses.course_create, name="course_create"),
    path("join/", courses.join, name="join"),
    path("join/<text:code>/", courses.join_link, name="join_link"),
    path("<int:pk>/", courses.course_detail, name="course_detail"),
    path("<int:pk>/code/", courses.regenerate_code, name="regenerate_code"),
    path(
        "<int:pk>/learners/<int:user_id>/remove/",
        courses.remove_learner,
        name="remove_learner",
    ),
    path("<int:pk>/gradebook/", reports.gradebook_view, name="gradebook"),
    path("<int:pk>/gradebook.csv", reports.gradebook_csv, name="gradebook_csv"),
    path("<int:pk>/assignments/new/", assignments.assignment_create, name="assignment_create"),
    path(
        "<int:pk>/assignments/preview/", assignments.assignment_preview, name="assignment_preview"
    ),
    path("assignments/<int:pk>/", assignments.assignment_detail, name="assignment_detail"),
    path("assignments/<int:pk>/edit/", assignments.assignment_edit, name="assignment_edit"),
    path("assignments/<int:pk>/delete/", assignments.assignment_delete, name="assignment_delete"),
    path("assignments/<int:pk>/start/", assignments.attempt_start, name="attempt_start"),
    path("assignments/<int:pk>/extensions/", assignments.extension_grant, name="extension_grant"),
    path(
        "assignments/<int:pk>/extensions/<int:user_id>/withdraw/",
        assignments.extension_withdraw,
        name="extension_withdraw",
    ),
    path("assignments/<int:pk>/analysis/", reports.item_analysis, name="item_analysis"),
    path(
        "assignments/<int:pk>/questions/<int:question_id>/retire/",
        reports.retire_question,
        name="retire_question",
    ),
    path("assignments/<int:pk>/regrade/", reports.regrade, name="regrade"),
    path("assignments/<int:pk>/responses.csv", reports.responses_csv, name="responses_csv"),
    path("attempts/<int:pk>/", attempts.attempt_view, name="attempt"),
    path("attempts/<int:pk>/answer/", attempts.attempt_answer, name="attempt_answer"),
    path("attempts/<int:pk>/submit/", attempts.attempt_submit, name="attempt_submit"),
]
