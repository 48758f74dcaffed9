"""The main window's pages: the meeting overview, and a list-and-detail page per part."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.model import Meeting, new_meeting
from ui import rich, text
from ui.editors.base import EntryEditor
from ui.i18n import translate
from ui.models import (
    ENTRY_ROLE,
    AgendaModel,
    FindingsModel,
    MeetingTableModel,
    NotesModel,
    PacksModel,
    PeopleModel,
)
from ui.widgets import Mode, PageHeader, detail_browser, size_columns, table_view, tree_view

Describe = Callable[[Meeting, Any], str]
Model = MeetingTableModel[Any] | AgendaModel


def _page_layout(page: QWidget, header: PageHeader, body: QWidget) -> None:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 10, 12, 6)
    layout.setSpacing(6)
    layout.addWidget(header)
    layout.addWidget(body, 1)


def scrolled(editor: QWidget) -> QScrollArea:
    """An editor in a frameless scroll area that scrolls only vertically when narrow."""
    area = QScrollArea()
    area.setWidget(editor)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def _tabs(editor: QWidget | None, summary: QWidget) -> QWidget:
    """The editor and the read-only summary as two tabs (just the summary with no editor)."""
    if editor is None:
        return summary
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    tabs.addTab(scrolled(editor), translate("MasterDetailPage", "Details"))
    tabs.addTab(summary, translate("MasterDetailPage", "Summary"))
    tabs.setTabToolTip(
        0,
        translate(
            "MasterDetailPage", "Edit the selected entry; every change is saved as you make it"
        ),
    )
    tabs.setTabToolTip(
        1, translate("MasterDetailPage", "The selected entry as the pack will present it")
    )
    return tabs


class OverviewPage(QWidget):
    """The meeting's own details to edit, and the meeting at a glance as a summary."""

    def __init__(self, editor: EntryEditor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(translate("OverviewPage", "Meeting"))
        self.editor = editor
        self.browser = detail_browser()
        self.browser.setAccessibleName(translate("OverviewPage", "Meeting summary"))
        self.tabs = _tabs(editor, self.browser)
        _page_layout(self, self.header, self.tabs)

    def set_meeting(self, meeting: Meeting) -> None:
        """Show the overview of ``meeting``."""
        self.header.set_subtitle(meeting.organiser or translate("OverviewPage", "Overview"))
        self.browser.setHtml(rich.overview_html(meeting))


class MasterDetailPage(QWidget):
    """A list of entries (people, notes…) beside the selected one's editor and summary.

    With an ``editor``, the list has a row of tool buttons above it (the window's Add, Remove,
    Move up and Move down actions, given with :meth:`set_list_actions`) and can be reordered by
    drag and drop.
    """

    def __init__(
        self,
        title: str,
        model: Model,
        view: QAbstractItemView,
        describe: Describe,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        stretch: tuple[int, int] = (3, 2),
        empty_text: str = "",
        editor: EntryEditor | None = None,
    ) -> None:
        super().__init__()
        self._meeting = new_meeting()
        self._describe = describe
        self.empty_text = empty_text or translate("MasterDetailPage", "Nothing here yet.")
        self.header = PageHeader(title)
        self.model = model
        self.view = view
        self.view.setModel(model)
        self.view.setAccessibleName(title)
        self.editor = editor
        self.detail = detail_browser()
        self.detail.setAccessibleName(
            translate("MasterDetailPage", "{page}: summary of the selected entry").format(
                page=title
            )
        )
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.tools.setSpacing(2)
        self.splitter = QSplitter(orientation)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list_panel())
        self.splitter.addWidget(_tabs(editor, self.detail))
        self.splitter.setStretchFactor(0, stretch[0])
        self.splitter.setStretchFactor(1, stretch[1])
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        if editor is not None:
            _allow_reordering(view)
        _page_layout(self, self.header, self.splitter)

    def _list_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.tools)
        layout.addWidget(self.view, 1)
        return panel

    def set_list_actions(self, actions: list[QAction]) -> None:
        """Show ``actions`` as tool buttons above the list; their shortcuts work in the list."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            self.tools.addWidget(button)
        self.tools.addStretch(1)

    def current_id(self) -> str | None:
        """Id of the selected entry, if any."""
        entry = self.view.currentIndex().data(ENTRY_ROLE)
        return getattr(entry, "id", None)

    def set_meeting(
        self, meeting: Meeting, subtitle: str, rows: Sequence[object] | None = None
    ) -> None:
        """Show the entries of ``meeting`` (or ``rows``, already worked out for it); keep the
        selected entry, else select the first."""
        selected = self.current_id()
        self._meeting = meeting
        if rows is not None and isinstance(self.model, MeetingTableModel):
            self.model.show_rows(meeting, rows)
        else:
            self.model.set_meeting(meeting)
        self.header.set_subtitle(subtitle)
        if selected is not None and self.select_entry(selected):
            self._show_current(self.view.currentIndex(), QModelIndex())
        elif self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
            self._show_current(self.view.currentIndex(), QModelIndex())
        else:
            self._show_current(QModelIndex(), QModelIndex())

    def select_entry(self, entry_id: str) -> bool:
        """Select the top-level row whose entry has ``entry_id``; say whether there was one."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if getattr(index.data(ENTRY_ROLE), "id", None) == entry_id:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        if entry is None:
            self.detail.setHtml(rich.empty_html(self.empty_text))
        else:
            self.detail.setHtml(self._describe(self._meeting, entry))
        if self.editor is not None:
            self.editor.show_entry(getattr(entry, "id", None))


def _allow_reordering(view: QAbstractItemView) -> None:
    """Entries can be dragged to another place in the list."""
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)


class AgendaPage(MasterDetailPage):
    """The agenda: items with their people by role and running order; the selected one beside."""

    def __init__(self, editor: EntryEditor | None = None) -> None:
        view = tree_view(indent_column=AgendaModel.TITLE)
        super().__init__(
            translate("AgendaPage", "Agenda"),
            AgendaModel(),
            view,
            rich.item_html,
            orientation=Qt.Orientation.Vertical if editor is None else Qt.Orientation.Horizontal,
            stretch=(3, 2) if editor is None else (1, 1),
            empty_text=translate("AgendaPage", "No agenda items yet."),
            editor=editor,
        )
        self.tree = view
        view.setAllColumnsShowFocus(True)
        # Running orders stay unfolded beneath their items, like a printed programme.
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        people = Mode.Interactive if editor is None else Mode.Stretch  # share what is left
        size_columns(
            view.header(), {0: Mode.ResizeToContents, 1: Mode.Stretch, 2: people}, {2: 330}
        )

    def set_meeting(self, meeting: Meeting, subtitle: str = "") -> None:
        """Show the agenda of ``meeting``, every item's running order unfolded."""
        super().set_meeting(meeting, subtitle or _agenda_subtitle(meeting))
        self.tree.expandAll()


def _agenda_subtitle(meeting: Meeting) -> str:
    """``Thursday 30 November 2017 · 10:00–13:00 · 5 items``."""
    items = len(meeting.agenda)
    counted = translate("AgendaPage", "%n item(s)", None, items)
    return text.SEPARATOR.join(part for part in (text.meeting_when(meeting), counted) if part)


def people_page(editor: EntryEditor | None = None) -> MasterDetailPage:
    """Name, position, organisation and email of everyone; the selected person beside."""
    view = table_view()
    page = MasterDetailPage(
        translate("MasterDetailPage", "People"),
        PeopleModel(),
        view,
        rich.person_html,
        stretch=(1, 1),
        empty_text=translate("MasterDetailPage", "No people yet."),
        editor=editor,
    )
    size_columns(
        view.horizontalHeader(),
        {0: Mode.Interactive, 1: Mode.Stretch, 2: Mode.Stretch, 3: Mode.ResizeToContents},
        {0: 170},
    )
    return page


def notes_page(editor: EntryEditor | None = None) -> MasterDetailPage:
    """The background notes; the selected one's sessions and text beside."""
    view = table_view()
    page = MasterDetailPage(
        translate("MasterDetailPage", "Notes"),
        NotesModel(),
        view,
        rich.note_html,
        stretch=(1, 1),
        empty_text=translate("MasterDetailPage", "No background notes yet."),
        editor=editor,
    )
    size_columns(
        view.horizontalHeader(),
        {
            0: Mode.Stretch,
            1: Mode.ResizeToContents,
            2: Mode.Interactive,
            3: Mode.Stretch,
            4: Mode.ResizeToContents,
        },
        {2: 150},
    )
    return page


def packs_page(editor: EntryEditor | None = None) -> MasterDetailPage:
    """The packs; the selected one's builder (what goes in, how it is printed) beside."""
    view = table_view()
    page = MasterDetailPage(
        translate("MasterDetailPage", "Packs"),
        PacksModel(),
        view,
        rich.pack_html,
        orientation=Qt.Orientation.Vertical if editor is None else Qt.Orientation.Horizontal,
        stretch=(1, 2) if editor is None else (1, 3),
        empty_text=translate("MasterDetailPage", "No packs yet."),
        editor=editor,
    )
    modes = {0: Mode.Interactive} | dict.fromkeys(range(1, 5), Mode.ResizeToContents)
    size_columns(view.horizontalHeader(), modes | {5: Mode.Stretch}, {0: 200})
    if editor is not None:  # the builder beside shows the rest
        size_columns(view.horizontalHeader(), {0: Mode.Stretch, 1: Mode.ResizeToContents})
        for column in range(2, PacksModel.column_total()):
            view.setColumnHidden(column, True)
    return page


def checks_page() -> MasterDetailPage:
    """The pre-build checks' findings, the selected one explained below."""
    view = table_view()
    view.setIconSize(QSize(16, 16))
    page = MasterDetailPage(
        translate("MasterDetailPage", "Checks"),
        FindingsModel(),
        view,
        rich.finding_html,
        orientation=Qt.Orientation.Vertical,
        stretch=(3, 2),
        empty_text=translate(
            "MasterDetailPage", "No problems found: the packs are ready to build."
        ),
    )
    size_columns(
        view.horizontalHeader(),
        {0: Mode.ResizeToContents, 1: Mode.Stretch, 2: Mode.Stretch},
    )
    return page
