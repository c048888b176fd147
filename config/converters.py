"""Path converters for the URLconfs."""

from django.urls.converters import StringConverter


class TextConverter(StringConverter):
    """A path segment like `str`, without NUL (%00).

    A slug or code goes to the database as text, and PostgreSQL refuses NUL in text:
    such a URL names no page (404), where `str` let it reach a query and fail (500).
    """

    regex = "[^/\x00]+"
