"""Meeting JSON: the interchange format other tools and scripts use to create meetings.

The format is documented in ``docs/meeting-json.md``. Reading checks every field's type and
rules and names the first field that is wrong (``agenda[2].end: ...``); writing is the exact
inverse, so JSON → meeting → JSON gives back the same document.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, TypeVar

from briefing.atomic import atomic_path
from briefing.errors import (
    BriefingError,
    JsonFormatError,
    RefusedFileError,
    ValidationError,
    at,
    os_problem,
)
from briefing.filenames import safe_filename
from briefing.messages import M_, Message
from briefing.model import (
    MAX_NOTE_BYTES,
    PACK_FORMATS,
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
    Segment,
)
from briefing.output_swap import missing_folders, remove_empty
from briefing.safe_read import read_regular_file
from briefing.validation import date_or_none, parse_date, parse_time, time_or_none

FORMAT_NAME = "briefing-meeting"
FORMAT_VERSION = 2  # 2: kinds of entry, rooms and links; categories and countries
MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_FILES_BYTES = 1024 * 1024 * 1024  # every file one JSON names, together
"""The largest meeting JSON read: files inlined as base64 included; larger ones keep their
files beside the JSON (``path``)."""

_T = TypeVar("_T")
Json = dict[str, Any]


class _Fail(Exception):
    """Internal: a problem at a field path, turned into JsonFormatError at the border."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


# =========================================================================== reading


class _Files:
    """The files a JSON names: inside its folder, each read once, all within one budget."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.read: dict[Path, bytes] = {}
        self.total = 0

    def take(self, target: Path, relative: str, field: str) -> bytes:
        """The bytes of ``target``, read once; refused past :data:`MAX_FILES_BYTES` in all."""
        if target not in self.read:
            data = read_regular_file(target, MAX_NOTE_BYTES)
            self.total += len(data)
            if self.total > MAX_FILES_BYTES:
                problem = M_(
                    "'{path}' brings the files the JSON names past {size} MB in all; a meeting "
                    "never needs that",
                    path=relative,
                    size=MAX_FILES_BYTES // (1024 * 1024),
                )
                raise _Fail(field, problem)
            self.read[target] = data
        return self.read[target]


class _Reader:
    """Reads one JSON object, checking types, and remembers which keys it used."""

    def __init__(self, data: Any, path: str, files: _Files | None) -> None:
        if not isinstance(data, dict):
            raise _Fail(path, _must_be(dict, data))
        self.data = data
        self.path = path
        self.files = files
        self.used: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, types: tuple[type, ...], default: Any, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data or self.data[key] is None:
            if required:
                raise _Fail(self.at(key), M_("is missing"))
            return default
        value = self.data[key]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise _Fail(self.at(key), _must_be(types[0], value))
        return value

    def text(self, key: str, required: bool = False) -> str:
        return self._get(key, (str,), "", required)

    def flag(self, key: str, default: bool = False) -> bool:
        return self._get(key, (bool,), default, False)

    def integer(self, key: str) -> int | None:
        return self._get(key, (int,), None, False)

    def date(self, key: str) -> dt.date | None:
        value = self._get(key, (str,), None, False)
        return None if value is None else self._parse(key, parse_date, value)

    def time(self, key: str, required: bool = False) -> dt.time | None:
        value = self._get(key, (str,), None, required)
        return None if value is None else self._parse(key, parse_time, value)

    def choice(self, key: str, enum: type[_T], default: _T) -> _T:
        value = self._get(key, (str,), None, False)
        if value is None:
            return default
        try:
            return enum(value)  # type: ignore[call-arg]
        except ValueError:
            allowed = tuple(repr(e.value) for e in enum)  # type: ignore[attr-defined]
            problem = M_("'{value}' is not one of {allowed}", value=value[:80], allowed=allowed)
            raise _Fail(self.at(key), problem) from None

    def strings(self, key: str) -> tuple[str, ...]:
        values = self._get(key, (list,), [], False)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise _Fail(f"{self.at(key)}[{index}]", _must_be(str, value))
        return tuple(values)

    def objects(self, key: str, build: Callable[[_Reader], _T]) -> tuple[_T, ...]:
        values = self._get(key, (list,), [], False)
        return tuple(
            _build(_Reader(value, f"{self.at(key)}[{i}]", self.files), build)
            for i, value in enumerate(values)
        )

    def obj(self, key: str, build: Callable[[_Reader], _T]) -> _T | None:
        value = self._get(key, (dict,), None, False)
        return None if value is None else _build(_Reader(value, self.at(key), self.files), build)

    def _parse(self, key: str, parse: Callable[[str, str], _T], value: str) -> _T:
        try:
            return parse(value, self.at(key))
        except ValidationError as exc:
            raise _Fail(exc.field, exc.problem) from None

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise _Fail(self.at(unknown[0]), M_("is not a field of this format (misspelt?)"))


_TYPE_NAMES = {
    str: M_("a string"),
    bool: M_("true or false"),
    int: M_("a whole number"),
    list: M_("a list"),
    dict: M_("an object"),
}


def _must_be(wanted: type, value: Any) -> Message:
    """``must be a string, not a number``."""
    return M_("must be {wanted}, not {found}", wanted=_TYPE_NAMES[wanted], found=_kind(value))


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    for t, name in (
        (bool, M_("true or false")),
        (str, M_("a string")),
        (int, M_("a number")),
        (float, M_("a number")),
        (list, M_("a list")),
        (dict, M_("an object")),
    ):
        if isinstance(value, t):
            return name
    return type(value).__name__


def _build(reader: _Reader, build: Callable[[_Reader], _T]) -> _T:
    try:
        result = build(reader)
    except ValidationError as exc:
        raise _Fail(reader.at(exc.field) if exc.field else reader.path, exc.problem) from None
    reader.finish()
    return result


def _attachment(r: _Reader) -> Attachment:
    filename = r.text("filename", required=True)
    media_type = r.text("media_type")
    inline = r.text("base64")
    relative = r.text("path")
    if inline and relative:
        problem = M_("give the file's content as either 'base64' or 'path', not both")
        raise _Fail(r.path, problem)
    if inline:
        try:
            data = base64.b64decode(inline, validate=True)
        except (binascii.Error, ValueError):
            raise _Fail(r.at("base64"), M_("is not valid base64")) from None
    elif relative:
        data = _read_relative(r, relative)
    else:
        raise _Fail(r.path, M_("needs the file's content as 'base64' or a 'path'"))
    return Attachment(filename=filename, data=data, media_type=media_type)


def _read_relative(r: _Reader, relative: str) -> bytes:
    """The bytes of a file named by a ``path`` field: a regular file inside the JSON's folder."""
    if r.files is None:
        problem = M_("a file path can only be used in a JSON file, not in a string")
        raise _Fail(r.at("path"), problem)
    target = _inside(r.files.folder, relative, r.at("path"))
    try:
        return r.files.take(target, relative, r.at("path"))
    except RefusedFileError as exc:
        problem = M_("'{path}' {problem}", path=relative, problem=exc.problem)
        raise _Fail(r.at("path"), problem) from None
    except FileNotFoundError:
        problem = M_("the file '{path}' was not found next to the JSON", path=relative)
        raise _Fail(r.at("path"), problem) from None
    except IsADirectoryError:
        problem = M_("'{path}' is a folder, not a file", path=relative)
        raise _Fail(r.at("path"), problem) from None
    except OSError as exc:
        problem = M_(
            "the file '{path}' cannot be read: {reason}", path=relative, reason=os_problem(exc)
        )
        raise _Fail(r.at("path"), problem) from None


def _inside(base_dir: Path, relative: str, field: str) -> Path:
    """Where ``relative`` leads once every link is followed, refused unless inside the JSON's
    folder: a JSON passed between colleagues must not make the app read any other file."""
    outside = M_("'{path}' is outside the folder of the JSON", path=relative)
    if _leaves_folder(relative):  # refused before any look at the disk (or the network)
        raise _Fail(field, outside)
    base = base_dir.resolve()
    try:
        target = (base / relative).resolve()
    except (OSError, RuntimeError, ValueError):  # a link loop, a NUL in the name
        raise _Fail(field, M_("'{path}' is not a usable file path", path=relative)) from None
    if not target.is_relative_to(base):
        raise _Fail(field, outside)
    return target


def _leaves_folder(relative: str) -> bool:
    """Whether a path leaves its folder as written, on any system: absolute, a drive, a
    network share (``//server/share``, ``\\\\server\\share``), or a ``..`` step."""
    for flavour in (PurePosixPath(relative), PureWindowsPath(relative)):
        if flavour.anchor or flavour.is_absolute() or ".." in flavour.parts:
            return True
    return False


def _person(r: _Reader) -> Person:
    return Person(
        id=r.text("id", required=True),
        name=r.text("name", required=True),
        honorific=r.text("honorific"),
        position=r.text("position"),
        organisation=r.text("organisation"),
        bio=r.text("bio"),
        email=r.text("email"),
        photo=r.obj("photo", _attachment),
        category=r.choice("category", ParticipantCategory, None),  # type: ignore[arg-type]
        country=r.text("country"),
    )


def _participant(r: _Reader) -> Participant:
    return Participant(
        person_id=r.text("person", required=True), role=Role.parse(r.text("role", required=True))
    )


def _segment(r: _Reader) -> Segment:
    return Segment(
        label=r.text("label", required=True),
        person_id=r.text("person") or None,
        speaker=r.text("speaker"),
        minutes=r.integer("minutes"),
    )


def _item(r: _Reader) -> AgendaItem:
    return AgendaItem(
        id=r.text("id", required=True),
        title=r.text("title", required=True),
        date=r.date("date"),
        start=r.time("start", required=True),  # type: ignore[arg-type]
        end=r.time("end", required=True),  # type: ignore[arg-type]
        description=r.text("description"),
        kind=r.choice("kind", ItemKind, ItemKind.SESSION),
        room=r.text("room"),
        link=r.text("link"),
        participants=r.objects("participants", _participant),
        running_order=r.objects("running_order", _segment),
    )


def _note(r: _Reader) -> Note:
    return Note(
        id=r.text("id", required=True),
        title=r.text("title", required=True),
        body=r.text("body"),
        attachment=r.obj("file", _attachment),
        session_ids=r.strings("sessions"),
        internal=r.flag("internal"),
    )


def _contact(r: _Reader) -> Contact:
    return Contact(
        name=r.text("name"),
        role=r.text("role"),
        email=r.text("email"),
        phone=r.text("phone"),
        cc=r.flag("cc"),
    )


def _linked_event(r: _Reader) -> LinkedEvent:
    return LinkedEvent(
        title=r.text("title", required=True),
        first_date=r.date("first_date"),
        last_date=r.date("last_date"),
        relation=r.text("relation"),
        venue=r.text("venue"),
        url=r.text("url"),
    )


def _reference(r: _Reader) -> Reference:
    return Reference(
        title=r.text("title", required=True), description=r.text("description"), url=r.text("url")
    )


def _pack(r: _Reader) -> PackDefinition:
    return PackDefinition(
        id=r.text("id", required=True),
        name=r.text("name", required=True),
        kind=r.choice("kind", PackKind, PackKind.FULL),
        item_ids=r.strings("items"),
        bio_ids=r.strings("bios"),
        note_ids=r.strings("notes"),
        bio_order=r.choice("bio_order", BioOrder, BioOrder.APPEARANCE),
        options=PackOptions(
            paper=r.choice("paper", PaperSize, PaperSize.A4),
            distribution_mark=r.text("distribution_mark"),
            version_line=r.text("version_line"),
            include_internal=r.flag("include_internal"),
            formats=r.strings("formats") or PACK_FORMATS,
            shrink_merged_pages=r.flag("shrink_merged_pages", default=True),
            participants_list=r.flag("participants_list"),
            participants_emails=r.flag("participants_emails", default=True),
        ),
    )


def _meeting(r: _Reader) -> Meeting:
    if "format" not in r.data:
        problem = M_(
            'this is not a meeting JSON: it has no "format" (a meeting JSON starts with '
            '"format": "{name}")',
            name=FORMAT_NAME,
        )
        raise _Fail("", problem)
    fmt = r.text("format", required=True)
    if fmt != FORMAT_NAME:
        problem = M_("is '{value}'; a meeting JSON says '{name}'", value=fmt[:80], name=FORMAT_NAME)
        raise _Fail("format", problem)
    version = r.integer("format_version")
    if version is None or version > FORMAT_VERSION:
        problem = M_(
            "is {value}; this version of the app reads up to {version}: update the app",
            value=repr(version),
            version=FORMAT_VERSION,
        )
        raise _Fail("format_version", problem)
    return Meeting(
        title=r.text("title", required=True),
        short_title=r.text("short_title"),
        meeting_type=r.text("meeting_type"),
        organiser=r.text("organiser"),
        logo=r.obj("logo", _attachment),
        first_date=r.date("first_date"),
        last_date=r.date("last_date"),
        start=r.time("start"),
        end=r.time("end"),
        venue=r.text("venue"),
        room=r.text("room"),
        city=r.text("city"),
        country=r.text("country"),
        language=r.text("language") or "en",
        background=r.text("background"),
        aims=r.text("aims"),
        logistics=r.text("logistics"),
        acknowledgements=r.text("acknowledgements"),
        linked_events=r.objects("linked_events", _linked_event),
        references=r.objects("references", _reference),
        contacts=r.objects("contacts", _contact),
        people=r.objects("people", _person),
        agenda=r.objects("agenda", _item),
        notes=r.objects("notes", _note),
        packs=r.objects("packs", _pack),
    )


def meeting_from_dict(data: Any, source: Path | None = None) -> Meeting:
    """Build a meeting from parsed JSON; ``source`` is the JSON file (for relative paths)."""
    files = _Files(source.parent) if source is not None else None
    try:
        return _build(_Reader(data, "", files), _meeting)
    except _Fail as exc:
        raise JsonFormatError(source, exc.field, exc.problem) from None


def read_meeting_json(path: Path) -> Meeting:
    """Read a meeting JSON file; any problem raises :class:`JsonFormatError` naming the field."""
    path = Path(path)
    try:
        text = read_regular_file(path, MAX_JSON_BYTES).decode("utf-8-sig")
    except RefusedFileError as exc:
        raise JsonFormatError(path, "", M_("the file {problem}", problem=exc.problem)) from None
    except FileNotFoundError:
        raise JsonFormatError(path, "", M_("the file does not exist")) from None
    except IsADirectoryError:
        raise JsonFormatError(path, "", M_("is a folder, not a meeting JSON")) from None
    except UnicodeDecodeError:
        raise JsonFormatError(path, "", M_("the file is not UTF-8 text")) from None
    except OSError as exc:
        problem = M_("the file cannot be read: {reason}", reason=os_problem(exc))
        raise JsonFormatError(path, "", problem) from None
    return meeting_from_dict(_parse(text, path), path)


def _parse(text: str, path: Path) -> Any:
    """The JSON value of ``text``, or :class:`JsonFormatError` saying where it is not JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = M_(
            "not valid JSON at line {line}, column {column}: {reason}",
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        )
        raise JsonFormatError(path, "", problem) from None
    except RecursionError:  # Python's parser gives up near a thousand levels; no meeting nests 10
        problem = M_("the JSON is nested too deeply (lists or objects inside each other)")
        raise JsonFormatError(path, "", problem) from None


# =========================================================================== writing


def _drop_empty(data: Json) -> Json:
    """Leave out fields at their default (empty text, false, null, empty list)."""
    return {k: v for k, v in data.items() if v not in ("", None, False, [], {})}


class _Writer:
    """Turns a meeting into JSON; attachments go inline or through ``store_file``."""

    def __init__(self, store_file: Callable[[str, Attachment], str] | None) -> None:
        self.store_file = store_file

    def attachment(self, owner: str, a: Attachment | None) -> Json | None:
        if a is None:
            return None
        out: Json = {"filename": a.filename, "media_type": a.media_type}
        if self.store_file is None:
            out["base64"] = base64.b64encode(a.data).decode("ascii")
        else:
            out["path"] = self.store_file(owner, a)
        return out

    def meeting(self, m: Meeting) -> Json:
        head: Json = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
        body = _drop_empty(
            {
                "title": m.title,
                "short_title": m.short_title,
                "meeting_type": m.meeting_type,
                "organiser": m.organiser,
                "logo": self.attachment("logo", m.logo),
                "first_date": date_or_none(m.first_date),
                "last_date": date_or_none(m.last_date),
                "start": time_or_none(m.start),
                "end": time_or_none(m.end),
                "venue": m.venue,
                "room": m.room,
                "city": m.city,
                "country": m.country,
                "language": m.language,
                "background": m.background,
                "aims": m.aims,
                "logistics": m.logistics,
                "acknowledgements": m.acknowledgements,
                "linked_events": [
                    _drop_empty(
                        {
                            "title": e.title,
                            "first_date": date_or_none(e.first_date),
                            "last_date": date_or_none(e.last_date),
                            "relation": e.relation,
                            "venue": e.venue,
                            "url": e.url,
                        }
                    )
                    for e in m.linked_events
                ],
                "references": [
                    _drop_empty({"title": r.title, "description": r.description, "url": r.url})
                    for r in m.references
                ],
                "contacts": [
                    _drop_empty(
                        {
                            "name": c.name,
                            "role": c.role,
                            "email": c.email,
                            "phone": c.phone,
                            "cc": c.cc,
                        }
                    )
                    for c in m.contacts
                ],
                "people": [self.person(p) for p in m.people],
                "agenda": [self.item(i) for i in m.agenda],
                "notes": [self.note(n) for n in m.notes],
                "packs": [self.pack(p) for p in m.packs],
            }
        )
        return head | body

    def person(self, p: Person) -> Json:
        return _drop_empty(
            {
                "id": p.id,
                "name": p.name,
                "honorific": p.honorific,
                "position": p.position,
                "organisation": p.organisation,
                "email": p.email,
                "bio": p.bio,
                "photo": self.attachment(p.id, p.photo),
                "category": p.category.value if p.category else None,
                "country": p.country,
            }
        )

    def item(self, i: AgendaItem) -> Json:
        return _drop_empty(
            {
                "id": i.id,
                "title": i.title,
                "date": date_or_none(i.date),
                "start": time_or_none(i.start),
                "end": time_or_none(i.end),
                "description": i.description,
                "kind": i.kind.value if not i.is_session else None,
                "room": i.room,
                "link": i.link,
                "participants": [
                    {
                        "person": p.person_id,
                        "role": p.role.label if p.role.text else p.role.kind.value,
                    }
                    for p in i.participants
                ],
                "running_order": [
                    _drop_empty(
                        {
                            "label": s.label,
                            "person": s.person_id,
                            "speaker": s.speaker,
                            "minutes": s.minutes,
                        }
                    )
                    for s in i.running_order
                ],
            }
        )

    def note(self, n: Note) -> Json:
        return _drop_empty(
            {
                "id": n.id,
                "title": n.title,
                "body": n.body,
                "file": self.attachment(n.id, n.attachment),
                "sessions": list(n.session_ids),
                "internal": n.internal,
            }
        )

    def pack(self, p: PackDefinition) -> Json:
        data = _drop_empty(
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind.value,
                "items": list(p.item_ids),
                "bios": list(p.bio_ids),
                "notes": list(p.note_ids),
                "bio_order": p.bio_order.value,
                "paper": p.options.paper.value,
                "distribution_mark": p.options.distribution_mark,
                "version_line": p.options.version_line,
                "include_internal": p.options.include_internal,
                "formats": list(p.options.formats),
            }
        )
        if not p.options.shrink_merged_pages:  # its default is true: left out like the others
            data["shrink_merged_pages"] = False
        if p.options.participants_list:
            data["participants_list"] = True
        if not p.options.participants_emails:  # its default is true
            data["participants_emails"] = False
        return data


def meeting_to_dict(meeting: Meeting) -> Json:
    """The meeting as a JSON-ready dict, with attachments inlined as base64."""
    return _Writer(None).meeting(meeting)


def write_meeting_json(meeting: Meeting, path: Path, inline_files: bool = False) -> list[Path]:
    """Write a meeting as JSON; attachments go to a ``<name>-files`` folder beside it (or are
    inlined as base64). The JSON and its folder appear complete or not at all; a failure
    leaves both as they were. Returns every file written."""
    path = Path(path)
    export = _Export(path, path.with_name(f"{path.stem}-files"))
    made = missing_folders(path.parent)  # a folder the user named is made, as a build does
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _Writer(None if inline_files else export.store_file).meeting(meeting)
        export.finish((json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    except OSError as exc:
        raise BriefingError(export.problem(exc)) from None
    finally:
        export.clean_up()
        if not export.done:
            remove_empty(made)
    return [path, *export.written]


class _Export:
    """One export: attachments go into a hidden folder beside the JSON, which takes the
    ``-files`` folder's name only once the JSON is written too; any failure undoes it all."""

    def __init__(self, path: Path, files_dir: Path) -> None:
        self.path = path
        self.files_dir = files_dir
        self.written: list[Path] = []
        self._staging: Path | None = None
        self._aside: Path | None = None  # holds the previous export's folder until the end
        self._swapped = False
        self.done = False

    def store_file(self, owner: str, attachment: Attachment) -> str:
        """Write one attachment into the new folder; its path relative to the JSON."""
        folder = self._staging_dir() / safe_filename(owner)
        folder.mkdir(exist_ok=True)
        target = _unused_name(folder, safe_filename(attachment.filename))
        relative = PurePosixPath(folder.name, target.name)
        _write_synced(target, attachment.data)
        self.written.append(self.files_dir / relative)
        return f"{self.files_dir.name}/{relative}"

    def finish(self, data: bytes) -> None:
        """Write the JSON and put the new folder in place of the old one."""
        with atomic_path(self.path) as tmp:
            _write_synced(tmp, data)
            if self._staging is not None:
                self._swap_folders(self._staging)
        self.done = True

    def clean_up(self) -> None:
        """Remove what is temporary; after a failure put the previous folder back."""
        if self._staging is not None and not self._swapped:
            shutil.rmtree(self._staging, ignore_errors=True)
        if self._swapped and not self.done:
            shutil.rmtree(self.files_dir, ignore_errors=True)
        if self._aside is not None:
            previous = self._aside / "files"
            if not self.done and os.path.lexists(previous):
                try:
                    os.rename(previous, self.files_dir)
                except OSError:
                    return  # the previous files stay in the hidden folder rather than be lost
            shutil.rmtree(self._aside, ignore_errors=True)

    def problem(self, exc: OSError) -> Message:
        """A one-line message naming the JSON and its folder, never a temporary file."""
        folder = str(self.path.parent)
        if exc.errno == errno.ENOSPC:
            why = M_("the disk is full")
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            why = M_("the folder {folder} cannot be written to", folder=folder)
        elif exc.errno == errno.ENOENT and not self.path.parent.is_dir():
            why = M_("the folder {folder} does not exist", folder=folder)
        else:
            why = exc.strerror or type(exc).__name__
        where = self.path.name
        if self._staging is not None:
            where = M_("{file} and {folder}", file=where, folder=self.files_dir.name)
        problem = M_(
            "the meeting could not be exported ({reason}); nothing was changed", reason=why
        )
        return at(where, problem)

    def _staging_dir(self) -> Path:
        if self._staging is None:
            if os.path.lexists(self.files_dir) and not self.files_dir.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "is not a folder", str(self.files_dir))
            self._staging = Path(
                tempfile.mkdtemp(dir=self.path.parent, prefix=f".{self.files_dir.name}.")
            )
        return self._staging

    def _swap_folders(self, staging: Path) -> None:
        if os.path.lexists(self.files_dir):
            self._aside = Path(
                tempfile.mkdtemp(dir=self.path.parent, prefix=f".{self.files_dir.name}.old.")
            )
            os.rename(self.files_dir, self._aside / "files")
        os.rename(staging, self.files_dir)
        self._swapped = True


def _unused_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``… when two files of one entry share a name."""
    target, number = folder / name, 1
    while target.exists():
        number += 1
        stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
        target = folder / f"{stem} ({number}){dot}{suffix}"
    return target


def _write_synced(path: Path, data: bytes) -> None:
    """Write a new file and flush it to the disk, so a full disk shows here, not later."""
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
