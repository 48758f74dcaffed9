"""What importing a list of people would do, before it is done; and doing the part accepted.

:func:`plan_people_import` reads the rows through a mapping and says which people are new, which
would change (field by field: old → new), how many are already as the file says, and what is
wrong with some rows (by line). Nothing changes until :func:`apply_plan` applies the new people
and the changed fields the user accepted. An existing person is matched by email, else by name
(case, accents and spacing ignored), never duplicated; a cell left empty never blanks a value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass

from briefing.errors import UnusableFileError, ValidationError
from briefing.importers.people_mapping import (
    EXPECTED_NAMES,
    Mapping,
    RowValues,
    category_of,
    country_code,
    has_name_column,
    is_not_coming,
    mapping_problems,
    row_values,
)
from briefing.importers.spreadsheet import Problems, RowProblem, TableRow, skipped
from briefing.messages import M_
from briefing.model import Meeting, ParticipantCategory, Person, new_id
from briefing.validation import check_email, fold

__all__ = [
    "COMPARED_FIELDS",
    "FieldChange",
    "NewPerson",
    "PeoplePlan",
    "PersonChange",
    "apply_plan",
    "plan_people_import",
]

COMPARED_FIELDS = (
    "name",
    "honorific",
    "position",
    "organisation",
    "email",
    "bio",
    "country",
    "category",
)
"""The person's fields an import may set, in the order a preview lists them."""

PlanKey = str | tuple[str, str]
"""What a user accepts: a new person's id, or (an existing person's id, a field)."""


@dataclass(frozen=True)
class FieldChange:
    """One field of an existing person that the file would change."""

    field: str
    old: str | ParticipantCategory | None
    new: str | ParticipantCategory | None


@dataclass(frozen=True)
class PersonChange:
    """An existing person the file would change, the first line naming them, and how."""

    person_id: str
    name: str
    line: int
    changes: tuple[FieldChange, ...]

    def plan_keys(self) -> Iterator[PlanKey]:
        """The key accepting each of the changes."""
        return ((self.person_id, change.field) for change in self.changes)


@dataclass(frozen=True)
class NewPerson:
    """A person the file would add, and the first line naming them."""

    line: int
    person: Person


@dataclass(frozen=True)
class PeoplePlan:
    """What importing the file would do; nothing is done until :func:`apply_plan`."""

    new: tuple[NewPerson, ...]
    changed: tuple[PersonChange, ...]
    unchanged: int
    problems: tuple[RowProblem, ...]

    @property
    def change_count(self) -> int:
        """New people plus changed fields: the number of things a user can accept."""
        return len(self.new) + sum(len(change.changes) for change in self.changed)

    def plan_keys(self) -> Iterator[PlanKey]:
        """The key of everything the plan would do."""
        yield from (entry.person.id for entry in self.new)
        for change in self.changed:
            yield from change.plan_keys()


def plan_people_import(
    meeting: Meeting,
    rows: Iterable[TableRow],
    header: tuple[str, ...],
    mapping: Mapping,
    name: str = "",
    header_line: int = 1,
) -> PeoplePlan:
    """What the rows would add and change, read through ``mapping``; raise when no column gives
    a name (the file ``name`` is then named)."""
    if not has_name_column(mapping):
        problem = M_("no name column; expected one of {names}", names=EXPECTED_NAMES)
        raise UnusableFileError(name, problem)
    problems = Problems()
    for message in mapping_problems(header, mapping):
        problems.add(header_line, message)
    roster = _Roster(meeting)
    for row in rows:
        values = _checked(row_values(row.cells, mapping), row.line, problems)
        if values is not None:
            roster.take(values, row.line, problems)
    return roster.plan(problems.all())


def apply_plan(
    meeting: Meeting, plan: PeoplePlan, accepted: Container[PlanKey] | None = None
) -> Meeting:
    """The meeting with the plan's new people and changed fields that are ``accepted`` (all of
    them when None); anything else in the meeting stays as it is."""
    chosen = _everything(plan) if accepted is None else accepted
    fields = {
        change.person_id: {
            c.field: c.new for c in change.changes if (change.person_id, c.field) in chosen
        }
        for change in plan.changed
    }
    people = [_changed(person, fields.get(person.id, {})) for person in meeting.people]
    people += [entry.person for entry in plan.new if entry.person.id in chosen]
    return dataclasses.replace(meeting, people=tuple(people))


def _everything(plan: PeoplePlan) -> frozenset[PlanKey]:
    return frozenset(plan.plan_keys())


def _changed(person: Person, values: dict[str, object]) -> Person:
    """The person with some fields set (each was checked when the plan was made)."""
    return dataclasses.replace(person, **values) if values else person  # type: ignore[arg-type]


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class _Values:
    """A row's values as a person's: the country as its code, the category as the category."""

    row: RowValues
    country: str
    category: ParticipantCategory | None

    def person_values(self) -> dict[str, object]:
        """The fields this row sets (empty ones are left out)."""
        values = {k: v for k, v in self.row.person_values().items() if v}
        if self.country:
            values["country"] = self.country
        if self.category is not None:
            values["category"] = self.category
        return values


def _checked(row: RowValues, line: int, problems: Problems) -> _Values | None:
    """The row's values, read and checked; None (reported) when the row is skipped."""
    if row.state and is_not_coming(row.state):
        state = row.state.strip().lower()  # as the file writes it
        problems.add(line, skipped(M_("the registration is {state}", state=state)))
        return None
    if not row.name:
        problems.add(line, skipped(M_("no name")))
        return None
    try:
        row = dataclasses.replace(row, email=check_email(row.email))
    except ValidationError:
        problem = M_(
            "email '{email}' is not a valid address; the person is kept without it",
            email=row.email,
        )
        problems.add(line, problem)
        row = dataclasses.replace(row, email="")
    return _Values(
        row, _country(row.country, line, problems), _category(row.category, line, problems)
    )


def _country(text: str, line: int, problems: Problems) -> str:
    """The code of the country a cell names, or "" (reported when the cell is not empty)."""
    if not text.strip():
        return ""
    code = country_code(text)
    if code is None:
        problems.add(line, M_("country '{text}' is not known; left empty", text=text.strip()[:80]))
        return ""
    return code


def _category(text: str, line: int, problems: Problems) -> ParticipantCategory | None:
    """The category a cell names, or None (reported when the cell is not empty)."""
    if not text.strip():
        return None
    category = category_of(text)
    if category is None:
        unknown = M_("category '{text}' is not known; left empty", text=text.strip()[:80])
        problems.add(line, unknown)
    return category


def _name_key(name: str) -> str:
    """A name folded for matching: case, accents and spacing ignored."""
    return " ".join(fold(name).split())


class _Roster:
    """The meeting's people as the rows would leave them, indexed by email and by name."""

    def __init__(self, meeting: Meeting) -> None:
        self._originals: dict[str, Person] = {p.id: p for p in meeting.people}
        self._people: dict[str, Person] = dict(self._originals)
        self._by_email: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        for person in meeting.people:
            self._index(person)
        self._seen_on: dict[str, int] = {}  # person id → first line of this file naming them

    def take(self, row: _Values, line: int, problems: Problems) -> None:
        """Add the row's person, or merge the row into the person it matches."""
        found = self._match(row.row, line, problems)
        if found is None:
            self._add(row, line, problems)
            return
        if found.id in self._seen_on:
            first = self._seen_on[found.id]
            problems.add(line, M_("same person as line {line}; values merged", line=first))
        else:
            self._seen_on[found.id] = line
        self._update(found, row, line, problems)

    def plan(self, problems: tuple[RowProblem, ...]) -> PeoplePlan:
        """The plan: new people, changes field by field, people left as they were."""
        new = tuple(
            NewPerson(self._seen_on[pid], person)
            for pid, person in self._people.items()
            if pid not in self._originals
        )
        changed: list[PersonChange] = []
        unchanged = 0
        for pid, original in self._originals.items():
            if pid not in self._seen_on:
                continue
            changes = _differences(original, self._people[pid])
            if changes:
                changed.append(PersonChange(pid, original.name, self._seen_on[pid], changes))
            else:
                unchanged += 1
        changed.sort(key=lambda change: change.line)
        return PeoplePlan(new, tuple(changed), unchanged, problems)

    def _match(self, row: RowValues, line: int, problems: Problems) -> Person | None:
        """The person with the row's email, else with its name (and no other email)."""
        if row.email and row.email.casefold() in self._by_email:
            return self._people[self._by_email[row.email.casefold()]]
        person_id = self._by_name.get(_name_key(row.name))
        if person_id is None:
            return None
        person = self._people[person_id]
        if row.email and person.email and person.email.casefold() != row.email.casefold():
            problem = M_(
                "'{name}' is already listed with another email ({email}); added as a separate "
                "person",
                name=row.name,
                email=person.email,
            )
            problems.add(line, problem)
            return None
        return person

    def _add(self, row: _Values, line: int, problems: Problems) -> None:
        """A new person from a row."""
        try:
            person = Person(new_id("person"), **row.person_values())  # type: ignore[arg-type]
        except ValidationError as exc:
            problems.add(line, skipped(exc.message))
            return
        self._people[person.id] = person
        self._seen_on[person.id] = line
        self._index(person)

    def _update(self, person: Person, row: _Values, line: int, problems: Problems) -> None:
        """The person with the row's non-empty values."""
        values = row.person_values()
        if row.row.email.casefold() == person.email.casefold():
            values.pop("email", None)  # keep the address as it was written before
        try:
            updated = dataclasses.replace(person, **values)  # type: ignore[arg-type]
        except ValidationError as exc:
            problems.add(line, skipped(exc.message))
            return
        self._people[person.id] = updated
        self._index(updated)

    def _index(self, person: Person) -> None:
        """Make a person findable by email and name (the first one listed wins a name)."""
        if person.email:
            self._by_email.setdefault(person.email.casefold(), person.id)
        self._by_name.setdefault(_name_key(person.name), person.id)


def _differences(before: Person, after: Person) -> tuple[FieldChange, ...]:
    """Each compared field whose value differs, old and new."""
    return tuple(
        FieldChange(field, getattr(before, field), getattr(after, field))
        for field in COMPARED_FIELDS
        if getattr(before, field) != getattr(after, field)
    )
