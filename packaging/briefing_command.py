"""The ``briefing`` command of the bundle: the CLI, started so that its child processes work.

A frozen program's child processes (the build's layout workers, started with ``spawn``) are
the program itself, started again with ``--multiprocessing-fork``: ``freeze_support`` turns
such a start into the child it was meant to be, before anything else runs.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from briefing.cli import main

    raise SystemExit(main())
