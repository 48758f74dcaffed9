"""The core never imports Qt (STYLE.md, example 1)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_core_loads_no_pyside6() -> None:
    code = (
        "import sys, pkgutil, importlib, briefing\n"
        "for m in pkgutil.walk_packages(briefing.__path__, 'briefing.'):\n"
        "    if m.name != 'briefing.__main__': importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
        "print(len([n for n in sys.modules if n.startswith('briefing')]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 8  # the whole core was imported
