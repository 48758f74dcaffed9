"""The programme corpus: real published programmes, each with the results expected by hand.

Each programme is a text (``NAME.txt`` or ``NAME.md``: the programme part of the published
document, trimmed) and ``NAME.json``: its source address, publisher, language, the format it is
read in and the entries a person would enter by hand. A DOCX or PDF programme is rebuilt here
from its text with its layout (paragraphs, or a table whose rows are tab-separated lines and
whose cell paragraphs are separated by ``¶``), so the corpus stays small.

Scoring counts, for times, titles, names and roles, what was expected, what the import found
and what matched; ``tests/briefing/importers/test_corpus.py`` holds the floor and
``benchmarks/agenda_corpus.py`` prints the figures.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.importers import read_concept_note
from briefing.model import Meeting, RoleKind
from briefing.validation import fold

CORPUS = Path(__file__).resolve().parent
FIELDS = ("times", "titles", "names", "roles", "kinds", "rooms")
FLOOR_FIELDS = ("times", "titles", "names", "roles")
_CELL = "¶"


@dataclass(frozen=True)
class Programme:
    """One programme of the corpus: its text and what a person reads in it."""

    name: str
    text: str
    suffix: str
    meta: dict[str, Any]

    @property
    def items(self) -> list[dict[str, Any]]:
        """The entries expected by hand."""
        return list(self.meta["items"])


@dataclass
class Counts:
    """How many of one field were expected, found, and matched."""

    expected: int = 0
    found: int = 0
    matched: int = 0

    def add(self, other: Counts) -> None:
        """Add another programme's counts."""
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched

    @property
    def recall(self) -> float:
        """Matched over expected (1 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        """Matched over found (1 when nothing was found)."""
        return self.matched / self.found if self.found else 1.0


@dataclass
class Score:
    """Counts for each field."""

    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})

    def add(self, other: Score) -> None:
        """Add another programme's score."""
        for name, counts in other.fields.items():
            self.fields[name].add(counts)


def programmes() -> list[Programme]:
    """Every programme of the corpus, by name."""
    found = []
    for meta_path in sorted(CORPUS.glob("*.json")):
        text_path = next(CORPUS.glob(f"{meta_path.stem}.[tm][xd]*"))
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        found.append(Programme(meta_path.stem, text, text_path.suffix, meta))
    return found


# --------------------------------------------------------------------------- documents


def document(programme: Programme) -> tuple[bytes, str]:
    """The programme as the file it is read from: (bytes, file name)."""
    form = programme.meta["format"]
    if form == "docx":
        return _docx(programme.text, programme.meta["layout"]), f"{programme.name}.docx"
    if form == "pdf":
        return _pdf(programme.text, programme.meta["layout"]), f"{programme.name}.pdf"
    return programme.text.encode("utf-8"), f"{programme.name}{programme.suffix}"


def _blocks(text: str) -> list[str | list[list[str]]]:
    """Lines, with each run of tab-separated lines gathered as a table's rows of cells."""
    blocks: list[str | list[list[str]]] = []
    for line in text.splitlines():
        if "\t" not in line:
            blocks.append(line)
        elif blocks and isinstance(blocks[-1], list):
            blocks[-1].append(line.split("\t"))
        else:
            blocks.append([line.split("\t")])
    return blocks


def _docx(text: str, layout: str) -> bytes:
    """A Word document of the text: paragraphs (bullets as list paragraphs) and tables."""
    import docx

    document = docx.Document()
    for block in _blocks(text):
        if isinstance(block, list):
            _docx_table(document, block)
        elif layout == "paragraphs" and block.startswith("• "):
            document.add_paragraph(block[2:], style="List Bullet")
        else:
            document.add_paragraph(block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_table(document: Any, rows: list[list[str]]) -> None:
    """A table whose cells hold one paragraph per ``¶``-separated part."""
    table = document.add_table(rows=0, cols=max(len(r) for r in rows))
    for row in rows:
        cells = table.add_row().cells
        for cell, content in zip(cells, row, strict=False):
            parts = content.split(_CELL)
            cell.text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph(part)


def _pdf(text: str, layout: str) -> bytes:
    """A PDF of the text, laid out by reportlab: paragraphs, and tables as grids."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["BodyText"]
    story: list[Any] = []
    for block in _blocks(text):
        if isinstance(block, list):
            cells = [[_pdf_cell(c, style, Paragraph) for c in row] for row in block]
            story.append(Table(cells, colWidths=[90, 380][: len(block[0])], style=_GRID))
        elif block.strip():
            story.append(Paragraph(_escaped(block), style))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()


_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _pdf_cell(content: str, style: Any, paragraph: Any) -> Any:
    """A table cell: its parts one per line."""
    return paragraph("<br/>".join(_escaped(p) for p in content.split(_CELL)), style)


def _escaped(text: str) -> str:
    """Text for a reportlab paragraph; the standard fonts draw Windows-1252 only."""
    from xml.sax.saxutils import escape

    text.encode("cp1252")  # a character outside it would be drawn as a box: fail here
    return escape(text)


# --------------------------------------------------------------------------- scoring


def imported(programme: Programme) -> Meeting:
    """The meeting the importer reads from the programme's document."""
    data, filename = document(programme)
    return read_concept_note(data, filename).meeting


def _key(text: str) -> str:
    """Text compared without case, accents, quote styles or spacing."""
    text = fold(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[–—]", "-", text)
    return " ".join(text.split()).strip(" .,;:")


def _role(kind: RoleKind) -> str:
    """A role as the corpus writes it: the kind's value."""
    return kind.value


def _expected_rows(programme: Programme) -> dict[str, Counter[tuple[Any, ...]]]:
    """The expected facts of each field, as multisets."""
    rows: dict[str, Counter[tuple[Any, ...]]] = {f: Counter() for f in FIELDS}
    for item in programme.items:
        slot = (item["date"], item["start"])
        rows["times"][(*slot, item["end"])] += 1
        rows["titles"][(*slot, _key(item["title"]))] += 1
        rows["kinds"][(*slot, _key(item["title"]), item["kind"])] += 1
        if item["room"]:
            rows["rooms"][(*slot, _key(item["room"]))] += 1
        for person in item["people"]:
            rows["names"][(*slot, _key(person["name"]))] += 1
            rows["roles"][(*slot, _key(person["name"]), person["role"])] += 1
    return rows


def _found_rows(meeting: Meeting) -> dict[str, Counter[tuple[Any, ...]]]:
    """The facts the import found, in the same form."""
    rows: dict[str, Counter[tuple[Any, ...]]] = {f: Counter() for f in FIELDS}
    one_day = meeting.first_date if meeting.first_date == meeting.last_date else None
    for item in meeting.agenda:
        date = item.date or one_day  # an entry without a date is on a one-day meeting's day
        slot = (date.isoformat() if date else None, f"{item.start:%H:%M}")
        rows["times"][(*slot, f"{item.end:%H:%M}")] += 1
        rows["titles"][(*slot, _key(item.title))] += 1
        rows["kinds"][(*slot, _key(item.title), item.kind.value)] += 1
        if item.room:
            rows["rooms"][(*slot, _key(item.room))] += 1
        for participant in item.participants:
            name = _key(meeting.person(participant.person_id).name)
            rows["names"][(*slot, name)] += 1
            rows["roles"][(*slot, name, _role(participant.role.kind))] += 1
    return rows


def score(programme: Programme, meeting: Meeting) -> Score:
    """How well the imported meeting reads the programme, field by field."""
    expected, found = _expected_rows(programme), _found_rows(meeting)
    result = Score()
    for name in FIELDS:
        counts = result.fields[name]
        counts.expected = sum(expected[name].values())
        counts.found = sum(found[name].values())
        counts.matched = _matched(name, expected[name], found[name])
    return result


def _matched(name: str, expected: Counter[tuple[Any, ...]], found: Counter[tuple[Any, ...]]) -> int:
    """Facts in both; an entry the programme gives no end matches on its start alone."""
    matched = sum((expected & found).values())
    if name == "times":
        open_ended = Counter(k[:2] for k, n in expected.items() for _ in range(n) if k[2] is None)
        leftover = Counter(k[:2] for k, n in (found - expected).items() for _ in range(n))
        matched += sum((open_ended & leftover).values())
    return matched


def score_corpus() -> tuple[dict[str, Score], Score]:
    """Each programme's score and the total."""
    per: dict[str, Score] = {}
    total = Score()
    for programme in programmes():
        per[programme.name] = score(programme, imported(programme))
        total.add(per[programme.name])
    return per, total
