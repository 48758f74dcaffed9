"""Help: the user guide opens in the window's language, stays inside its own files, and the
shortcuts list says what the window's menus really do."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ui.help import (
    HELP_DIR,
    HelpBrowser,
    ShortcutsDialog,
    UserGuideDialog,
    help_actions,
    menu_title,
)
from ui.i18n import set_window_language, window_language
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

NATIVE = QKeySequence.SequenceFormat.NativeText
LANGUAGES = sorted(p.name for p in HELP_DIR.iterdir() if p.is_dir())
PAGES = [
    (lang, page.name) for lang in LANGUAGES for page in sorted((HELP_DIR / lang).glob("*.html"))
]
REMOTE = ("http:", "https:", "ftp:", "//", "data:", "javascript:", "file:", "mailto:")


@pytest.fixture(autouse=True)
def window_language_restored() -> Iterator[None]:
    """Each test may set the window's language; the next one starts in the same as before."""
    before = window_language()
    yield
    set_window_language(before)


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The web addresses handed to the system's browser (none really opens)."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    return opened


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    """A real main window (it puts the help actions in its Help menu)."""
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def help_menu(window: MainWindow) -> QMenu:
    """The window's Help menu."""
    for action in window.menuBar().actions():
        if menu_title(action) == "Help" and action.menu() is not None:
            return action.menu()
    raise AssertionError("the window has no Help menu")


def guide(qtbot: QtBot, language: str) -> UserGuideDialog:
    """The guide opened in a window speaking ``language``."""
    set_window_language(language)
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# --------------------------------------------------------------------------- the guide's pages


class PageParts(HTMLParser):
    """What a page links to and names: its anchors, links, tags and attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note the tag, its id or name, and every address it holds."""
        self.tags.append(tag)
        for name, value in attrs:
            self.attributes.append(name)
            if name in ("id", "name") and value:
                self.ids.add(value)
            if name in ("href", "src", "background", "cite", "data") and value is not None:
                self.links.append((tag, name, value))


def parts(path: Path) -> PageParts:
    """The parts of one page of the guide."""
    parser = PageParts()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_the_guide_has_the_same_pages_in_every_language() -> None:
    assert set(LANGUAGES) == {"ar", "en", "es", "fr", "ru", "zh"}  # the six UN languages
    english = sorted(p.name for p in (HELP_DIR / "en").glob("*.html"))
    assert "index.html" in english and len(english) >= 10
    for language in LANGUAGES:
        assert sorted(p.name for p in (HELP_DIR / language).glob("*.html")) == english


@pytest.mark.parametrize(("language", "page"), PAGES)
def test_every_internal_link_leads_to_a_page_and_place_that_exist(language: str, page: str) -> None:
    path = HELP_DIR / language / page
    for tag, _attribute, value in parts(path).links:
        if tag == "a" and value.startswith(("http://", "https://")):
            continue
        target, _hash, anchor = value.partition("#")
        file = (path.parent / target).resolve() if target else path
        assert file.is_file(), f"{page} links to {value}, which does not exist"
        assert file.is_relative_to(HELP_DIR.resolve()), f"{page} links out of the guide: {value}"
        if anchor:
            assert anchor in parts(file).ids, f"{page} links to {value}: no such place"


@pytest.mark.parametrize(("language", "page"), PAGES)
def test_no_page_can_run_or_fetch_anything(language: str, page: str) -> None:
    path = HELP_DIR / language / page
    found = parts(path)
    assert not {"script", "iframe", "object", "embed", "form", "base"} & set(found.tags)
    assert not [a for a in found.attributes if a.startswith("on")], "event handler attribute"
    assert "style" not in found.attributes, "styles belong in help.css"
    for tag, attribute, value in found.links:
        remote = value.strip().lower().startswith(REMOTE)
        web_link = tag == "a" and attribute == "href" and value.startswith("https://")
        assert not remote or web_link, f"{page}: {tag} {attribute}={value}"
    assert found.links and ("link", "href", "../help.css") in found.links


def test_the_style_sheet_fetches_nothing() -> None:
    style = (HELP_DIR / "help.css").read_text(encoding="utf-8").lower()
    assert "url(" not in style and "@import" not in style and "@font-face" not in style


# --------------------------------------------------------------------------- the guide dialog


def test_the_guide_opens_on_its_contents_in_english(qtbot: QtBot) -> None:
    dialog = guide(qtbot, "en")
    assert dialog.windowTitle() == "User Guide"
    assert not dialog.isModal()
    assert Path(dialog.browser.source().toLocalFile()) == HELP_DIR / "en" / "index.html"
    text = dialog.browser.toPlainText()
    assert "Briefing Pack Assembler" in text and "Restricted packs" not in text
    assert "Troubleshooting" in text


def test_the_guide_opens_in_french_in_a_french_window(qtbot: QtBot) -> None:
    dialog = guide(qtbot, "fr")
    assert Path(dialog.browser.source().toLocalFile()) == HELP_DIR / "fr" / "index.html"
    assert "Sommaire" in dialog.browser.toPlainText()


@pytest.mark.parametrize(
    ("language", "shown"), [("de", "en"), ("pt-BR", "en"), ("fr-CA", "fr"), ("zh-Hans", "zh")]
)
def test_a_language_without_a_guide_gets_the_closest_one(
    qtbot: QtBot, language: str, shown: str
) -> None:
    dialog = guide(qtbot, language)
    assert Path(dialog.browser.source().toLocalFile()).parent.name == shown


def test_the_style_sheet_is_applied(qtbot: QtBot) -> None:
    dialog = guide(qtbot, "en")
    heading = dialog.browser.document().firstBlock()
    assert heading.text() == "Briefing Pack Assembler"
    assert heading.charFormat().foreground().color().name() == "#1a3a5c"  # from help.css


def test_links_navigate_and_back_forward_and_contents_return(qtbot: QtBot) -> None:
    dialog = guide(qtbot, "en")
    assert not dialog.back_button.isEnabled()
    dialog.browser.follow_link(QUrl("packs.html#restricted"))
    assert dialog.page() == "packs.html"
    assert dialog.browser.source().fragment() == "restricted"
    assert dialog.browser.verticalScrollBar().value() > 0  # scrolled down to the place
    assert dialog.back_button.isEnabled()
    dialog.back_button.click()
    assert dialog.page() == "index.html"
    assert dialog.forward_button.isEnabled()
    dialog.forward_button.click()
    assert dialog.page() == "packs.html"
    dialog.home_button.click()
    assert dialog.page() == "index.html"


def test_a_web_link_opens_in_the_browser_only_when_clicked(
    qtbot: QtBot, opened_urls: list[str]
) -> None:
    dialog = guide(qtbot, "en")
    assert opened_urls == []  # showing pages opens nothing
    dialog.browser.anchorClicked.emit(QUrl("https://www.ohchr.org/"))
    assert opened_urls == ["https://www.ohchr.org/"]
    assert dialog.page() == "index.html"


@pytest.mark.parametrize(
    "link",
    ["javascript:alert(1)", "file:///etc/passwd", "../../../README.md", "ftp://example.org/x"],
)
def test_other_links_are_refused(qtbot: QtBot, opened_urls: list[str], link: str) -> None:
    dialog = guide(qtbot, "en")
    dialog.browser.anchorClicked.emit(QUrl(link))
    assert dialog.page() == "index.html"
    assert opened_urls == []


def test_load_resource_reads_only_files_of_the_guide(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = guide(qtbot, "en")
    browser = dialog.browser
    html = QTextDocument.ResourceType.HtmlResource
    image = QTextDocument.ResourceType.ImageResource
    readme = Path(__file__).resolve().parents[2] / "README.md"
    assert readme.is_file()
    assert browser.loadResource(html, QUrl.fromLocalFile(str(readme))) is None
    assert browser.loadResource(html, QUrl("../../../README.md")) is None
    assert browser.loadResource(image, QUrl("https://example.org/tracker.png")) is None
    assert browser.loadResource(image, QUrl("data:image/png;base64,AAAA")) is None
    assert browser.loadResource(html, QUrl.fromLocalFile(str(HELP_DIR / "en"))) is None
    page = browser.loadResource(html, QUrl("agenda.html"))
    assert isinstance(page, str) and "Move Following Items" in page


def test_a_link_out_of_the_guide_is_refused_even_through_a_symbolic_link(
    qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "help"
    (root / "en").mkdir(parents=True)
    (root / "en" / "index.html").write_text("<p>Home</p>", encoding="utf-8")
    secret = tmp_path / "secret.html"
    secret.write_text("<p>Secret</p>", encoding="utf-8")
    (root / "en" / "away.html").symlink_to(secret)
    browser = HelpBrowser(root)
    qtbot.addWidget(browser)
    browser.setSource(QUrl.fromLocalFile(str(root / "en" / "index.html")))
    assert browser.toPlainText() == "Home"
    resource = QTextDocument.ResourceType.HtmlResource
    assert browser.loadResource(resource, QUrl("away.html")) is None
    browser.follow_link(QUrl("away.html"))
    assert browser.toPlainText() == "Home"


# --------------------------------------------------------------------------- the Help menu


def test_the_help_menu_has_the_guide_and_the_shortcuts(window: MainWindow) -> None:
    actions = {menu_title(a): a for a in help_menu(window).actions() if not a.isSeparator()}
    guide_action, shortcuts_action = actions["User Guide"], actions["Keyboard Shortcuts"]
    assert guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert shortcuts_action.shortcut() == QKeySequence("Ctrl+/")
    assert help_menu(window).actions()[:2] == [guide_action, shortcuts_action]
    # F1 is the guide's alone: a second action with it would make the key do nothing
    f1 = QKeySequence(QKeySequence.StandardKey.HelpContents)
    with_f1 = [a for a in window.findChildren(type(guide_action)) if f1 in a.shortcuts()]
    assert with_f1 == [guide_action]


def test_each_help_action_opens_one_dialog_and_raises_it_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    helps = help_actions(window)
    assert helps is not None
    helps.guide_action.trigger()
    first = helps.guide
    assert isinstance(first, UserGuideDialog) and first.isVisible()
    assert first.parent() is window and not first.isModal()
    first.browser.follow_link(QUrl("notes.html"))
    first.close()
    helps.guide_action.trigger()
    assert helps.guide is first and first.isVisible()
    assert first.page() == "notes.html"  # where the reader left it
    helps.shortcuts_action.trigger()
    helps.shortcuts_action.trigger()
    assert len(window.findChildren(ShortcutsDialog)) == 1
    assert len(window.findChildren(UserGuideDialog)) == 1


# --------------------------------------------------------------------------- the shortcuts


def shortcuts_dialog(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    """The shortcuts dialog, opened from the Help menu."""
    helps = help_actions(window)
    assert helps is not None
    helps.shortcuts_action.trigger()
    dialog = helps.shortcuts
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_shortcuts_list_save_as_and_build_with_their_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = shortcuts_dialog(qtbot, window)
    rows = dialog.visible_rows()
    save_as = QKeySequence("Ctrl+Shift+S").toString(NATIVE)
    assert ("File", "Save As…", save_as) in rows
    assert ("File", "Build…", QKeySequence("Ctrl+B").toString(NATIVE)) in rows
    assert ("Help", "Keyboard Shortcuts", QKeySequence("Ctrl+/").toString(NATIVE)) in rows
    assert ("View", "Agenda", QKeySequence("Ctrl+2").toString(NATIVE)) in rows
    menus = [title for title, _name, _keys in rows]
    assert menus.index("File") < menus.index("Edit") < menus.index("View") < menus.index("Help")


def test_chinese_shortcuts_name_commands_without_their_key_marks(qtbot: QtBot) -> None:
    from ui.i18n import use_language

    use_language("zh")  # Chinese menus write the mark after the words: 新建会议(&N)
    window = MainWindow()
    qtbot.addWidget(window)
    rows = shortcuts_dialog(qtbot, window).visible_rows()
    assert ("文件", "新建会议", QKeySequence("Ctrl+N").toString(NATIVE)) in rows
    assert not [name for _menu, name, _keys in rows if name.endswith(")")]  # no "(N)"


def test_every_menu_shortcut_of_the_window_is_listed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = shortcuts_dialog(qtbot, window)
    listed = {(name, keys) for _menu, name, keys in dialog.visible_rows()}
    expected = set()
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if not action.isSeparator() and not action.shortcut().isEmpty():
                expected.add((menu_title(action), action.shortcut().toString(NATIVE)))
    assert len(expected) > 20
    assert expected <= listed


def test_the_filter_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    dialog = shortcuts_dialog(qtbot, window)
    everything = len(dialog.visible_rows())
    qtbot.keyClicks(dialog.filter_edit, "save")
    rows = dialog.visible_rows()
    assert ("File", "Save As…", QKeySequence("Ctrl+Shift+S").toString(NATIVE)) in rows
    assert 0 < len(rows) < everything
    assert all("save" in f"{name} {keys}".lower() for _menu, name, keys in rows)
    assert not dialog.empty_label.isVisible()
    dialog.filter_edit.setText(QKeySequence("Ctrl+B").toString(NATIVE))
    assert [name for _menu, name, _keys in dialog.visible_rows()] == ["Build…"]
    dialog.filter_edit.setText("no such command")
    assert dialog.visible_rows() == []
    assert dialog.empty_label.isVisible()
    assert dialog.empty_label.text() == "No shortcut matches “no such command”."
    dialog.filter_edit.clear()
    assert len(dialog.visible_rows()) == everything


def test_the_list_follows_the_actions_as_they_are_now(qtbot: QtBot, window: MainWindow) -> None:
    dialog = shortcuts_dialog(qtbot, window)
    dialog.close()
    window.build_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    dialog = shortcuts_dialog(qtbot, window)
    assert ("File", "Build…", QKeySequence("Ctrl+Shift+B").toString(NATIVE)) in (
        dialog.visible_rows()
    )
