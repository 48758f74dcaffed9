"""Note-scaling benchmark: does doubling a note's paragraphs at most double its build time?

Run it from the project root (it is a script, not a test; pytest does not collect it)::

    .venv/bin/python benchmarks/note_scaling.py             # N = 2,500, 5,000, 10,000
    .venv/bin/python benchmarks/note_scaling.py --quick     # N = 500, 1,000 (a smoke run)
    .venv/bin/python benchmarks/note_scaling.py --repeat 5  # best of at least five runs

For each note kind (a Markdown note, and a Word note written with python-docx) and each size
(N and 2N paragraphs of one short sentence each), it builds the full pack of a one-session
meeting that holds only that note, as PDF and as DOCX, with ``build_packs``, and times each
build (the best of ``--repeat`` runs, and of more for quick builds, see ``--budget``). It prints, for each N, the times for N and 2N and the
ratio t(2N) / t(N); the target is 2.0 (linear time; the pack's fixed part makes a linear build
come out a little under 2). A ratio is judged on the process's CPU time: the machine may be
shared, and other processes stretch wall-clock time but not this one's CPU time; both are shown.
A note the build refuses (over a limit) is reported as refused, with the reason.
The exit status is 1 when a ratio exceeds the target by more than the noise allowance.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from tables import print_table

from briefing.build import BuildRequest, build_packs
from briefing.errors import BuildError
from briefing.model import (
    AgendaItem,
    Attachment,
    Meeting,
    Note,
    Participant,
    Person,
    Role,
    RoleKind,
)
from briefing.render.fonts import pack_fonts

SIZES = (2_500, 5_000, 10_000)
QUICK_SIZES = (500, 1_000)
FORMATS = ("pdf", "docx")
TARGET_RATIO = 2.0
NOISE = 0.2  # a ratio up to 2.2 is within what a shared machine's timings wander
BUDGET_SECONDS = 10.0  # a quick build runs again until its runs have taken this long…
MAX_RUNS = 10  # …but at most this many times
DATE = dt.date(2025, 11, 24)

# =========================================================================== the notes


def sentence(n: int) -> str:
    """Paragraph ``n``: one short sentence, different for each paragraph."""
    return f"Paragraph {n:,}: the delegation recalls the guiding principles and item {n % 97}."


def markdown_note(paragraphs: int) -> Attachment:
    """A Markdown note of ``paragraphs`` paragraphs, a blank line between each."""
    text = "\n\n".join(sentence(n) for n in range(paragraphs))
    return Attachment(f"note-{paragraphs}.md", text.encode("utf-8"))


def word_note(paragraphs: int) -> Attachment:
    """A Word note of ``paragraphs`` paragraphs, written with python-docx."""
    document = docx.Document()
    for n in range(paragraphs):
        document.add_paragraph(sentence(n))
    out = io.BytesIO()
    document.save(out)
    return Attachment(f"note-{paragraphs}.docx", out.getvalue())


KINDS: dict[str, Callable[[int], Attachment]] = {"Markdown": markdown_note, "Word": word_note}


def meeting_with(attachment: Attachment) -> Meeting:
    """A one-session meeting whose only note is ``attachment``."""
    return Meeting(
        title="Note scaling",
        first_date=DATE,
        people=(Person("p1", "Ana Diaz", bio="A short bio."),),
        agenda=(
            AgendaItem(
                "s1",
                "The session",
                dt.time(10),
                dt.time(11),
                participants=(Participant("p1", Role(RoleKind.MODERATOR)),),
            ),
        ),
        notes=(Note("n1", "The long note", attachment=attachment, session_ids=("s1",)),),
    )


# =========================================================================== measuring


@dataclass(frozen=True)
class Timing:
    """The best wall-clock and CPU time of one build, or why the build refused the note."""

    wall: float = 0.0
    cpu: float = 0.0
    refused: str = ""


def time_build(meeting: Meeting, fmt: str, out: Path, repeat: int, budget: float) -> Timing:
    """The best of at least ``repeat`` builds of the meeting's full pack in one format; quick
    builds run again until they have taken ``budget`` seconds (at most :data:`MAX_RUNS`), as
    the shortest are the ones a busy machine's noise distorts most."""
    request = BuildRequest(meeting.pack_definitions()[0], out, formats=(fmt,), build_date=DATE)
    walls: list[float] = []
    cpus: list[float] = []
    while len(walls) < repeat or (sum(walls) < budget and len(walls) < MAX_RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            build_packs(meeting, request)
        except BuildError as exc:
            return Timing(refused=exc.problems[0])
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Timing(min(walls), min(cpus))


def measure(
    sizes: tuple[int, ...], repeat: int, budget: float, out: Path
) -> dict[tuple[str, str, int], Timing]:
    """Every (kind, format, paragraphs) timing, for each N of ``sizes`` and its 2N."""
    counts = sorted({n for size in sizes for n in (size, 2 * size)})
    timings = {}
    for kind, make in KINDS.items():
        for count in counts:
            print(f"{kind} note of {count:,} paragraphs…", end=" ", flush=True, file=sys.stderr)
            meeting = meeting_with(make(count))
            for fmt in FORMATS:
                timing = time_build(meeting, fmt, out / f"{kind}-{count}-{fmt}", repeat, budget)
                timings[(kind, fmt, count)] = timing
                shown = "refused" if timing.refused else f"{timing.wall:.2f} s"
                print(f"{fmt} {shown}", end="  ", flush=True, file=sys.stderr)
            print(file=sys.stderr)
    return timings


# =========================================================================== report


def verdict(ratio: float) -> str:
    """The target's verdict on a ratio t(2N) / t(N)."""
    if ratio <= TARGET_RATIO:
        return "met"
    return "met (noise)" if ratio <= TARGET_RATIO + NOISE else "MISSED"


def rows(timings: dict[tuple[str, str, int], Timing], sizes: tuple[int, ...]) -> list[tuple]:  # type: ignore[type-arg]
    """One row per kind, format and N: the times for N and 2N and their ratio."""
    table: list[tuple] = []  # type: ignore[type-arg]
    for kind in KINDS:
        for fmt in FORMATS:
            for n in sizes:
                one, two = timings[(kind, fmt, n)], timings[(kind, fmt, 2 * n)]
                label = f"{kind} → {fmt.upper()}, N = {n:,}"
                if one.refused or two.refused:
                    table.append((label, "", "", "", "", f"refused: {one.refused or two.refused}"))
                    continue
                ratio = two.cpu / one.cpu
                table.append(
                    (
                        label,
                        f"{one.wall:.2f} s",
                        f"{two.wall:.2f} s",
                        f"{one.cpu:.2f} / {two.cpu:.2f} s",
                        f"{ratio:.2f}",
                        verdict(ratio),
                    )
                )
    return table


def print_report(timings: dict[tuple[str, str, int], Timing], sizes: tuple[int, ...]) -> bool:
    """Print the table; True when every ratio is within the target (noise allowed)."""
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"\nNote-scaling benchmark, {now}")
    print(
        f"machine : {cpus} CPU(s) usable, {platform.system()} {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    header = ("note → format, N", "wall N", "wall 2N", "CPU N / 2N", "CPU 2N/N", "target")
    table = [header, *rows(timings, sizes)]
    print_table(table)
    missed = [row[0] for row in table[1:] if row[-1] == "MISSED"]
    print(
        f"\ntarget: t(2N) / t(N) <= {TARGET_RATIO} (up to {TARGET_RATIO + NOISE} is noise): "
        + ("met" if not missed else f"MISSED for {', '.join(missed)}")
    )
    return not missed


# =========================================================================== main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"N = {QUICK_SIZES} only")
    parser.add_argument(
        "--repeat", type=int, default=3, metavar="N", help="best of at least N runs (3)"
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=BUDGET_SECONDS,
        metavar="S",
        help=f"run quick builds again until they took S seconds, at most {MAX_RUNS} runs "
        f"({BUDGET_SECONDS:g})",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = QUICK_SIZES if args.quick else SIZES
    pack_fonts()  # made once per computer; never part of a timing
    with tempfile.TemporaryDirectory(prefix="note-scaling-") as tmp:
        timings = measure(sizes, args.repeat, args.budget, Path(tmp))
    return 0 if print_report(timings, sizes) else 1


if __name__ == "__main__":
    sys.exit(main())
