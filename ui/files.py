"""File dialogs' filters: the one way they are written, and the Open dialog's."""

from __future__ import annotations

from collections.abc import Iterable

from ui.i18n import QT_TRANSLATE_NOOP, translate

# Only the words are translated: the patterns are added here, so no translation can break them.
_OPEN_FILTERS = (
    (QT_TRANSLATE_NOOP("Files", "Meeting files and JSON"), "*.meeting *.json"),
    (QT_TRANSLATE_NOOP("Files", "Meeting files"), "*.meeting"),
    (QT_TRANSLATE_NOOP("Files", "Meeting JSON"), "*.json"),
)


def dialog_filter(context: str, entries: Iterable[tuple[str, str]]) -> str:
    """A file dialog's filter, ``Meeting files (*.meeting);;All files (*)``: each entry's words
    (marked ``QT_TRANSLATE_NOOP(context, …)``) in the window's language, its patterns as they
    are, so no translation can break them."""
    return ";;".join(f"{translate(context, words)} ({patterns})" for words, patterns in entries)


def open_filters() -> str:
    """The Open dialog's filter in the window's language."""
    return dialog_filter("Files", _OPEN_FILTERS)
