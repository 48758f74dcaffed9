"""The meeting editor: the meeting's own fields, its contacts, linked events and further reading.

The form is laid out in titled sections (the meeting; when and where; the concept note texts;
contacts; linked events; further reading), in one column on a narrow page and in two columns on
a wide one. Every change is one undoable edit of the meeting, made by the pure functions of
:mod:`briefing.edit`: contacts, linked events and references have no ids, so an edit of one of
them replaces the meeting's whole tuple. A value the model refuses is shown in the error line,
which moves into the section where the change was made so it is seen next to the field.
"""

from __future__ import annotations

import dataclasses
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
    QLineEdit,
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
from ui.editors.tables import (
    Column,
    TableTexts,
    TupleSpec,
    TupleTable,
    TupleTableModel,
    sign_icon,
)
from ui.i18n import QT_TRANSLATE_NOOP, translate, window_language
from ui.widgets import (
    DateEdit,
    ElidingLabel,
    Mode,
    TimeEdit,
    date_display_format,
    plain_label,
    theme_icon,
)

MEETING_TYPES = (
    QT_TRANSLATE_NOOP("MeetingEditor", "Multistakeholder consultation"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Expert meeting"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Working group session"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Forum"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Side event"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Panel discussion"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Workshop"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Briefing"),
    QT_TRANSLATE_NOOP("MeetingEditor", "Webinar"),
)
"""Suggestions for the meeting type, offered in the window's language; any other wording may
be typed (what is chosen is the meeting's own text from then on)."""

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("LanguagePicker", "English")),
    ("fr", QT_TRANSLATE_NOOP("LanguagePicker", "French")),
    ("es", QT_TRANSLATE_NOOP("LanguagePicker", "Spanish")),
    ("ar", QT_TRANSLATE_NOOP("LanguagePicker", "Arabic")),
    ("zh", QT_TRANSLATE_NOOP("LanguagePicker", "Chinese")),
    ("ru", QT_TRANSLATE_NOOP("LanguagePicker", "Russian")),
)
"""The six official UN languages (BCP-47 code, name); "Other…" takes any code."""

TWO_COLUMN_WIDTH = 1100
"""From this width on, the sections are laid out in two columns."""


# --------------------------------------------------------------------------- the small tables

CONTACTS = TupleSpec(
    field="contacts",
    context="MeetingEditor",
    texts=TableTexts(
        title=QT_TRANSLATE_NOOP("MeetingEditor", "Contacts"),
        empty=QT_TRANSLATE_NOOP("MeetingEditor", "No contacts yet. Click Add to add one."),
        add_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Add a contact"),
        remove_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Remove the selected contact"),
        up_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Move the selected contact up"),
        down_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Move the selected contact down"),
        added=QT_TRANSLATE_NOOP("MeetingEditor", "Add contact"),
        removed=QT_TRANSLATE_NOOP("MeetingEditor", "Remove contact {name}"),
        moved_up=QT_TRANSLATE_NOOP("MeetingEditor", "Move contact {name} up"),
        moved_down=QT_TRANSLATE_NOOP("MeetingEditor", "Move contact {name} down"),
        refused=QT_TRANSLATE_NOOP("MeetingEditor", "The contacts were not changed: {problem}."),
    ),
    columns=(
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Name"),
            "name",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit name of contact {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The name of contact {name} was not changed: {problem}."
            ),
            tip=QT_TRANSLATE_NOOP("MeetingEditor", "A person or an office"),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Role"),
            "role",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit role of contact {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The role of contact {name} was not changed: {problem}."
            ),
            tip=QT_TRANSLATE_NOOP("MeetingEditor", "What to contact them about"),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Email"),
            "email",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit email of contact {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The email of contact {name} was not changed: {problem}."
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Phone"),
            "phone",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit phone of contact {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The phone of contact {name} was not changed: {problem}."
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Cc"),
            "cc",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit cc of contact {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The cc of contact {name} was not changed: {problem}."
            ),
            "check",
            Mode.ResizeToContents,
            QT_TRANSLATE_NOOP("MeetingEditor", "Copied in (cc) on queries"),
        ),
    ),
    new_entry=lambda: Contact(translate("MeetingEditor", "New contact")),
    name=lambda contact: contact.name or contact.email,
)

LINKED_EVENTS = TupleSpec(
    field="linked_events",
    context="MeetingEditor",
    texts=TableTexts(
        title=QT_TRANSLATE_NOOP("MeetingEditor", "Linked events"),
        empty=QT_TRANSLATE_NOOP("MeetingEditor", "No linked events yet. Click Add to add one."),
        add_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Add a linked event"),
        remove_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Remove the selected linked event"),
        up_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Move the selected linked event up"),
        down_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Move the selected linked event down"),
        added=QT_TRANSLATE_NOOP("MeetingEditor", "Add linked event"),
        removed=QT_TRANSLATE_NOOP("MeetingEditor", "Remove linked event {name}"),
        moved_up=QT_TRANSLATE_NOOP("MeetingEditor", "Move linked event {name} up"),
        moved_down=QT_TRANSLATE_NOOP("MeetingEditor", "Move linked event {name} down"),
        refused=QT_TRANSLATE_NOOP(
            "MeetingEditor", "The linked events were not changed: {problem}."
        ),
    ),
    columns=(
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Title"),
            "title",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit title of linked event {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The title of linked event {name} was not changed: {problem}."
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "First day"),
            "first_date",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit first day of linked event {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor",
                "The first day of linked event {name} was not changed: {problem}.",
            ),
            "date",
            Mode.ResizeToContents,
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Last day"),
            "last_date",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit last day of linked event {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor",
                "The last day of linked event {name} was not changed: {problem}.",
            ),
            "date",
            Mode.ResizeToContents,
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Relation"),
            "relation",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit relation of linked event {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor",
                "The relation of linked event {name} was not changed: {problem}.",
            ),
            tip=QT_TRANSLATE_NOOP("MeetingEditor", "How the meeting relates to the event"),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Venue"),
            "venue",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit venue of linked event {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The venue of linked event {name} was not changed: {problem}."
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "URL"),
            "url",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit URL of linked event {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The URL of linked event {name} was not changed: {problem}."
            ),
            tip=QT_TRANSLATE_NOOP(
                "MeetingEditor", "The event's web page, https://… (may be left empty)"
            ),
        ),
    ),
    new_entry=lambda: LinkedEvent(translate("MeetingEditor", "New linked event")),
    name=lambda event: event.title,
)

REFERENCES = TupleSpec(
    field="references",
    context="MeetingEditor",
    texts=TableTexts(
        title=QT_TRANSLATE_NOOP("MeetingEditor", "References"),
        empty=QT_TRANSLATE_NOOP("MeetingEditor", "No references yet. Click Add to add one."),
        add_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Add a reference"),
        remove_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Remove the selected reference"),
        up_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Move the selected reference up"),
        down_tip=QT_TRANSLATE_NOOP("MeetingEditor", "Move the selected reference down"),
        added=QT_TRANSLATE_NOOP("MeetingEditor", "Add reference"),
        removed=QT_TRANSLATE_NOOP("MeetingEditor", "Remove reference {name}"),
        moved_up=QT_TRANSLATE_NOOP("MeetingEditor", "Move reference {name} up"),
        moved_down=QT_TRANSLATE_NOOP("MeetingEditor", "Move reference {name} down"),
        refused=QT_TRANSLATE_NOOP("MeetingEditor", "The references were not changed: {problem}."),
    ),
    columns=(
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Title"),
            "title",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit title of reference {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The title of reference {name} was not changed: {problem}."
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "Description"),
            "description",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit description of reference {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor",
                "The description of reference {name} was not changed: {problem}.",
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingEditor", "URL"),
            "url",
            QT_TRANSLATE_NOOP("MeetingEditor", "Edit URL of reference {name}"),
            QT_TRANSLATE_NOOP(
                "MeetingEditor", "The URL of reference {name} was not changed: {problem}."
            ),
            tip=QT_TRANSLATE_NOOP("MeetingEditor", "Where to find it (may be left empty)"),
        ),
    ),
    new_entry=lambda: Reference(translate("MeetingEditor", "New reference")),
    name=lambda reference: reference.title,
)


# --------------------------------------------------------------------------- field widgets


@dataclasses.dataclass(frozen=True)
class OptionalTexts:
    """What an optional date or time says, in the window's language: its name, its check box's
    name and tooltip, the word shown when it is unset, and its undo and refusal texts (with
    ``{title}``, the meeting's, and ``{problem}``)."""

    name: str  # "First day"
    is_set: str  # "First day is set"
    unset: str  # "No date yet"
    tip: str  # "Untick if there is no date yet"
    label: str  # "first day": names the field where a refusal is worded for it
    edited: str  # "Edit first day of {title}"
    cleared: str  # "Clear first day of {title}"
    refused: str  # "The first day was not changed: {problem}."


class OptionalValue(QWidget):
    """A date or a time that may be left unset: a check box, the editor, and a word when unset.

    ``changing`` fires while the value is being edited (commit after a pause); ``finished``
    when it is complete (Enter, focus out); ``toggled`` when the box is ticked or cleared.
    """

    changing = Signal()
    finished = Signal()
    toggled = Signal()

    def __init__(self, editor: QDateTimeEdit, texts: OptionalTexts) -> None:
        super().__init__()
        self.editor = editor
        self.texts = texts
        self.check = QCheckBox()
        self.check.setAccessibleName(texts.is_set)
        self.check.setToolTip(texts.tip)
        editor.setAccessibleName(texts.name)
        editor.setMinimumWidth(editor.sizeHint().width() + 12)
        self.unset_label = plain_label(texts.unset)
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
    edit.setDisplayFormat(date_display_format())
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
        self.thumbnail.setAccessibleName(translate("LogoPicker", "Logo preview"))
        self.file_label = ElidingLabel()
        self.file_label.setAccessibleName(translate("LogoPicker", "Logo file"))
        self.choose_button = QPushButton(translate("LogoPicker", "Choose…"))
        self.choose_button.setIcon(
            theme_icon(self, "document-open", QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.choose_button.setToolTip(
            translate("LogoPicker", "Choose a PNG, JPEG or GIF image for the cover sheet")
        )
        self.remove_button = QPushButton(translate("LogoPicker", "Remove"))
        self.remove_button.setIcon(QIcon.fromTheme("edit-delete", sign_icon(False)))
        self.remove_button.setToolTip(
            translate("LogoPicker", "Print the cover sheet without a logo")
        )
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
            self.thumbnail.setText(translate("LogoPicker", "No logo"))
            self.file_label.set_full_text(translate("LogoPicker", "The cover sheet has no logo."))
            return
        image = QImage.fromData(logo.data)
        self.thumbnail.setText("" if not image.isNull() else translate("LogoPicker", "Cannot show"))
        self.thumbnail.setPixmap(_thumbnail(image, self.THUMBNAIL - QSize(8, 8)))
        self.file_label.set_full_text(_logo_description(logo, image))


def _thumbnail(image: QImage, size: QSize) -> QPixmap:
    if image.isNull():
        return QPixmap()
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QPixmap.fromImage(scaled)


def _logo_description(logo: Attachment, image: QImage) -> str:
    """``logo.png (240 × 120 px · 12 KB)``; without the size in pixels if it cannot be shown."""
    kilobytes = str(max(1, round(logo.size / 1024)))
    if image.isNull():
        text = translate("LogoPicker", "{file} ({kilobytes} KB)")
        return text.format(file=logo.filename, kilobytes=kilobytes)
    text = translate("LogoPicker", "{file} ({width} × {height} px · {kilobytes} KB)")
    return text.format(
        file=logo.filename, width=image.width(), height=image.height(), kilobytes=kilobytes
    )


class LanguagePicker(QWidget):
    """One of the six UN languages, or "Other…" with a language code typed beside it."""

    chosen = Signal(str)  # the code the user chose or typed (checked by the editor)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("LanguagePicker", "Language"))
        for code, name in LANGUAGES:
            self.combo.addItem(_language_item(name, code), code)
        self.combo.addItem(translate("LanguagePicker", "Other…"), "")
        self.code_edit = line_edit(
            translate("LanguagePicker", "Code, e.g. pt-BR"),
            translate("LanguagePicker", "Language code"),
        )
        self.code_edit.setToolTip(
            translate("LanguagePicker", "A BCP-47 language code, such as de, pt-BR or zh-Hant")
        )
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
        self.contacts_box = self._table_section(translate("MeetingEditor", "Contacts"), CONTACTS)
        self.events_box = self._table_section(
            translate("MeetingEditor", "Linked events"), LINKED_EVENTS
        )
        self.references_box = self._table_section(
            translate("MeetingEditor", "Further reading"), REFERENCES
        )
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
        box, form = self._section(translate("MeetingEditor", "The meeting"))
        self._meeting_widgets()
        rows = (
            (translate("MeetingEditor", "&Title:"), self.title_edit, "title"),
            (translate("MeetingEditor", "S&hort title:"), self.short_title_edit, "short_title"),
            (translate("MeetingEditor", "T&ype:"), self.type_combo, "meeting_type"),
            (translate("MeetingEditor", "&Organiser:"), self.organiser_edit, "organiser"),
            (translate("MeetingEditor", "Lo&go:"), self.logo_picker, "logo"),
            (translate("MeetingEditor", "&Language:"), self.language_picker, "language"),
        )
        for text, widget, name in rows:
            self._row(box, form, text, widget, name)
        hint = hint_label(
            translate("MeetingEditor", "Printed in the running header; the title is used if empty.")
        )
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
        self.title_edit = self._line(
            "title",
            translate("MeetingEditor", "Title"),
            translate("MeetingEditor", "title"),
            translate("MeetingEditor", "Title of the meeting"),
        )
        self.short_title_edit = self._line(
            "short_title",
            translate("MeetingEditor", "Short title"),
            translate("MeetingEditor", "short title"),
            translate("MeetingEditor", "Shorter title for the running header"),
        )
        self.type_combo = self._type_combo()
        self.organiser_edit = self._line(
            "organiser",
            translate("MeetingEditor", "Organiser"),
            translate("MeetingEditor", "organiser"),
            translate("MeetingEditor", "Who convenes the meeting"),
        )
        self.logo_picker = LogoPicker()
        self.logo_picker.setAccessibleName(translate("MeetingEditor", "Logo"))
        self.logo_picker.choose_button.clicked.connect(self.choose_logo)
        self.logo_picker.remove_button.clicked.connect(self.remove_logo)
        self.language_picker = LanguagePicker()
        self.language_picker.chosen.connect(self.set_language)

    def _line(self, field: str, name: str, label: str, placeholder: str = "") -> QLineEdit:
        """A line edit bound to ``field``: ``name`` for a screen reader, ``label`` for the undo
        and refusal texts ("short title")."""
        return self.bind_line(line_edit(placeholder, name), field, label)

    def _type_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems([translate("MeetingEditor", kind) for kind in MEETING_TYPES])
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        name = translate("MeetingEditor", "Meeting type")
        combo.setAccessibleName(name)
        combo.setToolTip(translate("MeetingEditor", "Choose a type of meeting, or type your own"))
        combo.lineEdit().setPlaceholderText(
            translate("MeetingEditor", "Consultation, expert meeting, workshop…")
        )
        combo.lineEdit().setAccessibleName(name)
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
        box, form = self._section(translate("MeetingEditor", "When and where"))
        self._when_widgets()
        rows = (
            (translate("MeetingEditor", "&First day:"), self.first_day, "first_date"),
            (translate("MeetingEditor", "Last &day:"), self.last_day, "last_date"),
            (translate("MeetingEditor", "&Starts at:"), self.start_time, "start"),
            (translate("MeetingEditor", "&Ends at:"), self.end_time, "end"),
            (translate("MeetingEditor", "&Venue:"), self.venue_edit, "venue"),
            (translate("MeetingEditor", "&Room:"), self.room_edit, "room"),
            (translate("MeetingEditor", "C&ity:"), self.city_edit, "city"),
            (translate("MeetingEditor", "Cou&ntry:"), self.country_edit, "country"),
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

    def _when_widgets(self) -> None:
        self.first_day = self._optional(date_edit(), "first_date", _first_day_texts())
        self.last_day = self._optional(date_edit(), "last_date", _last_day_texts())
        self.start_time = self._optional(time_edit(), "start", _start_texts())
        self.end_time = self._optional(time_edit(), "end", _end_texts())
        self.venue_edit = self._line(
            "venue",
            translate("MeetingEditor", "Venue"),
            translate("MeetingEditor", "venue"),
            translate("MeetingEditor", "Building or site"),
        )
        self.room_edit = self._line(
            "room",
            translate("MeetingEditor", "Room"),
            translate("MeetingEditor", "room"),
            translate("MeetingEditor", "Room or hall"),
        )
        self.city_edit = self._line(
            "city", translate("MeetingEditor", "City"), translate("MeetingEditor", "city")
        )
        self.country_edit = self._line(
            "country", translate("MeetingEditor", "Country"), translate("MeetingEditor", "country")
        )

    def _optional(self, editor: QDateTimeEdit, field: str, texts: OptionalTexts) -> OptionalValue:
        widget = OptionalValue(editor, texts)
        commit = self.debounced(widget, lambda: self._commit_optional(widget, field, True))
        widget.changing.connect(commit.soon)
        widget.finished.connect(commit.now)

        def toggled() -> None:
            commit.now()  # what was being typed first, as its own step
            self._commit_optional(widget, field, merge=False)

        widget.toggled.connect(toggled)
        self._optional_commits.append((widget, field, commit))
        return widget

    def _texts_section(self) -> QGroupBox:
        box, form = self._section(translate("MeetingEditor", "Concept note"), wrap=True)
        box.layout().insertWidget(
            0,
            hint_label(
                translate(
                    "MeetingEditor",
                    "Plain text, printed as typed. A blank line starts a new paragraph; "
                    "a line starting with “- ” is a bullet point.",
                )
            ),
        )
        self.text_boxes: dict[str, QPlainTextEdit] = {}
        for text, field, name, label, placeholder, lines in _concept_note_texts():
            edit = TextBox(placeholder, lines)
            edit.setAccessibleName(name)
            self.text_boxes[field] = self.bind_text(edit, field, label)
            self._row(box, form, text, edit, field)
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
            self._refuse(box, spec.say(spec.texts.refused, problem=exc.problem))
            return False
        self._refuse(box, "")
        return self.apply(after, text, spec.field)

    def _commit_type(self) -> None:
        label = translate("MeetingEditor", "meeting type")
        text = translate("MeetingEditor", "Edit meeting type of {title}").format(
            title=self._title()
        )
        self.commit(
            {"meeting_type": self.type_combo.currentText()}, label, "meeting_type", text=text
        )

    def _title(self) -> str:
        """The meeting's title as undo texts quote it."""
        return quoted(self.document.meeting.title)

    def _type_picked(self, _index: int) -> None:
        self._type_commit.soon()
        self._type_commit.now()

    def _commit_optional(self, widget: OptionalValue, field: str, merge: bool) -> None:
        value, texts = widget.value(), widget.texts
        problem = self._date_order_problem(field, value)
        if problem:
            self._refuse(self._section_of[field], texts.refused.format(problem=problem))
            return
        text = (texts.edited if value is not None else texts.cleared).format(title=self._title())
        self.commit({field: value}, texts.label, field, merge, text)

    def _date_order_problem(self, field: str, value: Any) -> str:
        """Why a first or last day would put the last day before the first (else "")."""
        meeting = self.document.meeting
        first = value if field == "first_date" else meeting.first_date
        last = value if field == "last_date" else meeting.last_date
        if field not in ("first_date", "last_date") or first is None or last is None:
            return ""
        if last >= first:
            return ""
        problem = translate(
            "MeetingEditor", "the last day ({last}) would come before the first day ({first})"
        )
        return problem.format(
            last=format_date(last, language=window_language()),
            first=format_date(first, language=window_language()),
        )

    # -- logo and language

    def choose_logo(self) -> None:
        """Ask for an image file and make it the logo."""
        images, every = (
            translate("MeetingEditor", "Images"),
            translate("MeetingEditor", "All files"),
        )
        filters = f"{images} (*.png *.jpg *.jpeg *.gif);;{every} (*)"
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("MeetingEditor", "Choose a logo"), "", filters
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Make the image at ``path`` the logo; a file that is not one is refused, named."""
        box = self._section_of["logo"]
        try:
            data = read_file(path, MAX_IMAGE_BYTES)  # a FIFO or a device would freeze the window
        except (OSError, ValueError) as exc:
            self._refuse(box, self._logo_refused(read_problem(path, exc)))
            return False
        logo = Attachment(path.name, data)
        if not self._check_logo(logo, box):
            return False
        text = translate("MeetingEditor", "Set logo {file}").format(file=quoted(logo.filename))
        label = translate("MeetingEditor", "logo")
        return self.commit({"logo": logo}, label, "logo", merge=False, text=text)

    def _logo_refused(self, problem: str) -> str:
        return translate("MeetingEditor", "The logo was not changed: {problem}.").format(
            problem=problem
        )

    def _check_logo(self, logo: Attachment, box: QGroupBox) -> bool:
        try:
            with_fields(self.document.meeting, logo=logo)
        except ValidationError as exc:
            self._refuse(box, self._logo_refused(exc.problem))
            return False
        if QImage.fromData(logo.data).isNull():
            text = translate(
                "MeetingEditor",
                "The logo was not changed: ‘{file}’ cannot be read as an image; it may be damaged.",
            )
            self._refuse(box, text.format(file=logo.filename))
            return False
        return True

    def remove_logo(self) -> None:
        """Print the cover sheet without a logo."""
        logo = self.document.meeting.logo
        if logo is not None:
            text = translate("MeetingEditor", "Remove logo {file}")
            label = translate("MeetingEditor", "logo")
            self.commit(
                {"logo": None},
                label,
                "logo",
                merge=False,
                text=text.format(file=quoted(logo.filename)),
            )

    def set_language(self, code: str) -> bool:
        """Make ``code`` (``en``, ``fr``, ``pt-BR``…) the meeting's language, if it is one."""
        if not is_language_tag(code):
            self._refuse(self._section_of["language"], _language_refused(code))
            return False
        label = translate("MeetingEditor", "language")
        text = translate("MeetingEditor", "Edit language of {title}").format(title=self._title())
        return self.commit({"language": code}, label, "language", merge=False, text=text)


def _language_item(name: str, code: str) -> str:
    """``French (fr)``: a language of :data:`LANGUAGES`, named in the window's language."""
    return f"{translate('LanguagePicker', name)} ({code})"


def _language_refused(code: str) -> str:
    """Why ``code`` is not taken as the meeting's language, and what to type instead."""
    if not code:
        return translate(
            "MeetingEditor",
            "The language was not changed: no language code was given; "
            "type a code such as ‘de’ or ‘pt-BR’.",
        )
    text = translate(
        "MeetingEditor",
        "The language was not changed: ‘{code}’ is not a language code; "
        "type a code such as ‘de’ or ‘pt-BR’.",
    )
    return text.format(code=code)


def _concept_note_texts() -> tuple[tuple[str, str, str, str, str, int], ...]:
    """The concept note's texts: row label, field, name for a screen reader, name in undo
    texts, placeholder, and about how many lines high its box is."""
    return (
        (
            translate("MeetingEditor", "&Background:"),
            "background",
            translate("MeetingEditor", "Background"),
            translate("MeetingEditor", "background"),
            translate("MeetingEditor", "Why the meeting is held: the context, the issues"),
            12,
        ),
        (
            translate("MeetingEditor", "&Aims:"),
            "aims",
            translate("MeetingEditor", "Aims"),
            translate("MeetingEditor", "aims"),
            translate("MeetingEditor", "What the meeting is to achieve"),
            9,
        ),
        (
            translate("MeetingEditor", "Logisti&cs:"),
            "logistics",
            translate("MeetingEditor", "Logistics"),
            translate("MeetingEditor", "logistics"),
            translate("MeetingEditor", "Registration, badges, interpretation, coffee…"),
            5,
        ),
        (
            translate("MeetingEditor", "Ac&knowledgements:"),
            "acknowledgements",
            translate("MeetingEditor", "Acknowledgements"),
            translate("MeetingEditor", "acknowledgements"),
            translate("MeetingEditor", "Sponsors and partners to thank"),
            4,
        ),
    )


def _first_day_texts() -> OptionalTexts:
    return OptionalTexts(
        name=translate("MeetingEditor", "First day"),
        is_set=translate("MeetingEditor", "First day is set"),
        unset=translate("MeetingEditor", "No date yet"),
        tip=translate("MeetingEditor", "Untick if there is no date yet"),
        label=translate("MeetingEditor", "first day"),
        edited=translate("MeetingEditor", "Edit first day of {title}"),
        cleared=translate("MeetingEditor", "Clear first day of {title}"),
        refused=translate("MeetingEditor", "The first day was not changed: {problem}."),
    )


def _last_day_texts() -> OptionalTexts:
    return OptionalTexts(
        name=translate("MeetingEditor", "Last day"),
        is_set=translate("MeetingEditor", "Last day is set"),
        unset=translate("MeetingEditor", "One-day meeting"),
        tip=translate("MeetingEditor", "Untick for a one-day meeting"),
        label=translate("MeetingEditor", "last day"),
        edited=translate("MeetingEditor", "Edit last day of {title}"),
        cleared=translate("MeetingEditor", "Clear last day of {title}"),
        refused=translate("MeetingEditor", "The last day was not changed: {problem}."),
    )


def _start_texts() -> OptionalTexts:
    return OptionalTexts(
        name=translate("MeetingEditor", "Start time"),
        is_set=translate("MeetingEditor", "Start time is set"),
        unset=translate("MeetingEditor", "Not set"),
        tip=translate("MeetingEditor", "Untick if the start is not known"),
        label=translate("MeetingEditor", "start time"),
        edited=translate("MeetingEditor", "Edit start time of {title}"),
        cleared=translate("MeetingEditor", "Clear start time of {title}"),
        refused=translate("MeetingEditor", "The start time was not changed: {problem}."),
    )


def _end_texts() -> OptionalTexts:
    return OptionalTexts(
        name=translate("MeetingEditor", "End time"),
        is_set=translate("MeetingEditor", "End time is set"),
        unset=translate("MeetingEditor", "Not set"),
        tip=translate("MeetingEditor", "Untick if the end is not known"),
        label=translate("MeetingEditor", "end time"),
        edited=translate("MeetingEditor", "Edit end time of {title}"),
        cleared=translate("MeetingEditor", "Clear end time of {title}"),
        refused=translate("MeetingEditor", "The end time was not changed: {problem}."),
    )


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
