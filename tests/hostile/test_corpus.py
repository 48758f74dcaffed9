"""The hostile corpus through the real command line: each case must meet its verdict.

Cases run in child processes, several at a time (the selected ones only, started when the
first test asks): each test then waits for its own case and asserts that the verdict lists no
problem. ``benchmarks/hostile_corpus.py`` prints the same verdicts as a table.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.hostile.corpus import PARALLEL_CASES, Result, run_case, verdict
from tests.hostile.generate import CASES, Case

pytestmark = pytest.mark.slow


def case_id(case: Case) -> str:
    """The test id: category and name."""
    return f"{case.category}: {case.name}"


@pytest.fixture(scope="module")
def runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[Result]]]:
    """The selected cases, started in parallel; each test waits for its own."""
    selected = [
        item.callspec.params["case"]
        for item in request.session.items
        if hasattr(item, "callspec") and isinstance(item.callspec.params.get("case"), Case)
    ]
    pool = ThreadPoolExecutor(max_workers=PARALLEL_CASES)
    futures = {
        case_id(case): pool.submit(run_case, case, tmp_path_factory.mktemp("case"))
        for case in selected
    }
    yield futures
    pool.shutdown(wait=True)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_hostile_input_is_handled(case: Case, runs: dict[str, Future[Result]]) -> None:
    result = runs[case_id(case)].result()
    problems = verdict(case, result)
    assert problems == [], f"in {Path(result.work)}: stderr {result.stderr[-600:]!r}"
