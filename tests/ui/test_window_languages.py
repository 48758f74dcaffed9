"""The window in French and in Arabic, with the project's own compiled catalogs: every page of
the navigator with an entry of each list selected, every menu and every dialog is walked, and
no text shown is left in English and none is cut off.

"English" is a text the user sees that matches an English message of the window's catalogs
(``resources/translations/*.ts``) or of the core's (``briefing/locale/briefing.pot``, and the
core's words the window shows through it: kinds, roles, categories, fields) whose translation
in the language is not the English itself; ``{name}`` and ``%n`` match anything.
Texts of the meeting's own data (names, titles) are the user's and never count, nor do the
languages' names in their own words (the Preferences list them so).

"Cut off" is a plain one-line label narrower than its text, a button narrower than it asks to
be, an elided tab, a group box narrower than its title.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from babel.messages.pofile import read_po
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing.i18n import read_catalog
from briefing.importers.agenda import read_concept_note
from briefing.importers.agenda_source import read_source_file
from briefing.importers.indico import read_indico_file
from briefing.importers.people_mapping import FIELD_LABELS
from briefing.model import (
    CATEGORY_LABELS,
    ITEM_KIND_LABELS,
    ROLE_LABELS,
    AgendaItem,
    Attachment,
    ItemKind,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
)
from briefing.sample import RESOURCES, sample_meeting
from ui.help import help_actions
from ui.i18n import LANGUAGE_NAMES, translations_dir, use_language, window_language
from ui.imports import AgendaImportDialog
from ui.main_window import AGENDA, PAGES, MainWindow
from ui.pages import MasterDetailPage
from ui.people_import import PeopleImportDialog
from ui.widgets import ElidingLabel

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
CORE_TEMPLATE = ROOT / "briefing" / "locale" / "briefing.pot"
CONCEPT_NOTE = RESOURCES / "sample" / "concept-note.txt"
INDICO = ROOT / "tests" / "briefing" / "importers" / "fixtures" / "indico" / "forum-two-days.json"
PEOPLE_CSV = """\
First name,Last name,Organisation,Position,Email
Amina,Haddad,Gulf Centre for Human Rights,Researcher,amina@example.org
Luis,Ortega,Business & Human Rights Resource Centre,Director,luis@example.org
"""
LANGUAGES = ["fr", "ar"]

# --------------------------------------------------------------------------- what was seen


class Seen(NamedTuple):
    """A text the window shows, the class of the widget showing it, and where."""

    text: str
    kind: str
    where: str


class Walk(NamedTuple):
    """What one walk through the window saw, what it found cut off, and the user's data."""

    seen: list[Seen]
    clipped: list[str]
    data: set[str]


def plain(text: str) -> str:
    """A rich text as the user reads it; a plain text as it is."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def is_rich(label: QLabel) -> bool:
    """Whether a label shows its text as rich text (as Qt decides for automatic text)."""
    shown = label.textFormat()
    if shown == Qt.TextFormat.AutoText:
        return QtGui.Qt.mightBeRichText(label.text())
    return shown != Qt.TextFormat.PlainText


def without_mnemonic(text: str) -> str:
    """A menu or button text without its ``&`` shortcut mark (``&&`` is a real ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widget_path(widget: QWidget) -> str:
    """Where a widget is, as its named ancestors: the app's own classes, boxes and objects."""
    names: list[str] = []
    current: QWidget | None = widget.parentWidget()
    while current is not None:
        if isinstance(current, QGroupBox) and current.title():
            names.append(f"QGroupBox ‘{without_mnemonic(current.title())}’")
        elif current.objectName() and not current.objectName().startswith("qt_"):
            names.append(current.objectName())
        elif not type(current).__module__.startswith("PySide6"):
            names.append(type(current).__name__)
        current = current.parentWidget()
    return " › ".join(reversed(names))


class Collector:
    """Looks at the shown windows and dialogs and keeps every text and every cut-off widget."""

    def __init__(self) -> None:
        self.seen: dict[Seen, None] = {}
        self.clipped: dict[str, list[str]] = {}

    def add(self, text: str | None, kind: str, where: str) -> None:
        """Keep a text shown (each of its lines too, when it has several)."""
        text = (text or "").strip()
        if not text:
            return
        self.seen[Seen(text, kind, where)] = None
        for line in text.splitlines():
            if line.strip() and line.strip() != text:
                self.seen[Seen(line.strip(), kind, where)] = None

    def cut(self, widget: QWidget, what: str, where: str) -> None:
        """Keep a widget found cut off (once, with the places it was seen so)."""
        key = f"{type(widget).__name__} {what} in {widget_path(widget) or where}"
        self.clipped.setdefault(key, []).append(where)

    def clipped_lines(self) -> list[str]:
        """One line per widget cut off: what, in which widget, first seen where."""
        return [
            f"{key} (at {places[0]}{_others(places)})"
            for key, places in sorted(self.clipped.items())
        ]

    def look(self, root: QWidget, where: str) -> None:
        """Every text and cut-off widget of ``root`` as shown now."""
        QApplication.processEvents()
        if root.isWindow():
            self.add(root.windowTitle(), "window title", where)
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible():
                self.look_at(widget, f"{where} › {widget_path(widget)}".rstrip(" ›"))
                self.check_fit(widget, where)
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible() and not isinstance(widget, QMenu):
                owner = f"{where} › {widget_path(widget)} › {type(widget).__name__}"
                for action in widget.actions():
                    self.look_at_action(action, owner.replace(" ›  › ", " › "))

    def look_at(self, widget: QWidget, where: str) -> None:
        """The texts of one widget shown."""
        kind = type(widget).__name__
        self.add(widget.toolTip() and plain(widget.toolTip()), f"{kind} tooltip", where)
        looks: list[tuple[type, Callable[[Any, str, str], None]]] = [
            (QLabel, self._label),
            (QAbstractButton, self._button),
            (QGroupBox, lambda w, k, p: self.add(without_mnemonic(w.title()), k, p)),
            (QTabBar, self._tab_bar),
            (QComboBox, self._combo),
            (QLineEdit, lambda w, k, p: self.add(w.placeholderText(), f"{k} placeholder", p)),
            (QPlainTextEdit, lambda w, k, p: self.add(w.placeholderText(), f"{k} placeholder", p)),
            (QTextEdit, self._text_edit),
            (QAbstractSpinBox, self._spin_box),
            (QAbstractItemView, self._item_view),
            (QMenu, self._menu),
        ]
        for cls, look in looks:
            if isinstance(widget, cls):
                look(widget, kind, where)

    def _label(self, label: QLabel, kind: str, where: str) -> None:
        self.add(plain(label.text()) if is_rich(label) else label.text(), kind, where)

    def _button(self, button: QAbstractButton, kind: str, where: str) -> None:
        self.add(without_mnemonic(button.text()), kind, where)

    def _tab_bar(self, bar: QTabBar, kind: str, where: str) -> None:
        for index in range(bar.count()):
            self.add(without_mnemonic(bar.tabText(index)), "tab", where)
            self.add(bar.tabToolTip(index), "tab tooltip", where)

    def _combo(self, box: QComboBox, kind: str, where: str) -> None:
        for index in range(box.count()):
            self.add(box.itemText(index), f"{kind} item", where)
        if box.isEditable() and box.lineEdit() is not None:
            self.add(box.lineEdit().placeholderText(), f"{kind} placeholder", where)

    def _text_edit(self, edit: QTextEdit, kind: str, where: str) -> None:
        self.add(edit.placeholderText(), f"{kind} placeholder", where)
        if edit.isReadOnly():  # a summary the window writes (the user's text is in editors)
            self.add(edit.toPlainText(), kind, where)

    def _spin_box(self, box: QAbstractSpinBox, kind: str, where: str) -> None:
        for name in ("prefix", "suffix"):
            if hasattr(box, name):
                self.add(getattr(box, name)(), f"{kind} {name}", where)
        self.add(box.specialValueText(), f"{kind} special value", where)

    def _item_view(self, view: QAbstractItemView, kind: str, where: str) -> None:
        if isinstance(view.parentWidget(), QComboBox) or view.model() is None:
            return  # a combo box's items are seen with the box
        model = view.model()
        for header in _headers(view):
            for section in range(header.count()):
                if not header.isSectionHidden(section):
                    text = model.headerData(section, header.orientation())
                    self.add(str(text) if text is not None else "", "header", where)
        for index in _visible_indexes(view):
            self.add(str(index.data() or ""), f"{kind} cell", where)

    def _menu(self, menu: QMenu, kind: str, where: str) -> None:
        title = without_mnemonic(menu.title())
        self.add(title, "menu title", where)
        for action in menu.actions():
            self.look_at_action(action, f"{where} › menu ‘{title}’")

    def look_at_action(self, action: QAction, where: str) -> None:
        """An action's text, icon text, tooltip and status tip (and its menu's, if any)."""
        if action.isSeparator():
            return
        self.add(without_mnemonic(action.text()), "action", where)
        self.add(without_mnemonic(action.iconText()), "action icon text", where)
        self.add(action.toolTip(), "action tooltip", where)
        self.add(action.statusTip(), "action status tip", where)
        if action.menu() is not None:
            self._menu(action.menu(), "QMenu", where)

    # -- cut off

    def check_fit(self, widget: QWidget, where: str) -> None:
        """Keep ``widget`` if its text is cut off."""
        if isinstance(widget, QLabel):
            self._label_fits(widget, where)
        elif isinstance(widget, QAbstractButton) and widget.text():
            if isinstance(widget, QToolButton) and widget.toolButtonStyle() == (
                Qt.ToolButtonStyle.ToolButtonIconOnly
            ):
                return
            wanted, width = widget.sizeHint().width(), widget.width()
            if wanted > width:
                text = without_mnemonic(widget.text())
                self.cut(widget, f"{text!r} wants {wanted} px, has {width}", where)
        elif isinstance(widget, QTabBar):
            self._tabs_fit(widget, where)
        elif isinstance(widget, QGroupBox) and widget.title():
            self._title_fits(widget, where)

    def _label_fits(self, label: QLabel, where: str) -> None:
        if isinstance(label, ElidingLabel) or label.wordWrap() or not label.text():
            return
        if label.pixmap() is not None and not label.pixmap().isNull():
            return
        if is_rich(label):
            wanted = label.sizeHint().width()
            room = label.width()
        else:
            metrics = label.fontMetrics()
            lines = without_mnemonic(label.text()).splitlines() or [""]
            wanted = max(metrics.horizontalAdvance(line) for line in lines)
            room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        if wanted > room:
            text = plain(label.text()) if is_rich(label) else label.text()
            self.cut(label, f"{text!r} is {wanted} px wide in {room} px", where)

    def _tabs_fit(self, bar: QTabBar, where: str) -> None:
        for index in range(bar.count()):
            wanted, width = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
            if bar.isTabVisible(index) and wanted > width:
                text = without_mnemonic(bar.tabText(index))
                self.cut(bar, f"tab {text!r} wants {wanted} px, has {width}", where)

    def _title_fits(self, box: QGroupBox, where: str) -> None:
        font = QFont(box.font())
        font.setBold(True)  # some styles draw the title bold
        wanted = QFontMetrics(font).horizontalAdvance(without_mnemonic(box.title())) + 16
        if wanted > box.width():
            title = without_mnemonic(box.title())
            self.cut(box, f"title {title!r} wants {wanted} px, has {box.width()}", where)


def _headers(view: QAbstractItemView) -> list[QHeaderView]:
    headers: list[QHeaderView] = []
    for name in ("header", "horizontalHeader", "verticalHeader"):
        header = getattr(view, name, None)
        if header is not None and header() is not None and header().isVisible():
            headers.append(header())
    return [h for h in headers if h.orientation() == Qt.Orientation.Horizontal]


def _visible_indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The model indexes of ``view`` drawn in its viewport (trees: children too)."""
    model = view.model()
    shown = view.viewport().rect()

    def walk(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                if view.visualRect(index).intersects(shown):
                    yield index
            first = model.index(row, 0, parent)
            if first.isValid() and model.rowCount(first) > 0:
                yield from walk(first)

    yield from walk(view.rootIndex())


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """How many columns ``model`` has (a list model's count is private in Qt: one)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


# --------------------------------------------------------------------------- English messages


class Template(NamedTuple):
    """An English message of a catalog, as a pattern; its source and its catalog, and how many
    letters and words of its own it has (outside its placeholders)."""

    pattern: re.Pattern[str]
    source: str
    catalog: str
    letters: int
    words: int

    def matches(self, text: str) -> bool:
        """Whether ``text`` is this message. A message of one word and placeholders ("{role}
        in {title}") is one only if its own letters make half the text's: otherwise any title
        with "in" in it would be English."""
        if not self.pattern.fullmatch(text):
            return False
        return self.words >= 2 or 2 * self.letters >= _letters(text)


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
_WORD = re.compile(r"[^\W\d_]{2,}")


def normal(text: str) -> str:
    """A text as compared: no ``&`` mark, no surrounding space, its first letter small (the
    window starts the core's lower-case messages with a capital)."""
    text = without_mnemonic(text).strip()
    return text[:1].lower() + text[1:]


def template(source: str, catalog: str) -> Template | None:
    """A message as a pattern (placeholders match anything; a count, digits); None for a
    message with no word of its own (``{title} — {app}``), which no language changes."""
    text = normal(source)
    parts = _PLACEHOLDER.split(text)
    if not any(_WORD.search(part) for part in parts):
        return None
    wild = [r"\d+" if mark == "%n" else ".+" for mark in _PLACEHOLDER.findall(text)]
    body = "".join(re.escape(p) + w for p, w in zip_longest(parts, wild, fillvalue=""))
    own = "".join(parts)
    pattern = re.compile(body + r"\.?", re.DOTALL)
    return Template(pattern, source, catalog, _letters(own), len(_WORD.findall(own)))


def _letters(text: str) -> int:
    return sum(char.isalpha() for char in text)


def window_messages(language: str) -> Iterator[tuple[tuple[str, ...], bool]]:
    """The English texts (a plural's forms too) of each message of the window's catalog, and
    whether its translation in ``language`` is that English (kept by the translator)."""
    english = {key: texts for key, texts, _ in _ts_messages("en")}
    for key, texts, finished in _ts_messages(language):
        said = (*english.get(key, ()), key[1])
        yield said, finished and all(texts) and set(texts) <= set(said)


def _ts_messages(language: str) -> Iterator[tuple[tuple[str, str], tuple[str, ...], bool]]:
    path = translations_dir() / f"briefing_{language}.ts"
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            finished = translation.get("type") is None
            yield (name, message.findtext("source") or ""), texts, finished


def core_words() -> list[str]:
    """The core's words the window shows through its catalog: item kinds, roles, participant
    categories, the fields of a list of people."""
    tables = (ITEM_KIND_LABELS, ROLE_LABELS, CATEGORY_LABELS, FIELD_LABELS)
    return [word for table in tables for word in table.values()]


def core_messages(language: str) -> Iterator[tuple[tuple[str, ...], bool]]:
    """The English of each message of the core's catalog, and whether its translation in
    ``language`` is that English; a word of the core missing from the catalog is English in
    every language."""
    with CORE_TEMPLATE.open("rb") as handle:
        ids = [m.id for m in read_po(handle) if m.id]
    yield from (((word,), False) for word in core_words() if word not in ids)
    translated = {m.id: m for m in read_catalog(language) if m.id}
    for msgid in ids:
        english = msgid if isinstance(msgid, tuple) else (msgid,)
        message = translated.get(msgid)
        strings = message.string if message is not None else ""
        strings = strings if isinstance(strings, tuple) else (strings,)
        done = message is not None and not message.fuzzy and all(strings)
        yield english, done and set(strings) <= set(english)


def catalog_messages(language: str) -> Iterator[tuple[str, tuple[str, ...], bool]]:
    """Each message of the window's and the core's catalogs: its catalog, its English texts,
    and whether ``language`` keeps them as they are."""
    for catalog, messages in (
        ("window", window_messages(language)),
        ("core", core_messages(language)),
    ):
        for texts, kept in messages:
            yield catalog, texts, kept


def english_templates(language: str) -> list[Template]:
    """Every English message that ``language`` says otherwise, as a pattern."""
    found = [
        template(text, catalog)
        for catalog, texts, kept in catalog_messages(language)
        if not kept
        for text in texts
    ]
    return list({t.pattern.pattern: t for t in found if t is not None}.values())


def kept_english(language: str) -> set[str]:
    """The English texts ``language`` keeps as they are ("PDF", "Cc"): never English left,
    though a message written alike may be translated ("cc" in a sentence)."""
    return {
        without_mnemonic(text).strip()
        for _catalog, texts, kept in catalog_messages(language)
        if kept
        for text in texts
    }


def english_left(walk: Walk, templates: list[Template], kept: set[str]) -> list[str]:
    """One line per text shown in English (and widget class): the text, the class, the first
    place it was seen (and how many others), the English message it is."""
    exact = {normal(t.source): t for t in templates if not _has_placeholder(t)}
    wild = [t for t in templates if _has_placeholder(t)]
    data = {normal(d) for d in walk.data}
    found: dict[tuple[str, str], list[str]] = {}
    message: dict[tuple[str, str], Template] = {}
    for seen in walk.seen:
        text = normal(seen.text)
        if text in data or not _WORD.search(text) or seen.text in kept:
            continue
        match = exact.get(text) or exact.get(text.rstrip("."))
        match = match or next((t for t in wild if t.matches(text)), None)
        if match is not None:
            key = (seen.text, seen.kind)
            found.setdefault(key, []).append(seen.where)
            message[key] = match
    return [
        f"{text!r} ({kind}) at {places[0]}{_others(places)}  [{message[text, kind].catalog}: "
        f"{message[text, kind].source!r}]"
        for (text, kind), places in sorted(found.items())
    ]


def _has_placeholder(template: Template) -> bool:
    return bool(_PLACEHOLDER.search(template.source))


def _others(places: list[str]) -> str:
    others = len(set(places)) - 1
    return f" (and {others} more)" if others else ""


# --------------------------------------------------------------------------- the user's data


def data_texts(value: object) -> set[str]:
    """Every text of a meeting (or any of its parts) and each of its lines: the user's words."""
    if isinstance(value, enum.Enum):
        return set()  # a kind, a role, a category: the app's words, shown translated
    if isinstance(value, str):
        lines = (line.strip().removeprefix("- ").strip() for line in value.splitlines())
        return {value, *(line for line in lines if line)}
    if isinstance(value, bytes | dt.date | dt.time | int | float | bool | None):
        return set()
    if isinstance(value, tuple | list):
        return set().union(*(data_texts(v) for v in value))
    if dataclasses.is_dataclass(value):
        return set().union(*(data_texts(getattr(value, f.name)) for f in dataclasses.fields(value)))
    return set()


def walk_meeting() -> Meeting:
    """The sample meeting with what the sample lacks to show every editor: a coffee break after it, a
    background note of its own text, a note from a file, and a full and a per-session pack."""
    sample = sample_meeting()
    last = sample.agenda[-1]
    coffee = AgendaItem("coffee", "Coffee", last.end, dt.time(13, 30), kind=ItemKind.BREAK)
    notes = (
        Note(
            "concept",
            "About the consultation",
            "Why the defenders matter.",
            session_ids=("welcome",),
        ),
        Note(
            "paper",
            "Reading list",
            attachment=Attachment("reading-list.md", b"# Reading\n\n- UNGPs\n"),
        ),
    )
    packs = (
        PackDefinition("everything", "Participants' pack"),
        PackDefinition("briefs", "Moderator briefs", kind=PackKind.PER_SESSION),
    )
    agenda = (*sample.agenda, coffee)
    return dataclasses.replace(sample, agenda=agenda, notes=notes, packs=packs)


# --------------------------------------------------------------------------- the walk


def visit(collector: Collector, root: QWidget, where: str) -> None:
    """Look at ``root``, then at each tab of each of its tab widgets in turn (nested ones too)."""
    collector.look(root, where)
    for tabs in _outer_tab_widgets(root):
        before = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == before:
                continue
            tabs.setCurrentIndex(index)
            tab = without_mnemonic(tabs.tabText(index))
            visit(collector, tabs.widget(index), f"{where} › {tab}")
        tabs.setCurrentIndex(before)


def _outer_tab_widgets(root: QWidget) -> list[QTabWidget]:
    """The visible tab widgets of ``root`` that are not inside another one below ``root``."""
    found = []
    for tabs in root.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if tabs.isVisible() and (parent is root or parent is None):
            found.append(tabs)
    return found


def visit_pages(qtbot: QtBot, window: MainWindow, collector: Collector) -> None:
    """Every page of the navigator, with each entry of its list selected in turn."""
    for index, page in enumerate(PAGES):
        window.navigator.setCurrentRow(index)  # as a click in the navigator does
        shown = window.current_page()
        name = f"{page.name} page"
        if not isinstance(shown, MasterDetailPage):
            visit(collector, shown, name)
            continue
        view, model = shown.view, shown.view.model()
        for row in range(model.rowCount()):
            view.setCurrentIndex(model.index(row, 0))
            label = str(model.index(row, 0).data() or row)[:30]
            visit(collector, shown, f"{name} [{label}]")


def open_menus(qtbot: QtBot, window: MainWindow, collector: Collector) -> None:
    """Open each menu of the menu bar (and their submenus) and look at it."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for shown in [menu, *menu.findChildren(QMenu)]:
            shown.popup(window.mapToGlobal(QPoint(40, 40)))
            qtbot.waitUntil(shown.isVisible)
            collector.look(shown, f"{without_mnemonic(menu.title())} menu")
            shown.hide()


def answer_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The next open-file dialog answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def look_instead_of_exec(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, cls: type[QDialog], collector: Collector
) -> list[str]:
    """A modal dialog shows, is looked at and is cancelled instead of waiting for the user."""
    titles: list[str] = []

    def exec_(self: QDialog) -> int:
        self.show()
        qtbot.waitExposed(self)
        titles.append(self.windowTitle())
        visit(collector, self, cls.__name__)
        self.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", exec_)
    return titles


def open_dialogs(
    qtbot: QtBot,
    window: MainWindow,
    collector: Collector,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Preferences, Build, Move Following Items, the three import previews, the help and the
    About box, each opened from its menu action."""
    from ui.preferences import PreferencesDialog

    preferences = look_instead_of_exec(monkeypatch, qtbot, PreferencesDialog, collector)
    window.preferences_action.trigger()
    assert preferences, "Preferences did not open"
    build = window.show_build_dialog()
    qtbot.waitExposed(build)
    visit(collector, build, "Build dialog")
    build.reject()
    window.show_page(AGENDA)
    window.agenda_page.select_entry(window.meeting.agenda[0].id)
    move = window.show_move_dialog()
    assert move is not None, "Move Following Items did not open"
    qtbot.waitExposed(move)
    visit(collector, move, "Move Following Items")
    move.reject()
    open_imports(qtbot, window, collector, monkeypatch, tmp_path)
    open_help(qtbot, window, collector, monkeypatch)


def open_imports(
    qtbot: QtBot,
    window: MainWindow,
    collector: Collector,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The agenda, Indico and people import previews, from the File menu's actions."""
    agenda = look_instead_of_exec(monkeypatch, qtbot, AgendaImportDialog, collector)
    people = look_instead_of_exec(monkeypatch, qtbot, PeopleImportDialog, collector)
    imports = window.import_actions
    answer_open(monkeypatch, CONCEPT_NOTE)
    imports.import_agenda_action.trigger()
    answer_open(monkeypatch, INDICO)
    imports.import_indico_action.trigger()
    csv = tmp_path / "registrations.csv"
    csv.write_text(PEOPLE_CSV, encoding="utf-8")
    answer_open(monkeypatch, csv)
    imports.import_people_action.trigger()
    assert len(agenda) == 2 and len(people) == 1, "an import preview did not open"


def open_help(
    qtbot: QtBot, window: MainWindow, collector: Collector, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The User Guide, Keyboard Shortcuts and the About box."""
    helps = help_actions(window)
    assert helps is not None
    for action, name in ((helps.guide_action, "User Guide"), (helps.shortcuts_action, "Shortcuts")):
        action.trigger()
        dialog = helps.guide if action is helps.guide_action else helps.shortcuts
        assert dialog is not None
        qtbot.waitExposed(dialog)
        visit(collector, dialog, name)
        dialog.close()

    def about(parent: QWidget, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.show()
        qtbot.waitExposed(box)
        visit(collector, box, "About box")
        box.close()
        box.deleteLater()

    monkeypatch.setattr(QMessageBox, "about", about)
    window.about_action.trigger()


def imported_data() -> set[str]:
    """The words of the files the import previews show: the user's, not the window's."""
    concept = read_concept_note(read_source_file(CONCEPT_NOTE), CONCEPT_NOTE.name).meeting
    indico = read_indico_file(INDICO).meeting
    texts = data_texts(concept) | data_texts(indico)
    texts |= {p.display_name for p in (*concept.people, *indico.people)}
    rows = [line.split(",") for line in PEOPLE_CSV.splitlines()]
    texts |= {cell for row in rows for cell in row}
    texts |= {f"{row[0]} {row[1]}" for row in rows[1:]}  # the first and last names joined
    return texts | {CONCEPT_NOTE.name, INDICO.name, "registrations.csv"}


_WALKS: dict[str, Walk] = {}


def walk_window(
    language: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Walk:
    """Walk the window in ``language`` once: its pages, menus and dialogs."""
    if language in _WALKS:
        return _WALKS[language]
    assert use_language(language) == language, f"no compiled catalog for {language}"
    try:
        collector = Collector()
        window = MainWindow(drafts=tmp_path / "drafts")
        qtbot.addWidget(window)
        meeting = walk_meeting()
        window.set_meeting(meeting)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.checks_ready)
        collector.look(window, "main window")
        visit_pages(qtbot, window, collector)
        open_menus(qtbot, window, collector)
        open_dialogs(qtbot, window, collector, monkeypatch, tmp_path)
        data = data_texts(meeting) | imported_data() | set(LANGUAGE_NAMES.values())
        window.document.flush()
        _WALKS[language] = Walk(list(collector.seen), collector.clipped_lines(), data)
    finally:
        use_language("en")
    return _WALKS[language]


def report(language: str, what: str, lines: list[str]) -> str:
    """The problems as a person reads them: how many, then one per line."""
    return f"{language}: {len(lines)} {what}:\n" + "\n".join(f"  {line}" for line in lines)


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_is_left_in_the_window(
    language: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    walk = walk_window(language, qtbot, monkeypatch, tmp_path)
    assert len(walk.seen) > 500, "the walk saw too little to judge"
    problems = english_left(walk, english_templates(language), kept_english(language))
    assert not problems, report(language, "texts in English", problems)
    assert window_language() == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_off(
    language: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    walk = walk_window(language, qtbot, monkeypatch, tmp_path)
    assert not walk.clipped, report(language, "widgets cut off", walk.clipped)


# A window whose own words use no Latin letters (Arabic) shows English only where the text was
# never put through translation at all, which the catalogs cannot know: two Latin words in a row
# that are neither the user's data nor a name kept in every language are such a text.
_LATIN_RUN = re.compile(r"[A-Za-z’'-]{2,}(?: +[A-Za-z’'-]{2,})+")
_KEPT_NAMES = {
    word.casefold()
    for word in [
        "PDF",
        "DOCX",
        "CSV",
        "JSON",
        "XLSX",
        "TXT",
        "HTML",
        "Markdown",
        "Excel",
        "Word",
        "Indico",
        "URL",
        "HTTP",
        "HTTPS",
        "BCP",
        "Ctrl",
        "Shift",
        "Alt",
        "Del",
        "Ins",
        "Up",
        "Down",
        "Page",
        "Enter",
        "Esc",
        "Home",
        "End",
        "Tab",
        "Noto",
        "Sans",
        "Arabic",
        "SC",
        "Qt",
        "Python",
        "English",
        "Français",
        "Español",
        "Русский",
        "Letter",
        "A4",
        "px",
        "KB",
        "MB",
        "Briefing",
        "Pack",
        "Assembler",
    ]
}


def never_translated(walk: Walk) -> list[str]:
    """Each text holding two Latin words in a row that no user data (whole, or cut short with
    "…") nor kept name explains."""
    data = "\n".join(walk.data)
    found: dict[tuple[str, str], list[str]] = {}
    for seen in walk.seen:
        runs = [
            run
            for run in _LATIN_RUN.findall(seen.text)
            if run not in data and not all(w.casefold() in _KEPT_NAMES for w in run.split())
        ]
        if runs:
            found.setdefault((seen.text, seen.kind), []).append(seen.where)
    return [
        f"{text!r} ({kind}) at {places[0]}{_others(places)}"
        for (text, kind), places in sorted(found.items())
    ]


def test_the_arabic_window_shows_no_text_that_skipped_translation(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    walk = walk_window("ar", qtbot, monkeypatch, tmp_path)
    problems = never_translated(walk)
    assert not problems, report("ar", "texts never translated", problems)
