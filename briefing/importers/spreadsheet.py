"""Tables of people as registration systems export them: a CSV file or an Excel workbook.

A CSV is read as UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), or, when it is
not UTF-8, in the legacy encoding its letters read best in (Windows-1252, Shift-JIS, GB18030…,
see :func:`briefing.text.text_encoding`), which the table names. A byte that does not belong to
the file's encoding is reported with its line, and that row is skipped: it is never quietly read
in another encoding. Cells are separated by commas, semicolons or tabs (sniffed on the header
line). The CSV is decoded and parsed row by row (:func:`stream_csv`), so that a caller applying
every row at once never holds the file whole.

An ``.xlsx`` workbook is read with openpyxl, read-only and with the values Excel stored: a
formula is never evaluated (a formula cell gives the value saved with it, or nothing). Before
openpyxl sees it, the zip is checked: too many members or too many bytes once unpacked and it is
refused, so a small file cannot unpack into gigabytes. The sheet with the most rows is read.

Every limit (:data:`MAX_ROWS` rows, :data:`MAX_COLUMNS` columns, :data:`MAX_CELL_CHARS` per
cell…) gives a one-line :class:`BriefingError` naming the file, or a :class:`RowProblem` naming
the line, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import BinaryIO, TypeVar

from briefing.errors import BriefingError, RefusedFileError, UnusableFileError, at, os_problem
from briefing.messages import M_, Message, Mn_, grouped, place
from briefing.safe_read import open_regular_file
from briefing.text import encoding_name, text_encoding
from briefing.validation import MAX_PEOPLE

__all__ = [
    "RowProblem",
    "Table",
    "TableRow",
    "read_table",
    "read_table_file",
    "stream_csv",
]

MAX_FILE_BYTES = 200 * 1024 * 1024  # with the row limit, what no registration list comes near
MAX_ROWS = MAX_PEOPLE  # people in one file: no more than a meeting may hold
MAX_COLUMNS = 300  # registration forms with every optional field stay far below
MAX_CELL_CHARS = 131_072  # the csv module's own field limit, applied to workbooks too
HEAD_BYTES = 64 * 1024  # bytes looked at to choose the encoding
MAX_LINE_CHARS = 1024 * 1024  # a longer physical line is skipped, never read whole
MAX_PROBLEMS = 1000  # more problems are counted in one closing line, not listed
MAX_ZIP_MEMBERS = 2_000  # a workbook of one sheet has a dozen parts
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024  # 5,000 rows of 30 columns unpack to about 10 MB
MAX_BLANK_SHEET_ROWS = 4 * MAX_ROWS  # blank rows a sheet may have before it is given up
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_CHUNK = 64 * 1024
_CONTROL_BYTES = (*range(0, 9), 11, *range(14, 32), 127)  # all but tab, line ends, form feed
T = TypeVar("T")
_NOT_CSV = (
    (b"PK\x03\x04", M_("is an Excel workbook (or another zip file), not a CSV")),
    (b"\xd0\xcf\x11\xe0", M_("is an old Excel workbook (.xls), not a CSV")),
    (b"%PDF", M_("is a PDF, not a CSV")),
)


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one line of the file; ``str()`` gives ``line 7: skipped: no name``."""

    line: int
    message: str
    not_listed: int = 0  # on the closing line only: how many more problems it stands for

    @property
    def where(self) -> str:
        """``line 7``, as a message."""
        return place("line", self.line)

    def __str__(self) -> str:
        return str(at(self.where, self.message))

    @property
    def located(self) -> Message:
        """``line 7: skipped: no name`` as one message, for the window's language."""
        return at(self.where, self.message)


@dataclass(frozen=True)
class TableRow:
    """The cells of one row and the line (CSV) or row number (sheet) it starts on."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A file read whole: its header, its rows, how it was read (``UTF-8``, ``sheet
    ‘Registrations’``) and what was wrong with some of its lines."""

    name: str
    header: tuple[str, ...]
    header_line: int
    rows: tuple[TableRow, ...]
    read_as: str
    problems: tuple[RowProblem, ...] = ()


class Problems:
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
        message = Mn_(
            "{count} more problem not listed",
            "{count} more problems not listed",
            self._more,
            count=grouped(self._more),
        )
        return (*self._listed, RowProblem(self._last_line, message, self._more))

    def count_more(self, line: int, count: int) -> None:
        """Note ``count`` problems up to ``line`` that were not listed."""
        self._last_line = max(self._last_line, line)
        self._more += count


def merged_problems(*groups: tuple[RowProblem, ...]) -> tuple[RowProblem, ...]:
    """Problems from several passes in line order (stable), at most :data:`MAX_PROBLEMS`."""
    problems = Problems()
    for problem in sorted((p for group in groups for p in group), key=lambda p: p.line):
        if problem.not_listed:
            problems.count_more(problem.line, problem.not_listed)
        else:
            problems.add(problem.line, problem.message)
    return problems.all()


def file_name(filename: str) -> str:
    """The last part of a path, whichever the separator: ``C:\\lists\\a.csv`` → ``a.csv``."""
    return PurePath(filename.replace("\\", "/")).name or filename


def too_many_rows(name: str) -> BriefingError:
    """The error for a file with more rows than a meeting has people."""
    problem = M_(
        "more than {count} rows, more people than any meeting has; check that this is the list "
        "of the meeting's people, or split it",
        count=grouped(MAX_ROWS),
    )
    return UnusableFileError(name, problem)


def _too_many_columns(name: str) -> BriefingError:
    problem = M_(
        "more than {count} columns, more than a list of people has; check that this is the list "
        "of the meeting's people",
        count=MAX_COLUMNS,
    )
    return UnusableFileError(name, problem)


# --------------------------------------------------------------------------- whole tables


def read_table(data: bytes | BinaryIO, filename: str) -> Table:
    """Read a CSV or an ``.xlsx`` workbook (told apart by name and first bytes) whole."""
    name = file_name(filename)
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    try:
        if is_workbook(stream, name):
            return _read_xlsx(stream, name)
        return _read_csv(stream, name)
    except OSError as exc:
        raise _unreadable(name, exc) from None


def read_table_file(path: Path) -> Table:
    """:func:`read_table` from a regular file on disk of at most :data:`MAX_FILE_BYTES`."""
    return read_user_file(path, lambda stream: read_table(stream, path.name))


def read_user_file(path: Path, read: Callable[[BinaryIO], T], limit: int | None = None) -> T:
    """``read`` a file a user named, refusing what is not a regular file or is larger than
    ``limit`` (:data:`MAX_FILE_BYTES` when None) with a one-line error naming it."""
    try:
        with open_regular_file(path, MAX_FILE_BYTES if limit is None else limit) as stream:
            return read(stream)
    except RefusedFileError as exc:
        raise UnusableFileError(path.name, M_("the file {problem}", problem=exc.problem)) from None
    except OSError as exc:
        raise _unreadable(path.name, exc) from None


def _unreadable(name: str, error: OSError) -> BriefingError:
    """``a.csv: the file cannot be read (Permission denied)``."""
    reason = os_problem(error)
    return UnusableFileError(name, M_("the file cannot be read ({reason})", reason=reason))


def is_workbook(stream: BinaryIO, name: str) -> bool:
    """Whether the file is named as a workbook or starts as one (a zip: an ``.xlsx`` saved
    under a ``.csv`` name is still read as what it is)."""
    if PurePath(name).suffix.lower() in XLSX_SUFFIXES:
        return True
    if not stream.seekable():
        return False
    start = stream.tell()
    magic = stream.read(4)
    stream.seek(start)
    return magic == b"PK\x03\x04"


def _read_csv(stream: BinaryIO, name: str) -> Table:
    """A CSV read whole into a table."""
    problems = Problems()
    source = stream_csv(stream, name, problems)
    rows = tuple(source.rows())
    return Table(name, source.header, source.header_line, rows, source.encoding, problems.all())


# --------------------------------------------------------------------------- CSV, streamed


class CsvSource:
    """A CSV opened for reading: its header and encoding now, its rows one at a time."""

    def __init__(self, stream: BinaryIO, name: str, problems: Problems) -> None:
        self.name = name
        self._problems = problems
        self._lines = _open_lines(stream, name, problems)
        self.header_line, header = _read_header(self._lines, name)
        if len(header) > MAX_COLUMNS:
            raise _too_many_columns(name)
        self.header = tuple(header)
        self.encoding = self._lines.encoding

    def rows(self) -> Iterator[TableRow]:
        """The rows that are not blank, as wide as the header; unusable ones reported."""
        lines = self._lines
        reader = csv.reader(lines, delimiter=_sniff_delimiter(lines.header_text))
        previous_end = self.header_line
        count = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                problem = M_("the row cannot be read ({reason})", reason=str(exc))
                self._problems.add(previous_end + 1, skipped(problem))
                previous_end = lines.number
                continue
            start, previous_end = previous_end + 1, lines.number
            if not any(cell.strip() for cell in cells):
                continue
            count += 1
            if count > MAX_ROWS:
                raise too_many_rows(self.name)
            if lines.bad_byte_problem(start, previous_end, self._problems):
                continue
            row = _fitted(cells, start, len(self.header), self._problems)
            if row is not None:
                yield row


def stream_csv(stream: BinaryIO, name: str, problems: Problems) -> CsvSource:
    """Open a CSV: choose its encoding, read its header; raise if it cannot be a list."""
    return CsvSource(stream, file_name(name), problems)


def _fitted(cells: list[str], line: int, width: int, problems: Problems) -> TableRow | None:
    """The row cut or padded to the header's width, or None (reported) if it has too many."""
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        problem = M_(
            "{cells} where the header has {width} (a comma or semicolon inside a value that is "
            "not in quotes?)",
            cells=_cells(len(cells)),
            width=width,
        )
        problems.add(line, skipped(problem))
        return None
    if len(cells) < width:
        problem = M_(
            "{cells} where the header has {width}; the missing ones are empty",
            cells=_cells(len(cells)),
            width=width,
        )
        problems.add(line, problem)
        cells = cells + [""] * (width - len(cells))
    return TableRow(line, tuple(cells[:width]))


def _cells(count: int) -> Message:
    """``1 cell``, ``3 cells``."""
    return Mn_("{count} cell", "{count} cells", count)


def skipped(problem: str) -> Message:
    """``skipped: PROBLEM``: a line left out, and why."""
    return M_("skipped: {problem}", problem=problem)


class _Lines:
    """The file's physical lines, decoded, counted, cleaned of NULs, none longer than a limit;
    where a line has a byte its encoding cannot read, the first such byte is remembered."""

    def __init__(self, text: io.TextIOBase, codec: str, problems: Problems) -> None:
        self._text = text
        self._problems = problems
        self._bad_bytes: dict[int, int] = {}  # line number → the first byte it cannot read
        self.encoding = encoding_name(codec)
        self.number = 0  # lines handed out so far
        self.header_text = ""

    def bad_byte_problem(self, first: int, last: int, problems: Problems) -> bool:
        """Report the first unreadable byte in lines ``first``…``last``; whether there was one."""
        found = [
            (n, self._bad_bytes.pop(n)) for n in range(first, last + 1) if n in self._bad_bytes
        ]
        if found:
            number, byte = found[0]
            problems.add(number, skipped(self.bad_byte_message(byte)))
        return bool(found)

    def bad_byte_message(self, byte: int) -> Message:
        """``byte 0xE9 is not valid UTF-8; save the file as UTF-8``."""
        return M_(
            "byte {byte} is not valid {encoding}; save the file as UTF-8",
            byte="0x" + format(byte, "02X"),
            encoding=self.encoding,
        )

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._text.readline(MAX_LINE_CHARS)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            self._skip_rest_of_line()
            too_long = M_("the line is longer than a million characters")
            self._problems.add(self.number, skipped(too_long))
            return "\n"
        if "\x00" in line:
            self._problems.add(self.number, M_("NUL characters removed (is the file damaged?)"))
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


def _open_lines(stream: BinaryIO, name: str, problems: Problems) -> _Lines:
    """Choose the encoding from the file's first bytes and return its lines, decoded lazily."""
    head = _read_head(stream)
    for magic, problem in _NOT_CSV:
        if head.startswith(magic):
            advice = M_("the file {problem}; save it as CSV (UTF-8) and try again", problem=problem)
            raise UnusableFileError(name, advice)
    codec = _encoding(head, complete=len(head) < HEAD_BYTES)
    if not codec.startswith("utf-16") and _looks_binary(head):
        problem = M_(
            "the file is not a CSV (it holds binary data, not text); save the list as CSV (UTF-8) "
            "or as an Excel workbook (.xlsx)"
        )
        raise UnusableFileError(name, problem)
    buffered = io.BufferedReader(_Prefixed(head, stream), buffer_size=_CHUNK)
    text = io.TextIOWrapper(buffered, encoding=codec, errors="briefing-mark-bad-bytes", newline="")
    return _Lines(text, codec, problems)


def _looks_binary(head: bytes) -> bool:
    """Whether the start of a file holds control bytes no text has (beyond a stray NUL)."""
    controls = sum(head.count(bytes([byte])) for byte in _CONTROL_BYTES)
    return controls >= 8 and controls > len(head) * 0.05


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
                raise UnusableFileError(name, at(place("line", lines.number), problem))
            lines.header_text = line
            cells = next(csv.reader([line], delimiter=_sniff_delimiter(line)), [])
            return lines.number, _trimmed_header(cells)
    raise UnusableFileError(name, M_("the file is empty"))


def _trimmed_header(cells: list[str]) -> list[str]:
    """Header cells stripped, without the empty columns spreadsheets add at the end."""
    header = [cell.strip() for cell in cells]
    while header and not header[-1]:
        header.pop()
    return header


def _sniff_delimiter(header: str) -> str:
    """The delimiter used most in the header line: comma, semicolon or tab."""
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# --------------------------------------------------------------------------- XLSX


def _read_xlsx(stream: BinaryIO, name: str) -> Table:
    """The sheet with the most rows of an ``.xlsx`` workbook, as a table."""
    data = io.BytesIO(stream.read(MAX_FILE_BYTES + 1))
    if len(data.getbuffer()) > MAX_FILE_BYTES:
        size = MAX_FILE_BYTES // 2**20
        raise UnusableFileError(name, M_("the file is larger than {size} MB", size=size))
    _check_zip(data, name)
    import openpyxl  # only a workbook import needs it

    try:
        workbook = openpyxl.load_workbook(data, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises anything from KeyError to XML errors
        raise _unreadable_workbook(name, exc) from None
    try:
        return _read_sheet(workbook, name)
    except BriefingError:
        raise
    except Exception as exc:  # a damaged sheet's XML fails while its rows are read
        raise _unreadable_workbook(name, exc) from None
    finally:
        workbook.close()


def _unreadable_workbook(name: str, error: BaseException) -> BriefingError:
    """``a.xlsx: the workbook cannot be read (REASON)``."""
    problem = M_("the workbook cannot be read ({reason})", reason=_reason(error))
    return UnusableFileError(name, problem)


def _reason(exc: BaseException) -> str:
    """Why a workbook cannot be read, in one line: the first cause (openpyxl wraps the XML
    parser's error in a paragraph of its own), or its kind when it has no message."""
    root = exc
    for _depth in range(20):  # a chain is short; the bound only guards against a loop
        cause = root.__cause__ or root.__context__
        if cause is None:
            break
        root = cause
    if type(root).__module__.startswith("defusedxml"):
        return M_("its XML declares entities or a DTD, which a workbook never needs; it is refused")
    text = " ".join(str(root).split())[:200]
    return text or type(root).__name__


def _check_zip(data: BinaryIO, name: str) -> None:
    """Refuse a workbook that is no zip, or that unpacks to too many parts or bytes."""
    try:
        with zipfile.ZipFile(data) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        problem = M_("the file is not an Excel workbook (.xlsx) or it is damaged")
        raise UnusableFileError(name, problem) from None
    if len(members) > MAX_ZIP_MEMBERS:
        problem = Mn_(
            "the workbook has {count} part, more than a list of people has; it is refused",
            "the workbook has {count} parts, more than a list of people has; it is refused",
            len(members),
            count=grouped(len(members)),
        )
        raise UnusableFileError(name, problem)
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNZIPPED_BYTES:
        problem = M_(
            "the workbook would unpack to {size} MB, more than {most} MB; it is refused",
            size=grouped(unpacked / 2**20),
            most=MAX_UNZIPPED_BYTES // 2**20,
        )
        raise UnusableFileError(name, problem)
    data.seek(0)


def _read_sheet(workbook: object, name: str) -> Table:
    """Header and rows of the workbook's fullest sheet (by the size each sheet declares)."""
    sheets = list(workbook.worksheets)  # type: ignore[attr-defined]
    if not sheets:
        raise UnusableFileError(name, M_("the workbook has no sheet"))
    sheet = max(sheets, key=lambda ws: getattr(ws, "max_row", 0) or 0)
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # a forged size must not make empty rows up to it
    rows = sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
    problems = Problems()
    header_line, header = _sheet_header(rows, name)
    body = tuple(_sheet_rows(rows, header_line, len(header), name, problems))
    read_as = M_("sheet ‘{name}’", name=sheet.title) if len(sheets) > 1 else M_("Excel workbook")
    return Table(name, tuple(header), header_line, body, read_as, problems.all())


def _sheet_header(rows: Iterator[tuple[object, ...]], name: str) -> tuple[int, list[str]]:
    """The first row that is not blank, as text."""
    for number, values in enumerate(rows, start=1):
        if number > MAX_BLANK_SHEET_ROWS:
            break
        cells = [_cell_text(value)[:MAX_CELL_CHARS] for value in values]
        if any(cell.strip() for cell in cells):
            header = _trimmed_header(cells)
            if len(header) > MAX_COLUMNS:
                raise _too_many_columns(name)
            return number, header
    raise UnusableFileError(name, M_("the sheet is empty"))


def _sheet_rows(
    rows: Iterator[tuple[object, ...]], header_line: int, width: int, name: str, problems: Problems
) -> Iterator[TableRow]:
    """The sheet's rows that are not blank; a row with an overlong cell is reported, skipped."""
    count = 0
    for number, values in enumerate(rows, start=header_line + 1):
        if number > MAX_ROWS + MAX_BLANK_SHEET_ROWS:
            raise too_many_rows(name)
        cells = [_cell_text(value) for value in values[:width]]
        if not any(cell.strip() for cell in cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise too_many_rows(name)
        if any(len(cell) > MAX_CELL_CHARS for cell in cells):
            too_long = M_("a cell is longer than {count} characters", count=grouped(MAX_CELL_CHARS))
            problems.add(number, skipped(too_long))
            continue
        yield TableRow(number, tuple(cells + [""] * (width - len(cells))))


def _cell_text(value: object) -> str:
    """A cell's stored value as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()  # a date: Excel keeps it as midnight
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).replace("\x00", "")
