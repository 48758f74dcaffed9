"""Restricting the PDF pack from the Build dialog: the passwords go into the build request and
nowhere else (not the meeting file, the settings, the log, the messages shown)."""

from __future__ import annotations

import logging
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from briefing.render.base import PackPasswords
from briefing.render.pdf_security import encryption
from briefing.sample import sample_meeting
from briefing.store import save_meeting
from ui.build_dialog import BuildDialog
from ui.main_window import PREVIEW, MainWindow
from ui.preview import PdfPreview

pytestmark = pytest.mark.gui

WAIT = 60000  # ms; a ceiling for a hung build, not a speed target
OPEN = "open-Pw-5be08d-Genève"
OWNER = "owner-Pw-91c4aa-секрет"
SECRETS = [p.encode(e) for p in (OPEN, OWNER) for e in ("utf-8", "utf-16-le", "utf-16-be")]
SECRETS += [b"5be08d", b"91c4aa"]  # each password's random middle alone


def make_dialog(qtbot: QtBot, folder: Path) -> BuildDialog:
    dialog = BuildDialog(sample_meeting())
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(folder))
    dialog.show()
    return dialog


def type_passwords(qtbot: QtBot, dialog: BuildDialog, open_: str, owner: str) -> None:
    group = dialog.passwords_group
    group.setChecked(True)
    for edit, text in ((group.open_edit, open_), (group.owner_edit, owner)):
        edit.clear()
        ascii_end = next((i for i, c in enumerate(text) if not c.isascii()), len(text))
        typed = text[:ascii_end]  # QTest types ASCII keys only…
        qtbot.keyClicks(edit, typed)
        edit.insert(text[len(typed) :])  # …the rest comes as an input method would give it
        assert edit.text() == text


def shown_messages(dialog: BuildDialog) -> list[str]:
    return [dialog.messages_list.item(i).text() for i in range(dialog.messages_list.count())]


def holding_a_password(folder: Path) -> list[Path]:
    """Every file under ``folder``, at any depth, that holds a password."""
    return [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and any(secret in path.read_bytes() for secret in SECRETS)
    ]


def test_the_request_carries_the_passwords_only_when_the_pdf_is_restricted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    group = dialog.passwords_group
    assert not group.isChecked() and not dialog.request().passwords
    type_passwords(qtbot, dialog, OPEN, OWNER)
    passwords = dialog.request().passwords
    assert (passwords.open, passwords.owner) == (OPEN, OWNER)
    assert OPEN not in repr(dialog.request())

    qtbot.mouseClick(dialog.format_boxes["pdf"], Qt.MouseButton.LeftButton)  # DOCX only
    dialog.format_boxes["docx"].setChecked(True)
    assert not group.isEnabled() and not dialog.request().passwords
    dialog.format_boxes["pdf"].setChecked(True)
    assert group.isEnabled() and dialog.request().passwords
    group.setChecked(False)
    assert not dialog.request().passwords


def test_passwords_are_typed_hidden_and_shown_on_request(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    group = dialog.passwords_group
    edits = (group.open_edit, group.owner_edit)
    assert [e.echoMode() for e in edits] == [QLineEdit.EchoMode.Password] * 2
    assert all(e.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData for e in edits)
    assert [e.accessibleName() for e in edits] == ["Open password", "Owner password"]
    group.setChecked(True)
    qtbot.mouseClick(group.show_box, Qt.MouseButton.LeftButton)
    assert [e.echoMode() for e in edits] == [QLineEdit.EchoMode.Normal] * 2
    assert all(e.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData for e in edits)
    qtbot.mouseClick(group.show_box, Qt.MouseButton.LeftButton)
    assert [e.echoMode() for e in edits] == [QLineEdit.EchoMode.Password] * 2


@pytest.mark.parametrize(
    ("open_", "owner", "problem"),
    [
        (
            "",
            "",
            "Type an open password, an owner password or both, "
            "or untick ‘Restrict the PDF pack with passwords’.",
        ),
        (
            OPEN,
            OPEN,
            "The owner password is the open password, so whoever opens the pack could edit "
            "it; choose another.",
        ),
        ("x" * 128, "", "The open password is longer than 127 bytes, which a PDF keeps."),
    ],
)
def test_passwords_that_cannot_restrict_the_pack_stop_the_build_before_it_starts(
    qtbot: QtBot, tmp_path: Path, open_: str, owner: str, problem: str
) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    type_passwords(qtbot, dialog, open_, owner)
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    assert not dialog.task.is_running()
    assert shown_messages(dialog) == [problem]
    assert list(tmp_path.iterdir()) == []


def test_a_restricted_build_from_the_window_leaves_no_password_anywhere(
    qtbot: QtBot,
    tmp_path: Path,
    private_settings: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    meeting_file = tmp_path / "consultation.meeting"
    save_meeting(sample_meeting(), meeting_file)
    window = MainWindow(drafts=tmp_path / "drafts")
    qtbot.addWidget(window)
    assert window.open_file(meeting_file)
    dialog = window.show_build_dialog()
    out = tmp_path / "packs"
    dialog.folder_edit.setText(str(out))
    dialog.format_boxes["docx"].setChecked(True)
    type_passwords(qtbot, dialog, OPEN, OWNER)
    steps: list[str] = []
    dialog.task.progress.connect(lambda text, *_: steps.append(text))
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
        assert not dialog.passwords_group.isEnabled()  # no change while it builds
    report = blocker.args[0]
    assert {f.format for f in report.files} == {"pdf", "docx"}
    assert dialog.step_label.text() == (
        "Done: 2 files written. The PDF files are restricted by password."
    )
    messages = shown_messages(dialog)
    assert "the DOCX packs are not password-protected: only the PDF packs are restricted" in (
        messages
    )
    texts = [*steps, *messages, dialog.step_label.text(), caplog.text]
    assert not any(p in t for t in texts for p in (OPEN, OWNER))
    load = window.preview.load
    loaded_with: list[str] = []
    monkeypatch.setattr(
        window.preview,
        "load",
        lambda path, password="": loaded_with.append(password) or load(path, password),
    )
    window.show_page(PREVIEW)  # the pack opens there, with its open password
    qtbot.waitUntil(lambda: window.preview.page_count() > 0, timeout=10000)
    assert loaded_with == [OPEN]
    dialog.close()
    window.close()  # saves the meeting and the settings, releases the lock
    assert (private_settings / "settings").is_dir()  # the settings were written…
    assert holding_a_password(private_settings) == []  # …with no password, nor the log
    assert holding_a_password(tmp_path) == []  # the meeting file, drafts, packs, staging


def test_the_preview_opens_a_restricted_pdf_with_its_password(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    pdf = pikepdf.new()
    for _ in range(3):
        pdf.add_blank_page()
    pdf.save(path, encryption=encryption(PackPasswords(open=OPEN, owner=OWNER)))
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert not preview.load(path)
    assert preview.message().startswith("Cannot preview restricted.pdf: the file is protected")
    assert preview.load(path, OPEN)
    assert preview.page_count() == 3
    assert preview.document.password() == ""  # not kept once the file is open
    assert not preview.document.render(2, preview.size()).isNull()
