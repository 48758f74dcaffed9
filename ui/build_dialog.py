"""The Build dialog: choose a pack, formats and folder, build in the background, see what was written.

Every text shown here (step names, file names, problems) is plain text: a note called
``Smith & <Co>`` shows literally.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.build import BuildReport, BuildRequest, BuiltFile
from briefing.checks import Finding, Severity, check_meeting
from briefing.model import Meeting, PackKind
from briefing.render.base import PackPasswords
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate
from ui.passwords import PasswordsGroup
from ui.rich import plain_tooltip
from ui.tasks import BuildTask
from ui.text import sentence

FORMATS = (
    ("pdf", QT_TRANSLATE_NOOP("BuildDialog", "&PDF")),
    ("docx", QT_TRANSLATE_NOOP("BuildDialog", "&DOCX")),
)


def default_output_dir(meeting: Meeting) -> Path:
    """Where packs go unless the user picks another folder: ~/Briefing packs/<meeting>."""
    return Path.home() / "Briefing packs" / meeting.file_stem


_FINDING_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
}


def _findings_line(findings: list[Finding]) -> str:
    """The line above the lists before a build: what the checks found."""
    if not findings:
        return translate("BuildDialog", "The checks found nothing to fix in this pack.")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    if not errors:
        return translate(
            "BuildDialog",
            "The checks found %n warning(s) in this pack (listed below); you can still build.",
            None,
            warnings,
        )
    error_count = translate("BuildDialog", "%n error(s)", None, errors)
    if not warnings:
        line = translate(
            "BuildDialog", "The checks found {errors} in this pack (listed below); fix them first."
        )
        return line.format(errors=error_count)
    warning_count = translate("BuildDialog", "%n warning(s)", None, warnings)
    line = translate(
        "BuildDialog",
        "The checks found {errors} and {warnings} in this pack (listed below); "
        "fix the errors first.",
    )
    return line.format(errors=error_count, warnings=warning_count)


def file_line(built: BuiltFile) -> str:
    """One line of the files list: the name, the format and, for PDFs, the pages."""
    if built.format == "pdf":
        pages = built.pages  # a plain name: the extractor skips a count it cannot read
        line = translate("BuildDialog", "{file} — %n page(s)", None, pages)
        return line.format(file=built.path.name)
    line = translate("BuildDialog", "{file} — {format}")
    return line.format(file=built.path.name, format=built.format.upper())


class BuildDialog(QDialog):
    """Builds packs of one meeting snapshot in the background and lists the files written."""

    def __init__(
        self, meeting: Meeting, parent: QWidget | None = None, pack_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting  # immutable: the snapshot every build of this dialog uses
        self.task = BuildTask(self)
        self._close_when_done = False
        self._passwords = PackPasswords()  # those of the last build started, in memory only
        self.setWindowTitle(
            translate("BuildDialog", "Build packs — {meeting}").format(
                meeting=meeting.display_title
            )
        )
        self._build_inputs()
        self._build_results()
        self._build_buttons()
        self._connect()
        self._set_running(False)
        self._choose_pack(pack_id)
        # At least 560 px wide, and never narrower than its texts need: a minimum width below
        # the layout's would override it and cut longer translations off.
        self.setMinimumWidth(max(560, self.minimumSizeHint().width()))

    # -- layout

    def _build_inputs(self) -> None:
        self.pack_combo = QComboBox()
        self.pack_combo.setAccessibleName(translate("BuildDialog", "Pack"))
        self.pack_combo.setToolTip(translate("BuildDialog", "The pack definition to build"))
        for pack in self.meeting.pack_definitions():
            self.pack_combo.addItem(pack.name, pack.id)
        self.format_boxes = {
            key: QCheckBox(translate("BuildDialog", label)) for key, label in FORMATS
        }
        self.format_boxes["pdf"].setChecked(True)
        formats = QHBoxLayout()
        for key, box in self.format_boxes.items():
            tip = translate("BuildDialog", "Write a {format} file of each pack")
            box.setToolTip(tip.format(format=key.upper()))
            formats.addWidget(box)
        formats.addStretch(1)
        self.per_session_box = QCheckBox(translate("BuildDialog", "Per-&session packs"))
        self.per_session_box.setToolTip(
            translate("BuildDialog", "Also write one moderator brief per agenda session")
        )
        self.allow_missing_box = QCheckBox(
            translate("BuildDialog", "Build &even if some characters cannot be drawn")
        )
        self.allow_missing_box.setToolTip(
            translate(
                "BuildDialog",
                "Characters no pack font can draw are left out of the PDF; "
                "without this, they stop the build",
            )
        )
        self.folder_edit = QLineEdit(str(default_output_dir(self.meeting)))
        self.folder_edit.setAccessibleName(translate("BuildDialog", "Output folder"))
        self.browse_button = QPushButton(translate("BuildDialog", "B&rowse…"))
        self.browse_button.setToolTip(
            translate("BuildDialog", "Choose the folder the packs are written to")
        )
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(translate("BuildDialog", "P&ack:"), self.pack_combo)
        form.addRow(translate("BuildDialog", "Formats:"), formats)
        form.addRow("", self.per_session_box)
        form.addRow("", self.allow_missing_box)
        folder_label = QLabel(translate("BuildDialog", "&Output folder:"))
        folder_label.setBuddy(self.folder_edit)  # a row of a layout gets no buddy by itself
        form.addRow(folder_label, folder)
        self.passwords_group = PasswordsGroup()
        self.format_boxes["pdf"].toggled.connect(self._update_passwords_group)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(form)
        self._layout.addWidget(self.passwords_group)

    def _build_results(self) -> None:
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(translate("BuildDialog", "Build progress"))
        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_label.setWordWrap(True)
        self.files_list = QListWidget()
        self.files_list.setAccessibleName(translate("BuildDialog", "Files written"))
        self.messages_list = QListWidget()
        self.messages_list.setAccessibleName(translate("BuildDialog", "Problems and warnings"))
        self.messages_list.setWordWrap(True)
        for widget in (self.progress_bar, self.step_label):
            self._layout.addWidget(widget)
        self._layout.addWidget(QLabel(translate("BuildDialog", "Files written:")))
        self._layout.addWidget(self.files_list, 2)
        self._layout.addWidget(QLabel(translate("BuildDialog", "Problems and warnings:")))
        self._layout.addWidget(self.messages_list, 1)

    def _build_buttons(self) -> None:
        self.open_folder_button = QPushButton(translate("BuildDialog", "Open &folder"))
        self.open_folder_button.setToolTip(
            translate("BuildDialog", "Show the output folder in the file manager")
        )
        self.build_button = QPushButton(translate("BuildDialog", "&Build"))
        self.build_button.setDefault(True)
        self.build_button.setToolTip(
            translate("BuildDialog", "Build the pack in the background (the window stays usable)")
        )
        self.cancel_button = QPushButton(translate("BuildDialog", "Close"))
        row = QHBoxLayout()
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        row.addWidget(self.build_button)
        row.addWidget(self.cancel_button)
        self._layout.addLayout(row)

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self.browse)
        self.build_button.clicked.connect(self.start_build)
        self.cancel_button.clicked.connect(self.reject)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.pack_combo.currentIndexChanged.connect(self._take_pack_options)
        self.files_list.itemActivated.connect(self._open_file)

    def _choose_pack(self, pack_id: str | None) -> None:
        index = self.pack_combo.findData(pack_id) if pack_id is not None else -1
        self.pack_combo.setCurrentIndex(max(index, 0))
        self._take_pack_options()

    def _show_findings(self) -> None:
        """List what the checks found in the chosen pack: the user sees it before sending."""
        pack = self.meeting.pack_definitions()[max(self.pack_combo.currentIndex(), 0)]
        findings = [f for f in check_meeting(self.meeting, pack) if f.severity is not Severity.INFO]
        for finding in findings:
            icon = _FINDING_ICONS[finding.severity]
            message = sentence(core_text(finding.message)).rstrip()
            end = "" if message.endswith((".", "!", "?", "。", "؟")) else "."
            line = f"{message}{end} {sentence(core_text(finding.advice))}"
            item = QListWidgetItem(self.style().standardIcon(icon), line)
            item.setToolTip(plain_tooltip(line))
            self.messages_list.addItem(item)
        if not self.task.is_running() and not self.files_list.count():
            self.step_label.setText(_findings_line(findings))

    @Slot()
    def _take_pack_options(self) -> None:
        """The formats and per-session choice start as the pack's own; its findings are listed."""
        self.messages_list.clear()
        self._show_findings()
        pack = self.meeting.pack_definitions()[max(self.pack_combo.currentIndex(), 0)]
        for key, box in self.format_boxes.items():
            box.setChecked(key in pack.options.formats)
        per_session = pack.kind is PackKind.PER_SESSION
        self.per_session_box.setChecked(per_session)
        self.per_session_box.setEnabled(not per_session and not self.task.is_running())

    # -- what the user asks

    def output_dir(self) -> Path:
        """The folder typed or chosen, with ``~`` expanded."""
        return Path(self.folder_edit.text().strip()).expanduser()

    def request(self) -> BuildRequest:
        """The build the inputs describe."""
        pack = self.meeting.pack_definitions()[max(self.pack_combo.currentIndex(), 0)]
        formats = tuple(key for key, box in self.format_boxes.items() if box.isChecked())
        per_session = self.per_session_box.isChecked() or pack.kind is PackKind.PER_SESSION
        # Only PDF packs take passwords: a DOCX-only build ignores the (greyed) group.
        passwords = self.passwords_group.passwords() if "pdf" in formats else PackPasswords()
        return BuildRequest(
            pack,
            self.output_dir(),
            formats,
            per_session=per_session,
            allow_missing_glyphs=self.allow_missing_box.isChecked(),
            passwords=passwords,
        )

    def open_password(self) -> str:
        """The open password of the PDF packs of the last build started (to preview them)."""
        return self._passwords.open

    @Slot()
    def browse(self) -> None:
        """Ask for the output folder."""
        title = translate("BuildDialog", "Output folder")
        folder = QFileDialog.getExistingDirectory(self, title, self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def start_build(self) -> None:
        """Start building in the background, unless a build is running or the input is wrong."""
        if self.task.is_running():
            return
        problem = self._input_problem()
        self.files_list.clear()
        self.messages_list.clear()
        if problem:
            self._show_problems(problem)
            return
        self._show_findings()
        self.progress_bar.setRange(0, 0)  # busy until the first step says how many
        self.step_label.setText(translate("BuildDialog", "Starting…"))
        self._set_running(True)
        request = self.request()
        self._passwords = request.passwords
        self.task.start(self.meeting, request)

    def _input_problem(self) -> str:
        if not any(box.isChecked() for box in self.format_boxes.values()):
            return translate("BuildDialog", "Choose at least one format (PDF or DOCX).")
        if not self.folder_edit.text().strip():
            return translate("BuildDialog", "Choose an output folder.")
        blocking = next(
            (p for p in (self.output_dir(), *self.output_dir().parents) if p.is_file()), None
        )
        if blocking is not None:
            problem = translate(
                "BuildDialog", "{path} is a file, not a folder: choose another output folder."
            )
            return problem.format(path=blocking)
        return self.passwords_group.problem() if self.format_boxes["pdf"].isChecked() else ""

    def _open_file(self, item: QListWidgetItem) -> None:
        """Open a file written (double-click or Enter) in the program the system uses for it."""
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def open_folder(self) -> None:
        """Show the output folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output_dir())))

    def reject(self) -> None:
        """Cancel a running build (the dialog closes when it has stopped), else close."""
        if self.task.is_running():
            self._close_when_done = True
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.step_label.setText(translate("BuildDialog", "Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window while building cancels the build first."""
        if self.task.is_running():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # -- what the build reports

    @Slot(str, int, int)
    def _on_progress(self, text: str, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        self.step_label.setText(text)

    @Slot(object)
    def _on_finished(self, report: BuildReport) -> None:
        self._set_running(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.step_label.setText(self._done_text(len(report.files)))
        for built in report.files:
            item = QListWidgetItem(file_line(built))
            item.setToolTip(str(built.path))
            item.setData(Qt.ItemDataRole.UserRole, str(built.path))
            self.files_list.addItem(item)
        warnings = [core_text(warning) for warning in report.warnings]
        self._add_messages(warnings, QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.open_folder_button.setEnabled(True)
        self._maybe_close()

    def _done_text(self, count: int) -> str:
        """``Done: 3 files written.``, and whether the PDF files are restricted by password."""
        if self._passwords:
            done = translate(
                "BuildDialog",
                "Done: %n file(s) written. The PDF files are restricted by password.",
                None,
                count,
            )
        else:
            done = translate("BuildDialog", "Done: %n file(s) written.", None, count)
        return done

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.step_label.setText(translate("BuildDialog", "Nothing was built:"))
        self._show_problems(message)
        self._maybe_close()

    @Slot()
    def _on_cancelled(self) -> None:
        self._set_running(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.step_label.setText(translate("BuildDialog", "Cancelled: nothing was written."))
        self._maybe_close()

    def _show_problems(self, message: str) -> None:
        self._add_messages(message.splitlines(), QStyle.StandardPixmap.SP_MessageBoxCritical)

    def _add_messages(self, lines: list[str], icon: QStyle.StandardPixmap) -> None:
        for line in lines:
            if line.strip():
                self.messages_list.addItem(QListWidgetItem(self.style().standardIcon(icon), line))

    def _maybe_close(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    @Slot(bool)
    def _update_passwords_group(self, pdf: bool) -> None:
        """The passwords restrict PDF packs only: the group is greyed when no PDF is built."""
        self.passwords_group.setEnabled(pdf)  # the format boxes change only between builds

    def _set_running(self, running: bool) -> None:
        inputs = (self.pack_combo, self.per_session_box, self.allow_missing_box, self.folder_edit)
        for widget in (*inputs, self.browse_button):
            widget.setEnabled(not running)
        self.passwords_group.setEnabled(not running and self.format_boxes["pdf"].isChecked())
        for box in self.format_boxes.values():
            box.setEnabled(not running)
        if self.pack_combo.count():  # a per-session pack is always per session
            pack = self.meeting.pack_definitions()[max(self.pack_combo.currentIndex(), 0)]
            self.per_session_box.setEnabled(not running and pack.kind is not PackKind.PER_SESSION)
        self.build_button.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        if running:
            self.cancel_button.setText(translate("BuildDialog", "Cancel"))
            self.cancel_button.setToolTip(
                translate("BuildDialog", "Stop the build; nothing is written")
            )
        else:
            self.cancel_button.setText(translate("BuildDialog", "Close"))
            self.cancel_button.setToolTip(translate("BuildDialog", "Close this window"))
        self.open_folder_button.setEnabled(not running and self.output_dir().is_dir())
