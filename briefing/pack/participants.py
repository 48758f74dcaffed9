"""The list of participants: everyone in the meeting, grouped as intergovernmental lists are.

Groups come in a fixed order: Member States, non-member observer States, United Nations
entities, intergovernmental organizations, non-governmental organizations, other participants
(people with no category are among the last). States are listed by country, in alphabetical
order of the countries' names in the pack's language; organisations by name. Within a country or
an organisation people keep the meeting's order, which the secretariat sets (a head of
delegation first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.collation import text_sort_key
from briefing.countries import country_name, country_sort_key
from briefing.model import CATEGORY_HEADINGS, ParticipantCategory, Person
from briefing.pack.document import Block, Heading, ListBlock, Paragraph, Span, Spans, plain

if TYPE_CHECKING:
    from briefing.pack.assemble import _Context

_STATES = frozenset({ParticipantCategory.MEMBER_STATE, ParticipantCategory.OBSERVER_STATE})


def participants(ctx: _Context) -> list[Block]:
    """The "List of participants" section, if the pack asks for one and anyone is in it."""
    if not (ctx.pack.options.participants_list and ctx.meeting.people):
        return []
    w = ctx.words
    blocks: list[Block] = [
        Heading(1, w.gettext("List of participants"), "participants", new_page=True)
    ]
    for category, heading in CATEGORY_HEADINGS.items():
        people = [p for p in ctx.meeting.people if (p.category or _OTHER) is category]
        if people:
            blocks.append(Heading(2, w.gettext(heading), f"participants-{category.value}"))
            blocks += _groups(ctx, category, people)
    return blocks


_OTHER = ParticipantCategory.OTHER


def _groups(ctx: _Context, category: ParticipantCategory, people: list[Person]) -> list[Block]:
    """Each country's (or organisation's) name, then its people; the unnamed ones last."""
    by_group: dict[str, list[Person]] = {}
    for person in people:
        by_group.setdefault(_group_of(category, person), []).append(person)
    blocks: list[Block] = []
    for group in sorted(by_group, key=lambda g: _group_key(ctx, category, g)):
        if group:
            name = country_name(group, ctx.language) if category in _STATES else group
            blocks.append(Paragraph(plain(name, bold=True), "label"))
        blocks.append(ListBlock(tuple(_entry(ctx, p) for p in by_group[group])))
    return blocks


def _group_of(category: ParticipantCategory, person: Person) -> str:
    return person.country if category in _STATES else person.organisation


def _group_key(ctx: _Context, category: ParticipantCategory, group: str) -> tuple[bool, object]:
    if not group:
        return (True, ())
    if category in _STATES:
        return (False, country_sort_key(group, ctx.language))
    return (False, text_sort_key(group))


def _entry(ctx: _Context, person: Person) -> Spans:
    """``Ms. Jane Doe``, her position (and organisation, for a State's delegate), her email."""
    spans: list[Span] = [Span(person.display_name, bold=True)]
    states = (person.category or _OTHER) in _STATES
    detail = ctx.parts(person.position, person.organisation if states else "")
    if detail:
        spans.append(Span(ctx.words.gettext(", ") + detail))
    if person.email and ctx.pack.options.participants_emails:
        spans += [Span(" · "), Span(person.email, link=f"mailto:{person.email}")]
    return tuple(spans)
