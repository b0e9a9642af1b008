"""From documents to a dataset (issue 33), through the command line: batch's own output read
back, exit codes, `wikiparse tables`, one JSON shape. Exit codes and messages are exact."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wikiparse.cli.app import main

from . import dumpmaker
from .conftest import CORPUS, SEEDS

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


# --- 3. one exit rule ----------------------------------------------------------------------------

TOOK = r" in \d+\.\d s \([\d,.]+/s\) -> "


def summary_of(err: str) -> str:
    """The summary line with its timing cut out."""
    (line,) = [x for x in err.splitlines() if " documents (" in x]
    return re.sub(TOOK, " -> ", line)


def test_a_page_that_is_no_conflict_is_skipped_counted_listed_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((SEEDS / "004_93f12bc60d18918d.txt").read_text())
    (folder / "b.txt").write_text("Springfield is a town on a river. It has a school.\n" * 5)
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(folder), "-o", str(out)]) == 0
    errors = tmp_path / "o.errors.jsonl"
    assert summary_of(capsys.readouterr().err) == (
        "wikiparse: batch: 1 documents (1 conflicts, 0 reports), 1 skipped (not conflicts), "
        f"0 failed, listed in {errors} -> {out}"
    )
    (listed,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert (listed["source"], listed["code"]) == (str(folder / "b.txt"), "not-a-conflict")
    assert main(["batch", str(folder), "-o", str(out), "--strict"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "wikiparse: batch: --strict: 1 skipped, 1 documents with warnings"
    )


def test_a_failure_exits_1_and_strict_fails_on_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((SEEDS / "004_93f12bc60d18918d.txt").read_text())
    (folder / "b.txt").write_bytes(b"")  # empty: a failure, not a skip
    assert main(["batch", str(folder), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert " 0 skipped (not conflicts), 1 failed, listed in " in capsys.readouterr().err
    (folder / "b.txt").unlink()
    assert main(["batch", str(folder), "-o", str(tmp_path / "p.jsonl")]) == 0
    assert main(["batch", str(folder), "-o", str(tmp_path / "p.jsonl"), "--strict"]) == 1
    assert (
        capsys.readouterr()
        .err.splitlines()[-1]
        .endswith("--strict: 0 skipped, 1 documents with warnings")
    )


def test_a_dump_follows_the_same_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Pages left out by the prefilter are counted, never failures; a page that passes it but
    is no conflict (a redirect naming the infobox in a comment) is skipped like a file."""
    box = "{{Infobox military conflict|conflict=Battle of X|date=1812|combatant1=A|combatant2=B}}"
    redirect = "#REDIRECT [[Battle of X]]\n<!-- {{Infobox military conflict}} -->"
    pages = [(1, "Battle of X", box), (2, "A river", "'''A river''' flows."),
             (3, "Battle of Ex", redirect)]  # fmt: skip
    plain = dumpmaker.plain(tmp_path, pages)
    assert main(["batch", str(plain), "-o", str(tmp_path / "d.jsonl")]) == 0
    line = summary_of(capsys.readouterr().err)
    assert "1 documents (1 conflicts, 0 reports), 1 skipped (not conflicts), 0 failed" in line
    assert "; 1 dump pages without a conflict infobox left out" in line
