"""The PDF preview shows a built pack: its pages, page and zoom controls, and its bookmarks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPdf import QPdfDocument, QPdfLinkModel
from pytestqt.qtbot import QtBot

from briefing.build import BuildRequest, build_packs
from briefing.sample import sample_meeting
from ui.preview import PdfPreview

pytestmark = pytest.mark.gui

TOP_LEVEL = ["Overview", "Programme", "Sessions", "Speaker bios", "Contacts and logistics"]


@pytest.fixture(scope="module")
def pack_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample meeting's first pack, built as a PDF."""
    meeting = sample_meeting()
    request = BuildRequest(
        meeting.pack_definitions()[0],
        tmp_path_factory.mktemp("pack"),
        build_date=dt.date(2017, 11, 28),
    )
    return build_packs(meeting, request).files[0].path


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreview:
    """A shown preview, nothing loaded."""
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def loaded(qtbot: QtBot, preview: PdfPreview, pack_pdf: Path) -> PdfPreview:
    """The preview showing the sample pack, ready."""
    assert preview.load(pack_pdf)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    qtbot.waitUntil(lambda: preview.bookmarks_view.model().rowCount() > 0)
    return preview


def _top_level(preview: PdfPreview) -> dict[str, QModelIndex]:
    model = preview.bookmarks_view.model()
    indexes = [model.index(row, 0) for row in range(model.rowCount())]
    return {index.data(Qt.ItemDataRole.DisplayRole): index for index in indexes}


def _outline_page(path: Path, title: str) -> int:
    reader = pypdf.PdfReader(path)
    entry = next(e for e in reader.outline if not isinstance(e, list) and e.title == title)
    return reader.get_destination_page_number(entry)


def test_nothing_loaded_shows_a_message(preview: PdfPreview) -> None:
    assert preview.page_count() == 0
    assert "No PDF" in preview.message()
    assert not preview.next_action.isEnabled()
    assert not preview.zoom_in_action.isEnabled()


def test_page_count_matches_the_file(loaded: PdfPreview, pack_pdf: Path) -> None:
    assert loaded.page_count() == len(pypdf.PdfReader(pack_pdf).pages)
    assert loaded.current_page() == 0
    assert loaded.page_spin.text() == f"1 of {loaded.page_count()}"


def test_bookmarks_list_the_pack_parts(loaded: PdfPreview) -> None:
    assert list(_top_level(loaded)) == TOP_LEVEL
    assert loaded.bookmarks_view.isVisible()


def test_next_and_previous_page(qtbot: QtBot, loaded: PdfPreview) -> None:
    assert not loaded.previous_action.isEnabled()
    loaded.next_action.trigger()
    qtbot.waitUntil(lambda: loaded.current_page() == 1)
    assert loaded.page_spin.value() == 2
    assert loaded.previous_action.isEnabled()
    loaded.previous_action.trigger()
    qtbot.waitUntil(lambda: loaded.current_page() == 0)


def test_the_page_box_jumps_to_its_page(qtbot: QtBot, loaded: PdfPreview) -> None:
    loaded.page_spin.setValue(4)
    qtbot.waitUntil(lambda: loaded.current_page() == 3)


def test_activating_a_bookmark_goes_to_its_page(
    qtbot: QtBot, loaded: PdfPreview, pack_pdf: Path
) -> None:
    expected = _outline_page(pack_pdf, "Programme")
    assert expected > 0
    view = loaded.bookmarks_view
    index = _top_level(loaded)["Programme"]
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: loaded.current_page() == expected)
    assert loaded.page_spin.value() == expected + 1


def test_zoom_in_and_out(qtbot: QtBot, loaded: PdfPreview) -> None:
    assert loaded.fit_width_action.isChecked()
    before = loaded._effective_zoom()
    loaded.zoom_in_action.trigger()
    assert loaded.view.zoomMode() == loaded.view.ZoomMode.Custom
    assert loaded.view.zoomFactor() == pytest.approx(before * 1.25)
    assert not loaded.fit_width_action.isChecked()
    loaded.zoom_out_action.trigger()
    assert loaded.view.zoomFactor() == pytest.approx(before)


def test_zoom_shortcut(qtbot: QtBot, loaded: PdfPreview) -> None:
    loaded.view.setFocus()
    qtbot.waitUntil(loaded.view.hasFocus)
    before = loaded._effective_zoom()
    qtbot.keyClick(loaded.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert loaded.view.zoomFactor() == pytest.approx(before * 1.25)


def test_fit_toggles(loaded: PdfPreview) -> None:
    loaded.fit_page_action.trigger()
    assert loaded.view.zoomMode() == loaded.view.ZoomMode.FitInView
    assert not loaded.fit_width_action.isChecked()
    loaded.fit_width_action.trigger()
    assert loaded.view.zoomMode() == loaded.view.ZoomMode.FitToWidth
    assert not loaded.fit_page_action.isChecked()


def test_a_garbage_file_shows_a_message(tmp_path: Path, loaded: PdfPreview) -> None:
    garbage = tmp_path / "broken.pdf"
    garbage.write_bytes(b"this is not a PDF at all")
    assert not loaded.load(garbage)
    assert "Cannot preview broken.pdf" in loaded.message()
    assert loaded.message_label.isVisible()
    assert not loaded.view.isVisible()
    assert loaded.page_count() == 0
    assert not loaded.next_action.isEnabled()


def test_a_missing_file_shows_a_message(tmp_path: Path, preview: PdfPreview) -> None:
    assert not preview.load(tmp_path / "gone.pdf")
    assert "Cannot preview gone.pdf" in preview.message()


def test_close_document(loaded: PdfPreview) -> None:
    loaded.close_document()
    assert loaded.page_count() == 0
    assert loaded.path is None
    assert "No PDF" in loaded.message()


def test_a_pack_loaded_while_hidden_shows_its_real_zoom_when_shown(
    qtbot: QtBot, pack_pdf: Path
) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.load(pack_pdf)  # built while the Preview page was not shown
    preview.resize(1000, 700)
    preview.show()
    qtbot.waitExposed(preview)
    label = preview._zoom_label
    qtbot.waitUntil(lambda: label.text().endswith("%") and int(label.text()[:-2]) >= 50)


def test_a_bookmark_knows_where_on_its_page_its_heading_is(loaded: PdfPreview) -> None:
    """A bio in the middle of a page: its bookmark goes there, not to the page's top."""
    from PySide6.QtPdf import QPdfBookmarkModel

    model = loaded.bookmarks_view.model()
    bios = _top_level(loaded)["Speaker bios"]
    heights = []
    for row in range(model.rowCount(bios)):
        index = model.index(row, 0, bios)
        location = index.data(QPdfBookmarkModel.Role.Location)
        page_height = loaded.document.pagePointSize(
            index.data(QPdfBookmarkModel.Role.Page)
        ).height()
        assert 0 < location.y() < page_height
        heights.append(location.y())
    assert max(heights) > page_height / 3  # some bios start well down their page


@pytest.fixture(scope="module")
def pack_with_note(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pack with a merged PDF note that links to its own sections and to a web page."""
    from tests.briefing.render.test_pdf import meeting_with_notes, only_pdf
    from tests.briefing.render.test_pdf_merge import linked_note

    meeting = meeting_with_notes(("report.pdf", linked_note()))
    request = BuildRequest(
        meeting.pack_definitions()[0], tmp_path_factory.mktemp("note"), build_date=DATE_OF_NOTE
    )
    return only_pdf(build_packs(meeting, request))


DATE_OF_NOTE = dt.date(2024, 5, 6)


def test_the_preview_follows_a_merged_notes_own_links(
    qtbot: QtBot, preview: PdfPreview, pack_with_note: Path
) -> None:
    """pdfium (QtPdf) reads the merged note's links, its web link, labels and bookmarks."""
    assert preview.load(pack_with_note)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    reader = pypdf.PdfReader(pack_with_note)
    texts = [page.extract_text() for page in reader.pages]
    contents = next(i for i, t in enumerate(texts) if "LINKED CONTENTS" in t)
    sections = [
        next(i for i, t in enumerate(texts) if f"LINKED SECTION {n}" in t) for n in range(1, 5)
    ]
    links = QPdfLinkModel()
    links.setDocument(preview.document)
    links.setPage(contents)
    qtbot.waitUntil(lambda: links.rowCount(QModelIndex()) >= 6)
    pages, urls = [], []
    for row in range(links.rowCount(QModelIndex())):
        link = links.data(links.index(row, 0), QPdfLinkModel.Role.Link.value)
        if link.url().isValid() and not link.url().isEmpty():
            urls.append(link.url().toString())
        else:
            pages.append(link.page())
    assert sorted(pages) == sorted([*sections, sections[-1]])
    assert "https://www.ohchr.org/en" in urls  # (pdfium also finds the address in the text)
    assert [preview.document.pageLabel(i) for i in range(3)] == ["1", "2", "3"]
    qtbot.waitUntil(lambda: preview.bookmarks_view.model().rowCount() > 0)
    titles = _titles(preview.bookmarks_view.model())
    assert "Note 1: report.pdf" in titles


def _titles(model: object, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):  # type: ignore[attr-defined]
        index = model.index(row, 0, parent)  # type: ignore[attr-defined]
        found.append(index.data(Qt.ItemDataRole.DisplayRole))
        found += _titles(model, index)
    return found
