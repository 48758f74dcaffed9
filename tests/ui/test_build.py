"""Building from the window: real dialog, real build in a QThread, results shown on the GUI thread."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from briefing.build import BuildRequest, build_packs
from briefing.model import Attachment, Meeting, Note
from briefing.output_swap import MOVE_PAUSE_VARIABLE
from briefing.sample import sample_meeting
from ui.build_dialog import BuildDialog
from ui.i18n import set_window_language
from ui.main_window import PREVIEW, MainWindow
from ui.tasks import BuildBusyError, BuildTask

pytestmark = pytest.mark.gui

WAIT = 60000  # ms; a ceiling for a hung build, not a speed target


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Every URL the dialog asks the desktop to open, instead of opening it."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def make_dialog(qtbot: QtBot, meeting: Meeting, folder: Path) -> BuildDialog:
    dialog = BuildDialog(meeting)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(folder))
    dialog.show()
    return dialog


def click_build(qtbot: QtBot, dialog: BuildDialog) -> None:
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)


def list_texts(widget: Any) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_build_sample_writes_and_lists_files(
    qtbot: QtBot, tmp_path: Path, opened: list[QUrl]
) -> None:
    dialog = make_dialog(qtbot, sample_meeting(), tmp_path)
    dialog.format_boxes["docx"].setChecked(True)
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT) as blocker:
        click_build(qtbot, dialog)
        assert dialog.task.is_running()
        assert not dialog.build_button.isEnabled()
    report = blocker.args[0]
    assert {f.format for f in report.files} == {"pdf", "docx"}
    for built in report.files:
        assert built.path.parent == tmp_path and built.path.is_file()
    pdf = next(f for f in report.files if f.format == "pdf")
    assert len(pypdf.PdfReader(pdf.path).pages) == pdf.pages > 0
    shown = list_texts(dialog.files_list)
    assert f"{pdf.path.name} — {pdf.pages} pages" in shown
    assert any(t.startswith(pdf.path.with_suffix(".docx").name) and "pages" not in t for t in shown)
    assert dialog.build_button.isEnabled() and not dialog.task.is_running()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_each_step_shows_in_the_windows_language(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, sample_meeting(), tmp_path)
    dialog.format_boxes["pdf"].setChecked(False)
    dialog.format_boxes["docx"].setChecked(True)
    steps: list[str] = []
    dialog.task.progress.connect(lambda text, *_: steps.append(text))
    set_window_language("fr")
    try:
        with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
            click_build(qtbot, dialog)
    finally:
        set_window_language("en")
    stem = "2017-11-30 Scaling Up Initiatives to Protect HRDs - Full pack"
    assert steps[:3] == [
        f"Écriture de {stem}",
        f"Enregistrement de {stem}",
        "Mise en place des dossiers",
    ]


def test_cancel_per_session_build_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, sample_meeting(), tmp_path)
    dialog.per_session_box.setChecked(True)
    dialog.format_boxes["docx"].setChecked(True)
    steps: list[str] = []
    dialog.task.progress.connect(lambda text, *_: steps.append(text))
    # Cancel as soon as the build reports its first step: the child process stops at its next.
    with qtbot.waitSignal(dialog.task.progress, timeout=WAIT):
        click_build(qtbot, dialog)
    with qtbot.waitSignal(dialog.task.cancelled, timeout=WAIT):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert steps and dialog.isVisible() is False  # Cancel during a build closes when it stops
    assert list(tmp_path.iterdir()) == []  # no pack, and the staging folder is gone
    assert not dialog.task.is_running()


def test_failing_build_shows_each_problem(qtbot: QtBot, tmp_path: Path) -> None:
    bad = Note("n", "Bad", attachment=Attachment("bad.pdf", b"%PDF-1.4 junk"))
    meeting = dataclasses.replace(sample_meeting(), notes=(bad,), packs=())
    dialog = make_dialog(qtbot, meeting, tmp_path)
    with qtbot.waitSignal(dialog.task.failed, timeout=WAIT) as blocker:
        click_build(qtbot, dialog)
    lines = blocker.args[0].splitlines()
    assert len(lines) >= 2 and any("bad.pdf" in line or "Bad" in line for line in lines)
    shown = list_texts(dialog.messages_list)
    assert shown[-len(lines) :] == lines  # the build's problems, after what the checks found
    assert shown[0].startswith("Note 'Bad' (bad.pdf): the PDF is damaged")
    assert dialog.files_list.count() == 0
    assert dialog.step_label.textFormat() == Qt.TextFormat.PlainText
    assert not any(p.suffix == ".pdf" for p in tmp_path.iterdir())


def test_event_loop_keeps_running_during_build(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, sample_meeting(), tmp_path)
    dialog.per_session_box.setChecked(True)
    dialog.format_boxes["docx"].setChecked(True)
    ticks = [0]
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
        click_build(qtbot, dialog)
        ticks[0] = 0  # count only while the worker runs
    timer.stop()
    assert ticks[0] >= 5  # the timer fired again and again while the worker built


def test_one_build_at_a_time(qtbot: QtBot, tmp_path: Path) -> None:
    task = BuildTask()
    meeting = sample_meeting()
    request = BuildRequest(meeting.pack_definitions()[0], tmp_path)
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        task.start(meeting, request)
        with pytest.raises(BuildBusyError):
            task.start(meeting, request)
    assert not task.is_running()
    with qtbot.waitSignal(task.finished, timeout=WAIT):  # and it can build again afterwards
        task.start(meeting, request)


def test_ctrl_b_opens_the_build_dialog(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    assert window.build_action.shortcut().toString() == "Ctrl+B"
    assert window.build_action.statusTip()
    window.build_action.trigger()
    dialogs = window.findChildren(BuildDialog)
    assert len(dialogs) == 1 and dialogs[0].meeting is window.meeting
    assert dialogs[0].pack_combo.currentText() == "Full pack"
    dialogs[0].reject()


def test_a_finished_build_loads_its_pdf_into_the_preview(
    qtbot: QtBot, tmp_path: Path, opened: list[QUrl]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    dialog = window.show_build_dialog()
    dialog.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.task.finished, timeout=60000):
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    assert window.preview.page_count() == 0  # opened when the user looks, not as the build ends
    window.show_page(PREVIEW)
    assert window.current_page() is window.preview
    qtbot.waitUntil(lambda: window.preview.page_count() > 0, timeout=10000)
    assert window.preview.page_count() == len(pypdf.PdfReader(next(tmp_path.glob("*.pdf"))).pages)


def test_the_dialog_lists_what_the_checks_found_before_building(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, sample_meeting(), tmp_path)
    shown = list_texts(dialog.messages_list)
    assert len(shown) == 8  # the sample's gap and its seven placeholder bios
    assert any(line.startswith("The bio of Michel Forst is still a placeholder.") for line in shown)
    assert dialog.step_label.text() == (
        "The checks found 8 warnings in this pack (listed below); you can still build."
    )


def test_an_output_folder_that_is_a_file_is_refused_before_building(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a_file = tmp_path / "packs"
    a_file.write_text("not a folder")
    dialog = make_dialog(qtbot, sample_meeting(), a_file / "inside")
    click_build(qtbot, dialog)
    assert not dialog.task.is_running()
    assert list_texts(dialog.messages_list) == [
        f"{a_file} is a file, not a folder: choose another output folder."
    ]


def test_a_file_written_opens_on_double_click(
    qtbot: QtBot, tmp_path: Path, opened: list[QUrl]
) -> None:
    dialog = make_dialog(qtbot, sample_meeting(), tmp_path)
    dialog.format_boxes["docx"].setChecked(False)
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
        click_build(qtbot, dialog)
    item = dialog.files_list.item(0)
    dialog.files_list.itemActivated.emit(item)
    assert [u.toLocalFile() for u in opened] == [item.data(Qt.ItemDataRole.UserRole)]


def test_closing_the_window_during_a_build_stops_it_first(qtbot: QtBot, tmp_path: Path) -> None:
    """The build's thread must never outlive the window (Qt aborts the process if it does)."""
    window = MainWindow(drafts=tmp_path / "drafts")
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    dialog = window.show_build_dialog()
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.per_session_box.setChecked(True)
    with qtbot.waitSignal(dialog.task.progress, timeout=WAIT):
        dialog.build_button.click()
    thread = dialog.task._thread
    assert thread is not None and thread.isRunning()
    window.close()
    assert thread.isFinished()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("*.pdf"))


def test_closing_the_window_during_the_moves_leaves_one_complete_set(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build ended mid-way through moving its packs: its moves are finished, never a mix."""
    folder, new = tmp_path / "packs", tmp_path / "expected"
    window = MainWindow(drafts=tmp_path / "drafts")
    qtbot.addWidget(window)
    window.set_meeting(sample_meeting())
    dialog = window.show_build_dialog()
    dialog.folder_edit.setText(str(folder))
    dialog.per_session_box.setChecked(True)
    request = dialog.request()
    build_packs(sample_meeting(), dataclasses.replace(request, output_dir=new))
    old_date = request.build_date - dt.timedelta(days=1)
    build_packs(sample_meeting(), dataclasses.replace(request, build_date=old_date))
    expected = {p.name: p.read_bytes() for p in new.iterdir()}
    previous = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert expected.keys() == previous.keys() and expected != previous
    monkeypatch.setenv(MOVE_PAUSE_VARIABLE, "0.2")  # the build's process inherits it

    def a_new_pack_is_in_place() -> bool:
        return any(p.is_file() and p.read_bytes() in expected.values() for p in folder.iterdir())

    dialog.build_button.click()
    qtbot.waitUntil(a_new_pack_is_in_place, timeout=WAIT)
    thread = dialog.task._thread
    assert thread is not None and thread.isRunning()
    window.close()
    assert thread.isFinished()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == expected  # no .building-* left


def _meeting_with_thai_name() -> Meeting:
    """The sample with a speaker named partly in Thai, which no pack font draws."""
    meeting = sample_meeting()
    first = meeting.agenda[0].participants[0].person_id
    people = tuple(
        dataclasses.replace(p, name="สมชาย Kittikun") if p.id == first else p
        for p in meeting.people
    )
    return dataclasses.replace(meeting, people=people)


def test_undrawable_characters_stop_the_build_unless_the_box_is_ticked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, _meeting_with_thai_name(), tmp_path)
    box = dialog.allow_missing_box
    assert box.text() == "Build &even if some characters cannot be drawn"
    assert not box.isChecked()  # stopping is the default
    with qtbot.waitSignal(dialog.task.failed, timeout=WAIT) as blocker:
        click_build(qtbot, dialog)
    [line] = blocker.args[0].splitlines()
    assert "no pack font can draw" in line and "ส (U+0E2A)" in line
    assert "build even if some characters cannot be drawn" in line
    assert list_texts(dialog.messages_list)[-1] == line
    assert not any(p.suffix == ".pdf" for p in tmp_path.iterdir())
    # what the checks found is listed too, before the build's problem
    assert any("fonts cannot draw" in t for t in list_texts(dialog.messages_list)[:-1])

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # the real box, as a user ticks it
    assert box.isChecked() and dialog.request().allow_missing_glyphs
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT) as blocker:
        click_build(qtbot, dialog)
        assert not box.isEnabled()  # fixed while the build runs
    report = blocker.args[0]
    [pdf] = [f for f in report.files if f.format == "pdf"]
    assert pdf.path.is_file() and pdf.pages > 0
    shown = list_texts(dialog.messages_list)
    assert any("no font can draw ช ม ย ส า" in t for t in shown)
    assert box.isEnabled()
