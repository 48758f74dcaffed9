"""What a build says (a note that cannot be read, a password problem, characters no font draws
and where, what was removed from a note, each step) reads in English as before and in each
language of the window, with its names and numbers, also when it comes from the child build
process."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from pathlib import Path

import pytest

from briefing.build import BuildRequest, build_packs
from briefing.build_process import build_in_process
from briefing.errors import (
    BuildError,
    NoteReadError,
    PasswordFileError,
    UndrawableCharacters,
    ValidationError,
)
from briefing.messages import Message
from briefing.model import Attachment, Meeting, Note
from briefing.pack.markdown import MAX_NOTE_LINES, checked_lines
from briefing.pack.notes import note_blocks, removal_warnings
from briefing.progress import Monitor
from briefing.render.base import PackPasswords
from briefing.render.pdf_security import check_passwords, read_password_file
from briefing.sample import sample_meeting
from tests.briefing.pack.docx_hostile import hostile_note
from tests.briefing.pack.test_pdf_notes import hostile_pdf, opened

DATE = dt.date(2017, 11, 28)
STEM = "2017-11-30 Scaling Up Initiatives to Protect HRDs - Full pack"
THAI = "สมชาย"  # a script none of the pack's fonts draws
LABEL = "«\u00a0Générer même si certains caractères ne peuvent être dessinés\u00a0»"


def _request(
    out: Path, *formats: str, meeting: Meeting | None = None, **changes: object
) -> BuildRequest:
    pack = (meeting or sample_meeting()).pack_definitions()[0]
    request = BuildRequest(pack, out, formats or ("pdf",), build_date=DATE)
    return dataclasses.replace(request, **changes)


def _with_note(note: Note) -> Meeting:
    """The sample with ``note`` as its only note, in a pack that takes every note."""
    return dataclasses.replace(sample_meeting(), notes=(note,), packs=())


def _with_thai_speaker() -> Meeting:
    meeting = sample_meeting()
    first = meeting.agenda[0].participants[0].person_id
    people = tuple(
        dataclasses.replace(p, name=f"{THAI} Kittikun") if p.id == first else p
        for p in meeting.people
    )
    return dataclasses.replace(meeting, people=people)


# =========================================================================== notes


BROKEN_DOCX = Note("n1", "Terms of reference", attachment=Attachment("terms.docx", b"PK\x03\x04?"))


def test_a_broken_word_note_stops_the_build_in_french_and_arabic(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as caught:
        meeting = _with_note(BROKEN_DOCX)
        build_packs(meeting, _request(tmp_path / "out", meeting=meeting))
    first, last = caught.value.problems
    assert first == (
        "note 'Terms of reference' (terms.docx): the file is damaged or incomplete (its zip "
        "directory cannot be read); copy it again from its source"
    )
    assert first.translated("fr") == (
        "note «\u00a0Terms of reference\u00a0» (terms.docx)\u00a0: le fichier est endommagé ou "
        "incomplet (son répertoire zip ne peut pas être lu)\u00a0; copiez-le de nouveau à partir "
        "de sa source"
    )
    assert first.translated("ar") == (
        "المذكرة «Terms of reference» (terms.docx): الملف تالف أو غير مكتمل "
        "(تتعذر قراءة دليل zip الخاص به)؛ انسخه مجددًا من مصدره"
    )
    assert last.translated("fr").startswith("rien n'a été généré\u00a0;")


def test_a_broken_word_note_crosses_the_build_process_whole(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as caught:
        meeting = _with_note(BROKEN_DOCX)
        build_in_process(meeting, _request(tmp_path / "out", meeting=meeting))
    first = caught.value.problems[0]
    assert isinstance(first, Message)
    assert first.arguments()["note"] == "Terms of reference"
    assert first.translated("es").startswith("nota «Terms of reference» (terms.docx): el archivo")


def test_a_note_too_long_gives_its_numbers_as_each_language_writes_them() -> None:
    with pytest.raises(NoteReadError) as caught:
        checked_lines("\n" * MAX_NOTE_LINES, "long.md")
    problem = caught.value.problem
    assert str(problem) == (
        "the note has 100,001 lines; at most 100,000 are read (attach a long document as a PDF)"
    )
    assert problem.translated("fr") == (
        "la note compte 100\u202f001 lignes\u00a0; 100\u202f000 lignes au maximum sont lues "
        "(joignez un document long au format PDF)"
    )
    assert problem.translated("ru").startswith("в записке 100\u00a0001 строка;")


# =========================================================================== removed


def test_what_was_removed_from_a_word_note_is_one_message_with_its_list() -> None:
    note = Note("n1", "Partner brief", attachment=Attachment("brief.docx", hostile_note()))
    [warning] = removal_warnings(note.title, note_blocks(note, "note-1"))
    assert warning.startswith(
        "note 'Partner brief' (brief.docx): removed 6 fields (INCLUDETEXT, INCLUDEPICTURE, "
        "DDEAUTO, REF) keeping their shown text, 1 macro project, "
    )
    assert warning.translated("fr").startswith(
        "note «\u00a0Partner brief\u00a0» (brief.docx)\u00a0: éléments supprimés\u00a0: "
        "6 champs (INCLUDETEXT, INCLUDEPICTURE, DDEAUTO, REF) réduits à leur texte affiché, "
        "1 projet de macros, 1 modèle attaché, 3 liens non sûrs, "
    )
    arabic = warning.translated("ar")
    assert arabic.startswith("المذكرة «Partner brief» (brief.docx): أُزيل ما يلي: ")
    assert "، مشروع وحدات ماكرو واحد، " in arabic and "3 روابط غير آمنة" in arabic


def test_what_was_removed_from_a_pdf_note_and_its_form_fields_in_french() -> None:
    line = opened(hostile_pdf(), "Annual report.pdf").removal_line()
    assert isinstance(line, Message)
    assert line.translated("fr") == (
        "éléments supprimés de «\u00a0Annual report.pdf\u00a0»\u00a0: 6 scripts, 1 action de "
        "lancement, 1 lien vers un autre fichier, 1 envoi de formulaire, 1 fichier joint, "
        "1 formulaire XFA\u00a0; 2 champs de formulaire imprimés tels que remplis (ils ne sont "
        "plus modifiables)"
    )
    assert line.translated("ru").startswith("удалено из «Annual report.pdf»: 6 скриптов, ")
    assert pickle.loads(pickle.dumps(line)).translated("zh") == line.translated("zh")


# =========================================================================== passwords


def test_a_password_too_long_names_which_password_in_each_language() -> None:
    with pytest.raises(ValidationError) as caught:
        check_passwords(PackPasswords(open="x" * 128))
    error = caught.value
    assert str(error) == "open password: is longer than 127 bytes, which a PDF keeps"
    assert error.field.translated("fr") == "mot de passe d'ouverture"
    assert error.problem.translated("fr") == "dépasse les 127 octets qu'un PDF conserve"
    assert error.message.translated("zh") == "打开密码：超过 PDF 所能保存的 127 字节"


def test_a_password_file_problem_gives_its_line_in_french_and_arabic(tmp_path: Path) -> None:
    path = tmp_path / "passwords.txt"
    path.write_text("owner=s3cret\nopen=\n", encoding="utf-8")
    with pytest.raises(PasswordFileError) as caught:
        read_password_file(path)
    message = caught.value.message
    assert str(message) == "passwords.txt: line 2: the open password is empty"
    assert message.translated("fr") == (
        "passwords.txt\u00a0: ligne 2\u00a0: le mot de passe d'ouverture est vide"
    )
    assert message.translated("ar") == "passwords.txt: السطر 2: كلمة مرور الفتح فارغة"
    assert "s3cret" not in message.translated("fr")


def test_the_same_password_twice_in_a_file_in_spanish(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("open=same\nowner=same\n", encoding="utf-8")
    with pytest.raises(PasswordFileError) as caught:
        read_password_file(path)
    assert caught.value.message.translated("es") == (
        "p.txt: la contraseña de permisos es igual a la contraseña de apertura, por lo que quien "
        "abra la documentación podría modificarla; elija otra"
    )


# =========================================================================== undrawable


def test_characters_no_font_draws_name_their_places_in_french_and_arabic(tmp_path: Path) -> None:
    with pytest.raises(UndrawableCharacters) as caught:
        build_packs(_with_thai_speaker(), _request(tmp_path / "out"))
    [line] = caught.value.problems
    assert line.startswith(
        f"{STEM}.pdf, section 'Programme', section 'Session 1: Welcome and introduction' and 2 "
        "more places: no pack font can draw "
    )
    assert all(isinstance(where, Message) for where in caught.value.places)
    french = line.translated("fr")
    assert french.startswith(
        f"{STEM}.pdf, la section «\u00a0Programme\u00a0», la section «\u00a0Session 1: Welcome "
        "and introduction\u00a0» et 2 autres endroits\u00a0: aucune police du dossier ne peut "
        "afficher ช (U+0E0A), "
    )
    assert french.endswith(f"ou choisissez {LABEL} (--allow-missing-glyphs)")
    assert line.translated("ar").startswith(
        f"{STEM}.pdf، القسم «Programme»، القسم «Session 1: Welcome and introduction» "
        "وموضعان آخران: "
    )


def test_characters_left_out_are_warnings_naming_their_place(tmp_path: Path) -> None:
    report = build_packs(_with_thai_speaker(), _request(tmp_path, allow_missing_glyphs=True))
    warning = next(w for w in report.warnings if "Kittikun" in w)
    assert warning == (
        f"{STEM}, section '{THAI} Kittikun': no font can draw ช ม ย ส า; these characters are "
        "left out of the PDF"
    )
    assert warning.translated("fr") == (
        f"{STEM}, la section «\u00a0{THAI} Kittikun\u00a0»\u00a0: aucune police ne peut afficher "
        "ช ม ย ส า\u00a0; ces caractères sont omis du PDF"
    )


# =========================================================================== steps


def test_each_step_of_a_build_is_a_message_in_the_windows_language(tmp_path: Path) -> None:
    steps: list[str] = []
    monitor = Monitor(on_step=lambda text, _done, _total: steps.append(text))
    build_in_process(sample_meeting(), _request(tmp_path, "docx"), monitor)
    assert steps == [f"Writing {STEM}", f"Saving {STEM}", "Moving the packs into place", "Done"]
    assert all(isinstance(step, Message) for step in steps)  # across the child process
    assert [step.translated("fr") for step in steps] == [
        f"Écriture de {STEM}",
        f"Enregistrement de {STEM}",
        "Mise en place des dossiers",
        "Terminé",
    ]
    assert steps[0].translated("ar") == f"جارٍ كتابة {STEM}"


def test_the_first_build_prepares_the_fonts_in_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import build

    monkeypatch.setattr(build, "fonts_to_make", lambda: True)
    steps: list[str] = []
    build_packs(
        sample_meeting(),
        _request(tmp_path),
        Monitor(on_step=lambda text, _done, _total: steps.append(text)),
    )
    assert steps[0] == "Preparing fonts, first build only…"
    assert steps[0].translated("ru") == "Подготовка шрифтов (только при первом формировании)…"
    assert steps[1].translated("fr") == f"Mise en page de {STEM}"
