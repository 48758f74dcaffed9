"""HRC-scale benchmark: the full pack of a Human Rights Council-size session, time and memory.

Run it from the project root (it is a script, not a test; pytest does not collect it)::

    .venv/bin/python benchmarks/hrc_scale.py              # 3,000 then 20,000 pages of notes
    .venv/bin/python benchmarks/hrc_scale.py --quick      # a small smoke run
    .venv/bin/python benchmarks/hrc_scale.py --repeat 2   # best of two builds for each size

The meeting is made by ``forum_scale.py``'s generators (the same code and seed, a larger
shape): 300 agenda items over four weeks, 1,000 people with bios, 150 Markdown or text notes,
and PDF notes like ``forum_scale.py --realistic`` ones (each with its own embedded TrueType
subset, a photo on about one page in four, 5–60 pages, a third with bookmarks), about 3,000
pages in all and then about 20,000, for the same agenda and people. Every note file is drawn
(no page is reused), as a real session's documents are all different; about one note in
twenty-five is the same file as another note, attached for another item.

For each size the meeting is saved to a meeting file with the project's store (not timed) and
``python -m briefing build MEETING --output DIR`` runs in a fresh process, timed from its start
to its exit; its peak resident memory is its own (``os.wait4``), not this script's, which holds
the generated meeting. The same meeting without its PDF notes is built once too (information:
laying out the generated pages alone). Targets: the 20,000-page build within 60 s, every
build's peak within 1 GB, and the peak at 20,000 pages at most 1.5 times the peak at 3,000
pages. The exit status is 1 when a target is missed. Everything is written to a temporary
folder, removed at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from forum_scale import (
    NOT_COUNTED,
    PEAK_RSS_BYTES,
    REALISTIC,
    Measure,
    Row,
    Scale,
    Synthetic,
    announce,
    best_child,
    child_env,
    cli_build,
    compile_bytecode,
    generate,
    machine_lines,
    megabytes,
    on_cpu,
    print_missed,
    print_rows,
    save_meeting_file,
    start_up,
    target_cell,
    timed,
    with_cpu,
    without_pdf_notes,
)

from briefing.render.fonts import pack_fonts

# Targets (see benchmarks/README.md); every build's peak: PEAK_RSS_BYTES, as forum_scale's
LARGE_SECONDS = 60.0
PEAK_GROWTH = 1.5  # peak RSS at the large size / at the small size


def hrc(pages: int, notes: int, sessions: int = 300, people: int = 1000) -> Scale:
    """A Human Rights Council-shaped meeting with ``pages`` of PDF notes in ``notes`` notes."""
    return Scale(
        f"HRC size, {pages:,} pages",
        days=20 if sessions >= 100 else 3,
        sessions=sessions,
        people=people,
        pdf_notes=notes,
        text_notes=sessions // 2,
        pdf_pages=pages,
        shared_files=max(1, notes // 25),
    )


# 5–60 pages a note, about 32 on average: the note count follows the pages.
SIZES = (hrc(3_000, 92), hrc(20_000, 615))
QUICK_SIZES = (hrc(300, 10, 30, 100), hrc(2_000, 62, 30, 100))


@dataclass(frozen=True)
class SizeResult:
    """What one size measured (the generated meeting itself is not kept: it is large)."""

    scale: Scale
    pdf_notes: int
    pdf_pages: int
    distinct_files: int
    note_bytes: int
    generate_seconds: float
    save_seconds: float
    meeting_file_size: int
    build: Measure  # `briefing build`, a fresh process


@dataclass
class Results:
    """Every figure of one run."""

    sizes: list[SizeResult]
    layout: Measure  # the first size without its PDF notes: the generated pages alone
    start_up: Measure

    @property
    def small(self) -> SizeResult:
        return self.sizes[0]

    @property
    def large(self) -> SizeResult:
        return self.sizes[-1]

    @property
    def peak_growth(self) -> float:
        return (self.large.build.peak_rss or 0) / (self.small.build.peak_rss or 1)

    def peak_ok(self, size: SizeResult) -> bool:
        return (size.build.peak_rss or 0) <= PEAK_RSS_BYTES

    def checks(self) -> list[tuple[str, bool]]:
        return [
            ("largest build's time", self.large.build.seconds <= LARGE_SECONDS),
            ("peak memory", all(self.peak_ok(s) for s in self.sizes)),
            ("peak memory growth", self.peak_growth <= PEAK_GROWTH),
        ]

    def missed(self) -> list[str]:
        return [name for name, ok in self.checks() if not ok]

    def on_cpu(self) -> Results:
        """The same figures with each build's CPU time in place of its wall time."""
        sizes = [dataclasses.replace(s, build=on_cpu(s.build)) for s in self.sizes]
        return Results(sizes, on_cpu(self.layout), on_cpu(self.start_up))


def hrc_meeting(synthetic: Synthetic) -> Synthetic:
    """The generated meeting under a Council session's name."""
    meeting = dataclasses.replace(
        synthetic.meeting,
        title="Human Rights Council, sixty-first session",
        short_title="HRC 61",
        meeting_type="Regular session",
        room="Assembly Hall",
    )
    return dataclasses.replace(synthetic, meeting=meeting)


def measure_size(
    scale: Scale, out: Path, repeat: int, warm_up: bool
) -> tuple[SizeResult, Synthetic]:
    """Generate one size, save it, and build its full pack in fresh processes (after a small
    warm-up build that compiles the code, the first time)."""
    synthetic = hrc_meeting(generate(scale))
    env = child_env(out / "pycache")
    if warm_up:
        with announce("compiling the code, a small warm-up build (not timed)"):
            compile_bytecode(env, synthetic, out / "warm-up")
    with announce("saving the meeting file (not timed)"):
        meeting_file, save_seconds = timed(
            lambda: save_meeting_file(synthetic.meeting, out / "meeting")
        )
    with announce(f"briefing build, {scale.name}, a fresh process"):
        build = best_child(repeat, lambda: cli_build(meeting_file, out / "packs", env))
    result = SizeResult(
        scale,
        len(synthetic.pdf_data),
        synthetic.pdf_pages,
        synthetic.distinct_files,
        sum(map(len, synthetic.pdf_data)),
        synthetic.seconds,
        save_seconds,
        meeting_file.stat().st_size,
        build,
    )
    meeting_file.unlink()
    return result, synthetic


def measure_layout(synthetic: Synthetic, out: Path) -> Measure:
    """One build of the meeting without its PDF notes, a fresh process."""
    meeting_file = save_meeting_file(without_pdf_notes(synthetic.meeting), out / "no-pdf-notes")
    with announce("briefing build without the PDF notes, a fresh process"):
        return cli_build(meeting_file, out / "packs", child_env(out / "pycache"))


def run(sizes: tuple[Scale, ...], repeat: int) -> Results:
    """Measure every size, the generated pages alone and start-up, in one temporary folder."""
    with announce("warming the fonts"):
        pack_fonts()
    measured: list[SizeResult] = []
    with tempfile.TemporaryDirectory(prefix="hrc-scale-") as tmp:
        out = Path(tmp)
        for n, scale in enumerate(sizes):
            result, synthetic = measure_size(scale, out, repeat, warm_up=n == 0)
            measured.append(result)
            if n == 0:
                layout = measure_layout(synthetic, out)
            del synthetic  # before the next size is generated: its notes' bytes are large
        with announce("start-up alone, a fresh process"):
            up = start_up(child_env(out / "pycache"))
    return Results(measured, layout, up)


# =========================================================================== report


def size_rows(r: Results, size: SizeResult) -> list[Row]:
    """The rows of one size: generating and saving it (not counted), its build and peak."""
    pages, b = f"{size.pdf_pages:,} pages", size.build
    notes = (
        f"{size.pdf_notes} PDF notes ({size.distinct_files} distinct), {megabytes(size.note_bytes)}"
    )
    large = size is r.large
    return [
        (f"generate, {pages}", f"{size.generate_seconds:.1f} s", notes, NOT_COUNTED),
        (
            "  save the meeting file",
            f"{size.save_seconds:.1f} s",
            megabytes(size.meeting_file_size),
            NOT_COUNTED,
            PEAK_RSS_BYTES,
        ),
        (
            f"briefing build, {pages}",
            f"{b.seconds:.2f} s",
            f"{b.pages:,} pages, {megabytes(b.size)}",
            target_cell(f"<= {LARGE_SECONDS:.0f} s", b.seconds <= LARGE_SECONDS)
            if large
            else "info",
        ),
        (
            "  peak RSS",
            megabytes(b.peak_rss),
            "the child's own (wait4)",
            target_cell("<= 1 GB", r.peak_ok(size)),
        ),
    ]


def rows(r: Results) -> list[Row]:
    """(step, figure, detail, target) for each line of the table."""
    growth = f"peak RSS, {r.large.pdf_pages:,} / {r.small.pdf_pages:,} pages"
    layout = f"{r.layout.pages:,} pages, the generated pages alone"
    return [
        *(row for size in r.sizes for row in size_rows(r, size)),
        (
            growth,
            f"{r.peak_growth:.2f} x",
            "",
            target_cell(f"<= {PEAK_GROWTH}", r.peak_growth <= PEAK_GROWTH),
        ),
        ("build without PDF notes", f"{r.layout.seconds:.2f} s", layout, "info"),
        ("  peak RSS", megabytes(r.layout.peak_rss), "the child's own (wait4)", "info"),
        (
            "start-up alone",
            f"{r.start_up.seconds:.2f} s",
            "interpreter, imports, pack fonts",
            "info",
        ),
    ]


def meeting_line(r: Results) -> str:
    scale = r.small.scale
    kind = "realistic (embedded fonts, photos)" if REALISTIC["on"] else "plain Helvetica"
    return (
        f"meeting : {scale.days} days, {scale.sessions} agenda items, {scale.people:,} people, "
        f"{scale.text_notes} Markdown/text notes; PDF notes {kind}, 5-60 pages each"
    )


def print_report(r: Results) -> None:
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"\nHRC-scale benchmark, {now}")
    for line in [*machine_lines(), meeting_line(r)]:
        print(line)
    print_rows(with_cpu(rows(r), rows(r.on_cpu())))
    print_missed(r.missed(), r.on_cpu().missed())


# =========================================================================== main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small meeting for a smoke run")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="best of N builds")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    REALISTIC["on"] = True
    results = run(QUICK_SIZES if args.quick else SIZES, args.repeat)
    print_report(results)
    return 1 if results.missed() else 0


if __name__ == "__main__":
    sys.exit(main())
