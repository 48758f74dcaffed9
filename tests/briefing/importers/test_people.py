"""People import from CSV: encodings, delimiters, headers, updates, bad rows, a 50 MB file."""

from __future__ import annotations

import codecs
import gc
import io
import time
import tracemalloc
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.importers.people import RowProblem, import_people
from briefing.model import Meeting, Person

HEADER = ["First name", "Last name", "Position", "Organisation", "Email", "Bio"]
ROWS = [
    ["Anita", "Ramasastry", "Chair", "UNWG", "anita@example.org", "Professor of law."],
    ["Hélène", "Côté", "Directrice", "Ministère", "helene@example.fr", "Née à Genève."],
]


def csv_text(rows: list[list[str]], delimiter: str = ",", header: list[str] = HEADER) -> str:
    """A CSV document with Windows line ends, as spreadsheets write them."""
    return "".join(delimiter.join(row) + "\r\n" for row in [header, *rows])


def by_name(meeting: Meeting) -> dict[str, Person]:
    """The meeting's people by name."""
    return {p.name: p for p in meeting.people}


def messages(problems: tuple[RowProblem, ...]) -> list[str]:
    """Each problem as the user reads it."""
    return [str(p) for p in problems]


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (csv_text(ROWS).encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + csv_text(ROWS).encode("utf-8"), "utf-8 with BOM"),
        (csv_text(ROWS, "\t").encode("utf-16"), "utf-16 tab-separated"),
        (csv_text(ROWS, ";").encode("cp1252"), "windows-1252"),
        (csv_text(ROWS, "\t").encode("utf-16-le"), "utf-16 without BOM"),
    ],
)
def test_reads_each_encoding(encoded: bytes, label: str) -> None:
    result = import_people(Meeting("M"), encoded, "people.csv")
    people = by_name(result.meeting)
    assert set(people) == {"Anita Ramasastry", "Hélène Côté"}, label
    helene = people["Hélène Côté"]
    assert (helene.position, helene.organisation, helene.bio) == (
        "Directrice",
        "Ministère",
        "Née à Genève.",
    )
    assert helene.email == "helene@example.fr"
    assert result.added == 2 and result.updated == 0 and result.problems == ()


def test_utf8_file_with_a_stray_windows_1252_byte_keeps_both() -> None:
    padding = [["Ann", f"Lee {n}", "", "", "", "é" * 100] for n in range(400)]  # > 64 KB
    data = csv_text(ROWS + padding).encode("utf-8") + "Zoé,Bé,,,,\r\n".encode("cp1252")
    result = import_people(Meeting("M"), data, "mixed.csv")
    assert {"Hélène Côté", "Zoé Bé"} <= set(by_name(result.meeting))


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_sniffs_the_delimiter(delimiter: str) -> None:
    rows = [["Jane", "Doe", "Adviser", "Org, Inc.", "jane@example.org", "Bio; with marks"]]
    text = csv_text([[f'"{c}"' for c in r] for r in rows], delimiter)
    person = import_people(Meeting("M"), text.encode(), "p.csv").meeting.people[0]
    assert (person.name, person.organisation, person.bio) == (
        "Jane Doe",
        "Org, Inc.",
        "Bio; with marks",
    )


def test_reads_from_a_binary_stream_and_a_file(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(csv_text(ROWS).encode())
    with path.open("rb") as stream:
        result = import_people(Meeting("M"), stream, str(path))
    assert result.added == 2
    assert import_people(Meeting("M"), io.BytesIO(path.read_bytes()), "p.csv").added == 2


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    "header",
    [
        ["FULL NAME", "JOB TITLE", "INSTITUTION", "E-MAIL", "BIOGRAPHY"],
        ["full_name", "job-title", "organization", "e-mail address", "Short bio"],
        ["Nom complet", "Fonction", "Organisme", "Courriel", "Biographie"],
        ["Nombre completo", "Cargo", "Institución", "Correo electrónico", "Biografía"],
        [" Name ", "Title", "Affiliation", "Email", "Bio"],
    ],
)
def test_maps_headers_in_any_case_accents_and_language(header: list[str]) -> None:
    rows = [["Jane Doe", "Adviser", "ICAR", "jane@example.org", "A bio."]]
    person = import_people(Meeting("M"), csv_text(rows, header=header).encode(), "p.csv")
    got = person.meeting.people[0]
    assert (got.name, got.position, got.organisation, got.email, got.bio) == (
        "Jane Doe",
        "Adviser",
        "ICAR",
        "jane@example.org",
        "A bio.",
    )


def test_french_and_spanish_first_and_last_name_columns() -> None:
    fr = csv_text([["Côté", "Hélène"]], ";", ["NOM", "Prénom"])
    es = csv_text([["José", "Pérez García"]], ";", ["Nombre", "Apellidos"])
    assert import_people(Meeting("M"), fr.encode(), "fr.csv").meeting.people[0].name == (
        "Hélène Côté"
    )
    assert import_people(Meeting("M"), es.encode(), "es.csv").meeting.people[0].name == (
        "José Pérez García"
    )


def test_honorific_column_and_honorifics_in_a_full_name() -> None:
    text = csv_text(
        [["Dr.", "Jane Doe"], ["", "H.E. Ms. Amina Diallo"], ["", "He Wei"]],
        header=["Salutation", "Name"],
    )
    people = by_name(import_people(Meeting("M"), text.encode(), "p.csv").meeting)
    assert people["Jane Doe"].honorific == "Dr."
    assert people["Amina Diallo"].honorific == "H.E. Ms."
    assert people["He Wei"].honorific == ""  # a family name, not "His Excellency"


def test_title_next_to_a_position_column_is_the_honorific() -> None:
    text = csv_text([["Mr.", "John Roe", "Minister"]], header=["Title", "Name", "Position"])
    person = import_people(Meeting("M"), text.encode(), "p.csv").meeting.people[0]
    assert (person.honorific, person.position) == ("Mr.", "Minister")


def test_unknown_columns_are_reported_not_imported() -> None:
    text = csv_text([["Jane Doe", "+41 22"]], header=["Name", "Phone"])
    result = import_people(Meeting("M"), text.encode(), "p.csv")
    assert messages(result.problems) == ["line 1: columns not imported: Phone"]


def test_a_header_without_a_name_column_is_refused() -> None:
    text = csv_text([["Adviser", "x@example.org"]], header=["Position", "Email"])
    with pytest.raises(BriefingError, match=r"^staff\.csv: no name column; expected one of"):
        import_people(Meeting("M"), text.encode(), "C:\\lists\\staff.csv")


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", codecs.BOM_UTF8])
def test_an_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(BriefingError, match=r"^p\.csv: the file is empty"):
        import_people(Meeting("M"), data, "p.csv")


def test_an_excel_workbook_is_refused_with_advice() -> None:
    with pytest.raises(
        BriefingError, match=r"p\.csv: the file is an Excel workbook.*save it as CSV"
    ):
        import_people(Meeting("M"), b"PK\x03\x04" + bytes(100), "p.csv")


# --------------------------------------------------------------------------- updates


def test_existing_people_are_updated_not_duplicated() -> None:
    meeting = Meeting(
        "M",
        people=(
            Person("p-a", "Anita Ramasastry", email="Anita@Example.org", bio="Old bio."),
            Person("p-h", "Helene Cote", position="Old position"),
            Person("p-x", "Someone Else"),
        ),
    )
    text = csv_text(
        [
            ["Anita", "Ramasastry-Smith", "", "UNWG", "ANITA@example.ORG", ""],
            ["HÉLÈNE", "CÔTÉ", "Directrice", "", "", ""],
            ["New", "Person", "", "", "", ""],
        ]
    )
    result = import_people(meeting, text.encode(), "p.csv")
    people = {p.id: p for p in result.meeting.people}
    assert len(people) == 4 and (result.added, result.updated) == (1, 2)
    anita = people["p-a"]  # matched by email, whatever its case; empty cells keep old values
    assert (anita.name, anita.organisation, anita.bio, anita.email) == (
        "Anita Ramasastry-Smith",
        "UNWG",
        "Old bio.",
        "Anita@Example.org",
    )
    assert people["p-h"].position == "Directrice"  # matched by name, case and accents folded
    assert people["p-h"].name == "HÉLÈNE CÔTÉ"
    assert people["p-x"] == meeting.people[2]
    new = next(p for p in result.meeting.people if p.name == "New Person")
    assert new.id.startswith("person-")


def test_importing_the_same_file_twice_changes_nothing() -> None:
    first = import_people(Meeting("M"), csv_text(ROWS).encode(), "p.csv")
    again = import_people(first.meeting, csv_text(ROWS).encode(), "p.csv")
    assert again.meeting == first.meeting
    assert (again.added, again.updated, again.problems) == (0, 0, ())


def test_same_name_with_another_email_is_a_separate_person() -> None:
    meeting = Meeting("M", people=(Person("p1", "John Smith", email="john@a.org"),))
    text = csv_text([["John", "Smith", "", "", "john@b.org", ""]])
    result = import_people(meeting, text.encode(), "p.csv")
    assert len(result.meeting.people) == 2
    assert "another email" in str(result.problems[0])


def test_a_person_twice_in_the_file_is_merged_and_reported() -> None:
    text = csv_text(
        [
            ["Jane", "Doe", "Adviser", "", "jane@example.org", ""],
            ["Jane", "Doe", "", "ICAR", "JANE@example.org", ""],
        ]
    )
    result = import_people(Meeting("M"), text.encode(), "p.csv")
    assert len(result.meeting.people) == 1 and result.added == 1
    assert (result.meeting.people[0].position, result.meeting.people[0].organisation) == (
        "Adviser",
        "ICAR",
    )
    assert messages(result.problems) == ["line 3: same person as line 2; values merged"]


def test_nothing_already_in_the_meeting_is_lost(meeting: Meeting) -> None:
    result = import_people(meeting, csv_text(ROWS[1:]).encode(), "p.csv")
    assert result.meeting.people[: len(meeting.people)] == meeting.people
    assert result.meeting.agenda == meeting.agenda and result.meeting.notes == meeting.notes


# --------------------------------------------------------------------------- bad rows


def test_skipped_rows_are_reported_with_line_numbers() -> None:
    text = (
        "Name,Email,Bio\r\n"
        "Jane Doe,jane@example.org,ok\r\n"
        ",nobody@example.org,no name here\r\n"
        "\r\n"
        '"Ann\r\nMarie",,"a bio\r\nover two lines"\r\n'
        "Bob Roe,not-an-email,kept\r\n"
        ",,\r\n"
        "   ,,x\r\n"
    )
    result = import_people(Meeting("M"), text.encode(), "p.csv")
    assert set(by_name(result.meeting)) == {"Jane Doe", "Ann Marie", "Bob Roe"}
    assert by_name(result.meeting)["Ann Marie"].bio == "a bio\r\nover two lines"
    assert by_name(result.meeting)["Bob Roe"].email == ""
    assert messages(result.problems) == [
        "line 3: skipped: no name",
        "line 8: email 'not-an-email' is not a valid address; the person is kept without it",
        "line 10: skipped: no name",
    ]


def test_ragged_rows_are_reported_never_a_crash() -> None:
    text = (
        "Name;Position;Organisation;Email\n"
        "Jane Doe;Adviser\n"
        "Bob Roe;Chair;UNWG;bob@example.org;Geneva;extra\n"
        "Ann Lee;Chair;UNWG;ann@example.org;;\n"
        "Solo\n"
    )
    result = import_people(Meeting("M"), text.encode(), "p.csv")
    assert set(by_name(result.meeting)) == {"Jane Doe", "Ann Lee", "Solo"}
    assert by_name(result.meeting)["Jane Doe"].position == "Adviser"
    assert messages(result.problems) == [
        "line 2: 2 cells where the header has 4; the missing ones are empty",
        "line 3: skipped: 6 cells where the header has 4 "
        "(a comma or semicolon inside a value that is not in quotes?)",
        "line 5: 1 cell where the header has 4; the missing ones are empty",
    ]


def test_empty_columns_at_the_end_of_the_header_are_ignored() -> None:
    text = "Name;Email;;;\nJane Doe;jane@example.org\nBob Roe;;;;\n"
    result = import_people(Meeting("M"), text.encode(), "p.csv")
    assert set(by_name(result.meeting)) == {"Jane Doe", "Bob Roe"} and result.problems == ()


def test_a_nul_byte_is_reported_and_removed() -> None:
    text = b"Name,Email\r\nJane\x00 Doe,jane@example.org\r\nBob Roe,\r\n\x00,x\r\n"
    result = import_people(Meeting("M"), text, "p.csv")
    assert set(by_name(result.meeting)) == {"Jane Doe", "Bob Roe"}
    assert messages(result.problems) == [
        "line 2: NUL characters removed (is the file damaged?)",
        "line 4: NUL characters removed (is the file damaged?)",
        "line 4: skipped: no name",
    ]


def test_an_unreadable_cell_skips_its_row_only() -> None:
    text = "Name,Bio\r\nJane Doe," + "x" * 200_000 + "\r\nBob Roe,short\r\n"
    result = import_people(Meeting("M"), text.encode(), "p.csv")
    assert set(by_name(result.meeting)) == {"Bob Roe"}
    assert messages(result.problems)[0].startswith("line 2: skipped: the row cannot be read")


def test_an_overlong_line_is_skipped_without_reading_it_whole() -> None:
    text = "Name,Bio\r\n" + "Jane Doe," + "x" * 2_500_000 + "\r\nBob Roe,short\r\n"
    result = import_people(Meeting("M"), text.encode(), "p.csv")
    assert set(by_name(result.meeting)) == {"Bob Roe"}
    assert messages(result.problems) == [
        "line 2: skipped: the line is longer than a million characters"
    ]


def test_problems_beyond_the_limit_are_counted_not_listed() -> None:
    text = "Name,Bio\n" + ",x\n" * 1500
    problems = import_people(Meeting("M"), text.encode(), "p.csv").problems
    assert len(problems) == 1001
    assert str(problems[-1]) == "line 1501: 500 more problems not listed"


# --------------------------------------------------------------------------- a big file


def _write_big_csv(path: Path, size: int) -> int:
    """Write a CSV of at least ``size`` bytes with long bios, in chunks; return its row count."""
    bio = ("Served as adviser on business and human rights, née à Genève. " * 320).strip()
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("First name;Last name;Email;Bio\r\n")
        written = 0
        while written < size:
            line = f"Person;Number {rows};p{rows}@example.org;{bio}\r\n"
            out.write(line)
            written += len(line.encode())
            rows += 1
    return rows


@pytest.mark.slow
def test_a_50_mb_csv_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = _write_big_csv(path, 50 * 1024 * 1024)
    gc.collect()
    tracemalloc.start()
    try:
        started = time.monotonic()
        with path.open("rb") as stream:
            result = import_people(Meeting("M"), stream, path.name)
        _, peak = tracemalloc.get_traced_memory()
        elapsed = time.monotonic() - started
        result_size = sum(len(p.bio) + len(p.name) + 200 for p in result.meeting.people)
    finally:
        tracemalloc.stop()
    assert result.added == rows and result.problems == ()
    assert peak - result_size < 30 * 1024 * 1024, f"peak {peak:,}, people {result_size:,}"
    assert elapsed < 60
