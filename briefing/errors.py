"""The exceptions the core raises, one tree so callers can catch at the right depth.

BriefingError
├── ValidationError        a value a user gave breaks a rule (field, what is wrong)
├── MeetingFileError       a meeting file cannot be opened or saved (path, why)
│   ├── NotAMeetingFile    the file is not a meeting file at all
│   ├── DamagedMeetingFile truncated or corrupt
│   └── NewerMeetingFile   written by a newer version of the app
├── JsonFormatError        a meeting JSON file is malformed (path, field, what is wrong)
├── NoteReadError          an attached note file cannot be read (encrypted, damaged, too big…)
├── BuildError             a pack could not be built (one line per problem)
└── BuildCancelled         the user cancelled a build

Every message is one line a user can act on; the UI and the CLI show ``str(error)``.
"""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base class of every error the core reports to a user."""


class ValidationError(BriefingError, ValueError):
    """A value breaks a rule of the model; ``field`` names where it was found."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)

    def within(self, prefix: str) -> ValidationError:
        """Return the same error with its field placed under ``prefix`` (e.g. ``agenda[2]``)."""
        field = f"{prefix}.{self.field}" if self.field else prefix
        return ValidationError(field, self.problem)


class MeetingFileError(BriefingError):
    """A meeting file could not be opened or saved."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class NotAMeetingFile(MeetingFileError):
    """The file exists but is not a meeting file."""


class DamagedMeetingFile(MeetingFileError):
    """The file is a meeting file but truncated or corrupt."""


class NewerMeetingFile(MeetingFileError):
    """The file was written by a newer version of the app."""


class JsonFormatError(BriefingError):
    """A meeting JSON document is malformed; names the file and the field."""

    def __init__(self, path: Path | str | None, field: str, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.field = field
        self.problem = problem
        where = self.path.name if self.path is not None else "JSON"
        super().__init__(f"{where}: {field}: {problem}" if field else f"{where}: {problem}")


class NoteReadError(BriefingError):
    """A background note's attached file cannot be read; the message names the note and file."""


class BuildError(BriefingError):
    """A pack could not be built; ``problems`` holds one line each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class BuildCancelled(BriefingError):
    """The user cancelled a build; nothing was written under the final names."""

    def __init__(self) -> None:
        super().__init__("the build was cancelled")
