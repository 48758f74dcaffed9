"""The meeting file: one SQLite database holds a whole meeting, attached files and photos too.

Why SQLite: it is a single file that can be copied to a USB stick or emailed, every save is one
transaction (a crash or a kill mid-save leaves the previous state, never a mix), and it needs
nothing beyond the standard library.

- ``PRAGMA application_id`` marks the file as ours; ``PRAGMA user_version`` is its schema
  version. New files are made by applying the base schema and then every migration, so the
  migration path is exercised each time a file is created.
- Attached files live once each in ``blob``, keyed by their SHA-256, so an autosave rewrites
  only the small rows, not the megabytes of a PDF note.
- Opening never writes to the file: it is read-only, and an older file is migrated in memory;
  the next save writes the new schema (to a new file, renamed over the old one). A journal
  left beside the file is handled by :mod:`briefing.dbfile`: only the file's own is ever
  rolled back, and only by a save.
- A file that is not a meeting file, is truncated or damaged, comes from a newer version, or
  whose schema is not exactly the one the app makes for its version (a trigger, a view, a
  table or column of its own) is refused with a message naming it, and nothing is written
  over it. A meeting file never runs SQL of its own.
- Every save holds the meeting's lock (:mod:`briefing.lock`), the one the app's windows and
  the ``briefing`` commands take.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import hashlib
import os
import re
import sqlite3
import stat
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing import dbfile, lock
from briefing.atomic import atomic_path, new_file_mode
from briefing.errors import (
    DamagedMeetingFile,
    MeetingFileError,
    NewerMeetingFile,
    NotAMeetingFile,
    RefusedFileError,
    ValidationError,
    os_problem,
)
from briefing.i18n import N_
from briefing.jsonio import read_meeting_json
from briefing.messages import M_, Message, grouped
from briefing.model import (
    AgendaItem,
    Attachment,
    BioOrder,
    Contact,
    ItemKind,
    LinkedEvent,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    PackOptions,
    PaperSize,
    Participant,
    ParticipantCategory,
    Person,
    Reference,
    Role,
    RoleKind,
    Segment,
    StoredAttachment,
)
from briefing.safe_read import read_file_head
from briefing.sample import sample_meeting
from briefing.validation import date_or_none, time_or_none

FILE_SUFFIX = ".meeting"
APPLICATION_ID = 0x42524946  # "BRIF"
SQLITE_MAGIC = b"SQLite format 3\x00"
_ROLLBACK_JOURNAL_MODE = b"\x01\x01"  # header bytes 18-19: 2 would mean a write-ahead log

# The first schema. Never edit it: change the schema by adding a migration below.
_SCHEMA_V1 = """
CREATE TABLE blob (
    sha256 TEXT PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    short_title TEXT NOT NULL DEFAULT '',
    meeting_type TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    logo_name TEXT,
    logo_type TEXT,
    logo_sha256 TEXT REFERENCES blob(sha256),
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    venue TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    background TEXT NOT NULL DEFAULT '',
    aims TEXT NOT NULL DEFAULT '',
    logistics TEXT NOT NULL DEFAULT '',
    acknowledgements TEXT NOT NULL DEFAULT ''
);
CREATE TABLE person (
    id TEXT PRIMARY KEY,
    pos INTEGER NOT NULL,
    name TEXT NOT NULL,
    honorific TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    bio TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    photo_name TEXT,
    photo_type TEXT,
    photo_sha256 TEXT REFERENCES blob(sha256)
);
CREATE TABLE agenda_item (
    id TEXT PRIMARY KEY,
    pos INTEGER NOT NULL,
    title TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE participant (
    item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    role_kind TEXT NOT NULL,
    role_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, pos)
);
CREATE TABLE segment (
    item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    label TEXT NOT NULL,
    person_id TEXT REFERENCES person(id),
    speaker TEXT NOT NULL DEFAULT '',
    minutes INTEGER,
    PRIMARY KEY (item_id, pos)
);
CREATE TABLE note (
    id TEXT PRIMARY KEY,
    pos INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    file_name TEXT,
    file_type TEXT,
    file_sha256 TEXT REFERENCES blob(sha256),
    internal INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE note_session (
    note_id TEXT NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, pos)
);
CREATE TABLE contact (
    pos INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    cc INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE linked_event (
    pos INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    relation TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT ''
);
CREATE TABLE reference_doc (
    pos INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT ''
);
CREATE TABLE pack (
    id TEXT PRIMARY KEY,
    pos INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    bio_order TEXT NOT NULL,
    paper TEXT NOT NULL,
    distribution_mark TEXT NOT NULL DEFAULT '',
    version_line TEXT NOT NULL DEFAULT '',
    include_internal INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE pack_item (
    pack_id TEXT NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    item_id TEXT NOT NULL REFERENCES agenda_item(id),
    PRIMARY KEY (pack_id, pos)
);
CREATE TABLE pack_bio (
    pack_id TEXT NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    PRIMARY KEY (pack_id, pos)
);
CREATE TABLE pack_note (
    pack_id TEXT NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    note_id TEXT NOT NULL REFERENCES note(id),
    PRIMARY KEY (pack_id, pos)
);
"""


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """Version 2: meetings span several days, and each agenda item has its own date.

    Version 1 held one ``date`` per meeting. It becomes the first and last day; items keep no
    date of their own, which means "the meeting's first day".
    """
    conn.executescript(
        """
        ALTER TABLE meeting RENAME COLUMN date TO first_date;
        ALTER TABLE meeting ADD COLUMN last_date TEXT;
        UPDATE meeting SET last_date = first_date;
        ALTER TABLE agenda_item ADD COLUMN date TEXT;
        """
    )


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    """Version 3: each pack remembers the formats it is built in (both, unless chosen)."""
    conn.execute("ALTER TABLE pack ADD COLUMN formats TEXT NOT NULL DEFAULT 'pdf docx'")


def _migrate_3_to_4(conn: sqlite3.Connection) -> None:
    """Version 4: each pack says whether merged PDF pages are shrunk to fit the header and
    footer (they always were before, so older packs keep doing it)."""
    conn.execute("ALTER TABLE pack ADD COLUMN shrink_merged_pages INTEGER NOT NULL DEFAULT 1")


def _migrate_4_to_5(conn: sqlite3.Connection) -> None:
    """Version 5: programme entries have a kind (sessions, breaks…), a room and a link; people
    a category (Member State, NGO…) and a country; packs may list the participants; linked
    events have a web address."""
    conn.executescript(
        """
        ALTER TABLE agenda_item ADD COLUMN kind TEXT NOT NULL DEFAULT 'session';
        ALTER TABLE agenda_item ADD COLUMN room TEXT NOT NULL DEFAULT '';
        ALTER TABLE agenda_item ADD COLUMN link TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN category TEXT;
        ALTER TABLE person ADD COLUMN country TEXT NOT NULL DEFAULT '';
        ALTER TABLE pack ADD COLUMN participants_list INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE pack ADD COLUMN participants_emails INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE linked_event ADD COLUMN url TEXT NOT NULL DEFAULT '';
        """
    )


# MIGRATIONS[n] takes a file from version n to version n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
}
SCHEMA_VERSION = 1 + len(MIGRATIONS)
_TABLES_CHILD_FIRST = (
    "pack_note",
    "pack_bio",
    "pack_item",
    "pack",
    "note_session",
    "note",
    "segment",
    "participant",
    "agenda_item",
    "person",
    "contact",
    "linked_event",
    "reference_doc",
    "meeting",
)


# =========================================================================== public API


def open_meeting(path: Path | None, *, notes_on_demand: bool = False) -> Meeting:
    """Open what a user names: a meeting file, a meeting ``.json``, or with no path the sample.
    ``notes_on_demand``: see :func:`load_meeting` (a meeting file only)."""
    if path is None:
        return sample_meeting()
    if path.suffix.lower() == ".json":
        return read_meeting_json(path)
    return load_meeting(path, notes_on_demand=notes_on_demand)


def load_meeting(path: Path | str, *, notes_on_demand: bool = False) -> Meeting:
    """Open a meeting file; refuse (with a one-line reason) anything that is not a good one.

    ``notes_on_demand``: the notes' files stay in the meeting file, read each time they are
    asked for (:class:`~briefing.model.StoredAttachment`), for a build that reads each once;
    a file saved meanwhile that no longer holds one makes reading it raise
    :class:`DamagedMeetingFile`."""
    path = Path(path)
    with _checked(path) as (conn, version):
        try:
            _quick_check(path, conn)
            if version == SCHEMA_VERSION:
                return _read_meeting(conn, _BlobReader(path) if notes_on_demand else None)
            with contextlib.closing(sqlite3.connect(":memory:")) as memory:
                conn.backup(memory)
                migrate(memory, version)
                return _read_meeting(memory)
        except ValidationError as exc:
            problem = M_("the file holds invalid data: {problem}", problem=exc.message)
            raise DamagedMeetingFile(path, problem) from None
        except (ValueError, TypeError) as exc:
            problem = M_("the file holds a value that is not valid: {reason}", reason=str(exc))
            raise DamagedMeetingFile(path, problem) from None


def save_meeting(meeting: Meeting, path: Path | str, *, replace_other: bool = False) -> None:
    """Save a meeting to ``path`` in one transaction.

    A current meeting file is updated in place (SQLite's journal makes the save all or
    nothing). Anything else at ``path`` is replaced by a complete new file, written to a
    temporary name and renamed, but only an older meeting file, or any file when
    ``replace_other`` is set (the user confirmed "Save As" over it). A newer meeting file is
    never overwritten. A symbolic link is written through, to the file it points to.

    The save holds the meeting's lock (:mod:`briefing.lock`) unless this process holds it
    already, and raises :class:`MeetingInUse` when another program holds it.
    """
    path = Path(path)
    real = dbfile.real_path(path)
    with lock.held_for_save(real, lock.default_program()):
        dbfile.recover(path, real)
        in_place = _saves_in_place(path, real, replace_other)
        dbfile.set_aside_strays(path, real)
        if in_place:
            _save_in_place(meeting, path, real)
        else:
            _save_new(meeting, path, real)


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring an open meeting database from ``version`` to the current schema, in one transaction."""
    with conn:
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Make an empty database a meeting database of ``version`` (the base schema + migrations)."""
    conn.execute("PRAGMA auto_vacuum = FULL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with conn:
        conn.executescript(_SCHEMA_V1)
        conn.execute("PRAGMA user_version = 1")
    with conn:
        for step in range(1, version):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {version}")


# =========================================================================== checking a file


@contextlib.contextmanager
def _checked(path: Path, *, warn: bool = True) -> Iterator[tuple[sqlite3.Connection, int]]:
    """Open the last saved state of a meeting file, read-only, once its header and its schema
    are the app's own; yield the connection, inside one read transaction, and the version."""
    with dbfile.readable(path, warn=warn) as (file, mode):
        version = _inspect(path, file)
        try:
            with contextlib.closing(dbfile.connect(file, mode)) as conn:
                conn.execute("BEGIN")  # one consistent state, even if a save commits meanwhile
                _verify_schema(path, conn, version)
                yield conn, version
        except sqlite3.DatabaseError as exc:
            problem = M_("the file is damaged and cannot be read ({reason})", reason=str(exc))
            raise DamagedMeetingFile(path, problem) from None


def _saves_in_place(path: Path, real: Path, replace_other: bool) -> bool:
    """True to update the file in place; False to write a new one (raise if that is refused)."""
    if not real.exists():
        return False
    try:
        with _checked(path, warn=False) as (_conn, version):
            return version == SCHEMA_VERSION
    except NewerMeetingFile:
        raise
    except MeetingFileError as exc:
        if not replace_other:
            problem = M_("{problem}; it was not overwritten", problem=exc.problem)
            raise type(exc)(path, problem) from None
    return False


def _inspect(path: Path, file: Path) -> int:
    """Return the schema version in the header of ``file`` (the saved state of ``path``), or
    raise why it is not a meeting file this version can open."""
    try:
        mode = file.stat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        header = _read_header(file, path)
        size = file.stat().st_size
    except FileNotFoundError:
        raise MeetingFileError(path, M_("the file does not exist")) from None
    except IsADirectoryError:
        raise NotAMeetingFile(path, M_("is a folder, not a meeting file")) from None
    except OSError as exc:
        problem = M_("the file cannot be read: {reason}", reason=os_problem(exc))
        raise MeetingFileError(path, problem) from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotAMeetingFile(path, _not_sqlite_reason(header))
    if len(header) < 100:
        raise DamagedMeetingFile(path, M_("the file is truncated (its header is incomplete)"))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if valid_for == change_counter and size < page_size * page_count:
        problem = M_(
            "the file is truncated: it has {size} of its {total} bytes",
            size=grouped(size),
            total=grouped(page_size * page_count),
        )
        raise DamagedMeetingFile(path, problem)
    application_id, version = struct.unpack(">II", header[68:72] + header[60:64])
    if application_id != APPLICATION_ID:
        problem = M_("is a database of another program, not a meeting file")
        raise NotAMeetingFile(path, problem)
    if header[18:20] != _ROLLBACK_JOURNAL_MODE:
        problem = M_("uses a write-ahead log, which meeting files never do")
        raise NotAMeetingFile(path, problem)
    if version > SCHEMA_VERSION:
        problem = M_(
            "was saved by a newer version of the app (file format {version}; this version "
            "reads up to {newest}): update the app to open it",
            version=version,
            newest=SCHEMA_VERSION,
        )
        raise NewerMeetingFile(path, problem)
    if version < 1:
        problem = M_("the file has no schema version; it is not complete")
        raise DamagedMeetingFile(path, problem)
    return version


def _read_header(file: Path, path: Path) -> bytes:
    """The header of ``file``, the saved state of ``path`` (the name refusals give)."""
    try:
        return read_file_head(file, 100)  # a FIFO or a device is refused, never waited on
    except RefusedFileError as exc:
        raise NotAMeetingFile(path, exc.problem) from None


def _not_sqlite_reason(header: bytes) -> str:
    stripped = header.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")):
        return M_("is a JSON file, not a meeting file: use 'Import JSON' (briefing import-json)")
    if not header:
        return M_("is an empty file, not a meeting file")
    return M_("is not a meeting file")


def _quick_check(path: Path, conn: sqlite3.Connection) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        reason = result[0] if result else "?"
        raise DamagedMeetingFile(path, M_("the file is damaged ({reason})", reason=reason))


# --------------------------------------------------------------------------- the schema


@dataclass(frozen=True)
class _SchemaEntry:
    """One table, index, view or trigger, as ``sqlite_schema`` lists it."""

    kind: str
    name: str
    table: str
    sql: str


def _verify_schema(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Refuse a file whose schema is not exactly what the app makes for ``version``.

    A file could otherwise carry SQL of its own (a trigger that rewrites the meeting at every
    save, a view), or lack what the app reads.
    """
    if conn.execute("PRAGMA user_version").fetchone()[0] != version:
        problem = M_("the file changed while it was being read; try again")
        raise DamagedMeetingFile(path, problem)
    expected, actual = _reference_schema(version), _schema_of(conn)
    # Code first (a trigger, a view), then what is missing, then what differs.
    if extra := sorted(actual.keys() - expected.keys(), key=lambda k: (k[0] != "trigger", k)):
        raise NotAMeetingFile(path, _extra_entry(actual[extra[0]]))
    if missing := sorted(expected.keys() - actual.keys()):
        kind, name = missing[0]
        problem = M_("its {kind} '{name}' is missing", kind=kind, name=name)
        raise DamagedMeetingFile(path, problem)
    if changed := sorted(key for key in expected if actual[key] != expected[key]):
        raise _changed_entry(path, conn, expected[changed[0]], version)


def _schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], _SchemaEntry]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    return {
        (kind, name): _SchemaEntry(kind, name, table, _normal_sql(sql))
        for kind, name, table, sql in rows
    }


@functools.cache
def _reference_schema(version: int) -> dict[tuple[str, str], _SchemaEntry]:
    """The schema the app itself makes for ``version``: the one source of truth to compare with."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        create_schema(conn, version)
        return _schema_of(conn)


def _normal_sql(sql: str | None) -> str:
    """SQL with its layout and its quotes around plain names left out, so that files written by
    other SQLite versions (which may quote a renamed column) compare equal."""
    if sql is None:
        return ""
    sql = re.sub(r'"(\w+)"', r"\1", sql)
    sql = re.sub(r"\s+", " ", sql)
    return re.sub(r" ?([(),]) ?", r"\1", sql).strip()


def _extra_entry(entry: _SchemaEntry) -> Message:
    """Why a schema entry the app never makes refuses the file."""
    msgid = _EXTRA_ENTRIES.get(entry.kind, _EXTRA_ENTRIES["table"])
    return Message(msgid, args={"name": entry.name})


# An entry of SQLite's schema the app never makes, by its kind: code (a trigger, a view) is
# refused as code; anything else means the file is not a meeting file.
_EXTRA_ENTRIES = {
    "trigger": N_(
        "holds a trigger '{name}' that the app never makes; a meeting file carries no code of "
        "its own, so it is refused"
    ),
    "view": N_(
        "holds a view '{name}' that the app never makes; a meeting file carries no code of its "
        "own, so it is refused"
    ),
    "table": N_("holds a table '{name}' that the app never makes, so it is not a meeting file"),
    "index": N_("holds an index '{name}' that the app never makes, so it is not a meeting file"),
}


def _changed_entry(
    path: Path, conn: sqlite3.Connection, entry: _SchemaEntry, version: int
) -> MeetingFileError:
    if entry.kind == "table":
        have = _columns(conn, entry.name)
        with contextlib.closing(sqlite3.connect(":memory:")) as reference:
            create_schema(reference, version)
            want = _columns(reference, entry.name)
        if missing := [c for c in want if c not in have]:
            problem = M_(
                "its table '{table}' has no column '{column}'", table=entry.name, column=missing[0]
            )
            return DamagedMeetingFile(path, problem)
        if extra := [c for c in have if c not in want]:
            problem = M_(
                "its table '{table}' has a column '{column}' the app never makes",
                table=entry.name,
                column=extra[0],
            )
            return NotAMeetingFile(path, problem)
    problem = M_("its {kind} '{name}' is not the app's own", kind=entry.kind, name=entry.name)
    return NotAMeetingFile(path, problem)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})")]


# =========================================================================== saving


def _open_for_writing(path: Path, *, fresh: bool = False) -> sqlite3.Connection:
    """A connection to write ``path``: a fresh file of our own, or a checked meeting file (then
    opened defensively, so that nothing in it runs)."""
    if fresh:
        conn = sqlite3.connect(path, isolation_level=None)
    else:
        conn = dbfile.connect(path, "rw", writes=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")  # one file only: safe to copy or email
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _save_in_place(meeting: Meeting, path: Path, real: Path) -> None:
    try:
        with dbfile.marked_save(real):
            conn = _open_for_writing(real)
            try:
                conn.execute("BEGIN IMMEDIATE")
                _write_meeting(conn, meeting)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
                    conn.execute("ROLLBACK")
                raise
            finally:
                conn.close()
    except (sqlite3.Error, OSError) as exc:
        raise _save_failed(path, exc, in_place=True) from None


def _save_new(meeting: Meeting, path: Path, real: Path) -> None:
    if not real.parent.is_dir():
        problem = M_(
            "the meeting could not be saved: the folder {folder} does not exist",
            folder=str(path.parent),
        )
        raise MeetingFileError(path, problem)
    try:
        with atomic_path(real) as tmp:
            os.chmod(tmp, new_file_mode(real.parent))
            conn = _open_for_writing(tmp, fresh=True)
            try:
                create_schema(conn)
                conn.execute("BEGIN IMMEDIATE")
                _write_meeting(conn, meeting)
                conn.execute("COMMIT")
            finally:
                conn.close()
    except (sqlite3.Error, OSError) as exc:  # its own text, not the temporary file's name
        raise _save_failed(path, exc) from None


def _save_failed(
    path: Path, exc: sqlite3.Error | OSError, in_place: bool = False
) -> MeetingFileError:
    """The one-line reason a save failed; a full disk is said as such."""
    if _is_disk_full(exc):
        return MeetingFileError(path, M_("the disk is full: nothing was changed"))
    detail = os_problem(exc) if isinstance(exc, OSError) else str(exc)
    if in_place:
        problem = M_(
            "the meeting could not be saved ({reason}); the file is as it was before",
            reason=detail,
        )
    else:
        problem = M_("the meeting could not be saved ({reason})", reason=detail)
    return MeetingFileError(path, problem)


def _is_disk_full(exc: sqlite3.Error | OSError) -> bool:
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    code = getattr(exc, "sqlite_errorcode", None)  # set on every error SQLite itself raised
    if code is not None:
        return code & 0xFF == sqlite3.SQLITE_FULL
    return "disk is full" in str(exc)


def _write_meeting(conn: sqlite3.Connection, m: Meeting) -> None:
    """Replace the whole content of the database by ``m`` (inside the caller's transaction)."""
    for table in _TABLES_CHILD_FIRST:
        conn.execute(f"DELETE FROM {table}")
    logo = _blob(conn, m.logo)
    conn.execute(
        "INSERT INTO meeting (id, title, short_title, meeting_type, organiser, logo_name, "
        "logo_type, logo_sha256, first_date, last_date, start_time, end_time, venue, room, "
        "city, country, language, background, aims, logistics, acknowledgements) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            m.title,
            m.short_title,
            m.meeting_type,
            m.organiser,
            *logo,
            date_or_none(m.first_date),
            date_or_none(m.last_date),
            time_or_none(m.start),
            time_or_none(m.end),
            m.venue,
            m.room,
            m.city,
            m.country,
            m.language,
            m.background,
            m.aims,
            m.logistics,
            m.acknowledgements,
        ),
    )
    _insert(
        conn,
        "linked_event",
        (
            (
                i,
                e.title,
                date_or_none(e.first_date),
                date_or_none(e.last_date),
                e.relation,
                e.venue,
                e.url,
            )
            for i, e in enumerate(m.linked_events)
        ),
    )
    _insert(
        conn,
        "reference_doc",
        ((i, r.title, r.description, r.url) for i, r in enumerate(m.references)),
    )
    _insert(
        conn,
        "contact",
        ((i, c.name, c.role, c.email, c.phone, int(c.cc)) for i, c in enumerate(m.contacts)),
    )
    _insert(
        conn,
        "person",
        (
            (
                p.id,
                i,
                p.name,
                p.honorific,
                p.position,
                p.organisation,
                p.bio,
                p.email,
                *_blob(conn, p.photo),
                p.category.value if p.category else None,
                p.country,
            )
            for i, p in enumerate(m.people)
        ),
    )
    _write_agenda(conn, m.agenda)
    _write_notes(conn, m.notes)
    _write_packs(conn, m.packs)
    conn.execute(
        "DELETE FROM blob WHERE sha256 NOT IN (SELECT logo_sha256 FROM meeting WHERE logo_sha256 "
        "IS NOT NULL UNION SELECT photo_sha256 FROM person WHERE photo_sha256 IS NOT NULL "
        "UNION SELECT file_sha256 FROM note WHERE file_sha256 IS NOT NULL)"
    )


def _write_agenda(conn: sqlite3.Connection, agenda: Iterable[AgendaItem]) -> None:
    for pos, item in enumerate(agenda):
        conn.execute(
            "INSERT INTO agenda_item (id, pos, title, start_time, end_time, description, date, "
            "kind, room, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.id,
                pos,
                item.title,
                time_or_none(item.start),
                time_or_none(item.end),
                item.description,
                date_or_none(item.date),
                item.kind.value,
                item.room,
                item.link,
            ),
        )
        _insert(
            conn,
            "participant",
            (
                (item.id, i, p.person_id, p.role.kind.value, p.role.text)
                for i, p in enumerate(item.participants)
            ),
        )
        _insert(
            conn,
            "segment",
            (
                (item.id, i, s.label, s.person_id, s.speaker, s.minutes)
                for i, s in enumerate(item.running_order)
            ),
        )


def _write_notes(conn: sqlite3.Connection, notes: Iterable[Note]) -> None:
    for pos, note in enumerate(notes):
        conn.execute(
            "INSERT INTO note (id, pos, title, body, file_name, file_type, file_sha256, internal) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note.id,
                pos,
                note.title,
                note.body,
                *_blob(conn, note.attachment),
                int(note.internal),
            ),
        )
        _insert(
            conn,
            "note_session",
            ((note.id, i, item_id) for i, item_id in enumerate(note.session_ids)),
        )


def _write_packs(conn: sqlite3.Connection, packs: Iterable[PackDefinition]) -> None:
    for pos, p in enumerate(packs):
        o = p.options
        conn.execute(
            "INSERT INTO pack (id, pos, name, kind, bio_order, paper, distribution_mark, "
            "version_line, include_internal, formats, shrink_merged_pages, participants_list, "
            "participants_emails) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p.id,
                pos,
                p.name,
                p.kind.value,
                p.bio_order.value,
                o.paper.value,
                o.distribution_mark,
                o.version_line,
                int(o.include_internal),
                " ".join(o.formats),
                int(o.shrink_merged_pages),
                int(o.participants_list),
                int(o.participants_emails),
            ),
        )
        _insert(conn, "pack_item", ((p.id, i, ident) for i, ident in enumerate(p.item_ids)))
        _insert(conn, "pack_bio", ((p.id, i, ident) for i, ident in enumerate(p.bio_ids)))
        _insert(conn, "pack_note", ((p.id, i, ident) for i, ident in enumerate(p.note_ids)))


def _insert(conn: sqlite3.Connection, table: str, rows: Iterable[tuple[Any, ...]]) -> None:
    rows = list(rows)
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        columns = _COLUMNS[table]
        conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


_COLUMNS = {
    "linked_event": "pos, title, first_date, last_date, relation, venue, url",
    "reference_doc": "pos, title, description, url",
    "contact": "pos, name, role, email, phone, cc",
    "person": "id, pos, name, honorific, position, organisation, bio, email, photo_name, "
    "photo_type, photo_sha256, category, country",
    "participant": "item_id, pos, person_id, role_kind, role_text",
    "segment": "item_id, pos, label, person_id, speaker, minutes",
    "note_session": "note_id, pos, item_id",
    "pack_item": "pack_id, pos, item_id",
    "pack_bio": "pack_id, pos, person_id",
    "pack_note": "pack_id, pos, note_id",
}


def _blob(conn: sqlite3.Connection, a: Attachment | None) -> tuple[str | None, ...]:
    """Store an attachment's bytes once; return (name, media type, sha256) for its owner row."""
    if a is None:
        return (None, None, None)
    digest = a.sha256
    conn.execute("INSERT OR IGNORE INTO blob (sha256, data) VALUES (?, ?)", (digest, a.data))
    return (a.filename, a.media_type, digest)


# =========================================================================== reading


def _read_meeting(conn: sqlite3.Connection, on_demand: _BlobReader | None = None) -> Meeting:
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM meeting WHERE id = 1").fetchone()
    if row is None:
        raise ValidationError("meeting", M_("the file holds no meeting"))
    blobs = _Blobs(conn, on_demand)
    return Meeting(
        title=row["title"],
        short_title=row["short_title"],
        meeting_type=row["meeting_type"],
        organiser=row["organiser"],
        logo=blobs.get(row["logo_name"], row["logo_type"], row["logo_sha256"]),
        first_date=_date(row["first_date"]),
        last_date=_date(row["last_date"]),
        start=_time(row["start_time"]),
        end=_time(row["end_time"]),
        venue=row["venue"],
        room=row["room"],
        city=row["city"],
        country=row["country"],
        language=row["language"],
        background=row["background"],
        aims=row["aims"],
        logistics=row["logistics"],
        acknowledgements=row["acknowledgements"],
        linked_events=tuple(
            LinkedEvent(
                r["title"],
                _date(r["first_date"]),
                _date(r["last_date"]),
                r["relation"],
                r["venue"],
                r["url"],
            )
            for r in conn.execute("SELECT * FROM linked_event ORDER BY pos")
        ),
        references=tuple(
            Reference(r["title"], r["description"], r["url"])
            for r in conn.execute("SELECT * FROM reference_doc ORDER BY pos")
        ),
        contacts=tuple(
            Contact(r["name"], r["role"], r["email"], r["phone"], bool(r["cc"]))
            for r in conn.execute("SELECT * FROM contact ORDER BY pos")
        ),
        people=tuple(
            Person(
                r["id"],
                r["name"],
                r["honorific"],
                r["position"],
                r["organisation"],
                r["bio"],
                r["email"],
                blobs.get(r["photo_name"], r["photo_type"], r["photo_sha256"]),
                _enum(ParticipantCategory, r["category"], "category") if r["category"] else None,
                r["country"],
            )
            for r in conn.execute("SELECT * FROM person ORDER BY pos")
        ),
        agenda=_read_agenda(conn),
        notes=_read_notes(conn, blobs),
        packs=_read_packs(conn),
    )


def _grouped(conn: sqlite3.Connection, sql: str) -> dict[str, list[sqlite3.Row]]:
    groups: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute(sql):
        groups.setdefault(row[0], []).append(row)
    return groups


def _read_agenda(conn: sqlite3.Connection) -> tuple[AgendaItem, ...]:
    participants = _grouped(
        conn,
        "SELECT item_id, person_id, role_kind, role_text FROM participant ORDER BY item_id, pos",
    )
    segments = _grouped(
        conn,
        "SELECT item_id, label, person_id, speaker, minutes FROM segment ORDER BY item_id, pos",
    )
    return tuple(
        AgendaItem(
            id=r["id"],
            title=r["title"],
            start=_time(r["start_time"]),  # type: ignore[arg-type]
            end=_time(r["end_time"]),
            date=_date(r["date"]),  # type: ignore[arg-type]
            description=r["description"],
            kind=_enum(ItemKind, r["kind"], "kind of programme entry"),
            room=r["room"],
            link=r["link"],
            participants=tuple(
                Participant(p["person_id"], _role(p["role_kind"], p["role_text"]))
                for p in participants.get(r["id"], [])
            ),
            running_order=tuple(
                Segment(s["label"], s["person_id"], s["speaker"], s["minutes"])
                for s in segments.get(r["id"], [])
            ),
        )
        for r in conn.execute("SELECT * FROM agenda_item ORDER BY pos")
    )


def _read_notes(conn: sqlite3.Connection, blobs: _Blobs) -> tuple[Note, ...]:
    sessions = _grouped(conn, "SELECT note_id, item_id FROM note_session ORDER BY note_id, pos")
    return tuple(
        Note(
            id=r["id"],
            title=r["title"],
            body=r["body"],
            attachment=blobs.note_file(r["file_name"], r["file_type"], r["file_sha256"]),
            session_ids=tuple(s["item_id"] for s in sessions.get(r["id"], [])),
            internal=bool(r["internal"]),
        )
        for r in conn.execute("SELECT * FROM note ORDER BY pos")
    )


def _read_packs(conn: sqlite3.Connection) -> tuple[PackDefinition, ...]:
    entries = {
        table: _grouped(conn, f"SELECT pack_id, {column} FROM {table} ORDER BY pack_id, pos")
        for table, column in (
            ("pack_item", "item_id"),
            ("pack_bio", "person_id"),
            ("pack_note", "note_id"),
        )
    }
    return tuple(
        PackDefinition(
            id=r["id"],
            name=r["name"],
            kind=_enum(PackKind, r["kind"], "pack kind"),
            item_ids=tuple(e[1] for e in entries["pack_item"].get(r["id"], [])),
            bio_ids=tuple(e[1] for e in entries["pack_bio"].get(r["id"], [])),
            note_ids=tuple(e[1] for e in entries["pack_note"].get(r["id"], [])),
            bio_order=_enum(BioOrder, r["bio_order"], "bio order"),
            options=PackOptions(
                paper=_enum(PaperSize, r["paper"], "paper size"),
                distribution_mark=r["distribution_mark"],
                version_line=r["version_line"],
                include_internal=bool(r["include_internal"]),
                formats=tuple(r["formats"].split()),
                shrink_merged_pages=bool(r["shrink_merged_pages"]),
                participants_list=bool(r["participants_list"]),
                participants_emails=bool(r["participants_emails"]),
            ),
        )
        for r in conn.execute("SELECT * FROM pack ORDER BY pos")
    )


class _Blobs:
    """Reads attachment bytes by digest, each distinct content once; notes' files, when the
    reader is given ``on_demand``, only when asked for."""

    def __init__(self, conn: sqlite3.Connection, on_demand: _BlobReader | None = None) -> None:
        self.conn = conn
        self.on_demand = on_demand

    def note_file(
        self, name: str | None, media_type: str | None, digest: str | None
    ) -> Attachment | None:
        if digest is None or self.on_demand is None:
            return self.get(name, media_type, digest)
        row = self.conn.execute("SELECT length(data) FROM blob WHERE sha256 = ?", (digest,))
        found = row.fetchone()
        if found is None:
            raise ValidationError(name or "attachment", M_("its file content is missing"))
        clean = Attachment(filename=name or "file", data=b"", media_type=media_type or "")
        return StoredAttachment(
            clean.filename, clean.media_type, digest, int(found[0]), self.on_demand.read
        )

    def get(
        self, name: str | None, media_type: str | None, digest: str | None
    ) -> Attachment | None:
        if digest is None:
            return None
        row = self.conn.execute("SELECT data FROM blob WHERE sha256 = ?", (digest,)).fetchone()
        if row is None:
            raise ValidationError(name or "attachment", M_("its file content is missing"))
        return Attachment(filename=name or "file", data=bytes(row[0]), media_type=media_type or "")


@dataclass(frozen=True)
class _BlobReader:
    """Reads one attachment's bytes from a meeting file, by digest, each time it is asked."""

    path: Path

    def read(self, digest: str) -> bytes:
        with _checked(self.path, warn=False) as (conn, _version):
            row = conn.execute("SELECT data FROM blob WHERE sha256 = ?", (digest,)).fetchone()
        data = bytes(row[0]) if row is not None else None
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            problem = M_(
                "it was saved again while it was read and no longer holds a note's file; "
                "build again"
            )
            raise DamagedMeetingFile(self.path, problem)
        return data


def _role(kind: str, text: str) -> Role:
    return Role(_enum(RoleKind, kind, "role"), text)


def _enum(enum: type[Any], value: str, what: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        problem = Message(_UNKNOWN[what], args={"value": str(value)[:80]})
        raise ValidationError(what, problem) from None


# A stored value the app does not know, by what it should be.
_UNKNOWN = {
    "category": N_("'{value}' is not a known category"),
    "kind of programme entry": N_("'{value}' is not a known kind of programme entry"),
    "pack kind": N_("'{value}' is not a known pack kind"),
    "bio order": N_("'{value}' is not a known bio order"),
    "paper size": N_("'{value}' is not a known paper size"),
    "role": N_("'{value}' is not a known role"),
}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None
