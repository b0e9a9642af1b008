"""wikiparse.outputs.tables and batch --format parquet|csv: the tables agree with the Documents."""

from __future__ import annotations

import contextlib
import csv
import datetime
from pathlib import Path
from typing import Any

import pytest

import wikiparse
from wikiparse.cli.app import main
from wikiparse.errors import WikiparseError
from wikiparse.outputs.table_schema import TABLES
from wikiparse.outputs.tables import Row

from .conftest import CORPUS, SEEDS

INPUTS = sorted(SEEDS.glob("*.txt")) + sorted(
    p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html")
)


def _documents() -> list[wikiparse.Document]:
    docs = []
    for path in INPUTS:
        try:
            docs.append(wikiparse.extract(path.read_bytes(), source=str(path)))
        except wikiparse.WikiparseError:
            continue  # SOURCES.md and the like: no document
    return docs


DOCS = _documents()


def _check_consistent(docs: list[wikiparse.Document], t: dict[str, list[Row]]) -> None:
    conflicts = [d.conflict for d in docs if d.conflict]
    assert len(t["conflicts"]) == len(conflicts)
    assert len(t["reports"]) == sum(1 for d in docs if d.report)
    assert len(t["issues"]) == sum(len(d.issues) for d in docs)
    sides = sum(len(c.sides) + (c.joint is not None) for c in conflicts)
    assert len(t["sides"]) == sides
    figures = sum(len(s.strength) + len(s.casualties) for c in conflicts
                  for s in [*c.sides, *([c.joint] if c.joint else [])])  # fmt: skip
    assert len(t["quantities"]) == figures
    conflict_docs = {r["doc"] for r in t["conflicts"]}
    side_keys = {(r["doc"], r["side"]) for r in t["sides"]}
    assert side_keys and {r["doc"] for r in t["sides"]} <= conflict_docs
    for name in ("parties", "commanders", "quantities"):
        assert {(r["doc"], r["side"]) for r in t[name]} <= side_keys, name
    for q in t["quantities"]:
        if q["part_of"] is not None:
            assert q["part_of"] < q["position"]
    for p in t["parties"]:
        assert p["parent"] is None or p["parent"] < p["position"]
    report_docs = {r["doc"] for r in t["reports"]}
    assert {r["report"] for r in t["links"]} <= report_docs
    assert {r["conflict"] for r in t["links"]} <= conflict_docs
    for name, rows in t.items():
        columns = [c.name for c in TABLES[name]]
        assert all(list(row) == columns for row in rows), name


def test_tables_agree_with_the_documents_without_pyarrow() -> None:
    t = wikiparse.tables(DOCS, arrow=False)
    assert set(t) == set(TABLES)
    _check_consistent(DOCS, t)
    crater = next(r for r in t["conflicts"] if r["name"] == "Battle of the Crater")
    assert (crater["start_date"], crater["start_year"], crater["start_day"]) == (
        datetime.date(1864, 7, 30), 1864, 30)  # fmt: skip
    assert (crater["side_a"], crater["deaths_low"], crater["deaths_high"]) == (
        ["United States"],
        865,
        865,
    )


def test_tables_with_pyarrow_hold_the_same_rows() -> None:
    pytest.importorskip("pyarrow")
    plain = wikiparse.tables(DOCS, arrow=False)
    arrow = wikiparse.tables(DOCS)
    for name, table in arrow.items():
        assert table.to_pylist() == plain[name], name
        assert table.schema.names == [c.name for c in TABLES[name]]


def _batch(tmp_path: Path, fmt: str) -> Path:
    out = tmp_path / fmt
    code = main(["batch", str(SEEDS), str(CORPUS / "wikitext"), "-o", str(out), "--format", fmt])
    assert code == 0
    return out


def test_parquet_batch_answers_the_docs_query_in_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    out = _batch(tmp_path, "parquet")
    assert sorted(p.stem for p in out.glob("*.parquet")) == sorted(TABLES)
    rows = duckdb.sql(f"""
        SELECT c.name, s.side, s.casualties_high
        FROM '{out}/sides.parquet' AS s JOIN '{out}/conflicts.parquet' AS c USING (doc)
        WHERE s.casualties_high IS NOT NULL
        ORDER BY s.casualties_high DESC, c.name LIMIT 10""").fetchall()
    assert rows[0] == ("Battle of Krasnoi", 1, 39000)
    assert len(rows) == 10 and [r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True)
    paths = [*sorted(SEEDS.glob("*.txt")), *sorted((CORPUS / "wikitext").glob("*.txt"))]
    docs = [wikiparse.extract(p.read_bytes(), source=str(p)) for p in paths]
    counts = {name: duckdb.sql(f"SELECT count(*) FROM '{out}/{name}.parquet'").fetchall()[0][0]
              for name in TABLES}  # fmt: skip
    expected = wikiparse.tables(docs, arrow=False)
    assert counts == {name: len(rows) for name, rows in expected.items()}


def test_parquet_batch_on_two_workers_gives_the_rows_of_tables(tmp_path: Path) -> None:
    """The workers make each document's rows and the parent numbers them (issue 19: the parent
    parsed and validated every document again): row for row what ``tables`` gives."""
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "t"
    folders = [SEEDS, CORPUS / "wikitext", CORPUS / "news"]
    code = main(["batch", *map(str, folders), "-o", str(out), "--format", "parquet", "-j", "2"])
    assert code in (0, 1)  # 1: a file of the folders is no document (its error is written)
    docs = []
    for path in [p for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()]:
        with contextlib.suppress(WikiparseError):
            docs.append(wikiparse.extract(path.read_bytes(), source=str(path)))
    expected = wikiparse.tables(docs, arrow=False)
    assert expected["links"] and expected["reports"]
    for name in TABLES:
        assert pq.read_table(out / f"{name}.parquet").to_pylist() == expected[name], name


def test_csv_batch_writes_the_same_tables(tmp_path: Path) -> None:
    out = _batch(tmp_path, "csv")
    with open(out / "conflicts.csv", encoding="utf-8", newline="") as handle:
        rows: list[dict[str, Any]] = list(csv.DictReader(handle))
    assert list(rows[0]) == [c.name for c in TABLES["conflicts"]]
    assert "Battle of the Crater" in {r["name"] for r in rows}
    assert not (out / "errors.jsonl").exists()  # no input failed: no empty errors file


def test_table_formats_do_not_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["batch", str(SEEDS), "-o", str(tmp_path / "t"), "--format", "csv", "--resume"])
    assert code != 0
    assert capsys.readouterr().err == (
        f"wikiparse: error: {tmp_path / 't'}: --resume works with JSONL output, not csv: write "
        "JSON Lines, then make the tables with `wikiparse tables`\n"
    )
    assert not (tmp_path / "t").exists()  # refused before anything is written


def test_tables_without_pyarrow_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """No other type than the one asked for: ImportError naming the extra, lists on request."""
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    with pytest.raises(ImportError, match=r"needs pyarrow: pip install 'wikiparse\[parquet\]'"):
        wikiparse.tables(DOCS[:5])
    t = wikiparse.tables(DOCS[:5], arrow=False)
    assert isinstance(t["conflicts"], list) and isinstance(t["conflicts"][0], dict)
