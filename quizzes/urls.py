from django.urls import path

from quizzes.views import exporting, progress, reader, study

app_name = "quizzes"

deck = "study/<text:deck_kind>/<text:deck_key>/"

urlpatterns = [
    path("", study.study_home, name="home"),
    path("due/", study.due_badge, name="due_badge"),
    path("leeches/", study.leech_list, name="leeches"),
    path("cards/<int:pk>/unsuspend/", study.unsuspend, name="unsuspend"),
    path(deck, study.study, name="study"),
    path(f"{deck}answer/", study.answer, name="answer"),
    path(f"{deck}rate/", study.rate, name="rate"),
    path(f"{deck}undo/", study.undo, name="undo"),
    path(f"{deck}kinds/", study.study_kinds, name="study_kinds"),
    path("progress/", progress.dashboard, name="dashboard"),
    path("progress/<int:user_id>/", progress.learner_dashboard, name="learner_dashboard"),
    path("settings/", progress.study_settings, name="settings"),
    path("settings/projection/", progress.projection, name="projection"),
    path("settings/fit/", progress.fit, name="fit"),
    path("settings/my-data.json", exporting.my_data, name="my_data"),
    path("settings/my-reviews.csv", exporting.my_reviews, name="my_reviews"),
    path("words/mine.apkg", exporting.my_words_anki, name="my_words_anki"),
    path("read/coverage/", reader.coverage, name="coverage"),
    path("read/sections/<int:pk>/opened/", reader.section_opened, name="section_opened"),
    path("read/<text:slug>/", reader.article_reader, name="reader"),
    path("read/<text:slug>/settings/", reader.reader_settings, name="reader_settings"),
    path("words/<int:sentence_id>/<int:index>/", reader.word, name="word"),
    path("words/<int:sentence_id>/<int:index>/keep/", reader.keep_word, name="keep_word"),
    path("words/<int:sentence_id>/<int:index>/known/", reader.known_word, name="known_word"),
]
