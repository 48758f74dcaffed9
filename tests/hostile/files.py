"""Hostile files, made in memory: PDFs, Word files, CSVs, meeting files and meeting JSONs.

Every function returns bytes (or writes into a given folder) and is small on disk: a bomb is a
few kilobytes of deflated zeros that claim gigabytes. Helpers the core's own tests already use
to make notes (a PDF note, an encrypted one, a content-stream bomb, a macro-enabled Word file,
Word fields and links) are imported from those tests, not written twice.
"""

from __future__ import annotations

import functools
import io
import json
import random
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from PIL import Image as PilImage
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from tests.briefing.conftest import tiny_png
from tests.briefing.pack.docx_hostile import add_field, saved
from tests.briefing.pack.test_docx_notes import add_hyperlink, as_docm
from tests.briefing.render.test_pdf import bomb_pdf, encrypted_pdf, note_pdf

__all__ = ["bomb_pdf", "encrypted_pdf", "note_pdf"]

MB = 1024 * 1024
GIB = 1024 * MB
ATTACKER_URL = "http://198.51.100.7/x"  # TEST-NET-2: never routed, never fetched
DATE = "2024-05-06"

# --------------------------------------------------------------------------- deflate bombs


@functools.cache
def deflated_zeros(size: int, chunk: int = MB) -> bytes:
    """A zlib stream of ``size`` zero bytes, made without compressing them all.

    After a full flush the compressor forgets what came before, so each further chunk of
    zeros deflates to the same bytes: compress one, repeat it, and write the checksum (for
    zeros, Adler-32 is 1 in its low half and ``size`` mod 65521 in its high half).
    """
    assert size % chunk == 0
    compressor = zlib.compressobj(9)
    first = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush()[:-4]  # the final empty block, without the checksum
    adler = ((size % 65521) << 16) | 1
    return first + again * (size // chunk - 1) + end + struct.pack(">I", adler)


# --------------------------------------------------------------------------- PDFs


def raw_pdf(objects: Iterable[bytes]) -> bytes:
    """A PDF of these object bodies (numbered from 1, the first is the catalog), with a
    correct cross-reference table: what a PDF writer would refuse to write is written here."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1,
        start,
    )
    return bytes(out)


def stream(data: bytes, entries: bytes = b"") -> bytes:
    """A stream object's body."""
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), entries, data)


def image_pdf(width: int, height: int, colour_space: bytes, data: bytes) -> bytes:
    """A one-page PDF drawing one Flate image that declares ``width`` × ``height``."""
    image = stream(
        data,
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
        b"/BitsPerComponent 8 /Filter /FlateDecode" % (width, height, colour_space),
    )
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
            stream(b"q 400 0 0 400 100 300 cm /Im0 Do Q"),
            image,
        ]
    )


def image_bomb_pdf() -> bytes:
    """A 32,768 × 32,768 grey image: 1 GiB once inflated, 1 MB in the file."""
    return image_pdf(32768, 32768, b"/DeviceGray", deflated_zeros(GIB))


def huge_image_pdf() -> bytes:
    """An RGB image declaring 100,000 × 100,000 pixels (30 GB), with a few bytes of data."""
    return image_pdf(100_000, 100_000, b"/DeviceRGB", zlib.compress(bytes(3000)))


def page_loop_pdf() -> bytes:
    """A page tree whose node lists itself among its kids."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            stream(b"BT /F1 12 Tf 72 720 Td (LOOP) Tj ET"),
        ]
    )


def truncated_pdf() -> bytes:
    """A three-page note cut at 80 % of its length (an interrupted download)."""
    data = note_pdf(3, "CUT")
    return data[: int(len(data) * 0.8)]


def bit_flipped_pdf() -> bytes:
    """A note with 40 bits flipped after its header (a bad disk or a bad copy)."""
    data = bytearray(note_pdf(3, "FLIPPED"))
    rng = random.Random(10)
    for _ in range(40):
        position = rng.randrange(16, len(data))
        data[position] ^= 1 << rng.randrange(8)
    return bytes(data)


def _action(kind: str, **entries: Any) -> DictionaryObject:
    action = DictionaryObject({NameObject("/S"): NameObject(kind)})
    for key, value in entries.items():
        action[NameObject(f"/{key}")] = value
    return action


def _link(writer: PdfWriter, action: DictionaryObject, top: float) -> None:
    """A link annotation over a strip of page 1 that runs ``action``."""
    rect = ArrayObject([FloatObject(v) for v in (72, top, 400, top + 20)])
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): rect,
            NameObject("/A"): action,
        }
    )
    page = writer.pages[0]
    annotations = page.get("/Annots", ArrayObject())
    annotations.append(writer._add_object(annotation))
    page[NameObject("/Annots")] = annotations


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _note_writer(label: str) -> PdfWriter:
    return PdfWriter(clone_from=io.BytesIO(note_pdf(1, label, outline=False)))


def javascript_pdf() -> bytes:
    """A note that runs JavaScript when opened (OpenAction and the document's scripts)."""
    writer = _note_writer("JAVASCRIPT")
    script = TextStringObject("app.launchURL('http://198.51.100.7/x');")
    writer._root_object[NameObject("/OpenAction")] = _action("/JavaScript", JS=script)
    named = _action("/JavaScript", JS=TextStringObject("app.alert('opened');"))
    scripts = ArrayObject([TextStringObject("opened"), writer._add_object(named)])
    names = DictionaryObject({NameObject("/Names"): scripts})
    writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): names})
    return _written(writer)


def launch_pdf() -> bytes:
    """A note that launches a program when opened and from a link."""
    writer = _note_writer("LAUNCH")
    launch = _action("/Launch", F=TextStringObject("C:\\Windows\\System32\\calc.exe"))
    writer._root_object[NameObject("/OpenAction")] = launch
    _link(writer, _action("/Launch", F=TextStringObject("/usr/bin/xcalc")), 600)
    return _written(writer)


def embedded_file_pdf() -> bytes:
    """A note carrying an attached program, in the name tree and as a file annotation."""
    writer = _note_writer("ATTACHMENT")
    writer.add_attachment("invoice.exe", b"MZ\x90\x00 pretend program")
    writer.add_annotation(
        0,
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/Rect"): ArrayObject([NumberObject(v) for v in (72, 500, 92, 520)]),
                NameObject("/FS"): DictionaryObject(
                    {
                        NameObject("/Type"): NameObject("/Filespec"),
                        NameObject("/F"): TextStringObject("run.exe"),
                        NameObject("/EF"): DictionaryObject(
                            {NameObject("/F"): writer._add_object(_embedded_stream())}
                        ),
                    }
                ),
            }
        ),
    )
    return _written(writer)


def _embedded_stream() -> Any:
    from pypdf.generic import DecodedStreamObject

    payload = DecodedStreamObject()
    payload.set_data(b"MZ\x90\x00 another pretend program")
    payload[NameObject("/Type")] = NameObject("/EmbeddedFile")
    return payload


def additional_actions_pdf() -> bytes:
    """A note whose page runs a script when it is shown (a page's /AA)."""
    writer = _note_writer("PAGE ACTIONS")
    script = _action("/JavaScript", JS=TextStringObject("app.alert('page shown');"))
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): script})
    return _written(writer)


def hostile_links_pdf() -> bytes:
    """A note with links to ``javascript:`` and ``file:`` addresses."""
    writer = _note_writer("LINKS")
    _link(writer, _action("/URI", URI=TextStringObject("javascript:alert(document.cookie)")), 600)
    _link(
        writer, _action("/URI", URI=TextStringObject("file:///C:/Windows/System32/calc.exe")), 560
    )
    return _written(writer)


# --------------------------------------------------------------------------- Word files


def word_note(text: str = "A hostile note.") -> Any:
    """A python-docx document with a heading and a paragraph, to add hostile parts to."""
    doc = Document()
    doc.add_heading("Background", 1)
    doc.add_paragraph(text)
    return doc


def rezipped(
    data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    """The same zip with some members' bytes replaced and members added (names kept as given)."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, replace.get(info.filename, source.read(info)))
        for name, payload in add.items():
            target.writestr(zipfile.ZipInfo(name), payload)
    return out.getvalue()


def with_document_xml(data: bytes, change: Any) -> bytes:
    """The Word file with ``word/document.xml`` passed through ``change(text) -> text``."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return rezipped(data, {"word/document.xml": change(xml).encode("utf-8")})


def zip_bomb_docx() -> bytes:
    """A Word file with a 300 MB part of zeros (300 KB deflated)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        with zipfile.ZipFile(io.BytesIO(saved(word_note()))) as source:
            for info in source.infolist():
                archive.writestr(info, source.read(info))
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            for _ in range(300):
                member.write(bytes(MB))
    return out.getvalue()


def traversal_docx(marker: str) -> bytes:
    """A Word file with members named ``../../MARKER`` and ``/tmp/MARKER`` (zip slip)."""
    payload = b"written outside the folder it was extracted to"
    return rezipped(saved(word_note()), add={f"../../{marker}": payload, f"/tmp/{marker}": payload})


def _with_doctype(xml: str, doctype: str, entity: str) -> str:
    declaration, rest = xml.split("?>", 1)
    rest = rest.replace("ENTITYMARK", f"&{entity};", 1)
    return f"{declaration}?>{doctype}{rest}"


def xxe_docx(secret: Path) -> bytes:
    """A Word file whose body pulls ``secret`` in through an external entity."""
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    data = saved(word_note("ENTITYMARK"))
    return with_document_xml(data, lambda xml: _with_doctype(xml, doctype, "xxe"))


def billion_laughs_docx() -> bytes:
    """A Word file whose one entity expands to 10⁹ copies of "lol"."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    doctype = f"<!DOCTYPE w:document [{''.join(entities)}]>"
    data = saved(word_note("ENTITYMARK"))
    return with_document_xml(data, lambda xml: _with_doctype(xml, doctype, "lol9"))


def macro_docm() -> bytes:
    """A macro-enabled Word file with its (pretend) macro project."""
    return as_docm(saved(word_note("A note with macros.")))


def field_docx(instruction: str) -> bytes:
    """A Word file with one complex field whose last shown result is 'FIELD RESULT'."""
    doc = word_note()
    add_field(doc.add_paragraph("Before the field: "), instruction, "FIELD RESULT")
    return saved(doc)


def simple_field_docx(instruction: str) -> bytes:
    """A Word file with one simple field (``w:fldSimple``)."""
    doc = word_note()
    paragraph = doc.add_paragraph("Before the field: ")
    field = parse_xml(
        f"<w:fldSimple {nsdecls('w')} w:instr={quoteattr(instruction)}>"
        "<w:r><w:t>FIELD RESULT</w:t></w:r></w:fldSimple>"
    )
    paragraph._p.append(field)
    return saved(doc)


def _add_part(doc: Any, name: str, content_type: str, blob: bytes, reltype: str) -> str:
    part = Part(PackURI(name), content_type, blob, doc.part.package)
    return doc.part.relate_to(part, reltype)


_VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def ole_docx() -> bytes:
    """A Word file with an embedded OLE package object (a program shown as an icon)."""
    doc = word_note()
    rid = _add_part(
        doc,
        "/word/embeddings/oleObject1.bin",
        "application/vnd.openxmlformats-officedocument.oleObject",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        RT.OLE_OBJECT,
    )
    run = parse_xml(
        f"<w:r {nsdecls('w', 'r')} {_VML}><w:object>"
        '<v:shape id="_x0000_i1025" style="width:40pt;height:40pt"/>'
        f'<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" '
        f'DrawAspect="Icon" ObjectID="_1" r:id="{rid}"/></w:object></w:r>'
    )
    doc.add_paragraph("Open the package: ")._p.append(run)
    return saved(doc)


def activex_docx() -> bytes:
    """A Word file with an ActiveX control."""
    doc = word_note()
    rid = _add_part(
        doc,
        "/word/activeX/activeX1.xml",
        "application/vnd.ms-office.activeX+xml",
        b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
        b'ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}"/>',
        RT.CONTROL,
    )
    run = parse_xml(
        f"<w:r {nsdecls('w', 'r')}><w:object>"
        f'<w:control r:id="{rid}" w:name="CommandButton1" w:shapeid="_x0000_i1026"/>'
        "</w:object></w:r>"
    )
    doc.add_paragraph("Press: ")._p.append(run)
    return saved(doc)


def altchunk_docx() -> bytes:
    """A Word file that imports an HTML chunk (``w:altChunk``)."""
    doc = word_note()
    rid = _add_part(
        doc,
        "/word/afchunk.htm",
        "text/html",
        b'<html><body><p>ALTCHUNK TEXT</p><img src="http://198.51.100.7/x.png"></body></html>',
        RT.A_F_CHUNK,
    )
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>'))
    return saved(doc)


def link_docx(url: str) -> bytes:
    """A Word file with a hyperlink to ``url`` (an external relationship)."""
    doc = word_note()
    add_hyperlink(doc.add_paragraph("Click "), url, "here")
    return saved(doc)


def linked_image_docx() -> bytes:
    """A Word file whose picture is fetched from a web address when the file is opened."""
    doc = word_note()
    doc.add_picture(io.BytesIO(tiny_png()), width=Mm(20))
    rid = doc.part.relate_to(f"{ATTACKER_URL}.png", RT.IMAGE, is_external=True)
    (blip,) = doc.element.body.xpath(".//a:blip")
    del blip.attrib[qn("r:embed")]
    blip.set(qn("r:link"), rid)
    return saved(doc)


def png_bomb() -> bytes:
    """A real PNG of 20,000 × 20,000 one-bit pixels: 50 KB, 400 million pixels once drawn."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    side = 20_000
    rows = zlib.compress(bytes(side * (1 + side // 8)), 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", rows)
        + chunk(b"IEND", b"")
    )


def bad_jpeg() -> bytes:
    """A JPEG whose headers are sound and whose picture data stops where it should begin."""
    out = io.BytesIO()
    PilImage.new("RGB", (64, 48), (0, 90, 160)).save(out, "JPEG")
    data = out.getvalue()
    scan = data.index(b"\xff\xda")  # start of scan: its header, then the data we leave out
    length = struct.unpack(">H", data[scan + 2 : scan + 4])[0]
    return data[: scan + 2 + length]


def picture_docx(picture: bytes) -> bytes:
    """A Word file showing one picture (python-docx reads only its header)."""
    doc = word_note()
    doc.add_picture(io.BytesIO(picture), width=Mm(40))
    return saved(doc)


def many_paragraphs_docx(count: int = 291_000) -> bytes:
    """A Word file of ``count`` one-letter paragraphs (about 30 KB)."""
    paragraphs = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * count

    def fill(xml: str) -> str:
        head, tail = xml.split("<w:body>", 1)
        return f"{head}<w:body>{paragraphs}{tail}"

    return with_document_xml(saved(word_note()), fill)


def wide_table_docx(columns: int = 300) -> bytes:
    """A Word file with a two-row table of ``columns`` columns."""
    doc = word_note()
    table = doc.add_table(rows=2, cols=columns)
    for index, cell in enumerate(table.rows[0].cells):
        cell.text = f"C{index}"
    return saved(doc)


# --------------------------------------------------------------------------- text notes


def wide_markdown_table(columns: int = 300) -> bytes:
    """A Markdown note holding a table of ``columns`` columns."""
    header = "| " + " | ".join(f"C{i}" for i in range(columns)) + " |"
    rule = "|" + "---|" * columns
    row = "| " + " | ".join(str(i) for i in range(columns)) + " |"
    return f"# Wide table\n\n{header}\n{rule}\n{row}\n".encode()


# --------------------------------------------------------------------------- CSVs

CSV_HEADER = "Name,Organisation,Email\r\n"
JAPANESE_NAMES = ("山田太郎", "鈴木一郎", "渡辺", "田中")  # each also decodes as Windows-1252


def shift_jis_csv() -> bytes:
    """People in Shift-JIS, bytes that Windows-1252 also decodes without an error."""
    rows = "".join(f"{name},日本,{n}@example.jp\r\n" for n, name in enumerate(JAPANESE_NAMES))
    data = (CSV_HEADER + rows).encode("shift_jis")
    data.decode("cp1252")  # the trap: a wrong guess does not fail, it gives mojibake
    return data


def invalid_utf8_csv() -> bytes:
    """A UTF-8 file with one byte that is not UTF-8 on its line 3."""
    good = "Hélène Côté,Ministère,helene@example.fr\r\n".encode()
    bad = "Zoé Bé,Mairie,zoe@example.fr\r\n".encode().replace("é".encode(), b"\xe9", 1)
    tail = "José Núñez,Cancillería,jose@example.es\r\n".encode()
    return CSV_HEADER.encode() + good + bad + tail


def many_rows_csv(rows: int = 100_000) -> bytes:
    """A registration list of ``rows`` people."""
    return (
        CSV_HEADER + "".join(f"Person {n},Org {n % 97},p{n}@example.org\r\n" for n in range(rows))
    ).encode()


def nul_csv() -> bytes:
    """A CSV with NUL bytes inside its cells."""
    return (CSV_HEADER + "Ana\x00 Pérez,Working\x00Group,ana@example.org\r\n").encode()


FORMULA_CELLS = ("=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3")


def formula_csv() -> bytes:
    """People whose fields start like spreadsheet formulas."""
    rows = "".join(
        f'"{cell}","{cell}",f{n}@example.org\r\n' for n, cell in enumerate(FORMULA_CELLS)
    )
    return (CSV_HEADER + rows).encode()


# --------------------------------------------------------------------------- meeting JSON


def meeting_dict(notes: Iterable[dict[str, Any]] = (), **fields: Any) -> dict[str, Any]:
    """A small, valid meeting as JSON data: one person, one session, the given notes."""
    return {
        "format": "briefing-meeting",
        "format_version": 1,
        "title": "Hostile corpus meeting",
        "first_date": DATE,
        "start": "10:00",
        "end": "12:00",
        "venue": "Palais des Nations",
        "people": [
            {
                "id": "chair",
                "name": "Ana Pérez",
                "organisation": "Working Group",
                "bio": "Ana Pérez chairs the Working Group.",
            }
        ],
        "agenda": [
            {
                "id": "s1",
                "title": "Opening",
                "start": "10:00",
                "end": "11:00",
                "participants": [{"person": "chair", "role": "moderator"}],
            }
        ],
        "notes": list(notes),
        **fields,
    }


def file_ref(filename: str, path: str | None = None) -> dict[str, str]:
    """A JSON file object pointing at ``path`` (by default the file name) beside the JSON."""
    return {"filename": filename, "path": path if path is not None else filename}


def note_ref(filename: str, path: str | None = None) -> dict[str, Any]:
    """A JSON note whose content is the file at ``path``."""
    return {
        "id": "n1",
        "title": "Background note",
        "file": file_ref(filename, path),
        "sessions": ["s1"],
    }


def write_json(folder: Path, data: Any, name: str = "meeting.json") -> Path:
    """Write ``data`` as a meeting JSON file in ``folder``."""
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def deeply_nested_json(depth: int = 100_000) -> str:
    """A meeting JSON whose ``people`` is a list nested ``depth`` deep."""
    head = '{"format": "briefing-meeting", "format_version": 1, "title": "Deep", "people": '
    return head + "[" * depth + "]" * depth + "}"


# --------------------------------------------------------------------------- meeting files


def save_meeting_file(path: Path, data: dict[str, Any] | None = None) -> None:
    """Save a good meeting file made from JSON data (the small meeting by default)."""
    from briefing.jsonio import meeting_from_dict
    from briefing.store import save_meeting

    save_meeting(meeting_from_dict(data or meeting_dict()), path)


def run_sql(path: Path, *statements: str) -> None:
    """Change a meeting file behind the app's back."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            for statement in statements:
                conn.execute(statement)
    finally:
        conn.close()


TRIGGER = (
    "CREATE TRIGGER pwn AFTER INSERT ON note BEGIN "
    "UPDATE meeting SET title = 'PWNED', organiser = 'attacker@example.com'; END"
)


def old_version_meeting_file(path: Path) -> None:
    """A meeting file of schema version 1 (migrated when it is next saved)."""
    from briefing.store import create_schema

    conn = sqlite3.connect(path)
    try:
        create_schema(conn, version=1)
        with conn:
            conn.execute(
                "INSERT INTO meeting (id, title, date, start_time, end_time, venue) "
                "VALUES (1, 'Old meeting', '2017-11-30', '10:00', '13:00', 'Palais des Nations')"
            )
    finally:
        conn.close()


def foreign_hot_journal(meeting: Path, scratch: Path) -> None:
    """Put beside ``meeting`` the hot rollback journal of another database.

    The other database is changed in a transaction with a one-page cache, so SQLite has to
    spill pages, and so to sync a journal holding the original pages, before it commits; the
    journal is copied at that moment, as if that program had crashed.
    """
    other = scratch / "other.meeting"
    save_meeting_file(other, meeting_dict(title="Another meeting, another file"))
    conn = sqlite3.connect(other, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE meeting SET title = 'Half-written title'")  # journals its page
        conn.execute("UPDATE person SET bio = 'Half-written bio'")
        conn.execute("CREATE TABLE filler (x BLOB)")
        for _ in range(64):  # more pages than the cache holds: the journal is synced
            conn.execute("INSERT INTO filler VALUES (zeroblob(4000))")
        journal = other.with_name(other.name + "-journal")
        meeting.with_name(meeting.name + "-journal").write_bytes(journal.read_bytes())
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    other.unlink()
