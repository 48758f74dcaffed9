"""Per-session builds lay out their PDF packs in worker processes: the same files, the same
outcomes (cancel, failures, a killed build) as a build that lays out every pack itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
import signal
import subprocess
import time
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

import briefing.render.pdf as pdf_module
from briefing.build import BuildRequest, build_packs, layout_worker_count
from briefing.build_process import build_in_process
from briefing.child_process import end_with_parent, spawn_context
from briefing.errors import BuildCancelled, UndrawableCharacters
from briefing.model import Meeting
from briefing.pack import document as d
from briefing.progress import Monitor
from briefing.render.base import PackPasswords
from briefing.render.pdf import Part
from briefing.sample import sample_meeting
from tests.briefing.render.test_pdf import DATE as PACK_DATE
from tests.briefing.render.test_pdf import build, meeting_with_notes, only_pdf, page_texts
from tests.briefing.render.test_pdf_merge import link_targets, linked_note, web_links

DATE = dt.date(2017, 11, 29)
THAI = "สมชาย"  # a script none of the pack's fonts draws


def per_session(out: Path, workers: int | None, **changes: object) -> BuildRequest:
    meeting = sample_meeting()
    request = BuildRequest(
        meeting.pack_definitions()[0],
        out,
        ("pdf",),
        per_session=True,
        build_date=DATE,
        workers=workers,
    )
    return dataclasses.replace(request, **changes)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def laid_out_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The packs this process lays out itself (a worker's layouts are not seen here)."""
    seen: list[str] = []
    real = pdf_module.lay_out

    def counting(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(doc.file_stem)
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pdf_module, "lay_out", counting)
    return seen


def wait_for_no_children() -> list[multiprocessing.process.BaseProcess]:
    """The children still alive once those that are ending have ended (a few seconds)."""
    for _ in range(200):
        alive = multiprocessing.active_children()  # also reaps the ended ones
        if not alive:
            return []
        time.sleep(0.05)
    return multiprocessing.active_children()


def kill_the_workers(text: str, *_: object) -> None:
    """A build's progress callback that kills its workers when the first pack is laid out."""
    if text.startswith("Laying out"):
        for child in multiprocessing.active_children():
            child.kill()


def one_pack_in_two_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Meeting, Path, list[tuple[str, Part]]]:
    """The two-part meeting, its pack built in one process; then every pack is split."""
    meeting = two_part_meeting()
    one = only_pdf(build(meeting, tmp_path / "one", formats=("pdf",), workers=0))
    return meeting, one, split_everything(monkeypatch)


def test_workers_write_the_same_files_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = build_packs(sample_meeting(), per_session(tmp_path / "alone", workers=0))
    here = laid_out_here(monkeypatch)
    both = build_packs(
        sample_meeting(), per_session(tmp_path / "workers", workers=2, formats=("pdf", "docx"))
    )
    assert here == []  # every PDF pack was laid out by a worker
    pdfs = {n: b for n, b in files(tmp_path / "workers").items() if n.endswith(".pdf")}
    assert pdfs == files(tmp_path / "alone")  # byte for byte
    assert len(pdfs) == 6  # the full pack and five sessions'
    assert [f.pages for f in both.files if f.format == "pdf"] == [f.pages for f in alone.files]
    assert both.warnings == alone.warnings
    for built in both.files:
        if built.format == "pdf":
            assert len(PdfReader(built.path).pages) == built.pages
    assert wait_for_no_children() == []


def test_a_build_of_many_packs_uses_a_worker_per_core_a_small_one_none() -> None:
    meeting = sample_meeting()
    cores = os.cpu_count() or 1
    full = per_session(Path("unused"), None, per_session=False)
    assert layout_worker_count(meeting, full) == 0  # one pack: a start-up would cost more
    assert layout_worker_count(meeting, per_session(Path("unused"), None)) == 0  # six
    template = meeting.agenda[1]
    agenda = tuple(
        dataclasses.replace(template, id=f"extra-{n}", title=f"Extra session {n}")
        for n in range(10)
    )
    bigger = dataclasses.replace(meeting, agenda=meeting.agenda + agenda)
    every_item = dataclasses.replace(meeting.pack_definitions()[0], item_ids=())
    assert layout_worker_count(bigger, per_session(Path("unused"), None, pack=every_item)) == (
        min(cores, 4) if cores > 1 else 0
    )
    docx_only = per_session(Path("unused"), None, pack=every_item, formats=("docx",))
    assert layout_worker_count(bigger, docx_only) == 0  # no PDF to lay out
    assert layout_worker_count(meeting, per_session(Path("unused"), 3)) == 3  # as asked
    assert layout_worker_count(bigger, per_session(Path("unused"), 1)) == 1  # a pack's tail
    assert layout_worker_count(bigger, per_session(Path("unused"), 0)) == 0


def test_cancel_while_workers_lay_out_writes_nothing_and_stops_them(tmp_path: Path) -> None:
    steps: list[str] = []
    monitor = Monitor(
        on_step=lambda text, *_: steps.append(text),
        is_cancelled=lambda: sum(s.startswith("Merging") for s in steps) >= 2,
    )
    out = tmp_path / "packs"
    with pytest.raises(BuildCancelled):
        build_packs(sample_meeting(), per_session(out, workers=2), monitor)
    assert not out.exists()  # nothing written, no staging folder left
    assert wait_for_no_children() == []  # the workers were stopped, not left running


def test_workers_that_die_leave_their_packs_to_be_laid_out_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed (out of memory, by the user) costs time, never a pack."""

    here = laid_out_here(monkeypatch)
    report = build_packs(
        sample_meeting(), per_session(tmp_path / "out", workers=2), Monitor(kill_the_workers)
    )
    assert len(report.files) == 6 and here  # some (or all) packs were laid out here
    alone = tmp_path / "alone"
    build_packs(sample_meeting(), per_session(alone, workers=0))
    assert files(tmp_path / "out") == files(alone)


def test_a_character_no_font_draws_stops_a_build_laid_out_by_workers(tmp_path: Path) -> None:
    meeting = _with_thai_speaker(sample_meeting())
    out = tmp_path / "out"
    with pytest.raises(UndrawableCharacters) as info:
        build_packs(meeting, per_session(out, workers=2))
    assert info.value.file.endswith("Full pack.pdf")  # the first pack of the build
    assert set().union(*info.value.places.values()) == set(THAI)
    assert not out.exists()
    allowed = build_packs(meeting, per_session(out, workers=2, allow_missing_glyphs=True))
    assert len(allowed.files) == 6
    assert any(THAI[0] in w or "U+0E" in w for w in allowed.warnings)


def _with_thai_speaker(meeting: Meeting) -> Meeting:
    first = meeting.agenda[0].participants[0].person_id
    people = tuple(
        dataclasses.replace(p, name=f"{THAI} Kittikun") if p.id == first else p
        for p in meeting.people
    )
    return dataclasses.replace(meeting, people=people)


def test_the_app_s_build_process_can_start_workers(tmp_path: Path) -> None:
    """The app builds in a child process, which starts the workers in turn."""
    report = build_in_process(sample_meeting(), per_session(tmp_path, workers=2))
    assert len(report.files) == 6
    alone = tmp_path / "alone"
    build_packs(sample_meeting(), per_session(alone, workers=0))
    assert {n: b for n, b in files(tmp_path).items()} == files(alone)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_an_abandoned_build_leaves_no_worker_running(tmp_path: Path) -> None:
    import threading

    started = threading.Event()
    monitor = Monitor(on_step=lambda text, *_: text.startswith("Laying") and started.set())
    before = _spawned_processes()
    with pytest.raises(BuildCancelled):
        build_in_process(
            sample_meeting(), per_session(tmp_path, workers=2), monitor, abandoned=started.is_set
        )
    assert _wait_until_gone(_spawned_processes() - before) == set()
    assert list(tmp_path.iterdir()) == []


def _spawned_processes() -> set[int]:
    """Every process on this machine started by ``multiprocessing``'s spawn (Linux)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if (
                b"multiprocessing.spawn" in command
                or b"multiprocessing.resource_tracker" in command
            ):
                found.add(int(entry.name))
    return found - {os.getpid()}


def _wait_until_gone(pids: set[int]) -> set[int]:
    for _ in range(200):
        pids = {p for p in pids if Path(f"/proc/{p}").exists() and not _zombie(p)}
        if not pids:
            return pids
        time.sleep(0.05)
    return pids


def _zombie(pid: int) -> bool:
    try:
        return ") Z " in Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False


def _sleep_with_parent_watch(ready: multiprocessing.synchronize.Event) -> None:
    end_with_parent()
    ready.set()
    time.sleep(120)


def _start_grandchild(ready: multiprocessing.synchronize.Event, pid_out: object) -> None:
    grandchild = spawn_context().Process(target=_sleep_with_parent_watch, args=(ready,))
    grandchild.start()
    pid_out.value = grandchild.pid  # type: ignore[attr-defined]
    time.sleep(120)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_a_child_ends_with_its_parent_even_when_the_parent_is_killed() -> None:
    context = spawn_context()
    ready = context.Event()
    pid = context.Value("i", 0)
    child = context.Process(target=_start_grandchild, args=(ready, pid))
    child.start()
    assert ready.wait(60)
    os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    child.join()
    assert _wait_until_gone({pid.value}) == set()


# ---------------------------------------------------------------- one big pack, in two parts


def split_everything(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Part]]:
    """Every pack is shared between two cores, however small; returns what this process
    lays out of each (the worker's tail is not seen here)."""
    monkeypatch.setattr(pdf_module, "SPLIT_FROM_PAGES", 1)
    seen: list[tuple[str, Part]] = []
    real = pdf_module.lay_out

    def recording(doc, fonts, notes, monitor, part=None):  # type: ignore[no-untyped-def]
        seen.append((doc.file_stem, part or Part()))
        return real(doc, fonts, notes, monitor, part)

    monkeypatch.setattr(pdf_module, "lay_out", recording)
    return seen


def two_part_meeting() -> Meeting:
    text = "".join(f"## Part {n}\n\nA paragraph about part {n} of the note.\n\n" for n in range(60))
    meeting = meeting_with_notes(
        ("report.pdf", linked_note()), ("long.md", text.encode()), ("after.pdf", linked_note())
    )
    return dataclasses.replace(meeting, packs=())


def outline_of(reader: PdfReader) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def every_link(reader: PdfReader) -> list[list[tuple[int, list]]]:
    return [
        [(page, [None if v is None else round(v, 2) for v in where]) for page, where in found]
        for found in (link_targets(reader, i) for i in range(len(reader.pages)))
    ]


def test_a_big_pack_laid_out_in_two_parts_is_the_same_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting, one, here = one_pack_in_two_parts(tmp_path, monkeypatch)
    two = only_pdf(build(meeting, tmp_path / "two", formats=("pdf",), workers=1))
    [(_stem, part)] = here
    assert part.start == 0 and part.end is not None and part.tail is not None  # the head only
    cut = pdf_module.split_point(_full_pack_doc(meeting))
    assert cut == part.end

    first, second = PdfReader(one), PdfReader(two)
    assert len(second.pages) == len(first.pages)
    assert page_texts(two) == page_texts(one)  # every page says the same, "Page X of Y" too
    assert outline_of(second) == outline_of(first)
    assert every_link(second) == every_link(first)  # contents, programme, the notes' own
    assert [web_links(second, i) for i in range(len(second.pages))] == [
        web_links(first, i) for i in range(len(first.pages))
    ]
    assert second.page_labels == first.page_labels
    assert dict(second.named_destinations).keys() == dict(first.named_destinations).keys()
    texts = page_texts(two)
    heading = _full_pack_doc(meeting).blocks[part.end]
    assert isinstance(heading, d.Heading)
    tail_start = next(i for i, t in enumerate(texts) if t.startswith(heading.text))
    assert tail_start > 2  # after the cover and the contents
    for page in range(tail_start, len(texts)):  # the tail's pages, and the notes among them
        assert f"Page {page + 1} of {len(texts)}" in texts[page]
    check = subprocess.run(["qpdf", "--check", str(two)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert wait_for_no_children() == []


def _full_pack_doc(meeting: Meeting):  # type: ignore[no-untyped-def]
    from briefing.pack.assemble import assemble_full
    from briefing.pack.notes import note_blocks

    content = {
        n.id: note_blocks(n, f"note-{i + 1}", 5 if n.format == "pdf" else 0)
        for i, n in enumerate(meeting.notes)
    }
    return assemble_full(meeting, meeting.pack_definitions()[0], content, PACK_DATE)


def test_a_tail_whose_worker_died_is_laid_out_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting, one, here = one_pack_in_two_parts(tmp_path, monkeypatch)

    request = BuildRequest(
        meeting.pack_definitions()[0], tmp_path / "two", ("pdf",), build_date=PACK_DATE, workers=1
    )
    two = only_pdf(build_packs(meeting, request, Monitor(kill_the_workers)))
    assert [p.is_tail for _stem, p in here] == [False, True]  # the tail was laid out here
    assert page_texts(two) == page_texts(one)
    assert every_link(PdfReader(two)) == every_link(PdfReader(one))


def test_a_pack_is_cut_before_a_section_after_the_contents_and_only_when_big(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = _full_pack_doc(two_part_meeting())
    assert pdf_module.split_point(doc) is None  # a few pages: not worth a worker
    monkeypatch.setattr(pdf_module, "SPLIT_FROM_PAGES", 1)
    cut = pdf_module.split_point(doc)
    assert cut is not None
    block = doc.blocks[cut]
    assert isinstance(block, d.Heading) and block.new_page  # a section, a session, a note
    contents = next(i for i, b in enumerate(doc.blocks) if isinstance(b, d.Contents))
    assert cut > contents


def test_a_restricted_pack_laid_out_in_two_parts_is_encrypted_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting, one, _here = one_pack_in_two_parts(tmp_path, monkeypatch)
    passwords = PackPasswords("open sesame", "owner")
    two = only_pdf(
        build(meeting, tmp_path / "two", formats=("pdf",), workers=1, passwords=passwords)
    )
    reader = PdfReader(two)
    assert reader.is_encrypted and reader.decrypt("open sesame")
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert texts == page_texts(one)  # the tail's pages too, stamped with their numbers
    with pikepdf.open(two, password="open sesame") as pdf:
        assert not pdf.allow.modify_other
