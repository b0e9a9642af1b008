"""Right or flagged: the table-driven rows of tests/cases/fidelity.yaml, class by class."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import wikiparse
from wikiparse import Conflict, Document

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "fidelity.yaml").read_text("utf-8"))
BOX = "{{Infobox military conflict|conflict=Battle of X|combatant1=A|combatant2=B|%s}}"


def read(param: str, value: str, box: str = BOX) -> tuple[Conflict, Document]:
    doc = wikiparse.extract(box % f"{param}={value}")
    assert doc.conflict is not None
    return doc.conflict, doc


def rows(name: str) -> Any:
    return pytest.mark.parametrize("row", CASES[name], ids=[str(r)[:60] for r in CASES[name]])


@rows("date_ranges")
def test_date_ranges_keep_both_ends(row: dict[str, str]) -> None:
    conflict, doc = read("date", row["date"])
    assert conflict.date is not None
    assert (conflict.date.start, conflict.date.end) == (row["start"], row["end"])
    if "issue" in row:
        assert row["issue"] in [i.code for i in doc.issues]


def _check_figure(row: dict[str, Any]) -> None:
    conflict, _ = read("casualties1", row["casualties"])
    (figure,) = conflict.sides[0].casualties
    assert figure.low == row["low"] and figure.kind == row["kind"]
    assert figure.high == row.get("high", row["low"])
    if "what" in row:
        assert figure.what == row["what"]


@rows("casualty_kinds")
def test_casualty_kinds(row: dict[str, Any]) -> None:
    _check_figure(row)


@rows("figure_ranges")
def test_figure_ranges(row: dict[str, Any]) -> None:
    _check_figure(row)


@rows("flags")
def test_flags_name_their_entity(row: dict[str, str]) -> None:
    box = BOX.replace("combatant1=A", "combatant1=" + row["combatant"].replace("%", "%%"))
    conflict = wikiparse.parse(box % "x=1")
    (party,) = conflict.sides[0].belligerents
    assert (party.name, party.flag) == (row["name"], row["flag"])


@rows("result_lines")
def test_result_lines(row: dict[str, Any]) -> None:
    conflict, _ = read("result", row["result"])
    assert (conflict.result, conflict.outcomes) == (row["head"], row["outcomes"])
