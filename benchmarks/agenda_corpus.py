"""The agenda importer over the corpus of real programmes: recall and precision of times,
titles, names and roles (and of kinds and rooms), per programme and overall.

Run from the project root with the project's venv:

    .venv/bin/python benchmarks/agenda_corpus.py

The programmes, the expected results and the scoring are those of
``tests/briefing/importers/corpus`` (the test holds the floor; this script prints the figures).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, for tests.*

from tables import print_table

from tests.briefing.importers.corpus.corpus import FIELDS, Counts, programmes, score_corpus


def _cell(counts: Counts) -> str:
    """``recall/precision`` in per cent."""
    return f"{100 * counts.recall:.0f}/{100 * counts.precision:.0f}"


def main() -> None:
    """Print the table."""
    per, total = score_corpus()
    languages = {p.name: f"{p.meta['language']} {p.meta['format']}" for p in programmes()}
    header = ("programme (recall/precision %)", "lang fmt", *FIELDS)
    rows = [
        (name, languages[name], *(_cell(s.fields[f]) for f in FIELDS)) for name, s in per.items()
    ]
    overall = ("overall", "", *(_cell(total.fields[f]) for f in FIELDS))
    print_table([header, *rows, overall])
    print()
    for name in FIELDS:
        c = total.fields[name]
        print(
            f"{name:7} recall {100 * c.recall:5.1f} %  precision {100 * c.precision:5.1f} %"
            f"  (expected {c.expected}, found {c.found}, matched {c.matched})"
        )


if __name__ == "__main__":
    main()
