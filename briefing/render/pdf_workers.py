"""Laying out PDF packs on every core: worker processes lay out what this one does not.

reportlab lays out in Python, on one core. A per-session build lays out dozens of packs:
worker processes, one per core, lay out the pages the packs generate while this process
opens the notes, and then merges each pack and writes its file, in the build's order, as it
would without workers. A build of one big pack has one worker lay out its tail while this
process lays out its head (see ``render.pdf.Part``). Only this process writes what the build makes,
into its staging folder; a worker sends back the generated pages' bytes and what its layout
learnt. So a build behaves as one without workers:

- cancel is polled while this process waits for a layout;
- a pack that cannot be laid out, or a failing file, stops the build as before;
- a worker whose parent ends (the build was killed, or it is over) ends with it;
- workers that cannot start or die (a script without a ``__main__`` guard, memory) leave the
  packs they had not laid out to be laid out here.

A worker gets each pack's document without the notes' bytes (it only counts their pages) and
the notes as the build's library opened them (their pages' sizes); it loads the pack fonts
once. Chosen over a pool of one's own: ``concurrent.futures`` feeds the workers from a thread,
so sending a pack never waits for a busy worker.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from briefing.child_process import end_with_parent, spawn_context
from briefing.errors import BuildError
from briefing.model import Attachment
from briefing.pack import document as d
from briefing.pack.pdf_notes import PdfNote
from briefing.progress import Monitor
from briefing.render.fonts import pack_fonts
from briefing.render.pdf import LaidOut, Part, lay_out, split_point
from briefing.render.pdf_running import Piece, Placed

_POLL_SECONDS = 0.05  # how often a waiting build looks for a cancel


class LayoutPool:
    """Worker processes laying out packs ahead of the renderer (see the module's text)."""

    def __init__(self, workers: int) -> None:
        """Start ``workers`` processes now (they load while the build reads its notes)."""
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            workers, mp_context=spawn_context(), initializer=_start
        )
        self._futures: dict[str, Future[LaidOut | list[str]]] = {}
        self._tails: dict[str, tuple[int, Future[LaidOut | list[str]]]] = {}
        try:
            for _ in range(workers):  # workers start as work comes: this starts them all
                self._pool.submit(_ready)
        except (BrokenProcessPool, RuntimeError):
            self.close()

    def __enter__(self) -> LayoutPool:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    def submit(self, docs: Sequence[tuple[d.PackDocument, dict[str, PdfNote]]]) -> None:
        """Lay out each pack (with the notes it merges) in the workers, in this order."""
        if self._pool is None:
            return
        for doc, notes in docs:
            try:
                self._futures[doc.file_stem] = self._pool.submit(_lay_out, _portable(doc), notes)
            except (BrokenProcessPool, RuntimeError):  # the workers could not start
                self.close()
                return

    def submit_tail(self, doc: d.PackDocument, notes: dict[str, PdfNote]) -> None:
        """Lay out the tail of one big pack in a worker (its head is laid out here: see
        ``render.pdf.Part``); nothing if it is too small to be shared."""
        cut = split_point(doc)
        if self._pool is None or cut is None:
            return
        try:
            future = self._pool.submit(_lay_out, _portable(doc), notes, cut)
        except (BrokenProcessPool, RuntimeError):
            self.close()
            return
        self._tails[doc.file_stem] = (cut, future)

    def tail_start(self, doc: d.PackDocument) -> int | None:
        """Where the tail a worker lays out of ``doc`` starts; None if none does."""
        found = self._tails.get(doc.file_stem)
        return found[0] if found is not None else None

    def take(self, doc: d.PackDocument, monitor: Monitor) -> LaidOut | None:
        """``doc``'s layout, waited for (cancel is polled); None if it was not laid out
        ahead, or its worker failed: it is then laid out here."""
        future = self._futures.pop(doc.file_stem, None)
        return _wait(future, monitor) if future is not None else None

    def take_tail(self, doc: d.PackDocument, monitor: Monitor) -> LaidOut | None:
        """The layout of ``doc``'s tail, waited for; None if its worker failed."""
        found = self._tails.pop(doc.file_stem, None)
        return _wait(found[1], monitor) if found is not None else None

    def close(self) -> None:
        """Stop the workers, now: what they were laying out is no longer wanted."""
        pool, self._pool = self._pool, None
        self._futures.clear()
        self._tails.clear()
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # a running layout would otherwise run to its end
            process.kill()
        for process in processes:
            process.join()


def _wait(future: Future[LaidOut | list[str]], monitor: Monitor) -> LaidOut | None:
    """What ``future`` brings, waited for (cancel is polled); None if its worker failed."""
    while True:
        monitor.check()
        try:
            outcome = future.result(timeout=_POLL_SECONDS)
        except FutureTimeout:
            continue
        except (BrokenProcessPool, CancelledError):
            return None
        if isinstance(outcome, list):
            raise BuildError(outcome)
        return outcome


def _portable(doc: d.PackDocument) -> d.PackDocument:
    """``doc`` as a worker needs it: without the bytes of the files it merges (a worker
    counts a PDF note's pages; a Word note's own file goes into the DOCX pack only)."""

    def portable(block: d.Block) -> d.Block:
        if isinstance(block, d.EmbeddedPdf):
            return dataclasses.replace(
                block, file=Attachment(block.filename, b"", "application/pdf")
            )
        if isinstance(block, d.WordNote):
            return dataclasses.replace(block, data=b"")
        return block

    return dataclasses.replace(doc, blocks=tuple(portable(b) for b in doc.blocks))


# =========================================================================== in a worker


def _start() -> None:
    """A worker's start: it ends with the build, and loads the pack fonts once."""
    end_with_parent()
    pack_fonts()


def _ready() -> None:
    """Nothing: a worker's first task, to start it before there are packs to lay out."""


def _lay_out(
    doc: d.PackDocument, notes: dict[str, PdfNote], tail_from: int = 0
) -> LaidOut | list[str]:
    """Lay out one pack (or its tail, from block ``tail_from``); its problems (one line
    each) if it cannot be laid out."""
    try:
        laid = lay_out(doc, pack_fonts(), notes, Monitor(), Part(start=tail_from))
    except BuildError as exc:
        return exc.problems
    stamps = [([_sent(p) for p in placed], rules, ops) for placed, rules, ops in laid.layout.stamps]
    return dataclasses.replace(laid, layout=dataclasses.replace(laid.layout, stamps=stamps))


def _sent(placed: Placed) -> Placed:
    """A placed running piece without its way of drawing itself (the stamp sheet has drawn
    it as a form, which the merged pages show), which cannot be sent."""
    piece = placed.piece
    draw = None if piece.draw is None else _drawn_as_form
    return Placed(Piece(piece.name, piece.width, draw), placed.x, placed.y)


def _drawn_as_form(*_args: object) -> None:
    raise AssertionError("a running piece laid out in a worker is drawn by its form")
