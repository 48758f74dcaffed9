"""The main window: a navigator of the meeting's parts beside one page per part."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from briefing.build import BuildReport
from briefing.checks import Finding, Severity
from briefing.errors import BriefingError
from briefing.model import Meeting, new_meeting
from briefing.store import open_meeting
from ui import text
from ui.build_dialog import BuildDialog
from ui.files import OPEN_FILTERS
from ui.models import ENTRY_ROLE
from ui.pages import (
    AgendaPage,
    MasterDetailPage,
    OverviewPage,
    checks_page,
    notes_page,
    packs_page,
    people_page,
)
from ui.preview import PdfPreview
from ui.rich import esc
from ui.widgets import ElidingLabel, plain_label

APP_NAME = "Briefing Pack Assembler"
SAMPLE_LABEL = "Sample meeting"

Icon = QStyle.StandardPixmap
# Navigator entries: name, icon theme name, the style's icon when the theme has none, and
# what the page shows (tooltip and status tip).
PAGES: tuple[tuple[str, str, Icon, str], ...] = (
    ("Meeting", "dialog-information", Icon.SP_FileDialogInfoView, "The meeting at a glance"),
    (
        "Agenda",
        "x-office-calendar",
        Icon.SP_FileDialogDetailedView,
        "Agenda items, their people and running order",
    ),
    (
        "People",
        "system-users",
        Icon.SP_FileDialogListView,
        "Everyone in the meeting, with their bios",
    ),
    ("Notes", "text-x-generic", Icon.SP_FileIcon, "Background notes and their files"),
    (
        "Packs",
        "package-x-generic",
        Icon.SP_DirIcon,
        "The packs to build and what goes into each",
    ),
    (
        "Checks",
        "emblem-default",
        Icon.SP_DialogApplyButton,
        "Problems to fix before building the packs; double-click one to go to it",
    ),
    (
        "Preview",
        "document-print-preview",
        Icon.SP_FileDialogContentsView,
        "The last PDF pack built, with its pages, zoom and bookmarks",
    ),
)
MEETING, AGENDA, PEOPLE, NOTES, PACKS, CHECKS, PREVIEW = range(len(PAGES))
# The page that shows what a finding concerns, by the finding's kind.
FINDING_PAGES = {"meeting": MEETING, "item": AGENDA, "person": PEOPLE, "note": NOTES, "pack": PACKS}


def app_version() -> str:
    """The installed version of the app, or ``dev`` when run from a source tree."""
    try:
        return version("briefing-pack-assembler")
    except PackageNotFoundError:
        return "dev"


class MainWindow(QMainWindow):
    """Shows one meeting, read-only for now: overview, agenda, people, notes, packs, checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = new_meeting()
        self._path: Path | None = None
        self.overview_page = OverviewPage()
        self.agenda_page = AgendaPage()
        self.people_page = people_page()
        self.notes_page = notes_page()
        self.packs_page = packs_page()
        self.checks_page = checks_page()
        self.checks_page.view.activated.connect(self._go_to_finding)
        self.preview = PdfPreview()
        self.pages = QStackedWidget()
        self.navigator = QListWidget()
        self._build_centre()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.resize(1200, 760)
        self.show_page(MEETING)

    # -- building

    def _build_centre(self) -> None:
        for page in self._all_pages():
            self.pages.addWidget(page)
        self._fill_navigator()
        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigator)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(centre)

    def _all_pages(self) -> tuple[QWidget, ...]:
        return (
            self.overview_page,
            self.agenda_page,
            self.people_page,
            self.notes_page,
            self.packs_page,
            self.checks_page,
            self.preview,
        )

    def _fill_navigator(self) -> None:
        nav = self.navigator
        nav.setIconSize(QSize(20, 20))
        nav.setFixedWidth(168)
        nav.setSpacing(1)
        nav.setUniformItemSizes(True)
        nav.setAccessibleName("Sections")
        for index, (name, *_icon, tip) in enumerate(PAGES):
            entry = QListWidgetItem(self._page_icon(index), name)
            entry.setSizeHint(QSize(0, 34))
            entry.setToolTip(tip)
            entry.setStatusTip(tip)
            nav.addItem(entry)
        nav.currentRowChanged.connect(self.show_page)

    def _page_icon(self, index: int) -> QIcon:
        _name, theme_name, fallback, _tip = PAGES[index]
        return QIcon.fromTheme(theme_name, self.style().standardIcon(fallback))

    def _build_actions(self) -> None:
        style = self.style()
        self.open_action = _action(
            self,
            "&Open…",
            QKeySequence.StandardKey.Open,
            "Open a meeting file (.meeting) or meeting JSON (.json)",
            style.standardIcon(Icon.SP_DialogOpenButton),
        )
        self.open_action.triggered.connect(self.choose_file)
        self.quit_action = _action(self, "&Quit", QKeySequence("Ctrl+Q"), f"Quit {APP_NAME}")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = _action(self, f"&About {APP_NAME}", None, "Version and licence")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.build_action = _action(
            self,
            "&Build…",
            QKeySequence("Ctrl+B"),
            "Build packs of this meeting (PDF, DOCX) in the background",
        )
        self.build_action.triggered.connect(self.show_build_dialog)
        self.page_actions = self._page_actions()

    def _page_actions(self) -> list[QAction]:
        group = QActionGroup(self)
        actions = []
        for index, (name, *_icon, tip) in enumerate(PAGES):
            keys = QKeySequence(f"Ctrl+{index + 1}")
            action = _action(self, f"&{name}", keys, tip, self._page_icon(index))
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            actions.append(action)
        return actions

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.build_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu("&View")
        view_menu.addActions(self.page_actions)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.path_label = ElidingLabel()
        self.counts_label = plain_label()
        status = self.statusBar()
        status.setContentsMargins(6, 0, 6, 0)
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.counts_label)

    # -- showing a meeting

    @property
    def meeting(self) -> Meeting:
        """The meeting shown."""
        return self._meeting

    @property
    def path(self) -> Path | None:
        """The file the meeting was opened from, or ``None`` for the sample."""
        return self._path

    def set_meeting(self, meeting: Meeting, path: Path | None = None) -> None:
        """Show ``meeting`` on every page; ``path`` is the file it came from, if any."""
        if meeting is not self._meeting:
            self.preview.close_document()  # an old meeting's pack must not linger
        self._meeting = meeting
        self._path = path
        self.setWindowTitle(f"{meeting.short_title or meeting.title} — {APP_NAME}")
        self.overview_page.set_meeting(meeting)
        self.agenda_page.set_meeting(meeting)
        self.people_page.set_meeting(meeting, text.count(len(meeting.people), "person", "people"))
        self.notes_page.set_meeting(meeting, text.count(len(meeting.notes), "note"))
        packs = meeting.pack_definitions()
        self.packs_page.set_meeting(meeting, _packs_subtitle(meeting, len(packs)))
        self._show_checks(meeting)
        self.path_label.set_full_text(str(path) if path is not None else SAMPLE_LABEL)
        self.counts_label.setText(text.meeting_counts(meeting))

    def _show_checks(self, meeting: Meeting) -> None:
        """Run the checks on ``meeting``; the navigator shows how many findings, and if any matter."""
        self.checks_page.set_meeting(meeting, "")
        findings = self.checks_page.model.findings()
        self.checks_page.header.set_subtitle(text.findings_summary(findings))
        entry = self.navigator.item(CHECKS)
        entry.setText(f"{PAGES[CHECKS][0]} ({len(findings)})")
        worrying = any(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings)
        warning_icon = self.style().standardIcon(Icon.SP_MessageBoxWarning)
        entry.setIcon(
            QIcon.fromTheme("dialog-warning", warning_icon) if worrying else self._page_icon(CHECKS)
        )

    def open_file(self, path: Path) -> bool:
        """Open a meeting file or meeting JSON; if it fails, say why and keep the meeting shown."""
        try:
            meeting = open_meeting(path)
        except BriefingError as error:
            QMessageBox.warning(self, "Cannot open meeting", self._cannot_open_text(path, error))
            return False
        self.set_meeting(meeting, path)
        return True

    def _cannot_open_text(self, path: Path, error: BriefingError) -> str:
        shown = self._meeting.short_title or self._meeting.title
        return (
            f"<p>The meeting in <b>{esc(str(path))}</b> could not be opened:</p>"
            f"<p>{esc(str(error))}</p>"
            f"<p>The window still shows “{esc(shown)}”.</p>"
        )

    def choose_file(self) -> None:
        """Ask for a meeting file or meeting JSON and open it."""
        start = str(self._path.parent) if self._path is not None else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(self, "Open Meeting", start, OPEN_FILTERS)
        if name:
            self.open_file(Path(name))

    # -- navigation and help

    def show_build_dialog(self) -> BuildDialog:
        """Open the Build dialog on a snapshot of the meeting shown (meetings are immutable)."""
        dialog = BuildDialog(self._meeting, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.task.finished.connect(self._preview_built)
        dialog.open()
        return dialog

    def _preview_built(self, report: BuildReport) -> None:
        """Load the first PDF a build wrote into the Preview page."""
        pdf = next((f.path for f in report.files if f.format == "pdf"), None)
        if pdf is not None:
            self.preview.load(pdf)

    def show_page(self, index: int) -> None:
        """Show one page (``MEETING``, ``AGENDA``…) and mark it in the navigator and menu."""
        if not 0 <= index < len(PAGES):
            return
        self.pages.setCurrentIndex(index)
        self.navigator.setCurrentRow(index)
        self.page_actions[index].setChecked(True)

    def go_to(self, finding: Finding) -> None:
        """Show the page of what ``finding`` concerns, with that entry selected."""
        index = FINDING_PAGES.get(finding.kind, MEETING)
        self.show_page(index)
        page = self.pages.widget(index)
        if isinstance(page, MasterDetailPage):
            page.select_entry(finding.target_id)
            page.view.setFocus()

    def _go_to_finding(self, index: QModelIndex) -> None:
        finding = index.data(ENTRY_ROLE)
        if isinstance(finding, Finding):
            self.go_to(finding)

    def current_page(self) -> QWidget:
        """The page shown."""
        return self.pages.currentWidget()

    def show_about(self) -> None:
        """The About box: what the app does, its version and licence."""
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME}</h3><p>Version {esc(app_version())}</p>"
            "<p>Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: "
            "agenda, speaker bios, background notes and contacts. Works offline.</p>"
            "<p>MIT licence.</p>",
        )


def _packs_subtitle(meeting: Meeting, packs: int) -> str:
    if not meeting.packs:
        return "No packs defined yet: the full pack holds everything that is not internal"
    return text.count(packs, "pack")


def _action(
    window: QMainWindow,
    label: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    tip: str,
    icon: QIcon | None = None,
) -> QAction:
    """A window action with its shortcut shown in its tooltip and its tip in the status bar."""
    action = QAction(label, window)
    if icon is not None:
        action.setIcon(icon)
    if shortcut is not None:
        action.setShortcut(shortcut)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    return action
