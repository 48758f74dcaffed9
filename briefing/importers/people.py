"""People import: a list from a registration system or a spreadsheet becomes the meeting's people.

The file is read by :mod:`briefing.importers.spreadsheet` (a CSV in any usual encoding and
delimiter, or an ``.xlsx`` workbook), its columns are recognised by
:mod:`briefing.importers.people_mapping` (English, French, Spanish and Indico's headers), and
:mod:`briefing.importers.people_plan` says what it would add and change. The window shows that
plan and applies what the user accepts; :func:`import_people` here applies all of it at once,
as the command line does.

A CSV applied at once is streamed: decoded and parsed row by row, never held whole, so only the
resulting meeting grows with the file. A file of more than :data:`MAX_ROWS` rows is refused: no
meeting has that many people, and it is most likely the wrong file.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from briefing.errors import UnusableFileError, os_problem
from briefing.importers.people_mapping import guess_mapping
from briefing.importers.people_plan import apply_plan, plan_people_import
from briefing.importers.spreadsheet import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    Problems,
    RowProblem,
    Table,
    file_name,
    is_workbook,
    merged_problems,
    read_table,
    read_user_file,
    stream_csv,
)
from briefing.messages import M_
from briefing.model import Meeting

__all__ = [
    "MAX_CSV_BYTES",
    "MAX_ROWS",
    "PeopleImport",
    "RowProblem",
    "import_people",
    "import_people_file",
]

MAX_CSV_BYTES = MAX_FILE_BYTES
_GUESS_ROWS = 50  # rows whose values help tell what a "Title" column holds


@dataclass(frozen=True)
class PeopleImport:
    """The meeting with the people brought in, how many were added and updated, problems, and
    how the file was read (``Shift-JIS (Japanese)``, ``sheet ‘Registrations’``)."""

    meeting: Meeting
    added: int
    updated: int
    problems: tuple[RowProblem, ...]
    encoding: str = ""


def import_people(meeting: Meeting, data: bytes | BinaryIO, filename: str) -> PeopleImport:
    """Add or update every person a CSV or workbook lists; raise :class:`BriefingError` if the
    file is unusable."""
    name = file_name(filename)
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    try:
        if is_workbook(stream, name):
            return _import_table(meeting, read_table(stream, name))
        return _import_csv(meeting, stream, name)
    except OSError as exc:
        reason = os_problem(exc)
        problem = M_("the file cannot be read ({reason})", reason=reason)
        raise UnusableFileError(name, problem) from None


def import_people_file(meeting: Meeting, path: Path) -> PeopleImport:
    """:func:`import_people` from a regular file on disk of at most :data:`MAX_CSV_BYTES`."""
    return read_user_file(
        path, lambda stream: import_people(meeting, stream, path.name), MAX_CSV_BYTES
    )


def _import_csv(meeting: Meeting, stream: BinaryIO, name: str) -> PeopleImport:
    """Every row of a CSV, streamed, planned and applied."""
    problems = Problems()
    source = stream_csv(stream, name, problems)
    rows = source.rows()
    first = list(itertools.islice(rows, _GUESS_ROWS))
    mapping = guess_mapping(source.header, [row.cells for row in first])
    plan = plan_people_import(
        meeting, itertools.chain(first, rows), source.header, mapping, name, source.header_line
    )
    after = apply_plan(meeting, plan)
    found = merged_problems(problems.all(), plan.problems)
    return PeopleImport(after, len(plan.new), len(plan.changed), found, source.encoding)


def _import_table(meeting: Meeting, table: Table) -> PeopleImport:
    """Every row of a table read whole, planned and applied."""
    mapping = guess_mapping(table.header, [row.cells for row in table.rows[:_GUESS_ROWS]])
    plan = plan_people_import(
        meeting, table.rows, table.header, mapping, table.name, table.header_line
    )
    found = merged_problems(table.problems, plan.problems)
    after = apply_plan(meeting, plan)
    return PeopleImport(after, len(plan.new), len(plan.changed), found, table.read_as)
