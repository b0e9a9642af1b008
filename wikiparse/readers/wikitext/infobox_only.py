"""Infobox-only reading: what of the article body can change the Conflict, found without
parsing the body.

Users who want only the infobox (``extract(..., sections=False)``) get the Conflict of a full
read minus ``sections``, ``see_also``, ``related`` and the references the infobox does not
cite. Three things of the body still reach that Conflict: the banners that become
``notices``, a ``{{coord|…|display=title}}`` that gives ``coordinates`` when the infobox has
none, and the definitions of references the infobox cites but does not define
("<ref name=Smith/>" in the infobox, "<ref name=Smith>…</ref>" in the lead). So:

- scans of the source outside the infobox find every place one of them may be (any case,
  any spacing, in comments and <nowiki> too: more than a body read would take, never less);
- when there is none, the body is not read at all;
- when each stands at the top level of the page (``nesting``), each is read alone, which is
  reading it in place;
- otherwise (one stands in a table, another template, a <references> block…, or the
  infobox has no name and the lead's bold phrase names the page) the whole body is read.

tests/test_infobox_only.py compares the two modes over the corpus and generated pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wikiparse import vocab
from wikiparse.raw import RawValue, cited
from wikiparse.readers.wikitext.nesting import HIDDEN, TOP, Scan
from wikiparse.readers.wikitext.spans import closing
from wikiparse.readers.wikitext.tags import closing_tag
from wikiparse.values.text import squash

__all__ = [
    "COMMENTED_NAME", "COORD_USE", "MAX_PARTS", "NAME_BEFORE", "NAME_REACH", "NAME_STOPS",
    "NOTICE_USE", "REFERENCE_LIST_USE", "REF_TAG", "WORD_RUN", "Plan", "body_plan",
    "parts_to_read", "shown"
]  # fmt: skip


def _names(names: Iterable[str]) -> str:
    """Template names as source may write them: any case, spaces or underscores between words."""
    words = (r"[\s_]+".join(map(re.escape, name.split())) for name in names)
    return "|".join(sorted(words, key=len, reverse=True))


# A template opener as MediaWiki reads it: "{{", spaces, an optional "Template:"/"subst:".
_OPENER = r"\{\{\s*(?:(?:template|msg|subst|safesubst)\s*:\s*)*"
# A banner the body read turns into a notice ("{{Refimprove|date=May 2020}}", "{{Ambox").
NOTICE_USE = re.compile(
    _OPENER + "(?:" + _names([*vocab.MAINTENANCE_TEMPLATES, *vocab.MULTIPLE_ISSUES_TEMPLATES,
                              *vocab.NOTICE_TEMPLATES]) + ")",
    re.IGNORECASE,
)  # fmt: skip
# "{{coord|…|display=title}}" below the infobox: the page's coordinates.
COORD_USE = re.compile(_OPENER + "(?:" + _names(vocab.COORD_TEMPLATES) + ")", re.IGNORECASE)
# "{{Reflist|refs=<ref name=a>…</ref>}}": list-defined references, read with their list.
REFERENCE_LIST_USE = re.compile(
    _OPENER + "(?:" + _names(vocab.REFERENCE_LIST_TEMPLATES) + ")", re.IGNORECASE
)
# A comment before a template's name, raw or XML-escaped ("{{<!-- x -->Refimprove}}"): the
# scans above cannot see the name.
COMMENTED_NAME = re.compile(r"\{\{\s*(?:<|&lt;)!--")
# "<ref name=…" (any case) just before a name attribute: the tag a definition opens with.
REF_TAG = re.compile(r"<ref\b", re.IGNORECASE)
# What stands before a reference's name: "name=", spaces, an opening quote (any case).
NAME_BEFORE = re.compile(r"""(?<!\w)(?i:name)\s*=\s*(?P<quote>["']?)\s*\Z""")
NAME_REACH = 40  # characters looked at before a name for it
# Where an unquoted name ends: as the tag reader reads it, or a template's parameter.
NAME_STOPS = frozenset(" \t\n\"'/>|}")
# The letters and digits of a reference's name (what no escaping changes).
WORD_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class Plan:
    """What of the body to read alone: the templates ``templates`` find, and the definitions
    of the references named ``refs``."""

    templates: list[re.Pattern[str]]
    refs: list[str]


def shown(value: RawValue | None) -> bool:
    """Does a value show text, as the assembler reads it (squashed lines)?"""
    return value is not None and any(squash(line) for line in value.text.split("\n"))


def body_plan(
    text: str, span: tuple[int, int], infobox: dict[str, RawValue], defined: Iterable[str]
) -> Plan | None:
    """What of the body may change the Conflict (an empty Plan: nothing); None when the
    whole body must be read. ``text`` is the page as given (XML-escaped or not), ``span`` the
    infobox's place in it, ``defined`` the refs the infobox defined."""
    if not shown(infobox.get("conflict")) or _found(COMMENTED_NAME, text, span):
        return None  # the name comes from the lead; a name the scans cannot see
    templates = [NOTICE_USE]
    if not shown(infobox.get("coordinates")):  # else the page's coordinates are not read
        templates.append(COORD_USE)
    start, end = span
    outside = (text[:start], text[end:])
    refs = sorted(k for k in cited(infobox).difference(defined) if _may_define(k, outside))
    return Plan([p for p in templates if _found(p, text, span)], refs)


def _found(pattern: re.Pattern[str], text: str, span: tuple[int, int]) -> bool:
    start, end = span
    return pattern.search(text, 0, start) is not None or pattern.search(text, end) is not None


def _may_define(key: str, parts: Iterable[str]) -> bool:
    """Could the body define ``key``? Each word of it appears there (a name is read from the
    source as written, its spacing squashed; escaping touches no letter or digit, and a name
    of other characters only is assumed to)."""
    words = WORD_RUN.findall(key)
    if not words:
        return True
    return any(all(word in part for word in words) for part in parts)


def _ref_names(body: str, key: str) -> Iterator[int]:
    """Where ``key`` is given as a name (at "name"): name="key", name='key' or name=key,
    spaced as written, in a tag or a template. Found from each place the key's first word
    stands (a few in a page): a regex over the whole page cost more than the rest."""
    words = key.split()
    value = re.compile(r"\s+".join(map(re.escape, words)))
    at = body.find(words[0])
    while at >= 0:
        head = NAME_BEFORE.search(body[max(0, at - NAME_REACH) : at])
        found = value.match(body, at)
        if head is not None and found is not None and _ends(body, found.end(), head["quote"]):
            yield at - len(head.group(0))
        at = body.find(words[0], at + 1)


def _ends(body: str, at: int, quote: str) -> bool:
    """Does a name's value end at ``at`` (its closing quote, or where an unquoted one stops)?"""
    if quote:
        while at < len(body) and body[at].isspace():
            at += 1
        return body[at : at + 1] == quote
    return at == len(body) or body[at] in NAME_STOPS


def parts_to_read(body: str, plan: Plan) -> list[tuple[int, int, str]] | None:
    """The spans of ``body`` (the page with the infobox cut out, unescaped) to read alone, in
    page order, with the reference each defines ("" for a template): each template of the
    plan, the first definition of each reference, and a reference list that holds one (its
    list-defined references), when all stand at the top level (templates on a line of their
    own, where no heading holds them); None when one stands anywhere else."""
    events = _events(body, plan)
    scan, spans, found = Scan(body), list[tuple[int, int, str]](), set[str]()
    for i, (at, kind, key) in enumerate(events):
        if (key and key in found) or (spans and at < spans[-1][1]):
            continue  # defined already, or inside what was read ({{Multiple issues|{{Pov}}}})
        if kind == _LIST:  # read only for a definition it holds, and only when it can be
            part = _template(body, at, scan)
            if part is None or not _holds(part, events, i + 1, found):
                continue
        else:
            part = _template(body, at, scan) if kind == _TEMPLATE else _definition(body, at, scan)
            if part is None:
                return None
        if part[1] > part[0]:
            if len(spans) == MAX_PARTS:
                return None
            spans.append((*part, key))
            scan.pos = part[1]
            found.add(key)  # ("" for a template: never a reference's name)
    return spans


# Parts read alone at most; a page with more is read whole, which is then cheaper (each part
# is parsed apart: 2x the time of the whole body for 10^4 reference lists each reusing a name).
MAX_PARTS = 64
# What an event of ``parts_to_read`` is: a template, a reference list, a reference's name.
_TEMPLATE, _LIST, _NAME = 0, 1, 2


def _events(body: str, plan: Plan) -> list[tuple[int, int, str]]:
    """Where each template of the plan, reference list and name of a planned reference
    stands, in page order (a list is looked for only when a reference is)."""
    lists = [REFERENCE_LIST_USE] if plan.refs else []
    return sorted(
        [(m.start(), _TEMPLATE, "") for p in plan.templates for m in p.finditer(body)]
        + [(m.start(), _LIST, "") for p in lists for m in p.finditer(body)]
        + [(at, _NAME, key) for key in plan.refs for at in _ref_names(body, key)]
    )


def _holds(
    part: tuple[int, int], events: list[tuple[int, int, str]], after: int, found: set[str]
) -> bool:
    """Does the span hold the name of a reference not defined yet? (``events[after:]``
    start in it or after it; the lists read stand apart, so each event is looked at once.)"""
    start, end = part
    for j in range(after, len(events)):  # (not a slice, not islice: each copies or walks)
        at, kind, key = events[j]
        if at >= end:
            return False
        if kind == _NAME and key not in found and at > start:
            return True
    return False


def _template(body: str, at: int, scan: Scan) -> tuple[int, int] | None:
    where = scan.at(at)
    if where == HIDDEN:
        return at, at  # in a comment or <nowiki>: not read in place either
    if where != TOP or not (at == 0 or body[at - 1] == "\n"):
        return None  # nested, or in a line with a heading perhaps
    end = closing(body, at)  # (only here: nested ones would each scan to their end)
    return (at, end) if body[end - 2 : end] == "}}" else None  # or never closed


def _definition(body: str, at: int, scan: Scan) -> tuple[int, int] | None:
    """The <ref name=key>…</ref> whose name attribute is at ``at``; (at, at) for a reuse
    (<ref name=key/>) or a name in a comment; None for any other use of the name (a {{refn}},
    a ref in a table or a template), or one the scan cannot place."""
    lt = body.rfind("<", 0, at)
    close = body.find(">", at)
    if lt < 0 or close < 0 or REF_TAG.match(body, lt) is None or ">" in body[lt:at]:
        return (at, at) if scan.at(at) == HIDDEN else None
    where = scan.at(lt)
    if where == HIDDEN or body[close - 1] == "/":
        return at, at
    end = closing_tag("ref").search(body, close)
    if where != TOP or end is None:
        return None
    return lt, end.end()
