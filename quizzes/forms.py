from django.contrib.auth.forms import UserCreationForm


class SignUpForm(UserCreationForm):
    """Django's own form: a unique username, a confirmed password that passes the validators."""
