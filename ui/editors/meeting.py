"""The meeting editor: the meeting's own fields, its contacts, linked events and further reading.

The form is laid out in titled sections (the meeting; when and where; the concept note texts;
contacts; linked events; further reading), in one column on a narrow page and in two columns on
a wide one. Every change is one undoable edit of the meeting, made by the pure functions of
:mod:`briefing.edit`: contacts, linked events and references have no ids, so an edit of one of
them replaces the meeting's whole tuple. A value the model refuses is shown in the error line,
which moves into the section where the change was made so it is seen next to the field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, QTime, Signal
from PySide6.QtGui import QIcon, QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.edit import with_fields
from briefing.errors import ValidationError
from briefing.formatting import format_date
from briefing.model import Attachment, Contact, LinkedEvent, Meeting, Reference
from briefing.scripts import is_language_tag
from ui.document import Focus, MeetingDocument
from ui.editors.base import EntryEditor, line_edit, quoted
from ui.editors.common import (
    MAX_IMAGE_BYTES,
    form_layout,
    hint_label,
    read_file,
    read_problem,
    set_tab_order,
)
from ui.editors.tables import Column, TupleSpec, TupleTable, TupleTableModel, sign_icon
from ui.widgets import DateEdit, ElidingLabel, Mode, TimeEdit, plain_label, theme_icon

MEETING_TYPES = (
    "Multistakeholder consultation",
    "Expert meeting",
    "Working group session",
    "Forum",
    "Side event",
    "Panel discussion",
    "Workshop",
    "Briefing",
    "Webinar",
)
"""Suggestions for the meeting type; any other wording may be typed."""

LANGUAGES = (
    ("en", "English"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("ar", "Arabic"),
    ("zh", "Chinese"),
    ("ru", "Russian"),
)
"""The six official UN languages (BCP-47 code, name); "Other…" takes any code."""

TWO_COLUMN_WIDTH = 1100
"""From this width on, the sections are laid out in two columns."""


# --------------------------------------------------------------------------- the small tables

CONTACTS = TupleSpec(
    field="contacts",
    noun="contact",
    plural="contacts",
    columns=(
        Column("Name", "name", "name", tip="A person or an office"),
        Column("Role", "role", "role", tip="What to contact them about"),
        Column("Email", "email", "email"),
        Column("Phone", "phone", "phone"),
        Column("Cc", "cc", "cc", "check", Mode.ResizeToContents, "Copied in (cc) on queries"),
    ),
    new_entry=lambda: Contact("New contact"),
    name=lambda contact: contact.name or contact.email,
)

LINKED_EVENTS = TupleSpec(
    field="linked_events",
    noun="linked event",
    plural="linked events",
    columns=(
        Column("Title", "title", "title"),
        Column("First day", "first_date", "first day", "date", Mode.ResizeToContents),
        Column("Last day", "last_date", "last day", "date", Mode.ResizeToContents),
        Column("Relation", "relation", "relation", tip="How the meeting relates to the event"),
        Column("Venue", "venue", "venue"),
        Column("URL", "url", "URL", tip="The event's web page, https://… (may be left empty)"),
    ),
    new_entry=lambda: LinkedEvent("New linked event"),
    name=lambda event: event.title,
)

REFERENCES = TupleSpec(
    field="references",
    noun="reference",
    plural="references",
    columns=(
        Column("Title", "title", "title"),
        Column("Description", "description", "description"),
        Column("URL", "url", "URL", tip="Where to find it (may be left empty)"),
    ),
    new_entry=lambda: Reference("New reference"),
    name=lambda reference: reference.title,
)


# --------------------------------------------------------------------------- field widgets


class OptionalValue(QWidget):
    """A date or a time that may be left unset: a check box, the editor, and a word when unset.

    ``changing`` fires while the value is being edited (commit after a pause); ``finished``
    when it is complete (Enter, focus out); ``toggled`` when the box is ticked or cleared.
    """

    changing = Signal()
    finished = Signal()
    toggled = Signal()

    def __init__(self, editor: QDateTimeEdit, name: str, unset_text: str, tip: str) -> None:
        super().__init__()
        self.editor = editor
        self.check = QCheckBox()
        self.check.setAccessibleName(f"{name} is set")
        self.check.setToolTip(tip)
        editor.setAccessibleName(name)
        editor.setMinimumWidth(editor.sizeHint().width() + 12)
        self.unset_label = plain_label(unset_text)
        self.unset_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(editor)
        layout.addWidget(self.unset_label)
        layout.addStretch(1)
        self.check.toggled.connect(self._on_toggled)
        editor.dateTimeChanged.connect(self.changing)
        editor.editingFinished.connect(self.finished)
        self._show_set(False)

    def value(self) -> Any:
        """The date or time, or None when the box is not ticked."""
        if not self.check.isChecked():
            return None
        if isinstance(self.editor, QTimeEdit):
            return self.editor.time().toPython()
        return self.editor.date().toPython()

    def set_value(self, value: Any, default: Any) -> None:
        """Show ``value`` (None: unticked, with ``default`` ready in the editor); no signals."""
        shown = value if value is not None else default
        for widget in (self.check, self.editor):
            widget.blockSignals(True)
        try:
            self.check.setChecked(value is not None)
            if isinstance(self.editor, QTimeEdit):
                self.editor.setTime(QTime(shown.hour, shown.minute))
            else:
                self.editor.setDate(QDate(shown.year, shown.month, shown.day))
        finally:
            for widget in (self.check, self.editor):
                widget.blockSignals(False)
        self._show_set(value is not None)

    def _on_toggled(self, checked: bool) -> None:
        self._show_set(checked)
        if checked:
            self.editor.setFocus()
        self.toggled.emit()

    def _show_set(self, is_set: bool) -> None:
        self.editor.setEnabled(is_set)
        self.unset_label.setVisible(not is_set)


def date_edit() -> QDateEdit:
    """A date field with a calendar to pick from: ``Thu 30 Nov 2017``."""
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
    return edit


def time_edit() -> QTimeEdit:
    """A 24-hour time field: ``10:00``."""
    edit = TimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
    return edit


_NOTHING = object()


class LogoPicker(QWidget):
    """The logo: a thumbnail, its file name and size, and Choose… and Remove buttons."""

    THUMBNAIL = QSize(120, 64)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnail = plain_label()
        self.thumbnail.setFixedSize(self.THUMBNAIL)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName("Logo preview")
        self.file_label = ElidingLabel()
        self.file_label.setAccessibleName("Logo file")
        self.choose_button = QPushButton("Choose…")
        self.choose_button.setIcon(
            theme_icon(self, "document-open", QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.choose_button.setToolTip("Choose a PNG, JPEG or GIF image for the cover sheet")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setIcon(QIcon.fromTheme("edit-delete", sign_icon(False)))
        self.remove_button.setToolTip("Print the cover sheet without a logo")
        self._lay_out()
        self._shown: object = _NOTHING
        self.set_logo(None)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.file_label)
        side.addLayout(buttons)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 1)

    def set_logo(self, logo: Attachment | None) -> None:
        """Show ``logo``, or that there is none."""
        if self._shown is not _NOTHING and logo == self._shown:
            return  # the form is filled again at every edit; decode the image only when new
        self._shown = logo
        self.remove_button.setEnabled(logo is not None)
        if logo is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText("No logo")
            self.file_label.set_full_text("The cover sheet has no logo.")
            return
        image = QImage.fromData(logo.data)
        self.thumbnail.setText("" if not image.isNull() else "Cannot show")
        self.thumbnail.setPixmap(_thumbnail(image, self.THUMBNAIL - QSize(8, 8)))
        size = f"{image.width()} × {image.height()} px · " if not image.isNull() else ""
        self.file_label.set_full_text(f"{logo.filename} ({size}{_kilobytes(logo.size)})")


def _thumbnail(image: QImage, size: QSize) -> QPixmap:
    if image.isNull():
        return QPixmap()
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QPixmap.fromImage(scaled)


def _kilobytes(size: int) -> str:
    return f"{max(1, round(size / 1024))} KB"


class LanguagePicker(QWidget):
    """One of the six UN languages, or "Other…" with a language code typed beside it."""

    chosen = Signal(str)  # the code the user chose or typed (checked by the editor)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName("Language")
        for code, name in LANGUAGES:
            self.combo.addItem(f"{name} ({code})", code)
        self.combo.addItem("Other…", "")
        self.code_edit = line_edit("Code, e.g. pt-BR", "Language code")
        self.code_edit.setToolTip("A BCP-47 language code, such as de, pt-BR or zh-Hant")
        self.code_edit.setMaxLength(35)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.code_edit, 1)
        self.combo.currentIndexChanged.connect(self._on_index)
        self.code_edit.editingFinished.connect(self._on_code)
        self.code_edit.hide()

    def set_code(self, code: str) -> None:
        """Show ``code``: a known language in the list, any other as "Other…" and the code."""
        index = self.combo.findData(code)
        other = index < 0
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.count() - 1 if other else index)
        self.combo.blockSignals(False)
        if other and not self.code_edit.isModified():
            self.code_edit.setText(code)
        self.code_edit.setVisible(other)

    def _on_index(self, index: int) -> None:
        code = str(self.combo.itemData(index) or "")
        self.code_edit.setVisible(not code)
        if not code:
            self.code_edit.setFocus()
            code = self.code_edit.text().strip()  # the other language chosen before, if any
        if code:
            self.chosen.emit(code)

    def _on_code(self) -> None:
        if self.code_edit.isModified():
            self.code_edit.setModified(False)
            self.chosen.emit(self.code_edit.text().strip())


class TextBox(QPlainTextEdit):
    """A plain-text box about ``lines`` lines high that grows into the room a page leaves."""

    def __init__(self, placeholder: str, lines: int) -> None:
        super().__init__()
        self.lines = lines
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(self._height(3))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setVerticalStretch(lines)  # a long text gets more of the room than a short one
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        """``lines`` lines of text."""
        return QSize(super().sizeHint().width(), self._height(self.lines))

    def _height(self, lines: int) -> int:
        margins = 2 * (self.frameWidth() + round(self.document().documentMargin()))
        return self.fontMetrics().lineSpacing() * lines + margins


# --------------------------------------------------------------------------- the editor


class MeetingEditor(EntryEditor):
    """The form for the meeting's own fields, its contacts, linked events and further reading."""

    part = "meeting"
    noun = "meeting"

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._section_of: dict[str, QGroupBox] = {}
        self._focus_chains: dict[QGroupBox, list[QWidget]] = {}
        self._optional_commits: list[tuple[OptionalValue, str, Any]] = []
        self.meeting_box = self._meeting_section()
        self.when_box = self._when_section()
        self.texts_box = self._texts_section()
        self.contacts_box = self._table_section("Contacts", CONTACTS)
        self.events_box = self._table_section("Linked events", LINKED_EVENTS)
        self.references_box = self._table_section("Further reading", REFERENCES)
        _align_labels(self.meeting_box, self.when_box)
        self._two_columns: bool | None = None
        self._lay_out_columns()
        self._place_error(self.meeting_box)
        document.changed.connect(self._on_changed)
        self.refresh()

    # -- sections

    def _section(self, title: str, wrap: bool = False) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = form_layout(wrap=wrap)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        self._focus_chains[box] = []
        return box, form

    def _row(
        self, box: QGroupBox, form: QFormLayout, text: str, field: QWidget, name: str = ""
    ) -> None:
        """Add a labelled row; ``name`` is the meeting field it edits (errors show in ``box``)."""
        label = QLabel(text)
        label.setBuddy(field.focusProxy() or field)
        form.addRow(label, field)
        if name:
            self._section_of[name] = box

    def _meeting_section(self) -> QGroupBox:
        box, form = self._section("The meeting")
        self._meeting_widgets()
        rows = (
            ("&Title:", self.title_edit, "title"),
            ("S&hort title:", self.short_title_edit, "short_title"),
            ("T&ype:", self.type_combo, "meeting_type"),
            ("&Organiser:", self.organiser_edit, "organiser"),
            ("Lo&go:", self.logo_picker, "logo"),
            ("&Language:", self.language_picker, "language"),
        )
        for text, widget, name in rows:
            self._row(box, form, text, widget, name)
        hint = hint_label("Printed in the running header; the title is used if empty.")
        form.insertRow(2, "", hint)
        form.labelForField(self.logo_picker).setBuddy(self.logo_picker.choose_button)
        form.labelForField(self.language_picker).setBuddy(self.language_picker.combo)
        self._focus_chains[box] = [
            *(self.title_edit, self.short_title_edit, self.type_combo, self.organiser_edit),
            *(self.logo_picker.choose_button, self.logo_picker.remove_button),
            *(self.language_picker.combo, self.language_picker.code_edit),
        ]
        return box

    def _meeting_widgets(self) -> None:
        self.title_edit = self.bind_line(line_edit("Title of the meeting"), "title", "title")
        self.short_title_edit = self.bind_line(
            line_edit("Shorter title for the running header"), "short_title", "short title"
        )
        self.type_combo = self._type_combo()
        self.organiser_edit = self.bind_line(
            line_edit("Who convenes the meeting"), "organiser", "organiser"
        )
        self.logo_picker = LogoPicker()
        self.logo_picker.setAccessibleName("Logo")
        self.logo_picker.choose_button.clicked.connect(self.choose_logo)
        self.logo_picker.remove_button.clicked.connect(self.remove_logo)
        self.language_picker = LanguagePicker()
        self.language_picker.chosen.connect(self.set_language)

    def _type_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(MEETING_TYPES)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName("Meeting type")
        combo.setToolTip("Choose a type of meeting, or type your own")
        combo.lineEdit().setPlaceholderText("Consultation, expert meeting, workshop…")
        combo.lineEdit().setAccessibleName("Meeting type")
        combo.lineEdit().setClearButtonEnabled(True)
        completer = combo.completer()
        if completer is not None:  # inline completion would commit words the user never typed
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._type_commit = self.debounced(combo, self._commit_type)
        combo.lineEdit().textEdited.connect(self._type_commit.soon)
        combo.lineEdit().editingFinished.connect(self._type_commit.now)
        combo.currentIndexChanged.connect(self._type_picked)
        return combo

    def _when_section(self) -> QGroupBox:
        box, form = self._section("When and where")
        self.first_day = self._optional(
            date_edit(), "first_date", "first day", "No date yet", "Untick if there is no date yet"
        )
        self.last_day = self._optional(
            date_edit(), "last_date", "last day", "One-day meeting", "Untick for a one-day meeting"
        )
        self.start_time = self._optional(
            time_edit(), "start", "start time", "Not set", "Untick if the start is not known"
        )
        self.end_time = self._optional(
            time_edit(), "end", "end time", "Not set", "Untick if the end is not known"
        )
        self.venue_edit = self.bind_line(line_edit("Building or site"), "venue", "venue")
        self.room_edit = self.bind_line(line_edit("Room or hall"), "room", "room")
        self.city_edit = self.bind_line(line_edit(), "city", "city")
        self.country_edit = self.bind_line(line_edit(), "country", "country")
        rows = (
            ("&First day:", self.first_day, "first_date"),
            ("Last &day:", self.last_day, "last_date"),
            ("&Starts at:", self.start_time, "start"),
            ("&Ends at:", self.end_time, "end"),
            ("&Venue:", self.venue_edit, "venue"),
            ("&Room:", self.room_edit, "room"),
            ("C&ity:", self.city_edit, "city"),
            ("Cou&ntry:", self.country_edit, "country"),
        )
        chain: list[QWidget] = []
        for text, widget, name in rows:
            self._row(box, form, text, widget, name)
            if isinstance(widget, OptionalValue):
                form.labelForField(widget).setBuddy(widget.check)
                chain += [widget.check, widget.editor]
            else:
                chain.append(widget)
        self._focus_chains[box] = chain
        return box

    def _optional(
        self, editor: QDateTimeEdit, field: str, label: str, unset_text: str, tip: str
    ) -> OptionalValue:
        widget = OptionalValue(editor, label.capitalize(), unset_text, tip)
        commit = self.debounced(widget, lambda: self._commit_optional(widget, field, label, True))
        widget.changing.connect(commit.soon)
        widget.finished.connect(commit.now)

        def toggled() -> None:
            commit.now()  # what was being typed first, as its own step
            self._commit_optional(widget, field, label, merge=False)

        widget.toggled.connect(toggled)
        self._optional_commits.append((widget, field, commit))
        return widget

    def _texts_section(self) -> QGroupBox:
        box, form = self._section("Concept note", wrap=True)
        box.layout().insertWidget(
            0,
            hint_label(
                "Plain text, printed as typed. A blank line starts a new paragraph; "
                "a line starting with “- ” is a bullet point."
            ),
        )
        texts = (
            ("&Background:", "background", "Why the meeting is held: the context, the issues", 12),
            ("&Aims:", "aims", "What the meeting is to achieve", 9),
            ("Logisti&cs:", "logistics", "Registration, badges, interpretation, coffee…", 5),
            ("Ac&knowledgements:", "acknowledgements", "Sponsors and partners to thank", 4),
        )
        self.text_boxes: dict[str, QPlainTextEdit] = {}
        for text, name, placeholder, lines in texts:
            edit = self.bind_text(TextBox(placeholder, lines), name, name)
            self.text_boxes[name] = edit
            self._row(box, form, text, edit, name)
        self._focus_chains[box] = list(self.text_boxes.values())
        return box

    def _table_section(self, title: str, spec: TupleSpec) -> QGroupBox:
        box, form = self._section(title)
        model = TupleTableModel(
            spec,
            lambda rows, text: self._apply_rows(spec, rows, text),
            lambda problem: self._refuse(box, problem),
            self,
        )
        table = TupleTable(model)
        box.layout().addWidget(table)
        box.layout().removeItem(form)
        self._section_of[spec.field] = box
        self._focus_chains[box] = table.focus_chain()
        setattr(self, f"{spec.field}_table", table)
        return box

    # -- one column or two

    def _lay_out_columns(self) -> None:
        self._left = QVBoxLayout()
        self._right = QVBoxLayout()
        self._columns = QHBoxLayout(self.body)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.setSpacing(12)
        self._columns.addLayout(self._left, 1)
        self._columns.addLayout(self._right, 0)
        self._arrange(False)

    def _arrange(self, two_columns: bool) -> None:
        """Put the sections in one column, or in two on a wide page (and set the tab order)."""
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        # Wide: the facts on the left, the long texts of the concept note on the right.
        facts = [self.meeting_box, self.when_box, self.contacts_box]
        facts += [self.events_box, self.references_box]
        left, right = (facts, [self.texts_box]) if two_columns else (self._reading_order(), [])
        _fill_column(self._left, left, stretch=True)
        _fill_column(self._right, right, stretch=False)
        self._columns.setStretch(1, 1 if two_columns else 0)
        self._chain_focus([*left, *right])

    def _reading_order(self) -> list[QGroupBox]:
        return [
            self.meeting_box,
            self.when_box,
            self.texts_box,
            self.contacts_box,
            self.events_box,
            self.references_box,
        ]

    def _chain_focus(self, boxes: list[QGroupBox]) -> None:
        set_tab_order([widget for box in boxes for widget in self._focus_chains[box]])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns of sections when the page is wide enough."""
        self._arrange(event.size().width() >= TWO_COLUMN_WIDTH)
        super().resizeEvent(event)

    def is_two_columns(self) -> bool:
        """Whether the sections are laid out in two columns now."""
        return bool(self._two_columns)

    # -- filling from the meeting

    def fill(self, entry: Any) -> None:
        """Show what the bound fields do not: type, logo, language, dates, times, tables."""
        meeting: Meeting = entry
        self._fill_type(meeting.meeting_type)
        self.logo_picker.set_logo(meeting.logo)
        self.language_picker.set_code(meeting.language)
        self._fill_when(meeting)
        for spec in (CONTACTS, LINKED_EVENTS, REFERENCES):
            self.table(spec).model.set_rows(getattr(meeting, spec.field))

    def _fill_type(self, value: str) -> None:
        if self._type_commit.pending() or self.type_combo.currentText() == value:
            return
        self.type_combo.blockSignals(True)
        try:
            self.type_combo.setCurrentIndex(self.type_combo.findText(value))
            self.type_combo.setEditText(value)
        finally:
            self.type_combo.blockSignals(False)

    def _fill_when(self, meeting: Meeting) -> None:
        defaults = _unset_defaults(meeting)
        for widget, field, commit in self._optional_commits:
            if not commit.pending():  # never overwrite what the user is changing
                widget.set_value(getattr(meeting, field), defaults[field])

    def _on_changed(self, focus: Focus | None) -> None:
        if focus is None:  # another meeting: a problem with the last one is no longer news
            self.error_line.show_problem("")

    def table(self, spec: TupleSpec) -> TupleTable:
        """The table editing ``spec``'s tuple (CONTACTS, LINKED_EVENTS or REFERENCES)."""
        return getattr(self, f"{spec.field}_table")

    # -- applying changes

    def show_problem(self, text: str, field: str = "") -> None:
        """Say it at the top of the section of the changed field, where the user is looking."""
        self._refuse(self._section_of.get(field, self.meeting_box), text)

    def _refuse(self, box: QGroupBox, problem: str) -> None:
        self._place_error(box)
        self.error_line.show_problem(problem)

    def _place_error(self, box: QGroupBox) -> None:
        """Show the error line at the top of ``box``, where the user is looking."""
        layout = box.layout()
        if layout.indexOf(self.error_line) == 0:
            return
        holder = self.error_line.parentWidget()
        if holder is not None and holder.layout() is not None:
            holder.layout().removeWidget(self.error_line)
        layout.insertWidget(0, self.error_line)

    def _apply_rows(self, spec: TupleSpec, rows: tuple[Any, ...], text: str) -> bool:
        box = self._section_of[spec.field]
        try:
            after = with_fields(self.document.meeting, **{spec.field: rows})
        except ValidationError as exc:
            self._refuse(box, f"The {spec.plural} were not changed: {exc.problem}.")
            return False
        self._refuse(box, "")
        return self.apply(after, text, spec.field)

    def _commit_type(self) -> None:
        text = self.type_combo.currentText()
        self.commit({"meeting_type": text}, "meeting type", "meeting_type")

    def _type_picked(self, _index: int) -> None:
        self._type_commit.soon()
        self._type_commit.now()

    def _commit_optional(self, widget: OptionalValue, field: str, label: str, merge: bool) -> None:
        value = widget.value()
        problem = self._date_order_problem(field, value)
        if problem:
            self._refuse(self._section_of[field], f"The {label} was not changed: {problem}.")
            return
        title = quoted(self.document.meeting.title)
        text = f"Edit {label} of {title}" if value is not None else f"Clear {label} of {title}"
        self.commit({field: value}, label, field, merge, text)

    def _date_order_problem(self, field: str, value: Any) -> str:
        """Why a first or last day would put the last day before the first (else "")."""
        meeting = self.document.meeting
        first = value if field == "first_date" else meeting.first_date
        last = value if field == "last_date" else meeting.last_date
        if field not in ("first_date", "last_date") or first is None or last is None:
            return ""
        if last >= first:
            return ""
        return (
            f"the last day ({format_date(last)}) would come before "
            f"the first day ({format_date(first)})"
        )

    # -- logo and language

    def choose_logo(self) -> None:
        """Ask for an image file and make it the logo."""
        path, _filter = QFileDialog.getOpenFileName(
            self, "Choose a logo", "", "Images (*.png *.jpg *.jpeg *.gif);;All files (*)"
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Make the image at ``path`` the logo; a file that is not one is refused, named."""
        box = self._section_of["logo"]
        try:
            data = read_file(path, MAX_IMAGE_BYTES)  # a FIFO or a device would freeze the window
        except (OSError, ValueError) as exc:
            self._refuse(box, f"The logo was not changed: {read_problem(path, exc)}.")
            return False
        logo = Attachment(path.name, data)
        if not self._check_logo(logo, box):
            return False
        text = f"Set logo {quoted(logo.filename)}"
        return self.commit({"logo": logo}, "logo", "logo", merge=False, text=text)

    def _check_logo(self, logo: Attachment, box: QGroupBox) -> bool:
        try:
            with_fields(self.document.meeting, logo=logo)
        except ValidationError as exc:
            self._refuse(box, f"The logo was not changed: {exc.problem}.")
            return False
        if QImage.fromData(logo.data).isNull():
            problem = f"‘{logo.filename}’ cannot be read as an image; it may be damaged"
            self._refuse(box, f"The logo was not changed: {problem}.")
            return False
        return True

    def remove_logo(self) -> None:
        """Print the cover sheet without a logo."""
        logo = self.document.meeting.logo
        if logo is not None:
            text = f"Remove logo {quoted(logo.filename)}"
            self.commit({"logo": None}, "logo", "logo", merge=False, text=text)

    def set_language(self, code: str) -> bool:
        """Make ``code`` (``en``, ``fr``, ``pt-BR``…) the meeting's language, if it is one."""
        if not is_language_tag(code):
            example = "type a code such as ‘de’ or ‘pt-BR’"
            what = f"‘{code}’ is not a language code" if code else "no language code was given"
            self._refuse(
                self._section_of["language"], f"The language was not changed: {what}; {example}."
            )
            return False
        return self.commit({"language": code}, "language", "language", merge=False)


def _align_labels(*boxes: QGroupBox) -> None:
    """Give the labels of several forms one width, so their fields line up."""
    labels = [
        label
        for box in boxes
        for label in box.findChildren(QLabel)
        if isinstance(label.buddy(), QWidget)
    ]
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _unset_defaults(meeting: Meeting) -> dict[str, Any]:
    """What an unset date or time offers when ticked: today, the next day, a morning."""
    first = meeting.first_date or dt.date.today()
    start = meeting.start or dt.time(9, 0)
    return {
        "first_date": first,
        "last_date": first + dt.timedelta(days=1),
        "start": dt.time(9, 0),
        "end": dt.time(min(start.hour + 3, 23), start.minute),
    }


def _fill_column(layout: QVBoxLayout, boxes: list[QGroupBox], stretch: bool) -> None:
    """Put ``boxes`` in ``layout``; without ``stretch`` the last one takes the room left."""
    while layout.count():
        layout.takeAt(0)
    for box in boxes:
        layout.addWidget(box)
    if stretch:
        layout.addStretch(1)
