"""Rich text from a web application (an HTML fragment, or Markdown) as plain text.

Nothing is rendered, fetched or run: tags are dropped, entities are decoded, the text of
``<script>`` and ``<style>`` is left out, and block tags become line breaks so paragraphs stay
apart. Markdown is already readable text; only its link targets are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "pre", "section", "article", "header", "footer", "hr", "dd", "dt"}
)  # fmt: skip
_HIDDEN_TAGS = frozenset({"script", "style", "template", "head", "title", "iframe", "object"})
# Only the tags rich-text editors write count: "Smith & <Co>" in Markdown is text, not a tag.
_LOOKS_LIKE_HTML = re.compile(
    r"</?(?:p|div|br|span|a|b|i|u|s|em|strong|sub|sup|ul|ol|li|h[1-6]|table|tbody|thead|tr|td"
    r"|th|blockquote|pre|code|hr|img|font|section|article|dl|dt|dd|script|style)\b[^<>]*>",
    re.IGNORECASE,
)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, a line break at each block tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS and tag != "li":  # an item ends where the next one starts
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds at least one HTML tag (``a < b`` does not)."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(text: str) -> str:
    """The readable text of an HTML fragment or Markdown: paragraphs apart, no markup."""
    if looks_like_html(text):
        collector = _TextCollector()
        collector.feed(text)
        collector.close()
        text = "".join(collector.parts)
    text = _MD_LINK.sub(r"\1", text)
    return _tidy_lines(text)


def _tidy_lines(text: str) -> str:
    """Runs of spaces made one, each line stripped, at most one blank line between paragraphs."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()
