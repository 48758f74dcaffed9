"""What the packaging tests share: ``packaging/build.py`` loaded as a module.

``packaging/`` is not a Python package (a package of that name would hide the ``packaging``
library pip and PyInstaller use), so its script is loaded from its file.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"


def load_build() -> ModuleType:
    """``packaging/build.py``, imported from its file."""
    spec = importlib.util.spec_from_file_location("packaging_build", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
