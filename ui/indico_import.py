"""File → Import Timetable from Indico…: an Indico timetable export shown in the agenda import
preview, and applied as the user chooses in one undoable edit (see :mod:`ui.imports`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from briefing.errors import BriefingError
from briefing.importers.agenda import AgendaImport
from briefing.importers.indico import read_indico_file
from ui.document import MeetingDocument
from ui.files import dialog_filter
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.imports import _problem, _refuse, preview_and_apply

_INDICO_EXPORTS = QT_TRANSLATE_NOOP("IndicoImport", "Indico exports")
_ALL_FILES = QT_TRANSLATE_NOOP("IndicoImport", "All files")


def indico_file_filter() -> str:
    """The filter for an Indico timetable export, in the window's language."""
    return dialog_filter("IndicoImport", ((_INDICO_EXPORTS, "*.json"), (_ALL_FILES, "*")))


def import_indico_timetable(parent: QWidget | None, document: MeetingDocument, path: Path) -> bool:
    """Read an Indico timetable export, show what it holds, and apply it as the user chooses."""
    imported = _read_timetable(parent, path)
    return imported is not None and preview_and_apply(parent, document, imported, path.name)


def _read_timetable(parent: QWidget | None, path: Path) -> AgendaImport | None:
    try:
        return read_indico_file(path)
    except (OSError, BriefingError) as error:
        title = translate("IndicoImport", "Cannot import timetable")
        what = translate("IndicoImport", "The timetable could not be read from {file}:")
        _refuse(parent, title, what, path.name, _problem(error))
        return None
