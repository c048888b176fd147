"""Text copied with its HTML: the tags go, the prose stays, a script's or a style's code goes too.

Learners paste from web pages. Markdown leaves a block of raw HTML out altogether (a walker's
「<p>これは<em>HTML</em>の段落です。</p>」 left "no sentences"), and plain text kept the tags
as words (a title 「<p>今日はとても暑いです。」) or a script's code as a sentence. Headings
become Markdown headings and blocks become lines, so the formats' own rules do the rest.
"""

import re
from html.parser import HTMLParser

# Tags of HTML a page's text carries; anything else in angle brackets (<東京>, a < b) is text.
_TAG = re.compile(
    r"</?(?:p|div|br|span|b|i|u|em|strong|small|mark|a|img|h[1-6]|ul|ol|li|dl|dt|dd|table"
    r"|thead|tbody|tr|td|th|section|article|header|footer|main|nav|aside|blockquote|figure"
    r"|figcaption|ruby|rt|rp|script|style|noscript|iframe|html|head|body|title|meta|link)\b[^>]*>",
    re.IGNORECASE,
)
# Whose content is code or a page's furniture, never prose.
_HIDDEN = {"script", "style", "noscript", "template", "iframe", "head", "rt", "rp"}
_BLOCKS = {
    "p", "div", "br", "li", "dt", "dd", "tr", "section", "article", "header", "footer",
    "main", "nav", "aside", "blockquote", "figure", "figcaption", "ul", "ol", "dl", "table",
    "title",
}  # fmt: skip
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "### ", "h5": "### ", "h6": "### "}


def has_html(text: str) -> bool:
    return bool(_TAG.search(text))


def html_as_text(text: str) -> str:
    """The text without its tags: headings as Markdown headings, blocks on lines of their own."""
    reader = _TextOfHtml()
    reader.feed(text)
    reader.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(reader.parts)).strip()


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _HEADINGS:
            self.parts.append("\n\n" + _HEADINGS[tag])
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _HEADINGS or tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)
