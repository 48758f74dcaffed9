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

Words that come from the core (role names, item kinds, check findings, build problems, import
findings) are translated by the core's gettext catalogs, the ones the packs use:
``core_text(word)``; a core message (:mod:`briefing.messages`) fills in its arguments there.

``pyside6-lupdate`` finds these calls and writes ``resources/translations/*.ts``;
``pyside6-lrelease`` compiles them at set-up and into the bundle.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing.i18n import pack_words
from briefing.messages import Message

translate = QCoreApplication.translate

__all__ = [
    "QT_TRANSLATE_NOOP",
    "core_text",
    "set_window_language",
    "translate",
    "window_language",
]

_window_language = "en"


def window_language() -> str:
    """The language the window speaks (a language tag such as ``fr`` or ``zh``)."""
    return _window_language


def set_window_language(language: str) -> None:
    """Say which language the window speaks (set once at start, before any window is made)."""
    global _window_language
    _window_language = language or "en"


def core_text(text: str) -> str:
    """A word or message of the core (a role's name, a kind, a check's finding) in the window's
    language, through the core's own gettext catalogs (English when it has no translation): a
    :class:`~briefing.messages.Message` with its arguments filled in, a plain word as a msgid."""
    if isinstance(text, Message):
        return text.translated(_window_language)
    return pack_words(_window_language).gettext(text) if text else text
