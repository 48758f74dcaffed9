"""Building packs: read the notes once, assemble each pack, render it in every format asked.

All files of one build are written into a staging folder inside the output folder and put in
place together (:mod:`briefing.output_swap`): a failed, cancelled or killed build leaves the
previous files, all of them; a build that completes leaves its own, all of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BuildError, NoteReadError, UnknownPackError, at, os_problem
from briefing.messages import M_
from briefing.model import PACK_FORMATS, Meeting, Note, PackDefinition, PackKind
from briefing.output_swap import StagedOutput, output_folder
from briefing.pack.assemble import assemble_full, assemble_session, session_items
from briefing.pack.document import Block, PackDocument
from briefing.pack.notes import note_blocks, removal_warnings
from briefing.pack.pdf_notes import PdfNoteLibrary
from briefing.progress import Monitor
from briefing.render.base import PackPasswords, Renderer, RenderResult, make_renderer
from briefing.render.fonts import fonts_to_make, pack_fonts

if TYPE_CHECKING:
    from briefing.render.pdf_workers import LayoutPool


@dataclass(frozen=True)
class BuildRequest:
    """What to build: a pack, the formats, whether per-session packs too, and where."""

    pack: PackDefinition
    output_dir: Path
    formats: tuple[str, ...] = ("pdf",)
    per_session: bool = False
    skip_unreadable: bool = False
    allow_missing_glyphs: bool = False  # else a character no pack font draws stops a PDF build
    build_date: dt.date = field(default_factory=dt.date.today)
    passwords: PackPasswords = field(default_factory=PackPasswords)  # a restricted PDF pack
    workers: int | None = None  # processes laying out PDF packs at once; None: as fits the build


@dataclass(frozen=True)
class BuiltFile:
    """One file a build wrote."""

    path: Path
    format: str
    pages: int


@dataclass
class BuildReport:
    """Every file written, and problems that did not stop the build."""

    files: list[BuiltFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def find_pack(meeting: Meeting, name: str | None) -> PackDefinition:
    """The pack called ``name`` (case-insensitive), or the meeting's first pack."""
    packs = meeting.pack_definitions()
    if name is None:
        return packs[0]
    for pack in packs:
        if pack.name.casefold() == name.casefold() or pack.id == name:
            return pack
    raise UnknownPackError(name, [p.name for p in packs])


def build_packs(
    meeting: Meeting, request: BuildRequest, monitor: Monitor | None = None
) -> BuildReport:
    """Build the requested packs; raises BuildError (every problem) or BuildCancelled."""
    monitor = monitor or Monitor()
    unknown = [f for f in request.formats if f not in PACK_FORMATS]
    if unknown:
        raise BuildError(
            [
                M_(
                    "format {format} is not available; choose from {formats}",
                    format=repr(f),
                    formats=PACK_FORMATS,
                )
                for f in unknown
            ]
        )
    library = PdfNoteLibrary()
    try:
        return _build(meeting, request, monitor, library)
    finally:
        library.close()  # every PDF note, as opened once for every pack of the build


def _build(
    meeting: Meeting, request: BuildRequest, monitor: Monitor, library: PdfNoteLibrary
) -> BuildReport:
    report = BuildReport(warnings=_restriction_warnings(request))
    with _layout_workers(meeting, request) as ahead:  # they start while notes are read
        content = _read_notes(meeting, _notes_used(meeting, request), library, request, report)
        docs = _documents(meeting, request, content)
        first_fonts = "pdf" in request.formats and fonts_to_make()
        monitor.total = len(docs) * len(request.formats) * 2 + 1 + first_fonts
        if first_fonts:
            monitor.step(M_("Preparing fonts, first build only…"))  # set-up was skipped: ~1 min
            pack_fonts()
        renderers = [make_renderer(f, library, request) for f in request.formats]
        if ahead is not None:
            _lay_out_ahead(ahead, renderers, docs)
        with output_folder(request.output_dir), StagedOutput(request.output_dir) as staging:
            staged = [
                _render(r, doc, staging.new, monitor, report) for doc in docs for r in renderers
            ]
            monitor.step(M_("Moving the packs into place"))  # the last chance to cancel
            staging.commit([result.path.name for result, _renderer in staged])
    report.files += [
        BuiltFile(request.output_dir / result.path.name, renderer.name, result.pages)
        for result, renderer in staged
    ]
    monitor.finish()
    return report


PARALLEL_FROM = 8
"""The fewest PDF packs a build lays out before it starts worker processes to lay them out:
each costs a start-up (an interpreter, the libraries, the fonts: half a second of a core)."""
MAX_WORKERS = 4
SHARED_FROM = 150
"""The fewest sessions, people and notes in all from which one pack's layout is shared with a
worker (the worker lays out its tail: see ``render.pdf.Part``). Below, a pack lays out in
about the time a worker takes to start."""


def layout_worker_count(meeting: Meeting, request: BuildRequest) -> int:
    """How many worker processes lay out the build's PDF packs (0: none, all are laid out in
    this process): ``request.workers`` if given, else one per core once there are enough
    packs, or one for the tail of a big pack."""
    if "pdf" not in request.formats:
        return 0
    if request.workers is not None:
        return request.workers if request.workers > 0 else 0
    cores = os.cpu_count() or 1
    if cores < 2:
        return 0
    pack = request.pack
    packs = pack.kind is PackKind.FULL
    if pack.kind is PackKind.PER_SESSION or request.per_session:
        packs += len(session_items(meeting, pack))
    if packs >= PARALLEL_FROM:
        return min(cores, MAX_WORKERS)
    size = len(meeting.agenda) + len(meeting.people) + len(meeting.notes)
    return 1 if size >= SHARED_FROM else 0


@contextlib.contextmanager
def _layout_workers(meeting: Meeting, request: BuildRequest) -> Iterator[LayoutPool | None]:
    workers = layout_worker_count(meeting, request)
    if not workers:
        yield None
        return
    from briefing.render.pdf_workers import LayoutPool  # reportlab and the rest: only here

    with LayoutPool(workers) as pool:
        yield pool


def _lay_out_ahead(ahead: LayoutPool, renderers: list[Renderer], docs: list[PackDocument]) -> None:
    """Have the workers lay out every PDF pack, in the order the build writes them; or, for
    a build of one pack, its tail if it is big."""
    from briefing.render.pdf import PdfRenderer

    for renderer in renderers:
        if isinstance(renderer, PdfRenderer):
            renderer.ahead = ahead
            if len(docs) > 1:
                ahead.submit([(doc, renderer.notes_of(doc)) for doc in docs])
            else:
                for doc in docs:
                    ahead.submit_tail(doc, renderer.notes_of(doc))


def _restriction_warnings(request: BuildRequest) -> list[str]:
    """What the report says of a restricted build: only PDF packs take passwords."""
    if not request.passwords:
        return []
    if "pdf" not in request.formats:
        raise BuildError(
            [M_("passwords restrict PDF packs only, and this build writes none; build the PDF too")]
        )
    if "docx" in request.formats:
        return [M_("the DOCX packs are not password-protected: only the PDF packs are restricted")]
    return []


def _render(
    renderer: Renderer, doc: PackDocument, stage: Path, monitor: Monitor, report: BuildReport
) -> tuple[RenderResult, Renderer]:
    path = stage / f"{doc.file_stem}{renderer.suffix}"
    try:
        result = renderer.render(doc, path, monitor)
    except NoteReadError as exc:
        raise BuildError([exc.message, M_("nothing was built")]) from exc
    except OSError as exc:
        problem = M_("cannot be written ({reason})", reason=os_problem(exc))
        raise BuildError([at(path.name, problem)]) from exc
    report.warnings += [w for w in result.warnings if w not in report.warnings]
    return result, renderer


def _documents(
    meeting: Meeting, request: BuildRequest, content: dict[str, tuple[Block, ...]]
) -> list[PackDocument]:
    pack, date = request.pack, request.build_date
    docs = []
    if pack.kind is PackKind.FULL:
        docs.append(assemble_full(meeting, pack, content, date))
    if pack.kind is PackKind.PER_SESSION or request.per_session:
        docs += [
            assemble_session(meeting, pack, item, content, date)
            for item in session_items(meeting, pack)
        ]
    return docs


def _notes_used(meeting: Meeting, request: BuildRequest) -> list[Note]:
    pack = request.pack
    ids = set(pack.note_ids)
    if pack.kind is PackKind.PER_SESSION or request.per_session:
        items = {i.id for i in session_items(meeting, pack)}
        ids |= {
            n.id
            for n in meeting.notes
            if items & set(n.session_ids)
            and (pack.options.include_internal or not n.internal)
            and (n.id in pack.note_ids or not pack.note_ids)
        }
    return [n for n in meeting.notes if n.id in ids]


def _read_notes(
    meeting: Meeting,
    notes: Iterable[Note],
    library: PdfNoteLibrary,
    request: BuildRequest,
    report: BuildReport,
) -> dict[str, tuple[Block, ...]]:
    content: dict[str, tuple[Block, ...]] = {}
    problems: list[str] = []
    for note in notes:
        try:
            pages = 0
            if note.format == "pdf" and note.attachment is not None:
                a = note.attachment
                opened = library.open(a.sha256, a, note.title, a.filename)
                pages = opened.page_count
                report.warnings += [w for w in (opened.repair_line(), opened.removal_line()) if w]
            anchor = f"note-{meeting.notes.index(note) + 1}"
            blocks = note_blocks(note, anchor, pages, meeting.language)
            content[note.id] = blocks
            report.warnings += removal_warnings(note.title, blocks)
        except NoteReadError as exc:
            problems.append(exc.message)
    if problems and not request.skip_unreadable:
        raise BuildError(
            [
                *problems,
                M_(
                    "nothing was built; fix or remove these notes, or build "
                    "without them (skip unreadable notes)"
                ),
            ]
        )
    report.warnings += [M_("{problem} (left out of the pack)", problem=p) for p in problems]
    return content
