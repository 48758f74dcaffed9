"""What every editor form shares: showing one entry, and turning each change into an undoable edit.

An editor never changes the meeting itself. Each field is bound to a field of the entry; when the
user changes it, the editor makes the new entry with :func:`dataclasses.replace`, the new meeting
with :func:`briefing.edit.replace_entry`, and hands both to :meth:`MeetingDocument.apply`, which
pushes one undo command and saves. A value the model refuses (an empty name, a malformed email,
an end before the start) is not applied: the form says what is wrong, next to the field, and keeps
what the user typed so it can be fixed.

Typing is committed after a short pause and when the field loses focus, and every keystroke of a
field merges into one undo step ("Undo Edit name of ‘Jane Doe’").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar, Literal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.edit import Part, replace_entry
from briefing.errors import ValidationError
from ui.document import Focus, MeetingDocument
from ui.editors.common import form_layout
from ui.i18n import core_text, translate

TYPING_PAUSE_MS = 400
"""Typing is committed (and saved) this long after the last keystroke, or at focus-out."""


def quoted(text: str, limit: int = 40) -> str:
    """A title in the window language's quotation marks (‘…’ in English) for undo texts,
    shortened with … when long (between words where a word ends in the second half of the
    limit)."""
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text[: limit - 1]
        space = cut.rfind(" ")
        text = (cut[:space] if space >= limit // 2 else cut).rstrip(" ,;:") + "…"
    #: the quotation marks around a title in undo texts and messages.
    return translate("EntryEditor", "‘{title}’").format(title=text)


def entry_title(entry: Any) -> str:
    """The name a user knows an entry by: a title, or a name."""
    return str(getattr(entry, "title", None) or getattr(entry, "name", None) or "")


class ErrorLine(QLabel):
    """A line at the top of a form saying why the last change was not applied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("formError")
        self.setAccessibleName(translate("EntryEditor", "Problem with the last change"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#formError { color: palette(bright-text); background: #b3261e;"
            " border-radius: 3px; padding: 4px 8px; }"
        )
        self.hide()

    def show_problem(self, text: str) -> None:
        """Show ``text`` (plain text), or hide the line when it is empty."""
        self.setText(text)
        self.setVisible(bool(text))


class EntryEditor(QWidget):
    """A form for one entry of a part of the meeting (an agenda item, a person, a note, a pack).

    With ``part = "meeting"`` the form edits the meeting's own fields and is always enabled;
    the undo texts read "Edit title of ‘…’".

    Subclasses set :attr:`part` and :attr:`noun`, lay out their widgets in :attr:`form` (or
    their own layout under :attr:`body`), bind fields with :meth:`bind_line`, :meth:`bind_text`
    and :meth:`bind_value`, and fill everything else in :meth:`fill`.
    """

    part: ClassVar[Part | Literal["meeting"]]
    noun: ClassVar[str] = "entry"

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.entry_id: str | None = None
        self._fillers: list[Callable[[Any], None]] = []
        self._typing: list[Debounced] = []
        self.error_line = ErrorLine()
        self.body = QWidget()
        self.form = form_layout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.error_line)
        layout.addLayout(self.form)
        layout.addWidget(self.body, 1)
        document.changed.connect(self._on_document_changed)
        self.setEnabled(False)

    # -- which entry

    def entry(self) -> Any | None:
        """The entry shown, as it is in the meeting now (None when none is shown or it is gone)."""
        if self.part == "meeting":
            return self.document.meeting
        if self.entry_id is None:
            return None
        for candidate in getattr(self.document.meeting, self.part):
            if candidate.id == self.entry_id:
                return candidate
        return None

    def show_entry(self, entry_id: str | None) -> None:
        """Edit the entry with ``entry_id``; ``None`` shows an empty, disabled form."""
        if entry_id != self.entry_id:
            self.flush_typing()  # what was typed belongs to the entry it was typed into
            self.error_line.show_problem("")
        self.entry_id = entry_id
        self.refresh()

    def refresh(self) -> None:
        """Fill the form again from the meeting (after an undo, say)."""
        entry = self.entry()
        self.setEnabled(entry is not None)
        if entry is None:
            return
        for filler in self._fillers:
            filler(entry)
        self.fill(entry)

    def flush_typing(self) -> None:
        """Apply what is being typed now, without waiting for the pause."""
        for commit in self._typing:
            commit.now()

    def fill(self, entry: Any) -> None:
        """Show the parts of ``entry`` that no bound field shows (subclasses override)."""

    def _on_document_changed(self, _focus: Focus | None) -> None:
        self.show_problem("")  # a change went through since: the old problem is history
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page forgets a refused change's message (the field shows the value)."""
        self.show_problem("")
        super().hideEvent(event)

    # -- applying changes

    def commit(
        self,
        changes: dict[str, Any],
        label: str,
        field: str = "",
        merge: bool = True,
        text: str = "",
    ) -> bool:
        """Apply new values of the entry's fields as one edit; say why not if the model refuses.

        ``label`` names what changed, as the window shows it (translated by the caller):
        "name" gives the undo text "Edit name of ‘Jane’" and the problem "The name was not
        changed: …". ``text``, when given, is the whole undo text instead ("Set photo of
        ‘Jane Doe’").
        With ``merge``, the next change of the same ``field`` joins this edit.
        """
        entry = self.entry()
        if entry is None:
            return False
        try:
            new_entry = dataclasses.replace(entry, **changes)
            if self.part == "meeting":
                after = new_entry
            else:
                after = replace_entry(self.document.meeting, self.part, new_entry)
        except ValidationError as exc:
            self.show_problem(_problem_text(label, exc), field)
            return False
        self.show_problem("", field)
        text = text or edit_text(label, entry_title(entry))
        return self.apply(after, text, field, merge)

    def show_problem(self, text: str, field: str = "") -> None:
        """Say why a change of ``field`` was not applied; an empty ``text`` hides the line."""
        self.error_line.show_problem(text)

    def apply(self, after: Any, text: str, field: str = "", merge: bool = False) -> bool:
        """Push ``after`` (a whole new meeting) as one edit of this entry."""
        key = f"{self.part}:{self.entry_id}:{field}" if merge and field else ""
        focus = Focus(self.part, self.entry_id or "", field)
        return self.document.apply(after, text, focus, key)

    # -- binding fields

    def bind_line(self, edit: QLineEdit, field: str, label: str) -> QLineEdit:
        """Bind a line edit to a text field of the entry."""
        edit.setAccessibleName(edit.accessibleName() or label.capitalize())
        self.bind_typing(
            edit,
            lambda text: self.commit({field: text}, label, field),
            lambda entry: getattr(entry, field),
        )
        return edit

    def bind_typing(
        self, edit: QLineEdit, apply: Callable[[str], object], value: Callable[[Any], str]
    ) -> Debounced:
        """Bind a line edit: ``apply(text)`` a pause after typing, show ``value(entry)``.

        What the user is typing is never overwritten when the form is filled again.
        """
        commit = self.debounced(edit, lambda: apply(edit.text()))
        edit.textEdited.connect(commit.soon)
        edit.editingFinished.connect(commit.now)
        self._fillers.append(lambda entry: _set_line(edit, value(entry), commit))
        return commit

    def bind_text(self, edit: QPlainTextEdit, field: str, label: str) -> QPlainTextEdit:
        """Bind a multi-line text box to a text field of the entry."""
        edit.setAccessibleName(edit.accessibleName() or label.capitalize())
        edit.setTabChangesFocus(True)
        commit = self.debounced(
            edit, lambda: self.commit({field: edit.toPlainText()}, label, field)
        )
        edit.textChanged.connect(commit.soon)
        edit.installEventFilter(_FocusOut(edit, commit.now))
        self._fillers.append(lambda entry: _set_text(edit, getattr(entry, field), commit))
        return edit

    def bind_value(
        self,
        signal: Any,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        field: str,
        label: str,
    ) -> None:
        """Bind any widget: ``signal`` fires on a user change, ``read``/``write`` get and set it.

        Changes are applied at once (a combo box, a check box, a date), and ``write`` is called
        with signals blocked by the caller's widget, so filling never commits.
        """

        def on_change(*_args: Any) -> None:
            if not self._filling:
                self.commit({field: read()}, label, field, merge=False)

        signal.connect(on_change)

        def filler(entry: Any) -> None:
            self._filling = True
            try:
                write(getattr(entry, field))
            finally:
                self._filling = False

        self._fillers.append(filler)

    _filling = False

    def debounced(self, widget: QWidget, action: Callable[[], object]) -> Debounced:
        """Run ``action`` a pause after typing in ``widget`` (and at :meth:`flush_typing`)."""
        commit = Debounced(widget, action)
        self._typing.append(commit)
        return commit


class Debounced(QObject):
    """Runs ``action`` a short pause after the last call of :meth:`soon`, or at :meth:`now`.

    While :attr:`filling` is set (the form shows the meeting's value), changes are not typing.
    """

    def __init__(self, parent: QObject, action: Callable[[], object]) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.now)
        self._dirty = False
        self.filling = False

    def soon(self, *_args: Any) -> None:
        """Run the action after the pause (a signal's arguments are ignored)."""
        if not self.filling:
            self._dirty = True
            self._timer.start()

    def now(self) -> None:
        """Run the action now if something is waiting for it."""
        self._timer.stop()
        if self._dirty and not self.filling:
            self._dirty = False
            self._action()

    def pending(self) -> bool:
        """Whether typing is waiting to be applied."""
        return self._dirty


class _FocusOut(QObject):
    """Calls ``action`` when the watched widget loses focus."""

    def __init__(self, parent: QObject, action: Callable[[], None]) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusOut:
            self._action()
        return False


def _set_line(edit: QLineEdit, value: str, commit: Debounced) -> None:
    if commit.pending() or edit.text() == value:
        return  # never overwrite what the user is typing
    commit.filling = True
    try:
        edit.setText(value)
        edit.setCursorPosition(len(value))
    finally:
        commit.filling = False


def _set_text(edit: QPlainTextEdit, value: str, commit: Debounced) -> None:
    if commit.pending() or edit.toPlainText() == value:
        return
    commit.filling = True
    try:
        edit.setPlainText(value)
    finally:
        commit.filling = False


def edit_text(label: str, title: str) -> str:
    """The undo text of a change of the field ``label`` of the entry ``title``."""
    #: an undo text, e.g. "Edit name of ‘Jane Doe’"; {field} is a field's name.
    text = translate("EntryEditor", "Edit {field} of {title}")
    return text.format(field=label, title=quoted(title))


def _problem_text(label: str, exc: ValidationError) -> str:
    #: {field} is a field's name; {problem} is the model's reason.
    text = translate("EntryEditor", "The {field} was not changed: {problem}.")
    return text.format(field=label, problem=core_text(exc.problem))


def line_edit(placeholder: str = "", accessible_name: str = "") -> QLineEdit:
    """A line edit with a clear button, a placeholder and an accessible name."""
    edit = QLineEdit()
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    return edit


def text_box(placeholder: str = "", lines: int = 5) -> QPlainTextEdit:
    """A multi-line plain-text box (user text is never read as markup) about ``lines`` high."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit
