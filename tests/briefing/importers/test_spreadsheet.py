"""Reading a list of people whole: CSV in each encoding, .xlsx workbooks, and hostile files."""

from __future__ import annotations

import codecs
import datetime
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from briefing.errors import BriefingError
from briefing.importers import spreadsheet
from briefing.importers.spreadsheet import (
    MAX_COLUMNS,
    MAX_ROWS,
    Table,
    read_table,
    read_table_file,
)

HEADER = ["Prénom", "Nom", "Fonction", "Organisation", "Courriel"]
ROWS = [
    ["Hélène", "Côté", "Directrice générale", "Ministère des affaires étrangères", "h@example.fr"],
    ["José", "Núñez", "Señor consejero", "Fundación Pro Derechos", "j@example.org"],
]


def csv_bytes(codec: str, delimiter: str = ",", bom: bytes = b"") -> bytes:
    """The two rows under the header, with Windows line ends, in ``codec``."""
    text = "".join(delimiter.join(row) + "\r\n" for row in [HEADER, *ROWS])
    return bom + text.encode(codec)


def workbook_bytes(*sheets: tuple[str, list[list[object]]]) -> bytes:
    """An .xlsx workbook with the named sheets and their rows, as Excel would save it."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def cells(table: Table) -> list[list[str]]:
    """The table's rows as lists of cells."""
    return [list(row.cells) for row in table.rows]


# --------------------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    ("data", "read_as"),
    [
        (csv_bytes("utf-8"), "UTF-8"),
        (csv_bytes("utf-8", bom=codecs.BOM_UTF8), "UTF-8 with BOM"),
        (csv_bytes("utf-16", "\t"), "UTF-16"),
        (csv_bytes("cp1252", ";"), "Windows-1252 (Western European)"),
    ],
)
def test_a_csv_in_each_encoding_reads_its_accented_names_right(data: bytes, read_as: str) -> None:
    table = read_table(data, "registrations.csv")
    assert table.header == tuple(HEADER)
    assert cells(table) == ROWS
    assert table.read_as == read_as and table.problems == ()
    assert [row.line for row in table.rows] == [2, 3]


def test_a_csv_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(csv_bytes("utf-8"))
    assert cells(read_table_file(path)) == ROWS
    with pytest.raises(BriefingError, match=r"^gone\.csv: the file cannot be read \(No such"):
        read_table_file(tmp_path / "gone.csv")


def test_binary_garbage_named_csv_is_one_line_naming_the_file() -> None:
    garbage = bytes(range(256)) * 64
    with pytest.raises(BriefingError) as info:
        read_table(garbage, "people.csv")
    assert str(info.value) == (
        "people.csv: the file is not a CSV (it holds binary data, not text); "
        "save the list as CSV (UTF-8) or as an Excel workbook (.xlsx)"
    )


def test_a_csv_with_too_many_columns_is_refused() -> None:
    header = ",".join(f"Column {n}" for n in range(MAX_COLUMNS + 1))
    with pytest.raises(BriefingError) as info:
        read_table(f"Name,{header}\r\nAnn Lee\r\n".encode(), "wide.csv")
    assert str(info.value).startswith(f"wide.csv: more than {MAX_COLUMNS} columns")


def test_a_csv_with_too_many_rows_is_refused() -> None:
    rows = "".join(f"P {n}\r\n" for n in range(MAX_ROWS + 1))
    with pytest.raises(BriefingError, match=r"^long\.csv: more than 5,000 rows"):
        read_table(f"Name\r\n{rows}".encode(), "long.csv")


def test_ragged_rows_are_padded_or_reported() -> None:
    table = read_table(b"Name;Email;Bio\nAnn Lee\nBob Roe;b@x.org;x;extra\n", "p.csv")
    assert cells(table) == [["Ann Lee", "", ""]]
    assert [str(p) for p in table.problems] == [
        "line 2: 1 cell where the header has 3; the missing ones are empty",
        "line 3: skipped: 4 cells where the header has 3 "
        "(a comma or semicolon inside a value that is not in quotes?)",
    ]


# --------------------------------------------------------------------------- XLSX


def test_a_workbook_is_read_with_its_values_as_text() -> None:
    when = datetime.datetime(2017, 11, 20, 9, 14)
    data = workbook_bytes(
        (
            "Registrants",
            [
                ["ID", "Name", "Registration date", "Checked in", "Fee"],
                [1, "Hélène Côté", when, True, 12.5],
                [None, None, None, None, None],
                [2, "李伟", datetime.date(2017, 11, 21), False, 30.0],
            ],
        )
    )
    table = read_table(data, "registrations.xlsx")
    assert table.header == ("ID", "Name", "Registration date", "Checked in", "Fee")
    assert cells(table) == [
        ["1", "Hélène Côté", "2017-11-20 09:14", "Yes", "12.5"],
        ["2", "李伟", "2017-11-21", "No", "30"],
    ]
    assert [row.line for row in table.rows] == [2, 4]  # the sheet's row numbers
    assert table.read_as == "Excel workbook" and table.problems == ()


def test_the_sheet_with_the_most_rows_is_read() -> None:
    data = workbook_bytes(
        ("Read me", [["How to use this file"]]),
        ("Participants", [["Name"], ["Ann Lee"], ["Bob Roe"]]),
    )
    table = read_table(data, "list.xlsx")
    assert cells(table) == [["Ann Lee"], ["Bob Roe"]]
    assert table.read_as == "sheet ‘Participants’"


def test_a_zip_under_any_name_is_read_as_a_workbook() -> None:
    data = workbook_bytes(("Sheet", [["Name"], ["Ann Lee"]]))
    assert cells(read_table(data, "export")) == [["Ann Lee"]]
    assert cells(read_table(data, "saved-as.csv")) == [["Ann Lee"]]


def test_a_formula_is_never_evaluated_nor_imported_as_text() -> None:
    data = workbook_bytes(
        (
            "Sheet",
            [
                ["Name", "Position"],
                ['=HYPERLINK("https://example.com/steal","Click")', "=1+1"],
                ["Ann Lee", "Chair"],
            ],
        )
    )
    table = read_table(data, "formulas.xlsx")
    # openpyxl saves no computed value, so the formula cells read as empty, never as "=…"
    assert cells(table) == [["Ann Lee", "Chair"]]
    assert not any(cell.startswith("=") for row in cells(table) for cell in row)


def test_a_workbook_that_would_unpack_to_too_much_is_refused_before_it_is_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    assert len(out.getvalue()) < 64 * 1024  # a small file…
    monkeypatch.setattr(spreadsheet, "MAX_UNZIPPED_BYTES", 4 * 1024 * 1024)
    opened: list[object] = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append(a))
    with pytest.raises(BriefingError) as info:
        read_table(out.getvalue(), "bomb.xlsx")
    assert (
        str(info.value)
        == "bomb.xlsx: the workbook would unpack to 8 MB, more than 4 MB; it is refused"
    )
    assert opened == []  # …that openpyxl never saw


def test_a_workbook_of_too_many_parts_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for n in range(spreadsheet.MAX_ZIP_MEMBERS + 1):
            archive.writestr(f"xl/media/{n}.bin", b"")
    with pytest.raises(BriefingError, match=r"^parts\.xlsx: the workbook has 2,001 parts"):
        read_table(out.getvalue(), "parts.xlsx")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            b"PK\x03\x04 not really a zip",
            "the file is not an Excel workbook (.xlsx) or it is damaged",
        ),
        (bytes(range(256)) * 8, "the file is not an Excel workbook (.xlsx) or it is damaged"),
    ],
)
def test_a_damaged_workbook_is_one_line_naming_the_file(data: bytes, problem: str) -> None:
    with pytest.raises(BriefingError) as info:
        read_table(data, "registrations.xlsx")
    assert str(info.value) == f"registrations.xlsx: {problem}"


def test_a_zip_that_is_no_workbook_is_one_line_naming_the_file() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(BriefingError) as info:
        read_table(out.getvalue(), "notes.xlsx")
    assert str(info.value).startswith("notes.xlsx: the workbook cannot be read (")
    assert "\n" not in str(info.value)


def test_a_workbook_with_too_many_rows_is_refused() -> None:
    rows: list[list[object]] = [["Name"], *([f"P {n}"] for n in range(MAX_ROWS + 1))]
    with pytest.raises(BriefingError, match=r"^staff\.xlsx: more than 5,000 rows"):
        read_table(workbook_bytes(("Staff", rows)), "staff.xlsx")


def test_a_workbook_with_too_many_columns_is_refused() -> None:
    header: list[object] = ["Name", *(f"C{n}" for n in range(MAX_COLUMNS + 5))]
    with pytest.raises(BriefingError, match=rf"^wide\.xlsx: more than {MAX_COLUMNS} columns"):
        read_table(workbook_bytes(("Sheet", [header, ["Ann Lee"]])), "wide.xlsx")


def test_a_cell_far_down_the_sheet_does_not_make_a_million_rows() -> None:
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Ann Lee"])
    book.active.cell(row=1_048_576, column=1, value="Zed")
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(BriefingError, match=r"^far\.xlsx: more than 5,000 rows"):
        read_table(out.getvalue(), "far.xlsx")


def test_an_overlong_cell_skips_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_CELL_CHARS", 1000)  # Excel itself keeps 32,767
    data = workbook_bytes(("Sheet", [["Name", "Bio"], ["Ann Lee", "x" * 1001], ["Bob Roe", "ok"]]))
    table = read_table(data, "long.xlsx")
    assert cells(table) == [["Bob Roe", "ok"]]
    assert [str(p) for p in table.problems] == [
        "line 2: skipped: a cell is longer than 1,000 characters"
    ]


def test_an_empty_workbook_is_one_line_naming_the_file() -> None:
    with pytest.raises(BriefingError, match=r"^empty\.xlsx: the sheet is empty$"):
        read_table(workbook_bytes(("Sheet", [])), "empty.xlsx")


def test_a_sheet_with_an_entity_bomb_is_refused_not_expanded() -> None:
    valid = zipfile.ZipFile(io.BytesIO(workbook_bytes(("Sheet", [["Name"], ["Ann Lee"]]))))
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n else "&lol;" * 10}">' for n in range(9)
        )
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol8;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member in valid.infolist():
            data = valid.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = bomb.encode()
            archive.writestr(member, data)
    with pytest.raises(BriefingError) as info:
        read_table(out.getvalue(), "lol.xlsx")
    # defusedxml refuses the entities before one is expanded
    assert str(info.value) == (
        "lol.xlsx: the workbook cannot be read (its XML declares entities or a DTD, which a "
        "workbook never needs; it is refused)"
    )
    assert "\n" not in str(info.value)
