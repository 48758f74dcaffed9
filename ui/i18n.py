"""The window's words in the user's language: Qt's translation, one way of calling it.

Every user-visible string in ``ui/`` is written as

    translate("AgendaEditor", "Move Following Items…")
    translate("MainWindow", "Saved {file}").format(file=path.name)
    translate("PeopleImport", "Apply %n change(s)", None, count)      # plural

with an explicit context (the class the string belongs to). ``self.tr`` is not used: Qt takes
its context from the *runtime* class, so a string in a base class or a subclass would silently
stay English. Strings defined at module level are marked with ``QT_TRANSLATE_NOOP(context,
text)`` and passed through ``translate(context, text)`` where they are shown. Placeholders are
Python's ``{name}`` (filled after translation, so a translator may move them) and Qt's ``%n``
for plurals; a message is never assembled from translated pieces.

``pyside6-lupdate`` finds these calls and writes ``resources/translations/*.ts``;
``pyside6-lrelease`` compiles them at set-up and into the bundle.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

__all__ = ["QT_TRANSLATE_NOOP", "translate"]
