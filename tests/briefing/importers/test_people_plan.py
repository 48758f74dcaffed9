"""The people import's preview: column mapping, new people, field-by-field changes, acceptance."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.importers.people_mapping import (
    PeopleField,
    category_of,
    guess_mapping,
)
from briefing.importers.people_plan import (
    FieldChange,
    PeoplePlan,
    apply_plan,
    plan_people_import,
)
from briefing.importers.spreadsheet import Table, read_table, read_table_file
from briefing.model import Meeting, ParticipantCategory, Person

FIXTURES = Path(__file__).parent / "fixtures"
F = PeopleField


def table_of(text: str, name: str = "people.csv") -> Table:
    """A CSV's text read as a table."""
    return read_table(text.encode(), name)


def plan_for(
    meeting: Meeting, table: Table, mapping: tuple[PeopleField | None, ...] | None = None
) -> PeoplePlan:
    """The plan for a table, through ``mapping`` or the guessed one."""
    if mapping is None:
        mapping = guess_mapping(table.header, [row.cells for row in table.rows])
    return plan_people_import(meeting, table.rows, table.header, mapping, table.name)


def problems(plan: PeoplePlan) -> list[str]:
    return [str(problem) for problem in plan.problems]


MEETING = Meeting(
    "M",
    people=(
        Person("p-ana", "Ana Silva", position="Adviser", organisation="OHCHR", email="ana@un.org"),
        Person("p-bob", "Bob Roe", honorific="Mr", position="Chair", bio="Bob's bio."),
    ),
)


# --------------------------------------------------------------------------- the mapping


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["Name", "Title", "Affiliation", "Email", "Bio"],
            (F.NAME, F.POSITION, F.ORGANISATION, F.EMAIL, F.BIO),
        ),
        (
            ["Prénom", "Nom", "Fonction", "Organisme", "Courriel", "Pays", "Catégorie"],
            (F.FIRST, F.LAST, F.POSITION, F.ORGANISATION, F.EMAIL, F.COUNTRY, F.CATEGORY),
        ),
        (
            ["Nombre", "Apellidos", "Cargo", "Institución", "Correo electrónico", "País"],
            (F.FIRST, F.LAST, F.POSITION, F.ORGANISATION, F.EMAIL, F.COUNTRY),
        ),
        (["Name", "Phone", "Name"], (F.NAME, None, None)),  # a field at most once
    ],
)
def test_columns_are_guessed_from_their_headers(
    header: list[str], expected: tuple[object, ...]
) -> None:
    assert guess_mapping(header) == expected


def test_indico_registrant_headers_are_recognised() -> None:
    table = read_table_file(FIXTURES / "indico-registrants.csv")
    mapping = guess_mapping(table.header, [row.cells for row in table.rows])
    assert dict(zip(table.header, mapping, strict=True)) == {
        "ID": None,
        "Name": F.NAME,
        "First Name": F.FIRST,
        "Last Name": F.LAST,
        "Email Address": F.EMAIL,
        "Affiliation": F.ORGANISATION,
        "Position": F.POSITION,
        "Title": F.HONORIFIC,  # Indico's "Title" is Mr, Ms, Dr, Prof.
        "Country": F.COUNTRY,
        "Phone Number": None,
        "Participant type": F.CATEGORY,
        "Registration date": None,
        "Registration state": F.STATE,
        "Checked in": None,
    }


def test_a_title_column_of_honorifics_alone_is_the_honorific() -> None:
    table = table_of("Title,Name\nDr.,Jane Doe\nProf.,Li Wei\n,Ann Lee\n")
    assert guess_mapping(table.header, [r.cells for r in table.rows]) == (F.HONORIFIC, F.NAME)
    table = table_of("Title,Name\nSenior adviser,Jane Doe\n")
    assert guess_mapping(table.header, [r.cells for r in table.rows]) == (F.POSITION, F.NAME)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Member State", ParticipantCategory.MEMBER_STATE),
        ("État membre", ParticipantCategory.MEMBER_STATE),
        ("Estado Miembro", ParticipantCategory.MEMBER_STATE),
        ("Government", ParticipantCategory.MEMBER_STATE),
        ("Observer", ParticipantCategory.OBSERVER_STATE),
        ("Non-member observer State", ParticipantCategory.OBSERVER_STATE),
        ("United Nations", ParticipantCategory.UN_ENTITY),
        ("UN agency", ParticipantCategory.UN_ENTITY),
        ("UN entity", ParticipantCategory.UN_ENTITY),
        ("Intergovernmental organization", ParticipantCategory.IGO),
        ("NGO", ParticipantCategory.NGO),
        ("ONG", ParticipantCategory.NGO),
        ("Non-governmental organization", ParticipantCategory.NGO),
        ("Civil society", ParticipantCategory.NGO),
        ("Sociedad civil", ParticipantCategory.NGO),
        ("NGO observer", ParticipantCategory.NGO),
        ("Other", ParticipantCategory.OTHER),
        ("Fund", None),
        ("Press", None),
    ],
)
def test_category_words_in_three_languages(text: str, category: ParticipantCategory | None) -> None:
    assert category_of(text) == category


def test_without_a_name_column_there_is_no_plan() -> None:
    table = table_of("Position,Email\nAdviser,x@example.org\n", "staff.csv")
    with pytest.raises(BriefingError, match=r"^staff\.csv: no name column; expected one of"):
        plan_for(MEETING, table)


# --------------------------------------------------------------------------- the plan


def test_new_and_changed_people_are_listed_field_by_field() -> None:
    table = table_of(
        "Name,Position,Organisation,Email\n"
        "Ana Silva,Senior adviser,,ana@un.org\n"  # by email: a new position, organisation kept
        "BOB ROE,Chair,,\n"  # by name: only the name's letters differ
        "Carla Díaz,Rapporteur,ICJ,carla@example.org\n"
    )
    plan = plan_for(MEETING, table)
    assert [(n.line, n.person.name, n.person.position) for n in plan.new] == [
        (4, "Carla Díaz", "Rapporteur")
    ]
    assert [(c.person_id, c.line, c.changes) for c in plan.changed] == [
        ("p-ana", 2, (FieldChange("position", "Adviser", "Senior adviser"),)),
        ("p-bob", 3, (FieldChange("name", "Bob Roe", "BOB ROE"),)),
    ]
    assert plan.unchanged == 0 and plan.change_count == 3


def test_a_changed_position_is_applied_only_when_accepted() -> None:
    table = table_of("Name,Position,Email\nAna Silva,Senior adviser,ana@un.org\nNew Person,,\n")
    plan = plan_for(MEETING, table)
    new_id = plan.new[0].person.id

    refused = apply_plan(MEETING, plan, accepted={new_id})
    assert refused.person("p-ana").position == "Adviser"
    assert [p.name for p in refused.people] == ["Ana Silva", "Bob Roe", "New Person"]

    accepted = apply_plan(MEETING, plan, accepted={("p-ana", "position")})
    assert accepted.person("p-ana").position == "Senior adviser"
    assert [p.name for p in accepted.people] == ["Ana Silva", "Bob Roe"]

    assert apply_plan(MEETING, plan) == apply_plan(MEETING, plan, set(plan.plan_keys()))


def test_rejected_fields_stay_and_accepted_ones_change_on_the_same_person() -> None:
    table = table_of(
        "Name,Title,Position,Affiliation,Bio\nBob Roe,Dr,Chairperson,UNWG,A new bio.\n"
    )
    plan = plan_for(MEETING, table)
    [change] = plan.changed
    assert [c.field for c in change.changes] == ["honorific", "position", "organisation", "bio"]
    after = apply_plan(MEETING, plan, accepted={("p-bob", "position"), ("p-bob", "organisation")})
    bob = after.person("p-bob")
    assert (bob.honorific, bob.position, bob.organisation, bob.bio) == (
        "Mr",
        "Chairperson",
        "UNWG",
        "Bob's bio.",
    )


def test_empty_cells_never_blank_a_value_and_an_unchanged_person_is_counted() -> None:
    plan = plan_for(MEETING, table_of("Name,Position,Bio\nBob Roe,,\nAna Silva,Adviser,\n"))
    assert plan.changed == () and plan.new == () and plan.unchanged == 2
    assert apply_plan(MEETING, plan) == MEETING


def test_remapping_a_column_changes_the_plan() -> None:
    table = table_of("Name,Role,Email\nAna Silva,Senior adviser,ana@un.org\n")
    guessed = plan_for(MEETING, table)
    assert guessed.changed == () and guessed.unchanged == 1
    assert "line 1: columns not imported: Role" in problems(guessed)

    remapped = plan_for(MEETING, table, (F.NAME, F.POSITION, F.EMAIL))
    assert remapped.changed[0].changes == (FieldChange("position", "Adviser", "Senior adviser"),)
    assert problems(remapped) == []

    unmatched = plan_for(MEETING, table, (F.NAME, F.POSITION, None))
    assert [c.changes for c in unmatched.changed] == [
        (FieldChange("position", "Adviser", "Senior adviser"),)
    ]  # still the same person: matched by name once the email is not read


def test_country_and_category_cells_are_read_and_unknown_ones_reported() -> None:
    table = table_of(
        "Name,Country,Category\n"
        "Hélène Côté,Suisse,État membre\n"
        "Li Wei,中国,Member State\n"
        "Olga Ivanova,Atlantis,Press\n"
    )
    plan = plan_for(Meeting("M"), table)
    people = {entry.person.name: entry.person for entry in plan.new}
    assert (people["Hélène Côté"].country, people["Hélène Côté"].category) == (
        "CH",
        ParticipantCategory.MEMBER_STATE,
    )
    assert people["Li Wei"].country == "CN"
    assert (people["Olga Ivanova"].country, people["Olga Ivanova"].category) == ("", None)
    assert problems(plan) == [
        "line 4: country 'Atlantis' is not known; left empty",
        "line 4: category 'Press' is not known; left empty",
    ]


def test_a_person_twice_in_the_file_is_one_new_person() -> None:
    table = table_of("Name,Position,Email\nJane Doe,Adviser,jane@x.org\nJane Doe,,JANE@x.org\n")
    plan = plan_for(Meeting("M"), table)
    assert [(n.line, n.person.position) for n in plan.new] == [(2, "Adviser")]
    assert problems(plan) == ["line 3: same person as line 2; values merged"]


# --------------------------------------------------------------------------- Indico


@pytest.mark.parametrize("fixture", ["indico-registrants.csv", "indico-registrants.xlsx"])
def test_an_indico_registrants_export(fixture: str) -> None:
    table = read_table_file(FIXTURES / fixture)
    meeting = Meeting(
        "M",
        people=(Person("p-jn", "Jose Nunez", position="Director", email="jose.nunez@example.org"),),
    )
    plan = plan_for(meeting, table)
    new = {entry.person.name: entry.person for entry in plan.new}
    assert set(new) == {"Anita Ramasastry", "Hélène Côté", "Wei Li", "Olga Ivanova"}
    anita = new["Anita Ramasastry"]
    assert (anita.honorific, anita.position, anita.organisation, anita.email, anita.country) == (
        "Prof.",
        "Chair, Working Group on Business and Human Rights",
        "University of Washington",
        "anita.ramasastry@example.org",
        "US",
    )
    assert anita.category is ParticipantCategory.UN_ENTITY
    helene = new["Hélène Côté"]
    assert (helene.country, helene.category) == ("CH", ParticipantCategory.MEMBER_STATE)
    assert new["Wei Li"].organisation == "常驻联合国日内瓦办事处代表团"
    assert new["Olga Ivanova"].category is ParticipantCategory.NGO
    [jose] = plan.changed
    assert jose.person_id == "p-jn" and [(c.field, c.old, c.new) for c in jose.changes] == [
        ("name", "Jose Nunez", "José Núñez"),
        ("honorific", "", "Mr"),
        ("position", "Director", "Director ejecutivo"),
        ("organisation", "", "Fundación Pro Derechos"),
        ("country", "", "CO"),
        ("category", None, ParticipantCategory.NGO),
    ]
    assert problems(plan) == [
        "line 1: columns not imported: ID, Phone Number, Registration date, Checked in",
        "line 5: skipped: the registration is withdrawn",
        "line 7: country 'Atlantis' is not known; left empty",
    ]
