"""Bundle benchmark: how big is the installable bundle, how fast does it start and build?

Run it from the project root after ``make dist`` (it is a script, not a test)::

    .venv/bin/python benchmarks/bundle.py                      # dist/briefing-pack-assembler
    .venv/bin/python benchmarks/bundle.py --bundle DIR --repeat 7

What it measures, on the Linux bundle packaging/build.py made:

- size: every file of the bundle folder (links not followed), and the folder as a ``.tar.gz``
  made the way packaging/build.py makes it (into a temporary folder); the ten biggest files;
- start to window: ``briefing-pack-assembler --self-test`` (offscreen), from just before
  ``Popen`` to the main window's first paint, which the self-test reports as a Unix time
  (``window.at``); one first run, then ``--repeat`` more, median of those;
- first build from a fresh user profile: ``briefing build`` of the sample's full pack (PDF),
  from ``Popen`` to its exit, with an empty home, settings, data and font-cache folder each
  time (so nothing is cached but what the bundle ships); and the in-app build time the
  self-test reports (its build runs in a child process, as the Build dialog's does).

Targets: the ``.tar.gz`` at most 150 MB, the window within 1.5 s (median). Exit status 1 when
one is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

from tables import print_table

ROOT = Path(__file__).resolve().parent.parent
TARGET_TARBALL_MB = 150.0
TARGET_WINDOW_S = 1.5
TIMEOUT = 600


def load_build() -> ModuleType:
    """``packaging/build.py`` (not a package: see ``tests/packaging/conftest.py``)."""
    spec = importlib.util.spec_from_file_location(
        "packaging_build", ROOT / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build()


def fresh_profile(folder: Path) -> dict[str, str]:
    """The environment of a user who has never run the app, in ``folder``, with no screen."""
    home = folder / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "BRIEFING_"))}
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def files_of(bundle: Path) -> list[tuple[int, Path]]:
    """(size, path) of every file in ``bundle``, biggest first; links are not counted."""
    found = [(p.stat().st_size, p) for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sorted(found, key=lambda item: -item[0])


def tarball_size(bundle: Path) -> tuple[int, float]:
    """The bundle's ``.tar.gz`` size in bytes, and the seconds it took to make."""
    with tempfile.TemporaryDirectory(prefix="bundle-size-") as tmp:
        started = time.monotonic()
        out = build.make_tarball(bundle, Path(tmp) / "bundle.tar.gz")
        return out.stat().st_size, time.monotonic() - started


def window_seconds(app: Path) -> tuple[float, float]:
    """One self-test run in a fresh profile: (seconds to the window's first paint, seconds
    its build of the sample's full PDF took)."""
    with tempfile.TemporaryDirectory(prefix="bundle-start-") as tmp:
        report = Path(tmp) / "report.json"
        env = fresh_profile(Path(tmp))
        started = time.time()
        done = subprocess.run(
            [str(app), "--self-test", "--report", str(report)],
            env=env,
            cwd=tmp,
            capture_output=True,
            timeout=TIMEOUT,
        )
        seen = json.loads(report.read_text(encoding="utf-8"))
        if done.returncode != 0:
            raise RuntimeError(f"self-test failed: {seen['problems']}")
        return seen["window"]["at"] - started, seen["build"]["seconds"]


def command_build_seconds(command: Path) -> float:
    """``briefing build`` of the sample's full PDF pack in a fresh profile, Popen to exit."""
    with tempfile.TemporaryDirectory(prefix="bundle-build-") as tmp:
        env = fresh_profile(Path(tmp))
        started = time.monotonic()
        subprocess.run(
            [str(command), "build", "-o", str(Path(tmp) / "packs")],
            env=env,
            cwd=tmp,
            capture_output=True,
            timeout=TIMEOUT,
            check=True,
        )
        return time.monotonic() - started


def _mb(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


def report_size(bundle: Path) -> bool:
    """Print the sizes and the biggest files; True when the ``.tar.gz`` target is met."""
    files = files_of(bundle)
    total = sum(size for size, _p in files)
    packed, seconds = tarball_size(bundle)
    print(f"\nsize of {bundle.name}/ ({len(files)} files)")
    print_table(
        [
            ("", "size", "target"),
            ("uncompressed", _mb(total), ""),
            (".tar.gz", _mb(packed), f"≤ {TARGET_TARBALL_MB:.0f} MB"),
        ]
    )
    print(f"(the .tar.gz took {seconds:.1f} s to make)")
    print("\nthe ten biggest files")
    print_table([("file", "size")] + [(str(p.relative_to(bundle)), _mb(s)) for s, p in files[:10]])
    print("\nthe ten biggest parts (first folder under _internal/, or the file)")
    parts = Counter()
    for size, path in files:
        relative = path.relative_to(bundle).parts
        parts[relative[1] if relative[0] == "_internal" and len(relative) > 1 else relative[0]] += (
            size
        )
    print_table([("part", "size")] + [(name, _mb(size)) for name, size in parts.most_common(10)])
    return packed <= TARGET_TARBALL_MB * 1e6


def report_times(bundle: Path, repeat: int) -> bool:
    """Print start and build times; True when the window's target is met."""
    app = bundle / build.executable_name(build.BUNDLE_NAME)
    command = bundle / build.executable_name(build.COMMAND_NAME)
    runs = []
    for n in range(repeat + 1):
        runs.append(window_seconds(app))
        print(f"self-test {n}: window {runs[-1][0]:.3f} s", file=sys.stderr)
    builds = [command_build_seconds(command) for _ in range(max(1, repeat // 2))]
    window = statistics.median(w for w, _b in runs[1:] or runs)
    print(f"\nstart to window (offscreen; {repeat} runs after a first one, fresh profile each)")
    print_table(
        [
            ("", "first", "median", "min", "max", "target"),
            (
                "window painted",
                f"{runs[0][0]:.3f} s",
                f"{window:.3f} s",
                f"{min(w for w, _ in runs):.3f} s",
                f"{max(w for w, _ in runs):.3f} s",
                f"≤ {TARGET_WINDOW_S} s",
            ),
        ]
    )
    in_app = statistics.median(b for _w, b in runs)
    print("\nfirst build of the sample's full PDF pack, fresh profile each time")
    print_table(
        [
            ("", "median", "runs"),
            (
                "briefing build, Popen to exit",
                f"{statistics.median(builds):.3f} s",
                str(len(builds)),
            ),
            ("in the app (self-test, child process)", f"{in_app:.3f} s", str(len(runs))),
        ]
    )
    return window <= TARGET_WINDOW_S


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist" / build.BUNDLE_NAME, help="the bundle folder"
    )
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="runs after the first")
    args = parser.parse_args(argv)
    if not (args.bundle / build.executable_name(build.COMMAND_NAME)).is_file():
        parser.error(f"no bundle in {args.bundle}: run make dist first")
    manifest = json.loads(
        (args.bundle / "_internal" / build.MANIFEST_NAME).read_text(encoding="utf-8")
    )
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"Bundle benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(
        f"bundle  : {manifest['app']} {manifest['version']} ({manifest['commit'][:12]}), "
        f"Python {manifest['python']}, Qt {manifest['qt']}, reportlab {manifest['reportlab']}"
    )
    print(f"machine : {cpus} CPU(s), {platform.system()} {platform.machine()}")
    load = ", ".join(f"{a:.2f}" for a in os.getloadavg())
    print(f"load    : {load} (1, 5, 15 min averages; other work skews)")
    size_ok = report_size(args.bundle)
    time_ok = report_times(args.bundle, args.repeat)
    print(
        f"\ntargets: .tar.gz {'met' if size_ok else 'MISSED'}, window {'met' if time_ok else 'MISSED'}"
    )
    return 0 if size_ok and time_ok else 1


if __name__ == "__main__":
    sys.exit(main())
