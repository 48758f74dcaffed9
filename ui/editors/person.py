"""The form for one person: name, honorific, position, organisation, email, photo and bio.

Every change is one undoable edit of the meeting (see :mod:`ui.editors.base`). The photo is
read from a file the user picks and kept inside the meeting; the model refuses anything that is
not a PNG, JPEG or GIF image, and the form then says which file and why, and changes nothing.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.countries import country_codes, country_name, country_sort_key, find_country
from briefing.model import (
    CATEGORY_LABELS,
    PLACEHOLDER_MARK,
    Attachment,
    Meeting,
    ParticipantCategory,
    Person,
    Role,
)
from ui.document import MeetingDocument
from ui.editors.base import EntryEditor, entry_title, line_edit, quoted, text_box
from ui.editors.common import (
    MAX_IMAGE_BYTES,
    TextGrowth,
    file_size,
    form_action,
    read_file,
    read_problem,
    set_tab_order,
    tool_button,
)
from ui.files import dialog_filter
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate, window_language
from ui.text import SEPARATOR, role_label
from ui.widgets import ElidingLabel, plain_label, theme_icon

HONORIFICS = (
    "",
    QT_TRANSLATE_NOOP("PersonEditor", "Mr."),
    QT_TRANSLATE_NOOP("PersonEditor", "Ms."),
    QT_TRANSLATE_NOOP("PersonEditor", "Mrs."),
    QT_TRANSLATE_NOOP("PersonEditor", "Dr."),
    QT_TRANSLATE_NOOP("PersonEditor", "Prof."),
    QT_TRANSLATE_NOOP("PersonEditor", "H.E."),
    QT_TRANSLATE_NOOP("PersonEditor", "H.E. Mr."),
    QT_TRANSLATE_NOOP("PersonEditor", "H.E. Ms."),
)
"""The forms of address the honorific box offers (in the window's language); any other is
typed."""
PHOTO_SIZE = 96
"""The photo thumbnail's box, in device-independent pixels."""
PLACEHOLDER_WARNING = QT_TRANSLATE_NOOP(
    "PersonEditor",
    "This bio is a placeholder. Replace it with the person's real bio before the pack is sent.",
)
_NOT_SHOWN = object()
_WARNING_STYLE = (
    "#placeholderWarning { background: #fff4ce; border: 1px solid #d9a400;"
    " border-radius: 3px; } #placeholderWarning QLabel { color: #3d2e00; }"
)


# --------------------------------------------------------------------------- helpers


def placeholder_text(text: str) -> bool:
    """True when a bio is still a stand-in (the same rule as ``Person.has_placeholder_bio``)."""
    return text.lstrip().upper().startswith(PLACEHOLDER_MARK)


@functools.cache  # sorting by pinyin takes a tenth of a second: once per language, not per form
def countries_in_order(language: str) -> tuple[str, ...]:
    """Every country code, in the order of the countries' names in ``language``."""
    codes = country_codes()  # in the order of their English names
    if language == "en":
        return codes
    return tuple(sorted(codes, key=lambda code: country_sort_key(code, language)))


def photo_filter() -> str:
    """The photo file dialog's filter: the words translated, the patterns as they are."""
    images = QT_TRANSLATE_NOOP("PersonEditor", "Images")
    everything = QT_TRANSLATE_NOOP("PersonEditor", "All files")
    return dialog_filter("PersonEditor", ((images, "*.png *.jpg *.jpeg *.gif"), (everything, "*")))


def appearance_text(role: Role, title: str) -> str:
    """``Moderator in ‘Session 2’``: a role (as typed, else the app's name of it) in an item."""
    role_name = role_label(role)
    #: a person's role in an agenda item, e.g. "Moderator in ‘Session 2’".
    text = translate("PersonEditor", "{role} in {title}")
    return text.format(role=role_name, title=quoted(title, 80))


def appearances_text(meeting: Meeting, person_id: str) -> str:
    """``Moderator in ‘Session 2’; Panellist in ‘Session 3’``, or that there is none."""
    parts = [appearance_text(role, item.title) for item, role in meeting.appearances(person_id)]
    #: what separates a person's appearances in the agenda.
    separator = translate("PersonEditor", "; ")
    return separator.join(parts) or translate("PersonEditor", "Not in the agenda yet")


# --------------------------------------------------------------------------- the form


class PersonEditor(EntryEditor):
    """The form for one person of the meeting."""

    part = "people"
    noun = "person"

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._folder = ""  # where the last photo was chosen, to start there next time
        self._shown_photo: object = _NOT_SHOWN
        self._build_fields()
        self.form.addRow(translate("PersonEditor", "Photo:"), self._build_photo())
        self.appearances = plain_label()
        self.appearances.setWordWrap(True)
        self.appearances.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.appearances.setAccessibleName(translate("PersonEditor", "Appears in"))
        self.form.addRow(translate("PersonEditor", "Appears in:"), self.appearances)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 6, 0, 0)
        body.addWidget(self._build_bio())
        self._set_tab_order()

    # -- building

    def _build_fields(self) -> None:
        self.name_edit = self.bind_line(
            line_edit(translate("PersonEditor", "Full name, as printed")),
            "name",
            translate("PersonEditor", "name"),
        )
        self.form.addRow(translate("PersonEditor", "&Name:"), self.name_edit)
        self.honorific_box = self._honorific_box()
        self.form.addRow(translate("PersonEditor", "&Honorific:"), self.honorific_box)
        self.position_edit = self.bind_line(
            line_edit(translate("PersonEditor", "e.g. Senior Advisor")),
            "position",
            translate("PersonEditor", "position"),
        )
        self.form.addRow(translate("PersonEditor", "&Position:"), self.position_edit)
        self.organisation_edit = self.bind_line(
            line_edit(translate("PersonEditor", "e.g. International Service for Human Rights")),
            "organisation",
            translate("PersonEditor", "organisation"),
        )
        self.form.addRow(translate("PersonEditor", "&Organisation:"), self.organisation_edit)
        self.email_edit = self.bind_line(
            line_edit("name@example.org"), "email", translate("PersonEditor", "email")
        )
        self.form.addRow(translate("PersonEditor", "&Email:"), self.email_edit)
        self.category_box = self._category_box()
        self.form.addRow(translate("PersonEditor", "Categor&y:"), self.category_box)
        self.country_box = self._country_box()
        self.form.addRow(translate("PersonEditor", "&Country:"), self.country_box)

    def _category_box(self) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(translate("PersonEditor", "Category"))
        box.setToolTip(
            translate(
                "PersonEditor", "Whom the person represents, as a list of participants groups them"
            )
        )
        box.addItem("", "")
        for category, label in CATEGORY_LABELS.items():
            box.addItem(core_text(label), category.value)
        self.bind_value(
            box.currentIndexChanged,  # a pick by mouse, keyboard or wheel
            lambda: ParticipantCategory(box.currentData()) if box.currentData() else None,
            lambda category: box.setCurrentIndex(box.findData(category.value) if category else 0),
            "category",
            translate("PersonEditor", "category"),
        )
        return box

    def _country_box(self) -> QComboBox:
        """Every country by its name in the window's language, in that language's order; a name
        typed in any official UN language, or a code, is understood too. The meeting keeps the
        code."""
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        language = window_language()
        for code in countries_in_order(language):
            box.addItem(country_name(code, language), code)
        box.setCurrentIndex(-1)
        completer = QCompleter(box.model(), box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
        box.setAccessibleName(translate("PersonEditor", "Country"))
        box.setToolTip(
            translate(
                "PersonEditor", "The country the person represents or comes from: a name or a code"
            )
        )
        box.lineEdit().setPlaceholderText(translate("PersonEditor", "none"))
        box.lineEdit().setClearButtonEnabled(True)
        box.lineEdit().editingFinished.connect(self._commit_country)
        box.textActivated.connect(self._commit_country)
        completer.activated.connect(self._commit_country)
        return box

    def _commit_country(self, picked: str | None = None) -> bool:
        """Keep the code of the country typed or ``picked``; say so when no country has that
        name."""
        if self._filling:
            return False
        typed = " ".join((picked or self.country_box.currentText()).split())
        code = find_country(typed) if typed else ""
        if code is None:
            text = translate(
                "PersonEditor",
                "The country was not changed: {name} is not a country name or code "
                "the app knows; choose one from the list.",
            )
            self.show_problem(text.format(name=quoted(typed)), "country")
            return False
        self.country_box.lineEdit().setModified(False)
        return self.commit(
            {"country": code}, translate("PersonEditor", "country"), "country", merge=False
        )

    def _fill_country(self, person: Person) -> None:
        edit = self.country_box.lineEdit()
        if edit.hasFocus() and edit.isModified():
            return  # never overwrite what is being typed
        self._filling = True
        try:
            index = self.country_box.findData(person.country) if person.country else -1
            self.country_box.setCurrentIndex(index)
            name = country_name(person.country, window_language()) if person.country else ""
            self.country_box.setEditText(name)
        finally:
            self._filling = False

    def _honorific_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(
            # each once: a language may use one word for two (French "Mme" for Ms. and Mrs.)
            list(dict.fromkeys(translate("PersonEditor", h) if h else "" for h in HONORIFICS))
        )
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # free text stays free text
        box.setCompleter(None)  # no inline completion: what is shown is what was typed
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        box.setAccessibleName(translate("PersonEditor", "Honorific"))
        box.setToolTip(
            translate("PersonEditor", "Mr., Ms., Dr., H.E. … or any other form of address")
        )
        edit = box.lineEdit()
        edit.setPlaceholderText(translate("PersonEditor", "none"))
        self.bind_line(edit, "honorific", translate("PersonEditor", "honorific"))
        # A pick from the list (mouse or arrow keys) applies at once, like any combo box.
        box.textActivated.connect(self._pick_honorific)
        box.currentIndexChanged.connect(lambda index: self._pick_honorific(box.itemText(index)))
        return box

    def _pick_honorific(self, text: str) -> None:
        if not self._filling:
            self.commit(
                {"honorific": text},
                translate("PersonEditor", "honorific"),
                "honorific",
                merge=False,
            )

    def _build_photo(self) -> QWidget:
        self.photo_label = QLabel()
        self.photo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setWordWrap(True)
        self.photo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.photo_label.setAccessibleName(translate("PersonEditor", "Photo"))
        frame = 2 * self.photo_label.frameWidth()
        self.photo_label.setFixedSize(QSize(PHOTO_SIZE + frame, PHOTO_SIZE + frame))
        self.photo_info = ElidingLabel()
        self.photo_info.setAccessibleName(translate("PersonEditor", "Photo file"))
        self.choose_photo_action = form_action(
            self,
            translate("PersonEditor", "Choose photo…"),
            translate("PersonEditor", "Choose a PNG, JPEG or GIF photo of this person"),
            theme_icon(self, "document-open", QStyle.StandardPixmap.SP_DialogOpenButton),
            "Ctrl+Shift+O",
        )
        self.choose_photo_action.triggered.connect(self.choose_photo)
        self.remove_photo_action = form_action(
            self,
            translate("PersonEditor", "Remove photo"),
            translate("PersonEditor", "Remove this person's photo from the meeting"),
            theme_icon(self, "edit-delete", QStyle.StandardPixmap.SP_TrashIcon),
        )
        self.remove_photo_action.triggered.connect(self.remove_photo)
        self.choose_photo_button = tool_button(self.choose_photo_action)
        self.remove_photo_button = tool_button(self.remove_photo_action)
        return self._photo_row()

    def _photo_row(self) -> QWidget:
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        pair = (self.choose_photo_button, self.remove_photo_button)
        width = max(button.sizeHint().width() for button in pair)
        for button in pair:
            button.setMinimumWidth(width)  # a tidy column of equal buttons
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.photo_info)
        buttons.addStretch(1)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons, 1)
        return row

    def _build_bio(self) -> QGroupBox:
        self.bio_edit = self.bind_text(
            text_box(
                translate("PersonEditor", "The person's bio, as it should appear in the pack"),
                lines=6,
            ),
            "bio",
            translate("PersonEditor", "bio"),
        )
        self.bio_growth = TextGrowth(self.bio_edit, 6, 30)
        self.word_count = plain_label()
        self.word_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.word_count.setAccessibleName(translate("PersonEditor", "Word count of the bio"))
        self.word_count.setEnabled(False)  # a quiet, greyed hint
        self.bio_edit.textChanged.connect(self._update_bio_status)
        group = QGroupBox(translate("PersonEditor", "&Bio"))
        layout = QVBoxLayout(group)
        layout.addWidget(self._placeholder_warning())
        layout.addWidget(self.bio_edit, 1)
        layout.addWidget(self.word_count)
        return group

    def _placeholder_warning(self) -> QFrame:
        self.placeholder_warning = QFrame()
        self.placeholder_warning.setObjectName("placeholderWarning")
        self.placeholder_warning.setStyleSheet(_WARNING_STYLE)
        self.placeholder_warning.setAccessibleName(translate("PersonEditor", "Placeholder warning"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            theme_icon(self, "dialog-warning", QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(
                size, size
            )
        )
        text = plain_label(translate("PersonEditor", PLACEHOLDER_WARNING))
        text.setWordWrap(True)
        layout = QHBoxLayout(self.placeholder_warning)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        self.placeholder_warning.hide()
        return self.placeholder_warning

    def _set_tab_order(self) -> None:
        chain = (
            self.name_edit,
            self.honorific_box,
            self.position_edit,
            self.organisation_edit,
            self.email_edit,
            self.category_box,
            self.country_box,
            self.choose_photo_button,
            self.remove_photo_button,
            self.bio_edit,
        )
        set_tab_order(chain)

    # -- showing

    def fill(self, entry: Any) -> None:
        """Show the photo and where the person appears (the bound fields fill themselves)."""
        self._sync_honorific(entry.honorific)
        self._fill_country(entry)
        self._show_photo(entry.photo)
        self.appearances.setText(appearances_text(self.document.meeting, entry.id))
        self._update_bio_status()

    def _sync_honorific(self, honorific: str) -> None:
        box = self.honorific_box
        index = box.findText(honorific)
        # Only while the box shows the meeting's value: never overwrite what is being typed.
        if box.currentText() != honorific or index in (-1, box.currentIndex()):
            return
        self._filling = True
        try:
            box.setCurrentIndex(index)  # so the arrow keys and the list start from it
        finally:
            self._filling = False

    def _show_photo(self, photo: Attachment | None) -> None:
        self.remove_photo_action.setEnabled(photo is not None)
        if photo == self._shown_photo:
            return  # decoding an image at every keystroke elsewhere in the form is wasted work
        self._shown_photo = photo
        if photo is None:
            self.photo_label.clear()
            self.photo_label.setText(translate("PersonEditor", "No photo"))
            self.photo_info.set_full_text("")
            return
        self.photo_info.set_full_text(f"{photo.filename}{SEPARATOR}{file_size(photo.size)}")
        pixmap = QPixmap()
        if not pixmap.loadFromData(photo.data):
            self.photo_label.setText(translate("PersonEditor", "Cannot show this image"))
            return
        self.photo_label.setPixmap(self._thumbnail(pixmap))

    def _thumbnail(self, pixmap: QPixmap) -> QPixmap:
        ratio = self.devicePixelRatioF()
        side = round(PHOTO_SIZE * ratio)
        scaled = pixmap.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        return scaled

    def _update_bio_status(self) -> None:
        text = self.bio_edit.toPlainText()
        words = len(text.split())
        self.word_count.setText(translate("PersonEditor", "%n word(s)", None, words))
        self.placeholder_warning.setVisible(placeholder_text(text))

    # -- the photo

    def choose_photo(self) -> None:
        """Ask for an image file and make it the person's photo."""
        self.flush_typing()
        name, _filter = QFileDialog.getOpenFileName(
            self, translate("PersonEditor", "Choose a photo"), self._folder, photo_filter()
        )
        if name:
            self.set_photo_from(Path(name))

    def set_photo_from(self, path: Path) -> bool:
        """Make the image at ``path`` the photo; say why not if it cannot be read or is no image."""
        self._folder = str(path.parent)
        try:
            data = read_file(path, MAX_IMAGE_BYTES)
            photo = Attachment(path.name, data)
        except (OSError, ValueError) as exc:
            text = translate("PersonEditor", "The photo was not changed: {problem}.")
            self.error_line.show_problem(text.format(problem=read_problem(path, exc)))
            return False
        return self._edit({"photo": photo}, translate("PersonEditor", "Set photo of {name}"))

    def remove_photo(self) -> None:
        """Take the photo away from the person."""
        self.flush_typing()
        self._edit({"photo": None}, translate("PersonEditor", "Remove photo of {name}"))

    def _edit(self, changes: dict[str, Any], undo_text: str) -> bool:
        """Apply a change of the photo; ``undo_text`` names the person as ``{name}``."""
        person = self.entry()
        if person is None:
            return False
        text = undo_text.format(name=quoted(entry_title(person)))
        return self.commit(
            changes, translate("PersonEditor", "photo"), "photo", merge=False, text=text
        )
