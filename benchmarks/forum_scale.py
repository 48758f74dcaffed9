"""Forum-scale benchmark: how fast and how lean is a pack build for a big meeting?

Run it from the project root (it is a script, not a test; pytest does not collect it)::

    .venv/bin/python benchmarks/forum_scale.py              # the full Forum-scale meeting
    .venv/bin/python benchmarks/forum_scale.py --quick      # a small smoke run
    .venv/bin/python benchmarks/forum_scale.py --repeat 3   # best of three for each timed step
    .venv/bin/python benchmarks/forum_scale.py --realistic  # notes with embedded fonts, photos
    .venv/bin/python benchmarks/forum_scale.py --ascii85    # notes' streams ASCII85 + Flate

It makes a synthetic meeting in memory (seeded, so every run makes the same bytes): three days,
70 sessions, 300 people with multilingual names and bios, 100 PDF notes of about 3,000
text-heavy pages in all (drawn with reportlab's canvas, some with bookmarks of their own) and
50 Markdown or text notes. It then times:

1. the baselines, concatenating the same 100 PDF notes into one file: pypdf and pikepdf in this
   process, and the ``qpdf`` program (``qpdf --empty --pages a.pdf b.pdf … -- out.pdf``) on the
   notes written to a temporary folder;
2. ``full pack``: ``build_packs`` of the meeting's default full pack as PDF, in this process,
   and the same build with the PDF notes left out (the difference is what merging costs);
3. ``per-session``: ``build_packs`` of a per-session pack definition (one PDF per session);
4. ``briefing build``: the command a user runs, in a fresh process, on the meeting saved to a
   meeting file, timed from the process's start to its exit;

and prints them with their ratios, the peak memory and the targets (see benchmarks/README.md).
The exit status is 1 when a target is missed. Every output goes to a temporary folder that is
removed at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import io
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import TypeVar

import pikepdf
import pypdf
import reportlab
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

import briefing
from briefing.build import BuildReport, BuildRequest, build_packs
from briefing.model import (
    AgendaItem,
    Attachment,
    Contact,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    Participant,
    Person,
    Role,
    RoleKind,
    Segment,
)
from briefing.render.fonts import pack_fonts
from briefing.sample import sample_meeting
from briefing.store import FILE_SUFFIX, save_meeting

T = TypeVar("T")
Row = tuple[str, str, str, str]  # a report line: step, figure, detail, target
NOT_COUNTED = "not counted"  # the target of a step outside every target (making the inputs)
SEED = 20_171_130
MB = 1024 * 1024

BUILD_DATE = dt.date(2025, 11, 17)

# Targets (see benchmarks/README.md); "concatenation" is pypdf's, measured in the same run.
MERGE_OVER_CONCAT = 1.0  # (full pack - the same pack without its PDF notes) / concatenation
CLI_OVER_CONCAT = 2.5  # the whole `briefing build`, a fresh process, / concatenation
SESSIONS_OVER_FULL = 2.0
PEAK_RSS_BYTES = 1024 * MB


@dataclass(frozen=True)
class Scale:
    """How big a synthetic meeting is."""

    name: str
    days: int
    sessions: int
    people: int
    pdf_notes: int
    text_notes: int
    pdf_pages: int  # pages of all PDF notes together (about)
    shared_files: int  # PDF notes that are deliberately the same file as another PDF note


FULL = Scale(
    "full",
    days=3,
    sessions=70,
    people=300,
    pdf_notes=100,
    text_notes=50,
    pdf_pages=3000,
    shared_files=4,
)
QUICK = Scale(
    "quick",
    days=3,
    sessions=10,
    people=60,
    pdf_notes=10,
    text_notes=5,
    pdf_pages=300,
    shared_files=1,
)

# =========================================================================== word pools

VOCABULARY = (
    "the", "of", "and", "to", "in", "a", "for", "on", "with", "as", "by", "that", "is", "are",
    "be", "this", "which", "from", "at", "their", "or", "not", "its", "human", "rights",
    "business", "enterprises", "states", "due", "diligence", "supply", "chain", "remedy", "access",
    "grievance", "mechanism", "guiding", "principles", "implementation", "national", "action",
    "plan", "stakeholders", "civil", "society", "defenders", "indigenous", "peoples", "workers",
    "trade", "unions", "investors", "accountability", "transparency", "disclosure", "reporting",
    "obligations", "regulation", "legislation", "mandatory", "voluntary", "framework", "policy",
    "coherence", "responsible", "conduct", "environment", "climate", "transition", "land",
    "communities", "consultation", "participation", "gender", "women", "migrant", "forced",
    "labour", "child", "risk", "assessment", "impact", "mitigation", "prevention", "monitoring",
    "evaluation", "capacity", "building", "cooperation", "dialogue", "multilateral", "regional",
    "sector", "agriculture", "extractive", "garment", "technology", "digital", "platforms", "data",
    "privacy", "finance", "procurement", "public", "private", "partnership", "leverage",
    "judicial", "non-judicial", "operational-level", "effective", "meaningful", "engagement",
    "recommendations", "findings", "evidence", "practice", "lessons", "challenges", "gaps",
    "progress", "commitment", "benchmark", "indicators", "review", "decade", "roadmap", "working",
    "group", "forum", "session",
)  # fmt: skip

FIRST_NAMES = (
    "José", "María", "François", "Zoë", "Søren", "Łukasz", "Ngozi", "Aïcha", "Björn",
    "Małgorzata", "Chidi", "Inés", "João", "Dörte", "Thandiwe", "Grégoire", "Ayşe", "Tomás",
    "Emeka", "Noémie", "Jürgen", "Ana", "Kwame", "Siobhán", "Oğuz", "Raúl", "Hélène", "Priya",
    "Mateus", "Žofie", "Åsa", "Mónica", "Dragoș", "Léa", "Nuñez", "Kofi", "Ingrid", "Anaïs",
    "Pål", "Dolores", "Ştefan", "Marguerite", "Ibrahim", "Elżbieta", "Ángel", "Wanjiru",
)  # fmt: skip
SURNAMES = (
    "García", "Müller", "Nkosi", "Østergaard", "Kowalczyk", "Dubois", "Ólafsdóttir",
    "Hernández", "Okonkwo", "Šimić", "Lefèvre", "Yılmaz", "Gonçalves", "Mbeki", "Nowak",
    "Fernández", "Schröder", "Adeyemi", "Dvořák", "Côté", "Jääskeläinen", "Peña", "Mensah",
    "Łęcka", "Ferreira", "Öztürk", "Brontë", "Mörk", "Rodríguez", "Haddad", "Novák", "Sørensen",
    "Achebe", "Crăciun", "Bélanger", "Ramírez", "Mwangi", "Weiß", "Kovačević", "N'Diaye",
)  # fmt: skip
CYRILLIC_NAMES = (
    "Анна Иванова", "Дмитрий Петров", "Ольга Смирнова", "Сергей Кузнецов", "Наталья Попова",
    "Олександр Шевченко", "Ірина Коваленко", "Алексей Соколов", "Марія Бондаренко",
)  # fmt: skip
HONORIFICS = ("", "", "Ms.", "Mr.", "Dr.", "Prof.", "H.E. Ms.", "H.E. Mr.")
POSITIONS = (
    "Senior Advisor", "Director", "Programme Officer", "Head of Policy", "Legal Counsel",
    "Permanent Representative", "Researcher", "Chief Executive Officer", "Coordinator",
    "Special Rapporteur", "Member of the Working Group", "Vice-President, Sustainability",
)  # fmt: skip
ORGANISATIONS = (
    "Know the Chain", "OHCHR", "ILO", "UNDP", "Business & Human Rights Resource Centre",
    "International Service for Human Rights", "Ministry of Foreign Affairs", "OECD",
    "Fédération internationale des droits humains", "Global Witness", "Amnesty International",
    "Unilever", "Shift", "Danish Institute for Human Rights", "Universidad de los Andes",
    "ITUC", "Permanent Mission of Norway", "Centre for Research on Multinational Corporations",
)  # fmt: skip
SESSION_KINDS = ("Panel", "Roundtable", "Plenary", "Workshop", "Dialogue", "Side event")
TOPICS = (
    "Pillar II implementation gaps", "Access to remedy for affected communities",
    "Mandatory human rights due diligence", "Protecting human rights defenders",
    "A just transition for workers", "Indigenous peoples and free, prior and informed consent",
    "Technology companies and online harms", "Gender lens on the Guiding Principles",
    "State-owned enterprises and public procurement", "Investors and leverage",
    "Conflict-affected areas: heightened diligence", "Migrant workers in global supply chains",
    "National action plans: lessons learnt", "Remedy through operational-level mechanisms",
    "Children's rights and business", "Land rights and agribusiness",
)  # fmt: skip
# Sessions start at these times; several run in parallel rooms.
SLOTS = ((9, 0), (10, 30), (12, 0), (13, 30), (15, 0), (16, 30))
SLOT_MINUTES = (60, 75, 80, 90)


# =========================================================================== text


def words(rng: Random, count: int) -> list[str]:
    """``count`` words of policy prose."""
    return rng.choices(VOCABULARY, k=count)


def sentence(rng: Random, low: int = 8, high: int = 22) -> str:
    """One sentence, capitalised and ended with a full stop."""
    text = " ".join(words(rng, rng.randint(low, high)))
    return text[:1].upper() + text[1:] + "."


def prose(rng: Random, word_count: int) -> str:
    """About ``word_count`` words of sentences, in paragraphs of two to five sentences."""
    paragraphs, current, total = [], [], 0
    while total < word_count:
        current.append(sentence(rng))
        total += len(current[-1].split())
        if len(current) >= rng.randint(2, 5):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def bio(rng: Random, person_name: str, position: str, organisation: str) -> str:
    """A bio of 80 to 400 words that starts like a real one."""
    opening = f"{person_name} is {position} at {organisation}."
    return f"{opening} {prose(rng, rng.randint(80, 400) - len(opening.split()))}"


# =========================================================================== PDF notes


def page_counts(rng: Random, count: int, total: int, low: int = 5, high: int = 60) -> list[int]:
    """``count`` page counts between ``low`` and ``high`` that add up to ``total``."""
    counts = [rng.randint(low, high) for _ in range(count)]
    scale = total / sum(counts)
    counts = [min(high, max(low, round(c * scale))) for c in counts]
    while sum(counts) != total:
        i = rng.randrange(count)
        step = 1 if sum(counts) < total else -1
        if low <= counts[i] + step <= high:
            counts[i] += step
    return counts


# --ascii85: the notes' streams as reportlab writes them by default, ASCII85 over Flate,
# instead of Flate alone as most PDFs are (ASCII85 costs a reader far more to decode).
ASCII85 = {"on": False}


@contextmanager
def note_streams() -> Iterator[None]:
    """Draw notes with Flate streams alone, or ASCII85 + Flate with ``--ascii85``; the pack's
    own renderer is left as configured."""
    saved = rl_config.useA85
    rl_config.useA85 = 1 if ASCII85["on"] else 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def pdf_note(rng: Random, title: str, pages: int, bookmarks: bool) -> bytes:
    """A text-heavy PDF: a heading and ~40 lines of Helvetica per page, maybe bookmarks."""
    with note_streams():
        return _draw_pdf(rng, title, pages, bookmarks)


def _draw_pdf(rng: Random, title: str, pages: int, bookmarks: bool) -> bytes:
    pagesize = LETTER if rng.random() < 0.15 else A4
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(rng.choice(ORGANISATIONS))
    width, height = pagesize
    section = 0
    for page in range(pages):
        heading = f"{title} ({page + 1}/{pages})"
        if bookmarks and page % 5 == 0:
            section += 1
            heading = f"{section}. {' '.join(words(rng, 4)).capitalize()}"
            canvas.bookmarkPage(f"s{section}")
            canvas.addOutlineEntry(heading, f"s{section}", level=0, closed=True)
            if pages - page > 2:  # a sub-entry further down the same page
                canvas.bookmarkHorizontal(f"s{section}.1", 0, height / 2)
                canvas.addOutlineEntry(f"{section}.1 Findings", f"s{section}.1", level=1)
        draw_text_page(canvas, rng, heading, width, height)
        canvas.drawCentredString(width / 2, 30, f"- {page + 1} -")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --realistic: notes like exported reports, with their own embedded font subset and a photo
# every few pages, instead of the lightest possible PDF (base-14 Helvetica, text only).
REALISTIC = {"on": False}
PHOTO_EVERY = 4


def note_fonts() -> tuple[str, str]:
    """The (body, heading) fonts of a note: embedded TrueType when realistic, else Helvetica."""
    if not REALISTIC["on"]:
        return "Helvetica", "Helvetica-Bold"
    fonts = pack_fonts()
    return fonts.primary.regular, fonts.primary.bold


@functools.lru_cache(maxsize=8)
def photo(seed: int) -> bytes:
    """A 600×400 JPEG of smooth noise (about 40 KB), like a photo in a report."""
    from PIL import Image, ImageFilter

    noise = Random(seed).randbytes(150 * 100 * 3)
    image = (
        Image.frombytes("RGB", (150, 100), noise)
        .resize((600, 400))
        .filter(ImageFilter.GaussianBlur(2))
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def draw_photo(canvas: Canvas, rng: Random, width: float) -> None:
    """A photo in the lower part of the page (each note has its own few)."""
    from reportlab.lib.utils import ImageReader

    data = photo(rng.randrange(8))
    canvas.drawImage(ImageReader(io.BytesIO(data)), 56, 60, width=width - 112, height=200)


def draw_text_page(canvas: Canvas, rng: Random, heading: str, width: float, height: float) -> None:
    """A heading and 40 lines of body text (a blank line now and then between paragraphs)."""
    body, bold = note_fonts()
    canvas.setFont(bold, 14)
    canvas.drawString(56, height - 72, heading)
    if REALISTIC["on"] and rng.randrange(PHOTO_EVERY) == 0:
        draw_photo(canvas, rng, width)
    text = canvas.beginText(56, height - 100)
    text.setFont(body, 10)
    text.setLeading(15)
    for _ in range(40):
        text.textLine("" if rng.random() < 0.08 else " ".join(words(rng, 13)))
    canvas.drawText(text)


# =========================================================================== the meeting


@dataclass
class Synthetic:
    """The generated meeting and what the benchmark needs to know about it."""

    scale: Scale
    meeting: Meeting
    pdf_data: list[bytes]  # each PDF note's bytes, in note order (shared files repeat)
    pdf_pages: int  # pages of all PDF notes together
    distinct_files: int
    seconds: float = 0.0


def make_people(rng: Random, count: int) -> tuple[Person, ...]:
    """People with Latin (accented) names, and about one in twenty in Cyrillic."""
    people = []
    for n in range(1, count + 1):
        if rng.random() < 0.05:
            name = rng.choice(CYRILLIC_NAMES)
        else:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        position, organisation = rng.choice(POSITIONS), rng.choice(ORGANISATIONS)
        people.append(
            Person(
                id=f"p{n:03d}",
                name=name,
                honorific=rng.choice(HONORIFICS),
                position=position,
                organisation=organisation,
                bio=bio(rng, name, position, organisation),
                email=f"person{n:03d}@example.org",
            )
        )
    return tuple(people)


def session_times(
    rng: Random, scale: Scale, first: dt.date
) -> list[tuple[dt.date, dt.time, dt.time]]:
    """Date, start and end of each session, spread over the days and slots, in order."""
    times = []
    for n in range(scale.sessions):
        day = first + dt.timedelta(days=n * scale.days // scale.sessions)
        hour, minute = rng.choice(SLOTS)
        start = dt.datetime.combine(day, dt.time(hour, minute))
        end = start + dt.timedelta(minutes=rng.choice(SLOT_MINUTES))
        times.append((day, start.time(), end.time()))
    return sorted(times)


def participants(rng: Random, cast: Iterator[str]) -> tuple[Participant, ...]:
    """Four to eight people: a moderator, kick-off remarks, panellists and a rapporteur."""
    size = rng.randint(4, 8)
    roles = [RoleKind.MODERATOR, RoleKind.KICK_OFF, *[RoleKind.PANELLIST] * (size - 3)]
    roles.append(RoleKind.RAPPORTEUR)
    chosen: list[str] = []
    while len(chosen) < size:
        person_id = next(cast)
        if person_id not in chosen:
            chosen.append(person_id)
    return tuple(Participant(pid, Role(kind)) for pid, kind in zip(chosen, roles, strict=True))


def running_order(people: tuple[Participant, ...]) -> tuple[Segment, ...]:
    """Opening by the moderator, each speaker in turn, open discussion, the rapporteur."""
    steps = [Segment(p.role.label, p.person_id, minutes=8) for p in people]
    steps.insert(-1, Segment("Open discussion", speaker="All participants", minutes=20))
    return tuple(steps)


def make_agenda(
    rng: Random, scale: Scale, first: dt.date, people: tuple[Person, ...]
) -> tuple[AgendaItem, ...]:
    """The sessions, each with its people and guiding questions; everyone appears once at least."""
    order = [p.id for p in people]
    rng.shuffle(order)
    cast = _endless(rng, order)
    items = []
    for n, (day, start, end) in enumerate(session_times(rng, scale, first), start=1):
        cast_here = participants(rng, cast)
        questions = "\n".join(f"- {sentence(rng, 8, 16)[:-1]}?" for _ in range(3))
        items.append(
            AgendaItem(
                id=f"s{n:02d}",
                title=f"{rng.choice(SESSION_KINDS)}: {rng.choice(TOPICS)} ({n})",
                start=start,
                end=end,
                date=day,
                description=f"{prose(rng, 60)}\n\nGuiding questions:\n{questions}",
                participants=cast_here,
                running_order=running_order(cast_here) if n % 3 == 0 else (),
            )
        )
    return tuple(items)


def _endless(rng: Random, ids: list[str]) -> Iterator[str]:
    """Every id once, then again in a new random order, for ever."""
    while True:
        yield from ids
        ids = ids[:]
        rng.shuffle(ids)


def note_sessions(rng: Random, agenda: tuple[AgendaItem, ...]) -> tuple[str, ...]:
    """One or two sessions for a note (two for about a third of the notes)."""
    return tuple(i.id for i in rng.sample(agenda, 2 if rng.random() < 0.35 else 1))


def make_pdf_notes(
    rng: Random, scale: Scale, agenda: tuple[AgendaItem, ...]
) -> tuple[list[Note], list[bytes], int]:
    """The PDF notes, each file drawn once; a few notes deliberately reuse another's file."""
    distinct = scale.pdf_notes - scale.shared_files
    notes: list[Note] = []
    files: list[tuple[str, bytes]] = []
    distinct_pages = round(scale.pdf_pages * distinct / scale.pdf_notes)
    for n, pages in enumerate(page_counts(rng, distinct, distinct_pages), start=1):
        title = f"Background paper {n}: {rng.choice(TOPICS)}"
        data = pdf_note(rng, title, pages, bookmarks=n % 3 == 0)
        files.append((f"background-paper-{n:03d}.pdf", data))
        notes.append(_pdf_note(f"n{n:03d}", title, files[-1], note_sessions(rng, agenda)))
    for n in range(distinct + 1, scale.pdf_notes + 1):  # the same file, again, for other sessions
        source = rng.randrange(distinct)
        title = f"{notes[source].title} (as circulated to session {n})"
        notes.append(_pdf_note(f"n{n:03d}", title, files[source], note_sessions(rng, agenda)))
    data = [n.attachment.data for n in notes if n.attachment is not None]
    return notes, data, distinct


def _pdf_note(ident: str, title: str, file: tuple[str, bytes], sessions: tuple[str, ...]) -> Note:
    return Note(id=ident, title=title, attachment=Attachment(*file), session_ids=sessions)


def markdown_note(rng: Random) -> str:
    """A Markdown note: headings, paragraphs with emphasis and links, lists, awkward characters."""
    parts = [f"# {rng.choice(TOPICS)}", prose(rng, rng.randint(150, 500))]
    for n in range(rng.randint(2, 4)):
        parts.append(f"## {n + 1}. {' '.join(words(rng, 4)).capitalize()}")
        parts.append(f"**{sentence(rng, 4, 8)}** {prose(rng, rng.randint(80, 300))}")
        parts.append("\n".join(f"- {sentence(rng, 5, 12)}" for _ in range(rng.randint(2, 6))))
        parts.append(f"See *A/HRC/{rng.randint(17, 59)}/{rng.randint(1, 60)}* and the ")
        parts[-1] += '[Guiding Principles](https://www.ohchr.org/) (R&D < 5% & "quotes").'
    return "\n\n".join(parts)


def make_text_notes(rng: Random, scale: Scale, agenda: tuple[AgendaItem, ...]) -> list[Note]:
    """Markdown (.md) and plain text (.txt) notes, half each; some with a body of their own."""
    notes = []
    for n in range(scale.pdf_notes + 1, scale.pdf_notes + scale.text_notes + 1):
        markdown = n % 2 == 0
        text = markdown_note(rng) if markdown else prose(rng, rng.randint(200, 900))
        filename = f"note-{n:03d}.{'md' if markdown else 'txt'}"
        notes.append(
            Note(
                id=f"n{n:03d}",
                title=f"{'Briefing' if markdown else 'Talking points'} {n}: {rng.choice(TOPICS)}",
                body=sentence(rng) if n % 5 == 0 else "",
                attachment=Attachment(filename, text.encode("utf-8")),
                session_ids=note_sessions(rng, agenda),
            )
        )
    return notes


def make_meeting(scale: Scale, seed: int = SEED) -> Synthetic:
    """The whole synthetic meeting (the same bytes for the same scale and seed)."""
    rng = Random(seed)
    first = dt.date(2025, 11, 24)
    people = make_people(rng, scale.people)
    agenda = make_agenda(rng, scale, first, people)
    pdf_notes, pdf_data, distinct = make_pdf_notes(rng, scale, agenda)
    notes = (*pdf_notes, *make_text_notes(rng, scale, agenda))
    meeting = Meeting(
        title="United Nations Forum on Business and Human Rights",
        short_title="UN Forum on Business and Human Rights",
        meeting_type="Annual forum",
        organiser="OHCHR — Working Group on Business and Human Rights",
        first_date=first,
        last_date=first + dt.timedelta(days=scale.days - 1),
        start=dt.time(9, 0),
        end=dt.time(18, 0),
        venue="Palais des Nations",
        room="Room XX",
        city="Genève",
        country="Switzerland",
        background=prose(rng, 400),
        aims=prose(rng, 150),
        logistics=prose(rng, 120),
        acknowledgements=prose(rng, 40),
        contacts=(
            Contact("Forum secretariat", "Queries", "forum@example.org", "+41 22 917 00 00"),
            Contact("Léa Dvořák", "Logistics", "lea.dvorak@example.org", cc=True),
        ),
        people=people,
        agenda=agenda,
        notes=notes,
    )
    pages = sum(len(PdfReader(io.BytesIO(d)).pages) for d in pdf_data)
    return Synthetic(scale, meeting, pdf_data, pages, distinct)


# =========================================================================== measuring


@dataclass
class Measure:
    """One timed step: best time over the repeats and what the last run produced."""

    seconds: float
    files: int = 0
    pages: int = 0
    size: int = 0
    peak_rss: int | None = None  # bytes: the step's own high-water mark (VmHWM after a reset)
    cpu: float | None = None  # best CPU seconds (user + system) over the repeats


class PeakRss:
    """Resident-memory high-water marks: the whole process's, and each step's.

    Linux lets a process reset its high-water mark (``echo 5 > /proc/self/clear_refs``); after
    a reset ``VmHWM`` (and ``ru_maxrss``) show the peak since then. Before each reset the
    mark so far is folded into :attr:`process_peak`, so the process peak is never lost.
    """

    def __init__(self) -> None:
        self.process_peak = _ru_maxrss()
        self.can_reset = False

    def reset(self) -> None:
        self.process_peak = max(self.process_peak, _ru_maxrss())
        try:
            Path("/proc/self/clear_refs").write_text("5")
            self.can_reset = True
        except OSError:
            self.can_reset = False

    def step_peak(self) -> int | None:
        peak = _ru_maxrss()
        self.process_peak = max(self.process_peak, peak)
        return peak if self.can_reset else None


def _ru_maxrss() -> int:
    """The process's peak resident memory in bytes (ru_maxrss is KiB on Linux, bytes on macOS)."""
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, float, T]:
    """The shortest wall time and the shortest CPU time (this process's, every thread) of
    ``repeat`` runs, and the last run's result."""
    best, best_cpu, result = float("inf"), float("inf"), None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = run()
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return best, best_cpu, result  # type: ignore[return-value]


def concatenate(pdf_data: list[bytes]) -> int:
    """The baseline: pypdf appends every PDF note into one file; returns the file's size."""
    writer = PdfWriter()
    for data in pdf_data:
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.tell()


def measure_baseline(synthetic: Synthetic, repeat: int, rss: PeakRss) -> Measure:
    """The pypdf concatenation of the notes, in this process."""
    rss.reset()
    seconds, cpu, size = best_of(repeat, lambda: concatenate(synthetic.pdf_data))
    return Measure(seconds, 1, synthetic.pdf_pages, size, rss.step_peak(), cpu)


def concatenate_pikepdf(pdf_data: list[bytes]) -> int:
    """pikepdf (qpdf's library) appends every PDF note's pages into one file; returns its size."""
    out = pikepdf.Pdf.new()
    sources = [pikepdf.Pdf.open(io.BytesIO(data)) for data in pdf_data]  # open until saved
    for source in sources:
        out.pages.extend(source.pages)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.tell()


def measure_pikepdf(synthetic: Synthetic, repeat: int, rss: PeakRss) -> Measure:
    """The pikepdf concatenation of the notes, in this process."""
    rss.reset()
    seconds, cpu, size = best_of(repeat, lambda: concatenate_pikepdf(synthetic.pdf_data))
    return Measure(seconds, 1, synthetic.pdf_pages, size, rss.step_peak(), cpu)


# ---------------------------------------------------------------- fresh processes


@dataclass(frozen=True)
class ChildRun:
    """One fresh process: wall time from its start to its exit, its own peak RSS and CPU time
    (user + system), its output."""

    seconds: float
    peak_rss: int  # bytes
    cpu: float
    stdout: str


def run_child(
    command: list[str],
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    ok: tuple[int, ...] = (0,),
) -> ChildRun:
    """Run ``command`` in a fresh process and time it; raise with its errors when it fails.

    ``os.wait4`` gives this child's own resource usage (``RUSAGE_CHILDREN`` would give the
    largest peak of every child so far).
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode not in ok:
            raise RuntimeError(f"{' '.join(command[:4])}…: exit {child.returncode}: {err.read()}")
        cpu = usage.ru_utime + usage.ru_stime
        return ChildRun(seconds, usage.ru_maxrss * 1024, cpu, out.read())  # maxrss: KiB on Linux


def best_child(repeat: int, run: Callable[[], Measure]) -> Measure:
    """``repeat`` runs of a fresh-process step: the shortest wall and CPU times, the highest
    peak RSS."""
    runs = [run() for _ in range(repeat)]
    best = min(runs, key=lambda m: m.seconds)
    cpu = min(m.cpu or 0 for m in runs)
    return dataclasses.replace(best, peak_rss=max(m.peak_rss or 0 for m in runs), cpu=cpu)


QPDF = shutil.which("qpdf")


def write_note_files(pdf_data: list[bytes], folder: Path) -> list[Path]:
    """Each PDF note as a file of its own, in note order, for the qpdf program."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"note-{n:03d}.pdf" for n in range(1, len(pdf_data) + 1)]
    for path, data in zip(paths, pdf_data, strict=True):
        path.write_bytes(data)
    return paths


def concatenate_qpdf(files: list[Path], pages: int, out: Path) -> Measure:
    """The qpdf program concatenates the note files: ``qpdf --empty --pages … -- out.pdf``."""
    command = [str(QPDF), "--empty", "--pages", *map(str, files), "--", str(out)]
    run = run_child(command, ok=(0, 3))  # 3: done, with warnings
    size = out.stat().st_size
    out.unlink()
    return Measure(run.seconds, 1, pages, size, run.peak_rss, run.cpu)


def code_root() -> Path:
    """The folder holding the ``briefing`` package this process imported: the code measured."""
    return Path(briefing.__file__).resolve().parents[1]


def child_env(pycache: Path) -> dict[str, str]:
    """This environment, with the measured code first on the path and bytecode in ``pycache``.

    An installed program has its ``.pyc`` files; with ``PYTHONDONTWRITEBYTECODE`` (set in some
    containers) every run would compile the project's modules again.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(code_root()), env.get("PYTHONPATH"))))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def compile_bytecode(env: dict[str, str], synthetic: Synthetic, folder: Path) -> None:
    """Fill the children's bytecode folder, untimed: compile the measured code, then build a
    small meeting (the sample with one of the PDF notes) so every library a build imports is
    compiled too (with a bytecode folder set, Python looks for no ``.pyc`` anywhere else)."""
    command = [sys.executable, "-m", "compileall", "-q", str(code_root() / "briefing")]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    meeting_file = save_meeting_file(warm_up_meeting(synthetic.meeting), folder)
    cli_build(meeting_file, folder / "packs", env, "all")


def warm_up_meeting(meeting: Meeting) -> Meeting:
    """The sample meeting with the first PDF note of ``meeting``, for its first session."""
    sample = sample_meeting()
    note = next(n for n in meeting.notes if n.format == "pdf")
    note = dataclasses.replace(note, session_ids=(sample.agenda[0].id,))
    return dataclasses.replace(sample, notes=(*sample.notes, note))


def save_meeting_file(meeting: Meeting, folder: Path) -> Path:
    """The meeting saved with the project's store, as a user's meeting file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"meeting{FILE_SUFFIX}"
    save_meeting(meeting, path)
    return path


PAGES_PRINTED = re.compile(r"\((\d+) pages?\)$", re.MULTILINE)


def cli_build(meeting_file: Path, out: Path, env: dict[str, str], formats: str = "pdf") -> Measure:
    """``python -m briefing build MEETING --output OUT``: the full pack as PDF, as a user runs it."""
    command = [sys.executable, "-m", "briefing", "build", str(meeting_file), "--output", str(out)]
    command += ["--build-date", BUILD_DATE.isoformat(), "--format", formats]
    run = run_child(command, env, cwd=meeting_file.parent)
    files = [f for f in out.iterdir() if f.is_file()]
    size = sum(f.stat().st_size for f in files)
    shutil.rmtree(out)
    pages = sum(int(n) for n in PAGES_PRINTED.findall(run.stdout))
    return Measure(run.seconds, len(files), pages, size, run.peak_rss, run.cpu)


# What every build pays before it builds anything: the interpreter, the imports, the fonts.
START_UP = (
    "import briefing.cli, briefing.build, briefing.render.pdf\n"
    "from briefing.render.fonts import pack_fonts\n"
    "pack_fonts()"
)


def start_up(env: dict[str, str]) -> Measure:
    """A fresh process that imports the CLI and the renderers and loads the pack fonts."""
    run = run_child([sys.executable, "-c", START_UP], env)
    return Measure(run.seconds, peak_rss=run.peak_rss, cpu=run.cpu)


def measure_build(
    meeting: Meeting,
    pack: PackDefinition,
    out: Path,
    repeat: int,
    rss: PeakRss,
    fmt: str = "pdf",
) -> Measure:
    """Time ``build_packs`` of ``pack``; each run writes to a fresh folder, removed after."""
    runs = iter(range(repeat))

    def run() -> tuple[BuildReport, int]:
        target = out / f"run-{next(runs)}"
        request = BuildRequest(pack, target, formats=(fmt,), build_date=BUILD_DATE)
        report = build_packs(meeting, request)
        size = sum(f.path.stat().st_size for f in report.files)
        shutil.rmtree(target)
        return report, size

    rss.reset()
    seconds, cpu, (report, size) = best_of(repeat, run)
    pages = sum(f.pages for f in report.files)
    return Measure(seconds, len(report.files), pages, size, rss.step_peak(), cpu)


def build_once(meeting: Meeting, pack: PackDefinition, out: Path) -> None:
    """One untimed build into a folder removed after."""
    target = Path(tempfile.mkdtemp(dir=out))
    build_packs(meeting, BuildRequest(pack, target, build_date=BUILD_DATE))
    shutil.rmtree(target)


def traced_peak(run: Callable[[], object]) -> float:
    """Peak bytes Python allocated (tracemalloc) during one untimed ``run``."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def session_pack() -> PackDefinition:
    """A pack that builds only per-session packs, one per agenda item with people."""
    return PackDefinition(id="sessions", name="Session briefs", kind=PackKind.PER_SESSION)


def without_pdf_notes(meeting: Meeting) -> Meeting:
    """The meeting less its PDF notes: what the full pack costs to lay out, merging nothing."""
    return dataclasses.replace(meeting, notes=tuple(n for n in meeting.notes if n.format != "pdf"))


# =========================================================================== report


@dataclass
class Processes:
    """The steps measured in fresh processes."""

    qpdf: Measure | None  # None when the qpdf program is not installed
    cli: Measure  # `python -m briefing build`, the full pack as PDF
    start_up: Measure  # interpreter, imports and fonts: what every build pays first


@dataclass
class Results:
    """Every figure of one benchmark run."""

    scale: Scale
    synthetic: Synthetic
    baseline: Measure  # pypdf's concatenation of the notes: the yardstick of the targets
    pikepdf: Measure
    full: Measure
    content: Measure  # the full pack with the PDF notes left out
    sessions: Measure
    process_peak: int
    docx: Measure | None = None  # the full pack as DOCX, when the DOCX renderer exists
    processes: Processes | None = None
    font_seconds: float = 0.0
    traced: dict[str, float] = field(default_factory=dict)

    @property
    def merge_seconds(self) -> float:
        """What merging the PDF notes adds to a build: the full pack less the same without."""
        return self.full.seconds - self.content.seconds

    @property
    def merge_ratio(self) -> float:
        return self.merge_seconds / self.baseline.seconds

    @property
    def cli_ratio(self) -> float | None:
        return (
            None if self.processes is None else self.processes.cli.seconds / self.baseline.seconds
        )

    @property
    def sessions_ratio(self) -> float:
        return self.sessions.seconds / self.full.seconds

    def over_qpdf(self, seconds: float) -> float | None:
        """``seconds`` against the qpdf program's concatenation, when it ran."""
        qpdf = self.processes.qpdf if self.processes else None
        return None if qpdf is None else seconds / qpdf.seconds

    def checks(self) -> list[tuple[str, bool]]:
        cli = self.processes.cli if self.processes else None
        return [
            ("merge cost / concatenation", self.merge_ratio <= MERGE_OVER_CONCAT),
            *(
                [
                    ("briefing build / concatenation", (self.cli_ratio or 0) <= CLI_OVER_CONCAT),
                    ("peak memory, briefing build", (cli.peak_rss or 0) <= PEAK_RSS_BYTES),
                ]
                if cli is not None
                else []
            ),
            ("per-session / full pack", self.sessions_ratio <= SESSIONS_OVER_FULL),
            ("peak memory", self.process_peak <= PEAK_RSS_BYTES),
            *(
                [("DOCX / PDF full pack", self.docx.seconds <= self.full.seconds)]
                if self.docx is not None
                else []
            ),
        ]

    def missed(self) -> list[str]:
        return [name for name, ok in self.checks() if not ok]

    def on_cpu(self) -> Results:
        """The same figures with each step's CPU time in place of its wall time."""
        processes = self.processes and Processes(
            self.processes.qpdf and on_cpu(self.processes.qpdf),
            on_cpu(self.processes.cli),
            on_cpu(self.processes.start_up),
        )
        return dataclasses.replace(
            self,
            baseline=on_cpu(self.baseline),
            pikepdf=on_cpu(self.pikepdf),
            full=on_cpu(self.full),
            content=on_cpu(self.content),
            sessions=on_cpu(self.sessions),
            docx=self.docx and on_cpu(self.docx),
            processes=processes,
        )

    def largest_part(self) -> str:
        """Which part of a user's build costs most: starting, laying out, or merging."""
        parts = {"laying out the generated pages": self.content.seconds}
        parts["merging the PDF notes"] = self.merge_seconds
        if self.processes is not None:
            parts["start-up (imports, fonts)"] = self.processes.start_up.seconds
        return max(parts, key=lambda name: parts[name])


def on_cpu(m: Measure) -> Measure:
    """``m`` with its CPU time as its time (wall time stretches when others use the CPUs)."""
    return dataclasses.replace(m, seconds=m.seconds if m.cpu is None else m.cpu)


def with_cpu(wall: list[Row], cpu: list[Row]) -> list[Row]:
    """The rows of the wall-clock view, each measured time and ratio followed by its CPU-time
    twin (the steps that are not counted have no twin)."""
    rows = []
    for w, c in zip(wall, cpu, strict=True):
        figure = w[1]
        if figure.endswith((" s", " x")) and w[3] != NOT_COUNTED:
            figure = f"{figure} ({c[1].split()[0]})"
        rows.append((w[0], figure, w[2], w[3]))
    return rows


def megabytes(value: float | None) -> str:
    """A size in whole megabytes (MiB), or n/a."""
    return "n/a" if value is None else f"{value / MB:,.0f} MB"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} x"


def target_cell(limit: str, ok: bool) -> str:
    """A target column's text: the limit, then OK or MISSED."""
    return f"{limit} {'OK' if ok else 'MISSED'}"


def versions_line() -> str:
    """The versions of the PDF libraries and the qpdf program."""
    qpdf = "not installed"
    if QPDF:
        done = subprocess.run([QPDF, "--version"], capture_output=True, text=True)
        qpdf = done.stdout.split("\n")[0].removeprefix("qpdf version ")
    return (
        f"library : pypdf {pypdf.__version__}, pikepdf {pikepdf.__version__} "
        f"(libqpdf {pikepdf.__libqpdf_version__}), qpdf program {qpdf}, "
        f"reportlab {reportlab.Version} (C accelerator {'yes' if _has_rl_accel() else 'no'})"
    )


def machine_lines() -> list[str]:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    return [
        f"machine : {cpus} CPU(s) usable (nproc), {platform.system()} {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}{load}",
        versions_line(),
        f"code    : briefing from {code_root()}",
    ]


def _has_rl_accel() -> bool:
    try:
        import _rl_accel  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def meeting_line(r: Results) -> str:
    m, s = r.synthetic.meeting, r.synthetic
    text_notes = len(m.notes) - len(s.pdf_data)
    streams = "ASCII85 + Flate" if ASCII85["on"] else "Flate"
    kind = "realistic (embedded fonts, photos)" if REALISTIC["on"] else "plain Helvetica"
    return (
        f"meeting : {r.scale.name} scale, {r.scale.days} days, {len(m.agenda)} sessions, "
        f"{len(m.people)} people, {len(m.notes)} notes ({len(s.pdf_data)} PDF with "
        f"{s.pdf_pages:,} pages from {s.distinct_files} distinct files, {kind}, {streams} "
        f"streams, {megabytes(sum(map(len, s.pdf_data)))}; {text_notes} Markdown/text)"
    )


def _docx_rows(r: Results) -> list[Row]:
    """The DOCX full pack next to the PDF one (target: no slower than the PDF pack)."""
    if r.docx is None:
        return []
    ratio = r.docx.seconds / r.full.seconds
    return [
        ("full pack as DOCX", f"{r.docx.seconds:.2f} s", f"1 file, {megabytes(r.docx.size)}", ""),
        ("  DOCX / PDF full pack", f"{ratio:.2f} x", "", target_cell("<= 1.0", ratio <= 1.0)),
    ]


def _baseline_rows(r: Results) -> list[Row]:
    """The three concatenations of the same notes."""
    b, k = r.baseline, r.pikepdf
    qpdf = r.processes.qpdf if r.processes else None
    rows = [
        (
            "concatenation, pypdf",
            f"{b.seconds:.2f} s",
            f"{b.pages:,} pages, {megabytes(b.size)}",
            "",
        ),
        (
            "concatenation, pikepdf",
            f"{k.seconds:.2f} s",
            f"{megabytes(k.size)}, in process",
            "info",
        ),
    ]
    if qpdf is not None:
        detail = f"{megabytes(qpdf.size)}, qpdf --empty --pages, a fresh process"
        rows.append(("concatenation, qpdf", f"{qpdf.seconds:.2f} s", detail, "info"))
    return rows


def _build_rows(r: Results) -> list[Row]:
    """The full pack in this process, the same without PDF notes, and what merging adds."""
    f, c, ok = r.full, r.content, dict(r.checks())
    share = f"{c.seconds / f.seconds:.0%} of the full pack"
    return [
        (
            "full pack, in process",
            f"{f.seconds:.2f} s",
            f"{f.pages:,} pages, {megabytes(f.size)}",
            "",
        ),
        ("  full / pypdf concat", _ratio(f.seconds / r.baseline.seconds), "", "info"),
        ("  full, no PDF notes", f"{c.seconds:.2f} s", f"{c.pages:,} pages, {share}", "info"),
        ("  merge cost (full - no PDF)", f"{r.merge_seconds:.2f} s", "what merging adds", ""),
        (
            "    / pypdf concat",
            _ratio(r.merge_ratio),
            "",
            target_cell(f"<= {MERGE_OVER_CONCAT}", ok["merge cost / concatenation"]),
        ),
        ("    / qpdf concat", _ratio(r.over_qpdf(r.merge_seconds)), "", "info"),
    ]


def _cli_rows(r: Results) -> list[Row]:
    """The whole `briefing build` in a fresh process, as a user runs it."""
    if r.processes is None:
        return []
    cli, up, ok = r.processes.cli, r.processes.start_up, dict(r.checks())
    detail = f"{cli.pages:,} pages, {megabytes(cli.size)}, peak RSS {megabytes(cli.peak_rss)}"
    return [
        ("briefing build, fresh process", f"{cli.seconds:.2f} s", detail, ""),
        (
            "  / pypdf concat",
            _ratio(r.cli_ratio),
            "",
            target_cell(f"<= {CLI_OVER_CONCAT}", ok["briefing build / concatenation"]),
        ),
        ("  / qpdf concat", _ratio(r.over_qpdf(cli.seconds)), "", "info"),
        ("  of it: start-up", f"{up.seconds:.2f} s", "interpreter, imports, pack fonts", "info"),
        ("  largest part", "", r.largest_part(), "info"),
    ]


def rows(r: Results) -> list[Row]:
    """(step, figure, detail, target) for each line of the table."""
    b, f, s = r.baseline, r.full, r.sessions
    ok = dict(r.checks())
    table = [
        ("generate meeting", f"{r.synthetic.seconds:.1f} s", "synthetic, in memory", NOT_COUNTED),
        ("warm fonts", f"{r.font_seconds:.1f} s", "pack_fonts() before timing", NOT_COUNTED),
        *_baseline_rows(r),
        *_build_rows(r),
        *_cli_rows(r),
        (
            "per-session packs",
            f"{s.seconds:.2f} s",
            f"{s.files} files, {s.pages:,} pages, {megabytes(s.size)}",
            "",
        ),
        (
            "  per-session / full",
            f"{r.sessions_ratio:.2f} x",
            "",
            target_cell(f"<= {SESSIONS_OVER_FULL}", ok["per-session / full pack"]),
        ),
        *_docx_rows(r),
        (
            "peak RSS, whole process",
            megabytes(r.process_peak),
            "ru_maxrss high-water mark",
            target_cell("<= 1 GB", ok["peak memory"]),
        ),
    ]
    for name, m in (("pypdf concat", b), ("pikepdf concat", r.pikepdf), ("full pack", f)):
        table.append((f"  peak RSS, {name}", megabytes(m.peak_rss), "VmHWM, reset before it", ""))
    table.append(("  peak RSS, per-session", megabytes(s.peak_rss), "VmHWM, reset before it", ""))
    if r.processes is not None:
        peak, cli_ok = r.processes.cli.peak_rss, ok["peak memory, briefing build"]
        target = target_cell("<= 1 GB", cli_ok)
        table.append(
            ("peak RSS, briefing build", megabytes(peak), "the child's own (wait4)", target)
        )
    for name, peak in r.traced.items():
        table.append((f"  Python heap, {name}", megabytes(peak), "tracemalloc, extra run", "info"))
    return table


def print_report(r: Results) -> None:
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"\nForum-scale benchmark, {now}")
    for line in [*machine_lines(), meeting_line(r)]:
        print(line)
    print_rows(with_cpu(rows(r), rows(r.on_cpu())))
    print_missed(r.missed(), r.on_cpu().missed())


def print_rows(rows: list[Row]) -> None:
    """A (step, figure, detail, target) table under its header, the figures right-aligned."""
    table = [("step", "wall (CPU)", "detail", "target"), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for n, row in enumerate(table):
        cells = [
            c.rjust(w) if i == 1 else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_missed(missed: list[str], missed_on_cpu: list[str]) -> None:
    """The closing lines: every target met, or the ones missed; and the same on CPU time."""
    print("\nall targets met" if not missed else f"\ntargets missed: {', '.join(missed)}")
    verdict = ", ".join(missed_on_cpu) or "none"
    print(f"(taken on CPU time instead of wall-clock time, targets missed: {verdict})")


# =========================================================================== main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small meeting for a smoke run")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="best of N runs")
    parser.add_argument(
        "--realistic",
        action="store_true",
        help="notes with embedded fonts and a photo every few pages, like exported reports",
    )
    parser.add_argument(
        "--ascii85",
        action="store_true",
        help="notes' streams ASCII85 over Flate, as reportlab writes them by default",
    )
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also the Python heap peak of each build (an extra untimed run each, ~8x slower)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    return args


@contextmanager
def announce(what: str) -> Iterator[None]:
    """Progress on stderr, so stdout holds only the report."""
    print(f"{what}…", end=" ", flush=True, file=sys.stderr)
    start = time.perf_counter()
    yield
    print(f"{time.perf_counter() - start:.1f} s", file=sys.stderr)


def timed(run: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = run()
    return result, time.perf_counter() - start


def measure_all(synthetic: Synthetic, out: Path, repeat: int, rss: PeakRss) -> Results:
    """Every step that runs in this process."""
    meeting = synthetic.meeting
    content_only = without_pdf_notes(meeting)
    with announce("concatenation, pypdf"):
        baseline = measure_baseline(synthetic, repeat, rss)
    with announce("concatenation, pikepdf"):
        with_pikepdf = measure_pikepdf(synthetic, repeat, rss)
    with announce("full pack"):
        full = measure_build(meeting, meeting.pack_definitions()[0], out / "full", repeat, rss)
    with announce("full pack without the PDF notes"):
        pack = content_only.pack_definitions()[0]
        content = measure_build(content_only, pack, out / "content", repeat, rss)
    with announce("per-session packs"):
        sessions = measure_build(meeting, session_pack(), out / "sessions", repeat, rss)
    with announce("full pack as DOCX"):
        pack = meeting.pack_definitions()[0]
        docx = measure_build(meeting, pack, out / "docx", repeat, rss, "docx")
    rss.reset()  # fold the last step's mark into the process peak
    return Results(
        synthetic.scale,
        synthetic,
        baseline,
        with_pikepdf,
        full,
        content,
        sessions,
        rss.process_peak,
        docx=docx,
    )


def measure_processes(synthetic: Synthetic, out: Path, repeat: int) -> Processes:
    """Every step that runs in a fresh process: qpdf, `briefing build`, and start-up alone."""
    qpdf = None
    if QPDF:
        files = write_note_files(synthetic.pdf_data, out / "notes")
        with announce("concatenation, qpdf program"):
            result = out / "qpdf.pdf"
            qpdf = best_child(repeat, lambda: concatenate_qpdf(files, synthetic.pdf_pages, result))
    env = child_env(out / "pycache")
    with announce("saving the meeting file, compiling the code (not timed)"):
        meeting_file = save_meeting_file(synthetic.meeting, out / "meeting")
        compile_bytecode(env, synthetic, out / "warm-up")
    with announce("briefing build, a fresh process"):
        cli = best_child(repeat, lambda: cli_build(meeting_file, out / "cli", env))
    with announce("start-up alone, a fresh process"):
        up = best_child(repeat, lambda: start_up(env))
    return Processes(qpdf, cli, up)


def trace_builds(meeting: Meeting, out: Path) -> dict[str, float]:
    """The tracemalloc peak of one full-pack and one per-session build (not timed)."""
    traced = {}
    for name, pack in (
        ("full pack", meeting.pack_definitions()[0]),
        ("per-session", session_pack()),
    ):
        with announce(f"tracemalloc, {name}"):
            traced[name] = traced_peak(lambda p=pack: build_once(meeting, p, out))
    return traced


def generate(scale: Scale) -> Synthetic:
    """The synthetic meeting, timed, with the fonts warmed (neither counts in a target)."""
    with announce(f"generating the meeting ({scale.name})"):
        synthetic, seconds = timed(lambda: make_meeting(scale))
        synthetic.seconds = seconds
    return synthetic


def run(scale: Scale, repeat: int, trace: bool) -> Results:
    rss = PeakRss()
    synthetic = generate(scale)
    with announce("warming the fonts"):
        _, font_seconds = timed(pack_fonts)
    with tempfile.TemporaryDirectory(prefix="forum-scale-") as tmp:
        results = measure_all(synthetic, Path(tmp), repeat, rss)
        results.font_seconds = font_seconds
        results.processes = measure_processes(synthetic, Path(tmp), repeat)
        if trace:  # after the memory figures: tracemalloc's own bookkeeping would inflate them
            results.traced = trace_builds(synthetic.meeting, Path(tmp))
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    REALISTIC["on"] = args.realistic
    ASCII85["on"] = args.ascii85
    results = run(QUICK if args.quick else FULL, args.repeat, args.tracemalloc)
    print_report(results)
    return 1 if results.missed() else 0


if __name__ == "__main__":
    sys.exit(main())
