"""The main window's pages: the meeting overview, and a list-and-detail page per part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QVBoxLayout, QWidget

from briefing.model import Meeting, new_meeting
from ui import rich, text
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


class OverviewPage(QWidget):
    """The meeting at a glance: what, when, where, and the texts of its concept note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader("Meeting")
        self.browser = detail_browser()
        _page_layout(self, self.header, self.browser)

    def set_meeting(self, meeting: Meeting) -> None:
        """Show the overview of ``meeting``."""
        self.header.set_subtitle(meeting.organiser or "Overview")
        self.browser.setHtml(rich.overview_html(meeting))


class MasterDetailPage(QWidget):
    """A list of entries (people, notes…) beside or above a pane describing the selected one."""

    def __init__(
        self,
        title: str,
        model: Model,
        view: QAbstractItemView,
        describe: Describe,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        stretch: tuple[int, int] = (3, 2),
        empty_text: str = "",
    ) -> None:
        super().__init__()
        self._meeting = new_meeting()
        self._describe = describe
        self.empty_text = empty_text or f"No {title.lower()} yet."
        self.header = PageHeader(title)
        self.model = model
        self.view = view
        self.view.setModel(model)
        self.detail = detail_browser()
        self.splitter = QSplitter(orientation)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, stretch[0])
        self.splitter.setStretchFactor(1, stretch[1])
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        _page_layout(self, self.header, self.splitter)

    def set_meeting(self, meeting: Meeting, subtitle: str) -> None:
        """Show the entries of ``meeting`` and describe the first one."""
        self._meeting = meeting
        self.model.set_meeting(meeting)
        self.header.set_subtitle(subtitle)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.detail.setHtml(rich.empty_html(self.empty_text))

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


class AgendaPage(MasterDetailPage):
    """The agenda: items with their people by role and running order, the selected one below."""

    def __init__(self) -> None:
        view = tree_view(indent_column=AgendaModel.TITLE)
        super().__init__(
            "Agenda",
            AgendaModel(),
            view,
            rich.item_html,
            orientation=Qt.Orientation.Vertical,
            empty_text="No agenda items yet.",
        )
        self.tree = view
        view.setAllColumnsShowFocus(True)
        # Running orders stay unfolded beneath their items, like a printed programme.
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        size_columns(
            view.header(),
            {0: Mode.ResizeToContents, 1: Mode.Stretch, 2: Mode.Interactive},
            {2: 330},
        )

    def set_meeting(self, meeting: Meeting, subtitle: str = "") -> None:
        """Show the agenda of ``meeting``, every item's running order unfolded."""
        super().set_meeting(meeting, subtitle or _agenda_subtitle(meeting))
        self.tree.expandAll()


def _agenda_subtitle(meeting: Meeting) -> str:
    return text.SEPARATOR.join(
        part
        for part in (text.meeting_when(meeting), text.count(len(meeting.agenda), "item"))
        if part
    )


def people_page() -> MasterDetailPage:
    """Name, position, organisation and email of everyone; the selected person's bio beside."""
    view = table_view()
    page = MasterDetailPage("People", PeopleModel(), view, rich.person_html, stretch=(2, 1))
    size_columns(
        view.horizontalHeader(),
        {0: Mode.Interactive, 1: Mode.Stretch, 2: Mode.Stretch, 3: Mode.ResizeToContents},
        {0: 170},
    )
    return page


def notes_page() -> MasterDetailPage:
    """The background notes; the selected one's sessions and text beside."""
    view = table_view()
    page = MasterDetailPage(
        "Notes", NotesModel(), view, rich.note_html, empty_text="No background notes yet."
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


def packs_page() -> MasterDetailPage:
    """The packs and what goes into each, the selected one's contents below."""
    view = table_view()
    page = MasterDetailPage(
        "Packs",
        PacksModel(),
        view,
        rich.pack_html,
        orientation=Qt.Orientation.Vertical,
        stretch=(1, 2),
    )
    modes = {0: Mode.Interactive} | dict.fromkeys(range(1, 5), Mode.ResizeToContents)
    size_columns(view.horizontalHeader(), modes | {5: Mode.Stretch}, {0: 200})
    return page


def checks_page() -> MasterDetailPage:
    """The pre-build checks' findings, the selected one explained below."""
    view = table_view()
    view.setIconSize(QSize(16, 16))
    page = MasterDetailPage(
        "Checks",
        FindingsModel(),
        view,
        rich.finding_html,
        orientation=Qt.Orientation.Vertical,
        stretch=(3, 2),
        empty_text="No problems found: the packs are ready to build.",
    )
    size_columns(
        view.horizontalHeader(),
        {0: Mode.ResizeToContents, 1: Mode.Stretch, 2: Mode.Stretch},
    )
    return page
