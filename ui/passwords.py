"""The Build dialog's "Restrict the PDF pack" group: an open and an owner password for one build.

The passwords live in these two fields only, for as long as the dialog is open: they are never
saved (not in the meeting, not in the settings), never logged, never put in a message, and
reach the build process in memory (:mod:`briefing.build_process` pickles the request through
its pipe; nothing goes on its command line or into its environment).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing.errors import ValidationError
from briefing.render.base import PackPasswords
from briefing.render.pdf_security import check_passwords
from ui.editors.common import form_layout, hint_label
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate

# Lines of their own, not word wrap: a wrapped label in a dialog gets squeezed when it is short.
EXPLANATION = QT_TRANSLATE_NOOP(
    "PasswordsGroup",
    "The PDF files are encrypted (AES-256); the DOCX files are not protected.\n"
    "The open password is asked for to open them. Without the owner password,\n"
    "readers may print them and copy their text, but not change or annotate them.\n"
    "Give either or both. They serve this build only and are never saved: keep them safe.",
)
OPEN_HINT = QT_TRANSLATE_NOOP(
    "PasswordsGroup", "Asked for to open the PDF files; left empty, anyone can open them"
)
OWNER_HINT = QT_TRANSLATE_NOOP(
    "PasswordsGroup",
    "Needed to change, annotate or reassemble the PDF files; left empty, whoever opens them "
    "may do anything",
)
_SECRET_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData  # no input method keeps or suggests what is typed
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def password_edit(name: str, hint: str) -> QLineEdit:
    """A field whose text is shown as dots, and which an input method does not remember."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(_SECRET_HINTS)
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(hint)
    edit.setToolTip(hint)
    return edit


class PasswordsGroup(QGroupBox):
    """A checkable group: when ticked, the passwords that restrict the PDF packs of a build."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PasswordsGroup", "Res&trict the PDF pack with passwords"), parent
        )
        self.setCheckable(True)
        self.setChecked(False)
        self.setToolTip(
            translate(
                "PasswordsGroup",
                "Encrypt the PDF packs of this build with an open and/or owner password",
            )
        )
        self.open_edit = password_edit(
            translate("PasswordsGroup", "Open password"), translate("PasswordsGroup", OPEN_HINT)
        )
        self.owner_edit = password_edit(
            translate("PasswordsGroup", "Owner password"), translate("PasswordsGroup", OWNER_HINT)
        )
        self.show_box = QCheckBox(translate("PasswordsGroup", "S&how passwords"))
        self.show_box.setToolTip(
            translate("PasswordsGroup", "Show the passwords as typed, to check them")
        )
        self.show_box.toggled.connect(self._show_passwords)
        self.show_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        explanation = hint_label(translate("PasswordsGroup", EXPLANATION), smaller=False)
        explanation.setWordWrap(False)
        layout.addWidget(explanation)
        form = form_layout()
        for label, edit in (
            (translate("PasswordsGroup", "Ope&n password:"), self.open_edit),
            (translate("PasswordsGroup", "O&wner password:"), self.owner_edit),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(edit)
            form.addRow(buddy, edit)
        form.addRow("", self.show_box)
        layout.addLayout(form)

    @Slot(bool)
    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.open_edit, self.owner_edit):
            edit.setEchoMode(mode)
            edit.setInputMethodHints(_SECRET_HINTS)  # a change of echo mode resets them

    def passwords(self) -> PackPasswords:
        """The passwords typed, or none when the group is not ticked."""
        if not self.isChecked():
            return PackPasswords()
        return PackPasswords(open=self.open_edit.text(), owner=self.owner_edit.text())

    def problem(self) -> str:
        """Why the build cannot restrict its PDF packs as typed (a sentence), or ``""``."""
        passwords = self.passwords()
        if self.isChecked() and not passwords:
            return translate(
                "PasswordsGroup",
                "Type an open password, an owner password or both, "
                "or untick ‘Restrict the PDF pack with passwords’.",
            )
        try:
            check_passwords(passwords)
        except ValidationError as exc:
            return translate("PasswordsGroup", "The {field} {problem}.").format(
                field=core_text(exc.field), problem=core_text(exc.problem)
            )
        return ""
