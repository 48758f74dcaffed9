"""The exceptions the core raises, one tree so callers can catch at the right depth.

BriefingError
├── ValidationError        a value a user gave breaks a rule (field, what is wrong)
├── MeetingFileError       a meeting file cannot be opened or saved (path, why)
│   ├── NotAMeetingFile    the file is not a meeting file at all
│   ├── DamagedMeetingFile truncated or corrupt
│   ├── NewerMeetingFile   written by a newer version of the app
│   └── MeetingInUse       another window or command has the file open (path, holder)
├── JsonFormatError        a meeting JSON file is malformed (path, field, what is wrong)
├── NoteReadError          an attached note file cannot be read (file, problem, note title)
├── UnusableFileError      a file given to an import cannot be used (file, problem)
│   └── ConceptNoteError   a concept note or agenda source cannot be read at all
├── RefusedFileError       a file a user named is not a regular file, or is too large (path, why)
├── PasswordFileError      a restricted pack's password file cannot be used (path, line, why)
├── UnknownPackError       a build asked for a pack the meeting does not have (name, known)
├── BuildError             a pack could not be built (one line per problem)
│   └── UndrawableCharacters  a PDF would leave out characters no pack font draws (file, places)
├── BuildBusyError         a build was asked for while another one is running
└── BuildCancelled         the user cancelled a build

Every message is one line a user can act on; the CLI shows ``str(error)``, the window
``error.message`` (a :class:`~briefing.messages.Message` where the core wrote one, shown in the
window's language). Each error also keeps what it is about as fields (the file, the problem…),
so no caller ever takes a message apart to find them. A ``problem`` may be a plain ``str`` or a
``Message``; the error's message is then one message with the problem inside.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable
from pathlib import Path

from briefing.messages import M_, Message, Mn_, place


def at(where: str, problem: str) -> Message:
    """``WHERE: PROBLEM`` (a file, a field, a line, then what is wrong there), as one message."""
    return M_("{where}: {problem}", where=where, problem=problem)


class BriefingError(Exception):
    """Base class of every error the core reports to a user; ``message`` is what it says."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


class ValidationError(BriefingError, ValueError):
    """A value breaks a rule of the model; ``field`` names where it was found."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(at(field, problem) if field else problem)

    def within(self, prefix: str) -> ValidationError:
        """Return the same error with its field placed under ``prefix`` (e.g. ``agenda[2]``)."""
        field = f"{prefix}.{self.field}" if self.field else prefix
        return ValidationError(field, self.problem)


class MeetingFileError(BriefingError):
    """A meeting file could not be opened or saved."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(at(self.path.name, problem))


class NotAMeetingFile(MeetingFileError):
    """The file exists but is not a meeting file."""


class DamagedMeetingFile(MeetingFileError):
    """The file is a meeting file but truncated or corrupt."""


class NewerMeetingFile(MeetingFileError):
    """The file was written by a newer version of the app."""


class MeetingInUse(MeetingFileError):
    """Another window or command has the meeting file open; ``holder`` says which, if known."""

    def __init__(
        self, path: Path | str, holder: str | None = None, advice: str | None = None
    ) -> None:
        self.holder = holder if holder is not None else M_("another window of the app")
        if advice is None:
            advice = M_("changes made in both would overwrite each other, so close it there first")
        problem = M_("the meeting is open in {holder}; {advice}", holder=self.holder, advice=advice)
        super().__init__(path, problem)


class JsonFormatError(BriefingError):
    """A meeting JSON document is malformed; names the file and the field."""

    def __init__(self, path: Path | str | None, field: str, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.field = field
        self.problem = problem
        where = self.path.name if self.path is not None else "JSON"
        super().__init__(at(where, at(field, problem) if field else problem))


class NoteReadError(BriefingError):
    """A note's file cannot be read: ``file`` (its name), ``problem``, and the ``note``'s title
    once known (the message then reads ``note 'TITLE' (FILE): PROBLEM``)."""

    def __init__(self, file: str, problem: str, note: str | None = None) -> None:
        self.file = file
        self.problem = problem
        self.note = note
        if note is None:
            super().__init__(at(file, problem))
        else:
            message = M_("note '{note}' ({file}): {problem}", note=note, file=file, problem=problem)
            super().__init__(message)

    def for_note(self, title: str) -> NoteReadError:
        """The same problem, naming the note it belongs to."""
        return NoteReadError(self.file, self.problem, title)


class UnusableFileError(BriefingError):
    """A file given to an import (a list of people, a note) cannot be used: ``file`` (its
    name) and ``problem``."""

    def __init__(self, file: str, problem: str) -> None:
        self.file = file
        self.problem = problem
        super().__init__(at(file, problem))


class ConceptNoteError(UnusableFileError):
    """A concept note (or agenda source) cannot be read at all: ``file`` and ``problem``."""


class RefusedFileError(BriefingError):
    """A file a user (or a meeting JSON) named is refused before it is read: it is not a
    regular file (a FIFO, a device…) or it is larger than its ``limit`` (then set, in bytes).
    ``problem`` reads after the file's name: ``is not a regular file (a FIFO)``."""

    def __init__(self, path: Path | str, problem: str, limit: int | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.limit = limit
        super().__init__(at(self.path.name, problem))


class PasswordFileError(BriefingError):
    """A password file cannot be used: ``path``, the ``line`` at fault (or None) and the
    ``problem``, which never shows a password."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.line = line
        if line is not None:
            problem = at(place("line", line), problem)
        super().__init__(at(self.path.name, problem))


class UnknownPackError(BriefingError):
    """A build asked for a pack the meeting does not have."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = list(known)
        message = M_(
            "no pack called {name}; this meeting has {names}",
            name=repr(name),
            names=tuple(repr(k) for k in self.known),
        )
        super().__init__(message)


class BuildError(BriefingError):
    """A pack could not be built; ``problems`` holds one line each (messages, mostly)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


_CHARACTERS_SHOWN = 12
_PLACES_SHOWN = 2


def describe_characters(chars: Iterable[str]) -> str:
    """``न (U+0928), म (U+092E)``: each character and its code point, a few at most."""
    ordered = sorted(set(chars))
    shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in ordered[:_CHARACTERS_SHOWN])
    more = len(ordered) - _CHARACTERS_SHOWN
    if more > 0:
        return Mn_(
            "{characters} and {count} more", "{characters} and {count} more", more, characters=shown
        )
    return shown


class UndrawableCharacters(BuildError):
    """A PDF would leave out characters no pack font can draw: the build stops unless the user
    allows it. ``places`` maps where in ``file`` (e.g. "the cover"), in the order of the pack,
    to those characters; the message is one line, naming the first places."""

    def __init__(self, file: str, places: dict[str, frozenset[str]]) -> None:
        self.file = file
        self.places = {where or M_("the pack"): chars for where, chars in places.items() if chars}
        chars = frozenset().union(*self.places.values())
        super().__init__([_undrawable(file, list(self.places), describe_characters(chars))])


def _undrawable(file: str, places: list[str], characters: str) -> Message:
    """The one line of :class:`UndrawableCharacters`: the file, its first places, the
    characters."""
    shown = tuple(places[:_PLACES_SHOWN])
    more = len(places) - len(shown)
    if more:
        return Mn_(
            "{file}, {places} and {count} more place: no pack font can draw {characters}; "
            "remove them, or build even if some characters cannot be drawn "
            "(--allow-missing-glyphs)",
            "{file}, {places} and {count} more places: no pack font can draw {characters}; "
            "remove them, or build even if some characters cannot be drawn "
            "(--allow-missing-glyphs)",
            more,
            file=file,
            places=shown,
            characters=characters,
        )
    return M_(
        "{file}, {places}: no pack font can draw {characters}; remove them, or build even if "
        "some characters cannot be drawn (--allow-missing-glyphs)",
        file=file,
        places=shown,
        characters=characters,
    )


class BuildBusyError(BriefingError):
    """A build was asked for while another one is still running."""

    def __init__(self) -> None:
        super().__init__(M_("a build is already running; wait for it to finish or cancel it"))


class BuildCancelled(BriefingError):
    """The user cancelled a build; nothing was written under the final names."""

    def __init__(self) -> None:
        super().__init__(M_("the build was cancelled"))


def os_problem(exc: OSError) -> str:
    """What an OS error means, in a few words (never the name of a temporary file)."""
    if exc.errno == errno.ENOSPC:
        return M_("the disk is full")
    return exc.strerror or str(exc)
