"""Commit staged files into a folder, dying (as under SIGKILL) or failing at a chosen move.

Used by the tests of :mod:`briefing.output_swap`: the parent then settles the folder as the
next build would and checks what is left. Arguments: the output folder, the move at which the
process dies at once (0: never), the move that fails (0: none), then the names to stage; each
staged file holds ``new NAME``. A move is an ``os.replace`` of the swap itself (the atomic
writes of the staged files and of the record are not counted).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefing.errors import BuildError
from briefing.output_swap import StagedOutput


def is_swap_move(source: object) -> bool:
    """Whether an ``os.replace`` from ``source`` is a move of the swap (not an atomic write)."""
    return not str(source).endswith(".tmp")


def main(folder: Path, die_at: int, fail_at: int, names: list[str]) -> int:
    real_replace = os.replace
    moves = 0

    def replace(source: object, target: object) -> None:
        nonlocal moves
        if is_swap_move(source):
            moves += 1
            if moves == die_at:
                os._exit(9)  # no clean-up of any kind, as under SIGKILL
            if moves == fail_at:
                raise PermissionError(13, "Permission denied", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    os.replace = replace  # type: ignore[assignment]
    with StagedOutput(folder) as staging:
        for name in names:
            (staging.new / name).write_bytes(f"new {name}".encode())
        try:
            staging.commit(names)
        except BuildError as exc:
            print("\n".join(exc.problems))
            return 1
    return 0


if __name__ == "__main__":
    out, die, fail, *staged = sys.argv[1:]
    sys.exit(main(Path(out), int(die), int(fail), staged))
