"""File dialogs' filters for the meetings the desktop app opens."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, translate

# Only the words are translated: the patterns are added here, so no translation can break them.
_OPEN_FILTERS = (
    (QT_TRANSLATE_NOOP("Files", "Meeting files and JSON"), "*.meeting *.json"),
    (QT_TRANSLATE_NOOP("Files", "Meeting files"), "*.meeting"),
    (QT_TRANSLATE_NOOP("Files", "Meeting JSON"), "*.json"),
)

OPEN_FILTERS = ";;".join(f"{label} ({patterns})" for label, patterns in _OPEN_FILTERS)
"""The Open dialog's filter in English; the window shows :func:`open_filters`."""


def open_filters() -> str:
    """The Open dialog's filter in the window's language (the patterns stay as they are)."""
    return ";;".join(
        f"{translate('Files', label)} ({patterns})" for label, patterns in _OPEN_FILTERS
    )
