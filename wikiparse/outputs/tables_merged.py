"""Merged records -> tables (``batch --format parquet|csv --merge``): one row per conflict in
``merged``, its columns in ``merged_sides``, its documents and reports in ``merged_sources``,
who gave each value in ``merged_provenance``, and where sources differ in
``merged_disagreements``. The columns are in ``table_schema.MERGED_TABLES``; ``source``
joins them with the tables of ``wikiparse.tables``, ``conflict_key`` across runs."""

from __future__ import annotations

import json
from collections.abc import Sequence

from wikiparse.models import Document
from wikiparse.models.merged import Merged
from wikiparse.outputs.table_schema import MERGED_TABLES
from wikiparse.outputs.tables import Row, rows_of

__all__ = ["merged_rows"]


def _record_rows(n: int, record: Merged, out: dict[str, list[Row]]) -> None:
    ids: Row = {"record": n, "conflict_key": record.key}
    # the single-document rows of the merged conflict, in the merged tables' columns
    single = rows_of(Document(format="wikitext", conflict=record.conflict), n)
    head = {
        "name": record.conflict.name,
        "n_sources": len(record.sources),
        "sources": list(record.sources),
        "n_reports": len(record.reports),
        "reports": list(record.reports),
        "n_disagreements": len(record.disagreements),
        "disagreements": [d.field for d in record.disagreements],
    }
    row = {**ids, **head, **single["conflicts"][0]}
    out["merged"].append({c.name: row[c.name] for c in MERGED_TABLES["merged"]})
    for side in single["sides"]:
        side = {**side, **ids}
        out["merged_sides"].append({c.name: side[c.name] for c in MERGED_TABLES["merged_sides"]})
    for role, names in (("member", record.sources), ("report", record.reports)):
        out["merged_sources"] += [
            {**ids, "role": role, "position": i, "source": s} for i, s in enumerate(names)
        ]
    out["merged_provenance"] += [
        {**ids, "field": path, "position": i, "source": s}
        for path, sources in record.provenance.items()
        for i, s in enumerate(sources)
    ]
    out["merged_disagreements"] += [
        {
            **ids,
            "field": d.field,
            "position": i,
            "source": v.source,
            "value": json.dumps(v.value, ensure_ascii=False),
        }
        for d in record.disagreements
        for i, v in enumerate(d.values)
    ]


def merged_rows(records: Sequence[Merged]) -> dict[str, list[Row]]:
    """The rows of every merged table, records numbered in order."""
    out: dict[str, list[Row]] = {name: [] for name in MERGED_TABLES}
    for n, record in enumerate(records):
        _record_rows(n, record, out)
    return out
