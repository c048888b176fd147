"""Authentication backends."""

from axes.backends import AxesStandaloneBackend


class ThrottledBackend(AxesStandaloneBackend):
    """django-axes' lockout check for every login that comes with a request.

    Without a request (the test client's ``login()``, a management shell) there is
    no address to throttle and no form to lock; django-axes would raise, so we step
    aside and let ModelBackend decide. Every HTTP login passes its request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
