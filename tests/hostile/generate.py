"""The hostile corpus: each case writes its inputs into a fresh folder and names the command.

A case says what is right, from the issue "A pack can be trusted", not from what the code does
today: the exit codes that are right (1 for a refusal, 0 for a build that goes on, both where
either is a sound design), the input a message must name (a file name or a JSON field), whether
a build that goes on must say what it removed, and what else must hold afterwards. The runner
and the verdict that apply to every case are in ``tests/hostile/corpus.py``.

Folder layout for one case: ``ROOT/secret.txt`` (a canary outside the inputs), ``ROOT/work/``
(the inputs; the command runs there), ``ROOT/work/out/`` (where builds write).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tests.hostile import files as f

Check = Callable[[Path], list[str]]
Maker = Callable[[Path], None]

JSON = "meeting.json"
MEETING = "base.meeting"
SECRET_NAME = "secret.txt"
BUILD = ("build", JSON, "-o", "out", "--format", "all", "--build-date", f.DATE)
NOTE_PATH_FIELD = "notes[0].file.path"
PACK_NAME = f"{f.DATE} Hostile corpus meeting - Full pack"  # as the build names the full pack


@dataclass(frozen=True)
class Case:
    """One hostile input and the command given it."""

    name: str
    category: str
    make: Maker  # writes the inputs into the work folder
    argv: tuple[str, ...]  # the CLI's arguments, paths relative to the work folder
    codes: tuple[int, ...]  # the exit codes that are right
    names: tuple[str, ...]  # the first message names one of these; each appears somewhere
    warns: Literal["must", "may"] = "may"  # when it exits 0: must it say what it left out?
    report: Literal["stderr", "stdout"] = "stderr"  # `check` reports on stdout
    meeting: str | None = None  # a meeting file a refusal (or a read-only command) leaves alone
    after: Check | None = None  # further checks once the command succeeded

    @property
    def read_only(self) -> bool:
        """Whether the command only reads its meeting (and so never writes it)."""
        return self.argv[0] in ("show", "check", "build", "export-json")


def secret_path(work: Path) -> Path:
    """The canary file, outside the folder of the inputs."""
    return work.parent / SECRET_NAME


# --------------------------------------------------------------------------- makers


def note_in_json(filename: str, content: Callable[[], bytes]) -> Maker:
    """A meeting JSON with one note whose file ``filename`` lies beside it."""

    def make(work: Path) -> None:
        (work / filename).write_bytes(content())
        f.write_json(work, f.meeting_dict([f.note_ref(filename)]))

    return make


def previous_pack(maker: Maker) -> Maker:
    """The inputs of ``maker``, and the pack a previous build left in ``out/``."""

    def make(work: Path) -> None:
        maker(work)
        (work / "out").mkdir()
        for suffix in (".pdf", ".docx"):
            (work / "out" / f"{PACK_NAME}{suffix}").write_bytes(b"the previous, good pack")

    return make


def json_pointing_at(path: str | Callable[[Path], str], filename: str = "note.txt") -> Maker:
    """A meeting JSON whose note's ``path`` is ``path`` (or computed from the work folder)."""

    def make(work: Path) -> None:
        target = path(work) if callable(path) else path
        f.write_json(work, f.meeting_dict([f.note_ref(filename, target)]))

    return make


def json_with(**fields: object) -> Maker:
    """A meeting JSON with these top-level fields set."""

    def make(work: Path) -> None:
        f.write_json(work, f.meeting_dict(**fields))

    return make


def json_text(text: Callable[[], str]) -> Maker:
    """A meeting JSON of this exact text."""

    def make(work: Path) -> None:
        (work / JSON).write_text(text(), encoding="utf-8")

    return make


def to_root(relative: str) -> Callable[[Path], str]:
    """A relative path that climbs from the work folder to the file system's root."""
    return lambda work: "../" * len(work.resolve().parts[1:]) + relative


def meeting_then(*steps: Callable[[Path], None]) -> Maker:
    """A good meeting file ``base.meeting``, then each step done to it."""

    def make(work: Path) -> None:
        f.save_meeting_file(work / MEETING)
        for step in steps:
            step(work / MEETING)

    return make


def with_note_file(name: str, content: Callable[[], bytes]) -> Callable[[Path], None]:
    """A step: put a file ``name`` (a note, a CSV) beside the meeting."""

    def step(meeting: Path) -> None:
        (meeting.parent / name).write_bytes(content())

    return step


def not_sqlite(work: Path) -> None:
    """A maker: a "meeting file" that is no database at all."""
    (work / MEETING).write_bytes(b"\x00\x01 not sqlite at all")


def folder(name: str) -> Maker:
    """A maker: an empty folder ``name``."""

    def make(work: Path) -> None:
        (work / name).mkdir()

    return make


def sql(*statements: str) -> Callable[[Path], None]:
    """A step: run SQL on the meeting file behind the app's back."""
    return lambda meeting: f.run_sql(meeting, *statements)


def truncate(meeting: Path) -> None:
    """A step: keep the first 60 % of the file."""
    data = meeting.read_bytes()
    meeting.write_bytes(data[: int(len(data) * 0.6)])


def scribble(meeting: Path) -> None:
    """A step: overwrite two pages in the middle of the file."""
    data = bytearray(meeting.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192
    meeting.write_bytes(bytes(data))


def newer_version(meeting: Path) -> None:
    """A step: mark the file as written by a future version of the app."""
    from briefing.store import SCHEMA_VERSION

    f.run_sql(meeting, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def foreign_journal(meeting: Path) -> None:
    """A step: a hot journal of another database beside the meeting file."""
    f.foreign_hot_journal(meeting, meeting.parent.parent)


def symlinked_meeting(old_version: bool) -> Maker:
    """``link.meeting`` → ``real/target.meeting`` (a current or a version-1 file), and a note."""

    def make(work: Path) -> None:
        (work / "real").mkdir()
        target = work / "real" / "target.meeting"
        if old_version:
            f.old_version_meeting_file(target)
        else:
            f.save_meeting_file(target)
        (work / "link.meeting").symlink_to(Path("real") / "target.meeting")
        (work / "added.txt").write_text("Added through the link\n\nIts text.\n")

    return make


def fifo(name: str) -> Callable[[Path], None]:
    """A step or maker: a named pipe ``name`` in the folder (no writer ever opens it)."""

    def make(where: Path) -> None:
        folder = where if where.is_dir() else where.parent
        os.mkfifo(folder / name)

    return make


def symlink(name: str, target: str | Callable[[Path], str]) -> Callable[[Path], None]:
    """A step or maker: a symbolic link ``name`` → ``target``."""

    def make(where: Path) -> None:
        folder = where if where.is_dir() else where.parent
        (folder / name).symlink_to(target(folder) if callable(target) else target)

    return make


def both(*makers: Maker) -> Maker:
    """Each maker in turn."""

    def make(work: Path) -> None:
        for maker in makers:
            maker(work)

    return make


def csv_into_meeting(content: Callable[[], bytes]) -> Maker:
    """A good meeting file and a people CSV ``people.csv`` beside it."""
    return meeting_then(with_note_file("people.csv", content))


# --------------------------------------------------------------------------- after-checks


def _people(work: Path, meeting: str = MEETING) -> list[str]:
    from briefing.store import load_meeting

    return [f"{p.name}|{p.organisation}" for p in load_meeting(work / meeting).people]


def people_named(*expected: str) -> Check:
    """The meeting now holds people with exactly these names (their text unchanged)."""

    def check(work: Path) -> list[str]:
        names = {entry.split("|")[0] for entry in _people(work)}
        missing = [name for name in expected if name not in names]
        return (
            [f"people missing or changed after the import: {missing} (got {sorted(names)[:8]})"]
            if missing
            else []
        )

    return check


def no_mojibake(work: Path) -> list[str]:
    """No imported name reads as UTF-8 decoded as Windows-1252."""
    bad = [entry for entry in _people(work) if "Ã" in entry or "\ufffd" in entry]
    return [f"people imported as mojibake: {bad}"] if bad else []


def no_nul(work: Path) -> list[str]:
    """No NUL character reached the meeting."""
    bad = [entry for entry in _people(work) if "\x00" in entry]
    return [f"NUL characters kept in {bad!r}"] if bad else []


def formulas_kept_as_text(work: Path) -> list[str]:
    """Fields that look like formulas are kept exactly, as text."""
    kept = _people(work)
    missing = [cell for cell in f.FORMULA_CELLS if f"{cell}|{cell}" not in kept]
    return [f"formula-like fields not kept as written: {missing}"] if missing else []


def written_through_link(work: Path) -> list[str]:
    """``link.meeting`` is still a link, and its target holds the note added through it."""
    from briefing.store import load_meeting

    link = work / "link.meeting"
    if not link.is_symlink():
        return ["link.meeting was replaced by a plain file: the link's target was not updated"]
    notes = [n.title for n in load_meeting(work / "real" / "target.meeting").notes]
    if "Added through the link" not in notes:
        return [f"the link's target does not hold the added note (its notes: {notes})"]
    return []


def shows_title(title: str) -> Check:
    """The summary printed names the meeting (the command worked)."""

    def check(work: Path) -> list[str]:
        out = (work.parent / "stdout.txt").read_text(encoding="utf-8", errors="replace")
        return [] if title in out else [f"the summary does not show the meeting {title!r}"]

    return check


def nothing_escaped(marker: str) -> Check:
    """No file named ``marker`` was written anywhere a zip slip could reach."""

    def check(work: Path) -> list[str]:
        places = [work.parent, *work.parents[:3], Path("/tmp")]
        found = [str(p / marker) for p in places if (p / marker).exists()]
        found += [str(p) for p in work.parent.rglob(marker)]
        return [f"a member of the zip was written to {found}"] if found else []

    return check


# --------------------------------------------------------------------------- the cases


def _pdf_cases() -> list[Case]:
    category = "PDF notes"

    def build(
        name: str,
        filename: str,
        content: Callable[[], bytes],
        codes: tuple[int, ...],
        *names: str,
        extra: tuple[str, ...] = (),
        warns: Literal["must", "may"] = "may",
    ) -> Case:
        return Case(
            name,
            category,
            note_in_json(filename, content),
            BUILD + extra,
            codes,
            (filename, *names),
            warns,
        )

    return [
        build("truncated", "truncated.pdf", f.truncated_pdf, (0, 1)),
        build("bit-flipped", "flipped.pdf", f.bit_flipped_pdf, (0, 1)),
        build("encrypted", "locked.pdf", lambda: f.encrypted_pdf("secret"), (1,), "password"),
        build(
            "encrypted, --skip-unreadable",
            "locked.pdf",
            lambda: f.encrypted_pdf("secret"),
            (0,),
            "password",
            extra=("--skip-unreadable",),
            warns="must",
        ),
        build("content-stream bomb", "bomb.pdf", f.bomb_pdf, (1,)),
        build(
            "content-stream bomb, --skip-unreadable",
            "bomb.pdf",
            f.bomb_pdf,
            (0,),
            extra=("--skip-unreadable",),
            warns="must",
        ),
        build("page-tree loop", "loop.pdf", f.page_loop_pdf, (1,)),
        build("1 GiB image bomb", "image-bomb.pdf", f.image_bomb_pdf, (1,)),
        build("100,000 x 100,000 image", "huge-image.pdf", f.huge_image_pdf, (1,)),
        build("JavaScript, OpenAction", "script.pdf", f.javascript_pdf, (0,)),
        build("Launch actions", "launch.pdf", f.launch_pdf, (0,)),
        build("embedded files", "attachment.pdf", f.embedded_file_pdf, (0,)),
        build("page additional actions (/AA)", "page-actions.pdf", f.additional_actions_pdf, (0,)),
        build("javascript: and file: links", "links.pdf", f.hostile_links_pdf, (0,)),
        Case(
            "encrypted, over the previous pack",
            category,
            previous_pack(note_in_json("locked.pdf", lambda: f.encrypted_pdf("secret"))),
            BUILD,
            (1,),
            ("locked.pdf",),
        ),
        Case(
            "check reports the image bomb",
            category,
            note_in_json("image-bomb.pdf", f.image_bomb_pdf),
            ("check", JSON),
            (1,),
            ("image-bomb.pdf",),
            report="stdout",
        ),
        Case(
            "check reports the content bomb",
            category,
            note_in_json("bomb.pdf", f.bomb_pdf),
            ("check", JSON),
            (1,),
            ("bomb.pdf",),
            report="stdout",
        ),
    ]


def _word_cases() -> list[Case]:
    category = "Word notes"
    marker = "zip-slip-escaped.txt"

    def build(
        name: str,
        filename: str,
        content: Callable[[], bytes],
        codes: tuple[int, ...],
        warns: Literal["must", "may"] = "may",
        after: Check | None = None,
    ) -> Case:
        return Case(
            name,
            category,
            note_in_json(filename, content),
            BUILD,
            codes,
            (filename,),
            warns,
            after=after,
        )

    def xxe(work: Path) -> None:
        note_in_json("entity.docx", lambda: f.xxe_docx(secret_path(work)))(work)

    removed = "must"  # the build report says what was removed, per note
    return [
        build(
            "not a zip", "not-a-zip.docx", lambda: b"Dear colleagues, please find attached", (1,)
        ),
        build("zip bomb", "zip-bomb.docx", f.zip_bomb_docx, (1,)),
        build(
            "member names ../../x (zip slip)",
            "slip.docx",
            lambda: f.traversal_docx(marker),
            (0, 1),
            after=nothing_escaped(marker),
        ),
        Case(
            "external entity (XXE) reading a file", category, xxe, BUILD, (0, 1), ("entity.docx",)
        ),
        build("billion laughs", "laughs.docx", f.billion_laughs_docx, (0, 1)),
        build("macros (.docm, vbaProject)", "macros.docm", f.macro_docm, (0,)),
        build(
            "INCLUDETEXT field",
            "includetext.docx",
            lambda: f.field_docx(' INCLUDETEXT "file:///etc/passwd" '),
            (0,),
            removed,
        ),
        build(
            "INCLUDEPICTURE field",
            "includepicture.docx",
            lambda: f.field_docx(f' INCLUDEPICTURE "{f.ATTACKER_URL}.png" \\d '),
            (0,),
            removed,
        ),
        build(
            "DDEAUTO field",
            "dde.docx",
            lambda: f.field_docx(' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" '),
            (0,),
            removed,
        ),
        build(
            "INCLUDETEXT simple field",
            "fldsimple.docx",
            lambda: f.simple_field_docx(' INCLUDETEXT "file:///etc/passwd" '),
            (0,),
            removed,
        ),
        build("OLE package object", "ole.docx", f.ole_docx, (0,), removed),
        build("ActiveX control", "activex.docx", f.activex_docx, (0,), removed),
        build("altChunk", "altchunk.docx", f.altchunk_docx, (0,), removed),
        build(
            "javascript: hyperlink",
            "js-link.docx",
            lambda: f.link_docx("javascript:alert(1)"),
            (0,),
            removed,
        ),
        build(
            "file: hyperlink",
            "file-link.docx",
            lambda: f.link_docx("file:///C:/Windows/System32/calc.exe"),
            (0,),
            removed,
        ),
        build(
            "picture linked from the web", "web-picture.docx", f.linked_image_docx, (0,), removed
        ),
        build("PNG bomb", "png-bomb.docx", lambda: f.picture_docx(f.png_bomb()), (1,)),
        build(
            "damaged JPEG", "bad-jpeg.docx", lambda: f.picture_docx(f.bad_jpeg()), (0, 1), "must"
        ),
        build("291,000 tiny paragraphs", "paragraphs.docx", f.many_paragraphs_docx, (1,)),
        build("300-column table", "wide.docx", f.wide_table_docx, (0, 1), "must"),
        Case(
            "check reports the PNG bomb",
            category,
            note_in_json("png-bomb.docx", lambda: f.picture_docx(f.png_bomb())),
            ("check", JSON),
            (1,),
            ("png-bomb.docx",),
            report="stdout",
        ),
        Case(
            "add-note refuses a zip bomb",
            category,
            meeting_then(with_note_file("zip-bomb.docx", f.zip_bomb_docx)),
            ("add-note", MEETING, "zip-bomb.docx"),
            (1,),
            ("zip-bomb.docx",),
            meeting=MEETING,
        ),
    ]


def _text_note_cases() -> list[Case]:
    category = "text notes"
    return [
        Case(
            "300-column Markdown table",
            category,
            note_in_json("wide.md", f.wide_markdown_table),
            BUILD,
            (0, 1),
            ("wide.md",),
            "must",
        ),
        Case(
            "add-note of a FIFO",
            category,
            meeting_then(fifo("pipe.txt")),
            ("add-note", MEETING, "pipe.txt"),
            (1,),
            ("pipe.txt",),
            meeting=MEETING,
        ),
        Case(
            "add-note of a link to /dev/zero",
            category,
            meeting_then(symlink("zero.txt", "/dev/zero")),
            ("add-note", MEETING, "zero.txt"),
            (1,),
            ("zero.txt",),
            meeting=MEETING,
        ),
    ]


def _csv_cases() -> list[Case]:
    category = "people CSV"
    argv = ("import-people", "people.csv", "--into", MEETING)

    def case(
        name: str,
        content: Callable[[], bytes],
        codes: tuple[int, ...],
        *names: str,
        warns: Literal["must", "may"] = "may",
        after: Check | None = None,
    ) -> Case:
        return Case(
            name,
            category,
            csv_into_meeting(content),
            argv,
            codes,
            ("people.csv", *names),
            warns,
            meeting=MEETING,
            after=after,
        )

    return [
        case("Shift-JIS", f.shift_jis_csv, (0,), after=people_named(*f.JAPANESE_NAMES)),
        case(
            "one invalid UTF-8 byte",
            f.invalid_utf8_csv,
            (0, 1),
            "line 3",
            warns="must",
            after=both_checks(no_mojibake, people_named("Hélène Côté", "José Núñez")),
        ),
        case("100,000 rows", f.many_rows_csv, (1,)),
        case("NUL bytes", f.nul_csv, (0, 1), after=no_nul),
        case("formula injection", f.formula_csv, (0,), after=formulas_kept_as_text),
    ]


def both_checks(*checks: Check) -> Check:
    """Every check's problems."""
    return lambda work: [problem for check in checks for problem in check(work)]


def _meeting_file_cases() -> list[Case]:
    category = "meeting files"
    show = ("show", MEETING)
    add_note = ("add-note", MEETING, "added.txt")
    note = with_note_file("added.txt", lambda: b"Added note\n\nIts text.\n")

    def refused(name: str, argv: tuple[str, ...], *steps: Callable[[Path], None]) -> Case:
        return Case(
            name, category, meeting_then(*steps, note), argv, (1,), (MEETING,), meeting=MEETING
        )

    build = ("build", MEETING, "-o", "out", "--format", "all", "--build-date", f.DATE)
    return [
        refused("trigger, show", show, sql(f.TRIGGER)),
        refused("trigger, add-note", add_note, sql(f.TRIGGER)),
        refused("trigger, build", build, sql(f.TRIGGER)),
        refused("view", show, sql("CREATE VIEW everyone AS SELECT name FROM person")),
        refused("extra table", show, sql("CREATE TABLE payload (x TEXT)")),
        refused("extra column", show, sql("ALTER TABLE person ADD COLUMN payload TEXT")),
        refused("extra index", show, sql("CREATE INDEX person_name ON person (name)")),
        refused("truncated", show, truncate),
        refused("damaged pages", show, scribble),
        refused("newer version, show", show, newer_version),
        refused("newer version, add-note", add_note, newer_version),
        Case("not SQLite", category, not_sqlite, show, (1,), (MEETING,), meeting=MEETING),
        Case(
            "foreign hot journal, show",
            category,
            meeting_then(foreign_journal),
            show,
            (0,),
            (MEETING,),
            meeting=MEETING,
            after=shows_title("Hostile corpus meeting"),
        ),
        Case(
            "symlinked file, add-note",
            category,
            symlinked_meeting(False),
            ("add-note", "link.meeting", "added.txt"),
            (0,),
            ("link.meeting",),
            after=written_through_link,
        ),
        Case(
            "symlinked version-1 file, add-note (migration)",
            category,
            symlinked_meeting(True),
            ("add-note", "link.meeting", "added.txt"),
            (0,),
            ("link.meeting",),
            after=written_through_link,
        ),
        Case(
            "a FIFO as the meeting",
            category,
            fifo("pipe.meeting"),
            ("show", "pipe.meeting"),
            (1,),
            ("pipe.meeting",),
        ),
        Case(
            "a link to /dev/zero as the meeting",
            category,
            symlink("zero.meeting", "/dev/zero"),
            ("show", "zero.meeting"),
            (1,),
            ("zero.meeting",),
        ),
    ]


def _json_cases() -> list[Case]:
    category = "meeting JSON"
    names = (JSON, NOTE_PATH_FIELD)

    def build(name: str, make: Maker, *fields: str) -> Case:
        return Case(name, category, make, BUILD, (1,), (JSON, *fields) if fields else names)

    return [
        build("path /etc/passwd", json_pointing_at("/etc/passwd")),
        build("path ../../../etc/hosts", json_pointing_at(to_root("etc/hosts"))),
        build("path /proc/self/environ", json_pointing_at("/proc/self/environ")),
        build("path ../secret.txt", json_pointing_at(f"../{SECRET_NAME}")),
        build(
            "absolute path outside the folder",
            json_pointing_at(lambda work: str(secret_path(work))),
        ),
        build(
            "a link escaping the folder",
            both(symlink("note.txt", f"../{SECRET_NAME}"), json_pointing_at("note.txt")),
        ),
        build("path /dev/zero", json_pointing_at("/dev/zero")),
        build(
            "a link to /dev/zero",
            both(symlink("note.txt", "/dev/zero"), json_pointing_at("note.txt")),
        ),
        build("a FIFO", both(fifo("note.txt"), json_pointing_at("note.txt"))),
        build("a folder", both(folder("folder"), json_pointing_at("folder"))),
        build(
            "logo path /proc/self/environ",
            json_with(logo=f.file_ref("logo.png", "/proc/self/environ")),
            "logo.path",
        ),
        Case(
            "import-json of path /etc/passwd",
            category,
            json_pointing_at("/etc/passwd"),
            ("import-json", JSON, "-o", "new.meeting"),
            (1,),
            names,
        ),
        Case(
            "nested 100,000 deep", category, json_text(f.deeply_nested_json), BUILD, (1,), (JSON,)
        ),
        build("10 MB title", json_with(title="T" * (10 * f.MB)), "title"),
        build(
            "10 MB bio",
            json_with(people=[{"id": "chair", "name": "Long Bio", "bio": "word " * (2 * f.MB)}]),
            "people[0].bio",
        ),
        Case("the JSON is a FIFO", category, fifo(JSON), ("show", JSON), (1,), (JSON,)),
    ]


CASES: tuple[Case, ...] = (
    *_pdf_cases(),
    *_word_cases(),
    *_text_note_cases(),
    *_csv_cases(),
    *_meeting_file_cases(),
    *_json_cases(),
)
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(case.category for case in CASES))
assert len({(c.category, c.name) for c in CASES}) == len(CASES), "case names are unique"
