"""Plain-text tables for the benchmarks' reports: a header row, a rule, right-aligned figures."""

from __future__ import annotations


def print_table(table: list[tuple[str, ...]], indent: str = "") -> None:
    """Print ``table`` (its first row is the header) with the first column left-aligned."""
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for n, row in enumerate(table):
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print(indent + "  ".join(cells).rstrip())
        if n == 0:
            print(indent + "  ".join("-" * w for w in widths))
