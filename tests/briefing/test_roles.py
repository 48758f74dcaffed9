"""Roles in the six UN languages: recognised for the checks, printed as typed."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing import checks
from briefing.model import AgendaItem, Meeting, PackDefinition, Participant, Person, Role, RoleKind

MODERATING = {
    "en": ["Moderator", "Chair", "Chairperson", "Moderated by", "Co-chair"],
    "fr": ["Modérateur", "Modératrice", "Président", "Présidente", "Animatrice"],
    "es": ["Moderador", "Moderadora", "Presidente", "Presidenta"],
    "ru": ["Модератор", "Председатель", "Ведущая", "Сопредседатель"],
    "ar": ["مدير الحوار", "مديرة الحوار", "الرئيس", "رئيسة الجلسة", "الميسرة"],
    "zh": ["主持人", "主席", "联合主席"],
}
OTHERS = {
    RoleKind.SPEAKER: ["Speaker", "Intervenante", "Oradora", "Выступающий", "المتحدثة", "发言人"],
    RoleKind.PANELLIST: [
        "Panelist",
        "Panéliste",
        "Panelistas",
        "Участник дискуссии",
        "عضو حلقة النقاش",
        "小组成员",
    ],
    RoleKind.RAPPORTEUR: ["Rapporteur", "Rapporteuse", "Relatora", "Докладчик", "المقرر", "报告员"],
    RoleKind.OPENING: [
        "Opening remarks",
        "Allocution d'ouverture",
        "Palabras de apertura",
        "Вступительное слово",
        "الكلمة الافتتاحية",
        "开幕致辞",
    ],
    RoleKind.CLOSING: [
        "Closing remarks",
        "Allocution de clôture",
        "Palabras de clausura",
        "Заключительное слово",
        "الكلمة الختامية",
        "闭幕致辞",
    ],
    RoleKind.KICK_OFF: [
        "Kick-off remarks",
        "Observations liminaires",
        "Observaciones introductorias",
        "Вводные замечания",
        "ملاحظات استهلالية",
        "引导性发言",
    ],
}


@pytest.mark.parametrize(
    ("language", "word"), [(lang, w) for lang, words in MODERATING.items() for w in words]
)
def test_moderating_words_of_six_languages(language: str, word: str) -> None:
    role = Role.parse(word)
    assert role.kind in checks.MODERATING_ROLES, (language, word)
    assert role.label_in(language) == word or role.text == ""  # typed wording is kept


@pytest.mark.parametrize(("kind", "word"), [(k, w) for k, words in OTHERS.items() for w in words])
def test_other_role_words_of_six_languages(kind: RoleKind, word: str) -> None:
    assert Role.parse(word).kind is kind, word


def test_arabic_vowel_marks_and_case_do_not_matter() -> None:
    assert Role.parse("مُدِيرَة الحِوَار").kind is RoleKind.MODERATOR
    assert Role.parse("МОДЕРАТОР:").kind is RoleKind.MODERATOR


def test_the_apps_own_name_has_no_typed_text_and_a_typed_word_keeps_its_text() -> None:
    assert Role.parse("Moderator") == Role(RoleKind.MODERATOR)
    assert Role.parse("kick-off remarks:") == Role(RoleKind.KICK_OFF)
    typed = Role.parse("Modératrice")
    assert typed == Role(RoleKind.MODERATOR, "Modératrice") and typed.label == "Modératrice"
    assert Role(RoleKind.MODERATOR, "Modératrice").text == "Modératrice"  # as the store reads it
    assert Role.parse("Guest of honour").kind is RoleKind.OTHER


def _meeting(language: str, moderator: Role) -> Meeting:
    people = tuple(Person(f"p{n}", f"Person {n}", bio="Bio.") for n in range(4))

    def session(ident: str, start: int, first: Role, second: str) -> AgendaItem:
        return AgendaItem(
            ident,
            f"Session {ident}",
            dt.time(start),
            dt.time(start + 1),
            participants=(
                Participant(f"p{int(ident) * 2}", first),
                Participant(f"p{int(ident) * 2 + 1}", Role.parse(second)),
            ),
        )

    agenda = (
        session("0", 10, Role(RoleKind.MODERATOR), "Speaker"),
        session("1", 11, moderator, "Speaker"),
    )
    return Meeting("Consultation", language=language, people=people, agenda=agenda)


@pytest.mark.parametrize(
    ("language", "word"), [(lang, words[0]) for lang, words in MODERATING.items()]
)
def test_the_checks_find_the_moderator_in_each_language(language: str, word: str) -> None:
    meeting = _meeting(language, Role.parse(word))
    pack = meeting.pack_definitions()[0]
    assert list(checks.moderator_missing(meeting, pack)) == []


def test_a_session_with_no_moderating_word_is_still_reported() -> None:
    meeting = _meeting("ru", Role.parse("Гость"))
    pack: PackDefinition = meeting.pack_definitions()[0]
    [finding] = checks.moderator_missing(meeting, pack)
    assert "no moderator" in finding.message
