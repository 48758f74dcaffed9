"""Progress and cancel for long work, without any GUI: a callback in, a flag to poll."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.errors import BuildCancelled
from briefing.messages import M_

ProgressCallback = Callable[[str, int, int], None]  # (what is happening, steps done, steps in all)


def _ignore(_text: str, _done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class Monitor:
    """Reports steps to a callback and raises :class:`BuildCancelled` once cancel is asked."""

    on_step: ProgressCallback = _ignore
    is_cancelled: Callable[[], bool] = _never
    total: int = 1
    done: int = field(default=0, init=False)

    def step(self, text: str) -> None:
        """Start the next step (checks for cancel first)."""
        self.check()
        self.on_step(text, self.done, self.total)
        self.done += 1

    def check(self) -> None:
        """Raise :class:`BuildCancelled` if the user asked to cancel."""
        if self.is_cancelled():
            raise BuildCancelled()

    def finish(self, text: str = "") -> None:
        """Report that every step is done (by default, "Done")."""
        self.on_step(text or M_("Done"), self.total, self.total)
