"""Flag templates of other Wikipedias, read in the page's language (its ``vocab/lang`` data):

    {{FRA}}, {{FRA-1804}}     de/es/it/pt: a country code (a year variant) is a template:
                              the flag and the country's name ("Frankreich")
    {{FRA-1804|#}}            de: "#" shows the flag only (a name is written beside it)
    {{drapeau|France}}        fr, es {{bandera|ESP}}, it {{bandiera|ITA}}, ru {{флаг|Россия}},
                              pt {{bandeira|BRA}}: the flag only; {{drapeau2|…}},
                              {{флагификация|Россия}}, {{bandiera|ITA|nome}}: flag and name
    {{France}}                fr: a country's name is a template: flag and name
    {{Флаг России}}           ru: the flag only, the country in the template's name

English's own flag templates ({{flagicon|FRA}}, {{flagcountry|BRA}}) on such a page give the
country in the page's words too. A flag standing alone on a belligerent's line (no name
written) names that party: what a reader of the rendered box sees is that country's flag.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wikiparse import fields, vocab
from wikiparse.issues import Issue
from wikiparse.readers.wikitext.calls import Call
from wikiparse.readers.wikitext.context import Line
from wikiparse.readers.wikitext.item_templates import ICON_SIZE_PARAM, country_of
from wikiparse.readers.wikitext.sink import Sink
from wikiparse.vocab.lang import Language, language

__all__ = [
    "CODE_TEMPLATE", "FLAG_ONLY", "ICON", "NAME", "PARTY_PARAM", "VARIANT", "flag_handler",
    "name_lone_flags"
]  # fmt: skip

ICON, NAME = "icon", "name"
FLAG_ONLY = "#"  # {{FRA|#}}: the flag without the name
# A country-code template's name: two to four letters, and a year variant ("fra-1804",
# "gbr-1801", "rus-1883"; names are lower case here). Matched whole: linear.
CODE_TEMPLATE = re.compile(r"(?P<code>[a-z]{2,4})(?:-(?P<variant>\d{3,4}))?")
# A flag's historical variant as the flag is written: "Frankreich (1804)".
VARIANT = re.compile(r"\s*\([^()]*\)$")
# The infobox parameters whose lines name parties (belligerents, units): "combatant1", "units2a".
PARTY_PARAM = re.compile(rf"(?:{fields.COMBATANT}|{fields.UNITS})\d")

Handler = Callable[[Sink, Call], None]


def _country(data: Language, written: str) -> str:
    """A code ("FRA", "ESP") in the language's words; a name ("France") as written; a code the
    language's table lacks in English's (the right country, in English)."""
    if written.isupper() and written.lower() in data.flag_codes:
        return data.flag_codes[written.lower()]
    return country_of(written)


def _show(fl: Sink, country: str, variant: str, name: bool, nameless: bool = False) -> None:
    if ICON_SIZE_PARAM.fullmatch(variant):
        variant = ""
    fl.add_flag(f"{country} ({variant})" if variant else country, nameless)
    if name:
        fl.link(country, country)


def _by_parameter(kind: str) -> Handler:
    """{{drapeau|France}}, {{bandera|ESP|1785}}: the country is the first parameter."""

    def handler(fl: Sink, call: Call) -> None:
        data = language(fl.language)
        written = fl.text_of(call.at(0))
        if not written:
            return
        rest = [fl.text_of(p) for p in call.pos[1:]]
        shown = kind == NAME or any(w in data.flag_name_words for w in rest)
        variant = next((w for w in rest if w and w not in data.flag_name_words), "")
        _show(fl, _country(data, written), variant, shown)

    return handler


def _by_code(code: str, variant: str) -> Handler:
    """{{FRA-1804}}, {{FRA|#}}: the country is the template's own name; a code the language's
    table lacks ({{PRE|#}}) is kept as the flag, and no name is made of it."""

    def handler(fl: Sink, call: Call) -> None:
        country = language(fl.language).flag_codes.get(code)
        if country is None:
            _show(fl, code.upper(), variant, False, nameless=True)
        else:
            _show(fl, country, variant, fl.text_of(call.at(0)) != FLAG_ONLY)

    return handler


def _by_name(country: str, name: bool, nameless: bool = False) -> Handler:
    def handler(fl: Sink, call: Call) -> None:
        _show(fl, country, "", name, nameless)

    return handler


def flag_handler(lang: str | None, call: Call) -> Handler | None:
    """The handler of template ``call`` on a page in ``lang``; None when the language has no
    flag template of that name (English's tables then decide)."""
    if lang is None or lang == "en":
        return None
    data, name = language(lang), call.name
    kind = data.flag_templates.get(name)
    if kind is None and name in vocab.FLAG_ICON_TEMPLATES:
        kind = ICON
    elif kind is None and name in vocab.FLAG_NAME_TEMPLATES:
        kind = NAME
    if kind is not None:
        return _by_parameter(kind)
    code = CODE_TEMPLATE.fullmatch(name) if data.code_templates else None
    if code is not None and (
        code.group("code") in data.flag_codes or _flag_only(call)  # {{PRE|#}}: a flag still
    ):
        return _by_code(code.group("code"), code.group("variant") or "")
    if data.country_templates:
        country = next((c for c in data.flag_codes.values() if c.lower() == name), None)
        if country is not None:
            return _by_name(country, True)
    prefix = next((p for p in data.flag_prefixes if name.startswith(p)), None)
    if prefix is not None and len(name) > len(prefix):
        # "Флаг России": the country in the genitive ("России"), never a party's name
        return _by_name(name[len(prefix) :].strip().title(), False, nameless=True)
    return None


def _flag_only(call: Call) -> bool:
    first = call.at(0)
    return first is not None and len(first) == 1 and str(first[0]).strip() == FLAG_ONLY


def name_lone_flags(key: str, lines: list[Line]) -> list[Issue]:
    """A belligerent's line that holds a flag and nothing else ("*{{FRA-1804|#}}") names the
    flag's country (its variant dropped): the rendered box shows only that country's flag.
    A flag that gives no name ({{PRE|#}}: a code the tables lack; {{Флаг России}}: a
    genitive) names none: its party is lost, and reported."""
    lost: list[Issue] = []
    if PARTY_PARAM.match(key) is None:
        return lost
    for line in lines:
        if len(line.flags) == 1 and not line.links and not line.has_text():
            if not line.nameless_flag:
                line.close(VARIANT.sub("", line.flags[0]))
                continue
            message = "a party shown by its flag alone, whose template gives no name to read"
            lost.append(Issue(code="value-lost", field=key, text=line.flags[0], message=message))
    return lost
