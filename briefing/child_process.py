"""What every process the build starts shares: started afresh, and ended with its parent.

Processes are started with ``spawn`` on every system: forking a process that runs threads (Qt's,
a pool's) is unsafe, and ``spawn`` is what Windows and macOS do anyway. A child that outlives
its parent (the app was killed, the command was killed) would go on using a core and writing
into temporary folders no one removes: each child watches its parent and ends with it.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait
from multiprocessing.context import SpawnContext


def spawn_context() -> SpawnContext:
    """The way every child process of a build is started."""
    return multiprocessing.get_context("spawn")


def end_with_parent() -> None:
    """In a child process: end it at once when its parent ends, however that happens.

    ``multiprocessing`` gives each child a handle that becomes ready when the parent is gone
    (a pipe the parent alone holds open; on Windows, the parent's process handle)."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not started by multiprocessing: nothing to watch
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)  # no clean-up: the parent's own clean-up settles what a build leaves

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
