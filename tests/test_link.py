"""Linking news reports to the conflicts they describe."""

from __future__ import annotations

import json

import pytest

import wikiparse
from wikiparse.cli.app import main

from .conftest import SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))


def test_dump_link_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["dump", "--link", "--format", "json", *map(str, SEED_PATHS)])
    linking = json.loads(capsys.readouterr().out)
    assert code == 0
    by_name = {g["name"]: g for g in linking["conflicts"]}
    damascus = by_name["Southern Damascus offensive (March 2018)"]
    qalamoun = by_name["Eastern Qalamoun offensive (April 2018)"]
    assert [r["source"][-24:] for r in damascus["reports"]] == [
        "002_30c9be34c4bdeb2a.txt",
        "003_9730e26d5898b01a.txt",
    ]
    assert len(damascus["documents"]) == 2  # seeds 000 and 001 are one article
    assert qalamoun["reports"] == [] and linking["unlinked"] == []
    first = damascus["timeline"][0]
    assert (first["date"], first["claim"]["quantity"]["low"]) == ("2018-03-22", 62)
    assert {f["side"] for f in damascus["infobox"]} == {"1", "2", "joint"}


def _report(text: str) -> wikiparse.Document:
    return wikiparse.extract(text, format="news")


def _conflicts() -> list[wikiparse.Document]:
    return [wikiparse.extract(p.read_bytes()) for p in SEED_PATHS if p.name[:3] in ("001", "004")]


def test_aliases_and_places_link_without_a_date() -> None:
    report = _report("Daesh takes Qadam\n\nDaesh fighters killed 5 soldiers in Al-Qadam on Monday.")
    linking = wikiparse.link([*_conflicts(), report], ["001", "004", "r"])
    assert [r.source for r in linking.conflicts[0].reports] == ["r"]
    assert "belligerents: Islamic State" in linking.conflicts[0].reports[0].reasons


def test_a_date_outside_the_span_rules_a_conflict_out() -> None:
    report = _report("Fighting in Qadam\n\nMay 30, 2019\n\nFighters entered Qadam, a monitor said.")
    linking = wikiparse.link([*_conflicts(), report], ["001", "004", "late"])
    assert linking.conflicts[0].reports == []
    (unlinked,) = linking.unlinked
    assert "published 2019-05-30, outside Southern Damascus offensive" in unlinked.reason


def test_nothing_shared_stays_unlinked_with_the_reason() -> None:
    report = _report("Storm hits Lisbon\n\nA storm hit Lisbon on Monday, officials said.")
    linking = wikiparse.link([*_conflicts(), report])
    assert linking.unlinked[0].reason == "no conflict shares a place or name with it"
    assert linking.unlinked[0].source == "document 3"


def test_link_table_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dump", "--link", "--format", "table", *map(str, SEED_PATHS)]) == 0
    out = capsys.readouterr().out
    assert "Southern Damascus offensive (March 2018)" in out and "2018-03-22" in out
