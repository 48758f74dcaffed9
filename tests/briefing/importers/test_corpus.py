"""The agenda importer over the corpus of real published programmes: the floor it holds for
times, titles, names and roles, what the corpus is made of, and that the scoring can fail.

``benchmarks/agenda_corpus.py`` prints the figures per programme.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from briefing.errors import ConceptNoteError
from briefing.importers import read_concept_note
from tests.briefing.importers.corpus.corpus import (
    FLOOR_FIELDS,
    Programme,
    document,
    imported,
    programmes,
    score,
    score_corpus,
)

FLOOR = 0.95


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, object], object]:
    return score_corpus()


@pytest.mark.parametrize("field", FLOOR_FIELDS)
def test_recall_and_precision_hold_the_floor(scores: tuple[dict, object], field: str) -> None:
    _, total = scores
    counts = total.fields[field]  # type: ignore[attr-defined]
    assert counts.recall >= FLOOR, f"{field} recall {counts.recall:.3f}"
    assert counts.precision >= FLOOR, f"{field} precision {counts.precision:.3f}"


def test_the_corpus_is_real_varied_and_sourced() -> None:
    found = programmes()
    assert len(found) >= 15
    assert {p.meta["language"] for p in found} == {"en", "fr", "es"}
    assert {"txt", "docx", "pdf"} <= {p.meta["format"] for p in found}
    assert any(p.meta["layout"] == "table" and p.meta["format"] == "docx" for p in found)
    assert any(p.meta["layout"] == "table" and p.meta["format"] == "pdf" for p in found)
    for programme in found:
        assert programme.meta["source"].startswith(("http://", "https://")), programme.name
        assert programme.meta["publisher"] and programme.items, programme.name


@pytest.mark.parametrize("programme", programmes(), ids=lambda p: p.name)
def test_each_document_reads_in_its_format(programme: Programme) -> None:
    data, filename = document(programme)
    form = programme.meta["format"]
    assert filename.endswith(f".{form}")
    magic = {"docx": b"PK\x03\x04", "pdf": b"%PDF"}.get(form)
    assert magic is None or data.startswith(magic)
    assert imported(programme).agenda, programme.name


def test_the_scoring_fails_a_wrong_reading() -> None:
    programme = next(p for p in programmes() if p.name.startswith("ohchr-"))
    meeting = imported(programme)
    assert all(c.recall == 1 for c in score(programme, meeting).fields.values())
    shifted = meeting.agenda[:1] + meeting.agenda[2:]  # the opening (and its chair) lost
    wrong = dataclasses.replace(meeting, agenda=shifted)
    lost = score(programme, wrong).fields
    assert lost["times"].recall < 1 and lost["names"].recall < 1 and lost["titles"].precision == 1
    renamed = tuple(dataclasses.replace(i, title=i.title + " (draft)") for i in meeting.agenda)
    titles = score(programme, dataclasses.replace(meeting, agenda=renamed)).fields["titles"]
    assert titles.matched == 0


@pytest.mark.parametrize("programme", programmes(), ids=lambda p: p.name)
def test_mangled_programmes_never_crash(programme: Programme) -> None:
    """Lines dropped, cut or swapped: the import reads what it can, or says what is wrong."""
    chance = random.Random(programme.name)
    lines = programme.text.splitlines()
    for _ in range(12):
        mangled = [
            line[: chance.randrange(len(line) + 1)] if chance.random() < 0.2 else line
            for line in lines
            if chance.random() > 0.1
        ]
        if chance.random() < 0.3:
            chance.shuffle(mangled)
        text = "\n".join(mangled)
        try:
            read_concept_note(text.encode("utf-8"), f"{programme.name}.txt")
        except ConceptNoteError as exc:
            assert programme.name in str(exc)
