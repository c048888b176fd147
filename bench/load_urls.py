"""The project's URLs plus the load test's baseline: a bare view behind the same middleware."""

from django.urls import path

from bench.setup import bare
from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [*project_urlpatterns, path("bench-bare/", bare)]
