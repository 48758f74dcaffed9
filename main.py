"""Start the Briefing Pack Assembler desktop app (``--self-test``: check an install, see
``ui/self_test.py``).

In a bundle this file is the app's executable, and the build's child processes (started with
``spawn``) are that executable again, started with ``--multiprocessing-fork``:
``freeze_support`` turns such a start into the child it was meant to be, before the app's
imports. Run from source it does nothing; a child process then imports this file without
running it.
"""

import multiprocessing
import sys
from collections.abc import Sequence

SELF_TEST = "--self-test"


def run(argv: Sequence[str]) -> int:
    """Run the app, or its self-test when ``argv`` (the arguments after the program) asks."""
    if SELF_TEST in argv:
        from ui.self_test import main as self_test

        return self_test([arg for arg in argv if arg != SELF_TEST])
    from ui.app import main

    return main(list(argv))


if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(run(sys.argv[1:]))
