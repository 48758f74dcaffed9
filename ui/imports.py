"""Importing into the open meeting: a concept note's agenda, a list of people, files as notes.

Each import reads its file first and changes the meeting in ONE undoable edit, or not at all. A
file that cannot be used gets a message naming it and the problem, and changes nothing. The
agenda import shows what the concept note holds before anything is applied, and asks whether to
add it to the meeting or to replace the agenda and people with it. The people import
(:mod:`ui.people_import`) shows which column became which field, who is new and what would
change, field by field, and applies only what the user leaves ticked.

Message boxes are rich text (Qt guesses the format of a plain string, and would take a file
named ``Smith & <Co>.docx`` for markup), so every file name and problem goes through
:func:`ui.rich.esc`; the dialog shows file content in plain-text labels and item views only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from briefing.edit import keep_full_packs_full
from briefing.errors import BriefingError, ValidationError, os_problem
from briefing.importers.agenda import AgendaImport, ImportFinding, merge_into, read_concept_note
from briefing.importers.agenda_source import read_source_file
from briefing.importers.notes import NoteImport, add_notes, note_from_file
from briefing.importers.spreadsheet import XLSX_SUFFIXES, Table, read_table_file
from briefing.model import (
    ITEM_KIND_LABELS,
    NOTE_FORMATS,
    AgendaItem,
    Contact,
    Meeting,
    Person,
    new_meeting,
)
from briefing.validation import fold
from ui import text
from ui.document import Focus, MeetingDocument
from ui.editors.base import quoted
from ui.files import dialog_filter
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate
from ui.people_import import PeopleImportDialog
from ui.rich import esc
from ui.widgets import Mode, WrappingDelegate, plain_label, size_columns, theme_icon

PEOPLE_SUFFIXES = (".csv", ".tsv", *XLSX_SUFFIXES)
"""File name endings of the people lists the window routes to :func:`import_people`."""

AGENDA_SUFFIXES = tuple(NOTE_FORMATS)
"""A concept note can be any file a note can be: Word, PDF, Markdown or text."""

MAX_LISTED = 20
"""A message box lists at most this many problems, then says how many more there are."""

_FORMAT_LABELS = {
    "docx": QT_TRANSLATE_NOOP("Imports", "Word documents"),
    "pdf": QT_TRANSLATE_NOOP("Imports", "PDF documents"),
    "markdown": QT_TRANSLATE_NOOP("Imports", "Markdown"),
    "text": QT_TRANSLATE_NOOP("Imports", "Text files"),
}
_NOTE_FILES = QT_TRANSLATE_NOOP("Imports", "Note files")
_CONCEPT_NOTES = QT_TRANSLATE_NOOP("Imports", "Concept notes")
_PEOPLE_LISTS = QT_TRANSLATE_NOOP("Imports", "People lists")
_CSV_FILES = QT_TRANSLATE_NOOP("Imports", "CSV files")
_EXCEL_WORKBOOKS = QT_TRANSLATE_NOOP("Imports", "Excel workbooks")
_ALL_FILES = QT_TRANSLATE_NOOP("Imports", "All files")


def _patterns(suffixes: Iterable[str]) -> str:
    return " ".join("*" + suffix for suffix in suffixes)


def _notes_filter(label: str) -> str:
    """The filter of note-like files (notes, concept notes): every format, then each kind."""
    by_kind = (
        (name, _patterns(s for s, kind in NOTE_FORMATS.items() if kind == key))
        for key, name in _FORMAT_LABELS.items()
    )
    return dialog_filter("Imports", ((label, _patterns(NOTE_FORMATS)), *by_kind, (_ALL_FILES, "*")))


def note_file_filter() -> str:
    """The filter for background notes: DOCX, PDF, Markdown and text, in the window's language."""
    return _notes_filter(_NOTE_FILES)


def agenda_file_filter() -> str:
    """The filter for concept notes: the same formats as notes."""
    return _notes_filter(_CONCEPT_NOTES)


def people_file_filter() -> str:
    """The filter for lists of people: CSV and Excel workbooks."""
    entries = (
        (_PEOPLE_LISTS, _patterns(PEOPLE_SUFFIXES)),
        (_CSV_FILES, _patterns((".csv", ".tsv", ".txt"))),
        (_EXCEL_WORKBOOKS, _patterns(XLSX_SUFFIXES)),
        (_ALL_FILES, "*"),
    )
    return dialog_filter("Imports", entries)


def is_note_file(path: Path) -> bool:
    """Whether the file's name says it is a note the app can read (DOCX, PDF, Markdown, text)."""
    return path.suffix.lower() in NOTE_FORMATS


def is_agenda_source(path: Path) -> bool:
    """Whether the file's name says it is a concept note the agenda import can read."""
    return path.suffix.lower() in AGENDA_SUFFIXES


def is_people_csv(path: Path) -> bool:
    """Whether the file's name says it is a list of people: CSV, tab-separated or Excel."""
    return path.suffix.lower() in PEOPLE_SUFFIXES


# --------------------------------------------------------------------------- messages


def _problem(error: BaseException) -> str:
    """What is wrong, without the file name the core's messages start with."""
    if isinstance(error, OSError):
        reason = core_text(os_problem(error))
        return translate("Imports", "The file cannot be read ({reason})").format(reason=reason)
    # The core's errors keep the problem apart from the file (no English prefix to cut off:
    # a translated "{file} : {problem}" would not match it)
    problem = getattr(error, "problem", None) or getattr(error, "message", None) or str(error)
    return text.sentence(core_text(problem))


def _listed(entries: Sequence[str]) -> str:
    """Rich-text entries as a bullet list, at most :data:`MAX_LISTED`, and how many more."""
    if not entries:
        return ""
    shown = "".join(f"<li>{entry}</li>" for entry in entries[:MAX_LISTED])
    more = len(entries) - MAX_LISTED
    if more <= 0:
        return f"<ul>{shown}</ul>"
    tail = translate("Imports", "…and %n more.", None, more)
    return f"<ul>{shown}</ul><p>{esc(tail)}</p>"


def _file_entry(name: str, problem: str) -> str:
    """``<b>name</b>: problem``, both escaped."""
    entry = esc(translate("Imports", "{file}: {problem}"))
    return entry.format(file=f"<b>{esc(name)}</b>", problem=esc(problem))


def _refuse(parent: QWidget | None, title: str, what: str, name: str, problem: str) -> None:
    """One warning: the file named (``what`` is a sentence with ``{file}`` in it), its problem,
    and that nothing changed."""
    what_file = esc(what).format(file=f"<b>{esc(name)}</b>")
    nothing = esc(translate("Imports", "Nothing was changed."))
    QMessageBox.warning(parent, title, f"<p>{what_file}</p><p>{esc(problem)}</p><p>{nothing}</p>")


# --------------------------------------------------------------------------- agenda


class ImportMode(StrEnum):
    """How an imported agenda is applied to the open meeting."""

    ADD = "add"
    REPLACE = "replace"


def imported_meeting(current: Meeting, imported: Meeting, mode: ImportMode) -> Meeting:
    """The meeting after an agenda import; raises ValidationError when it breaks a rule."""
    result = (
        merge_into(current, imported) if mode is ImportMode.ADD else _replaced(current, imported)
    )
    if current.title == new_meeting().title and imported.title:
        # A meeting still called "Untitled meeting" has no title worth keeping.
        result = dataclasses.replace(result, title=imported.title)
    return result


def _replaced(current: Meeting, imported: Meeting) -> Meeting:
    """The imported agenda and people instead of the current ones (the people kept in the file
    keep what the meeting knew of them: bio, photo, email)."""
    cleared = current
    for item in current.agenda:
        cleared = cleared.without_item(item.id)
    merged = merge_into(cleared, imported)
    appearing = merged.people_in_order_of_appearance()
    old_ids = {person.id for person in current.people}
    keep = {person.id for person in appearing} | {
        person.id for person in merged.people if person.id not in old_ids
    }
    for person in tuple(merged.people):
        if person.id not in keep:
            merged = merged.without_person(person.id)
    others = tuple(person for person in merged.people if person not in appearing)
    return dataclasses.replace(merged, people=appearing + others)


def import_agenda(parent: QWidget | None, document: MeetingDocument, path: Path) -> bool:
    """Read a concept note, show what it holds, and apply it as the user chooses (one undo step)."""
    imported = _read_agenda(parent, path)
    return imported is not None and preview_and_apply(parent, document, imported, path.name)


def preview_and_apply(
    parent: QWidget | None, document: MeetingDocument, imported: AgendaImport, name: str
) -> bool:
    """Show what an agenda import holds and apply it as the user chooses (one undo step)."""
    dialog = AgendaImportDialog(imported, name, document.meeting, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        mode = dialog.mode()
    finally:
        dialog.deleteLater()
    return _apply_agenda(parent, document, imported.meeting, mode, name)


def _read_agenda(parent: QWidget | None, path: Path) -> AgendaImport | None:
    try:
        return read_concept_note(read_source_file(path), path.name)
    except (OSError, BriefingError) as error:
        problem = _problem(error)
        title = translate("Imports", "Cannot import agenda")
        what = translate("Imports", "The agenda could not be read from {file}:")
        _refuse(parent, title, what, path.name, problem)
        return None


def _apply_agenda(
    parent: QWidget | None,
    document: MeetingDocument,
    imported: Meeting,
    mode: ImportMode,
    name: str,
) -> bool:
    try:
        after = imported_meeting(document.meeting, imported, mode)
    except ValidationError as error:
        where, reason = error.field.replace("_", " "), core_text(error.problem)
        located = translate("Imports", "{field}: {problem}").format(field=where, problem=reason)
        problem = text.sentence(located if where else reason)
        title = translate("Imports", "Cannot import agenda")
        what = translate("Imports", "The agenda could not be applied from {file}:")
        _refuse(parent, title, what, name, problem)
        return False
    after = keep_full_packs_full(document.meeting, after)
    undo = translate("Imports", "Import agenda from {file}").format(file=quoted(name))
    return document.apply(after, undo, Focus("agenda"))


def _finding_where(finding: ImportFinding) -> tuple[str, str]:
    """``("line 12", "No end time; taken as 12:55")``: where, and what, in the window's language."""
    return core_text(finding.where), text.sentence(core_text(finding.message))


def _read_only_tree(
    name: str, headers: Sequence[str], indent_column: int | None = None
) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setItemDelegate(WrappingDelegate(tree, indent_column))
    tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    return tree


def _fit_column(tree: QTreeWidget, column: int) -> None:
    """Make a column as wide as its longest text on one line (the wrapping delegate would
    otherwise measure the text against the column's current width, and wrap it)."""
    metrics = tree.fontMetrics()
    header = tree.model().headerData(column, Qt.Orientation.Horizontal)
    texts = [str(header)]
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value() is not None:
        texts.append(iterator.value().text(column))
        iterator += 1
    indent = tree.indentation() if column == 0 and tree.rootIsDecorated() else 0
    width = max(metrics.horizontalAdvance(value) for value in texts) + indent + 28
    tree.header().resizeSection(column, min(width, 240))


def _row(*values: str) -> QTreeWidgetItem:
    # No tooltips: Qt reads a tooltip that looks like markup as markup. Rows wrap instead.
    return QTreeWidgetItem(list(values))


def already_in(imported: Meeting, current: Meeting) -> int:
    """How many imported agenda items the meeting already has (same title and start)."""
    have = {(fold(i.title), i.start) for i in current.agenda}
    return sum((fold(i.title), i.start) in have for i in imported.agenda)


class AgendaImportDialog(QDialog):
    """What a concept note holds (meeting, agenda, people, contacts, findings) and how to apply it.

    The dialog changes nothing: :func:`import_agenda` applies the import when it is accepted,
    in the mode the user chose (:meth:`mode`; tests set it with :meth:`choose`).
    """

    def __init__(
        self,
        imported: AgendaImport,
        filename: str,
        current: Meeting,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.imported = imported
        self.filename = filename
        self.setWindowTitle(
            translate("AgendaImportDialog", "Import agenda — {file}").format(file=filename)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self._summary())
        layout.addWidget(self._meeting_box())
        layout.addWidget(self._tabs(), 1)
        layout.addWidget(self._mode_box(current))
        layout.addWidget(self._buttons())
        # The wrapped labels make sizeHint() tall and narrow; the agenda needs width instead.
        self.resize(QSize(860, 700).expandedTo(self.minimumSizeHint()))

    # -- choosing

    def mode(self) -> ImportMode:
        """The way the user chose to apply the import."""
        return ImportMode.REPLACE if self.replace_button.isChecked() else ImportMode.ADD

    def choose(self, mode: ImportMode) -> None:
        """Choose how to apply the import, as clicking its radio button does."""
        button = self.replace_button if mode is ImportMode.REPLACE else self.add_button
        button.setChecked(True)

    # -- layout

    def _meeting_box(self) -> QGroupBox:
        """The meeting's facts in two columns (the title across both), to leave the agenda room."""
        box = QGroupBox(translate("AgendaImportDialog", "Meeting"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.facts: dict[str, QLabel] = {}
        for index, (label, value) in enumerate(self._facts(self.imported.meeting)):
            row, column = (0, 0) if index == 0 else ((index + 1) // 2, 2 * ((index + 1) % 2))
            shown = translate("AgendaImportDialog", label)
            name = QLabel(translate("AgendaImportDialog", "{label}:").format(label=shown))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.facts[label] = field = plain_label(value or "—")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setAccessibleName(shown)
            name.setBuddy(field)
            grid.addWidget(name, row, column)
            grid.addWidget(field, row, column + 1, 1, 3 if index == 0 else 1)
        return box

    @staticmethod
    def _facts(meeting: Meeting) -> list[tuple[str, str]]:
        """Each fact as (its label in English, its value); the label is also the fact's key."""
        paragraphs = len([part for part in meeting.background.split("\n\n") if part.strip()])
        background = (
            translate("AgendaImportDialog", "%n paragraph(s)", None, paragraphs)
            if paragraphs
            else ""
        )
        return [
            (QT_TRANSLATE_NOOP("AgendaImportDialog", "Title"), meeting.title),
            (QT_TRANSLATE_NOOP("AgendaImportDialog", "Type"), meeting.meeting_type),
            (QT_TRANSLATE_NOOP("AgendaImportDialog", "Organiser"), meeting.organiser),
            (QT_TRANSLATE_NOOP("AgendaImportDialog", "When"), text.meeting_when(meeting)),
            (QT_TRANSLATE_NOOP("AgendaImportDialog", "Where"), text.meeting_where(meeting)),
            (QT_TRANSLATE_NOOP("AgendaImportDialog", "Background"), background),
        ]

    def _summary(self) -> QHBoxLayout:
        findings = self.imported.findings
        warnings = sum(finding.severity == "warning" for finding in findings)
        icon = self._severity_icon("warning" if warnings else "info")
        self.summary_icon = QLabel()
        self.summary_icon.setPixmap(icon.pixmap(self.style().pixelMetric(_SMALL_ICON)))
        self.summary_icon.setVisible(bool(findings))
        self.summary = plain_label(self._summary_text())
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.summary, 1)
        return row

    def _summary_text(self) -> str:
        meeting, unsure = self.imported.meeting, len(self.imported.findings)
        # The counts are plain names: the extraction tool reads nothing else as a plural's count.
        items, people, contacts = len(meeting.agenda), len(meeting.people), len(meeting.contacts)
        found = translate("AgendaImportDialog", "{items}, {people}, {contacts}").format(
            items=translate("AgendaImportDialog", "%n agenda item(s)", None, items),
            people=translate("AgendaImportDialog", "%n person(s)", None, people),
            contacts=translate("AgendaImportDialog", "%n contact(s)", None, contacts),
        )
        if unsure:
            summary = translate(
                "AgendaImportDialog",
                "Found {found} in {file}; the import was unsure of %n thing(s) (see Findings). "
                "Nothing changes in the meeting until you click Import.",
                None,
                unsure,
            )
        else:
            summary = translate(
                "AgendaImportDialog",
                "Found {found} in {file}. Nothing changes in the meeting until you click Import.",
            )
        return summary.format(found=found, file=quoted(self.filename, 60))

    def _tabs(self) -> QTabWidget:
        meeting = self.imported.meeting
        self.tabs = QTabWidget()
        self.agenda_tree = self._agenda_tree(meeting)
        self.people_tree = self._people_tree(meeting.people)
        self.contacts_tree = self._contacts_tree(meeting.contacts)
        self.findings_tree = self._findings_tree(self.imported.findings)
        self.overview_tree = self._overview_tree(meeting)
        agenda = translate("AgendaImportDialog", "&Agenda ({count})").format(
            count=len(meeting.agenda)
        )
        self.tabs.addTab(self.agenda_tree, agenda)
        overview = self.overview_tree.topLevelItemCount()
        self.tabs.addTab(
            self.overview_tree,
            translate("AgendaImportDialog", "&Overview ({count})").format(count=overview),
        )
        people = translate("AgendaImportDialog", "&People ({count})").format(
            count=len(meeting.people)
        )
        self.tabs.addTab(self.people_tree, people)
        contacts = translate("AgendaImportDialog", "&Contacts ({count})").format(
            count=len(meeting.contacts)
        )
        self.tabs.addTab(self.contacts_tree, contacts)
        findings = self.imported.findings
        index = self.tabs.addTab(
            self.findings_tree,
            translate("AgendaImportDialog", "&Findings ({count})").format(count=len(findings)),
        )
        if any(finding.severity == "warning" for finding in findings):
            self.tabs.setTabIcon(index, self._severity_icon("warning"))
        self.tabs.setTabEnabled(index, bool(findings))
        return self.tabs

    def _agenda_tree(self, meeting: Meeting) -> QTreeWidget:
        tree = _read_only_tree(
            translate("AgendaImportDialog", "Agenda items found"),
            (
                translate("AgendaImportDialog", "Time"),
                translate("AgendaImportDialog", "Item and people"),
                translate("AgendaImportDialog", "Role"),
            ),
            1,
        )
        tree.setRootIsDecorated(True)
        tree.setAlternatingRowColors(False)  # bold item rows group their people instead
        for item in meeting.agenda:
            tree.addTopLevelItem(self._agenda_row(meeting, item))
        tree.expandAll()
        size_columns(tree.header(), {0: Mode.Interactive, 1: Mode.Stretch, 2: Mode.Interactive})
        _fit_column(tree, 0)
        _fit_column(tree, 2)
        return tree

    @staticmethod
    def _agenda_row(meeting: Meeting, item: AgendaItem) -> QTreeWidgetItem:
        when = text.item_time(meeting, item)
        kind = "" if item.is_session else core_text(ITEM_KIND_LABELS[item.kind])
        row = _row(f"{when}\n{item.room}" if item.room else when, item.title, kind)
        font = row.font(1)
        font.setBold(item.is_session)
        font.setItalic(not item.is_session)
        row.setFont(1, font)
        for participant in item.participants:
            name = meeting.person(participant.person_id).display_name
            row.addChild(_row("", name, text.role_label(participant.role)))
        for segment in item.running_order:
            if segment.person_id is None and segment.speaker:
                row.addChild(_row("", segment.speaker, segment.label))
        return row

    @staticmethod
    def _overview_tree(meeting: Meeting) -> QTreeWidget:
        """The concept note's texts, linked events and further reading, as they will be kept."""
        tree = _read_only_tree(
            translate("AgendaImportDialog", "Texts and links found"),
            (
                translate("AgendaImportDialog", "Section"),
                translate("AgendaImportDialog", "What it says"),
            ),
        )
        for label, value in (
            (translate("AgendaImportDialog", "Aims"), meeting.aims),
            (translate("AgendaImportDialog", "Background"), meeting.background),
            (translate("AgendaImportDialog", "Logistics"), meeting.logistics),
            (translate("AgendaImportDialog", "Acknowledgements"), meeting.acknowledgements),
        ):
            if value.strip():
                tree.addTopLevelItem(_row(label, _first_words(value)))
        for event in meeting.linked_events:
            tree.addTopLevelItem(_row(translate("AgendaImportDialog", "Linked event"), event.title))
        further = translate("AgendaImportDialog", "Further reading")
        for reference in meeting.references:
            tree.addTopLevelItem(_row(further, _with_link(reference.title, reference.url)))
        size_columns(tree.header(), {0: Mode.ResizeToContents, 1: Mode.Stretch})
        return tree

    @staticmethod
    def _people_tree(people: Sequence[Person]) -> QTreeWidget:
        tree = _read_only_tree(
            translate("AgendaImportDialog", "People found"),
            (
                translate("AgendaImportDialog", "Name"),
                translate("AgendaImportDialog", "Position"),
                translate("AgendaImportDialog", "Organisation"),
            ),
        )
        for person in people:
            tree.addTopLevelItem(_row(person.display_name, person.position, person.organisation))
        size_columns(tree.header(), {0: Mode.Interactive, 1: Mode.Stretch, 2: Mode.Stretch})
        tree.header().resizeSection(0, 200)
        return tree

    @staticmethod
    def _contacts_tree(contacts: Sequence[Contact]) -> QTreeWidget:
        tree = _read_only_tree(
            translate("AgendaImportDialog", "Contacts found"),
            (
                translate("AgendaImportDialog", "Email"),
                translate("AgendaImportDialog", "Name"),
                translate("AgendaImportDialog", "Copied in"),
            ),
        )
        copied = translate("AgendaImportDialog", "cc")
        for contact in contacts:
            tree.addTopLevelItem(_row(contact.email, contact.name, copied if contact.cc else ""))
        size_columns(
            tree.header(),
            {0: Mode.Interactive, 1: Mode.Stretch, 2: Mode.ResizeToContents},
        )
        tree.header().resizeSection(0, 260)
        return tree

    def _findings_tree(self, findings: Sequence[ImportFinding]) -> QTreeWidget:
        tree = _read_only_tree(
            translate("AgendaImportDialog", "What the import was unsure of"),
            (translate("AgendaImportDialog", "Where"), translate("AgendaImportDialog", "Finding")),
        )
        for finding in findings:
            where, message = _finding_where(finding)
            if finding.unsure:
                guessed = translate("AgendaImportDialog", "Guessed, check it: {message}")
                message = guessed.format(message=message)
            row = _row(where, message)
            row.setIcon(0, self._severity_icon(finding.severity))
            row.setData(0, Qt.ItemDataRole.AccessibleTextRole, finding.severity)
            tree.addTopLevelItem(row)
        size_columns(tree.header(), {0: Mode.ResizeToContents, 1: Mode.Stretch})
        return tree

    def _severity_icon(self, severity: str) -> QIcon:
        if severity == "warning":
            return theme_icon(self, "dialog-warning", QStyle.StandardPixmap.SP_MessageBoxWarning)
        return theme_icon(
            self, "dialog-information", QStyle.StandardPixmap.SP_MessageBoxInformation
        )

    def _mode_box(self, current: Meeting) -> QGroupBox:
        box = QGroupBox(translate("AgendaImportDialog", "How to apply it"))
        layout = QVBoxLayout(box)
        self.add_button = QRadioButton(translate("AgendaImportDialog", "A&dd to this meeting"))
        self.replace_button = QRadioButton(
            translate("AgendaImportDialog", "&Replace the agenda and people")
        )
        self.mode_group = QButtonGroup(self)
        for button, explanation in (
            (self.add_button, self._add_text(current)),
            (self.replace_button, self._replace_text(current)),
        ):
            self.mode_group.addButton(button)
            layout.addWidget(button)
            layout.addWidget(self._explanation(explanation))
        both = translate("AgendaImportDialog", _BOTH_MODES)
        layout.addWidget(self._explanation(both, indent=False))
        found = len(self.imported.meeting.agenda)
        same_again = found > 0 and already_in(self.imported.meeting, current) == found
        # The same note imported again most likely means "bring in its changes": replace.
        (self.replace_button if same_again else self.add_button).setChecked(True)
        return box

    def _explanation(self, value: str, indent: bool = True) -> QLabel:
        label = plain_label(value)
        label.setWordWrap(True)
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + (
            style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        )
        label.setContentsMargins(margin if indent else 0, 0, 0, 4)
        return label

    def _add_text(self, current: Meeting) -> str:
        if current.agenda:
            ours = len(current.agenda)
            text_ = translate(
                "AgendaImportDialog",
                "The items found come after this meeting's %n. People it already has (same "
                "email or name) are not added twice: only their missing details are filled in.",
                None,
                ours,
            )
        else:
            text_ = translate(
                "AgendaImportDialog",
                "The items found are added. People it already has (same email or name) are not "
                "added twice: only their missing details are filled in.",
            )
        repeated = already_in(self.imported.meeting, current)
        if repeated:
            twice = translate(
                "AgendaImportDialog",
                "%n of the items found are already in this meeting (same title and start): "
                "adding would list them twice.",
                None,
                repeated,
            )
            text_ = translate("AgendaImportDialog", "{sentence} {next_sentence}").format(
                sentence=text_, next_sentence=twice
            )
        return text_

    @staticmethod
    def _replace_text(current: Meeting) -> str:
        if not (current.agenda or current.people):
            return translate(
                "AgendaImportDialog",
                "This meeting has no agenda or people yet: the same as adding.",
            )
        items, people = len(current.agenda), len(current.people)
        return translate(
            "AgendaImportDialog",
            "Its {items} and {people} are removed first; those found who were already in it "
            "keep their bio, photo and email. Notes and packs lose their links to what is removed.",
        ).format(
            items=translate("AgendaImportDialog", "%n agenda item(s)", None, items),
            people=translate("AgendaImportDialog", "%n person(s)", None, people),
        )

    def _buttons(self) -> QDialogButtonBox:
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("AgendaImportDialog", "&Import"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        return self.button_box


_SMALL_ICON = QStyle.PixelMetric.PM_SmallIconSize
_BOTH_MODES = QT_TRANSLATE_NOOP(
    "AgendaImportDialog",
    "Either way the title stays; the organiser, date, times, venue, texts (background, aims, "
    "logistics, acknowledgements), linked events and further reading are taken from the file "
    "only where the meeting has none, and contacts it lacks are added.",
)
_PREVIEW_CHARS = 160


def _first_words(value: str) -> str:
    """The start of a long text, on one line, cut at a word."""
    flat = " ".join(value.split())
    if len(flat) <= _PREVIEW_CHARS:
        return flat
    return flat[:_PREVIEW_CHARS].rsplit(" ", 1)[0] + "…"


def _with_link(title: str, url: str) -> str:
    return f"{title} ({url})" if url else title


# --------------------------------------------------------------------------- people


def import_people(parent: QWidget | None, document: MeetingDocument, path: Path) -> bool:
    """Read a list of people (CSV or Excel), show what it would add and change, and apply
    what the user accepts as one undo step; False when nothing was applied."""
    table = _read_people(parent, path)
    if table is None:
        return False
    dialog = PeopleImportDialog(table, document.meeting, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        after = dialog.meeting_after()
    finally:
        dialog.deleteLater()
    after = keep_full_packs_full(document.meeting, after)
    undo = translate("Imports", "Import people from {file}").format(file=quoted(path.name))
    return document.apply(after, undo, Focus("people"))


def _read_people(parent: QWidget | None, path: Path) -> Table | None:
    try:
        return _read_busy(path)
    except (OSError, BriefingError) as error:
        problem = _problem(error)
        title = translate("Imports", "Cannot import people")
        what = translate("Imports", "No people could be read from {file}:")
        _refuse(parent, title, what, path.name, problem)
        return None


def _read_busy(path: Path) -> Table:
    """Read a list of people under the busy cursor: a workbook of thousands of rows takes
    seconds."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return read_table_file(path)
    finally:
        QApplication.restoreOverrideCursor()


# --------------------------------------------------------------------------- notes


def add_note_files(
    parent: QWidget | None,
    document: MeetingDocument,
    paths: Sequence[Path],
    session_ids: tuple[str, ...] = (),
) -> bool:
    """Add a note for each file in one undo step; the files that fail are named in one warning."""
    if not _sessions_known(parent, document.meeting, session_ids):
        return False
    made, failed = _read_notes(paths, session_ids)
    added = bool(made) and _apply_notes(parent, document, made)
    if not added:
        made = []
    flagged = [
        _file_entry(_note_file(imp), text.sentence(core_text(finding)))
        for imp in made
        for finding in imp.findings
    ]
    if failed or flagged:
        _report_notes(parent, failed, flagged, len(made))
    return added


def _sessions_known(parent: QWidget | None, meeting: Meeting, session_ids: Sequence[str]) -> bool:
    """Whether the sessions notes are to be linked to are in the meeting (else say so)."""
    known = {item.id for item in meeting.agenda}
    missing = [ident for ident in session_ids if ident not in known]
    if missing:
        message = translate(
            "Imports", "The session {session} is no longer in the meeting, so no note was added."
        )
        QMessageBox.warning(
            parent,
            translate("Imports", "Cannot add notes"),
            f"<p>{esc(message).format(session=esc(repr(missing[0])))}</p>",
        )
    return not missing


def _read_notes(
    paths: Sequence[Path], session_ids: tuple[str, ...]
) -> tuple[list[NoteImport], list[str]]:
    """The notes made from the files, and an entry naming each file that failed and why."""
    made: list[NoteImport] = []
    failed: list[str] = []
    for path in paths:
        try:
            made.append(note_from_file(path, path.name, session_ids))
        except BriefingError as error:
            failed.append(_file_entry(path.name, _problem(error)))
    return made, failed


def _apply_notes(parent: QWidget | None, document: MeetingDocument, made: list[NoteImport]) -> bool:
    try:
        after = add_notes(document.meeting, made)
    except BriefingError as error:  # the sessions were checked; this is a rule of the model
        title = translate("Imports", "Cannot add notes")
        problem = text.sentence(core_text(error.message))
        QMessageBox.warning(parent, title, f"<p>{esc(problem)}</p>")
        return False
    after = keep_full_packs_full(document.meeting, after)
    return document.apply(after, _notes_undo_text(made), Focus("notes", made[0].note.id))


def _note_file(imported: NoteImport) -> str:
    attachment = imported.note.attachment
    return attachment.filename if attachment is not None else imported.note.title


def _notes_undo_text(made: Sequence[NoteImport]) -> str:
    count = len(made)
    if count == 1:
        return translate("Imports", "Add note {title}").format(title=quoted(made[0].note.title))
    return translate("Imports", "Add %n notes", None, count)  # two or more


def _report_notes(
    parent: QWidget | None, failed: list[str], flagged: list[str], added: int
) -> None:
    """One warning: the files not added and why, and the files added that need a look."""
    parts = []
    if failed:
        count = len(failed)
        which = translate("Imports", "These files were not added:", None, count)
        parts.append(f"<p>{esc(which)}</p>{_listed(failed)}")
    if flagged:
        worth = translate("Imports", "Added, but worth a look:")
        parts.append(f"<p>{esc(worth)}</p>{_listed(flagged)}")
    outcome = (
        translate("Imports", "%n note(s) added.", None, added)
        if added
        else translate("Imports", "No note added.")
    )
    parts.append(f"<p>{esc(outcome)}</p>")
    title = (
        translate("Imports", "Some files were not added")
        if failed
        else translate("Imports", "Check the added notes")
    )
    QMessageBox.warning(parent, title, "".join(parts))
