"""Parsing and checking of the values users type: times, dates, emails, text.

These run at the border (JSON import, the store, the editor forms) so the model only ever holds
values that obey its rules. Each raises :class:`ValidationError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sized

from briefing.errors import ValidationError
from briefing.i18n import N_
from briefing.messages import M_, Message, Mn_, grouped

# --------------------------------------------------------------------------- limits
# Far beyond any real meeting (a Human Rights Council session has some 300 agenda items and
# 1,000 people), so only a broken or hostile file meets them; without them a 10 MB title or bio
# would take a build many minutes. Lengths are in characters.

MAX_TITLE_CHARS = 500
"""A title: the meeting's, an agenda item's, a note's, a pack's name, a reference's."""
MAX_NAME_CHARS = 300
"""A person's name, honorific, position or organisation."""
MAX_LINE_CHARS = 2_000
"""Any other one-line field: a venue, a contact's role, a running-order step, a file name…"""
MAX_BIO_CHARS = 50_000
"""A person's bio (some twenty pages; a real one is a paragraph or two, a CV a few pages)."""
MAX_DESCRIPTION_CHARS = 20_000
"""An agenda item's description."""
MAX_TEXT_CHARS = 100_000
"""A long text: a note's own text, the meeting's background, aims, logistics, thanks."""
MAX_NOTE_LINES = 100_000
"""The lines of a Markdown or text note (some 2,000 pages); each line can be a paragraph."""
MAX_NOTE_PARAGRAPHS = 20_000
"""The paragraphs of a Word note (a 200-page report has about 3,000)."""
MAX_NOTE_BODY_BYTES = 50 * 1024 * 1024
"""The XML of a Word note's body (a 500-page report's is about 20 MB)."""
MAX_IMAGE_PIXELS = 89_478_485
"""The most pixels an image in a note may have (Pillow's own limit, ``Image.MAX_IMAGE_PIXELS``:
about 9,500 × 9,500, a 30-inch print at 300 dpi). A larger one is refused, not decoded: a
few kilobytes of zeros can declare an image that takes gigabytes to open."""
MAX_PAGE_CONTENT_BYTES = 64 * 1024 * 1024
"""The most bytes one page of a PDF note may draw with once its content is decompressed (a
page of text is some 5 KB, a dense map a few MB). More is refused as a possible bomb."""
MAX_DECODED_STREAM_BYTES = 512 * 1024 * 1024
"""The most bytes qpdf decompresses from any one stream of a PDF note (Flate, run-length,
predictors, JPEG): about twice the largest image of 8 bits a colour that
:data:`MAX_IMAGE_PIXELS` allows, so only a bomb meets it, and the decompressor stops there
instead of filling the memory."""
MAX_JPEG_SCANS = 100
"""The most scans a progressive JPEG in a PDF note may have (a real one has about ten; each
scan is a pass over the whole image)."""
MAX_PDF_ARRAY_ITEMS = 1_000_000
"""The most entries one array or dictionary of a PDF note may hold (a 20,000-page document's
largest has tens of thousands)."""
MAX_RESOURCE_DEPTH = 32
"""How deep forms, patterns and masks of a PDF note may nest inside each other; no real PDF
comes close."""
MAX_RESOURCE_VISITS = 100_000
"""How many resource objects one PDF note may hold (every page's images, forms, patterns…)."""
MAX_AGENDA_ITEMS = 1_000
MAX_PEOPLE = 5_000
MAX_NOTES = 1_000
MAX_LIST_ENTRIES = 1_000
"""Any other list: contacts, linked events, references, packs, an item's running order."""

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Deliberately simple: one @, no spaces, a dot in the domain, no empty labels.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_WEB_LINK = re.compile(r"^https?://[^\s/?#]+\.[^\s]*$", re.IGNORECASE)
# Characters XML 1.0 forbids (everything below U+0020 but tab, newline and carriage return).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_time(text: str, field: str = "time") -> dt.time:
    """Parse ``HH:MM`` (24-hour clock) into a time."""
    match = _TIME.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        problem = M_("'{text}' is not a time; write it as HH:MM, e.g. 09:30", text=_shown(text))
        raise ValidationError(field, problem)
    return dt.time(int(match.group(1)), int(match.group(2)))


def format_time(value: dt.time) -> str:
    """Format a time as ``HH:MM``."""
    return value.strftime("%H:%M")


def time_or_none(value: dt.time | None) -> str | None:
    """``HH:MM``, or ``None`` for no time (how files store an optional time)."""
    return format_time(value) if value is not None else None


def date_or_none(value: dt.date | None) -> str | None:
    """``YYYY-MM-DD``, or ``None`` for no date (how files store an optional date)."""
    return value.isoformat() if value is not None else None


def parse_date(text: str, field: str = "date") -> dt.date:
    """Parse an ISO date ``YYYY-MM-DD``."""
    if isinstance(text, str) and _DATE.match(text.strip()):
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            pass
    problem = M_(
        "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2017-11-30", text=_shown(text)
    )
    raise ValidationError(field, problem)


def check_email(text: str, field: str = "email") -> str:
    """Return the email stripped of spaces, or raise if it is not well formed (empty is fine)."""
    value = text.strip()
    if value and not _EMAIL.match(value):
        raise ValidationError(field, M_("'{text}' is not a valid email address", text=value))
    return value


def check_web_link(text: str, field: str = "link") -> str:
    """Return a web address stripped of spaces, or raise unless it is ``http(s)://…`` (empty
    is fine): a pack's links must never start a program or run a script."""
    value = text.strip()
    if value and not _WEB_LINK.match(value):
        problem = M_("'{text}' is not a web address; write it as https://…", text=value[:80])
        raise ValidationError(field, problem)
    return value


def check_length(text: str, field: str, limit: int, owner: str = "") -> None:
    """Raise :class:`ValidationError` if ``text`` is longer than ``limit`` characters.

    ``owner`` says whose field it is (``person 'Jane Doe'``), so a message read far from its
    file (a meeting file's store has no list positions) still says which entry to fix.
    """
    if len(text) > limit:
        what = field_word(field)
        count, most = grouped(len(text)), grouped(limit)
        if owner:
            problem = M_(
                "the {what} of {owner} is {count} characters long; at most {limit} are allowed",
                what=what,
                owner=owner,
                count=count,
                limit=most,
            )
        else:
            problem = M_(
                "the {what} is {count} characters long; at most {limit} are allowed",
                what=what,
                count=count,
                limit=most,
            )
        raise ValidationError(field, problem)


def check_count(entries: Sized, field: str, limit: int, what: str) -> None:
    """Raise :class:`ValidationError` if there are more than ``limit`` ``entries``."""
    if len(entries) > limit:
        raise ValidationError(field, _too_many(what, len(entries), limit))


def _too_many(what: str, count: int, limit: int) -> Message:
    """``has 1,001 notes; at most 1,000 are allowed in a meeting``."""
    n, most = grouped(count), grouped(limit)
    if what == "people":
        return Mn_(
            "has {count} person; at most {limit} are allowed in a meeting",
            "has {count} people; at most {limit} are allowed in a meeting",
            count,
            count=n,
            limit=most,
        )
    if what == "steps":
        return Mn_(
            "has {count} step; at most {limit} are allowed in a meeting",
            "has {count} steps; at most {limit} are allowed in a meeting",
            count,
            count=n,
            limit=most,
        )
    if what == "items":
        return Mn_(
            "has {count} item; at most {limit} are allowed in a meeting",
            "has {count} items; at most {limit} are allowed in a meeting",
            count,
            count=n,
            limit=most,
        )
    if what == "notes":
        return Mn_(
            "has {count} note; at most {limit} are allowed in a meeting",
            "has {count} notes; at most {limit} are allowed in a meeting",
            count,
            count=n,
            limit=most,
        )
    return Mn_(
        "has {count} entry; at most {limit} are allowed in a meeting",
        "has {count} entries; at most {limit} are allowed in a meeting",
        count,
        count=n,
        limit=most,
    )


# A field as a message names it (``short_title`` → "short title"), in each language.
FIELD_WORDS = {
    "acknowledgements": N_("acknowledgements"),
    "aims": N_("aims"),
    "background": N_("background"),
    "bio": N_("bio"),
    "body": N_("body"),
    "city": N_("city"),
    "country": N_("country"),
    "description": N_("description"),
    "distribution_mark": N_("distribution mark"),
    "email": N_("email"),
    "filename": N_("file name"),
    "honorific": N_("honorific"),
    "id": N_("id"),
    "label": N_("label"),
    "language": N_("language"),
    "link": N_("link"),
    "logistics": N_("logistics"),
    "media_type": N_("media type"),
    "meeting_type": N_("meeting type"),
    "name": N_("name"),
    "organisation": N_("organisation"),
    "organiser": N_("organiser"),
    "person_id": N_("person id"),
    "phone": N_("phone"),
    "position": N_("position"),
    "relation": N_("relation"),
    "role": N_("role"),
    "room": N_("room"),
    "running_order": N_("running order"),
    "short_title": N_("short title"),
    "speaker": N_("speaker"),
    "text": N_("text"),
    "title": N_("title"),
    "url": N_("web address"),
    "venue": N_("venue"),
    "version_line": N_("version line"),
}


def field_word(field: str) -> str:
    """The field as a message names it: a catalog word when it has one (a :class:`Message`),
    else its name with spaces."""
    word = FIELD_WORDS.get(field)
    return M_(word) if word is not None else field.replace("_", " ")


def _shown(value: object) -> str:
    """A value a user gave, as a message quotes it (cut short)."""
    return value[:80] if isinstance(value, str) else repr(value)[:80]


def clean_text(text: str) -> str:
    """Drop characters no document format can hold (control characters pasted from elsewhere).

    The text is otherwise kept exactly: no markup is interpreted, nothing else is changed.
    """
    return _XML_INVALID.sub("", text)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (``Modératrice`` → ``moderatrice``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
