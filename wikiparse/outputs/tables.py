"""Documents -> typed tables an analyst can query (``wikiparse.tables``), one per entity.

The columns are defined once in ``table_schema``. The tables are ``pyarrow.Table``s
(``.to_pandas()``, DuckDB and Parquet work on them directly; the extra ``[parquet]``), or with
``arrow=False`` lists of dicts with the same keys. ``rows_of`` gives one document's rows, so a
batch can write the tables as it goes (``batch --format parquet``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from wikiparse import fields
from wikiparse.linking import link
from wikiparse.models import SEVERITIES, Conflict, Document, NewsReport, Party, Quantity, Side
from wikiparse.models.iso import first_day, iso_key, last_day
from wikiparse.outputs.table_schema import ALL_TABLES, LIST, TABLES

__all__ = [
    "COMMANDER_COLUMNS", "PANDAS_NULLABLE", "PRECISION", "QUANTITY_COLUMNS", "Row", "arrow_schema",
    "has_arrow", "key_claims", "link_rows", "no_rows", "rows_of", "slim", "tables"
]  # fmt: skip

Row = dict[str, Any]
PRECISION = {1: "year", 2: "month", 3: "day"}
# pandas' nullable dtypes for the Arrow types that have one (written in the schema's metadata).
PANDAS_NULLABLE = {"int64": "Int64", "bool": "boolean"}
# The columns of a commander's and a figure's row that are the model's own fields, as named.
COMMANDER_COLUMNS = ("name", "page", "rank", "note", "flag", "fate")
QUANTITY_COLUMNS = ("text", "low", "high", "approx", "at_least", "kind", "what", "source",
                    "part_of")  # fmt: skip


def no_rows() -> dict[str, list[Row]]:
    """An empty list of rows for every table."""
    return {name: [] for name in TABLES}


def _date_parts(iso: str | None) -> tuple[int | None, int | None, int | None]:
    parts = [*iso_key(iso), None, None] if iso else [None, None, None]
    return parts[0], parts[1], parts[2]


def _deaths(conflict: Conflict) -> tuple[int | None, int | None]:
    """Killed of all sides, each side counted once (UCDP low/high)."""
    found = [t for s in conflict.sides if (t := _killed(s).casualties_total) is not None]
    if not found:
        return None, None
    return sum(t.low or 0 for t in found), sum(t.high or t.low or 0 for t in found)


def _killed(side: Side) -> Side:
    """The side's killed figures alone (parts of a total become figures of their own)."""
    return Side(
        casualties=[
            q.model_copy(update={"part_of": None}) for q in side.casualties if q.kind == "killed"
        ]
    )


def _conflict_row(doc: Document, ids: Row, conflict: Conflict) -> Row:
    date = conflict.date
    start, end = (date.start, date.end) if date else (None, None)
    sy, sm, sd = _date_parts(start)
    ey, em, ed = _date_parts(end)
    low, high = _deaths(conflict)
    counts = {s: sum(1 for i in doc.issues if i.severity == s) for s in SEVERITIES}
    names = [list(conflict.belligerent_names(k)) for k in range(min(2, len(conflict.sides)))]
    return {
        **ids,
        "format": doc.format,
        "language": doc.language,
        "name": conflict.name,
        "date_text": date.text if date else None,
        "start": start,
        "end": end,
        "precision": PRECISION.get(len(iso_key(start))) if start else None,
        "start_date": first_day(start),
        "end_date": last_day(end),
        "start_year": sy,
        "start_month": sm,
        "start_day": sd,
        "end_year": ey,
        "end_month": em,
        "end_day": ed,
        "ongoing": date.ongoing if date else False,
        "place": conflict.place,
        "lat": conflict.coordinates.lat if conflict.coordinates else None,
        "lon": conflict.coordinates.lon if conflict.coordinates else None,
        "result": conflict.result,
        "n_sides": len(conflict.sides),
        "side_a": names[0] if names else None,
        "side_b": names[1] if len(names) > 1 else None,
        "deaths_low": low,
        "deaths_best": low if low == high else None,
        "deaths_high": high,
        "issues_info": counts["info"],
        "issues_warning": counts["warning"],
        "issues_error": counts["error"],
    }


def _parties(ids: Row, side: int, role: str, parties: Sequence[Party]) -> list[Row]:
    rows: list[Row] = []
    stack: list[tuple[Party, int | None]] = [(p, None) for p in reversed(parties)]
    while stack:
        party, parent = stack.pop()
        position = len(rows)
        rows.append(
            {
                **ids,
                "side": side,
                "role": role,
                "position": position,
                "parent": parent,
                "name": party.name,
                "page": party.page,
                "flag": party.flag,
                "note": party.note,
                "surrendered": party.surrendered,
            }
        )
        stack.extend((child, position) for child in reversed(party.children))
    return rows


def _side_rows(ids: Row, k: int, side: Side, out: dict[str, list[Row]]) -> None:
    strength, casualties = side.strength_total, side.casualties_total
    belligerents = _parties(ids, k, "belligerent", side.belligerents)
    out["sides"].append(
        {
            **ids,
            "side": k,
            "belligerents": [r["name"] for r in belligerents],
            "strength_low": strength.low if strength else None,
            "strength_high": strength.high if strength else None,
            "casualties_low": casualties.low if casualties else None,
            "casualties_high": casualties.high if casualties else None,
        }
    )
    out["parties"] += belligerents + _parties(ids, k, "unit", side.units)
    out["commanders"] += [
        {**ids, "side": k, "position": i, **{f: getattr(c, f) for f in COMMANDER_COLUMNS}}
        for i, c in enumerate(side.commanders)
    ]
    # a figure's own "source" is who gives it: the document's is "doc_source"
    of = {"doc": ids["doc"], "doc_source": ids["source"], "conflict_key": ids["conflict_key"]}
    for role, figures in ((fields.STRENGTH, side.strength), (fields.CASUALTIES, side.casualties)):
        out["quantities"] += [_figure_row(of, k, role, i, q) for i, q in enumerate(figures)]


def _figure_row(ids: Row, side: int, role: str, position: int, figure: Quantity) -> Row:
    """A figure's row: its side, role and position, then its own fields."""
    row = {**ids, "side": side, "role": role, "position": position}
    return row | {name: getattr(figure, name) for name in QUANTITY_COLUMNS}


def _report_rows(n: int, doc: Document, report: NewsReport, out: dict[str, list[Row]]) -> None:
    published = report.published
    out["reports"].append(
        {
            "doc": n,
            "source": doc.source,
            "headline": report.headline,
            "agency": report.agency,
            "publisher": report.publisher,
            "published": published,
            "published_date": first_day(published) if published and len(published) == 10 else None,
            "dateline": report.dateline,
            "paragraphs": len(report.paragraphs),
        }
    )
    out["claims"] += [
        {
            "doc": n,
            "doc_source": doc.source,
            "conflict_key": None,
            "position": i,
            "low": c.quantity.low,
            "high": c.quantity.high,
            "kind": c.quantity.kind,
            "who": c.who,
            "source": c.source,
            "sentence": c.sentence,
        }
        for i, c in enumerate(report.claims)
    ]


def rows_of(doc: Document, n: int) -> dict[str, list[Row]]:
    """The rows one document gives to each table but ``links`` (which needs all of them)."""
    out = no_rows()
    conflict = doc.conflict
    ids = {"doc": n, "source": doc.source, "conflict_key": conflict.key if conflict else None}
    if conflict is not None:
        out["conflicts"].append(_conflict_row(doc, ids, conflict))
        joint = [(0, conflict.joint)] if conflict.joint else []
        for k, side in [*enumerate(conflict.sides, start=1), *joint]:
            _side_rows(ids, k, side, out)
        out["citations"] += [
            {
                **ids,
                "position": i,
                "key": c.key,
                "title": c.title,
                "url": c.url,
                "work": c.work,
                "publisher": c.publisher,
                "date": c.date,
                "authors": list(c.authors),
                "text": c.text,
            }
            for i, c in enumerate(conflict.references)
        ]
    if doc.report is not None:
        _report_rows(n, doc, doc.report, out)
    out["issues"] += [
        {
            **ids,
            "position": i,
            "code": issue.code,
            "severity": issue.severity,
            "field": issue.field,
            "message": issue.message,
            "text": issue.text,
        }
        for i, issue in enumerate(doc.issues)
    ]
    return out


def slim(doc: Document) -> Document:
    """What linking reads, without the article text that makes a conflict page large (a
    report's paragraphs stay: linking reads them)."""
    if doc.conflict is None:
        return doc
    conflict = doc.conflict.model_copy(update={"sections": [], "references": []})
    return doc.model_copy(update={"conflict": conflict})


def link_rows(documents: Sequence[Document]) -> list[Row]:
    """report doc -> conflict doc, from ``wikiparse.link``."""
    names = [f"#{n}" for n in range(len(documents))]
    rows: list[Row] = []
    for group in link(documents, names).conflicts:
        for conflict in group.documents:
            found = documents[int(conflict[1:])].conflict
            rows += [
                {
                    "report": int(r.source[1:]),
                    "conflict": int(conflict[1:]),
                    "score": r.score,
                    "reasons": list(r.reasons),
                    "source": documents[int(r.source[1:])].source,
                    "conflict_key": found.key if found else None,
                }
                for r in group.reports
            ]
    return rows


def key_claims(claims: list[Row], links: list[Row]) -> None:
    """Give the claims of each linked report its conflict's key (a report linked to a conflict
    with several documents: the key of the first)."""
    keys: dict[int, str | None] = {}
    for row in links:
        keys.setdefault(row["report"], row["conflict_key"])
    for row in claims:
        row["conflict_key"] = keys.get(row["doc"])


def arrow_schema(name: str) -> Any:
    """The pyarrow schema of table ``name`` (pyarrow must be installed), with the pandas
    metadata that makes a plain ``pd.read_parquet`` (and ``Table.to_pandas``) give nullable
    integers and booleans (``Int64``, ``boolean``) rather than floats and objects."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date32": pa.date32(),
        LIST: pa.list_(pa.string()),
    }
    columns = ALL_TABLES[name]
    nullable = [
        {
            "name": c.name,
            "field_name": c.name,
            "pandas_type": c.type,
            "numpy_type": PANDAS_NULLABLE[c.type],
            "metadata": None,
        }
        for c in columns
        if c.type in PANDAS_NULLABLE
    ]
    pandas = {"index_columns": [], "column_indexes": [], "columns": nullable}
    metadata = {b"pandas": json.dumps(pandas).encode()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in columns], metadata=metadata)


def has_arrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def tables(documents: Iterable[Document], arrow: bool = True) -> dict[str, Any]:
    """One table per entity (``table_schema.TABLES``): ``pyarrow.Table``s, or lists of dicts
    with ``arrow=False``. Without pyarrow, ImportError names the extra that installs it
    (never another type than the one asked for)."""
    if arrow and not has_arrow():
        raise ImportError(
            "wikiparse.tables needs pyarrow: pip install 'wikiparse[parquet]' "
            "(or pass arrow=False for lists of dicts)"
        )
    docs = list(documents)
    out = no_rows()
    for n, doc in enumerate(docs):
        for name, rows in rows_of(doc, n).items():
            out[name] += rows
    out["links"] = link_rows(docs)
    key_claims(out["claims"], out["links"])
    if not arrow:
        return dict(out)
    import pyarrow as pa

    return {
        name: pa.Table.from_pylist(rows, schema=arrow_schema(name)) for name, rows in out.items()
    }
