"""Canonical infobox fields and their aliases: data, not logic.

Every reader maps what it finds (a template parameter, a YAML key, a rendered row label) onto
these canonical names; ``assemble`` only ever sees canonical names.
"""

from __future__ import annotations

import re

# Template names (normalised: lower case, single spaces) that are the conflict infobox itself.
# Any other "infobox …" template that carries combatant1/combatant2 counts too (per-war wrappers).
INFOBOX_TEMPLATES = frozenset(
    {
        "infobox military conflict",
        "infobox military operation",
        "infobox battle",
        "infobox war",
        "infobox conflict",
        "warbox",
        "#invoke:infobox military conflict",
    }
)

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

# Per-side parameters: prefix -> Side attribute. A column is combatantN/commanderN/…; a suffix
# a–d adds rows under the same side ("combatant1a" is often a "Supported by:" row).
SIDE_PREFIXES = {
    "combatant": "belligerents",
    "commander": "commanders",
    "units": "units",
    "strength": "strength",
    "casualties": "casualties",
}
SIDE_PREFIX_ALIASES = {
    "combatants": "combatant",
    "belligerent": "combatant",
    "belligerents": "combatant",
    "commanders": "commander",
    "leader": "commander",
    "unit": "units",
    "casualty": "casualties",
    "losses": "casualties",
}

# "combatant2", "commander1a", "casualties3": prefix, column number, optional row suffix.
SIDE_PARAM = re.compile(r"(?P<prefix>[a-z]+?)_?(?P<n>[1-9])(?P<row>[a-d]?)")

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
