"""Everything wikiparse knows about infoboxes, as data: the one home for it.

Which templates are the conflict infobox (and which are infoboxes of other kinds of page),
its parameters and their aliases, the per-side prefixes with their column rows, the row labels
a rendered page shows, and citation-template parameters. Every reader maps what it finds (a
template parameter, a YAML key, a rendered row label) onto these canonical names; ``assemble``
only ever sees canonical names. Readers compile their patterns from these tables; no infobox
name or side prefix is written anywhere else but in the language files ``vocab/lang/<code>.py``,
whose names and aliases (every language's) these tables merge (``tests/test_layout.py`` checks).

(``vocab`` holds the other word lists: words inside values, helper templates, page chrome.)
"""

from __future__ import annotations

import re

from wikiparse.vocab.lang import LANGUAGES, en

__all__ = [
    "CASUALTIES", "CITE_AUTHOR", "CITE_AUTHOR_INITIALS", "CITE_AUTHOR_PARTS", "CITE_DATE_FIELDS",
    "CITE_FIELDS", "CITE_IGNORED", "CITE_PARAM_ALIASES", "CITE_TEXT_EXTRAS", "COMBATANT",
    "COMMANDER", "CONFLICT_INFOBOXES", "FIGURE_PREFIXES", "HTML_INFOBOX_MARKS", "INFOBOX_LABELS",
    "INFOBOX_PREFIX", "INLINE_LABELS", "INVOKE_PREFIX", "LINK_SECTION_TITLES", "NAME_PREFIXES",
    "OTHER_CHROME", "OTHER_INFOBOXES", "OTHER_INFOBOX_LABELS", "OTHER_INLINE_LABELS",
    "PARAM_ALIASES", "REFERENCE_TITLES", "RELATED_TITLES", "RENDERED_INFOBOX", "ROW_LABELS",
    "SEE_ALSO_TITLES", "SIDE_PARAM", "SIDE_PREFIXES", "SIDE_PREFIX_ALIASES", "SIDE_ROWS",
    "SINGLE_FIELDS", "STRENGTH", "UNITS"
]  # fmt: skip

# English's tables, moved to vocab/lang/en.py and exported here under the same names.
INFOBOX_LABELS = en.INFOBOX_LABELS
INLINE_LABELS = en.INLINE_LABELS
ROW_LABELS = en.ROW_LABELS

# --- which infobox a template is ---------------------------------------------------------------

# Template names are compared normalised: lower case, single spaces, no "Template:" prefix.
INFOBOX_PREFIX = "infobox"
# "{{#invoke:Infobox military conflict|main|…}}": the Lua module called directly.
INVOKE_PREFIX = "#invoke:"
# The conflict infobox of every language (``vocab/lang/<code>.py``), its redirects and sister
# templates: "infobox military conflict", "infobox militärischer konflikt", "conflitto".
CONFLICT_INFOBOXES: frozenset[str] = frozenset().union(*(x.infoboxes for x in LANGUAGES.values()))
# Infoboxes of other kinds of page, by what such a page is ("an {{Infobox settlement}} page"),
# in every language. A page whose infoboxes are all of these kinds is not a conflict.
OTHER_INFOBOXES: dict[str, str] = {
    name: kind for x in LANGUAGES.values() for name, kind in x.other_infoboxes.items()
}
# The name wikiparse writes when it renders a Conflict back to wikitext.
RENDERED_INFOBOX = "Infobox military conflict"

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


# Parameter names of every language -> canonical name ("name" -> "conflict", "datum" ->
# "date", "nome del conflitto" -> "conflict"). Keys are compared lower case, with "_" or " ".
PARAM_ALIASES: dict[str, str] = {
    name: canonical for x in LANGUAGES.values() for name, canonical in x.params.items()
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

# Per-side prefixes of every language -> canonical prefix ("side" -> combatant, "verluste" ->
# casualties, "противник" -> combatant).
SIDE_PREFIX_ALIASES: dict[str, str] = {
    name: prefix for x in LANGUAGES.values() for name, prefix in x.side_prefixes.items()
}

# Extra rows under one column: "combatant1a" … "combatant1d".
SIDE_ROWS = "abcd"
# "combatant2", "commander1a", "casualties3": prefix, column number, optional row suffix.
# (Letters of any script: "truppenstärke1", "противник2".)
SIDE_PARAM = re.compile(rf"(?P<prefix>[^\W\d_]+?)_?(?P<n>[1-9])(?P<row>[{SIDE_ROWS}]?)")

# --- the infobox as a rendered page shows it -----------------------------------------------------

# The side rows' labels of the other languages, as printed ("Konfliktparteien", "Pertes",
# "Противники"): format detection counts lines starting with them too.
OTHER_INFOBOX_LABELS: tuple[str, ...] = tuple(
    dict.fromkeys(
        label[:1].upper() + label[1:]
        for x in LANGUAGES.values()
        if x.iso != "en"
        for label, key in x.labels.items()
        if key in SIDE_PREFIXES
    )
)
# Labels of the other languages a scrape glues to their value ("Datum16. Oktober 1813").
OTHER_INLINE_LABELS: tuple[str, ...] = tuple(
    dict.fromkeys(label for x in LANGUAGES.values() if x.iso != "en" for label in x.inline_labels)
)
# The chrome of the other languages' Wikipedias ("aus Wikipedia, der freien Enzyklopädie").
OTHER_CHROME: tuple[str, ...] = tuple(
    dict.fromkeys(
        phrase
        for x in LANGUAGES.values()
        if x.iso != "en"
        for phrase in (*x.chrome_phrases, *sorted(x.chrome_lines))
    )
)
# What a rendered page with the conflict infobox holds for certain (a dump prefilter): a side
# row's label, or the template's name in Parsoid's data-mw (in any language's Wikipedia).
HTML_INFOBOX_MARKS = ("Belligerents", "Combatants", "Commanders and leaders",
                      "Casualties and losses", "nfobox military conflict")  # fmt: skip

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
# Citation parameters of other languages' templates -> the English names above ("titel" ->
# "title", "consulté le" -> "access-date", "apellido" -> "last").
CITE_PARAM_ALIASES: dict[str, str] = {
    name: english for x in LANGUAGES.values() for name, english in x.cite_params.items()
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
