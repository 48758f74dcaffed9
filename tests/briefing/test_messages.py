"""The core's messages: English as before, and translated with their arguments, plurals and
nested messages by the pack catalogs; they cross a process boundary whole."""

from __future__ import annotations

import dataclasses
import gettext
import pickle

import pytest

from briefing import messages
from briefing.checks import Finding, Severity, check_meeting
from briefing.errors import BuildError, NoteReadError, RefusedFileError, UndrawableCharacters
from briefing.i18n import extract_messages
from briefing.messages import M_, Message, Mn_, one_decimal, place, translated
from briefing.model import Meeting, Note
from briefing.sample import sample_meeting


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return check_meeting(sample_meeting())


def _first(findings: list[Finding], rule: str) -> Finding:
    return next(f for f in findings if f.rule == rule)


def test_a_finding_reads_in_english_as_it_always_did(findings: list[Finding]) -> None:
    bio = _first(findings, "bio-placeholder")
    assert str(bio.message) == "the bio of Anita Ramasastry is still a placeholder"
    assert bio.message == "the bio of Anita Ramasastry is still a placeholder"
    assert "placeholder" in bio.message and isinstance(bio.message, str)
    assert bio.message.msgid == "the bio of {person} is still a placeholder"
    assert bio.message.arguments() == {"person": "Anita Ramasastry"}
    assert str(bio.advice) == (
        "Replace the placeholder with Anita Ramasastry's real bio before sending the pack."
    )


def test_a_finding_in_french_and_arabic_keeps_its_names(findings: list[Finding]) -> None:
    bio = _first(findings, "bio-placeholder")
    assert bio.message.translated("fr") == (
        "la notice biographique de Anita Ramasastry n'est encore qu'un texte provisoire"
    )
    assert bio.message.translated("ar") == (
        "النبذة عن السيرة الذاتية لـ Anita Ramasastry لا تزال نصًّا مؤقتًا"
    )
    assert bio.advice.translated("fr-CH").startswith("Remplacez le texte provisoire")
    assert bio.message.translated("de") == str(bio.message)  # no catalog: English


def test_a_gap_is_a_plural_in_each_language(findings: list[Finding]) -> None:
    gap = _first(findings, "gap-in-programme")
    assert gap.message.startswith("gap of 30 min between ")
    assert gap.message.translated("fr").startswith("intervalle de 30 min entre «\u00a0")
    assert "(fin à 11:45)" in gap.message.translated("fr")
    assert gap.message.translated("ar").startswith("فجوة مدتها 30 دقيقة بين «")

    def arabic(minutes: int) -> str:
        message = Mn_(
            "gap of {count} min between '{before}' (ends {end}) and '{after}' (starts {start})",
            "gap of {count} min between '{before}' (ends {end}) and '{after}' (starts {start})",
            minutes,
            before="A",
            end="10:00",
            after="B",
            start="10:05",
        )
        return message.translated("ar").split(" بين ")[0]

    assert [arabic(n) for n in (1, 2, 5, 15)] == [
        "فجوة مدتها دقيقة واحدة",
        "فجوة مدتها دقيقتان",
        "فجوة مدتها 5 دقائق",
        "فجوة مدتها 15 دقيقة",
    ]


def test_plural_forms_follow_the_count() -> None:
    assert str(Mn_("is larger than {count} byte", "is larger than {count} bytes", 1)) == (
        "is larger than 1 byte"
    )
    assert str(Mn_("is larger than {count} byte", "is larger than {count} bytes", 2)) == (
        "is larger than 2 bytes"
    )
    sizes = [
        Mn_("is larger than {count} byte", "is larger than {count} bytes", n).translated("ru")
        for n in (1, 3, 5)
    ]
    assert sizes == ["превышает 1 байт", "превышает 3 байта", "превышает 5 байт"]


def test_a_message_inside_a_message_is_translated_too() -> None:
    error = NoteReadError("a.pdf", M_("the PDF has no pages"), "Background")
    assert str(error) == "note 'Background' (a.pdf): the PDF has no pages"
    assert error.message.translated("fr") == (
        "note «\u00a0Background\u00a0» (a.pdf)\u00a0: le PDF ne contient aucune page"
    )
    assert error.message.translated("ar") == (
        "المذكرة «Background» (a.pdf): لا يحتوي ملف PDF على أي صفحات"
    )


def test_an_unreadable_note_finding_names_the_note_in_each_language() -> None:
    meeting = sample_meeting()
    empty = Note(id="n-empty", title="Terms of reference")
    meeting = dataclasses.replace(meeting, notes=(*meeting.notes, empty))
    finding = _first(check_meeting(meeting), "note-unreadable")
    assert str(finding.message) == "note 'Terms of reference' has no text and no file"
    assert (
        finding.message.translated("es") == "la nota «Terms of reference» no tiene texto ni archivo"
    )
    assert finding.advice.translated("zh") == "请附加该文件可读且未加保护的副本，或删除该背景说明。"


def test_lists_in_a_message_take_each_languages_separator() -> None:
    message = M_(
        "the pack's fonts cannot draw these characters of '{name}' ({fields}): {characters}",
        name="Li Wei",
        fields=(M_("name"), M_("bio"), "cv.docx"),
        characters="ऄ (U+0904)",
    )
    assert str(message) == (
        "the pack's fonts cannot draw these characters of 'Li Wei' (name, bio, cv.docx): ऄ (U+0904)"
    )
    assert "（名称、简历、cv.docx）" in message.translated("zh")
    assert "(الاسم، نبذة عن السيرة الذاتية، cv.docx)" in message.translated("ar")


def test_messages_cross_a_pickle_whole() -> None:
    finding = Finding(
        Severity.ERROR,
        "note-unreadable",
        NoteReadError("a.pdf", M_("the PDF has no pages"), "Background").message,
        M_("Attach a readable, unprotected copy of the file, or remove the note."),
        "note",
        "n1",
    )
    back = pickle.loads(pickle.dumps(finding))
    assert back == finding and isinstance(back.message, Message)
    assert back.message.translated("fr") == finding.message.translated("fr")
    assert back.message.args == finding.message.args
    problems = pickle.loads(pickle.dumps(BuildError([M_("nothing was built"), "plain"]).problems))
    assert problems == ["nothing was built", "plain"]
    assert translated(problems[0], "ru") == "ничего не сформировано"
    assert translated(problems[1], "ru") == "plain"


def test_errors_read_as_before_and_translate() -> None:
    refused = RefusedFileError("/tmp/pipe", M_("is not a regular file ({kind})", kind=M_("a FIFO")))
    assert str(refused) == "pipe: is not a regular file (a FIFO)"
    assert (
        refused.message.translated("ru")
        == "pipe: не является обычным файлом (является FIFO-каналом)"
    )
    undrawable = UndrawableCharacters(
        "p.pdf", {"": frozenset("ऄ"), "x": frozenset("अ"), "y": frozenset("क")}
    )
    assert str(undrawable) == (
        "p.pdf, the pack, x and 1 more place: no pack font can draw ऄ (U+0904), अ (U+0905), "
        "क (U+0915); remove them, or build even if some characters cannot be drawn "
        "(--allow-missing-glyphs)"
    )
    assert (
        undrawable.problems[0]
        .translated("fr")
        .startswith("p.pdf, le dossier, x et 1 autre endroit\u00a0: aucune police")
    )


def test_a_translation_that_breaks_its_placeholders_shows_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = ["{nobody} n'a pas de notice", "{person[0]} n'a pas de notice"]

    class Broken(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return broken[0]

    monkeypatch.setattr(messages, "pack_words", lambda language: Broken())
    message = Message("{person} has no bio", args={"person": "Ana"})
    assert message.translated("fr") == "Ana has no bio"
    broken.pop(0)  # an index into a number would raise TypeError
    assert (
        Message("{person} has {count} notes", args={"person": 3, "count": 2}).translated("fr")
        == "3 has 2 notes"
    )


def test_where_in_a_file_is_a_message() -> None:
    assert [str(place(u, 3)) for u in ("line", "paragraph", "page")] == [
        "line 3",
        "paragraph 3",
        "page 3",
    ]
    assert place("paragraph", 3).translated("fr") == "paragraphe 3"
    assert place("line", 12).translated("zh") == "第 12 行"


def test_the_extractor_finds_the_message_markers() -> None:
    found = extract_messages()
    assert found["{person} has no bio"] == ("{person} has no bio",)
    assert found["{characters} and {count} more"] == (
        "{characters} and {count} more",
        "{characters} and {count} more",
    )
    assert "line {number}" in found and "the build was cancelled" in found


def test_every_finding_of_a_checked_meeting_is_a_message(meeting: Meeting) -> None:
    for finding in check_meeting(meeting):
        assert isinstance(finding.message, Message), finding.rule
        assert isinstance(finding.advice, Message), finding.rule
        for language in ("ar", "es", "fr", "ru", "zh"):
            assert finding.message.translated(language), (finding.rule, language)


def test_a_size_with_one_decimal_is_written_as_each_language_writes_it() -> None:
    message = M_("{size} MB", size=one_decimal(1234.56))
    assert str(message) == "1,234.6 MB"
    assert message.translated("fr") == "1\u202f234,6 Mo"
    assert message.translated("ru") == "1\u00a0234,6 МБ"
    back = pickle.loads(pickle.dumps(message))
    assert back.translated("es") == message.translated("es") == "1.234,6 MB"
