"""Forum-scale benchmark: how fast and how lean is a pack build for a big meeting?

Run it from the project root (it is a script, not a test; pytest does not collect it)::

    .venv/bin/python benchmarks/forum_scale.py            # the full Forum-scale meeting
    .venv/bin/python benchmarks/forum_scale.py --quick    # a small smoke run
    .venv/bin/python benchmarks/forum_scale.py --repeat 3 # best of three for each timed step

It makes a synthetic meeting in memory (seeded, so every run makes the same bytes): three days,
70 sessions, 300 people with multilingual names and bios, 100 PDF notes of about 3,000
text-heavy pages in all (drawn with reportlab's canvas, some with bookmarks of their own) and
50 Markdown or text notes. It then times, in one process:

1. ``baseline``: pypdf alone concatenating the same 100 PDF notes into one file;
2. ``full pack``: ``build_packs`` of the meeting's default full pack as PDF;
3. ``per-session``: ``build_packs`` of a per-session pack definition (one PDF per session);

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
import resource
import shutil
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

import pypdf
import reportlab
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

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

T = TypeVar("T")
SEED = 20_171_130
MB = 1024 * 1024

# Targets (see benchmarks/README.md)
FULL_OVER_BASELINE = 2.0
SESSIONS_OVER_FULL = 3.0
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


@contextmanager
def flate_only() -> Iterator[None]:
    """Streams compressed with Flate alone, as most PDFs are (reportlab adds ASCII85 by default,
    which costs a reader far more to decode); the pack's own renderer is left as configured."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def pdf_note(rng: Random, title: str, pages: int, bookmarks: bool) -> bytes:
    """A text-heavy PDF: a heading and ~40 lines of Helvetica per page, maybe bookmarks."""
    with flate_only():
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


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """The shortest wall time of ``repeat`` runs, and the last run's result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result  # type: ignore[return-value]


def concatenate(pdf_data: list[bytes]) -> int:
    """The baseline: pypdf appends every PDF note into one file; returns the file's size."""
    writer = PdfWriter()
    for data in pdf_data:
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.tell()


def measure_baseline(synthetic: Synthetic, repeat: int, rss: PeakRss) -> Measure:
    rss.reset()
    seconds, size = best_of(repeat, lambda: concatenate(synthetic.pdf_data))
    return Measure(seconds, 1, synthetic.pdf_pages, size, rss.step_peak())


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
        request = BuildRequest(pack, target, formats=(fmt,), build_date=dt.date(2025, 11, 17))
        report = build_packs(meeting, request)
        size = sum(f.path.stat().st_size for f in report.files)
        shutil.rmtree(target)
        return report, size

    rss.reset()
    seconds, (report, size) = best_of(repeat, run)
    pages = sum(f.pages for f in report.files)
    return Measure(seconds, len(report.files), pages, size, rss.step_peak())


def build_once(meeting: Meeting, pack: PackDefinition, out: Path) -> None:
    """One untimed build into a folder removed after."""
    target = Path(tempfile.mkdtemp(dir=out))
    build_packs(meeting, BuildRequest(pack, target, build_date=dt.date(2025, 11, 17)))
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
class Results:
    """Every figure of one benchmark run."""

    scale: Scale
    synthetic: Synthetic
    baseline: Measure
    full: Measure
    content: Measure  # the full pack with the PDF notes left out
    sessions: Measure
    process_peak: int
    docx: Measure | None = None  # the full pack as DOCX, when the DOCX renderer exists
    font_seconds: float = 0.0
    traced: dict[str, float] = field(default_factory=dict)

    @property
    def full_ratio(self) -> float:
        return self.full.seconds / self.baseline.seconds

    @property
    def merge_ratio(self) -> float:
        return (self.full.seconds - self.content.seconds) / self.baseline.seconds

    @property
    def sessions_ratio(self) -> float:
        return self.sessions.seconds / self.full.seconds

    def checks(self) -> list[tuple[str, bool]]:
        return [
            ("full pack / baseline", self.full_ratio <= FULL_OVER_BASELINE),
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


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value / MB:,.0f} MB"


def _target(limit: str, ok: bool) -> str:
    return f"{limit} {'OK' if ok else 'MISSED'}"


def machine_lines() -> list[str]:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"machine : {cpus} CPU(s) usable (nproc), {platform.system()} {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}",
        f"library : pypdf {pypdf.__version__}, reportlab {reportlab.Version}, "
        f"reportlab C accelerator {'yes' if _has_rl_accel() else 'no (pure Python)'}",
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
    return (
        f"meeting : {r.scale.name} scale, {r.scale.days} days, {len(m.agenda)} sessions, "
        f"{len(m.people)} people, {len(m.notes)} notes ({len(s.pdf_data)} PDF with "
        f"{s.pdf_pages:,} pages from {s.distinct_files} distinct files, {text_notes} Markdown/text)"
    )


def _docx_rows(r: Results) -> list[tuple[str, str, str, str]]:
    """The DOCX full pack next to the PDF one (target: no slower than the PDF pack)."""
    if r.docx is None:
        return []
    ratio = r.docx.seconds / r.full.seconds
    return [
        ("full pack as DOCX", f"{r.docx.seconds:.2f} s", f"1 file, {_mb(r.docx.size)}", ""),
        ("  DOCX / PDF full pack", f"{ratio:.2f} x", "", _target("<= 1.0", ratio <= 1.0)),
    ]


def rows(r: Results) -> list[tuple[str, str, str, str]]:
    """(step, figure, detail, target) for each line of the table."""
    b, f, c, s = r.baseline, r.full, r.content, r.sessions
    ok = dict(r.checks())
    table = [
        ("generate meeting", f"{r.synthetic.seconds:.1f} s", "synthetic, in memory", "not counted"),
        ("warm fonts", f"{r.font_seconds:.1f} s", "pack_fonts() before timing", "not counted"),
        ("baseline (pypdf concat)", f"{b.seconds:.2f} s", f"{b.pages:,} pages, {_mb(b.size)}", ""),
        ("full pack", f"{f.seconds:.2f} s", f"{f.pages:,} pages, {_mb(f.size)}, 1 file", ""),
        (
            "  full / baseline",
            f"{r.full_ratio:.2f} x",
            "",
            _target(f"<= {FULL_OVER_BASELINE}", ok["full pack / baseline"]),
        ),
        ("  full, no PDF notes", f"{c.seconds:.2f} s", f"{c.pages:,} pages (layout only)", "info"),
        ("  (full - no PDF) / baseline", f"{r.merge_ratio:.2f} x", "what merging adds", "info"),
        (
            "per-session packs",
            f"{s.seconds:.2f} s",
            f"{s.files} files, {s.pages:,} pages, {_mb(s.size)}",
            "",
        ),
        (
            "  per-session / full",
            f"{r.sessions_ratio:.2f} x",
            "",
            _target(f"<= {SESSIONS_OVER_FULL}", ok["per-session / full pack"]),
        ),
        *_docx_rows(r),
        (
            "peak RSS, whole process",
            _mb(r.process_peak),
            "ru_maxrss high-water mark",
            _target("<= 1 GB", ok["peak memory"]),
        ),
    ]
    for name, m in (("baseline", b), ("full pack", f), ("per-session", s)):
        table.append((f"  peak RSS, {name}", _mb(m.peak_rss), "VmHWM, reset before it", ""))
    for name, peak in r.traced.items():
        table.append((f"  Python heap, {name}", _mb(peak), "tracemalloc, extra run", "info"))
    return table


def print_report(r: Results) -> None:
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"\nForum-scale benchmark, {now}")
    for line in [*machine_lines(), meeting_line(r)]:
        print(line)
    table = [("step", "figure", "detail", "target"), *rows(r)]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for n, row in enumerate(table):
        cells = [
            c.rjust(w) if i == 1 else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    missed = r.missed()
    print("\nall targets met" if not missed else f"\ntargets missed: {', '.join(missed)}")


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
    meeting = synthetic.meeting
    content_only = without_pdf_notes(meeting)
    with announce("baseline"):
        baseline = measure_baseline(synthetic, repeat, rss)
    with announce("full pack"):
        full = measure_build(meeting, meeting.pack_definitions()[0], out / "full", repeat, rss)
    with announce("full pack without the PDF notes"):
        pack = content_only.pack_definitions()[0]
        content = measure_build(content_only, pack, out / "content", repeat, rss)
    with announce("per-session packs"):
        sessions = measure_build(meeting, session_pack(), out / "sessions", repeat, rss)
    docx = None
    if True:  # the DOCX renderer is always registered
        with announce("full pack as DOCX"):
            pack = meeting.pack_definitions()[0]
            docx = measure_build(meeting, pack, out / "docx", repeat, rss, "docx")
    rss.reset()  # fold the last step's mark into the process peak
    return Results(
        synthetic.scale, synthetic, baseline, full, content, sessions, rss.process_peak, docx=docx
    )


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


def run(scale: Scale, repeat: int, trace: bool) -> Results:
    rss = PeakRss()
    with announce(f"generating the {scale.name}-scale meeting"):
        synthetic, seconds = timed(lambda: make_meeting(scale))
        synthetic.seconds = seconds
    with announce("warming the fonts"):
        _, font_seconds = timed(pack_fonts)
    with tempfile.TemporaryDirectory(prefix="forum-scale-") as tmp:
        results = measure_all(synthetic, Path(tmp), repeat, rss)
        results.font_seconds = font_seconds
        if trace:  # after the memory figures: tracemalloc's own bookkeeping would inflate them
            results.traced = trace_builds(synthetic.meeting, Path(tmp))
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    REALISTIC["on"] = args.realistic
    results = run(QUICK if args.quick else FULL, args.repeat, args.tracemalloc)
    print_report(results)
    return 1 if results.missed() else 0


if __name__ == "__main__":
    sys.exit(main())
