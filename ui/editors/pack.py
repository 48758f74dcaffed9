"""The pack builder: the form for one pack definition.

At the top: the pack's name, kind, formats and paper, and what its cover sheet says (the
distribution mark and the version line). Below: three checkable lists, one per kind of content
(agenda items, bios, notes). Each list shows the entries chosen for the pack first, in the order
the pack prints them, then the others in the meeting's order. Ticking an entry puts it where
:func:`briefing.edit.toggle_id` says (its place in the meeting's order among the chosen ones);
chosen entries are reordered with Move up and Move down, Ctrl+Up and Ctrl+Down, or drag and drop.

A meeting without packs builds its default full pack; the first edit of that pack writes it out
(:func:`briefing.edit.with_packs_defined`) and changes it in the same undo step, so one undo
brings back a meeting without packs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Literal

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.edit import moved, replace_entry, toggle_id, with_packs_defined
from briefing.errors import ValidationError
from briefing.model import (
    DEFAULT_PACK_ID,
    PACK_FORMATS,
    AgendaItem,
    BioOrder,
    Meeting,
    PackDefinition,
    PackKind,
    PaperSize,
    new_meeting,
)
from briefing.pack.assemble import short_title
from ui import text
from ui.document import MeetingDocument
from ui.editors.base import EntryEditor, edit_text, line_edit, quoted
from ui.editors.common import (
    RowFlags,
    allow_row_moves,
    form_layout,
    hint_label,
    set_tab_order,
    tool_button,
    with_shortcut,
)
from ui.editors.person import appearance_text
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate
from ui.models import ENTRY_ROLE, Reorderable, dragged_id, drop_target
from ui.widgets import plain_label, theme_icon, without_mnemonic

ListName = Literal["items", "bios", "notes"]
LIST_NAMES: tuple[ListName, ...] = ("items", "bios", "notes")
_ID_FIELDS: dict[ListName, str] = {"items": "item_ids", "bios": "bio_ids", "notes": "note_ids"}
_LISTS: dict[ListName, str] = {
    "items": QT_TRANSLATE_NOOP("PackEditor", "Agenda items"),
    "bios": QT_TRANSLATE_NOOP("PackEditor", "Bios"),
    "notes": QT_TRANSLATE_NOOP("PackEditor", "Notes"),
}
"""What each list holds (its accessible name)."""
_TAB_TITLES: dict[ListName, str] = {
    "items": QT_TRANSLATE_NOOP("PackEditor", "&Agenda items"),
    "bios": QT_TRANSLATE_NOOP("PackEditor", "&Bios"),
    "notes": QT_TRANSLATE_NOOP("PackEditor", "N&otes"),
}

KIND_LABELS = {
    PackKind.FULL: QT_TRANSLATE_NOOP("PackEditor", "Full pack"),
    PackKind.PER_SESSION: QT_TRANSLATE_NOOP(
        "PackEditor", "One pack per session (moderator briefs)"
    ),
}
BIO_ORDER_LABELS = {
    BioOrder.APPEARANCE: QT_TRANSLATE_NOOP("PackEditor", "Order of appearance"),
    BioOrder.ALPHABETICAL: QT_TRANSLATE_NOOP("PackEditor", "Alphabetical"),
}
PAPER_LABELS = {
    PaperSize.A4: "A4",
    PaperSize.LETTER: QT_TRANSLATE_NOOP("PackEditor", "Letter"),
}
FORMAT_LABELS = {"pdf": "PDF", "docx": "DOCX"}
NOTE_FORMAT_LABELS = {
    "docx": "DOCX",
    "pdf": "PDF",
    "markdown": "Markdown",
    "text": QT_TRANSLATE_NOOP("PackEditor", "Text"),
}
DISTRIBUTION_MARKS = (
    "",
    QT_TRANSLATE_NOOP("PackEditor", "For participants only"),
    QT_TRANSLATE_NOOP("PackEditor", "Restricted"),
    QT_TRANSLATE_NOOP("PackEditor", "Internal — not for distribution"),
    QT_TRANSLATE_NOOP("PackEditor", "Draft — not for circulation"),
)
"""The marks the distribution mark box offers (in the window's language); any other is typed."""
SHRINK_TOOLTIP = QT_TRANSLATE_NOOP(
    "PackEditor",
    "Ticked, each page of a merged PDF note is shrunk (to about 90 %) so the pack's running "
    "header and footer fit around it. Untick for notes whose margins are free: their pages "
    "keep their full size and the header and footer are printed in those margins.",
)
WIDE_LAYOUT_WIDTH = 880
"""From this width on, the pack and cover-sheet groups sit side by side."""

_Index = QModelIndex | QPersistentModelIndex


# --------------------------------------------------------------------------- plain helpers


def people_order(meeting: Meeting) -> tuple[str, ...]:
    """Everyone's id: people in the agenda in order of appearance, then the others."""
    appearing = [p.id for p in meeting.people_in_order_of_appearance()]
    return (*appearing, *(p.id for p in meeting.people if p.id not in set(appearing)))


def people_in_items(meeting: Meeting, item_ids: Sequence[str]) -> set[str]:
    """Ids of the people who have a role or a running-order step in the given items."""
    ids: set[str] = set()
    for item in (meeting.item(i) for i in item_ids):
        ids.update(p.person_id for p in item.participants)
        ids.update(s.person_id for s in item.running_order if s.person_id)
    return ids


def shown(labels: dict[Any, str], value: Any) -> str:
    """The label of ``value`` in one of this module's label tables, in the window's language."""
    return translate("PackEditor", labels[value])


def formats_text(formats: Sequence[str]) -> str:
    """``PDF``, ``PDF and DOCX``."""
    names = [FORMAT_LABELS[f] for f in formats]
    if len(names) < 2:
        return "".join(names)
    #: two or more formats, e.g. "PDF and DOCX"; {first} may be a list itself.
    text_ = translate("PackEditor", "{first} and {last}")
    return text_.format(first=", ".join(names[:-1]), last=names[-1])


def pack_summary(pack: PackDefinition) -> str:
    """``4 agenda items, 7 bios, 1 note · PDF and DOCX · A4``."""
    items, bios, notes = (len(pack.item_ids), len(pack.bio_ids), len(pack.note_ids))
    #: how many agenda items, bios and notes a pack holds.
    counts = translate("PackEditor", "{items}, {bios}, {notes}").format(
        items=translate("PackEditor", "%n agenda item(s)", None, items),
        bios=translate("PackEditor", "%n bio(s)", None, bios),
        notes=translate("PackEditor", "%n note(s)", None, notes),
    )
    paper = shown(PAPER_LABELS, pack.options.paper)
    parts = [counts, formats_text(pack.options.formats), paper]
    if pack.kind is PackKind.PER_SESSION:
        parts.insert(0, translate("PackEditor", "One pack per session"))
    return text.SEPARATOR.join(parts)


def list_hint(name: ListName, meeting: Meeting, pack: PackDefinition) -> str:
    """What the pack does with a list's ticks and order (as assembly really does it)."""
    if not _entries(meeting, name):
        return shown(_EMPTY_HINTS, name)
    if name == "items":
        return shown(_ITEM_HINTS, pack.kind)
    if name == "notes":
        return shown(_NOTE_HINTS, pack.kind)
    #: {hint} says how the pack orders the ticked bios.
    text_ = translate(
        "PackEditor", "{hint} People in none of the chosen agenda items are in italics."
    )
    return text_.format(hint=_bio_hint(pack))


def _bio_hint(pack: PackDefinition) -> str:
    if pack.kind is PackKind.PER_SESSION:
        if pack.bio_order is BioOrder.ALPHABETICAL:
            return translate(
                "PackEditor",
                "Each session's pack has the bios of that session's people, sorted by surname; "
                "the ticks here are not used.",
            )
        return translate(
            "PackEditor",
            "Each session's pack has the bios of that session's people, in the order they "
            "appear in it; the ticks here are not used.",
        )
    if pack.bio_order is BioOrder.ALPHABETICAL:
        return translate(
            "PackEditor",
            "Alphabetical: the pack sorts the ticked bios by surname (the last word of the "
            "name); the order of this list is not used.",
        )
    return translate(
        "PackEditor",
        "Order of appearance: the pack prints the ticked bios in this list's order, which "
        "starts as the order people first appear in the agenda; move a name to change it.",
    )


_ITEM_HINTS = {
    PackKind.FULL: QT_TRANSLATE_NOOP(
        "PackEditor",
        "The programme and the session pages follow the ticked items in this order; "
        "a newly ticked item goes to its place in the agenda.",
    ),
    PackKind.PER_SESSION: QT_TRANSLATE_NOOP(
        "PackEditor",
        "One pack for each ticked item that has people in it (for every such item when none "
        "is ticked); each lists the ticked items of its day in its programme.",
    ),
}
_NOTE_HINTS = {
    PackKind.FULL: QT_TRANSLATE_NOOP(
        "PackEditor",
        "The pack has the ticked notes in this order, internal ones too. "
        "‘Include internal notes’ concerns the packs made per session.",
    ),
    PackKind.PER_SESSION: QT_TRANSLATE_NOOP(
        "PackEditor",
        "Each session's pack has that session's notes that are ticked here (all of them when "
        "none is ticked), in the meeting's order; internal ones only when included below.",
    ),
}
_EMPTY_HINTS: dict[ListName, str] = {
    "items": QT_TRANSLATE_NOOP("PackEditor", "The agenda is empty: add items on the Agenda page."),
    "bios": QT_TRANSLATE_NOOP(
        "PackEditor", "The meeting has no people yet: add them on the People page."
    ),
    "notes": QT_TRANSLATE_NOOP(
        "PackEditor", "The meeting has no background notes yet: add them on the Notes page."
    ),
}


def _entries(meeting: Meeting, name: ListName) -> tuple[Any, ...]:
    return {"items": meeting.agenda, "bios": meeting.people, "notes": meeting.notes}[name]


# --------------------------------------------------------------------------- list models


class PackListModel(RowFlags, Reorderable, QAbstractListModel):
    """The entries of one kind: the pack's chosen ones in pack order, then the rest in meeting
    order, each with a check box.

    The model never changes the pack: a tick emits ``toggle_requested`` and a drop (or
    ``moveRows``) emits ``move_requested`` with the index among the chosen entries the entry
    should end at; the editor applies the edit and shows the new pack with :meth:`set_pack`.
    """

    list_name: ClassVar[ListName]
    toggle_requested = Signal(str, bool)  # entry id, ticked
    move_requested = Signal(str, int)  # entry id, its new index among the chosen entries

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = new_meeting()
        self.pack: PackDefinition | None = None
        self._ids: tuple[str, ...] = ()
        self._chosen = 0
        self._row_height = QFontMetrics(QApplication.font()).height() + 8  # air between rows

    # -- what the subclasses say

    def natural_order(self, meeting: Meeting) -> tuple[str, ...]:
        """Every entry's id in the meeting's order (where a newly ticked entry goes)."""
        return tuple(e.id for e in _entries(meeting, self.list_name))

    def entry(self, ident: str) -> Any:
        """The model value with ``ident``."""
        raise NotImplementedError

    def name_of(self, ident: str) -> str:
        """The name a user knows the entry by (for undo texts)."""
        raise NotImplementedError

    def row_text(self, ident: str) -> str:
        """The text of a row."""
        raise NotImplementedError

    def row_tooltip(self, ident: str) -> str:
        """The tooltip of a row: everything the row may cut off."""
        return self.row_text(ident)

    # -- showing a pack

    def set_pack(self, meeting: Meeting, pack: PackDefinition) -> None:
        """Show ``pack``'s choice among ``meeting``'s entries, keeping selection where it can."""
        chosen = tuple(getattr(pack, _ID_FIELDS[self.list_name]))
        taken = set(chosen)
        ids = chosen + tuple(i for i in self.natural_order(meeting) if i not in taken)
        if ids == self._ids and ids:
            self._store(meeting, pack, ids)
            self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))
        elif set(ids) == set(self._ids) and ids:
            self._reorder(meeting, pack, ids)
        else:
            self.beginResetModel()
            self._store(meeting, pack, ids)
            self.endResetModel()

    def _store(self, meeting: Meeting, pack: PackDefinition, ids: tuple[str, ...]) -> None:
        self.meeting, self.pack, self._ids = meeting, pack, ids
        self._chosen = len(getattr(pack, _ID_FIELDS[self.list_name]))
        self.prepare()

    def prepare(self) -> None:
        """Work out, once per pack shown, what the rows need (subclasses override)."""

    def _reorder(self, meeting: Meeting, pack: PackDefinition, ids: tuple[str, ...]) -> None:
        """Move the rows to their new places; selection and current row follow their entries."""
        self.layoutAboutToBeChanged.emit()
        where = {ident: row for row, ident in enumerate(ids)}
        before = self.persistentIndexList()
        after = [self.index(where[self._ids[i.row()]]) for i in before]
        self._store(meeting, pack, ids)
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))

    def is_muted(self, ident: str) -> bool:
        """Whether a row is shown in italics (a person not in the chosen items)."""
        return False

    # -- reading rows

    def ident(self, row: int) -> str:
        """The id of the entry in ``row``."""
        return self._ids[row]

    def row_of(self, ident: str) -> int:
        """The row of the entry with ``ident``, or -1."""
        return self._ids.index(ident) if ident in self._ids else -1

    def chosen_count(self) -> int:
        """How many entries are in the pack (they are the first rows)."""
        return self._chosen

    def is_chosen(self, row: int) -> bool:
        """Whether the entry in ``row`` is in the pack."""
        return 0 <= row < self._chosen

    # -- Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Every entry of the meeting of this kind."""
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, check state, font (italic: a person not in the chosen items), height,
        and the entry."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        ident = self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_text(ident)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_tooltip(ident)
        if role == Qt.ItemDataRole.CheckStateRole:
            chosen = self.is_chosen(index.row())
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and self.is_muted(ident):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, self._row_height)
        if role == ENTRY_ROLE:
            return self.entry(ident)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick or an untick asks for the entry to be put in or taken out of the pack."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.toggle_requested.emit(self._ids[index.row()], state == Qt.CheckState.Checked.value)
        return True

    def cell_flags(self, index: _Index) -> Qt.ItemFlag:
        """Every row can be ticked; chosen rows can be dragged (as their entry's id)."""
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
        if self.is_chosen(index.row()):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Ask for the dropped entry to move there (among the chosen ones)."""
        ident = dragged_id(data, action)
        if ident is None:
            return False
        return self._request_move(self.row_of(ident), drop_target(row, parent, self.row_of(ident)))

    def moveRows(
        self,
        sourceParent: _Index,
        sourceRow: int,
        count: int,
        destinationParent: _Index,
        destinationChild: int,
    ) -> bool:
        """Ask for a move (the list view calls this for a drag within itself)."""
        if count != 1 or sourceParent.isValid() or destinationParent.isValid():
            return False
        return self._request_move(
            sourceRow, drop_target(destinationChild, QModelIndex(), sourceRow)
        )

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """Never: after a drag the view asks to remove the dragged rows, but the edit moved them."""
        return False

    def _request_move(self, source: int, target: int) -> bool:
        if not self.is_chosen(source):
            return False  # only chosen entries have an order of their own
        target = max(0, min(target, self._chosen - 1))
        if target == source:
            return False
        self.move_requested.emit(self._ids[source], target)
        return True


class ItemsListModel(PackListModel):
    """The agenda items: time and title."""

    list_name = "items"

    def entry(self, ident: str) -> AgendaItem:
        """The agenda item."""
        return self.meeting.item(ident)

    def name_of(self, ident: str) -> str:
        """The item's short title, as in the file names of the packs per session.

        Long titles often start alike ("How models and initiatives for addressing…"); their
        short form (the quoted phrase, or the part before a colon) tells them apart.
        """
        return short_title(self.entry(ident).title)

    def row_text(self, ident: str) -> str:
        """``10:00–10:15  S1 · Welcome and introduction`` (a break has no number)."""
        item = self.entry(ident)
        return f"{text.item_time(self.meeting, item)}  {text.numbered_title(self.meeting, item)}"

    def row_tooltip(self, ident: str) -> str:
        """Time, title and who is in the item."""
        item = self.entry(ident)
        lines = (
            text.item_when(self.meeting, item),
            item.title,
            text.people_text(self.meeting, item),
        )
        return "\n".join(line for line in lines if line)


class BiosListModel(PackListModel):
    """The people whose bios can go in: name and affiliation."""

    list_name = "bios"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._appearing: set[str] = set()

    def natural_order(self, meeting: Meeting) -> tuple[str, ...]:
        """Order of appearance in the agenda, then the people not in it."""
        return people_order(meeting)

    def prepare(self) -> None:
        """Find the people in the pack's chosen items."""
        item_ids = self.pack.item_ids if self.pack is not None else ()
        self._appearing = people_in_items(self.meeting, item_ids)

    def is_muted(self, ident: str) -> bool:
        """People who are not in any chosen item are in italics."""
        return ident not in self._appearing

    def entry(self, ident: str) -> Any:
        """The person."""
        return self.meeting.person(ident)

    def name_of(self, ident: str) -> str:
        """The name with honorific."""
        return self.entry(ident).display_name

    def row_text(self, ident: str) -> str:
        """``Sarah Brooks — International Service for Human Rights``."""
        person = self.entry(ident)
        who = " — ".join(part for part in (person.display_name, person.affiliation) if part)
        if not self.is_muted(ident):
            return who
        return translate("BiosListModel", "{person} · not in the chosen items").format(person=who)

    def row_tooltip(self, ident: str) -> str:
        """Name, affiliation and where the person appears."""
        parts = [
            appearance_text(role, item.title) for item, role in self.meeting.appearances(ident)
        ]
        #: what separates a person's appearances in the agenda.
        separator = translate("BiosListModel", "; ")
        where = separator.join(parts) or translate("BiosListModel", "Not in the agenda")
        return f"{self.row_text(ident)}\n{where}"


class NotesListModel(PackListModel):
    """The background notes: title, format, and whether they are internal."""

    list_name = "notes"

    def entry(self, ident: str) -> Any:
        """The note."""
        return self.meeting.note(ident)

    def name_of(self, ident: str) -> str:
        """The note's title."""
        return self.entry(ident).title

    def row_text(self, ident: str) -> str:
        """``Concept note · Text``, ``Background paper · PDF · internal``."""
        note = self.entry(ident)
        internal = translate("NotesListModel", "internal") if note.internal else ""
        parts = (note.title, shown(NOTE_FORMAT_LABELS, note.format), internal)
        return text.SEPARATOR.join(part for part in parts if part)

    def row_tooltip(self, ident: str) -> str:
        """Title, format, file, sessions and whether it is internal."""
        note = self.entry(ident)
        sessions = text.note_sessions(self.meeting, note)
        lines = (
            self.row_text(ident),
            text.note_file_name(note),
            translate("NotesListModel", "For: {sessions}").format(sessions=sessions)
            if sessions
            else "",
        )
        return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- small widgets


def _choice_box(labels: dict[Any, str], accessible_name: str) -> QComboBox:
    box = QComboBox()
    for value in labels:
        box.addItem(shown(labels, value), value)
    box.setAccessibleName(accessible_name)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


def _select_value(box: QComboBox, value: Any) -> None:
    with QSignalBlocker(box):
        box.setCurrentIndex(box.findData(value))


def _set_checked(box: QCheckBox, checked: bool) -> None:
    with QSignalBlocker(box):
        box.setChecked(checked)


class _MoveKeys(QObject):
    """Ctrl+Up and Ctrl+Down on a list move its current entry."""

    def __init__(self, view: QListView, move: Callable[[int], object]) -> None:
        super().__init__(view)
        self._move = move

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take Ctrl+Up/Ctrl+Down before the list moves its cursor with them."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return False
        delta = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if delta is None:
            return False
        self._move(delta)
        return True


class ContentsList(QWidget):
    """One tab of the contents: a checkable list with its buttons and a hint."""

    def __init__(self, model: PackListModel, accessible_name: str, names: dict[str, str]) -> None:
        """A tab for ``model``; ``names`` are its accessible names (translated by the caller):
        ``select_all``, ``select_none`` and ``hint``."""
        super().__init__()
        self.model = model
        self.view = QListView()
        self.view.setModel(model)
        self.view.setAccessibleName(accessible_name)
        _set_up_view(self.view)
        self.extra = QFormLayout()  # options that belong to this list (bio order, internal)
        self.extra.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.extra.setContentsMargins(0, 0, 0, 0)
        self.move_up = _list_action(
            self,
            translate("ContentsList", "Move up"),
            translate("ContentsList", "Move the selected entry up"),
            "Ctrl+Up",
        )
        self.move_up.setIcon(theme_icon(self, "go-up", QStyle.StandardPixmap.SP_ArrowUp))
        self.move_down = _list_action(
            self,
            translate("ContentsList", "Move down"),
            translate("ContentsList", "Move the selected entry down"),
            "Ctrl+Down",
        )
        self.move_down.setIcon(theme_icon(self, "go-down", QStyle.StandardPixmap.SP_ArrowDown))
        self.select_all_button = QPushButton(translate("ContentsList", "Select all"))
        self.select_all_button.setAccessibleName(names["select_all"])
        self.select_none_button = QPushButton(translate("ContentsList", "Select none"))
        self.select_none_button.setAccessibleName(names["select_none"])
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.select_all_button)
        self.buttons.addWidget(self.select_none_button)
        self.buttons.addStretch(1)
        self.hint = hint_label(smaller=False)
        self.hint.setAccessibleName(names["hint"])
        self._lay_out()

    def _lay_out(self) -> None:
        self.up_button = tool_button(self.move_up, Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.down_button = tool_button(self.move_down, Qt.ToolButtonStyle.ToolButtonIconOnly)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.extra)
        layout.addLayout(row, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.hint)

    def current_row(self) -> int:
        """The row of the current entry, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def update_buttons(self) -> None:
        """Move up/down only for a chosen entry that has somewhere to go."""
        row = self.current_row()
        chosen = self.model.is_chosen(row)
        self.move_up.setEnabled(chosen and row > 0)
        self.move_down.setEnabled(chosen and row < self.model.chosen_count() - 1)
        self.select_all_button.setEnabled(self.model.chosen_count() < self.model.rowCount())
        self.select_none_button.setEnabled(self.model.chosen_count() > 0)


def _list_action(owner: QWidget, label: str, tip: str, keys: str) -> QAction:
    action = QAction(label, owner)
    native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(with_shortcut(tip, native))
    return action


def _set_up_view(view: QListView) -> None:
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    allow_row_moves(view)
    view.setUniformItemSizes(True)
    view.setAlternatingRowColors(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setMinimumHeight(view.fontMetrics().height() * 6)


# --------------------------------------------------------------------------- the form


class PackEditor(EntryEditor):
    """The form for one pack: its name, kind, formats and cover, and what goes in it in which order.

    For the integrator and tests: ``items_view``, ``bios_view``, ``notes_view`` and their models
    (``items_model``…), and :meth:`set_included`, :meth:`move` and :meth:`select_all`.
    """

    part = "packs"
    noun = "pack"

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.items_model = ItemsListModel(self)
        self.bios_model = BiosListModel(self)
        self.notes_model = NotesListModel(self)
        self.models: dict[ListName, PackListModel] = {
            "items": self.items_model,
            "bios": self.bios_model,
            "notes": self.notes_model,
        }
        self._top = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.pack_group = self._pack_group()
        self.cover_group = self._cover_group()
        self._top.addWidget(self.pack_group)
        self._top.addWidget(self.cover_group)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("PackEditor", "Contents of the pack"))
        self.lists: dict[ListName, ContentsList] = {
            name: self._contents_list(name) for name in LIST_NAMES
        }
        self.items_view = self.lists["items"].view
        self.bios_view = self.lists["bios"].view
        self.notes_view = self.lists["notes"].view
        self._add_list_options()
        self.summary_label = plain_label()
        self.summary_label.setAccessibleName(translate("PackEditor", "What the pack holds"))
        self.summary_label.setWordWrap(True)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self._top)
        body.addWidget(self.tabs, 1)
        body.addWidget(self.summary_label)
        self._set_tab_order()

    # -- building

    def _pack_group(self) -> QGroupBox:
        self.name_edit = self.bind_line(
            line_edit(translate("PackEditor", "e.g. Full pack"), translate("PackEditor", "Name")),
            "name",
            translate("PackEditor", "name"),
        )
        self.kind_combo = _choice_box(KIND_LABELS, translate("PackEditor", "Kind"))
        self.kind_combo.setToolTip(
            translate(
                "PackEditor",
                "One full pack, or one pack per session for its moderator and speakers",
            )
        )
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.pdf_box = QCheckBox("&PDF")
        self.docx_box = QCheckBox("&DOCX")
        formats = QHBoxLayout()
        formats.setContentsMargins(0, 0, 0, 0)
        for box in (self.pdf_box, self.docx_box):
            name = translate("PackEditor", "Build as {format}").format(
                format=without_mnemonic(box.text())
            )
            box.setAccessibleName(name)
            box.toggled.connect(self._on_formats)
            formats.addWidget(box)
        formats.addStretch(1)
        self.paper_combo = _choice_box(PAPER_LABELS, translate("PackEditor", "Paper"))
        self.paper_combo.currentIndexChanged.connect(self._on_paper)
        self.shrink_box = QCheckBox(
            translate("PackEditor", "S&hrink merged PDF pages to fit the header and footer")
        )
        self.shrink_box.setAccessibleName(translate("PackEditor", "Shrink merged PDF pages"))
        self.shrink_box.setToolTip(translate("PackEditor", SHRINK_TOOLTIP))
        self.shrink_box.toggled.connect(self._on_shrink)
        self.shrink_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._build_participants_boxes()
        group = QGroupBox(translate("PackEditor", "Pack"))
        form = form_layout(group)
        form.addRow(translate("PackEditor", "&Name:"), self.name_edit)
        form.addRow(translate("PackEditor", "&Kind:"), self.kind_combo)
        form.addRow(translate("PackEditor", "Formats:"), formats)
        form.addRow(translate("PackEditor", "Pape&r:"), self.paper_combo)
        form.addRow("", self.shrink_box)
        form.addRow("", self.participants_box)
        form.addRow("", self._indented(self.emails_box))
        return group

    def _build_participants_boxes(self) -> None:
        self.participants_box = QCheckBox(
            translate("PackEditor", "Include a list of par&ticipants")
        )
        self.participants_box.setAccessibleName(
            translate("PackEditor", "Include a list of participants")
        )
        self.participants_box.setToolTip(
            translate(
                "PackEditor",
                "A “List of participants” section: everyone in the meeting, grouped by category",
            )
        )
        self.participants_box.toggled.connect(self._on_participants_list)
        self.emails_box = QCheckBox(translate("PackEditor", "Show participants' &emails"))
        self.emails_box.setAccessibleName(translate("PackEditor", "Show participants' emails"))
        self.emails_box.setToolTip(
            translate("PackEditor", "Whether the list of participants gives each one's email")
        )
        self.emails_box.toggled.connect(self._on_participants_emails)
        for box in (self.participants_box, self.emails_box):
            box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def _indented(self, widget: QWidget) -> QWidget:
        """``widget`` set in under the check box it depends on."""
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(
            self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8, 0, 0, 0
        )
        layout.addWidget(widget)
        layout.addStretch(1)
        return holder

    def _cover_group(self) -> QGroupBox:
        self.mark_combo = QComboBox()
        self.mark_combo.setEditable(True)
        self.mark_combo.addItems(
            [translate("PackEditor", mark) if mark else "" for mark in DISTRIBUTION_MARKS]
        )
        self.mark_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.mark_combo.setCompleter(None)  # what is shown is what was typed
        self.mark_combo.setAccessibleName(translate("PackEditor", "Distribution mark"))
        self.mark_combo.setToolTip(
            translate("PackEditor", "Printed on the cover, e.g. “For participants only”")
        )
        mark_edit = self.mark_combo.lineEdit()
        mark_edit.setPlaceholderText(translate("PackEditor", "None"))
        self._bind_option_line(
            mark_edit,
            "distribution_mark",
            translate("PackEditor", "Edit distribution mark of {pack}"),
            translate("PackEditor", "The distribution mark was not changed: {problem}."),
        )
        self.mark_combo.textActivated.connect(self._on_mark_chosen)
        self.version_edit = line_edit(
            translate("PackEditor", "e.g. Draft 3, 28 November 2017"),
            translate("PackEditor", "Version or status line"),
        )
        self.version_edit.setToolTip(
            translate("PackEditor", "Printed on the cover under the pack's name")
        )
        self._bind_option_line(
            self.version_edit,
            "version_line",
            translate("PackEditor", "Edit version line of {pack}"),
            translate("PackEditor", "The version line was not changed: {problem}."),
        )
        group = QGroupBox(translate("PackEditor", "Cover sheet"))
        form = form_layout(group)
        form.addRow(translate("PackEditor", "Distribution &mark:"), self.mark_combo)
        form.addRow(translate("PackEditor", "&Version line:"), self.version_edit)
        return group

    def _contents_list(self, name: ListName) -> ContentsList:
        model = self.models[name]
        tab = ContentsList(model, translate("PackEditor", _LISTS[name]), _list_names(name))
        model.toggle_requested.connect(lambda ident, on: self.set_included(name, ident, on))
        model.move_requested.connect(lambda ident, target: self.move_to(name, ident, target))
        tab.move_up.triggered.connect(lambda: self.move_current(name, -1))
        tab.move_down.triggered.connect(lambda: self.move_current(name, 1))
        tab.select_all_button.clicked.connect(lambda: self.select_all(name, True))
        tab.select_none_button.clicked.connect(lambda: self.select_all(name, False))
        tab.view.installEventFilter(_MoveKeys(tab.view, lambda d: self.move_current(name, d)))
        tab.view.selectionModel().currentChanged.connect(lambda *_: tab.update_buttons())
        self.tabs.addTab(tab, translate("PackEditor", _TAB_TITLES[name]))
        return tab

    def _add_list_options(self) -> None:
        bios, notes = self.lists["bios"], self.lists["notes"]
        self.only_appearing_button = QPushButton(
            translate("PackEditor", "Only people in the chosen items")
        )
        self.only_appearing_button.setToolTip(
            translate(
                "PackEditor", "Tick exactly the people who have a role in the chosen agenda items"
            )
        )
        self.only_appearing_button.setAccessibleName(
            translate("PackEditor", "Only people in the chosen items")
        )
        self.only_appearing_button.clicked.connect(self.only_people_in_chosen_items)
        bios.buttons.insertWidget(2, self.only_appearing_button)
        self.bio_order_combo = _choice_box(BIO_ORDER_LABELS, translate("PackEditor", "Bio order"))
        self.bio_order_combo.currentIndexChanged.connect(self._on_bio_order)
        bios.extra.addRow(translate("PackEditor", "Bio &order:"), self.bio_order_combo)
        self.internal_box = QCheckBox(translate("PackEditor", "Include &internal notes"))
        self.internal_box.setAccessibleName(translate("PackEditor", "Include internal notes"))
        self.internal_box.setToolTip(
            translate(
                "PackEditor",
                "Whether the packs made per session include their sessions' internal notes",
            )
        )
        self.internal_box.toggled.connect(self._on_internal)
        self.internal_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        notes.extra.addRow(self.internal_box)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name_edit,
            self.kind_combo,
            self.pdf_box,
            self.docx_box,
            self.paper_combo,
            self.shrink_box,
            self.participants_box,
            self.emails_box,
            self.mark_combo,
            self.version_edit,
            self.tabs,
            self.bio_order_combo,
            self.internal_box,
        ]
        for tab in self.lists.values():
            chain += [
                tab.view,
                tab.up_button,
                tab.down_button,
                tab.select_all_button,
                tab.select_none_button,
            ]
        chain.append(self.only_appearing_button)
        set_tab_order(chain)

    def _bind_option_line(self, edit: QLineEdit, field: str, undo_text: str, problem: str) -> None:
        """Bind a line edit to a text field of the pack's options (typing merges into one edit);
        ``undo_text`` names the pack ``{pack}``, ``problem`` holds the reason as ``{problem}``."""
        self.bind_typing(
            edit,
            lambda text: self._set_option_text(field, undo_text, problem, text),
            lambda pack: getattr(pack.options, field),
        )

    # -- which pack

    def entry(self) -> PackDefinition | None:
        """The pack shown; a meeting without packs shows its default full pack."""
        meeting = self.document.meeting
        if self.entry_id == DEFAULT_PACK_ID and not meeting.packs:
            return meeting.pack_definitions()[0]
        return super().entry()

    # -- showing

    def fill(self, entry: Any) -> None:
        """Show the pack's choices, its lists, their hints and the summary."""
        self._show_choices(entry)
        meeting = self.document.meeting
        for name, tab in self.lists.items():
            self._show_list(name, meeting, entry)
            tab.hint.setText(list_hint(name, meeting, entry))
        self.summary_label.setText(pack_summary(entry))
        self.only_appearing_button.setEnabled(bool(meeting.people))

    def _show_choices(self, pack: PackDefinition) -> None:
        """Put the combos and check boxes back to the pack's values, committing nothing."""
        options = pack.options
        _select_value(self.kind_combo, pack.kind)
        _select_value(self.paper_combo, options.paper)
        _select_value(self.bio_order_combo, pack.bio_order)
        _set_checked(self.pdf_box, "pdf" in options.formats)
        _set_checked(self.docx_box, "docx" in options.formats)
        _set_checked(self.internal_box, options.include_internal)
        _set_checked(self.shrink_box, options.shrink_merged_pages)
        self.shrink_box.setEnabled("pdf" in options.formats)  # only PDF packs merge pages
        _set_checked(self.participants_box, options.participants_list)
        _set_checked(self.emails_box, options.participants_emails)
        self.emails_box.setEnabled(options.participants_list)  # no list, no emails to show

    def _show_list(self, name: ListName, meeting: Meeting, pack: PackDefinition) -> None:
        tab, model = self.lists[name], self.models[name]
        current = tab.current_row()
        ident = model.ident(current) if current >= 0 else ""
        model.set_pack(meeting, pack)
        if ident and not tab.view.currentIndex().isValid() and model.row_of(ident) >= 0:
            tab.view.setCurrentIndex(model.index(model.row_of(ident)))  # after a reset
        tab.update_buttons()
        chosen, total = model.chosen_count(), model.rowCount()
        #: a tab's title with how many of the list's entries the pack holds.
        title = translate("PackEditor", "{list} ({chosen} of {total})").format(
            list=translate("PackEditor", _TAB_TITLES[name]), chosen=chosen, total=total
        )
        self.tabs.setTabText(self.tabs.indexOf(tab), title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the two groups at the top side by side when there is room."""
        wide = event.size().width() >= WIDE_LAYOUT_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._top.direction() != direction:
            self._top.setDirection(direction)
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        """Room for the form and about ten rows of each list."""
        return QSize(560, 640)

    # -- editing the pack

    def commit(
        self,
        changes: dict[str, Any],
        label: str,
        field: str = "",
        merge: bool = True,
        text: str = "",
    ) -> bool:
        """Apply new values of the pack's own fields (its name) as one edit."""
        pack = self.entry()
        if pack is None:
            return False
        name = quoted(pack.name)
        if text:
            what = text
        elif field == "name":
            what = translate("PackEditor", "Rename pack {pack}").format(pack=name)
        else:
            what = edit_text(label, pack.name)
        problem = translate("EntryEditor", "The {field} was not changed: {problem}.")
        return self.edit_pack(
            lambda p: dataclasses.replace(p, **changes),
            what,
            problem.replace("{field}", label),
            field,
            merge,
        )

    def edit_pack(
        self,
        change: Callable[[PackDefinition], PackDefinition],
        undo_text: str,
        problem: str,
        field: str = "",
        merge: bool = False,
    ) -> bool:
        """Apply ``change`` to the pack as one undo step named ``undo_text``.

        The default pack of a meeting without packs is written out in the same step. A change
        the model refuses is not applied: the error line says why (``problem``, with the
        model's reason as ``{problem}``) and the choices go back.
        """
        pack = self.entry()
        if pack is None:
            return False
        try:
            new_pack = change(pack)
            after = replace_entry(with_packs_defined(self.document.meeting), "packs", new_pack)
        except ValidationError as exc:
            self.error_line.show_problem(problem.format(problem=core_text(exc.problem)))
            self._show_choices(pack)
            return False
        self.error_line.show_problem("")
        return self.apply(after, undo_text, field, merge)

    def _edit_options(
        self, undo_text: str, problem: str, field: str, merge: bool = False, **changes: Any
    ) -> bool:
        def change(pack: PackDefinition) -> PackDefinition:
            return dataclasses.replace(pack, options=dataclasses.replace(pack.options, **changes))

        return self.edit_pack(change, undo_text, problem, field, merge)

    def _pack_name(self) -> str:
        pack = self.entry()
        return quoted(pack.name) if pack is not None else ""

    def _on_kind(self, _index: int) -> None:
        kind = PackKind(self.kind_combo.currentData())
        if kind is PackKind.FULL:
            text_ = translate("PackEditor", "Set kind of {pack} to full pack")
        else:
            text_ = translate("PackEditor", "Set kind of {pack} to one pack per session")
        problem = translate("PackEditor", "The kind was not changed: {problem}.")
        self.edit_pack(
            lambda p: dataclasses.replace(p, kind=kind),
            text_.format(pack=self._pack_name()),
            problem,
            "kind",
        )

    def _on_formats(self, _checked: bool) -> None:
        ticked = {"pdf": self.pdf_box.isChecked(), "docx": self.docx_box.isChecked()}
        formats = tuple(f for f in PACK_FORMATS if ticked[f])
        text_ = translate("PackEditor", "Set formats of {pack} to {formats}").format(
            pack=self._pack_name(), formats=formats_text(formats)
        )
        problem = translate("PackEditor", "The formats were not changed: {problem}.")
        self._edit_options(text_, problem, "formats", formats=formats)

    def _on_paper(self, _index: int) -> None:
        paper = PaperSize(self.paper_combo.currentData())
        text_ = translate("PackEditor", "Set paper of {pack} to {paper}").format(
            pack=self._pack_name(), paper=shown(PAPER_LABELS, paper)
        )
        problem = translate("PackEditor", "The paper was not changed: {problem}.")
        self._edit_options(text_, problem, "paper", paper=paper)

    def _on_shrink(self, checked: bool) -> None:
        text_ = (
            translate("PackEditor", "Shrink merged PDF pages of {pack}")
            if checked
            else translate("PackEditor", "Stamp merged PDF pages of {pack} without shrinking")
        )
        problem = translate("PackEditor", "The merged pages were not changed: {problem}.")
        self._edit_options(
            text_.format(pack=self._pack_name()),
            problem,
            "shrink_merged_pages",
            shrink_merged_pages=checked,
        )

    def _on_participants_list(self, checked: bool) -> None:
        text_ = (
            translate("PackEditor", "Include a list of participants in {pack}")
            if checked
            else translate("PackEditor", "Leave the list of participants out of {pack}")
        )
        problem = translate("PackEditor", "The list of participants was not changed: {problem}.")
        self._edit_options(
            text_.format(pack=self._pack_name()),
            problem,
            "participants_list",
            participants_list=checked,
        )

    def _on_participants_emails(self, checked: bool) -> None:
        text_ = (
            translate("PackEditor", "Show participants' emails in {pack}")
            if checked
            else translate("PackEditor", "Leave participants' emails out of {pack}")
        )
        problem = translate("PackEditor", "The participants' emails were not changed: {problem}.")
        self._edit_options(
            text_.format(pack=self._pack_name()),
            problem,
            "participants_emails",
            participants_emails=checked,
        )

    def _on_bio_order(self, _index: int) -> None:
        order = BioOrder(self.bio_order_combo.currentData())
        if order is BioOrder.ALPHABETICAL:
            text_ = translate("PackEditor", "Set bio order of {pack} to alphabetical")
        else:
            text_ = translate("PackEditor", "Set bio order of {pack} to order of appearance")
        problem = translate("PackEditor", "The bio order was not changed: {problem}.")
        self.edit_pack(
            lambda p: dataclasses.replace(p, bio_order=order),
            text_.format(pack=self._pack_name()),
            problem,
        )

    def _on_internal(self, checked: bool) -> None:
        text_ = (
            translate("PackEditor", "Include internal notes in {pack}")
            if checked
            else translate("PackEditor", "Leave internal notes out of {pack}")
        )
        problem = translate("PackEditor", "The internal notes were not changed: {problem}.")
        self._edit_options(
            text_.format(pack=self._pack_name()),
            problem,
            "include_internal",
            include_internal=checked,
        )

    def _set_option_text(self, field: str, undo_text: str, problem: str, value: str) -> bool:
        text_ = undo_text.format(pack=self._pack_name())
        return self._edit_options(text_, problem, field, merge=True, **{field: value})

    def _on_mark_chosen(self, mark: str) -> None:
        if mark:
            text_ = translate("PackEditor", "Set distribution mark of {pack} to {mark}")
        else:
            text_ = translate("PackEditor", "Set distribution mark of {pack} to none")
        problem = translate("PackEditor", "The distribution mark was not changed: {problem}.")
        text_ = text_.format(pack=self._pack_name(), mark=quoted(mark))
        self._edit_options(text_, problem, "", distribution_mark=mark)

    # -- editing the contents

    def set_included(self, list_name: ListName, entry_id: str, included: bool) -> bool:
        """Put an entry in the pack (at its place in the meeting's order) or take it out."""
        pack, model = self.entry(), self.models[list_name]
        if pack is None:
            return False
        ids = getattr(pack, _ID_FIELDS[list_name])
        order = model.natural_order(self.document.meeting)
        new_ids = toggle_id(ids, entry_id, included, order)
        if included:
            what = translate("PackEditor", "Add {entry} to {pack}")
        else:
            what = translate("PackEditor", "Remove {entry} from {pack}")
        what = what.format(entry=quoted(model.name_of(entry_id)), pack=quoted(pack.name))
        return self._set_ids(list_name, new_ids, what)

    def move(self, list_name: ListName, row: int, delta: int) -> bool:
        """Move the chosen entry in ``row`` by ``delta`` places (-1: up, 1: down)."""
        pack, model = self.entry(), self.models[list_name]
        if pack is None or not model.is_chosen(row) or not model.is_chosen(row + delta):
            return False
        ids = getattr(pack, _ID_FIELDS[list_name])
        if delta < 0:
            what = translate("PackEditor", "Move {entry} up in {pack}")
        else:
            what = translate("PackEditor", "Move {entry} down in {pack}")
        what = what.format(entry=quoted(model.name_of(ids[row])), pack=quoted(pack.name))
        return self._set_ids(list_name, moved(ids, row, row + delta), what)

    def move_to(self, list_name: ListName, entry_id: str, target: int) -> bool:
        """Move a chosen entry to index ``target`` among the chosen ones (a drop)."""
        row = self.models[list_name].row_of(entry_id)
        return self.move(list_name, row, target - row)

    def move_current(self, list_name: ListName, delta: int) -> bool:
        """Move the current entry of a list up (-1) or down (1)."""
        return self.move(list_name, self.lists[list_name].current_row(), delta)

    def select_all(self, list_name: ListName, included: bool) -> bool:
        """Put every entry of a list in the pack (chosen order kept), or take them all out."""
        pack, model = self.entry(), self.models[list_name]
        if pack is None:
            return False
        ids = getattr(pack, _ID_FIELDS[list_name])
        if included:
            order = model.natural_order(self.document.meeting)
            for ident in (i for i in order if i not in ids):
                ids = toggle_id(ids, ident, True, order)
        what = _select_all_text(list_name, included).format(pack=quoted(pack.name))
        return self._set_ids(list_name, ids if included else (), what)

    def only_people_in_chosen_items(self) -> bool:
        """Tick exactly the bios of the people in the chosen agenda items."""
        pack = self.entry()
        if pack is None:
            return False
        meeting = self.document.meeting
        wanted = people_in_items(meeting, pack.item_ids)
        order = people_order(meeting)
        ids = tuple(i for i in pack.bio_ids if i in wanted)
        for ident in order:
            if ident in wanted:
                ids = toggle_id(ids, ident, True, order)
        what = translate(
            "PackEditor", "Set bios of {pack} to the people in its agenda items"
        ).format(pack=quoted(pack.name))
        return self._set_ids("bios", ids, what)

    def _set_ids(self, list_name: ListName, ids: tuple[str, ...], undo_text: str) -> bool:
        self.flush_typing()  # a name being typed is its own edit, before this one
        field = _ID_FIELDS[list_name]

        def change(pack: PackDefinition) -> PackDefinition:
            return dataclasses.replace(pack, **{field: ids})

        return self.edit_pack(change, undo_text, _ids_problem(list_name), field)


def _list_names(name: ListName) -> dict[str, str]:
    """The accessible names of a contents tab's buttons and hint."""
    if name == "items":
        return {
            "select_all": translate("PackEditor", "Select all agenda items"),
            "select_none": translate("PackEditor", "Select no agenda items"),
            "hint": translate("PackEditor", "How the pack uses the agenda items"),
        }
    if name == "bios":
        return {
            "select_all": translate("PackEditor", "Select all bios"),
            "select_none": translate("PackEditor", "Select no bios"),
            "hint": translate("PackEditor", "How the pack uses the bios"),
        }
    return {
        "select_all": translate("PackEditor", "Select all notes"),
        "select_none": translate("PackEditor", "Select no notes"),
        "hint": translate("PackEditor", "How the pack uses the notes"),
    }


def _select_all_text(name: ListName, included: bool) -> str:
    """The undo text of Select all or Select none in a list; the pack is ``{pack}``."""
    texts = {
        ("items", True): translate("PackEditor", "Add all agenda items to {pack}"),
        ("items", False): translate("PackEditor", "Remove all agenda items from {pack}"),
        ("bios", True): translate("PackEditor", "Add all bios to {pack}"),
        ("bios", False): translate("PackEditor", "Remove all bios from {pack}"),
        ("notes", True): translate("PackEditor", "Add all notes to {pack}"),
        ("notes", False): translate("PackEditor", "Remove all notes from {pack}"),
    }
    return texts[name, included]


def _ids_problem(name: ListName) -> str:
    """Why a list's choice was refused; the model's reason is ``{problem}``."""
    if name == "items":
        return translate("PackEditor", "The agenda items were not changed: {problem}.")
    if name == "bios":
        return translate("PackEditor", "The bios were not changed: {problem}.")
    return translate("PackEditor", "The notes were not changed: {problem}.")
