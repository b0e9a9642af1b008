"""The columns of ``wikiparse.outputs.tables``: one definition, read by the row builders, the Arrow
schema, the CSV headers and docs/model.md.

Types are Arrow's names: ``string``, ``int64``, ``float64``, ``bool``, ``date32``, and
``list<string>`` (a list in Arrow, Parquet and DuckDB; ``'; '``-joined text in CSV and SQLite,
whose cells hold one value). Keys:
``doc`` is the document's position in the input (0-based), ``side`` the side's number
(1-based, 0 for the full-width joint row), ``position`` an entity's place in its list.
``source`` (``doc_source`` where ``source`` names who gives a figure) is the input's name and
``conflict_key`` the conflict's ``Conflict.key``: unlike ``doc``, both stay the same from
one run to the next.

Conventions of the datasets users join against: ``side_a``/``side_b`` and ``deaths_low``/
``deaths_best``/``deaths_high`` follow UCDP (sides as their belligerents' names; deaths of
all sides, killed only); ``start_year``/``start_month``/``start_day``/``end_…`` follow the
Correlates of War (integers, null where the date is less precise; BC years negative).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ALL_TABLES", "CONFLICT_KEY", "DOC_SOURCE", "KEY", "LIST", "MERGED_TABLES", "OWNED", "RECORD",
    "SIDE_KEY", "SOURCE", "TABLES", "Column"
]  # fmt: skip


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str


def _columns(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


LIST = "list<string>"  # the one list type of the tables
KEY = (("doc", "int64", "the document's position in the input (0-based)"),)
SOURCE = ("source", "string", "the input's name (file path, dump page title, URL)")
# quantities and claims have a "source" already: who gives the figure
DOC_SOURCE = ("doc_source", "string", "the input's name (file path, dump page title, URL)")
CONFLICT_KEY = (
    "conflict_key", "string", "Conflict.key: the conflict's identity, the same in any run "
    "(join across runs, and with the merged tables)",
)  # fmt: skip
OWNED = (*KEY, SOURCE, CONFLICT_KEY)  # the rows of a conflict's document
SIDE_KEY = (*OWNED, ("side", "int64", "side number, 1-based; 0 is the full-width joint row"))

TABLES: dict[str, tuple[Column, ...]] = {
    "conflicts": _columns(
        *OWNED,
        ("format", "string", "the detected input format"),
        ("language", "string", "ISO 639-1 code"),
        ("name", "string", "the conflict's name"),
        ("date_text", "string", "the date as written"),
        ("start", "string", 'ISO start with its precision ("2018-03", "-0031")'),
        ("end", "string", "ISO end with its precision; null when ongoing or unknown"),
        ("precision", "string", "day, month or year: the precision of start"),
        ("start_date", "date32", "earliest day the start can mean; null before year 1"),
        ("end_date", "date32", "latest day the end can mean; null before year 1"),
        ("start_year", "int64", "CoW StartYear (negative BC)"),
        ("start_month", "int64", "CoW StartMonth; null when not known"),
        ("start_day", "int64", "CoW StartDay; null when not known"),
        ("end_year", "int64", "CoW EndYear"),
        ("end_month", "int64", "CoW EndMonth"),
        ("end_day", "int64", "CoW EndDay"),
        ("ongoing", "bool", "the conflict is ongoing"),
        ("place", "string", "where, as text"),
        ("lat", "float64", "latitude"),
        ("lon", "float64", "longitude"),
        ("result", "string", "the result's first line"),
        ("n_sides", "int64", "number of sides"),
        ("side_a", LIST, "UCDP side_a: side 1's belligerents"),
        ("side_b", LIST, "UCDP side_b: side 2's belligerents"),
        ("deaths_low", "int64", "UCDP low: killed, all sides, counted once (low ends)"),
        ("deaths_best", "int64", "UCDP best: set only where low and high agree"),
        ("deaths_high", "int64", "UCDP high: killed, all sides, counted once (high ends)"),
        ("issues_info", "int64", "Issues of severity info"),
        ("issues_warning", "int64", "Issues of severity warning"),
        ("issues_error", "int64", "Issues of severity error"),
    ),
    "sides": _columns(
        *SIDE_KEY,
        ("belligerents", LIST, "the side's belligerents (members included)"),
        ("strength_low", "int64", "Side.strength_total low"),
        ("strength_high", "int64", "Side.strength_total high"),
        ("casualties_low", "int64", "Side.casualties_total low"),
        ("casualties_high", "int64", "Side.casualties_total high"),
    ),
    "parties": _columns(
        *SIDE_KEY,
        ("role", "string", "belligerent or unit"),
        ("position", "int64", "place in the side's list, depth-first"),
        ("parent", "int64", "position of the group it is a member of; null at the top"),
        ("name", "string", "the party's name"),
        ("page", "string", "the article it links to"),
        ("flag", "string", "the flag shown"),
        ("note", "string", "its note"),
        ("surrendered", "bool", "marked as surrendered"),
    ),
    "commanders": _columns(
        *SIDE_KEY,
        ("position", "int64", "place in the side's list"),
        ("name", "string", "the commander"),
        ("page", "string", "the article it links to"),
        ("rank", "string", "rank or title"),
        ("note", "string", "role or unit"),
        ("flag", "string", "the flag shown"),
        ("fate", "string", "killed, captured, …"),
    ),
    "quantities": _columns(
        *KEY,
        DOC_SOURCE,
        CONFLICT_KEY,
        SIDE_KEY[-1],
        ("role", "string", "strength or casualties"),
        ("position", "int64", "index in the side's list (what part_of points at)"),
        ("text", "string", "the figure as written"),
        ("low", "int64", "lower bound"),
        ("high", "int64", "upper bound; null for open-ended"),
        ("approx", "bool", "approximate"),
        ("at_least", "bool", "a lower bound only"),
        ("kind", "string", "killed, wounded, captured, missing, dead_or_wounded, total, materiel"),
        ("what", "string", "what is counted"),
        ("source", "string", "who gives the figure"),
        ("part_of", "int64", "position of the total it breaks down"),
    ),
    "citations": _columns(
        *OWNED,
        ("position", "int64", "place in the reference list"),
        ("key", "string", "the reference's name"),
        ("title", "string", "title"),
        ("url", "string", "URL"),
        ("work", "string", "newspaper, website or journal"),
        ("publisher", "string", "publisher"),
        ("date", "string", "publication date, ISO"),
        ("authors", LIST, "the authors"),
        ("text", "string", "the citation as one line"),
    ),
    "issues": _columns(
        *OWNED[:2],
        ("conflict_key", "string", "Conflict.key of a conflict's document; null for a report"),
        ("position", "int64", "place in the document's issues"),
        ("code", "string", "the Issue code"),
        ("severity", "string", "info, warning or error"),
        ("field", "string", "the field concerned"),
        ("message", "string", "what happened"),
        ("text", "string", "the input concerned"),
    ),
    "reports": _columns(
        *KEY,
        SOURCE,
        ("headline", "string", "headline"),
        ("agency", "string", "news agency"),
        ("publisher", "string", "publisher"),
        ("published", "string", "publication date, ISO"),
        ("published_date", "date32", "publication day; null when less precise"),
        ("dateline", "string", "dateline place"),
        ("paragraphs", "int64", "number of paragraphs"),
    ),
    "claims": _columns(
        *KEY,
        DOC_SOURCE,
        ("conflict_key", "string", "Conflict.key of the conflict the report is linked to"),
        ("position", "int64", "place in the report's claims"),
        ("low", "int64", "lower bound"),
        ("high", "int64", "upper bound"),
        ("kind", "string", "kind of casualty"),
        ("who", "string", "who was counted"),
        ("source", "string", "who claims it"),
        ("sentence", "string", "the sentence"),
    ),
    "links": _columns(
        ("report", "int64", "the report's doc"),
        ("conflict", "int64", "the conflict's doc"),
        ("score", "int64", "strength of the match"),
        ("reasons", LIST, "what matched"),
        ("source", "string", "the report's input name"),
        ("conflict_key", "string", "Conflict.key of the conflict"),
    ),
}


def _after(table: str, first: str) -> tuple[Column, ...]:
    """The columns of ``table`` from ``first`` on."""
    columns = TABLES[table]
    return columns[[c.name for c in columns].index(first) :]


# ``batch --format parquet|csv --merge``: one row per merged conflict (``wikiparse.merge``).
RECORD = _columns(
    ("record", "int64", "the merged record's position in the output (0-based)"), CONFLICT_KEY
)
MERGED_TABLES: dict[str, tuple[Column, ...]] = {
    "merged": (
        *RECORD,
        *_columns(
            ("name", "string", "the merged conflict's name (the most faithful source's)"),
            ("n_sources", "int64", "documents merged"),
            ("sources", LIST, "their input names, the most faithful first"),
            ("n_reports", "int64", "news reports linked to it"),
            ("reports", LIST, "their input names"),
            ("n_disagreements", "int64", "fields whose sources differ beyond format noise"),
            ("disagreements", LIST, "those fields"),
        ),
        *_after("conflicts", "date_text")[:-3],  # its issues are in the member documents
    ),
    "merged_sides": (*RECORD, *_after("sides", "side")),
    "merged_sources": (
        *RECORD,
        *_columns(
            ("role", "string", "member (a document merged) or report (a news report linked)"),
            (
                "position",
                "int64",
                "place among the record's members (0: the most faithful) or reports",
            ),
            ("source", "string", "the input's name: joins the tables of wikiparse.outputs.tables"),
        ),
    ),
    "merged_provenance": (
        *RECORD,
        *_columns(
            ("field", "string", 'field path ("place", "sides.1.casualties")'),
            ("position", "int64", "place among the sources of the kept value (0: its giver)"),
            ("source", "string", "a source that gives the kept value"),
        ),
    ),
    "merged_disagreements": (
        *RECORD,
        *_columns(
            ("field", "string", 'field path ("date", "sides.1.casualties_total")'),
            ("position", "int64", "place among the values (0: the kept one)"),
            ("source", "string", "the source of this value"),
            ("value", "string", "the value, as JSON"),
        ),
    ),
}
ALL_TABLES = {**TABLES, **MERGED_TABLES}
