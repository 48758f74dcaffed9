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

``python scripts/translations.py update`` finds these calls and writes
``resources/translations/briefing_<lang>.ts``; ``compile`` makes the ``.qm`` files the window
loads at start (set-up runs it, and a bundle carries them). ``use_language`` installs the app's
catalog and Qt's own (``qtbase_<lang>``: standard buttons and dialogs), sets the default locale
and the layout direction (Arabic right to left), once, before any window is made.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from briefing.i18n import PACK_LANGUAGES, SOURCE_LANGUAGE, pack_words
from briefing.messages import Message
from briefing.scripts import primary_language

translate = QCoreApplication.translate

__all__ = [
    "LANGUAGE_NAMES",
    "QT_TRANSLATE_NOOP",
    "WINDOW_LANGUAGES",
    "choose_language",
    "core_text",
    "set_window_language",
    "supported_language",
    "system_language",
    "translate",
    "use_language",
    "window_language",
]

log = logging.getLogger(__name__)

WINDOW_LANGUAGES = PACK_LANGUAGES
"""The languages the window speaks: the six official UN languages, as the packs."""

LANGUAGE_NAMES = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
}
"""Each language named in its own words (never translated), in the order a menu shows them."""

CATALOG = "briefing"
"""The app's catalogs are ``resources/translations/briefing_<lang>.qm``."""

_QT_CATALOG_LANGUAGE = {"zh": "zh_CN"}  # Qt ships qtbase_zh_CN and qtbase_zh_TW, no qtbase_zh

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


# --------------------------------------------------------------------------- choosing


def supported_language(tag: str | None) -> str | None:
    """The window language for a tag (``fr-CH`` → ``fr``, ``zh_Hans`` → ``zh``), or None."""
    language = primary_language(tag or "")
    return language if language in WINDOW_LANGUAGES else None


def system_language(tags: Iterable[str] | None = None) -> str:
    """The first of the system's languages (``QLocale.system()``'s) the window speaks, else
    English; ``tags`` stands in for the system's list."""
    if tags is None:
        tags = QLocale.system().uiLanguages() or [QLocale.system().name()]
    return next((lang for tag in tags if (lang := supported_language(tag))), SOURCE_LANGUAGE)


def choose_language(
    saved: str = "", system: str = SOURCE_LANGUAGE, override: str | None = None
) -> str:
    """The window's language: the one asked for on the command line, else the one saved in
    the preferences, else the system's; English for a language the window does not speak."""
    return supported_language(override or saved or system) or SOURCE_LANGUAGE


# --------------------------------------------------------------------------- catalogs


def resources_dir() -> Path:
    """The app's ``resources`` folder, beside the ``ui`` package: in the source tree and at the
    root of a one-folder bundle alike."""
    return Path(__file__).absolute().parent.parent / "resources"


def translations_dir() -> Path:
    """Where the window's catalogs are: ``resources/translations``."""
    return resources_dir() / "translations"


def catalog_path(language: str, folder: Path | None = None) -> Path:
    """The compiled catalog of the window's strings in ``language``."""
    return (folder if folder is not None else translations_dir()) / f"{CATALOG}_{language}.qm"


def qt_catalog_path(language: str) -> Path:
    """Qt's own catalog (standard buttons and dialogs) in ``language``."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return Path(folder) / f"qtbase_{_QT_CATALOG_LANGUAGE.get(language, language)}.qm"


def window_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale of numbers and dates in the window: the system's when it is of ``language``
    (``fr_CH`` stays Swiss), else the language's usual one."""
    system = system if system is not None else QLocale.system()
    return system if supported_language(system.name()) == language else QLocale(language)


# --------------------------------------------------------------------------- installing

_translators: list[QTranslator] = []


def use_language(language: str, folder: Path | None = None) -> str:
    """Make the window speak ``language`` (the application must exist; call before any window
    is made): its catalog from ``folder`` (default ``resources/translations``), Qt's own, the
    default locale, the layout direction, and ``core_text``.

    A missing catalog leaves the window in English (logged). Returns the language in use.
    """
    language = supported_language(language) or SOURCE_LANGUAGE
    own = load_catalog(catalog_path(language, folder))
    if own is None and language != SOURCE_LANGUAGE:
        log.warning("The window stays in English: no catalog for %r", language)
        return use_language(SOURCE_LANGUAGE, folder)
    install_translators([own, load_catalog(qt_catalog_path(language))])
    QLocale.setDefault(window_locale(language))
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        # Qt turns right to left by itself from qtbase_ar; saying it keeps a window whose Qt
        # catalog is missing right to left too.
        QGuiApplication.setLayoutDirection(QLocale(language).textDirection())
    set_window_language(language)
    return language


def load_catalog(path: Path) -> QTranslator | None:
    """A translator of the compiled catalog at ``path``; None (logged) if it cannot be read."""
    translator = QTranslator()
    if translator.load(str(path)):
        return translator
    log.warning("No translations at %s", path)
    return None


def install_translators(translators: Iterable[QTranslator | None]) -> None:
    """Put ``translators`` in the place of those installed before (the first wins)."""
    for old in _translators:
        QCoreApplication.removeTranslator(old)
    _translators.clear()
    for translator in reversed([t for t in translators if t is not None]):
        if QCoreApplication.installTranslator(translator):  # the last installed is asked first
            _translators.append(translator)
