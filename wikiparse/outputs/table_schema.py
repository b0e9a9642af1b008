"""The columns of ``wikiparse.tables``: one definition, read by the row builders, the Arrow
schema, the CSV headers and docs/model.md.

Types are Arrow's names: ``string``, ``int64``, ``float64``, ``bool``, ``date32``. Keys:
``doc`` is the document's position in the input (0-based), ``side`` the side's number
(1-based, 0 for the full-width joint row), ``position`` an entity's place in its list.

Conventions of the datasets users join against: ``side_a``/``side_b`` and ``deaths_low``/
``deaths_best``/``deaths_high`` follow UCDP (sides as their belligerents' names; deaths of
all sides, killed only); ``start_year``/``start_month``/``start_day``/``end_…`` follow the
Correlates of War (integers, null where the date is less precise; BC years negative).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str


def _columns(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


KEY = (("doc", "int64", "the document's position in the input (0-based)"),)
SIDE_KEY = (*KEY, ("side", "int64", "side number, 1-based; 0 is the full-width joint row"))

TABLES: dict[str, tuple[Column, ...]] = {
    "conflicts": _columns(
        *KEY,
        ("source", "string", "the input's name (file path, dump page title, URL)"),
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
        ("side_a", "string", "UCDP side_a: side 1's belligerents, '; '-joined"),
        ("side_b", "string", "UCDP side_b: side 2's belligerents, '; '-joined"),
        ("deaths_low", "int64", "UCDP low: killed, all sides, counted once (low ends)"),
        ("deaths_best", "int64", "UCDP best: set only where low and high agree"),
        ("deaths_high", "int64", "UCDP high: killed, all sides, counted once (high ends)"),
        ("issues_info", "int64", "Issues of severity info"),
        ("issues_warning", "int64", "Issues of severity warning"),
        ("issues_error", "int64", "Issues of severity error"),
    ),
    "sides": _columns(
        *SIDE_KEY,
        ("belligerents", "string", "the side's belligerents, '; '-joined (members included)"),
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
        *SIDE_KEY,
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
        *KEY,
        ("position", "int64", "place in the reference list"),
        ("key", "string", "the reference's name"),
        ("title", "string", "title"),
        ("url", "string", "URL"),
        ("work", "string", "newspaper, website or journal"),
        ("publisher", "string", "publisher"),
        ("date", "string", "publication date, ISO"),
        ("authors", "string", "'; '-joined"),
        ("text", "string", "the citation as one line"),
    ),
    "issues": _columns(
        *KEY,
        ("position", "int64", "place in the document's issues"),
        ("code", "string", "the Issue code"),
        ("severity", "string", "info, warning or error"),
        ("field", "string", "the field concerned"),
        ("message", "string", "what happened"),
        ("text", "string", "the input concerned"),
    ),
    "reports": _columns(
        *KEY,
        ("source", "string", "the input's name"),
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
        ("reasons", "string", "what matched, '; '-joined"),
    ),
}
