"""A build in a child process, reporting its progress back: for the desktop app.

A Forum-scale build is seconds of pure Python. Run in a thread of the app's own process it
shares the interpreter's lock with the window, and every full garbage collection of the build
(40 to 230 ms at that size) freezes the window. In a child process, the build has its own
interpreter, the window keeps its own, and on a machine with two cores both run at full speed.

The child is started with ``spawn`` (the same on Linux, macOS and Windows; forking a process
that runs Qt threads is unsafe). It gets the immutable meeting and the request (pickled), and
sends back plain messages on a queue: each step, then exactly one outcome. Cancel is an event
the child polls at each step, as the in-process :class:`~briefing.progress.Monitor` does.

The passwords of a restricted pack travel inside the pickled request, through the pipe to the
child: never on its command line or in its environment, which other programs can read.
"""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Callable
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from briefing.build import BuildReport, BuildRequest, build_packs
from briefing.child_process import end_with_parent, spawn_context
from briefing.errors import BriefingError, BuildCancelled, BuildError
from briefing.messages import M_, Message
from briefing.model import Meeting
from briefing.output_swap import missing_folders, recover, remove_empty
from briefing.progress import Monitor

POLL_SECONDS = 0.05
"""How often the parent looks for a cancel while it waits for the child's messages."""
_STOP_SECONDS = 10.0


def build_in_process(
    meeting: Meeting,
    request: BuildRequest,
    monitor: Monitor | None = None,
    abandoned: Callable[[], bool] = lambda: False,
) -> BuildReport:
    """Build in a child process; same outcomes as :func:`~briefing.build.build_packs`.

    Raises :class:`BuildError` (with every problem) or :class:`BuildCancelled`; a child that
    dies without an outcome (killed, out of memory) is a :class:`BuildError` too. Cancel
    (``monitor``) stops the child at its next step; ``abandoned`` (the app is closing) stops
    it at once, and what it had begun is settled as the next build would: the previous files
    or the new ones stay, all of them.
    """
    monitor = monitor or Monitor()
    made = missing_folders(request.output_dir)
    context = spawn_context()
    messages: Any = context.Queue()
    cancel = context.Event()
    child = context.Process(  # not a daemon: it may start workers of its own; it ends with us
        target=_child_main,
        args=(meeting, request, messages, cancel),
        name="briefing-build",
    )
    child.start()
    try:
        return _relay(child, messages, cancel, monitor, abandoned)
    except _Abandoned:
        child.kill()
        raise BuildCancelled() from None
    finally:
        cancel.set()
        child.join(_STOP_SECONDS)
        if child.is_alive():
            child.kill()
            child.join()
        messages.close()
        if child.exitcode != 0:  # killed, or died on its own: it could not tidy up
            _tidy_after_kill(request.output_dir, made)


class _Abandoned(Exception):
    """The build is to stop now, not at its next step."""


def _tidy_after_kill(output_dir: Path, made: list[Path]) -> None:
    """Settle what the killed child left, as its next build would; then the folders it made.

    Killed before its moves, the previous files stay; killed during them, its moves are
    finished: either way one complete set is left, never a mix.
    """
    with contextlib.suppress(BriefingError):  # then the next build says what is wrong
        recover(output_dir)
    remove_empty(made)


def _relay(
    child: Any,
    messages: Any,
    cancel: Event,
    monitor: Monitor,
    abandoned: Callable[[], bool] = lambda: False,
) -> BuildReport:
    """Pass the child's steps to ``monitor`` until its outcome arrives."""
    while True:
        if abandoned():
            raise _Abandoned()
        if monitor.is_cancelled():
            cancel.set()
        try:
            message = messages.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if not child.is_alive() and messages.empty():
                stopped = M_(
                    "the build stopped unexpectedly (its process ended with {code})",
                    code=child.exitcode,
                )
                raise BuildError([stopped]) from None
            continue
        kind, *values = message
        if kind == "step":
            monitor.on_step(*values)
        elif kind == "done":
            return values[0]
        elif kind == "cancelled":
            raise BuildCancelled()
        else:
            raise BuildError(values[0])


def _child_main(meeting: Meeting, request: BuildRequest, messages: Any, cancel: Event) -> None:
    """The child: build, sending each step and then exactly one outcome."""
    end_with_parent()  # the app was killed: this build's workers end too
    monitor = Monitor(
        on_step=lambda text, done, total: messages.put(("step", text, done, total)),
        is_cancelled=cancel.is_set,
    )
    messages.put(_outcome(meeting, request, monitor))


def _outcome(meeting: Meeting, request: BuildRequest, monitor: Monitor) -> tuple[Any, ...]:
    """The build's outcome as a plain message (exceptions are not sent: some cannot be pickled)."""
    try:
        return ("done", build_packs(meeting, request, monitor))
    except BuildCancelled:
        return ("cancelled",)
    except BuildError as exc:
        return ("failed", list(exc.problems))
    except BriefingError as exc:
        return ("failed", [_one_line(exc.message)])
    except Exception as exc:  # the child must report, never die silently
        return ("failed", [_one_line(f"Unexpected error: {type(exc).__name__}: {exc}")])


def _one_line(message: str) -> str:
    """``message`` on one line; a message already on one line is kept whole (translatable)."""
    if isinstance(message, Message) and message and " ".join(message.split()) == message:
        return message
    return " ".join(message.split()) or M_("the build failed for an unknown reason")
