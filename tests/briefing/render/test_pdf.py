"""The PDF packs, read back with pypdf (and qpdf): never trust the renderer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject
from reportlab.pdfgen.canvas import Canvas

from briefing.build import BuildReport, BuildRequest, build_packs
from briefing.errors import BuildCancelled, BuildError
from briefing.model import (
    AgendaItem,
    Attachment,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    Participant,
    Person,
    Role,
    RoleKind,
)
from briefing.progress import Monitor
from briefing.sample import sample_meeting
from tests.briefing.conftest import tiny_png

DATE = dt.date(2017, 11, 28)
TRICKY = 'Smith & <Co> "R&D"'


# =========================================================================== note PDFs


def note_pdf(pages: int = 3, label: str = "NOTE", outline: bool = True, size=(595, 842)) -> bytes:
    """A real PDF with ``pages`` pages saying 'LABEL PAGE n of N', and its own bookmarks."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, size[1] - 100, f"{label} PAGE {n} of {pages}")
        if outline:
            canvas.bookmarkPage(f"p{n}")
            canvas.bookmarkPage(f"s{n}")
            canvas.addOutlineEntry(f"Chapter {n}", f"p{n}", level=0)
            canvas.addOutlineEntry(f"Section {n}.1", f"s{n}", level=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(note_pdf(2, "SECRET")))
    writer.encrypt(user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bomb_pdf() -> bytes:
    """A one-page PDF whose content stream inflates to 100 MB."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = DecodedStreamObject()
    stream.set_data(b" " * 100_000_000)
    stream = stream.flate_encode()
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def wrong_xref_pdf() -> bytes:
    """A PDF whose cross-reference offsets are all wrong (text inserted after the header)."""
    data = note_pdf(2, "SHIFTED")
    return data.replace(b"%PDF-1.4\n", b"%PDF-1.4\n% " + b"x" * 200 + b"\n", 1)


# =========================================================================== meetings


def meeting_with_notes(*files: tuple[str, bytes], sessions: tuple[str, ...] = ("s1",)) -> Meeting:
    people = (
        Person("p1", "Anita Ramasastry", organisation="UNWG", bio="Anita's bio."),
        Person(
            "p2",
            TRICKY,
            position="Adviser",
            organisation="Кузнецов & Partners",
            bio="Bio <b>not bold</b> & more.",
        ),
    )
    agenda = (
        AgendaItem(
            "s1",
            "Opening & welcome",
            dt.time(10),
            dt.time(10, 30),
            participants=(Participant("p1", Role(RoleKind.OPENING)),),
        ),
        AgendaItem(
            "s2",
            f"Panel on {TRICKY}",
            dt.time(10, 30),
            dt.time(12),
            participants=(
                Participant("p2", Role(RoleKind.MODERATOR)),
                Participant("p1", Role(RoleKind.PANELLIST)),
            ),
        ),
    )
    notes = tuple(
        Note(f"n{i}", f"Note {i}: {name}", attachment=Attachment(name, data), session_ids=sessions)
        for i, (name, data) in enumerate(files, 1)
    )
    return Meeting(
        title=f"Consultation on {TRICKY}",
        short_title="Consultation",
        organiser="UN Working Group",
        meeting_type="Expert meeting",
        first_date=dt.date(2024, 5, 6),
        start=dt.time(10),
        end=dt.time(12),
        venue="Palais des Nations",
        city="Geneva",
        people=people,
        agenda=agenda,
        notes=notes,
        contacts=(),
    )


def build(meeting: Meeting, out: Path, **options: object) -> BuildReport:
    pack = options.pop("pack", meeting.pack_definitions()[0])
    request = BuildRequest(pack=pack, output_dir=out, build_date=DATE, **options)  # type: ignore[arg-type]
    return build_packs(meeting, request)


def only_pdf(report: BuildReport) -> Path:
    (built,) = [f for f in report.files if "moderator brief" not in f.path.name]
    return built.path


def page_texts(path: Path) -> list[str]:
    """Each page's text, runs of white space made one space (as a reader sees the words)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def outline_titles(reader: PdfReader, entries=None) -> list:  # type: ignore[no-untyped-def]
    """The outline as nested lists: [title, [children...]]."""
    result: list = []
    for entry in reader.outline if entries is None else entries:
        if isinstance(entry, list):
            result[-1][1].extend(outline_titles(reader, entry))
        else:
            result.append([entry.title, []])
    return result


def find_entry(entries: list, title: str):  # type: ignore[no-untyped-def]
    """The outline entry with this title, anywhere in the tree."""
    for entry in entries:
        found = (
            find_entry(entry, title)
            if isinstance(entry, list)
            else (entry if entry.title == title else None)
        )
        if found is not None:
            return found
    return None


# =========================================================================== tests


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    out = tmp_path_factory.mktemp("sample")
    meeting = sample_meeting()
    request = BuildRequest(meeting.pack_definitions()[0], out, per_session=True, build_date=DATE)
    return build_packs(meeting, request)


def test_sample_full_pack_has_every_item_person_and_contact(sample_build: BuildReport) -> None:
    text = "\n".join(page_texts(only_pdf(sample_build)))
    flat = " ".join(text.split())
    meeting = sample_meeting()
    for item in meeting.agenda:
        assert " ".join(item.title.split())[:60] in flat
    for person in meeting.people:
        assert person.name in flat
    for contact in meeting.contacts:
        assert contact.email in flat
    assert "Business & Human Rights Resource Centre" in flat


def test_sample_outline_mirrors_the_contents(sample_build: BuildReport) -> None:
    reader = PdfReader(only_pdf(sample_build))
    outline = outline_titles(reader)
    assert [title for title, _ in outline] == [
        "Overview",
        "Programme",
        "Sessions",
        "Speaker bios",
        "Contacts and logistics",
    ]
    sessions = dict(outline)["Sessions"]
    assert sessions[0][0] == "Session 1: Welcome and introduction"
    assert len(sessions) == 5
    bios = [t for t, _ in dict(outline)["Speaker bios"]]
    assert bios[:2] == ["Anita Ramasastry", "Michel Forst"]


def test_sample_page_labels_match_printed_numbers(sample_build: BuildReport) -> None:
    path = only_pdf(sample_build)
    reader = PdfReader(path)
    labels = list(reader.page_labels)
    total = len(reader.pages)
    assert labels == [str(n) for n in range(1, total + 1)]  # the cover is page 1, unprinted
    texts = page_texts(path)
    assert "Page" not in texts[0]
    for index in range(1, total):
        assert f"Page {index + 1} of {total}" in texts[index]


def test_contents_links_point_at_their_headings(sample_build: BuildReport) -> None:
    reader = PdfReader(only_pdf(sample_build))
    contents = reader.pages[1]
    targets = []
    for annot in contents.get("/Annots", []):
        annot = annot.get_object()
        if annot.get("/Subtype") != "/Link":
            continue
        dest = annot.get("/Dest") or annot["/A"].get("/D")
        page = (
            reader.get_destination_page_number(reader.named_destinations[str(dest)])
            if not isinstance(dest, list)
            else reader.get_page_number(dest[0].get_object())
        )
        targets.append(page)
    assert len(targets) >= 10
    texts = page_texts(only_pdf(sample_build))
    overview_page = next(i for i, t in enumerate(texts) if i > 1 and "Overview Meeting" in t)
    assert overview_page in targets
    assert all(1 < t < len(texts) for t in targets)


def test_metadata_and_language(sample_build: BuildReport) -> None:
    reader = PdfReader(only_pdf(sample_build))
    meta = reader.metadata
    assert meta.title == "Scaling Up Initiatives to Protect Human Rights Defenders"
    assert meta.author == "UN Working Group on Business and Human Rights"
    assert "Full pack" in meta.subject
    assert "Multistakeholder consultation" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_per_session_files_are_named_in_agenda_order(sample_build: BuildReport) -> None:
    names = sorted(f.path.name for f in sample_build.files if "moderator brief" in f.path.name)
    assert names == [
        "2017-11-30 S1 Welcome and introduction - moderator brief.pdf",
        "2017-11-30 S2 Pillar I & III implementation gaps - moderator brief.pdf",
        "2017-11-30 S3 Pillar II implementation gaps - moderator brief.pdf",
        "2017-11-30 S4 Scaling up protection of HRDs - moderator brief.pdf",
        "2017-11-30 S5 Wrap-up and next steps - moderator brief.pdf",
    ]
    s3 = next(f.path for f in sample_build.files if " S3 " in f.path.name)
    text = " ".join("\n".join(page_texts(s3)).split())
    assert "Moderator: Mauricio Lazala" in text
    assert "Bennett Freeman" in text and "Michel Forst" not in text.split("Programme")[0]


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_errors(sample_build: BuildReport) -> None:
    for built in sample_build.files:
        result = subprocess.run(
            ["qpdf", "--check", str(built.path)], capture_output=True, text=True
        )
        assert result.returncode == 0, (built.path.name, result.stdout, result.stderr)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_errors_in_merged_note_pages(tmp_path: Path) -> None:
    """Each merged page's content stays an indirect stream (a direct one inside an array is
    invalid PDF, and PDF viewers must repair every such page)."""
    meeting = meeting_with_notes(("paper.pdf", note_pdf(3)), ("annex.pdf", note_pdf(2, "ANNEX")))
    path = only_pdf(build(meeting, tmp_path))
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_every_bookmark_goes_to_an_xyz_destination(tmp_path: Path) -> None:
    """pdfium-based viewers (the app's Preview) read only /XYZ destinations' locations."""
    path = only_pdf(build(meeting_with_notes(("paper.pdf", note_pdf(3))), tmp_path))
    reader = PdfReader(path)

    def kinds(items: list) -> list[str]:
        found = []
        for item in items:
            found += kinds(item) if isinstance(item, list) else [item["/Type"]]
        return found

    found = kinds(reader.outline)
    assert len(found) > 10 and set(found) == {"/XYZ"}


def test_merged_pdf_pages_are_counted_numbered_and_bookmarked(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("paper.pdf", note_pdf(3)))
    path = only_pdf(build(meeting, tmp_path / "with"))
    bare = dataclasses.replace(meeting.without_note("n1"))
    without = only_pdf(build(bare, tmp_path / "without"))
    reader = PdfReader(path)
    # the note's own pages and nothing else: no page only to introduce it
    assert len(reader.pages) == len(PdfReader(without).pages) + 3
    texts = page_texts(path)
    total = len(texts)
    merged = [i for i, t in enumerate(texts) if "NOTE PAGE" in t]
    assert len(merged) == 3
    for n, index in enumerate(merged, 1):
        assert f"NOTE PAGE {n} of 3" in texts[index]
        assert texts[index].count(f"Page {index + 1} of {total}") == 1  # stamped once
    notes = dict(outline_titles(reader))["Background notes"]
    ((note_title, note_children),) = notes
    assert note_title == "Note 1: paper.pdf"
    assert [t for t, _ in note_children] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert note_children[0][1] == [["Section 1.1", []]]
    chapter_2 = find_entry(reader.outline, "Chapter 2")
    assert reader.get_destination_page_number(chapter_2) == merged[1]
    # the note's own first page starts its entry, and the section's (it is the first note)
    for title in ("Background notes", "Note 1: paper.pdf"):
        assert reader.get_destination_page_number(find_entry(reader.outline, title)) == merged[0]
    assert re.search(rf"Note 1: paper\.pdf {merged[0] + 1}\b", texts[1])  # the contents


def test_same_pdf_twice_is_merged_twice_without_double_stamping(tmp_path: Path) -> None:
    data = note_pdf(2, "TWICE")
    meeting = meeting_with_notes(("a.pdf", data), ("b.pdf", data))
    path = only_pdf(build(meeting, tmp_path))
    texts = page_texts(path)
    merged = [i for i, t in enumerate(texts) if "TWICE PAGE" in t]
    assert len(merged) == 4
    for index in merged:
        assert texts[index].count("Page ") == 1


def test_rotated_and_letter_pages_are_merged_upright(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=io.BytesIO(note_pdf(1, "TURNED", outline=False, size=(612, 792))))
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    meeting = meeting_with_notes(("turned.pdf", out.getvalue()))
    texts = page_texts(only_pdf(build(meeting, tmp_path)))
    assert any("TURNED PAGE 1 of 1" in t for t in texts)


def test_user_text_prints_literally(tmp_path: Path) -> None:
    meeting = meeting_with_notes()
    text = " ".join("\n".join(page_texts(only_pdf(build(meeting, tmp_path)))).split())
    assert TRICKY in text
    assert "Bio <b>not bold</b> & more." in text
    assert "Кузнецов & Partners" in text
    assert f"Consultation on {TRICKY}" in text


def test_same_input_same_bytes(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("paper.pdf", note_pdf(2)))
    first = only_pdf(build(meeting, tmp_path / "one")).read_bytes()
    second = only_pdf(build(meeting, tmp_path / "two")).read_bytes()
    assert first == second


def test_pdf_with_empty_user_password_is_opened(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("open.pdf", encrypted_pdf("")))
    texts = page_texts(only_pdf(build(meeting, tmp_path)))
    assert any("SECRET PAGE 2 of 2" in t for t in texts)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("locked.pdf", encrypted_pdf("secret"), "is protected by a password"),
        ("bomb.pdf", bomb_pdf(), "too large to read safely"),
        ("empty.pdf", b"", "damaged"),
        ("junk.pdf", b"%PDF-1.7\n this is not a pdf at all", "damaged"),
    ],
)
def test_unreadable_pdf_notes_give_a_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    meeting = meeting_with_notes(("fine.pdf", note_pdf(1)), (name, data))
    with pytest.raises(BuildError) as info:
        build(meeting, tmp_path / "strict")
    first = info.value.problems[0]
    assert first.startswith(f"note 'Note 2: {name}' ({name}): ")
    assert message in first
    assert not any((tmp_path / "strict").glob("*.pdf"))  # nothing half-built
    report = build(meeting, tmp_path / "lenient", skip_unreadable=True)
    assert report.warnings and message in report.warnings[0]
    texts = page_texts(only_pdf(report))
    assert any("NOTE PAGE 1 of 1" in t for t in texts)


def test_pdf_with_wrong_xref_offsets_is_recovered(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("shifted.pdf", wrong_xref_pdf()))
    texts = page_texts(only_pdf(build(meeting, tmp_path)))
    assert sum("SHIFTED PAGE" in t for t in texts) == 2


def test_truncated_pdf_is_recovered_or_reported(tmp_path: Path) -> None:
    data = note_pdf(3, "CUT")
    meeting = meeting_with_notes(("cut.pdf", data[: int(len(data) * 0.8)]))
    try:
        texts = page_texts(only_pdf(build(meeting, tmp_path)))
    except BuildError as exc:
        assert "cut.pdf" in exc.problems[0] and "damaged" in exc.problems[0]
    else:
        assert any("CUT PAGE 1 of 3" in t for t in texts)


def test_cancel_leaves_nothing_behind(tmp_path: Path) -> None:
    meeting = sample_meeting()
    steps: list[str] = []
    monitor = Monitor(
        on_step=lambda text, done, total: steps.append(text), is_cancelled=lambda: len(steps) >= 3
    )
    request = BuildRequest(
        meeting.pack_definitions()[0], tmp_path, per_session=True, build_date=DATE
    )
    with pytest.raises(BuildCancelled):
        build_packs(meeting, request, monitor)
    assert list(tmp_path.iterdir()) == []


def test_progress_reports_every_step(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    monitor = Monitor(on_step=lambda text, done, total: seen.append((done, total)))
    meeting = sample_meeting()
    build_packs(
        meeting, BuildRequest(meeting.pack_definitions()[0], tmp_path, build_date=DATE), monitor
    )
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_awkward_meetings_build(tmp_path: Path) -> None:
    long_title = "A very long session title about business and human rights " * 5
    bio = " ".join(["word"] * 5000)
    meeting = Meeting(
        title="T" * 300,
        people=(Person("p", "Long Bio", bio=bio, photo=Attachment("me.png", tiny_png())),),
        agenda=(
            AgendaItem(
                "a",
                long_title[:300],
                dt.time(9),
                dt.time(10),
                participants=(Participant("p", Role(RoleKind.SPEAKER)),),
            ),
            AgendaItem("b", "Nobody here", dt.time(10), dt.time(11)),
        ),
    )
    report = build(meeting, tmp_path / "awkward", per_session=True)
    assert len(report.files) == 2  # full pack + one session with people
    assert all(f.pages >= 3 for f in report.files)
    empty = Meeting(title="Nothing yet")
    assert build(empty, tmp_path / "empty").files[0].pages >= 3


def test_per_session_pack_kind(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("paper.pdf", note_pdf(2)), sessions=("s2",))
    pack = PackDefinition("briefs", "Moderator briefs", PackKind.PER_SESSION)
    report = build(meeting, tmp_path, pack=pack)
    names = [f.path.name for f in report.files]
    assert names == [
        "2024-05-06 S1 Opening & welcome - moderator brief.pdf",
        "2024-05-06 S2 Panel on Smith & Co R&D - moderator brief.pdf",
    ]
    texts_s1 = "\n".join(page_texts(report.files[0].path))
    texts_s2 = "\n".join(page_texts(report.files[1].path))
    assert "NOTE PAGE" not in texts_s1 and "NOTE PAGE 2 of 2" in texts_s2


def test_compressed_content_is_really_compressed(tmp_path: Path) -> None:
    """A merged page's form is stored compressed (no bloat from re-encoding)."""
    meeting = meeting_with_notes(("paper.pdf", note_pdf(1)))
    path = only_pdf(build(meeting, tmp_path))
    reader = PdfReader(path)
    for page in reader.pages:
        for name, xobj in (page["/Resources"].get("/XObject") or {}).items():
            if name.startswith("/BriefingNote"):
                form = xobj.get_object()
                assert form["/Filter"] in ("/FlateDecode", ["/FlateDecode"])
                zlib.decompress(form._data)


def test_characters_no_font_can_draw_are_reported(tmp_path: Path) -> None:
    meeting = meeting_with_notes()
    meeting = dataclasses.replace(
        meeting, people=(dataclasses.replace(meeting.people[0], name="தமிழ்"), meeting.people[1])
    )
    report = build(meeting, tmp_path, allow_missing_glyphs=True)  # else they stop the build
    missing = [w for w in report.warnings if "no font can draw" in w]
    assert missing and "த" in missing[0] and "ம" in missing[0]
    assert "section 'தமிழ்'" in " ".join(missing)


def test_docx_and_markdown_notes_appear_in_the_pdf(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Guidance outline", 1)
    document.add_paragraph("First point of the outline", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {
        (0, 0): "Pillar",
        (0, 1): "Gap",
        (1, 0): "III",
        (1, 1): "Access to remedy",
    }.items():
        table.cell(row, col).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    markdown = b"# Talking points\n\n- **Protect** defenders & <partners>\n"
    meeting = meeting_with_notes(("outline.docx", buffer.getvalue()), ("points.md", markdown))
    text = " ".join("\n".join(page_texts(only_pdf(build(meeting, tmp_path)))).split())
    for expected in (
        "Guidance outline",
        "First point of the outline",
        "Access to remedy",
        "Talking points",
        "Protect defenders & <partners>",
    ):
        assert expected in text


def test_running_header_characters_are_checked_too(tmp_path: Path) -> None:
    meeting = dataclasses.replace(meeting_with_notes(), short_title="தமி consultation")
    report = build(meeting, tmp_path, allow_missing_glyphs=True)
    assert any("the running header: no font can draw த ம ி" in w for w in report.warnings)
