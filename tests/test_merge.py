"""wikiparse.merge: one record per conflict from many documents (issue 31).

Keys and hand-made near misses are rows of tests/cases/merge.yaml; the dev corpus groups are
asserted exactly (pairwise precision and recall printed); the guarantees of docs/merge.md are
hypothesis properties over scrapes made from the near-miss documents.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import wikiparse
from wikiparse import Conflict, Document, Merged
from wikiparse.cli import main
from wikiparse.values.dates import parse_date_span

from . import strategies
from .conftest import CORPUS, SEEDS

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "merge.yaml").read_text())
BOX = "{{{{Infobox military conflict\n{params}}}}}\n'''{name}''' was fought.\n"


def _read(paths: list[Path], root: Path) -> list[Document]:
    docs = []
    for path in paths:
        try:
            docs.append(wikiparse.extract(path.read_bytes(), source=str(path.relative_to(root))))
        except wikiparse.WikiparseError:
            continue  # SOURCES.md: no document
    return docs


SEED_DOCS = _read(sorted(SEEDS.glob("*.txt")), SEEDS)
CORPUS_DOCS = _read(sorted(p for p in CORPUS.rglob("*") if p.is_file()), CORPUS)


def made(row: dict[str, Any]) -> Document:
    """A hand-made document: an infobox of the row's values, given the row's format."""
    keys = ("name", "partof", "date", "place", "combatant1", "combatant2", "commander1",
            "commander2")  # fmt: skip
    params = "".join(
        f"| {'conflict' if k == 'name' else k} = {str(row[k]).replace('; ', '<br>')}\n"
        for k in keys
        if row.get(k)
    )
    doc = wikiparse.extract(BOX.format(params=params, name=row["name"]), format="wikitext",
                            source=row["source"])  # fmt: skip
    return doc.model_copy(update={"format": row.get("format", "wikitext")})


def groups_of(records: list[Merged]) -> set[frozenset[str]]:
    return {frozenset(r.sources) for r in records}


# --- the key -------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", CASES["keys"], ids=lambda r: r["key"])
def test_key_is_computed_from_the_document_alone(row: dict[str, Any]) -> None:
    date = parse_date_span(row["date"]) if row["date"] else None
    conflict = Conflict(name=row["name"], date=date)
    assert conflict.key == row["key"]
    dumped = conflict.model_dump(mode="json")
    assert dumped["key"] == row["key"]
    assert Conflict.model_validate({**dumped, "key": "stale"}) == conflict  # derived, not read


def test_key_and_source_are_in_every_table_row_of_a_conflict() -> None:
    t = wikiparse.tables(SEED_DOCS, arrow=False)
    keys = {d.source: d.conflict.key for d in SEED_DOCS if d.conflict}
    for name in ("conflicts", "sides", "parties", "commanders", "citations"):
        assert t[name] and all(r["conflict_key"] == keys[r["source"]] for r in t[name]), name
    assert all(r["conflict_key"] == keys[r["doc_source"]] for r in t["quantities"])
    linked = [r["conflict_key"] for r in t["claims"] if r["doc_source"].startswith("002")]
    assert linked and set(linked) == {keys["001_6a4a8cde6f42e158.txt"]}


# --- the seeds -----------------------------------------------------------------------------------


def test_seeds_000_and_001_are_one_record_with_001s_values_and_their_reports() -> None:
    records = wikiparse.merge(SEED_DOCS)
    assert groups_of(records) == {
        frozenset({"000_0b446f8746b756ae.txt", "001_6a4a8cde6f42e158.txt"}),
        frozenset({"004_93f12bc60d18918d.txt"}),
    }
    record = records[0]
    alone = next(d.conflict for d in SEED_DOCS if d.source and d.source.startswith("001"))
    assert alone is not None and record.sources[0].startswith("001")  # frontmatter > plaintext
    for name in Conflict.model_fields:
        if name != "sides" and getattr(alone, name) not in (None, [], {}):
            assert getattr(record.conflict, name) == getattr(alone, name), name
    for k, side in enumerate(alone.sides):
        for part in type(side).model_fields:
            if getattr(side, part):
                assert getattr(record.conflict.sides[k], part) == getattr(side, part), (k, part)
    assert record.key == alone.key == "southern-damascus-offensive-2018-03"
    # 000 (a plaintext excerpt) lists fewer belligerents and no date: gaps, not disagreements
    assert record.disagreements == []
    assert record.reports == ["002_30c9be34c4bdeb2a.txt", "003_9730e26d5898b01a.txt"]
    assert record.provenance["date"] == ["001_6a4a8cde6f42e158.txt"]
    assert record.provenance["notices"] == ["000_0b446f8746b756ae.txt"]  # filled from 000
    assert records[1].reports == []


def test_merged_round_trips_through_json() -> None:
    for record in wikiparse.merge(SEED_DOCS + CORPUS_DOCS):
        assert Merged.model_validate_json(record.model_dump_json()) == record


# --- the dev corpus ------------------------------------------------------------------------------


def _pairs(groups: set[frozenset[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}


def test_dev_corpus_groups_are_exactly_the_articles_with_their_scrapes() -> None:
    records = wikiparse.merge(CORPUS_DOCS)
    got = groups_of(records)
    want = {frozenset(g) for g in CASES["corpus_groups"]}
    found, true = _pairs(got), _pairs(want)
    precision = len(found & true) / len(found) if found else 1.0
    recall = len(found & true) / len(true)
    print(f"\ndev corpus: {len(got)} groups for {len(want)} conflicts; pairwise precision "
          f"{precision:.3f}, recall {recall:.3f} ({len(found & true)}/{len(true)})")  # fmt: skip
    assert got == want
    for report, first in CASES["corpus_reports"].items():
        assert report in next(r for r in records if first in r.sources).reports


def test_disagreements_name_real_differences_of_revisions() -> None:
    """The old revision of Short Hills (uncensored-wiki, ~2007) dates it July 26 and gives an
    American victory; the article says June 26 and a British one. Kept: the article's."""
    record = next(r for r in wikiparse.merge(CORPUS_DOCS) if r.key == "battle-of-short-hills-1777")
    fields = {d.field: d for d in record.disagreements}
    assert record.conflict.date is not None and record.conflict.date.start == "1777-06-26"
    dates = {v.source: v.value["start"] for v in fields["date"].values}  # type: ignore[index,call-overload]
    assert dates["mirror/uncensored-wiki-battle-of-short-hills.txt"] == "1777-07-26"
    assert fields["date"].values[0].source == "wikitext/battle-of-short-hills.txt"
    assert "result" in fields
    assert {i.field for i in record.issues if i.code == "sources-disagree"} == set(fields)


# --- near misses ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES["near_misses"], ids=lambda c: c["id"])
def test_near_misses_merge_or_stay_apart_as_a_person_would(case: dict[str, Any]) -> None:
    records = wikiparse.merge([made(row) for row in case["docs"]])
    assert groups_of(records) == {frozenset(g) for g in case["groups"]}
    ambiguous = {s for r in records if any(i.code == "merge-ambiguous" for i in r.issues)
                 for s in r.sources}  # fmt: skip
    assert ambiguous == set(case.get("ambiguous", []))


def test_bc_dates_in_two_spellings_agree() -> None:
    case = next(c for c in CASES["near_misses"] if c["id"] == "bc-date-in-two-spellings")
    record = wikiparse.merge([made(row) for row in case["docs"]])[0]
    assert record.key == "battle-of-actium--31"
    assert "date" not in {d.field for d in record.disagreements}


# --- properties ----------------------------------------------------------------------------------

POOL = [made({**row, "source": f"{case['id']}/{row['source']}"})
        for case in CASES["near_misses"] for row in case["docs"]]  # fmt: skip
FORMATS = ["wikitext", "html", "frontmatter", "mirror", "plaintext"]


@st.composite
def scrapes(draw: st.DrawFn) -> Document:
    """A near-miss document as a scrape could give it: another format, its name in other
    case or with "The", its date or place lost."""
    doc = draw(st.sampled_from(POOL))
    conflict = doc.conflict
    assert conflict is not None
    change = draw(st.sampled_from(["none", "upper", "the", "no-date", "no-place"]))
    update: dict[str, Any] = {
        "upper": {"name": conflict.name.upper()},
        "the": {"name": f"The {conflict.name}"},
        "no-date": {"date": None},
        "no-place": {"place": None, "place_links": []},
    }.get(change, {})
    fmt = draw(st.sampled_from(FORMATS))
    return doc.model_copy(update={"format": fmt, "source": f"{doc.source}/{change}/{fmt}",
                                  "conflict": conflict.model_copy(update=update)})  # fmt: skip


DOCS = st.lists(scrapes(), min_size=1, max_size=10)


def _canonical(records: list[Merged]) -> list[Merged]:
    return sorted(records, key=lambda r: r.sources)


@given(DOCS, st.randoms(use_true_random=False))
def test_merge_is_order_independent(docs: list[Document], rnd: Any) -> None:
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    assert _canonical(wikiparse.merge(shuffled)) == _canonical(wikiparse.merge(docs))


@given(DOCS)
def test_no_document_lands_in_two_groups(docs: list[Document]) -> None:
    sources = [s for r in wikiparse.merge(docs) for s in r.sources]
    assert len(sources) == len(set(sources))
    assert set(sources) == {d.source for d in docs}


@given(DOCS)
def test_merging_documents_with_themselves_changes_nothing(docs: list[Document]) -> None:
    assert wikiparse.merge(docs + docs) == wikiparse.merge(docs)


def _without_ambiguity(record: Merged) -> Merged:
    """``merge-ambiguous`` says what else the run held: the members alone cannot say it."""
    return record.model_copy(
        update={"issues": [i for i in record.issues if i.code != "merge-ambiguous"]}
    )


@given(DOCS)
def test_merging_a_records_members_again_gives_the_record(docs: list[Document]) -> None:
    by_source = {d.source: d for d in docs}
    for record in wikiparse.merge(docs):
        again = wikiparse.merge([by_source[s] for s in record.sources])
        assert [_without_ambiguity(r) for r in again] == [_without_ambiguity(record)]


def test_merging_the_corpus_again_by_record_gives_the_same_records() -> None:
    docs = SEED_DOCS + CORPUS_DOCS
    by_source = {d.source: d for d in docs}
    for record in wikiparse.merge(docs):
        members = [by_source[s] for s in [*record.sources, *record.reports]]
        assert wikiparse.merge(members) == [record]


def test_corpus_merge_is_order_independent() -> None:
    docs = SEED_DOCS + CORPUS_DOCS
    assert _canonical(wikiparse.merge(docs[::-1])) == _canonical(wikiparse.merge(docs))


# --- the command and the tables ------------------------------------------------------------------


def test_merge_command_prints_one_record_per_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["merge", str(SEEDS), "--format", "json"])
    out, err = capsys.readouterr()
    records = [Merged.model_validate(r) for r in json.loads(out)]
    assert code == 0 and err == ""
    assert [len(r.sources) for r in records] == [2, 1]
    assert len(records[0].reports) == 2
    code = main(["merge", str(SEEDS), "--format", "table"])
    out, _ = capsys.readouterr()
    assert out.startswith("[southern-damascus-offensive-2018-03]\n")
    assert "Sources (2, the most faithful first)" in out and "Reports (2)" in out


def test_merge_command_reads_a_list_and_reports_what_gave_no_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEEDS / '000_0b446f8746b756ae.txt'}\n{CORPUS / 'SOURCES.md'}\n")
    code = main(["merge", "--files-from", str(listing), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 1 and len(out.splitlines()) == 1
    assert "SOURCES.md: not a military conflict" in err
    assert main(["merge", str(tmp_path / "missing")]) == 2


def test_batch_merge_writes_one_row_per_conflict(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    out = tmp_path / "t"
    assert main(["batch", str(SEEDS), "-o", str(out), "--format", "parquet", "--merge"]) == 0
    rows = duckdb.sql(f"""
        SELECT m.conflict_key, m.n_sources, m.n_reports,
               max(s.casualties_high) FILTER (WHERE s.side = 2) AS side_2
        FROM '{out}/merged.parquet' AS m JOIN '{out}/merged_sides.parquet' AS s USING (record)
        GROUP BY ALL ORDER BY m.conflict_key""").fetchall()
    assert rows == [("eastern-qalamoun-offensive-2018-04", 1, 0, None),
                    ("southern-damascus-offensive-2018-03", 2, 2, 175)]  # fmt: skip
    members = duckdb.sql(f"SELECT count(*) FROM '{out}/merged_sources.parquet'").fetchall()
    assert members == [(5,)]  # 3 documents, 2 reports
    assert main(["batch", str(SEEDS), "-o", str(tmp_path / "x.jsonl"), "--merge"]) == 2


@st.composite
def any_documents(draw: st.DrawFn) -> list[Document]:
    """Documents of any conflict the library can represent, some sharing a name."""
    found = draw(st.lists(strategies.conflicts(), min_size=1, max_size=4))
    names = [c.name for c in found]
    docs = []
    for i, conflict in enumerate(found):
        name = draw(st.sampled_from(names))  # a name another document has too
        fmt = draw(st.sampled_from(FORMATS))
        docs.append(Document(format=fmt, source=f"doc{i}",
                             conflict=conflict.model_copy(update={"name": name})))  # fmt: skip
    return docs


@given(any_documents())
def test_merge_takes_any_documents(docs: list[Document]) -> None:
    records = wikiparse.merge(docs)
    assert sorted(s for r in records for s in r.sources) == sorted(d.source or "" for d in docs)
    for record in records:
        assert record.key == record.conflict.key
        assert Merged.model_validate_json(record.model_dump_json()) == record
    assert _canonical(wikiparse.merge(docs[::-1])) == _canonical(records)


def test_documents_without_a_name_join_nothing() -> None:
    """Two pages whose name was lost are both "Untitled conflict": one key, two conflicts."""
    lost = wikiparse.Issue(code="missing-name", message="no name or title found")
    docs = [
        Document(format="plaintext", source=f"page{i}", issues=[lost],
                 conflict=Conflict(name="Untitled conflict", place="Tarvos",
                                   date=parse_date_span("1916")))
        for i in range(2)
    ]  # fmt: skip
    assert groups_of(wikiparse.merge(docs)) == {frozenset({"page0"}), frozenset({"page1"})}
