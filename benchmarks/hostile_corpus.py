"""The hostile corpus as a report: every case through the real command line, a table by category.

Run from the project root with the project's venv:

    .venv/bin/python benchmarks/hostile_corpus.py            # every case
    .venv/bin/python benchmarks/hostile_corpus.py --jobs 1   # one case at a time
    .venv/bin/python benchmarks/hostile_corpus.py -k JSON    # the cases whose name has "JSON"

The cases, the runner and the verdict are those of ``tests/hostile`` (the test asserts each
verdict is empty; this script counts them), so the numbers compare from release to release.
Inputs are made in a temporary folder, removed at the end. The report goes to stdout, progress
to stderr; the exit status is always 0: this is a report, the test is the gate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for tests.hostile

from tables import print_table

from tests.hostile.corpus import HANG_SECONDS, PARALLEL_CASES, run_case, verdict
from tests.hostile.generate import CASES, CATEGORIES, Case


def run_all(cases: list[Case], jobs: int, folder: Path) -> dict[Case, list[str]]:
    """Each case's verdict, running ``jobs`` cases at a time."""
    verdicts: dict[Case, list[str]] = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {
            pool.submit(run_case, case, Path(tempfile.mkdtemp(dir=folder))): case for case in cases
        }
        for done, future in enumerate(as_completed(futures), 1):
            case = futures[future]
            try:
                verdicts[case] = verdict(case, future.result())
            except Exception as exc:  # a case that cannot even be made is a failed case
                verdicts[case] = [f"the case could not be run ({type(exc).__name__}: {exc})"]
            mark = "pass" if not verdicts[case] else "FAIL"
            print(f"[{done}/{len(cases)}] {mark} {case.category}: {case.name}", file=sys.stderr)
    return verdicts


def report(verdicts: dict[Case, list[str]], seconds: float) -> None:
    """The table by category, then each failing case with its problems."""
    table = [("category", "cases", "passed", "failed")]
    for category in CATEGORIES:
        mine = [v for c, v in verdicts.items() if c.category == category]
        if mine:
            failed = sum(bool(v) for v in mine)
            table.append((category, str(len(mine)), str(len(mine) - failed), str(failed)))
    failed = sum(bool(v) for v in verdicts.values())
    table.append(("all", str(len(verdicts)), str(len(verdicts) - failed), str(failed)))
    print_table(table)
    print(
        f"\n{seconds:.0f} s wall-clock; a case that runs past {HANG_SECONDS} s is stopped (hangs)."
    )
    failing = [(c, v) for c, v in verdicts.items() if v]
    if failing:
        print("\nFailing cases:")
    for case, problems in sorted(failing, key=lambda cv: CASES.index(cv[0])):
        print(f"- {case.category}: {case.name} (briefing {' '.join(case.argv)})")
        for problem in problems:
            print(f"    {problem[:300]}")


def main() -> int:
    """Run the corpus and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=PARALLEL_CASES, help="cases at a time")
    parser.add_argument("-k", default="", help="only the cases whose 'category: name' has this")
    args = parser.parse_args()
    cases = [c for c in CASES if args.k.lower() in f"{c.category}: {c.name}".lower()]
    print(
        f"Hostile corpus, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {platform.system()} "
        f"{platform.machine()}, CPython {platform.python_version()}, {len(cases)} cases, "
        f"{args.jobs} at a time\n"
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hostile-corpus-") as folder:
        verdicts = run_all(cases, max(1, args.jobs), Path(folder))
    report(verdicts, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
