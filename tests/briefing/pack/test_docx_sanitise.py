"""Word notes lose their active content before they are read or merged, and say so."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

from briefing.build import BuildReport, BuildRequest, build_packs
from briefing.errors import BuildError, NoteReadError
from briefing.model import Attachment, Meeting, Note
from briefing.pack.document import Image, Paragraph, WordNote, spans_text
from briefing.pack.docx_notes import docx_blocks, open_word_document, read_word_note
from briefing.pack.docx_sanitise import (
    field_is_safe,
    parse_strict,
    sanitise_docx,
    unsafe_field_names,
)
from briefing.pack.notes import note_blocks
from briefing.validation import MAX_IMAGE_PIXELS, MAX_NOTE_PARAGRAPHS
from tests.briefing.pack.docx_hostile import (
    BILLION_LAUGHS,
    FORBIDDEN,
    SHOWN,
    XXE,
    add_alternate_field,
    add_field,
    add_simple_field,
    add_text_box,
    add_vml_link,
    hostile_note,
    jpeg,
    many_paragraphs,
    note_with_picture,
    png,
    png_bomb,
    saved,
    simple_note,
    unclosed_fields,
    with_doctype,
    zip_members,
)
from tests.briefing.render.test_pdf import meeting_with_notes

DATE = __import__("datetime").date(2017, 11, 28)


@pytest.fixture(scope="module")
def hostile() -> bytes:
    return hostile_note()


def text_of(blocks: tuple) -> str:
    """The text of paragraph blocks, joined."""
    return " ".join(spans_text(b.spans) for b in blocks if isinstance(b, Paragraph))


def links_of(blocks: tuple) -> list[str]:
    return [s.link for b in blocks if isinstance(b, Paragraph) for s in b.spans if s.link]


def assert_nothing_forbidden(members: dict[str, bytes]) -> None:
    """No part holds a forbidden word (a field code, a target, a part's name)."""
    for name, blob in members.items():
        for word in FORBIDDEN:
            assert word.encode() not in blob, f"{word} in {name}"
            assert word.lower() not in name.lower(), name


def external_targets(members: dict[str, bytes]) -> list[str]:
    """The targets of every external relationship in the package."""
    targets = []
    for name, blob in members.items():
        if name.endswith(".rels"):
            root = etree.fromstring(blob)
            targets += [r.get("Target") for r in root if r.get("TargetMode") == "External"]
    return targets


def partner_meeting(data: bytes, filename: str = "brief.docx") -> Meeting:
    """A meeting whose only note is the Word file ``data``, titled 'Partner brief'."""
    meeting = meeting_with_notes(("x.docx", data))
    note = Note("n1", "Partner brief", attachment=Attachment(filename, data))
    return dataclasses.replace(meeting, notes=(note,))


def build(meeting: Meeting, out: Path, *formats: str, skip: bool = False) -> BuildReport:
    pack = meeting.pack_definitions()[0]
    request = BuildRequest(pack, out, formats=formats, build_date=DATE, skip_unreadable=skip)
    return build_packs(meeting, request)


# =========================================================================== active content


def test_the_hostile_note_really_carries_everything(hostile: bytes) -> None:
    members = zip_members(hostile)
    assert {"word/embeddings/oleObject1.bin", "word/activeX/activeX1.xml"} <= set(members)
    assert {"word/afchunk.htm", "word/vbaProject.bin"} <= set(members)
    found = [w for w in FORBIDDEN if any(w.encode() in b or w in n for n, b in members.items())]
    assert found == list(FORBIDDEN)


def test_active_content_is_removed_and_its_shown_text_kept(hostile: bytes) -> None:
    blocks, clean = read_word_note(hostile, "brief.docx", "n")
    members = zip_members(clean.data)
    assert_nothing_forbidden(members)
    assert external_targets(members) == ["https://example.org/partner"]
    document = docx.Document(io.BytesIO(clean.data))
    body = "".join(t.text or "" for t in document.element.body.iter(qn("w:t")))
    for shown in SHOWN:
        assert shown in body
        assert shown in text_of(blocks)
    for tag in ("w:object", "w:control", "w:altChunk", "w:subDoc"):
        assert document.element.body.find(f".//{qn(tag)}") is None


def test_safe_fields_and_web_links_stay(hostile: bytes) -> None:
    blocks, clean = read_word_note(hostile, "brief.docx", "n")
    body = docx.Document(io.BytesIO(clean.data)).element.body
    codes = [" ".join((t.text or "").split()) for t in body.iter(qn("w:instrText"))]
    assert codes == ["PAGE", 'HYPERLINK "https://example.org/field"']
    assert [s.get(qn("w:instr")) for s in body.iter(qn("w:fldSimple"))] == ["NUMPAGES"]
    assert links_of(blocks) == ["https://example.org/field", "https://example.org/partner"]


def test_the_report_names_each_kind_removed(hostile: bytes) -> None:
    _, clean = read_word_note(hostile, "brief.docx", "n")
    assert clean.removed == (
        "6 fields (INCLUDETEXT, INCLUDEPICTURE, DDEAUTO, REF) keeping their shown text",
        "1 macro project",
        "1 attached template",
        "3 unsafe links",
        "1 embedded object",
        "1 ActiveX control",
        "1 subdocument",
        "1 imported document (altChunk)",
        "3 linked pictures",
        "1 mail-merge data source",
    )


def test_an_embedded_object_keeps_its_picture_and_a_linked_one_its_embedded_copy(
    hostile: bytes,
) -> None:
    blocks, clean = read_word_note(hostile, "brief.docx", "n")
    assert [b.data for b in blocks if isinstance(b, Image)] == [png(), png()]
    body = docx.Document(io.BytesIO(clean.data)).element.body
    assert len(list(body.iter(qn("w:pict")))) == 2  # the object's preview, the control's shape
    assert len(list(body.iter(qn("a:blip")))) == 1


def test_cleaning_twice_removes_nothing_more(hostile: bytes) -> None:
    clean = sanitise_docx(hostile, "brief.docx")
    again = sanitise_docx(clean.data, "brief.docx")
    assert again.removed == ()
    assert docx_blocks(clean.data, "brief.docx", "n") == docx_blocks(hostile, "brief.docx", "n")


def test_the_merge_can_only_open_a_cleaned_note(hostile: bytes) -> None:
    document = open_word_document(hostile, "brief.docx")  # given the original bytes
    xml = etree.tostring(document.element).decode()
    assert "INCLUDETEXT" not in xml and "w:object" not in xml and "DDEAUTO" not in xml
    kinds = {rel.reltype.rsplit("/", 1)[-1] for rel in document.part.rels.values()}
    assert not kinds & {"oleObject", "control", "aFChunk", "subDocument", "vbaProject"}


def test_a_note_block_carries_the_cleaned_bytes_and_what_was_removed(hostile: bytes) -> None:
    note = Note("n1", "Partner brief", attachment=Attachment("brief.docx", hostile))
    (word,) = note_blocks(note, "note-1")
    assert isinstance(word, WordNote)
    assert_nothing_forbidden(zip_members(word.data))
    assert "1 embedded object" in word.removed


@pytest.mark.parametrize(
    ("code", "safe"),
    [
        ("PAGE", True),
        (" NUMPAGES \\* Arabic ", True),
        ('TOC \\o "1-3" \\h', True),
        ("REF _Ref123 \\h", True),
        ("SEQ Figure \\* ARABIC", True),
        ('DATE \\@ "d MMMM yyyy"', True),
        ('HYPERLINK "https://example.org"', True),
        ('HYPERLINK "mailto:a@example.org"', True),
        ('HYPERLINK \\l "_Toc1"', True),
        ('HYPERLINK "javascript:alert(1)"', False),
        ('HYPERLINK "file:///C:/Windows/calc.exe"', False),
        ('HYPERLINK "\\\\\\\\server\\\\share\\\\x.exe"', False),
        ("HYPERLINK \\\\attacker\\share\\x.exe", False),  # not a switch: the target
        ('HYPERLINK \\x "https://example.org"', False),  # no such switch: a second target
        ("HYPERLINK \\lfile:///C:/x.exe", False),
        ('HYPERLINK \\l "x" "file:///C:/Windows/calc.exe"', False),
        ('HYPERLINK \\o"tip" file:///C:/calc.exe', False),
        ('HYPERLINK "https://example.org" "file:///C:/calc.exe"', False),
        ('HYPERLINK "https://example.org" \\o "a \\"tip\\"" \\t "_blank" \\h \\m \\n', True),
        ('HYPERLINK \\l "_Toc1" \\h', True),
        ('INCLUDETEXT "file:///etc/passwd"', False),
        ('includepicture "http://x.example/a.png"', False),
        ("DDEAUTO cmd.exe", False),
        ("DDE cmd.exe", False),
        ("MERGEFIELD Name", False),
        ("AUTHOR", False),
        ("", False),
    ],
)
def test_the_safe_field_list(code: str, safe: bool) -> None:
    assert field_is_safe(code) is safe


def test_a_field_in_a_safe_fields_code_makes_it_unsafe() -> None:
    document = simple_note()
    paragraph = document.add_paragraph()
    from tests.briefing.pack.docx_hostile import add_nested_field

    add_nested_field(paragraph)
    clean = sanitise_docx(saved(document), "n.docx")
    body = docx.Document(io.BytesIO(clean.data)).element.body
    assert list(body.iter(qn("w:fldChar"))) == []
    assert "NESTED-RESULT" in "".join(t.text for t in body.iter(qn("w:t")))
    assert "inner result" not in "".join(t.text for t in body.iter(qn("w:t")))


def test_a_field_spanning_paragraphs_and_an_unclosed_field() -> None:
    document = simple_note()
    first, second = document.add_paragraph("A "), document.add_paragraph("B ")
    from tests.briefing.pack.docx_hostile import field_runs

    runs = field_runs('INCLUDETEXT "file:///etc/passwd"', "SHOWN-ONE")
    for element in runs[:3]:
        first._p.append(element)
    for element in runs[3:]:
        second._p.append(element)
    add_field(document.add_paragraph(), "DDEAUTO cmd.exe", "SHOWN-TWO")
    document.paragraphs[-1]._p.remove(document.paragraphs[-1]._p[-1])  # no end mark
    blocks, clean = read_word_note(saved(document), "n.docx", "n")
    xml = zip_members(clean.data)["word/document.xml"]
    assert b"INCLUDETEXT" not in xml and b"DDEAUTO" not in xml and b"fldChar" not in xml
    assert "A" in text_of(blocks) and "SHOWN-ONE" in text_of(blocks)
    assert "SHOWN-TWO" in text_of(blocks)


def test_simple_fields_outside_the_list_keep_their_text() -> None:
    document = simple_note()
    add_simple_field(document.add_paragraph("Dear "), "MERGEFIELD FirstName", "Colleague")
    blocks, clean = read_word_note(saved(document), "n.docx", "n")
    assert "Dear Colleague" in text_of(blocks)
    assert b"fldSimple" not in zip_members(clean.data)["word/document.xml"]
    assert clean.removed == ("1 field (MERGEFIELD) keeping its shown text",)


def test_fields_in_footnotes_are_cleaned_too(hostile: bytes) -> None:
    members = zip_members(hostile)
    xml = members["word/document.xml"]
    footnotes = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:footnote w:id="1"><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        b'<w:r><w:instrText> INCLUDETEXT "file:///etc/passwd" </w:instrText></w:r>'
        b'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>FOOT</w:t></w:r>'
        b'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:footnote></w:footnotes>'
    )
    members["word/footnotes.xml"] = footnotes
    rels = members["word/_rels/document.xml.rels"]
    members["word/_rels/document.xml.rels"] = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rIdF" Target="footnotes.xml" Type="http://schemas.openxmlformats.'
        b'org/officeDocument/2006/relationships/footnotes"/></Relationships>',
    )
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    assert xml
    from tests.briefing.pack.docx_hostile import zipped

    clean = zip_members(sanitise_docx(zipped(members), "n.docx").data)
    assert b"FOOT" in clean["word/footnotes.xml"]
    assert b"INCLUDETEXT" not in clean["word/footnotes.xml"]


def test_a_macro_enabled_note_loses_its_macros() -> None:
    from tests.briefing.pack.docx_hostile import add_macros, zipped

    document = simple_note()
    add_macros(document)
    members = zip_members(saved(document))
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    assert b"macroEnabled" in members["[Content_Types].xml"]
    clean = sanitise_docx(zipped(members), "n.docm")
    cleaned = zip_members(clean.data)
    assert "word/vbaProject.bin" not in cleaned
    assert b"vbaProject" not in cleaned["word/_rels/document.xml.rels"]
    assert b"macroEnabled" not in cleaned["[Content_Types].xml"]
    assert clean.removed == ("1 macro project",)


# =========================================================================== entities


@pytest.mark.parametrize(
    ("part", "doctype", "use"),
    [
        ("word/document.xml", XXE, "&xxe;"),
        ("word/document.xml", BILLION_LAUGHS, "&lol9;"),
        ("word/styles.xml", '<!DOCTYPE w:styles [<!ENTITY e "x">]>', ""),
        ("[Content_Types].xml", '<!DOCTYPE Types SYSTEM "http://attacker.example/t.dtd">', ""),
    ],
)
def test_a_doctype_in_any_part_is_refused(part: str, doctype: str, use: str) -> None:
    data = with_doctype(saved(simple_note()), part, doctype, use)
    with pytest.raises(NoteReadError) as refused:
        docx_blocks(data, "brief.docx", "n")
    message = str(refused.value)
    assert message.startswith(f"brief.docx: refused: the part {part} declares a DOCTYPE")
    assert "\n" not in message and "root:" not in message


def test_parse_strict_never_expands_entities() -> None:
    xml = f"<?xml version='1.0'?>{BILLION_LAUGHS}<w:document>&lol9;</w:document>".encode()
    with pytest.raises(ValueError, match="declares a DOCTYPE"):
        parse_strict(xml, "x.xml")
    with pytest.raises(ValueError, match="not well-formed"):
        parse_strict(b"<a>&undefined;</a>", "y.xml")


def test_a_build_with_an_entity_note_refuses_it_then_skips_it(tmp_path: Path) -> None:
    data = with_doctype(saved(simple_note()), "word/document.xml", XXE, "&xxe;")
    meeting = partner_meeting(data)
    with pytest.raises(BuildError) as refused:
        build(meeting, tmp_path / "a", "docx")
    assert str(refused.value).startswith(
        "note 'Partner brief' (brief.docx): refused: the part word/document.xml declares a DOCTYPE"
    )
    assert not (tmp_path / "a").exists()
    report = build(meeting, tmp_path / "b", "docx", skip=True)
    (built,) = report.files
    docx.Document(str(built.path))  # opens
    assert any("left out of the pack" in w for w in report.warnings)


# =========================================================================== pictures


@pytest.mark.parametrize(
    ("side", "size"),
    [(10_000, "10,000 × 10,000 pixels"), (100_000, "more than 178,956,970 pixels")],
)
def test_a_picture_bomb_is_refused_naming_the_picture(side: int, size: str) -> None:
    with pytest.raises(NoteReadError) as refused:
        docx_blocks(note_with_picture(png_bomb(side)), "brief.docx", "n")
    assert str(refused.value) == (
        f"brief.docx: refused: the picture image1.png is too large ({size}; at most "
        f"{MAX_IMAGE_PIXELS:,} pixels are allowed); it may be a decompression bomb"
    )


def test_a_picture_just_over_the_limit_is_refused_from_its_header() -> None:
    side = int(MAX_IMAGE_PIXELS**0.5) + 1
    with pytest.raises(NoteReadError, match="decompression bomb"):
        docx_blocks(note_with_picture(png_bomb(side)), "brief.docx", "n")


def test_a_note_with_a_picture_bomb_names_the_note_in_the_build(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as refused:
        build(partner_meeting(note_with_picture(png_bomb())), tmp_path / "a", "docx", "pdf")
    first = str(refused.value).splitlines()[0]
    assert first.startswith("note 'Partner brief' (brief.docx): refused: the picture image1.png")


def damaged_jpegs() -> dict[str, bytes]:
    """A JPEG cut short at several places, and one whose data is garbage."""
    picture = jpeg((320, 240))
    cuts = {f"cut at {cut:.0%}": picture[: int(len(picture) * cut)] for cut in (0.9, 0.5, 0.05)}
    return {**cuts, "garbage": picture[:2] + bytes(range(256)) * 8, "empty": b""}


@pytest.mark.parametrize("damaged", damaged_jpegs().values(), ids=damaged_jpegs().keys())
def test_a_damaged_jpeg_is_left_out_and_the_rest_kept(damaged: bytes) -> None:
    blocks, clean = read_word_note(note_with_picture(jpeg(), damaged), "brief.docx", "n")
    assert not [b for b in blocks if isinstance(b, Image)]
    assert "Kept text before." in text_of(blocks) and "Kept text after." in text_of(blocks)
    assert clean.removed == ("1 damaged picture (image1.jpg)",)
    assert not [n for n in zip_members(clean.data) if n.startswith("word/media/")]


def test_a_sound_jpeg_stays() -> None:
    picture = jpeg()
    blocks, clean = read_word_note(note_with_picture(picture), "brief.docx", "n")
    assert [b.data for b in blocks if isinstance(b, Image)] == [picture]
    assert clean.removed == ()


def test_a_damaged_picture_is_a_warning_naming_the_note_and_both_packs_build(
    tmp_path: Path,
) -> None:
    picture = jpeg((320, 240))
    data = note_with_picture(picture, picture[: len(picture) // 2])
    report = build(partner_meeting(data), tmp_path, "docx", "pdf")
    assert (
        "note 'Partner brief' (brief.docx): removed 1 damaged picture (image1.jpg)"
        in report.warnings
    )
    paths = {f.path.suffix: f.path for f in report.files}
    text = " ".join(page.extract_text() for page in PdfReader(paths[".pdf"]).pages)
    assert "Kept text after." in " ".join(text.split())
    assert "Kept text after." in "\n".join(
        p.text for p in docx.Document(str(paths[".docx"])).paragraphs
    )


# =========================================================================== size


def test_a_note_past_the_paragraph_limit_is_refused() -> None:
    with pytest.raises(NoteReadError) as refused:
        docx_blocks(many_paragraphs(MAX_NOTE_PARAGRAPHS + 1), "long.docx", "n")
    assert str(refused.value) == (
        f"long.docx: refused: the note has {MAX_NOTE_PARAGRAPHS + 1:,} paragraphs "
        f"(at most {MAX_NOTE_PARAGRAPHS:,} are allowed); split it into smaller notes"
    )


def test_a_note_at_the_paragraph_limit_is_read() -> None:
    blocks = docx_blocks(many_paragraphs(MAX_NOTE_PARAGRAPHS), "long.docx", "n")
    assert len(blocks) == MAX_NOTE_PARAGRAPHS


# =========================================================================== the build


def test_the_build_report_says_what_was_removed_from_each_note(
    tmp_path: Path, hostile: bytes
) -> None:
    report = build(partner_meeting(hostile), tmp_path, "docx", "pdf")
    (line,) = [w for w in report.warnings if w.startswith("note 'Partner brief'")]
    assert line.startswith(
        "note 'Partner brief' (brief.docx): removed 6 fields (INCLUDETEXT, INCLUDEPICTURE, "
        "DDEAUTO, REF) keeping their shown text, 1 macro project, "
    )
    assert "1 embedded object" in line and "3 unsafe links" in line


def test_neither_pack_carries_the_notes_active_content(tmp_path: Path, hostile: bytes) -> None:
    report = build(partner_meeting(hostile), tmp_path, "docx", "pdf")
    paths = {f.path.suffix: f.path for f in report.files}
    members = zip_members(paths[".docx"].read_bytes())
    assert_nothing_forbidden(members)
    assert set(external_targets(members)) == {"https://example.org/partner"}
    settings = etree.fromstring(members["word/settings.xml"])
    assert settings.find(qn("w:updateFields")) is not None  # no field left that fetches
    body = "".join(
        t.text or "" for t in etree.fromstring(members["word/document.xml"]).iter(qn("w:t"))
    )
    for shown in SHOWN:
        assert shown in body
    reader = PdfReader(paths[".pdf"])
    uris = [
        str(annotation.get_object().get("/A", {}).get("/URI", ""))
        for page in reader.pages
        for annotation in page.get("/Annots") or ()
    ]
    assert "https://example.org/partner" in uris
    assert not [u for u in uris if u.startswith(("javascript", "file")) or "attacker" in u]
    pdf_bytes = paths[".pdf"].read_bytes()
    assert b"javascript:" not in pdf_bytes and b"file:///" not in pdf_bytes


def test_a_packs_parts_all_parse(tmp_path: Path, hostile: bytes) -> None:
    report = build(partner_meeting(hostile), tmp_path, "docx")
    (built,) = report.files
    with zipfile.ZipFile(built.path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                parse_strict(archive.read(name), name)


def test_a_frame_loaded_from_elsewhere_is_dropped() -> None:
    document = simple_note()
    web = next(
        rel.target_part
        for rel in document.part.rels.values()
        if rel.reltype.endswith("/webSettings")
    )
    rel_id = web.relate_to(
        "file:///C:/Users/Public/frame.docx",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/frame",
        is_external=True,
    )
    frameset = (
        '<w:frameset xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships"><w:frame><w:sourceFileName r:id="{rel_id}"/></w:frame></w:frameset>'
    )
    end = web.blob.rindex(b"</w:webSettings>")
    web._blob = web.blob[:end] + frameset.encode() + web.blob[end:]
    clean = sanitise_docx(saved(document), "n.docx")
    members = zip_members(clean.data)
    assert b"frame.docx" not in members["word/_rels/webSettings.xml.rels"]
    assert b"sourceFileName" not in members["word/webSettings.xml"]
    assert clean.removed == ("1 frame",)


# =========================================================================== review: hidden fields


def members_text(members: dict[str, bytes]) -> str:
    return b"".join(members.values()).decode("utf-8", "replace")


@pytest.mark.parametrize("variant", ["begin", "code"])
def test_a_field_hidden_in_alternate_content_is_removed(variant: str) -> None:
    document = simple_note()
    add_alternate_field(document.add_paragraph("Before "), variant)
    blocks, clean = read_word_note(saved(document), "n.docx", "n")
    xml = zip_members(clean.data)["word/document.xml"]
    assert b"INCLUDETEXT" not in xml and b"file:" not in xml
    assert b"AlternateContent" not in xml
    assert "ALTERNATE-RESULT" in text_of(blocks)
    if variant == "code":  # the PAGE field no longer holds a field in its code: it may stay
        assert clean.removed == ()
    body = docx.Document(io.BytesIO(clean.data)).element.body
    assert unsafe_field_names([body]) == []


@pytest.mark.parametrize("variant", ["begin", "code"])
def test_the_pack_check_finds_a_field_in_alternate_content(variant: str) -> None:
    """Found wherever its marks stand, if such XML ever reached a pack."""
    document = simple_note()
    add_alternate_field(document.add_paragraph(), variant)
    names = unsafe_field_names([document.element.body])
    assert names == (["INCLUDETEXT"] if variant == "begin" else ["PAGE"])


@pytest.mark.parametrize("variant", ["begin", "code"])
def test_a_docx_pack_keeps_no_field_hidden_in_alternate_content(
    tmp_path: Path, variant: str
) -> None:
    document = simple_note()
    add_alternate_field(document.add_paragraph(), variant)
    report = build(partner_meeting(saved(document)), tmp_path, "docx")
    (built,) = report.files
    members = zip_members(built.path.read_bytes())
    assert "INCLUDETEXT" not in members_text(members)
    assert "file:///" not in members_text(members)
    settings = etree.fromstring(members["word/settings.xml"])
    assert settings.find(qn("w:updateFields")) is not None  # nothing left that fetches
    body = etree.fromstring(members["word/document.xml"])
    assert unsafe_field_names([body]) == []


def test_a_text_box_keeps_its_text_through_its_fallback(tmp_path: Path) -> None:
    document = simple_note()
    add_text_box(document.add_paragraph("Box: "), "TEXT-IN-THE-BOX")
    blocks, clean = read_word_note(saved(document), "n.docx", "n")
    assert clean.removed == ()
    body = docx.Document(io.BytesIO(clean.data)).element.body  # it still opens
    assert body.find(f".//{qn('w:pict')}//{qn('w:txbxContent')}") is not None
    assert b"AlternateContent" not in zip_members(clean.data)["word/document.xml"]
    assert "TEXT-IN-THE-BOX" in "".join(t.text or "" for t in body.iter(qn("w:t")))
    assert "TEXT-IN-THE-BOX" in text_of(blocks)
    report = build(partner_meeting(saved(document)), tmp_path, "docx", "pdf")
    paths = {f.path.suffix: f.path for f in report.files}
    members = zip_members(paths[".docx"].read_bytes())
    assert "TEXT-IN-THE-BOX" in members["word/document.xml"].decode()
    for name, blob in members.items():
        if name.endswith((".xml", ".rels")):
            parse_strict(blob, name)


def test_field_code_in_tracked_deletion_markup_outside_a_deletion_is_code() -> None:
    document = simple_note()
    paragraph = document.add_paragraph()
    add_field(paragraph, "PAGE", "DELETED-CODE-RESULT")
    code_run = paragraph._p[-4]
    hidden = etree.SubElement(code_run, qn("w:delInstrText"))
    hidden.text = ' INCLUDETEXT "file:///etc/passwd" '
    code_run.insert(0, hidden)  # before PAGE: Word reads ' INCLUDETEXT … PAGE '
    blocks, clean = read_word_note(saved(document), "n.docx", "n")
    xml = zip_members(clean.data)["word/document.xml"]
    assert b"INCLUDETEXT" not in xml and b"fldChar" not in xml
    assert clean.removed == ("1 field (INCLUDETEXT) keeping its shown text",)
    assert "DELETED-CODE-RESULT" in text_of(blocks)


# =========================================================================== review: scale


def _field_walk_lines(count: int) -> int:
    """How many lines of the cleaning module run to find the fields of ``count`` fields that
    never end."""
    import sys
    from types import FrameType

    from briefing.pack import docx_sanitise

    document = docx.Document(io.BytesIO(unclosed_fields(count)))
    body = document.element.body
    module = docx_sanitise.__file__
    lines = 0

    def tracer(frame: FrameType, event: str, arg: object) -> object:
        nonlocal lines
        if frame.f_code.co_filename != module:
            return None
        if event == "line":
            lines += 1
        return tracer

    sys.settrace(tracer)
    try:
        names = unsafe_field_names([body])
    finally:
        sys.settrace(None)
    assert len(names) == count
    return lines


def test_finding_fields_takes_steps_in_proportion_to_the_marks() -> None:
    small, large = _field_walk_lines(400), _field_walk_lines(800)
    assert large <= 2.2 * small, (small, large)


def test_a_note_of_forty_thousand_unclosed_fields_is_cleaned() -> None:
    data = unclosed_fields(40_000)
    assert len(data) < 200_000  # a small note
    blocks, clean = read_word_note(data, "n.docx", "n")
    xml = zip_members(clean.data)["word/document.xml"]
    assert b"fldChar" not in xml
    assert clean.removed == ("40000 fields ((empty)) keeping their shown text",)
    assert "AFTER-THE-FIELDS" in text_of(blocks)


# =========================================================================== review: VML links


def test_a_vml_shape_linking_to_a_program_loses_its_link() -> None:
    document = simple_note()
    add_vml_link(document.add_paragraph(), "file:///C:/Windows/System32/calc.exe")
    add_vml_link(document.add_paragraph(), "https://example.org/shape")
    clean = sanitise_docx(saved(document), "n.docx")
    xml = zip_members(clean.data)["word/document.xml"]
    assert b"calc.exe" not in xml and b"file:" not in xml
    assert b'href="https://example.org/shape"' in xml
    assert xml.count(b"<v:rect") == 2  # the shapes stay
    assert clean.removed == ("1 unsafe link",)
