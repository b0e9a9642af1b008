"""From documents to a dataset (issue 33), through the command line: batch's own output read
back, exit codes, `wikiparse tables`, one JSON shape. Exit codes and messages are exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikiparse.cli.app import main

from .conftest import CORPUS

OWN_RECORDS = (
    "not a military conflict: wikiparse's own batch records (JSON Lines): make tables of them "
    "with `wikiparse tables`"
)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch's JSON Lines of the wikitext corpus: whole articles, lines of 8-50 KB."""
    out = tmp_path_factory.mktemp("records") / "w.jsonl"
    assert main(["batch", str(CORPUS / "wikitext"), "-o", str(out)]) == 0
    return out


def err_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


# --- 1. batch's own JSON Lines read back ---------------------------------------------------------


def test_batch_output_read_back_is_named_never_a_news_report(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert max(len(line) for line in records.read_text().splitlines()) > 40_000
    assert main(["dump", str(records)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"wikiparse: error: {records}: {OWN_RECORDS}"]


def test_a_cut_batch_output_and_one_document_are_named_too(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = tmp_path / "cut.jsonl"
    cut.write_text(records.read_text()[:60_000])  # a run killed mid-line
    assert main(["dump", str(cut)]) == 1
    assert err_lines(capsys) == [f"wikiparse: error: {cut}: {OWN_RECORDS}"]
    one = tmp_path / "one.json"
    one.write_text(json.dumps(json.loads(records.read_text().splitlines()[0])["document"]))
    assert main(["dump", str(one)]) == 1
    assert err_lines(capsys) == [
        f"wikiparse: error: {one}: not a military conflict: wikiparse's own Document JSON "
        "(a JSON object)"
    ]
