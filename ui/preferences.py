"""The preferences: the language of the window (it applies at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGE_NAMES, system_language, translate
from ui.settings import AppSettings


class PreferencesDialog(QDialog):
    """The app's preferences; OK saves them, Cancel leaves them as they were."""

    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else AppSettings()
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.language_box = self._language_box()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _language_box(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("languageBox")
        system = LANGUAGE_NAMES[system_language()]
        box.addItem(
            translate("PreferencesDialog", "System language ({language})").format(language=system),
            "",
        )
        for tag, name in LANGUAGE_NAMES.items():
            box.addItem(name, tag)
        box.setCurrentIndex(max(0, box.findData(self.settings.language())))
        return box

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "Language of the window:"), self.language_box)
        note = QLabel(
            translate("PreferencesDialog", "A new language applies the next time the app starts.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(max(420, self.sizeHint().width()))  # room for any language's words

    def chosen_language(self) -> str:
        """The language chosen in the box: a tag such as ``fr``, or "" to follow the system."""
        return str(self.language_box.currentData() or "")

    def accept(self) -> None:
        """Save the preferences and close."""
        self.settings.set_language(self.chosen_language())
        super().accept()


def open_preferences(parent: QWidget | None = None, settings: AppSettings | None = None) -> bool:
    """Show the preferences until the user closes them; whether they were saved (OK)."""
    dialog = PreferencesDialog(settings, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
