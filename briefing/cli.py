"""The ``briefing`` command: everything the core does, without a window.

Each command prints errors to stderr as one line (``briefing: <file>: <problem>``) and exits
non-zero; bad input never shows a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing.build import BuildRequest, build_packs, find_pack
from briefing.checks import Severity, check_meeting, has_errors
from briefing.errors import BriefingError, BuildError, ValidationError
from briefing.formatting import format_date, format_date_range, format_slot
from briefing.jsonio import read_meeting_json, write_meeting_json
from briefing.lock import COMMAND_WAIT_S, locked
from briefing.model import ITEM_KIND_LABELS, PACK_FORMATS, AgendaItem, Meeting, new_meeting
from briefing.render.base import PackPasswords
from briefing.render.pdf_security import read_password_file
from briefing.store import FILE_SUFFIX, load_meeting, open_meeting, save_meeting
from briefing.validation import parse_date

if TYPE_CHECKING:  # the importers load when a command needs them
    from briefing.importers.agenda import AgendaImport

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _refuse_existing(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise BriefingError(f"{path.name}: already exists; use --force to replace it")


def _writing(path: Path, args: argparse.Namespace) -> contextlib.AbstractContextManager[None]:
    """Hold the meeting's lock for a whole read-modify-write (the app's windows take it too);
    another command is waited for a few seconds, the app never."""
    return locked(path, f"briefing {args.command}", wait=COMMAND_WAIT_S)


# --------------------------------------------------------------------------- commands


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty meeting file."""
    with _writing(args.output, args):
        _refuse_existing(args.output, args.force)
        save_meeting(new_meeting(args.title), args.output, replace_other=args.force)
    print(f"Created {args.output}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """Print a readable summary of a meeting."""
    print_summary(open_meeting(args.meeting), sys.stdout)
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    """Write a meeting as JSON, with attached files beside it or inlined."""
    meeting = open_meeting(args.meeting)
    written = write_meeting_json(meeting, args.output, inline_files=args.inline)
    print(f"Wrote {written[0]}")
    if len(written) > 1:
        print(f"  and {len(written) - 1} attached file(s) in {written[1].parent.parent}")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    """Make a meeting file from a meeting JSON."""
    meeting = read_meeting_json(args.json)
    with _writing(args.output, args):
        _refuse_existing(args.output, args.force)
        save_meeting(meeting, args.output, replace_other=args.force)
    print(f"Created {args.output} from {args.json.name}")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    """Build packs and print each file written with its page count."""
    meeting = open_meeting(args.meeting, notes_on_demand=True)
    request = BuildRequest(
        pack=find_pack(meeting, args.pack),
        output_dir=args.output,
        formats=tuple(args.format.split(",")) if args.format != "all" else PACK_FORMATS,
        per_session=args.per_session,
        skip_unreadable=args.skip_unreadable,
        allow_missing_glyphs=args.allow_missing_glyphs,
        build_date=args.build_date or dt.date.today(),
        passwords=read_password_file(args.password_file) if args.password_file else PackPasswords(),
    )
    try:
        report = build_packs(meeting, request)
    except BuildError as exc:
        for problem in exc.problems:
            print(f"briefing: {problem}", file=sys.stderr)
        return EXIT_ERROR
    for warning in report.warnings:
        print(f"briefing: warning: {warning}", file=sys.stderr)
    for built in report.files:
        if built.pages:
            print(f"{built.path}  ({built.pages} {'page' if built.pages == 1 else 'pages'})")
        else:  # a word processor decides a DOCX file's pages
            print(f"{built.path}")
    return EXIT_OK


def _build_date(text: str) -> dt.date:
    try:
        return parse_date(text, "--build-date")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_check(args: argparse.Namespace) -> int:
    """Print the findings of every check; exit 1 when there is an error."""
    meeting = open_meeting(args.meeting)
    pack = find_pack(meeting, args.pack) if args.pack else None
    findings = check_meeting(meeting, pack)
    for f in findings:
        print(f"{f.severity.value:<7} {f.message}")
        if f.advice:
            print(f"        → {f.advice}")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    print(f"{len(findings)} finding(s), {errors} error(s)")
    return EXIT_ERROR if has_errors(findings) else EXIT_OK


def cmd_import_agenda(args: argparse.Namespace) -> int:
    """Read a concept note (or an Indico timetable export) into a new or an existing meeting."""
    from briefing.importers.agenda import merge_into

    imported = _agenda_source(args.file)
    target = args.into if args.into is not None else args.output
    with _writing(target, args):
        if args.into is not None:
            meeting = merge_into(load_meeting(args.into), imported.meeting)
        else:
            _refuse_existing(args.output, args.force)
            meeting = imported.meeting
        save_meeting(meeting, target, replace_other=args.force)
    for finding in imported.findings:
        print(f"briefing: {finding.severity}: {args.file.name}: {finding}", file=sys.stderr)
    print(
        f"{target}: {len(meeting.agenda)} agenda items, {len(meeting.people)} people, "
        f"{len(meeting.contacts)} contacts"
    )
    return EXIT_OK


def _agenda_source(path: Path) -> AgendaImport:
    """What a concept note holds; a ``.json`` file is read as an Indico timetable export."""
    if path.suffix.lower() == ".json":
        from briefing.importers.indico import read_indico_file

        return read_indico_file(path)
    from briefing.importers.agenda import read_concept_note
    from briefing.importers.agenda_source import read_source_file

    return read_concept_note(read_source_file(path), path.name)


def cmd_import_people(args: argparse.Namespace) -> int:
    """Add or update people from a CSV file or an Excel workbook (.xlsx)."""
    from briefing.importers.people import import_people_file

    with _writing(args.into, args):
        result = import_people_file(load_meeting(args.into), args.csv)
        save_meeting(result.meeting, args.into)
    for problem in result.problems:
        print(f"briefing: {args.csv.name}: {problem}", file=sys.stderr)
    print(
        f"{args.into}: {result.added} added, {result.updated} updated, "
        f"{len(result.problems)} row(s) skipped or corrected (read as {result.encoding})"
    )
    return EXIT_OK


def cmd_add_note(args: argparse.Namespace) -> int:
    """Attach files as background notes."""
    with _writing(args.meeting, args):
        return _add_notes(args)


def _add_notes(args: argparse.Namespace) -> int:
    from briefing.importers.notes import add_notes, note_from_file

    meeting = load_meeting(args.meeting)
    numbers = args.session or []
    if any(n > len(meeting.agenda) for n in numbers):
        raise BriefingError(
            f"{args.meeting.name}: it has {len(meeting.agenda)} agenda items; "
            f"there is no session {max(numbers)}"
        )
    sessions = tuple(meeting.agenda[n - 1].id for n in numbers)
    imports = []
    for path in args.files:
        imported = note_from_file(path, path.name, sessions, args.internal)
        imports.append(imported)
        pages = f", {imported.page_count} pages" if imported.page_count else ""
        print(f"{path.name}: '{imported.note.title}'{pages}")
        for finding in imported.findings:
            print(f"briefing: {path.name}: {finding}", file=sys.stderr)
    save_meeting(add_notes(meeting, imports), args.meeting)
    return EXIT_OK


def _session_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a session number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("session numbers start at 1")
    return number


# --------------------------------------------------------------------------- summary


def print_summary(m: Meeting, out: TextIO) -> None:
    """Write a plain-text overview: meeting, agenda with people and roles, notes, packs."""
    w = out.write
    w(f"{m.title}\n")
    w(" · ".join(x for x in (m.meeting_type, m.organiser) if x) + "\n")
    when = format_date_range(m.first_date, m.last_date)
    slot = format_slot(m.start, m.end)
    w(", ".join(x for x in (when, slot) if x) + "\n")
    w(", ".join(x for x in (m.venue, m.room, m.city, m.country) if x) + "\n")
    _print_agenda(m, out)
    w(f"\nPeople ({len(m.people)})\n")
    for p in m.people:
        flag = "  [bio: placeholder]" if p.has_placeholder_bio else ("" if p.bio else "  [no bio]")
        w(f"  {p.display_name}{' — ' + p.affiliation if p.affiliation else ''}{flag}\n")
    w(f"\nNotes ({len(m.notes)})\n")
    for n in m.notes:
        source = n.attachment.filename if n.attachment else "text"
        sessions = ", ".join(m.item(i).title for i in n.session_ids)
        w(f"  {n.title} [{source}]{' (internal)' if n.internal else ''}")
        w(f"{' — ' + sessions if sessions else ''}\n")
    w("\nContacts\n")
    for c in m.contacts:
        w("  " + " — ".join(x for x in (c.name, c.role, c.email, c.phone) if x))
        w(" (cc)\n" if c.cc else "\n")
    w("\nPacks\n")
    for pack in m.pack_definitions():
        w(
            f"  {pack.name} ({pack.kind.value}): {len(pack.item_ids)} items, "
            f"{len(pack.bio_ids)} bios, {len(pack.note_ids)} notes\n"
        )


def _print_agenda(m: Meeting, out: TextIO) -> None:
    out.write(f"\nAgenda ({len(m.agenda)} items)\n")
    multi_day = len({m.item_date(i) for i in m.agenda}) > 1
    day = None
    for item in m.agenda:
        item_day = m.item_date(item)
        if multi_day and item_day != day and item_day is not None:
            out.write(f" {format_date(item_day, weekday=True)}\n")
        day = item_day
        _print_item(m, item, out)


def _print_item(m: Meeting, item: AgendaItem, out: TextIO) -> None:
    indent = " " * 15
    number = m.session_number(item)
    what = f"S{number}" if number is not None else ITEM_KIND_LABELS[item.kind].lower()
    room = f" [{item.room}]" if item.room else ""
    out.write(f"  {format_slot(item.start, item.end):<12} {item.title} ({what}){room}\n")
    for participant in item.participants:
        person = m.person(participant.person_id)
        aff = f", {person.affiliation}" if person.affiliation else ""
        out.write(f"{indent}{participant.role.label}: {person.display_name}{aff}\n")
    for segment in item.running_order:
        who = m.person(segment.person_id).display_name if segment.person_id else segment.speaker
        minutes = f" ({segment.minutes} min)" if segment.minutes is not None else ""
        out.write(f"{indent}· {segment.label}{' — ' + who if who else ''}{minutes}\n")


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Assemble briefing packs for intergovernmental meetings, offline.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], text: str) -> Any:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=func)
        return p

    meeting_help = f"a meeting file ({FILE_SUFFIX}) or meeting JSON; the sample meeting if omitted"
    p = command("new", cmd_new, "Create an empty meeting file.")
    p.add_argument("-o", "--output", type=Path, required=True, help="the meeting file to create")
    p.add_argument("--title", default="Untitled meeting", help="the meeting's title")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")

    p = command("show", cmd_show, "Print a summary of a meeting: agenda, people, notes, packs.")
    p.add_argument("meeting", nargs="?", type=Path, help=meeting_help)

    p = command("build", cmd_build, "Build the packs of a meeting (PDF, DOCX, per session).")
    p.add_argument("meeting", nargs="?", type=Path, help=meeting_help)
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("packs"),
        help="the folder to write into (default: ./packs)",
    )
    p.add_argument(
        "--format", default="pdf", help="pdf (default), docx, all, or a comma list such as pdf,docx"
    )
    p.add_argument("--pack", help="the pack's name (default: the meeting's first pack)")
    p.add_argument(
        "--per-session",
        action="store_true",
        help="also build one pack per session, for its moderator and speakers",
    )
    p.add_argument(
        "--skip-unreadable",
        action="store_true",
        help="build without notes whose files cannot be read, instead of stopping",
    )
    p.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="build even if no pack font can draw some characters (the PDF leaves them out), "
        "instead of stopping",
    )
    p.add_argument(
        "--build-date",
        type=_build_date,
        metavar="YYYY-MM-DD",
        help="the date the packs carry (default: today); same date, same bytes",
    )
    p.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="restrict the PDF packs with the passwords in FILE: a line open=PASSWORD (asked "
        "for to open them) and/or owner=PASSWORD (lifts the ban on editing; printing and "
        "copying stay allowed); never give a password on the command line",
    )

    p = command("check", cmd_check, "Check a meeting for what would embarrass the secretariat.")
    p.add_argument("meeting", nargs="?", type=Path, help=meeting_help)
    p.add_argument("--pack", help="the pack to check (default: the meeting's first pack)")

    p = command(
        "import-agenda",
        cmd_import_agenda,
        "Read an agenda from a concept note (.txt, .md, .docx or .pdf) or from an Indico "
        "timetable export (.json, from /export/timetable/<event id>.json).",
    )
    p.add_argument("file", type=Path, help="the concept note or Indico timetable export")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, help="a new meeting file to create")
    target.add_argument("--into", type=Path, help="an existing meeting file to add to")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")

    p = command(
        "import-people",
        cmd_import_people,
        "Add or update people from a CSV file or an Excel workbook (.xlsx).",
    )
    p.add_argument(
        "csv",
        type=Path,
        help="the CSV file (UTF-8, UTF-16, or another encoding, which is detected)",
    )
    p.add_argument("--into", type=Path, required=True, help="the meeting file to update")

    p = command("add-note", cmd_add_note, "Attach DOCX, PDF, Markdown or text files as notes.")
    p.add_argument("meeting", type=Path, help="the meeting file")
    p.add_argument("files", type=Path, nargs="+", help="the files to attach")
    p.add_argument(
        "--session",
        type=_session_number,
        action="append",
        metavar="N",
        help="the agenda item (1 = first) the note belongs to; may repeat",
    )
    p.add_argument(
        "--internal", action="store_true", help="never put the notes in participant packs"
    )

    p = command("export-json", cmd_export_json, "Export a meeting as JSON.")
    p.add_argument("meeting", nargs="?", type=Path, help=meeting_help)
    p.add_argument("-o", "--output", type=Path, required=True, help="the JSON file to write")
    p.add_argument(
        "--inline",
        action="store_true",
        help="embed attached files as base64 instead of writing them beside the JSON",
    )

    p = command("import-json", cmd_import_json, "Make a meeting file from a meeting JSON.")
    p.add_argument("json", type=Path, help="the meeting JSON to read")
    p.add_argument("-o", "--output", type=Path, required=True, help="the meeting file to create")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    return parser


class _WarningLines(logging.Handler):
    """Prints the core's warnings (a journal set aside…) as the CLI's own warning lines."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"briefing: warning: {record.getMessage()}", file=sys.stderr)


def _show_core_warnings() -> None:
    core = logging.getLogger("briefing")
    if not any(isinstance(h, _WarningLines) for h in core.handlers):
        core.addHandler(_WarningLines(logging.WARNING))  # so logging's last resort stays quiet


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    # pypdf logs what it repairs in damaged files; our own messages say what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    _show_core_warnings()
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
    except OSError as exc:
        name = Path(exc.filename).name if exc.filename else "file"
        print(f"briefing: {name}: {exc.strerror or exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: one line, and the details in a log
        # A new file of its own each time (never a fixed name another user could link away).
        with tempfile.NamedTemporaryFile(
            "w", prefix="briefing-error-", suffix=".log", delete=False, encoding="utf-8"
        ) as handle:
            handle.write(traceback.format_exc())
        log = handle.name
        print(
            f"briefing: unexpected error ({type(exc).__name__}: {exc}); details in {log}",
            file=sys.stderr,
        )
    return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
