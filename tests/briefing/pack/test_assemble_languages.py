"""A pack prints its own words, dates and roles in the meeting's language; typed roles stay as
typed; bios in alphabetical order sort names of any script."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from briefing.formatting import format_date_range
from briefing.i18n import TRANSLATED, extract_messages, pack_words
from briefing.model import (
    BioOrder,
    Meeting,
    Note,
    Participant,
    Person,
    Role,
    RoleKind,
    default_pack,
)
from briefing.pack import document as d
from briefing.pack.assemble import assemble_full, assemble_session, session_file_stem
from briefing.sample import sample_meeting

DATE = dt.date(2017, 11, 28)
ENGLISH_MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _meeting(language: str) -> Meeting:
    """The sample meeting in ``language``, with one bio missing so that its stand-in shows and
    a note for two sessions."""
    m = sample_meeting()
    people = (dataclasses.replace(m.people[0], bio=""), *m.people[1:])
    note = Note("note-l10n", "Concept note", "Text.", session_ids=(m.agenda[1].id, m.agenda[2].id))
    return dataclasses.replace(m, language=language, people=people, notes=(*m.notes, note))


def _full(meeting: Meeting) -> d.PackDocument:
    pack = meeting.pack_definitions()[0]
    notes = {n.id: (d.Paragraph(d.plain(n.body or "text")),) for n in meeting.notes}
    return assemble_full(meeting, pack, notes, DATE)


def _own_texts(doc: d.PackDocument) -> list[str]:
    """The texts the pack writes itself: headings, labels, table headers, role cells, cover
    labels, the contents' title, bios' roles and stand-ins, the running header's date."""
    found = [doc.header_date, doc.file_stem]
    for block in doc.blocks:
        if isinstance(block, d.Heading):
            found.append(block.text)
        elif isinstance(block, d.Contents):
            found.append(block.title)
        elif isinstance(block, d.Paragraph) and block.style in ("label", "muted", "lead"):
            found.append(d.spans_text(block.spans))
        elif isinstance(block, d.Table):
            found += block.header
            found += [d.spans_text(line) for row in block.rows for line in row[0]]
            if block.kind == "programme":  # "Role: name" lines of the people column
                found += [line[0].text for row in block.rows for line in row[2]]
        elif isinstance(block, d.Cover):
            found += [block.pack_name, block.when, *(label for label, _ in block.facts)]
        elif isinstance(block, d.Bio):
            found += block.roles
            found += [d.spans_text(p.spans) for p in block.body if isinstance(p, d.Paragraph)]
    return [text for text in found if text]


def _english_words(language: str) -> set[str]:
    """The English msgids whose translation in ``language`` differs from them."""
    words = pack_words(language)
    plain = (ids[0] for ids in extract_messages().values() if len(ids) == 1)
    return {m for m in plain if "{" not in m and len(m) > 2 and words.gettext(m) != m}


@pytest.fixture(scope="module", params=TRANSLATED)
def language(request: pytest.FixtureRequest) -> str:
    return request.param


def test_the_english_pack_keeps_its_words() -> None:
    doc = _full(_meeting("en"))
    texts = _own_texts(doc)
    for label in ("Contents", "Overview", "Programme", "Speaker bios", "No bio has been provided."):
        assert label in texts
    assert "Session 1: Welcome and introductions" in texts or any(
        t.startswith("Session 1: ") for t in texts
    )
    assert doc.header_date == "30 November 2017"


def test_no_english_label_remains(language: str) -> None:
    doc = _full(_meeting(language))
    texts = _own_texts(doc)
    english = _english_words(language)
    left = sorted({t for t in texts if t.strip(" :") in english})
    assert not left, f"{language}: {left}"
    patterns = re.compile(r"^(Session \d|Moderator brief|For Session|Page \d)")
    assert not [t for t in texts if patterns.match(t)], language
    assert not [t for t in texts if ENGLISH_MONTHS.search(t)], language


def test_the_translated_words_are_there(language: str) -> None:
    words = pack_words(language)
    doc = _full(_meeting(language))
    texts = _own_texts(doc)
    for label in ("Contents", "Overview", "Programme", "Sessions", "Speaker bios"):
        assert words.gettext(label) in texts, (language, label)
    assert words.gettext("No bio has been provided.") in texts
    assert words.gettext("Background notes") in texts
    sessions = words.gettext("; ").join(
        words.gettext("Session {number}").format(number=n) for n in (2, 3)
    )
    assert words.gettext("For {sessions}").format(sessions=sessions) in texts
    first = words.gettext("Session {number}: {title}").split("{number}")[0]
    assert any(t.startswith(first) for t in texts), language
    m = _meeting(language)
    assert doc.header_date == format_date_range(m.first_date, m.last_date, language)
    assert words.gettext("Moderator") in texts  # the sample's roles are the app's own
    assert doc.language == language


def test_the_default_pack_name_and_session_file_names_are_translated(language: str) -> None:
    words = pack_words(language)
    m = _meeting(language)
    pack = default_pack(m)
    doc = _full(m)
    assert doc.file_stem.endswith(f" - {words.gettext('Full pack')}")
    assert "Full pack" not in doc.file_stem
    item = next(i for i in m.agenda if i.participants)
    stem = session_file_stem(m, item)
    assert stem.endswith(f" - {words.gettext('moderator brief')}") and "moderator" not in stem
    session = assemble_session(m, pack, item, {}, DATE)
    cover = session.blocks[0]
    assert isinstance(cover, d.Cover)
    assert "Session" not in cover.pack_name and "Moderator" not in cover.pack_name


def test_a_pack_named_by_the_user_keeps_its_name() -> None:
    m = _meeting("fr")
    pack = dataclasses.replace(default_pack(m), name="Dossier des délégations")
    doc = assemble_full(m, pack, {}, DATE)
    assert doc.file_stem.endswith(" - Dossier des délégations")
    cover = doc.blocks[0]
    assert isinstance(cover, d.Cover) and cover.pack_name == "Dossier des délégations"


# =========================================================================== roles


def _with_roles(language: str, *roles: Role) -> Meeting:
    m = _meeting(language)
    item = next(i for i in m.agenda if len(i.participants) >= len(roles))
    participants = tuple(
        Participant(p.person_id, role) for p, role in zip(item.participants, roles, strict=False)
    )
    agenda = tuple(
        dataclasses.replace(i, participants=participants) if i.id == item.id else i
        for i in m.agenda
    )
    return dataclasses.replace(m, agenda=agenda)


def test_typed_roles_print_as_typed_and_the_apps_own_in_the_packs_language() -> None:
    m = _with_roles("fr", Role.parse("Modératrice"), Role(RoleKind.MODERATOR))
    texts = _own_texts(_full(m))
    assert "Modératrice" in texts
    assert "Modérateur/Modératrice" in texts
    assert "Moderator" not in texts
    cells = [t for t in texts if t.startswith("Modératrice")]
    assert cells and all("Moderator" not in t for t in cells)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("fr", "Présidente"),
        ("es", "Moderadora"),
        ("es", "Presidenta"),
        ("ru", "Модератор"),
        ("ar", "مديرة الحوار"),
        ("zh", "主持人"),
    ],
)
def test_a_typed_role_is_kept_in_every_language(language: str, typed: str) -> None:
    role = Role.parse(typed)
    assert role.kind in (RoleKind.MODERATOR, RoleKind.CHAIR)
    assert role.label_in(language) == typed == role.text
    assert typed in _own_texts(_full(_with_roles(language, role)))


def test_the_apps_roles_in_each_language() -> None:
    assert Role(RoleKind.MODERATOR).label_in("ru") == "Модератор"
    assert Role(RoleKind.PANELLIST).label_in("ar") == "عضو حلقة النقاش"
    assert Role(RoleKind.SPEAKER).label_in("zh-CN") == "发言者"
    assert Role(RoleKind.RAPPORTEUR).label_in("es") == "Relator/Relatora"
    assert Role(RoleKind.KICK_OFF).label_in("en") == "Kick-off remarks"
    assert Role.parse("Moderator").label_in("fr") == "Modérateur/Modératrice"


# =========================================================================== name order


def _people_order(names: list[str]) -> list[str]:
    m = _meeting("en")
    people = tuple(Person(f"x{n}", name, bio="Bio.") for n, name in enumerate(names))
    m = dataclasses.replace(m, people=(*m.people, *people))
    pack = dataclasses.replace(
        default_pack(m), bio_ids=tuple(p.id for p in people), bio_order=BioOrder.ALPHABETICAL
    )
    doc = assemble_full(m, pack, {}, DATE)
    return [b.name for b in doc.blocks if isinstance(b, d.Bio)]


def test_chinese_names_sort_by_pinyin_family_name_first() -> None:
    # 张伟 zhang wei, 王芳 wang fang, 李娜 li na, 陈明 chen ming, 赵磊 zhao lei: by code point
    # 张 (U+5F20) would come first and 陈 (U+9648) last.
    names = ["张伟", "王芳", "李娜", "陈明", "赵磊"]
    assert _people_order(names) == ["陈明", "李娜", "王芳", "张伟", "赵磊"]


def test_latin_names_sort_by_surname_ignoring_accents_and_case() -> None:
    names = ["Zoë Ünal", "anna ostrom", "Émile Zola", "Jean Éluard", "Ana Álvarez", "Bo Eberl"]
    assert _people_order(names) == [
        "Ana Álvarez",
        "Bo Eberl",
        "Jean Éluard",
        "anna ostrom",
        "Zoë Ünal",
        "Émile Zola",
    ]


def test_names_of_every_script_sort_together() -> None:
    names = ["Ольга Смирнова", "王芳", "Ahmed Ali", "ليلى العربي", "Li Wei", "Алексей Иванов"]
    order = _people_order(names)
    # Latin letters and pinyin first (Ali, Wang Fang, Wei), then Cyrillic, then Arabic
    assert order == [
        "Ahmed Ali",
        "王芳",
        "Li Wei",
        "Алексей Иванов",
        "Ольга Смирнова",
        "ليلى العربي",
    ]


@pytest.mark.parametrize(
    ("language", "separator"), [("en", ", "), ("fr", ", "), ("ar", "، "), ("zh", "，")]
)
def test_parts_of_a_description_are_joined_as_the_language_writes_them(
    language: str, separator: str
) -> None:
    meeting = _meeting(language)
    person = next(p for p in meeting.people if p.position and p.organisation)
    doc = _full(meeting)
    bio = next(b for b in doc.blocks if isinstance(b, d.Bio) and b.name == person.display_name)
    assert bio.affiliation == f"{person.position}{separator}{person.organisation}"
    cover = next(b for b in doc.blocks if isinstance(b, d.Cover))
    venue = [x for x in (meeting.venue, meeting.room, meeting.city, meeting.country) if x]
    assert cover.where == separator.join(venue)
