"""Editing in the main window: create, add, reorder, undo and redo, files, and building the result."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.model import Role, RoleKind
from briefing.sample import sample_meeting
from briefing.store import load_meeting, save_meeting
from ui.app import create_main_window
from ui.main_window import AGENDA, CHECKS, MEETING, NOTES, PACKS, PEOPLE, PREVIEW, MainWindow
from ui.settings import AppSettings

pytestmark = pytest.mark.gui

WAIT = 60000  # ms; a ceiling for a hung build, not a speed target


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A window on a new, empty meeting, with drafts in the test's folder."""
    window = MainWindow(drafts=tmp_path / "Drafts")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.file_actions.new_meeting()
    return window


def _titles(window: MainWindow) -> list[str]:
    return [item.title for item in window.meeting.agenda]


def _add_item(window: MainWindow, title: str) -> None:
    window.show_page(AGENDA)
    window.add_action.trigger()
    editor = window.agenda_page.editor
    field = window.focusWidget()
    field.selectAll()
    field.insert(title)
    editor.flush_typing()


def test_create_a_meeting_add_items_and_a_moderator(qtbot: QtBot, window: MainWindow) -> None:
    assert window.meeting.agenda == () and window.document.path is None
    _add_item(window, "Opening")
    _add_item(window, "Pillar II gaps")
    assert _titles(window) == ["Opening", "Pillar II gaps"]
    second = window.meeting.agenda[1]
    assert second.start == window.meeting.agenda[0].end  # the new slot follows the last one
    window.show_page(PEOPLE)
    window.add_action.trigger()
    field = window.focusWidget()
    field.selectAll()
    field.insert("Sarah Brooks")
    window.people_page.editor.flush_typing()
    person = window.meeting.people[0]
    assert person.name == "Sarah Brooks"
    window.show_page(AGENDA)
    window.agenda_page.select_entry(second.id)
    assert window.agenda_page.editor.add_participant(person.id, Role(RoleKind.MODERATOR))
    assert window.meeting.agenda[1].people_in(RoleKind.MODERATOR) == (person.id,)
    assert window.undo_action.text() == "&Undo Add ‘Sarah Brooks’ to ‘Pillar II gaps’"
    window.document.flush()
    saved = load_meeting(window.document.path)  # a draft, made at the first change
    assert saved == window.meeting
    assert window.document.is_draft


def test_reorder_by_keys_and_by_drop_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    for title in ("Welcome", "Panel", "Wrap-up"):
        _add_item(window, title)
    page = window.agenda_page
    page.select_entry(window.meeting.agenda[2].id)
    page.view.setFocus()
    window.move_up_action.trigger()
    assert _titles(window) == ["Welcome", "Wrap-up", "Panel"]
    assert window.undo_action.text() == "&Undo Move ‘Wrap-up’ up"
    assert page.current_id() == window.meeting.agenda[1].id  # the moved item stays selected
    model = page.model
    data = model.mimeData([model.index(0, 0)])  # drag "Welcome" below the last item
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert _titles(window) == ["Wrap-up", "Panel", "Welcome"]
    assert window.undo_action.text() == "&Undo Move ‘Welcome’ down 2 places"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _titles(window) == ["Welcome", "Panel", "Wrap-up"]
    window.redo_action.trigger()
    assert _titles(window) == ["Welcome", "Wrap-up", "Panel"]
    assert window.move_up_action.isEnabled()


def test_remove_is_undone_with_everything_that_referred_to_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    before = window.meeting
    window.show_page(PEOPLE)
    person = before.people_in_order_of_appearance()[0]
    window.people_page.select_entry(person.id)
    window.remove_action.trigger()
    assert all(p.id != person.id for p in window.meeting.people)
    assert not any(person.id in item.people_in(RoleKind.KICK_OFF) for item in window.meeting.agenda)
    assert f"Undo Remove person ‘{person.name}’" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.meeting == before
    assert window.people_page.current_id() == person.id


def test_undo_shows_the_page_of_the_edit(qtbot: QtBot, window: MainWindow) -> None:
    _add_item(window, "Session one")
    window.show_page(CHECKS)
    window.undo_action.trigger()  # undo the title typed
    assert window.pages.currentIndex() == AGENDA
    assert _titles(window) == ["New agenda item"]


def test_checks_follow_the_meeting_as_it_changes(qtbot: QtBot, window: MainWindow) -> None:
    def messages() -> list[str]:
        return [f.message for f in window.checks_page.model.findings()]

    _add_item(window, "Morning")
    window.add_action.trigger()
    assert not any("overlaps" in m for m in messages())
    item = window.meeting.agenda[-1]
    moved = dataclasses.replace(item, start=window.meeting.agenda[0].start)
    field = window.agenda_page.editor
    field.commit({"start": moved.start}, "start time", "start", merge=False)
    qtbot.waitUntil(lambda: any("overlaps" in m for m in messages()))
    assert window.navigator.item(CHECKS).text() == f"Checks ({len(messages())})"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not any("overlaps" in m for m in messages()))


def test_a_pack_picked_in_the_builder_is_built_and_previewed(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(drafts=tmp_path / "Drafts")
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    window.show()
    window.show_page(PACKS)
    dropped = window.meeting.agenda[1]
    window.packs_page.editor.set_included("items", dropped.id, False)
    assert window.meeting.packs[0].item_ids == tuple(
        i.id for i in window.meeting.agenda if i.id != dropped.id
    )
    dialog = window.show_build_dialog()
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.format_boxes["docx"].setChecked(False)
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT) as blocker:
        dialog.build_button.click()
    pdf = next(f.path for f in blocker.args[0].files if f.format == "pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert window.meeting.agenda[0].title.split()[0] in text
    assert dropped.title not in text
    window.show_page(PREVIEW)
    qtbot.waitUntil(lambda: window.preview.page_count() > 0)
    dialog.close()


def test_save_as_and_open_recent(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_item(window, "Only item")
    window.document.flush()
    draft = window.document.path
    target = tmp_path / "chosen" / "My meeting"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Meeting files (*.meeting)")
    )
    assert window.file_actions.choose_save_as()
    saved = target.with_name("My meeting.meeting")
    assert window.document.path == saved and not draft.exists()
    assert draft not in window.settings.recent_files()  # only where the meeting now lives
    assert window.settings.last_dir() == saved.parent
    assert window.windowFilePath() == str(saved)
    assert load_meeting(saved) == window.meeting
    assert window.settings.recent_files()[0] == saved
    files = window.file_actions
    files.new_meeting()
    files.fill_recent_menu()
    entry = next(a for a in files.recent_menu.actions() if a.text().endswith("My meeting.meeting"))
    entry.trigger()
    assert _titles(window) == ["Only item"]
    assert window.document.path == saved


def test_a_new_start_opens_the_last_meeting_and_restores_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "last.meeting"
    save_meeting(sample_meeting(), path)
    first = create_main_window(path, drafts=tmp_path)
    qtbot.addWidget(first)
    first.resize(760, 560)  # within the offscreen screen (restoring clamps to it)
    first.close()
    second = create_main_window(drafts=tmp_path)
    qtbot.addWidget(second)
    assert second.document.path == path
    assert (second.width(), second.height()) == (760, 560)
    assert AppSettings().recent_files() == [path]


def test_with_no_recent_file_the_sample_opens(qtbot: QtBot, tmp_path: Path) -> None:
    window = create_main_window(drafts=tmp_path)
    qtbot.addWidget(window)
    assert window.meeting == sample_meeting()
    assert window.document.path is None
    assert window.windowTitle().startswith(sample_meeting().short_title)


def _drop(window: MainWindow, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropped_files_become_notes_and_others_are_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, no_modal_dialogs: list[tuple[str, str]]
) -> None:
    note = tmp_path / "Speaking points.md"
    note.write_text("# Points\n\n- first & <second>\n", encoding="utf-8")
    other = tmp_path / "budget.xlsx"
    other.write_bytes(b"PK\x03\x04")
    _drop(window, [note, other])
    assert [n.title for n in window.meeting.notes] == ["Points"]  # its own heading
    assert window.pages.currentIndex() == NOTES
    assert any("budget.xlsx" in text for _title, text in no_modal_dialogs)
    assert window.undo_action.text().startswith("&Undo Add note")


def test_a_failed_autosave_is_shown_and_offers_save_as_on_close(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gone" / "meeting.meeting"
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting(), path, saved_to=path)  # its folder has gone
    window.show_page(MEETING)
    window.add_action.trigger()  # not a list page: nothing happens
    window.show_page(AGENDA)
    window.add_action.trigger()
    window.document.flush()
    assert window.save_label.text() == "Not saved"
    asked: list[str] = []

    def answer(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    assert not window.close()  # Cancel keeps the window and the changes
    assert asked and "could not be saved" in asked[0]
    assert len(window.meeting.agenda) == len(sample_meeting().agenda) + 1


def test_undo_names_a_title_with_an_ampersand_as_written(qtbot: QtBot, window: MainWindow) -> None:
    _add_item(window, "Q&A session")
    window.agenda_page.view.setFocus()
    window.remove_action.trigger()
    assert window.undo_action.text() == "&Undo Remove agenda item ‘Q&&A session’"  # && shows &
    assert window.undo_action.toolTip().startswith("Undo Remove agenda item ‘Q&A session’")
    window.undo_action.trigger()
    assert window.redo_action.isEnabled() and "Q&&A" in window.redo_action.text()


def test_export_and_import_json_round_trip(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_item(window, "Exported item")
    target = tmp_path / "out" / "meeting"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.file_actions.export_json_action.trigger()
    written = target.with_name("meeting.json")
    assert written.exists()
    window.file_actions.new_meeting()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    window.file_actions.import_json_action.trigger()
    assert _titles(window) == ["Exported item"]
    assert window.document.path is None and window.path == written  # a draft at the first change


def test_a_second_window_cannot_open_a_meeting_open_in_the_first(
    qtbot: QtBot, tmp_path: Path, no_modal_dialogs: list[tuple[str, str]]
) -> None:
    path = tmp_path / "one.meeting"
    save_meeting(sample_meeting(), path)
    first, second = MainWindow(drafts=tmp_path), MainWindow(drafts=tmp_path)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.open_file(path)
    assert not second.open_file(path)
    [(title, text)] = no_modal_dialogs
    assert title == "Cannot open meeting" and "open in another window" in text
    assert "close it there first." in text and "still shows a new meeting." in text
    assert second.document.path is None  # it still shows what it showed
    first.close()
    assert second.open_file(path)


def test_emptying_an_hour_puts_the_old_time_back(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    window.show()
    qtbot.waitExposed(window)
    window.show_page(AGENDA)
    before = window.meeting
    start = window.agenda_page.editor.start_edit
    start.setFocus()
    start.setCurrentSection(start.sectionAt(0))  # the hour
    start.lineEdit().setSelection(0, 2)
    qtbot.keyClick(start, Qt.Key.Key_Delete)
    start.interpretText()
    qtbot.keyClick(start, Qt.Key.Key_Return)
    window.agenda_page.editor.flush_typing()
    assert window.meeting.agenda[0].start == before.agenda[0].start
    assert start.time().toString("HH:mm") == "10:00"


def test_a_refused_change_message_goes_when_the_user_moves_on(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    window.show()
    qtbot.waitExposed(window)
    window.show_page(PEOPLE)
    editor = window.people_page.editor
    assert not editor.commit({"email": "anita@@unwg"}, "email", "email")
    assert editor.error_line.isVisible() and "anita@@unwg" in editor.error_line.text()
    window.show_page(AGENDA)
    window.show_page(PEOPLE)
    assert not editor.error_line.isVisible()
    assert not editor.commit({"email": "x@"}, "email", "email")
    window.people_page.editor.commit({"position": "Chair"}, "position", "position")
    assert not editor.error_line.isVisible()


def test_undo_while_typing_undoes_the_typing_first(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    window.show()
    qtbot.waitExposed(window)
    window.show_page(PEOPLE)
    before = window.meeting
    removed = window.meeting.people[1]
    window.people_page.select_entry(removed.id)
    window.remove_action.trigger()  # one edit…
    field = window.people_page.editor.findChild(QLineEdit)
    field.setFocus()
    field.end(False)
    field.insert("XYZ")  # …then typing, not yet applied
    field.textEdited.emit(field.text())
    window.undo_action.trigger()
    assert window.document.undo_stack.count() == 2  # the remove, then the typing
    assert window.document.undo_stack.index() == 1  # only the typing was undone
    assert all(p.id != removed.id for p in window.meeting.people)
    assert not any(p.name.endswith("XYZ") for p in window.meeting.people)
    window.undo_action.trigger()
    assert window.meeting == before


def test_reopening_the_open_meeting_keeps_what_was_being_typed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "open.meeting"
    save_meeting(sample_meeting(), path)
    window = MainWindow(drafts=tmp_path / "drafts")
    qtbot.addWidget(window)
    assert window.open_file(path)
    window.show()
    window.show_page(MEETING)
    field = window.overview_page.editor.title_edit
    field.setFocus()
    field.end(False)
    field.insert(" TYPED")
    field.textEdited.emit(field.text())
    assert window.open_file(path)  # e.g. dropped on the window again
    assert window.meeting.title.endswith(" TYPED")
    window.document.flush()
    assert window.document.is_saved() and window.save_label.text() == "All changes saved"
    assert load_meeting(path).title.endswith(" TYPED")


def test_an_item_added_after_the_full_pack_was_edited_is_in_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    window.show_page(PACKS)
    window.packs_page.editor.commit({"name": "Participants' pack"}, "name", "name")
    assert window.meeting.packs  # the default pack is now written out
    _add_item(window, "Reception")
    assert [i.title for i in window.meeting.agenda].count("Reception") == 1
    assert window.meeting.packs[0].item_ids == tuple(i.id for i in window.meeting.agenda)
