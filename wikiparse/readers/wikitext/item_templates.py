"""Templates that shape list items: flags, status markers, list templates, references.

Each handler gets the flattener's ``Sink`` and the template ``Call`` (see ``dispatch.handle``).
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.readers.common.icons import flag_from_file
from wikiparse.readers.wikitext.calls import Call
from wikiparse.readers.wikitext.nodes import Nodes
from wikiparse.readers.wikitext.sink import Sink

__all__ = [
    "CITE_SHOWN", "FOOTNOTE_PAGES", "ICON_SIZE_PARAM", "MAX_CODE_LENGTH", "YEAR_LIKE",
    "bullet_list", "cite", "collapsible", "country", "country_of", "flag_icon", "flag_image",
    "flag_name", "named_ref", "note", "param_list", "reflist", "service", "short_footnote",
    "status"
]  # fmt: skip

# An icon's display size given where a variant could stand: "23px", "20x15px", "size=20".
ICON_SIZE_PARAM = re.compile(r"\d{1,4}(?:x\d{1,4})?\s*px|size\s*=.*", re.IGNORECASE)
# Country codes in flag templates are ISO/IOC codes of two to four capitals ("UK", "USA").
MAX_CODE_LENGTH = 4
# A year in a short footnote ("{{sfn|Harris|2008a|p=3}}"), or "n.d." for no date.
YEAR_LIKE = re.compile(r"\d{3,4}[a-z]?|n\.d\.")
# Page locators of a short footnote and how they print.
FOOTNOTE_PAGES = {"p": "p. ", "page": "p. ", "pp": "pp. ", "pages": "pp. ", "loc": "", "at": ""}
# Cite parameters shown, in order, when a citation template stands in running text.
CITE_SHOWN = ("author", "last", "title", "work", "website", "date")


# --- flags and markers ------------------------------------------------------------------------


def country_of(code: str) -> str:
    """ "USA" -> "United States": flag templates take the country's shorthand code too
    ({{flag|USA|1861}}, {{flagicon|GBR}}); a code is written in capitals ("Iran" is a name)."""
    if code.isupper() and len(code) <= MAX_CODE_LENGTH:
        low = code.lower()
        return vocab.COUNTRY_TEMPLATES.get(low) or vocab.FLAG_CODES.get(low, code)
    return code


def flag_icon(fl: Sink, call: Call) -> None:
    """{{flagicon|Spain|1785}} -> flag "Spain (1785)": historical variants are kept; a size
    ("{{flagicon|France|23px}}") is how it shows, not which flag."""
    country, variant = country_of(fl.text_of(call.at(0))), fl.text_of(call.at(1))
    if ICON_SIZE_PARAM.fullmatch(variant):
        variant = ""
    if country:
        fl.add_flag(f"{country} ({variant})" if variant else country)


def flag_name(fl: Sink, call: Call) -> None:
    """{{flag|Gran Colombia}} -> the flag and the linked name; {{flagcountry|USA}} -> the
    name "United States"."""
    flag_icon(fl, call)
    country = country_of(fl.text_of(call.at(0)))
    if country:
        fl.link(fl.text_of(call.named.get("name")) or country, country)


def flag_image(fl: Sink, call: Call) -> None:
    file_name = fl.text_of(call.at(0))
    if file_name:
        fl.add_flag(flag_from_file(file_name.split(":", 1)[-1]))


def service(fl: Sink, call: Call) -> None:
    """{{army|France}} -> flag France, name "France Army"."""
    country = fl.text_of(call.at(0))
    if country:
        fl.add_flag(country)
        label = f"{country} {vocab.SERVICE_TEMPLATES[call.name]}"
        fl.link(label, label)


def country(fl: Sink, call: Call) -> None:
    """{{USA}} -> flag and name "United States"."""
    name = vocab.COUNTRY_TEMPLATES[call.name]
    fl.add_flag(name)
    fl.link(name, name)


def status(fl: Sink, call: Call) -> None:
    fl.add_marker(vocab.STATUS_TEMPLATES[call.name])


# --- lists ------------------------------------------------------------------------------------


def bullet_list(fl: Sink, call: Call) -> None:
    """{{plainlist|\n* a\n* b}}: the "*" lines inside make the items."""
    fl.newline()
    content = call.at(0) or next(iter(call.named.values()), None)
    if content is not None:
        fl.walk(content)
    fl.newline()


def _items(fl: Sink, values: list[Nodes], depth: int) -> None:
    for value in values:
        fl.newline(depth, bullet=depth > 0)
        fl.walk(value)
    fl.newline()


def _item_depth(fl: Sink) -> int:
    return fl.item_depth()


def param_list(fl: Sink, call: Call) -> None:
    """{{ubl|a|b}}, {{hlist|a|b}}: each positional parameter is an item."""
    _items(fl, call.pos, _item_depth(fl))


def collapsible(fl: Sink, call: Call) -> None:
    """{{collapsible list|title=Allies|a|b}}: the title is an item, the rest its children."""
    depth = _item_depth(fl)
    title = call.named.get("title")
    if title is not None and fl.text_of(title):
        fl.newline(depth, bullet=depth > 0)
        fl.walk(title)
        depth += 1
    _items(fl, call.pos, depth)


# --- references -------------------------------------------------------------------------------


def cite(fl: Sink, call: Call) -> None:
    """{{cite news|…}}: its parameters become citation fields; in running text, a short text."""
    fields = {key: fl.text_of(value) for key, value in call.named.items()}
    fields = {key: value for key, value in fields.items() if value}
    first_in_ref = fl.add_cite(fields)
    if not first_in_ref:  # a ref keeps its first citation as fields; others show as text
        fl.emit(". ".join(fields[k] for k in CITE_SHOWN if fields.get(k)))


def short_footnote(fl: Sink, call: Call) -> None:
    """{{sfn|Harris|2008|p=32}} -> the reference "Harris 2008, p. 32" (its own key)."""
    words = [fl.text_of(p) for p in call.pos]
    year = next((w for w in words if YEAR_LIKE.fullmatch(w)), "")
    authors = " & ".join(w for w in words if w and w != year)
    where = next(
        (
            f"{label}{fl.text_of(call.named[k])}"
            for k, label in FOOTNOTE_PAGES.items()
            if k in call.named
        ),
        "",
    )
    key = ", ".join(s for s in (f"{authors} {year}".strip(), where) if s)
    if key:
        fl.define_ref(key, key)
        fl.add_ref(key)


def note(fl: Sink, call: Call) -> None:
    """{{efn|…}}, {{refn|…|name=x}}, {{#tag:ref|…}}: a footnote defined in place."""
    fl.attach_ref(fl.text_of(call.named.get("name")) or None, call.at(0))


def named_ref(fl: Sink, call: Call) -> None:
    """{{r|a|b}}: re-uses named references."""
    if call.name == "r":
        for key in (fl.text_of(p) for p in call.pos):
            if key:
                fl.add_ref(key)


def reflist(fl: Sink, call: Call) -> None:
    """{{reflist|refs=<ref name=a>…</ref>}}: list-defined references register their content."""
    if "refs" in call.named:
        fl.text_of(call.named["refs"])
