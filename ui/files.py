"""File dialogs' filters for the meetings the desktop app opens."""

from __future__ import annotations

OPEN_FILTERS = ";;".join(
    (
        "Meeting files and JSON (*.meeting *.json)",
        "Meeting files (*.meeting)",
        "Meeting JSON (*.json)",
    )
)
