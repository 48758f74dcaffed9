"""What the imports say (findings, problems of a line, files they refuse) reads as before in
English and in each language of the window, with the names and numbers it carries."""

from __future__ import annotations

import pickle

import pytest

from briefing.errors import ConceptNoteError, UnusableFileError
from briefing.i18n import TRANSLATED, pack_words
from briefing.importers.agenda import ImportFinding, read_concept_note
from briefing.importers.indico import read_indico_timetable
from briefing.importers.notes import note_from_file
from briefing.importers.people_mapping import FIELD_LABELS
from briefing.importers.spreadsheet import read_table
from briefing.messages import Message
from briefing.model import CATEGORY_LABELS, ITEM_KIND_LABELS, ItemKind, ParticipantCategory
from briefing.sample import RESOURCES
from tests.briefing.importers.test_indico import ATELIER, days_of, dump, load

NOTE = RESOURCES / "sample" / "concept-note.txt"


def _indico_findings() -> list[ImportFinding]:
    document = load(ATELIER)
    day = days_of(document)["20260312"]
    day["c601"]["startDate"] = "nine o'clock"
    day["s701"]["conveners"][0]["email"] = "not-an-email"
    return list(read_indico_timetable(dump(document), "atelier.json").findings)


def _finding(findings: list[ImportFinding], start: str) -> ImportFinding:
    return next(f for f in findings if str(f.message).startswith(start))


def test_an_indico_finding_in_french_and_arabic_keeps_its_names() -> None:
    findings = _indico_findings()
    left_out = _finding(findings, "'Allocution d'ouverture' (c601) left out")
    assert str(left_out.message) == (
        "'Allocution d'ouverture' (c601) left out: its start or end is not a date and time "
        "Indico writes"
    )
    assert left_out.message.translated("fr") == (
        "«\u00a0Allocution d'ouverture\u00a0» (c601) non repris\u00a0: son début ou sa fin n'est "
        "pas une date et une heure au format d'Indico"
    )
    assert left_out.message.translated("ar").startswith("أُغفل «Allocution d'ouverture» (c601): ")
    email = _finding(findings, "'Table ronde")
    assert email.message.translated("fr") == (
        "«\u00a0Table ronde : protéger les défenseurs\u00a0» (s701)\u00a0: «\u00a0not-an-email"
        "\u00a0» n'est pas une adresse électronique\u00a0; «\u00a0Élodie Lefèvre-Ngô\u00a0» est "
        "repris sans elle"
    )
    assert "«not-an-email» ليس عنوان بريد إلكتروني" in email.message.translated("ar")


def test_every_import_finding_is_a_message_in_every_language() -> None:
    concept = read_concept_note(NOTE.read_bytes(), NOTE.name).findings
    for finding in [*_indico_findings(), *concept]:
        assert isinstance(finding.message, Message), finding
        for language in TRANSLATED:
            assert finding.message.translated(language) != str(finding.message), (
                language,
                finding,
            )


def test_a_guess_is_said_by_its_flag_not_by_its_text() -> None:
    findings = read_concept_note(NOTE.read_bytes(), NOTE.name).findings
    guesses = [f for f in findings if f.unsure]
    assert guesses
    for guess in guesses:
        assert not str(guess.message).startswith("guessed")
        assert not guess.message.translated("fr").startswith("guessed")
        assert str(guess).split(": ", 1)[1].startswith("guessed: ")  # the CLI's line says so
    organiser = next(g for g in guesses if "organiser" in g.message)
    assert organiser.message.translated("es").startswith("organizador tomado de una línea")


def test_a_spreadsheet_problem_in_french_and_russian_with_its_counts() -> None:
    table = read_table(b"Name;Email;Bio\nAnn Lee\nBob Roe;b@x.org;x;extra\n", "p.csv")
    padded, skipped = table.problems
    assert str(padded) == "line 2: 1 cell where the header has 3; the missing ones are empty"
    assert padded.located.translated("fr") == (
        "ligne 2\u00a0: 1 cellule alors que l'en-tête en compte 3\u00a0; les cellules manquantes "
        "sont vides"
    )
    assert skipped.message.translated("ru").startswith(
        "пропущена: 4 ячейки, тогда как в заголовке 3"
    )
    assert skipped.message.translated("ar").startswith("أُغفل: 4 خلايا بينما يتضمن العنوان 3")


def test_a_refused_list_names_its_file_and_translates_its_problem() -> None:
    with pytest.raises(UnusableFileError) as caught:
        read_table(b"", "empty.csv")
    error = caught.value
    assert str(error) == "empty.csv: the file is empty"
    assert error.file == "empty.csv" and error.problem.translated("fr") == "le fichier est vide"
    assert error.message.translated("zh") == "empty.csv：该文件为空"
    back = pickle.loads(pickle.dumps(error.message))
    assert back.translated("ar") == "empty.csv: الملف فارغ"


def test_a_refused_concept_note_is_an_unusable_file() -> None:
    with pytest.raises(ConceptNoteError) as caught:
        read_concept_note(b"", "note.txt")
    assert isinstance(caught.value, UnusableFileError)
    assert caught.value.problem.translated("es") == "el archivo está vacío (0 bytes)"


def test_a_note_finding_translates() -> None:
    with pytest.raises(UnusableFileError) as caught:
        note_from_file(b"x", "slides.pptx")
    assert str(caught.value) == (
        "slides.pptx: not a note file the app can read; use DOCX (.docx), PDF (.pdf), "
        "Markdown (.md) or text (.txt)"
    )
    assert caught.value.problem.translated("fr").endswith(
        "utilisez DOCX (.docx), PDF (.pdf), Markdown (.md) ou texte (.txt)"
    )


def test_many_findings_are_counted_with_the_languages_digits() -> None:
    from briefing.importers.indico import _more_findings

    more = _more_findings(1500)
    assert str(more) == "…and 1,500 more findings"
    assert more.translated("fr") == "…et 1\u202f500 autres constatations"
    assert more.translated("ru") == "…и еще 1\xa0500 замечаний"
    assert pickle.loads(pickle.dumps(more)).translated("fr") == more.translated("fr")


def test_findings_cross_a_pickle_whole() -> None:
    finding = _indico_findings()[0]
    back = pickle.loads(pickle.dumps(finding))
    assert back == finding and back.message.translated("ar") == finding.message.translated("ar")


def test_kinds_categories_and_column_fields_are_catalog_words() -> None:
    french = pack_words("fr")
    assert french.gettext(ITEM_KIND_LABELS[ItemKind.BREAK]) == "Pause"
    assert french.gettext(ITEM_KIND_LABELS[ItemKind.SIDE_EVENT]) == "Manifestation parallèle"
    assert pack_words("ar").gettext(CATEGORY_LABELS[ParticipantCategory.MEMBER_STATE]) == "دولة عضو"
    assert pack_words("zh").gettext(CATEGORY_LABELS[ParticipantCategory.NGO]) == "非政府组织"
    assert pack_words("es").gettext(next(iter(FIELD_LABELS.values()))) == "Nombre completo"
    for language in TRANSLATED:
        words = pack_words(language)
        for label in (*ITEM_KIND_LABELS.values(), *CATEGORY_LABELS.values()):
            assert words.gettext(label) != label, (language, label)
