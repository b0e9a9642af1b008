"""From documents to a dataset (issue 33), through the command line: batch's own output read
back, exit codes, `wikiparse tables`, one JSON shape. Exit codes and messages are exact."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import wikiparse
from wikiparse.cli.app import main
from wikiparse.models import Document
from wikiparse.outputs.table_schema import TABLES

from . import dumpmaker
from .conftest import CORPUS, SEEDS

OWN_RECORDS = (
    "not a military conflict: wikiparse's own records (JSON Lines of Documents): make tables "
    "of them with `wikiparse tables`"
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
    one.write_text(records.read_text().splitlines()[0])
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


# --- 2. from a resumable run to tables -----------------------------------------------------------

TABLE_NAMES = sorted(TABLES)


def test_batch_jsonl_then_tables_gives_the_rows_of_batch_parquet(tmp_path: Path) -> None:
    """The round trip: batch JSONL -> `wikiparse tables` is row for row batch --format parquet
    (every table, links included), and the errors file gives the batch's counts."""
    pq = pytest.importorskip("pyarrow.parquet")
    inputs = [str(SEEDS), str(CORPUS)]
    out = tmp_path / "b.jsonl"
    assert main(["batch", *inputs, "-o", str(out), "-j", "2"]) == 0
    assert main(["batch", *inputs, "-o", str(tmp_path / "direct"), "--format", "parquet"]) == 0
    errors = tmp_path / "b.errors.jsonl"
    assert main(["tables", str(out), str(errors), "-o", str(tmp_path / "conv")]) == 0
    for name in TABLE_NAMES:
        direct = pq.read_table(tmp_path / "direct" / f"{name}.parquet")
        converted = pq.read_table(tmp_path / "conv" / f"{name}.parquet")
        assert converted.to_pylist() == direct.to_pylist(), name
    assert (tmp_path / "conv" / "errors.jsonl").read_text() == errors.read_text()


@pytest.mark.parametrize("fmt", ["csv", "sqlite", "duckdb"])
def test_every_table_format_holds_the_same_rows(
    fmt: str, records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if fmt == "duckdb":
        pytest.importorskip("duckdb")
    out = tmp_path / fmt
    assert main(["tables", str(records), "-o", str(out), "--format", fmt]) == 0
    expected = tables_of(records)
    if fmt == "csv":
        counts = {n: len((out / f"{n}.csv").read_text().splitlines()) - 1 for n in TABLE_NAMES}
    else:
        connect = sqlite3.connect if fmt == "sqlite" else _duckdb_connect
        db = connect(str(out / f"wikiparse.{fmt}"))
        counts = {n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in TABLE_NAMES}
        db.close()
    assert counts == {n: len(expected[n]) for n in TABLE_NAMES}
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.csv" for n in TABLE_NAMES] if fmt == "csv" else [f"wikiparse.{fmt}"]
    )  # no .partial file, no empty errors file


def _duckdb_connect(path: str) -> object:
    import duckdb

    return duckdb.connect(path)


def tables_of(records: Path) -> dict[str, list[dict[str, object]]]:
    docs = [Document.model_validate_json(line) for line in records.read_text().splitlines()]
    return wikiparse.tables(docs, arrow=False)


def test_tables_of_a_cut_run_fail_on_the_cut_line(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = tmp_path / "cut.jsonl"
    text = records.read_text()
    cut.write_text(text[: text.index("\n", 30_000) + 5_000])  # whole lines, then half of one
    assert main(["tables", str(cut), "-o", str(tmp_path / "t"), "--format", "csv"]) == 1
    line = summary_of(capsys.readouterr().err)
    assert line.startswith("wikiparse: tables: 1 documents (1 conflicts, 0 reports), ")
    assert ", 0 skipped (not conflicts), 1 failed, listed in " in line
    (error,) = [json.loads(x) for x in (tmp_path / "t" / "errors.jsonl").read_text().splitlines()]
    assert error["source"] == f"{cut}:2" and error["code"] == "not-a-record"
    assert "a line cut by a stopped run?" in error["error"]


def test_tables_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tables", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "t")]) == 2
    assert err_lines(capsys) == [
        f"wikiparse: error: tables: {tmp_path / 'nope.jsonl'}: no such file"
    ]
    assert not (tmp_path / "t").exists()


def test_a_table_format_without_its_library_names_the_extra(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert main(["tables", str(records), "-o", str(tmp_path / "t")]) == 1
    assert err_lines(capsys) == [
        f"wikiparse: error: {tmp_path / 't'}: --format parquet needs pyarrow: "
        "pip install 'wikiparse[parquet]'"
    ]


def test_batch_of_its_own_output_skips_it_and_says_how_to_convert(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "again.jsonl"
    assert main(["batch", str(records), "-o", str(out)]) == 0
    assert " 0 documents (0 conflicts, 0 reports), 1 skipped " in capsys.readouterr().err
    (error,) = [json.loads(x) for x in (tmp_path / "again.errors.jsonl").read_text().splitlines()]
    assert error["error"] == OWN_RECORDS


def _wait_for(path: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not path.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_table_batch_says_so_in_one_line_and_leaves_no_file(
    tmp_path: Path, sig: int
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (CORPUS / "wikitext" / "battle-of-krasnoi.txt").read_text()
    for i in range(1500):  # more than a row group: Parquet files are open when it stops
        (folder / f"{i:05d}.txt").write_text(text)
    out = tmp_path / "tables"
    command = [sys.executable, "-m", "wikiparse", "batch", str(folder), "-o", str(out),
               "--format", "parquet"]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    _wait_for(out / "conflicts.parquet.partial", process)
    process.send_signal(sig)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    (line,) = err.decode().splitlines()
    assert re.fullmatch(
        r"wikiparse: batch: interrupted after [\d,]+ inputs; the parquet tables were not "
        r"written \(no partial file left\): run it again",
        line,
    )
    assert list(out.iterdir()) == []


def test_an_interrupted_jsonl_batch_says_so_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (CORPUS / "wikitext" / "battle-of-krasnoi.txt").read_text()
    for i in range(600):
        (folder / f"{i:05d}.txt").write_text(text)
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "wikiparse", "batch", str(folder), "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    _wait_for(tmp_path / "o.errors.jsonl", process)  # created at the start, with the checkpoint
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    (line,) = err.decode().splitlines()
    assert re.fullmatch(
        rf"wikiparse: batch: interrupted after [\d,]+ inputs; {re.escape(str(out))} is "
        r"checkpointed: rerun with --resume to continue",
        line,
    )


# --- 4. one JSON shape ---------------------------------------------------------------------------


def test_batch_lines_and_dump_jsonl_are_the_same_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    out = tmp_path / "s.jsonl"
    assert main(["batch", *seeds, "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["dump", "--format", "jsonl", *seeds]) == 0
    assert capsys.readouterr().out == out.read_text()
    assert main(["dump", "--format", "json", *seeds]) == 0
    as_list = json.loads(capsys.readouterr().out)
    assert as_list == [json.loads(line) for line in out.read_text().splitlines()]
    totals = as_list[4]["conflict"]["sides"][1]["strength_total"]  # computed, serialized
    assert (totals["low"], totals["high"]) == (1500, 1500)


def test_dump_json_shape_follows_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = str(SEEDS / "004_93f12bc60d18918d.txt")
    assert main(["dump", "--format", "json", seed]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), dict)
    assert main(["dump", "--format", "json", seed, str(tmp_path / "gone.txt")]) == 1
    assert isinstance(json.loads(capsys.readouterr().out), list)  # two PATHs: a list, of one


# --- 8. small CLI edges --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--format", "csv"], "--format csv writes a folder: give -o DIR"),
        (["--resume"], "-o - writes to standard output: there is nothing to --resume"),
    ],
)
def test_batch_to_stdout_says_what_is_wrong_with_it(
    extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(SEEDS), "-o", "-", *extra]) == 2
    assert err_lines(capsys) == [f"wikiparse: error: batch: {message}"]


def test_link_with_only_news_says_no_conflict_was_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["dump", "--link", "--format", "jsonl", str(SEEDS / "002_30c9be34c4bdeb2a.txt")]) == 0
    )
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["type"] == "unlinked" and row["reason"] == "no conflict pages given"


def test_a_narrow_table_never_cuts_a_figure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wikiparse.outputs.table import figure_span

    path = CORPUS / "wikitext" / "battle-of-krasnoi.txt"
    sides = wikiparse.parse(path.read_bytes()).sides
    spans = [
        s for side in sides for q in (*side.strength, *side.casualties) if (s := figure_span(q))
    ]
    assert any(len(s) > 12 for s in spans)  # wider than a 40-column table's side columns
    monkeypatch.setenv("COLUMNS", "40")
    assert main(["dump", "--format", "table", str(path)]) == 0
    out = capsys.readouterr().out
    assert all(span in out for span in spans)


# --- 5. tables as analysts read them -------------------------------------------------------------


@pytest.fixture(scope="module")
def parquet(records: Path) -> Path:
    out = records.parent / "parquet"
    assert main(["tables", str(records), "-o", str(out)]) == 0
    return out


def test_plain_read_parquet_gives_nullable_ints_booleans_dates_and_lists(parquet: Path) -> None:
    pd = pytest.importorskip("pandas")
    conflicts = pd.read_parquet(parquet / "conflicts.parquet")  # no dtype_backend given
    assert str(conflicts["deaths_high"].dtype) == "Int64"  # not float64 with NaN
    assert str(conflicts["start_day"].dtype) == "Int64"
    assert str(conflicts["ongoing"].dtype) == "boolean"
    crater = conflicts[conflicts["name"] == "Battle of the Crater"].iloc[0]
    assert crater["start_date"] == datetime.date(1864, 7, 30)
    assert list(crater["side_a"]) == ["United States"]
    parties = pd.read_parquet(parquet / "parties.parquet")
    assert str(parties["parent"].dtype) == "Int64" and parties["parent"].isna().any()


def test_duckdb_reads_the_lists_as_lists(parquet: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    where = parquet / "sides.parquet"
    kinds = duckdb.sql(f"SELECT DISTINCT typeof(belligerents) FROM '{where}'").fetchall()
    assert kinds == [("VARCHAR[]",)]
    firsts = duckdb.sql(f"SELECT belligerents[1] FROM '{where}' WHERE side = 1").fetchall()
    assert ("Baronial forces",) not in firsts and ("First French Empire",) in firsts


def test_csv_writes_booleans_as_true_false_and_lists_joined(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    assert main(["tables", str(records), "-o", str(out), "--format", "csv"]) == 0
    with open(out / "parties.csv", newline="", encoding="utf-8") as handle:
        parties = list(csv.DictReader(handle))
    assert {row["surrendered"] for row in parties} <= {"true", "false"}
    with open(out / "conflicts.csv", newline="", encoding="utf-8") as handle:
        krasnoi = next(r for r in csv.DictReader(handle) if r["name"] == "Battle of Krasnoi")
    assert krasnoi["side_a"] == "First French Empire; Duchy of Warsaw"
    assert krasnoi["ongoing"] == "false"


# --- 6. timeline honesty -------------------------------------------------------------------------


def test_the_timeline_marks_the_wider_war_and_merges_a_claim_given_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = SEEDS / "002_30c9be34c4bdeb2a.txt"
    again = tmp_path / "afp-copy.txt"  # the same wire story on a second site
    again.write_bytes(report.read_bytes())
    paths = [str(SEEDS / "001_6a4a8cde6f42e158.txt"), str(report), str(again)]
    assert main(["dump", "--link", "--format", "jsonl", *paths]) == 0
    group = json.loads(capsys.readouterr().out.splitlines()[0])
    points = [(e["claim"]["quantity"]["low"], e["scope"], e["reports"]) for e in group["timeline"]]
    both = [str(report), str(again)]
    assert points == [(62, "conflict", both), (36, "conflict", both), (350000, "wider", both)]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Syria's war has killed more than 350,000 people.", "wider"),
        ("More than 500,000 people have died since 2011, the monitor said.", "wider"),
        ("The assault killed 62 fighters, the deadliest day since 2019.", "conflict"),
        ("At least 29 civilians were killed in the strikes.", "conflict"),
    ],
)
def test_scope_of_a_claim(sentence: str, scope: str) -> None:
    from wikiparse.linking import _scope

    assert _scope(sentence, datetime.date(2018, 3, 19)) == scope


def test_tables_from_standard_input(
    records: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records.read_bytes())))
    assert main(["tables", "-", "-o", str(tmp_path / "t"), "--format", "csv"]) == 0
    assert " 7 documents (7 conflicts, 0 reports), " in capsys.readouterr().err
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["tables", "-", "-o", str(tmp_path / "u")]) == 2
    assert err_lines(capsys) == [
        "wikiparse: error: tables: - reads standard input, which is a terminal (pipe the "
        "records in)"
    ]
