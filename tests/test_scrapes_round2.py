"""Issue 27: scrapes that agree with their article, round 2 — the shapes of
tests/cases/scrapes_round2.yaml, and a walk over the corpus for icon text and names run
together."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import wikiparse
from wikiparse.values.runs import split_run
from wikiparse.values.states import split_parties

from .conftest import CORPUS, SEEDS

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "scrapes_round2.yaml").read_text())
NAME_RUNS = CASES.pop("name_runs")
PARTY_LINES = CASES.pop("party_lines")
ROWS = [(cls, k, row) for cls, rows in CASES.items() for k, row in enumerate(rows)]


@pytest.mark.parametrize("row", NAME_RUNS, ids=[r["line"][:40] for r in NAME_RUNS])
def test_name_run(row: dict[str, Any]) -> None:
    run = split_run(row["line"])
    assert (run.names, run.unsure) == (row["names"], row.get("unsure", False))


@pytest.mark.parametrize("row", PARTY_LINES, ids=[r["line"][:40] for r in PARTY_LINES])
def test_party_run(row: dict[str, Any]) -> None:
    run = split_parties(row["line"], row.get("lang"))
    assert (run.names, run.unsure) == (row["names"], row.get("unsure", False))


def _got(doc: wikiparse.Document) -> dict[str, Any]:
    c = doc.conflict
    assert c is not None
    got: dict[str, Any] = {
        "sides": [[p.name for p in s.belligerents] for s in c.sides],
        "outcomes": c.outcomes,
    }
    for n, side in enumerate(c.sides, start=1):
        got[f"commanders{n}"] = [m.name for m in side.commanders]
        got[f"strength{n}"] = [q.low for q in side.strength]
        got[f"casualties{n}"] = [q.low for q in side.casualties]
    return got


@pytest.mark.parametrize("cls, k, row", ROWS, ids=[f"{c}-{k}" for c, k, _ in ROWS])
def test_round2_shape(cls: str, k: int, row: dict[str, Any]) -> None:
    doc = wikiparse.extract(row["text"])
    got, codes = _got(doc), {i.code for i in doc.issues}
    for key, want in row.items():
        if key == "issues":
            assert set(want) <= codes, f"{want} not all in {codes}"
        elif key == "no_issues":
            assert not set(want) & codes, f"{set(want) & codes} raised"
        elif key != "text":
            assert got.get(key, []) == want, f"{key}: {got.get(key)!r} != {want!r}"


# Icon text a name must never hold: an image size, a flag caption.
ICON_TEXT = re.compile(r"\d+px |\bflag of\b|\bflag \d+ stars\b", re.IGNORECASE)
# A capitalised initials-name sequence ("Roy S. Geiger"): two in one commander are two people.
INITIALS_NAME = re.compile(r"\b[A-Z][a-z]+ (?:[A-Z]\. ?){1,3}[A-Z][\w'-]+")
# The dev corpus, the seeds and the other languages' conflict pages (not their negatives).
I18N = Path(__file__).parent / "i18n"
WALKED = [
    *sorted(CORPUS.glob("*/*.txt")),
    *sorted(SEEDS.glob("*.txt")),
    *sorted(p for p in I18N.glob("[a-z][a-z]/*") if p.is_file()),
]


@pytest.mark.parametrize("path", WALKED, ids=lambda p: p.stem)
def test_corpus_names_hold_no_icon_text_and_no_unreported_run(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes())
    if doc.conflict is None:
        return
    sides = [*doc.conflict.sides, *([doc.conflict.joint] if doc.conflict.joint else [])]
    reported = {i.text for i in doc.issues if i.code == "run-together"}
    for side in sides:
        for party in [*side.belligerents, *side.units]:
            assert not ICON_TEXT.search(party.name), party.name
        for person in side.commanders:
            assert not ICON_TEXT.search(person.name), person.name
            if len(INITIALS_NAME.findall(person.name)) >= 2:
                assert any(person.name in (text or "") for text in reported), person.name


# A wikitext value keeps its separators (<br>, lists, flags): what stands on one line is one
# name, however it reads. The same lines in a flattened scrape are split or flagged above.
WIKITEXT_LINES = """{{Infobox military conflict
| conflict = Battle of Example
| date = 1 May 1801
| combatant1 = Kingdom of Great Britain and Ireland
| combatant2 = Free French forces France
| commander1 = Ferdinand Maximilian Joseph I
| commander2 = Peshwa Baji Rao II
}}
The '''Battle of Example''' was a battle.
"""


def test_wikitext_lines_are_never_split_at_name_cues() -> None:
    doc = wikiparse.extract(WIKITEXT_LINES, format="wikitext")
    assert doc.conflict is not None
    sides = doc.conflict.sides
    assert [[p.name for p in s.belligerents] for s in sides] == [
        ["Kingdom of Great Britain and Ireland"],
        ["Free French forces France"],
    ]
    assert [[c.name for c in s.commanders] for s in sides] == [
        ["Ferdinand Maximilian Joseph I"],
        ["Peshwa Baji Rao II"],
    ]
    assert "run-together" not in [i.code for i in doc.issues]
