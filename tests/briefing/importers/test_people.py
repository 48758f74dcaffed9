"""People import from CSV: encodings, delimiters, headers, updates, bad rows, a 50 MB file."""

from __future__ import annotations

import codecs
import gc
import io
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.importers.people import MAX_ROWS, RowProblem, import_people, import_people_file
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


def test_a_stray_byte_in_a_utf8_file_is_reported_with_its_line_not_read_as_another_encoding() -> (
    None
):
    padding = [["Ann", f"Lee {n}", "", "", "", "é" * 100] for n in range(400)]  # > 64 KB
    data = csv_text(ROWS + padding).encode("utf-8") + "Zoé,Bé,,,,\r\n".encode("cp1252")
    data += "Björn,Åberg,,,,\r\n".encode()
    result = import_people(Meeting("M"), data, "mixed.csv")
    people = by_name(result.meeting)
    assert {"Hélène Côté", "Björn Åberg"} <= set(people) and "Zoé Bé" not in people
    assert not any("\ufffd" in p.name or "Ã" in p.name for p in people.values())
    assert messages(result.problems) == [
        "line 404: skipped: byte 0xE9 is not valid UTF-8; save the file as UTF-8"
    ]
    assert result.encoding == "UTF-8"


def test_a_stray_byte_near_the_top_of_a_utf8_file_too() -> None:
    data = csv_text(ROWS).encode("utf-8") + b"Zo\xe9,B\xe9,,,,\r\n" + b"Li,Wei,,,,\r\n"
    result = import_people(Meeting("M"), data, "mixed.csv")
    assert set(by_name(result.meeting)) == {"Anita Ramasastry", "Hélène Côté", "Li Wei"}
    assert messages(result.problems) == [
        "line 4: skipped: byte 0xE9 is not valid UTF-8; save the file as UTF-8"
    ]


def test_a_stray_byte_in_the_header_refuses_the_file() -> None:
    data = b"Name,Caf\xe9\r\n" + "Zoé Côté,Hélène\r\n".encode() * 3
    with pytest.raises(BriefingError) as info:
        import_people(Meeting("M"), data, "h.csv")
    assert str(info.value) == "h.csv: line 1: byte 0xE9 is not valid UTF-8; save the file as UTF-8"


_JAPANESE = [
    ["太郎", "山田", "部長", "外交官", "taro@example.jp", "東京大学 法学部"],
    ["一郎", "鈴木", "課長", "事務局", "ichiro@example.jp", "研究者"],
    ["健太", "中村", "大学教授", "京都", "kenta@example.jp", ""],
]


def test_a_shift_jis_file_that_reads_as_windows_1252_is_not_mojibake() -> None:
    data = csv_text(_JAPANESE).encode("shift_jis")
    data.decode("cp1252")  # the trap: it decodes without error as Windows-1252
    result = import_people(Meeting("M"), data, "registrations.csv")
    assert set(by_name(result.meeting)) == {"太郎 山田", "一郎 鈴木", "健太 中村"}
    assert by_name(result.meeting)["太郎 山田"].bio == "東京大学 法学部"
    assert result.encoding == "Shift-JIS (Japanese)" and result.problems == ()


@pytest.mark.parametrize(
    ("rows", "codec", "encoding"),
    [
        (
            [["Олег", "Иванов", "Директор", "МИД России", "", "Родился в Москве."]],
            "cp1251",
            "Windows-1251 (Cyrillic)",
        ),
        (
            [["محمد", "علي", "مدير", "وزارة الخارجية", "", "ولد في القاهرة."]],
            "cp1256",
            "Windows-1256 (Arabic)",
        ),
        ([["小明", "王", "主任", "外交部", "", "北京人。"]], "gb18030", "GB18030 (Chinese)"),
        (ROWS, "cp1252", "Windows-1252 (Western European)"),
        ([["Zoë", "O’Brien", "“Chair”", "Org – Inc", "", "Née…"]], "cp1252", "Windows-1252 (Western European)"),
        ([["José", "Núñez", "", "", "", ""]], "cp1252", "Windows-1252 (Western European)"),
    ],
)  # fmt: skip
def test_legacy_encodings_are_detected_and_named(
    rows: list[list[str]], codec: str, encoding: str
) -> None:
    result = import_people(Meeting("M"), csv_text(rows).encode(codec), "p.csv")
    assert result.encoding == encoding
    assert [p.name for p in result.meeting.people] == [f"{r[0]} {r[1]}" for r in rows]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (csv_text(ROWS).encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + csv_text(ROWS).encode("utf-8"), "UTF-8 with BOM"),
        (csv_text(ROWS, "\t").encode("utf-16"), "UTF-16"),
        (csv_text(ROWS).encode("utf-16-le"), "UTF-16 (little-endian, no BOM)"),
        (csv_text([["Ann", "Lee", "", "", "", ""]]).encode(), "UTF-8"),
    ],
)
def test_the_result_names_the_encoding(data: bytes, encoding: str) -> None:
    assert import_people(Meeting("M"), data, "p.csv").encoding == encoding


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


def test_a_workbook_saved_under_a_csv_name_is_read_as_a_workbook() -> None:
    fixture = Path(__file__).parent / "fixtures" / "indico-registrants.xlsx"
    result = import_people(Meeting("M"), fixture.read_bytes(), "registrations.csv")
    assert result.added == 5 and result.encoding == "Excel workbook"
    with pytest.raises(
        BriefingError,
        match=r"^p\.csv: the file is not an Excel workbook \(\.xlsx\) or it is damaged$",
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


# --------------------------------------------------------------------------- limits


def _many_rows(count: int) -> bytes:
    return (
        "Name,Email\r\n" + "".join(f"P {i},p{i}@example.org\r\n" for i in range(count))
    ).encode()


def test_a_file_of_as_many_rows_as_the_limit_is_read() -> None:
    result = import_people(Meeting("M"), _many_rows(MAX_ROWS) + b"\r\n\r\n", "p.csv")
    assert result.added == MAX_ROWS and result.problems == ()


def test_a_file_of_more_rows_than_the_limit_is_refused() -> None:
    with pytest.raises(BriefingError) as info:
        import_people(Meeting("M"), _many_rows(MAX_ROWS + 1), "all-staff.csv")
    assert str(info.value) == (
        f"all-staff.csv: more than {MAX_ROWS:,} rows, more people than any meeting has; check that "
        "this is the list of the meeting's people, or split it"
    )


def test_a_file_on_disk_is_read_through_the_safe_reader(
    tmp_path: Path, fifo: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(csv_text(ROWS).encode())
    assert import_people_file(Meeting("M"), path).added == 2
    with pytest.raises(
        BriefingError, match=r"^list.csv: the file is not a regular file \(a FIFO\)$"
    ):
        import_people_file(Meeting("M"), fifo("list.csv"))
    with pytest.raises(BriefingError, match=r"^gone.csv: the file cannot be read \(No such"):
        import_people_file(Meeting("M"), tmp_path / "gone.csv")
    monkeypatch.setattr("briefing.importers.people.MAX_CSV_BYTES", 100 * 1024)
    (tmp_path / "big.csv").write_bytes(_many_rows(10_000))
    with pytest.raises(BriefingError, match=r"^big.csv: the file is larger than 100 KB$"):
        import_people_file(Meeting("M"), tmp_path / "big.csv")


# --------------------------------------------------------------------------- workbooks


def test_a_workbook_on_disk_is_imported_whole(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "indico-registrants.xlsx"
    result = import_people_file(Meeting("M"), fixture)
    assert sorted(p.name for p in result.meeting.people) == [
        "Anita Ramasastry",
        "Hélène Côté",
        "José Núñez",
        "Olga Ivanova",
        "Wei Li",
    ]
    assert (result.added, result.updated, result.encoding) == (5, 0, "Excel workbook")
    assert [str(p) for p in result.problems] == [
        "line 1: columns not imported: ID, Phone Number, Registration date, Checked in",
        "line 5: skipped: the registration is withdrawn",
        "line 7: country 'Atlantis' is not known; left empty",
    ]
