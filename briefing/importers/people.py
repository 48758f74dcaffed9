"""People import: a CSV from a registration system or a spreadsheet becomes the meeting's people.

Columns are mapped by their header, case- and accent-insensitively, in English, French and
Spanish. The file is read as UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), or,
when it is not UTF-8, in the legacy encoding its letters read best in (Windows-1252, Shift-JIS,
GB18030…, see :func:`briefing.text.text_encoding`), which the result names. A byte that does not
belong to the file's encoding is reported with its line, and that row is skipped: it is never
quietly read in another encoding. Cells are separated by commas, semicolons or tabs (sniffed on
the header line). A file of more than :data:`MAX_ROWS` rows is refused: no meeting has that
many people, and it is most likely the wrong file.

The input is streamed: it is decoded and parsed row by row, never held whole, so only the
resulting meeting grows with the file. Existing people are updated (matched by email, else by
name), never duplicated. A row that cannot be used is skipped and reported with its line number;
a problem inside a row that can still be used (a malformed email, missing cells, NUL characters)
is reported too, and the rest of the row is kept.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import BinaryIO

from briefing.errors import BriefingError, RefusedFileError, ValidationError
from briefing.model import Meeting, Person, new_id
from briefing.safe_read import open_regular_file
from briefing.text import encoding_name, text_encoding
from briefing.validation import MAX_PEOPLE, check_email, fold

__all__ = ["PeopleImport", "RowProblem", "import_people", "import_people_file"]

MAX_CSV_BYTES = 200 * 1024 * 1024  # with the row limit, what no registration list comes near
MAX_ROWS = MAX_PEOPLE  # people in one file: no more than a meeting may hold
HEAD_BYTES = 64 * 1024  # bytes looked at to choose the encoding
MAX_LINE_CHARS = 1024 * 1024  # a longer physical line is skipped, never read whole
MAX_PROBLEMS = 1000  # more problems are counted in one closing line, not listed
_CHUNK = 64 * 1024

# Each field and the headers that name it, written as _header_key writes them.
_FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "fullname",
        "participant",
        "participantname",
        "nomcomplet",
        "nometprenom",
        "prenometnom",
        "nombrecompleto",
        "nombreyapellido",
        "nombreyapellidos",
    ),
    "first": ("firstname", "givenname", "forename", "first", "prenom", "nombre", "nombres"),
    "last": (
        "lastname",
        "surname",
        "familyname",
        "last",
        "nom",
        "nomdefamille",
        "apellido",
        "apellidos",
    ),
    "honorific": ("honorific", "salutation", "prefix", "civilite", "tratamiento"),
    "position": (
        "title",
        "position",
        "jobtitle",
        "function",
        "fonction",
        "titre",
        "poste",
        "cargo",
        "puesto",
    ),
    "organisation": (
        "affiliation",
        "organisation",
        "organization",
        "institution",
        "company",
        "organisme",
        "organizacion",
        "institucion",
        "entidad",
    ),
    "email": (
        "email",
        "emailaddress",
        "mail",
        "courriel",
        "adresseelectronique",
        "correo",
        "correoelectronico",
    ),
    "bio": ("bio", "biography", "shortbio", "biographie", "biografia"),
}
_HEADER_FIELDS: dict[str, str] = {
    key: name for name, keys in _FIELD_HEADERS.items() for key in keys
}
_NAME_FIELDS = ("name", "first", "last")
_EXPECTED_NAMES = "Name, Full name, First name, Last name, Prénom, Nom, Nombre, Apellido"
# Honorifics written before a full name, folded and without dots.
# ("He" without dots is a Chinese family name, so only "H.E." counts.)
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "dra", "prof", "professor", "amb", "ambassador"}
    | {"mme", "mlle", "sr", "sra", "srta"}
)
_HIS_EXCELLENCY = re.compile(r"^H\.\s?E\.$", re.IGNORECASE)
_NOT_CSV = (
    (b"PK\x03\x04", "is an Excel workbook (or another zip file), not a CSV"),
    (b"\xd0\xcf\x11\xe0", "is an old Excel workbook (.xls), not a CSV"),
    (b"%PDF", "is a PDF, not a CSV"),
)


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one line of the file; ``str()`` gives ``line 7: skipped: no name``."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class PeopleImport:
    """The meeting with the people brought in, how many were added and updated, problems, and
    the encoding the file was read in (as people name it: ``Shift-JIS (Japanese)``)."""

    meeting: Meeting
    added: int
    updated: int
    problems: tuple[RowProblem, ...]
    encoding: str = ""


def import_people(meeting: Meeting, data: bytes | BinaryIO, filename: str) -> PeopleImport:
    """Add or update the people listed in a CSV; raise :class:`BriefingError` if it is unusable."""
    name = PurePath(filename.replace("\\", "/")).name or filename
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    try:
        return _import(meeting, stream, name)
    except OSError as exc:
        raise BriefingError(f"{name}: the file cannot be read ({exc.strerror or exc})") from None


def import_people_file(meeting: Meeting, path: Path) -> PeopleImport:
    """:func:`import_people` from a CSV on disk: a regular file of at most :data:`MAX_CSV_BYTES`."""
    try:
        with open_regular_file(path, MAX_CSV_BYTES) as stream:
            return import_people(meeting, stream, path.name)
    except RefusedFileError as exc:
        raise BriefingError(f"{path.name}: the file {exc.problem}") from None
    except OSError as exc:
        raise BriefingError(
            f"{path.name}: the file cannot be read ({exc.strerror or exc})"
        ) from None


def _import(meeting: Meeting, stream: BinaryIO, name: str) -> PeopleImport:
    """Read the CSV row by row into the meeting's people."""
    problems = _Problems()
    lines = _open_lines(stream, name, problems)
    header_line, header = _read_header(lines, name)
    columns = _map_columns(header, header_line, name, problems)
    roster = _Roster(meeting)
    reader = csv.reader(lines, delimiter=_sniff_delimiter(lines.header_text))
    previous_end = header_line
    rows = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.add(previous_end + 1, f"skipped: the row cannot be read ({exc})")
            previous_end = lines.number
            continue
        start, previous_end = previous_end + 1, lines.number
        if not any(cell.strip() for cell in cells):
            continue
        rows += 1
        if rows > MAX_ROWS:
            raise BriefingError(
                f"{name}: more than {MAX_ROWS:,} rows, more people than any meeting has; "
                "check that this is the list of the meeting's people, or split it"
            )
        if not lines.bad_byte_problem(start, previous_end, problems):
            _import_row(cells, start, columns, len(header), roster, problems)
    added, updated = roster.added, len(roster.updated)
    return PeopleImport(roster.meeting(), added, updated, problems.all(), lines.encoding)


# --------------------------------------------------------------------------- reading


class _Problems:
    """The problems found so far, listing at most :data:`MAX_PROBLEMS` of them."""

    def __init__(self) -> None:
        self._listed: list[RowProblem] = []
        self._more = 0
        self._last_line = 0

    def add(self, line: int, message: str) -> None:
        """Note a problem on a line."""
        self._last_line = max(self._last_line, line)
        if len(self._listed) < MAX_PROBLEMS:
            self._listed.append(RowProblem(line, message))
        else:
            self._more += 1

    def all(self) -> tuple[RowProblem, ...]:
        """Every listed problem, and one more line counting those not listed."""
        if not self._more:
            return tuple(self._listed)
        extra = RowProblem(self._last_line, f"{self._more:,} more problems not listed")
        return (*self._listed, extra)


class _Lines:
    """The file's physical lines, decoded, counted, cleaned of NULs, none longer than a limit;
    where a line has a byte its encoding cannot read, the first such byte is remembered."""

    def __init__(self, text: io.TextIOBase, codec: str, problems: _Problems) -> None:
        self._text = text
        self._problems = problems
        self._bad_bytes: dict[int, int] = {}  # line number → the first byte it cannot read
        self.encoding = encoding_name(codec)
        self.number = 0  # lines handed out so far
        self.header_text = ""

    def bad_byte_problem(self, first: int, last: int, problems: _Problems) -> bool:
        """Report the first unreadable byte in lines ``first``…``last``; whether there was one."""
        found = [
            (n, self._bad_bytes.pop(n)) for n in range(first, last + 1) if n in self._bad_bytes
        ]
        if found:
            number, byte = found[0]
            problems.add(number, f"skipped: {self.bad_byte_message(byte)}")
        return bool(found)

    def bad_byte_message(self, byte: int) -> str:
        """``byte 0xE9 is not valid UTF-8; save the file as UTF-8``."""
        return f"byte 0x{byte:02X} is not valid {self.encoding}; save the file as UTF-8"

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._text.readline(MAX_LINE_CHARS)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            self._skip_rest_of_line()
            self._problems.add(self.number, "skipped: the line is longer than a million characters")
            return "\n"
        if "\x00" in line:
            self._problems.add(self.number, "NUL characters removed (is the file damaged?)")
            line = line.replace("\x00", "")
        bad = _BAD_BYTE.search(line)
        if bad is not None:
            self._bad_bytes[self.number] = ord(bad.group()) - 0xDC00
        return line

    def _skip_rest_of_line(self) -> None:
        """Read on, in bounded pieces, to the end of an overlong line."""
        while True:
            piece = self._text.readline(MAX_LINE_CHARS)
            if not piece or piece.endswith(("\n", "\r")):
                return


class _Prefixed(io.RawIOBase):
    """A raw stream that gives back some bytes already read, then the rest of another stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        """Always readable."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the head first, then from the rest."""
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        chunk = self._rest.read(min(len(buffer), _CHUNK))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _mark_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decode each byte the encoding cannot read as U+DC00 + the byte, so that the line holding
    it is known, reported and skipped (never read in another encoding)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + byte) for byte in chunk), error.end


codecs.register_error("briefing-mark-bad-bytes", _mark_bad_bytes)
_BAD_BYTE = re.compile("[\udc00-\udcff]")


def _open_lines(stream: BinaryIO, name: str, problems: _Problems) -> _Lines:
    """Choose the encoding from the file's first bytes and return its lines, decoded lazily."""
    head = _read_head(stream)
    for magic, problem in _NOT_CSV:
        if head.startswith(magic):
            raise BriefingError(f"{name}: the file {problem}; save it as CSV (UTF-8) and try again")
    codec = _encoding(head, complete=len(head) < HEAD_BYTES)
    buffered = io.BufferedReader(_Prefixed(head, stream), buffer_size=_CHUNK)
    text = io.TextIOWrapper(buffered, encoding=codec, errors="briefing-mark-bad-bytes", newline="")
    return _Lines(text, codec, problems)


def _read_head(stream: BinaryIO) -> bytes:
    """Up to :data:`HEAD_BYTES` from the start of the stream."""
    parts: list[bytes] = []
    size = 0
    while size < HEAD_BYTES:
        part = stream.read(HEAD_BYTES - size)
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def _encoding(head: bytes, complete: bool) -> str:
    """The codec of a file starting with ``head`` (the whole file when ``complete``)."""
    if not head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        odd_nuls, even_nuls = head[1::2].count(0), head[0::2].count(0)
        if len(head) >= 4 and odd_nuls > len(head) * 0.4 / 2:
            return "utf-16-le"  # UTF-16 without its BOM
        if len(head) >= 4 and even_nuls > len(head) * 0.4 / 2:
            return "utf-16-be"
    return text_encoding(head, complete)


def _read_header(lines: _Lines, name: str) -> tuple[int, list[str]]:
    """The line number and cells of the header: the first line that is not blank."""
    for line in lines:
        if line.strip():
            bad = _BAD_BYTE.search(line)
            if bad is not None:
                problem = lines.bad_byte_message(ord(bad.group()) - 0xDC00)
                raise BriefingError(f"{name}: line {lines.number}: {problem}")
            lines.header_text = line
            cells = next(csv.reader([line], delimiter=_sniff_delimiter(line)), [])
            header = [cell.strip() for cell in cells]
            while header and not header[-1]:  # spreadsheets add empty columns at the end
                header.pop()
            return lines.number, header
    raise BriefingError(f"{name}: the file is empty")


def _sniff_delimiter(header: str) -> str:
    """The delimiter used most in the header line: comma, semicolon or tab."""
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# --------------------------------------------------------------------------- columns


def _header_key(text: str) -> str:
    """A header reduced to folded letters and digits: ``E-mail`` → ``email``."""
    return "".join(c for c in fold(text) if c.isalnum())


def _map_columns(header: list[str], line: int, name: str, problems: _Problems) -> dict[str, int]:
    """Which column holds each field; raise if no column gives a name."""
    columns: dict[str, int] = {}
    unused: list[str] = []
    for index, field in enumerate(_fields_of([_header_key(cell) for cell in header])):
        if field is None:
            if header[index]:
                unused.append(header[index])
        elif field in columns:
            problems.add(line, f"column {header[index]!r} repeats {field}; only the first is used")
        else:
            columns[field] = index
    if not any(field in columns for field in _NAME_FIELDS):
        raise BriefingError(f"{name}: no name column; expected one of {_EXPECTED_NAMES}")
    if unused:
        problems.add(line, f"columns not imported: {', '.join(unused)}")
    return columns


def _fields_of(keys: list[str]) -> list[str | None]:
    """The field each header key names; with both "Title" and a position column (and no
    honorific column), "Title" is the honorific (Mr., Dr.…), as registration systems use it."""
    fields = [_HEADER_FIELDS.get(key) for key in keys]
    positions = sum(1 for key, field in zip(keys, fields, strict=True) if field == "position")
    if "honorific" not in fields and "title" in keys and positions > 1:
        fields[keys.index("title")] = "honorific"
    return fields


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class _Row:
    """The values one row gives, stripped; empty where the row says nothing."""

    name: str
    honorific: str
    position: str
    organisation: str
    bio: str
    email: str


def _import_row(
    cells: list[str],
    line: int,
    columns: dict[str, int],
    width: int,
    roster: _Roster,
    problems: _Problems,
) -> None:
    """Add or update the person on one row, or report why the row is skipped."""
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        problems.add(
            line,
            f"skipped: {_cells(len(cells))} where the header has {width} "
            "(a comma or semicolon inside a value that is not in quotes?)",
        )
        return
    if len(cells) < width:
        problems.add(
            line, f"{_cells(len(cells))} where the header has {width}; the missing ones are empty"
        )
    row = _row_values(cells, columns)
    if not row.name:
        problems.add(line, "skipped: no name")
        return
    roster.take(_checked_email(row, line, problems), line, problems)


def _cells(count: int) -> str:
    """``1 cell``, ``3 cells``."""
    return f"{count} cell" if count == 1 else f"{count} cells"


def _row_values(cells: list[str], columns: dict[str, int]) -> _Row:
    """The row's values by field."""

    def cell(field: str) -> str:
        index = columns.get(field)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    honorific, name = cell("honorific"), cell("name")
    if name and not honorific:
        honorific, name = _split_honorific(name)
    if not name:
        name = " ".join(part for part in (cell("first"), cell("last")) if part)
    name = " ".join(name.split())
    return _Row(name, honorific, cell("position"), cell("organisation"), cell("bio"), cell("email"))


def _checked_email(row: _Row, line: int, problems: _Problems) -> _Row:
    """The row, without its email (reported) if the email is malformed."""
    try:
        return dataclasses.replace(row, email=check_email(row.email))
    except ValidationError:
        problems.add(
            line, f"email {row.email!r} is not a valid address; the person is kept without it"
        )
        return dataclasses.replace(row, email="")


def _split_honorific(name: str) -> tuple[str, str]:
    """Take honorifics such as ``Dr.`` or ``H.E. Ms.`` off the front of a full name."""
    words = name.split()
    taken = 0
    while taken < len(words) - 1 and _is_honorific(words[taken]):
        taken += 1
    return " ".join(words[:taken]), " ".join(words[taken:])


def _is_honorific(word: str) -> bool:
    """Whether one word is an honorific (``Mr``, ``Mme.``, ``H.E.``…)."""
    return bool(_HIS_EXCELLENCY.match(word)) or fold(word).rstrip(".") in _HONORIFICS


def _name_key(name: str) -> str:
    """A name folded for matching: case, accents and spacing ignored."""
    return " ".join(fold(name).split())


class _Roster:
    """The meeting's people while rows come in, indexed by email and by name."""

    def __init__(self, meeting: Meeting) -> None:
        self._meeting = meeting
        self._people: dict[str, Person] = {p.id: p for p in meeting.people}
        self._by_email: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        for person in meeting.people:
            self._index(person)
        self._existing = frozenset(self._people)
        self._seen_on: dict[str, int] = {}  # person id → first line of this file naming them
        self.added = 0
        self.updated: set[str] = set()

    def take(self, row: _Row, line: int, problems: _Problems) -> None:
        """Add the row's person, or update the person it matches."""
        found = self._match(row, line, problems)
        if found is None:
            self._add(row, line, problems)
            return
        if found.id in self._seen_on:
            problems.add(line, f"same person as line {self._seen_on[found.id]}; values merged")
        else:
            self._seen_on[found.id] = line
        self._update(found, row, line, problems)

    def meeting(self) -> Meeting:
        """The meeting with every person taken in."""
        return dataclasses.replace(self._meeting, people=tuple(self._people.values()))

    def _match(self, row: _Row, line: int, problems: _Problems) -> Person | None:
        """The existing person with the row's email, else with its name (and no other email)."""
        if row.email and row.email.casefold() in self._by_email:
            return self._people[self._by_email[row.email.casefold()]]
        person_id = self._by_name.get(_name_key(row.name))
        if person_id is None:
            return None
        person = self._people[person_id]
        if row.email and person.email and person.email.casefold() != row.email.casefold():
            problems.add(
                line,
                f"{row.name!r} is already listed with another email ({person.email}); "
                "added as a separate person",
            )
            return None
        return person

    def _add(self, row: _Row, line: int, problems: _Problems) -> None:
        """Add a new person from a row."""
        try:
            person = Person(new_id("person"), **vars(row))
        except ValidationError as exc:
            problems.add(line, f"skipped: {exc}")
            return
        self._people[person.id] = person
        self._seen_on[person.id] = line
        self._index(person)
        self.added += 1

    def _update(self, person: Person, row: _Row, line: int, problems: _Problems) -> None:
        """Overwrite a person's values with the row's non-empty ones."""
        values = {k: v for k, v in vars(row).items() if v}  # asdict would deep-copy each row
        if row.email.casefold() == person.email.casefold():
            values.pop("email", None)  # keep the address as it was written before
        try:
            updated = dataclasses.replace(person, **values)
        except ValidationError as exc:
            problems.add(line, f"skipped: {exc}")
            return
        if updated == person:
            return
        self._people[person.id] = updated
        self._index(updated)
        if person.id in self._existing:
            self.updated.add(person.id)

    def _index(self, person: Person) -> None:
        """Make a person findable by email and name (the first one listed wins a name)."""
        if person.email:
            self._by_email.setdefault(person.email.casefold(), person.id)
        self._by_name.setdefault(_name_key(person.name), person.id)
