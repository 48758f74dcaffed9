"""Shared fixtures for the core's tests: a meeting that uses every field."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pytest

from briefing.model import (
    AgendaItem,
    Attachment,
    BioOrder,
    Contact,
    LinkedEvent,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    PackOptions,
    PaperSize,
    Participant,
    Person,
    Reference,
    Role,
    RoleKind,
    Segment,
)


def tiny_png(rgb: tuple[int, int, int] = (0, 90, 160)) -> bytes:
    """A real 1×1 PNG of the given colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x00" + bytes(rgb)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def rich_meeting() -> Meeting:
    """A three-day meeting that sets every field, in several scripts, with files attached."""
    pdf_bytes = b"%PDF-1.4\n% not parsed by the store\n" + bytes(range(256)) * 40
    people = (
        Person(
            "p-ar",
            "Anita Ramasastry",
            "Prof.",
            "Chair",
            "UNWG",
            "Bio with\nlines.",
            "anita@example.org",
            Attachment("anita.png", tiny_png()),
        ),
        Person("p-co", 'Smith & <Co> "R&D"', "", "Adviser", "Кузнецов & Partners", "", ""),
        Person("p-ar2", "ليلى العربي", "H.E. Ms.", "سفيرة", "وزارة الخارجية", "سيرة", ""),
        Person(
            "p-zh",
            "王小明",
            "Dr.",
            "研究员",
            "中国社会科学院",
            "简历",
            "wang@example.cn",
            Attachment("wang.jpg", b"\xff\xd8\xff\xe0" + b"JFIF" * 10),
        ),
    )
    agenda = (
        AgendaItem(
            "i1",
            "Opening & welcome",
            dt.time(9, 0),
            dt.time(9, 30),
            dt.date(2024, 10, 1),
            "Guiding questions:\n- Why?\n- How?",
            (
                Participant("p-ar", Role(RoleKind.OPENING)),
                Participant("p-co", Role.parse("Guest of honour")),
            ),
            (
                Segment("Welcome", "p-ar", "", 5),
                Segment("Scene-setting", None, "A defender, to be named", None),
            ),
        ),
        AgendaItem(
            "i2",
            "Panel: <scaling up>",
            dt.time(10, 0),
            dt.time(11, 30),
            dt.date(2024, 10, 2),
            "",
            (
                Participant("p-zh", Role(RoleKind.MODERATOR)),
                Participant("p-ar2", Role(RoleKind.PANELLIST)),
                Participant("p-ar", Role(RoleKind.RAPPORTEUR)),
            ),
        ),
        AgendaItem("i3", "Closing", dt.time(16, 0), dt.time(16, 30), None),
    )
    notes = (
        Note("n1", "Concept note", "Plain text body.\n\nSecond paragraph.", None, ("i1",)),
        Note("n2", "Background paper", "", Attachment("paper.pdf", pdf_bytes), ("i1", "i2")),
        Note("n3", "Same paper, internal copy", "", Attachment("copy.pdf", pdf_bytes), (), True),
        Note("n4", "Talking points", "", Attachment("points.md", b"# Points\n\n- one\n")),
    )
    packs = (
        PackDefinition(
            "full",
            "Full pack",
            PackKind.FULL,
            ("i1", "i2", "i3"),
            ("p-zh", "p-ar"),
            ("n1", "n2"),
            BioOrder.ALPHABETICAL,
            PackOptions(PaperSize.LETTER, "For participants only", "Draft 3", False),
        ),
        PackDefinition(
            "mods",
            "Moderator briefs",
            PackKind.PER_SESSION,
            ("i2",),
            (),
            ("n3",),
            BioOrder.APPEARANCE,
            PackOptions(include_internal=True),
        ),
    )
    return Meeting(
        title="Forum on <Business> & Human Rights",
        short_title="Forum 2024",
        meeting_type="Annual forum",
        organiser="UN Working Group",
        logo=Attachment("logo.png", tiny_png((200, 0, 0))),
        first_date=dt.date(2024, 10, 1),
        last_date=dt.date(2024, 10, 3),
        start=dt.time(9, 0),
        end=dt.time(18, 0),
        venue="Palais des Nations",
        room="Room XX",
        city="Genève",
        country="Switzerland",
        language="fr",
        background="Background.\n\n- a\n- b",
        aims="Aims.",
        logistics="Badges.",
        acknowledgements="Thanks to ICAR.",
        linked_events=(
            LinkedEvent(
                "Pre-session", dt.date(2024, 9, 30), dt.date(2024, 9, 30), "held before", "Geneva"
            ),
            LinkedEvent("Follow-up", None, None, "", ""),
        ),
        references=(
            Reference("UNGPs", "The principles", "https://example.org/ungps"),
            Reference("Background note"),
        ),
        contacts=(
            Contact("Secretariat", "Queries", "wg@example.org", "+41 22 000 00 00"),
            Contact("", "copy", "forum@example.org", "", True),
        ),
        people=people,
        agenda=agenda,
        notes=notes,
        packs=packs,
    )


@pytest.fixture
def meeting() -> Meeting:
    """A meeting that uses every field."""
    return rich_meeting()
