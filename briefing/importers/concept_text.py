"""Small text tools for a concept note's prose: links, sentences, acronyms, written day ranges."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.errors import ValidationError
from briefing.formatting import month_numbers
from briefing.validation import check_web_link, fold

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)\)")
# A sentence ends at . ! ? before a capital, a quote or a bracket, but not after "e.g." or "Mr.".
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"(¿¡À-Ý])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "mr.", "ms.", "mrs.", "dr.", "prof.", "no.", "cf.", "vs.")
_MONTH = "|".join(re.escape(name) for name in sorted(month_numbers(), key=len, reverse=True))
_DAYS = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th)?(?:\s*(?:-|–|to|au|al|a|y|and|et)\s*"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:de\s+)?(?P<m>{_MONTH})\.?"
    rf"(?:,?\s+(?:de\s+)?(?P<y>\d{{4}}))?(?![a-z])"
)


@dataclass(frozen=True)
class Link:
    """A link's text and target as written (``[text](target)``), and where the text now is."""

    text: str
    url: str
    start: int
    end: int

    @property
    def web_address(self) -> str:
        """The target when it is a web address, else empty (``#`` is no target)."""
        try:  # the rule the model keeps links to: a web address, never a script or a file
            return check_web_link(self.url) if self.url else ""
        except ValidationError:
            return ""


def unlink(text: str) -> tuple[str, list[Link]]:
    """``text`` with Markdown links replaced by their text, and the links found."""
    out: list[str] = []
    links: list[Link] = []
    pos = 0
    for match in _LINK.finditer(text):
        out.append(text[pos : match.start()])
        start = sum(len(part) for part in out)
        out.append(match.group(1))
        links.append(Link(match.group(1), match.group(2), start, start + len(match.group(1))))
        pos = match.end()
    out.append(text[pos:])
    return "".join(out), links


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph (an abbreviation such as "e.g." does not end one)."""
    found: list[str] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[pos : match.start()].rsplit(None, 1)
        if before and fold(before[-1]).endswith(_ABBREVIATIONS):
            continue
        found.append(text[pos : match.start() + len(match.group().rstrip())].strip())
        pos = match.end()
    found.append(text[pos:].strip())
    return [s for s in found if s]


def acronyms(text: str) -> dict[str, str]:
    """Phrases the text abbreviates, folded, with their acronym: ``human rights defenders (HRDs)``."""
    found: dict[str, str] = {}
    for match in re.finditer(r"\(([A-Z][A-Za-z]{1,9})\)", text):
        acronym = match.group(1)
        letters = acronym[:-1] if acronym.endswith("s") and acronym[-2:-1].isupper() else acronym
        words = text[: match.start()].split()[-len(letters) :]
        if len(words) == len(letters) and all(
            w[:1].lower() == c.lower() for w, c in zip(words, letters, strict=True)
        ):
            found[fold(" ".join(words))] = acronym
    return found


def day_range(text: str, year: int | None) -> tuple[dt.date, dt.date] | None:
    """The first day or range of days written in ``text`` (``27-29 November``, ``on 28 Nov``)."""
    match = _DAYS.search(fold(text))
    if match is None:
        return None
    month = month_numbers()[match.group("m")]
    chosen = int(match.group("y")) if match.group("y") else year
    if chosen is None:
        return None
    try:
        first = dt.date(chosen, month, int(match.group("d1")))
        last = dt.date(chosen, month, int(match.group("d2") or match.group("d1")))
    except ValueError:
        return None
    return (first, last) if last >= first else None


def capitalised(text: str) -> str:
    """``text`` with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (ending in "…" when cut): hostile input is kept to
    the lengths the meeting allows rather than refused."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
