"""Everything wikiparse knows about infoboxes, as data: the one home for it.

Which templates are the conflict infobox (and which are infoboxes of other kinds of page),
its parameters and their aliases, the per-side prefixes with their column rows, the row labels
a rendered page shows, and citation-template parameters. Every reader maps what it finds (a
template parameter, a YAML key, a rendered row label) onto these canonical names; ``assemble``
only ever sees canonical names. Readers compile their patterns from these tables; no infobox
name or side prefix is written anywhere else (``tests/test_layout.py`` checks).

(``vocab`` holds the other word lists: words inside values, helper templates, page chrome.)
"""

from __future__ import annotations

import re

# --- which infobox a template is ---------------------------------------------------------------

# Template names are compared normalised: lower case, single spaces, no "Template:" prefix.
INFOBOX_PREFIX = "infobox"
# "{{#invoke:Infobox military conflict|main|…}}": the Lua module called directly.
INVOKE_PREFIX = "#invoke:"
# The conflict infobox, its redirects and its sister templates (their parameters are the same,
# or map onto the same canonical names below).
CONFLICT_INFOBOXES: frozenset[str] = frozenset(
    {
        "infobox military conflict",
        "infobox military operation",
        "infobox military engagement",
        "infobox battle",
        "infobox war",
        "infobox conflict",
        "infobox civil conflict",
        "warbox",
        "#invoke:infobox military conflict",
    }
)
# The name wikiparse writes when it renders a Conflict back to wikitext.
RENDERED_INFOBOX = "Infobox military conflict"
# Infoboxes of other kinds of page, by what such a page is ("an {{Infobox settlement}} page").
# A page whose infoboxes are all of these kinds is not a conflict. "war faction" describes an
# armed group (allies, opponents, battles), not a conflict with sides.
OTHER_INFOBOXES = {
    "infobox settlement": "settlement", "infobox city": "settlement", "infobox town": "settlement",
    "infobox village": "settlement", "infobox country": "country",
    "infobox former country": "country", "infobox person": "person",
    "infobox officeholder": "person", "infobox royalty": "person", "infobox noble": "person",
    "infobox military person": "military person", "infobox military unit": "military unit",
    "infobox war faction": "armed group", "infobox militant organization": "armed group",
    "infobox ship begin": "ship", "infobox ship image": "ship", "infobox ship career": "ship",
    "infobox ship characteristics": "ship", "infobox ship": "ship", "infobox warship": "ship",
    "infobox aircraft occurrence": "aircraft accident", "infobox aircraft begin": "aircraft",
    "infobox aircraft type": "aircraft", "infobox weapon": "weapon",
    "infobox military installation": "military installation", "infobox building": "building",
    "infobox event": "event", "infobox election": "election", "infobox treaty": "treaty",
    "infobox organization": "organization", "infobox company": "company",
    "infobox river": "river", "infobox mountain": "mountain", "infobox islands": "island",
    "infobox protected area": "protected area", "infobox film": "film", "infobox book": "book",
    "infobox album": "album", "infobox university": "university", "infobox school": "school",
}  # fmt: skip

# --- the conflict infobox's parameters -----------------------------------------------------------

# Parameters that fill one Conflict field each.
SINGLE_FIELDS = frozenset(
    {
        "conflict",
        "partof",
        "image",
        "caption",
        "date",
        "place",
        "coordinates",
        "result",
        "status",
        "territory",
        "notes",
    }
)

# Alternative spellings met in the wild -> canonical parameter name.
PARAM_ALIASES = {
    "battle_name": "conflict",
    "name": "conflict",
    "title": "conflict",
    "part_of": "partof",
    "part of": "partof",
    "location": "place",
    "coords": "coordinates",
    "coordinate": "coordinates",
    "outcome": "result",
    "territorial_changes": "territory",
    "territorial changes": "territory",
    "note": "notes",
}

# The per-side parameter prefixes, named once (typed one by one: mypyc's type check, which
# reads the modules of an import cycle in another order, could not infer an unpacking's types).
COMBATANT: str = "combatant"
COMMANDER: str = "commander"
UNITS: str = "units"
STRENGTH: str = "strength"
CASUALTIES: str = "casualties"
# Per-side parameters: prefix -> Side attribute. A column is combatantN/commanderN/…; a suffix
# a–d adds rows under the same side ("combatant1a" is often a "Supported by:" row).
SIDE_PREFIXES = {
    COMBATANT: "belligerents",
    COMMANDER: "commanders",
    UNITS: "units",
    STRENGTH: "strength",
    CASUALTIES: "casualties",
}
# Side rows whose values are figures (Quantity lists), and rows of names.
FIGURE_PREFIXES = (STRENGTH, CASUALTIES)
NAME_PREFIXES = (COMBATANT, COMMANDER, UNITS)
SIDE_PREFIX_ALIASES = {
    "side": COMBATANT,  # {{Infobox civil conflict}}: side1, leadfigures1, howmany1
    "leadfigures": COMMANDER,
    "howmany": STRENGTH,
    "combatants": COMBATANT,
    "belligerent": COMBATANT,
    "belligerents": COMBATANT,
    "commanders": COMMANDER,
    "leader": COMMANDER,
    "unit": UNITS,
    "casualty": CASUALTIES,
    "losses": CASUALTIES,
}

# Extra rows under one column: "combatant1a" … "combatant1d".
SIDE_ROWS = "abcd"
# "combatant2", "commander1a", "casualties3": prefix, column number, optional row suffix.
SIDE_PARAM = re.compile(rf"(?P<prefix>[a-z]+?)_?(?P<n>[1-9])(?P<row>[{SIDE_ROWS}]?)")

# --- the infobox as a rendered page shows it -----------------------------------------------------

# Row labels of a rendered conflict infobox, as printed (format detection counts lines
# starting with them).
INFOBOX_LABELS = (
    "Belligerents", "Commanders and leaders", "Units involved", "Strength",
    "Casualties and losses", "Territorial changes", "Commanders an leaders", "Strenth",
    "Casualties an losses",
)  # fmt: skip
# Rendered-infobox row labels -> canonical parameter (per-side ones get the column number).
ROW_LABELS = {
    "part of": "partof",
    "date": "date",
    "location": "place",
    "place": "place",
    "coordinates": "coordinates",
    "result": "result",
    "status": "status",
    "territorial changes": "territory",
    "belligerents": COMBATANT,
    "combatants": COMBATANT,
    "participants": COMBATANT,  # World War II's box says "Participants"
    "commanders and leaders": COMMANDER,
    "commanders": COMMANDER,
    "units involved": UNITS,
    "strength": STRENGTH,
    "casualties and losses": CASUALTIES,
    "casualties": CASUALTIES,
    # Scots Wikipedia's rendered box (a mirror of sco.wikipedia.org)
    "pairt o": "partof",
    "commanders an leaders": COMMANDER,
    "strenth": STRENGTH,
    "casualties an losses": CASUALTIES,
    "unit involved": UNITS,
}
# What a rendered page with the conflict infobox holds for certain (a dump prefilter): a side
# row's label, or the template's name in Parsoid's data-mw (in any language's Wikipedia).
HTML_INFOBOX_MARKS = ("Belligerents", "Combatants", "Commanders and leaders",
                      "Casualties and losses", "nfobox military conflict")  # fmt: skip
# Labels a mirror glues to their value ("Date17–25 April 2018", "Location Raqqa").
INLINE_LABELS = ("Date", "Location", "Status", "Result", "Coordinates")

# --- citations ------------------------------------------------------------------------------------

# Citation-template parameter -> Citation field. Authors are gathered separately.
CITE_FIELDS = {
    "title": "title",
    "url": "url",
    "work": "work",
    "website": "work",
    "newspaper": "work",
    "journal": "work",
    "magazine": "work",
    "periodical": "work",
    "encyclopedia": "work",
    "publisher": "publisher",
    "date": "date",
    "year": "date",
    "access-date": "access_date",
    "accessdate": "access_date",
    "archive-url": "archive_url",
    "archiveurl": "archive_url",
    "archive-date": "archive_date",
    "archivedate": "archive_date",
}
CITE_DATE_FIELDS = frozenset({"date", "access_date", "archive_date"})
# "author", "author2", "last1"/"first1", "authors": the pieces of an author list.
CITE_AUTHOR_PARTS = ("author", "last", "first", "surname", "given", "authors")
CITE_AUTHOR = re.compile(rf"(?P<part>{'|'.join(CITE_AUTHOR_PARTS)})(?P<n>\d*)")
CITE_AUTHOR_INITIALS = frozenset(part[0] for part in CITE_AUTHOR_PARTS)  # a quick first test
# Extra citation parameters worth showing in the citation's text, with their labels.
CITE_TEXT_EXTRAS = {
    "location": "{}",
    "page": "p. {}",
    "pages": "pp. {}",
    "at": "{}",
    "isbn": "ISBN {}",
    "doi": "doi:{}",
    "comment": "{}",
}
# Presentation-only citation parameters: dropped without an Issue.
CITE_IGNORED = frozenset(
    {"ref", "df", "mode", "url-status", "deadurl", "dead-url", "name-list-style", "postscript"}
)

# Article sections with a meaning of their own (titles compared in lower case).
SEE_ALSO_TITLES = frozenset({"see also"})
RELATED_TITLES = frozenset({"related articles", "related research articles"})
# Sections whose lines are read as links (the others only as text).
LINK_SECTION_TITLES = SEE_ALSO_TITLES | RELATED_TITLES
REFERENCE_TITLES = frozenset(
    {
        "references",
        "notes",
        "footnotes",
        "citations",
        "notes and references",
        "references and notes",
        "sources",
        "bibliography",
        "works cited",
        "cited sources",
    }
)
