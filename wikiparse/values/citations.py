"""Citations: citation-template parameters or free text to a Citation with ISO dates.

A citation built from template parameters gets a ``text`` made from its fields by
``citation_text``, so the same fields always give the same text (the renderer relies on it).
Parameters with no Citation field are kept in ``extra``, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from wikiparse import fields
from wikiparse.models import Citation, Issue
from wikiparse.raw import RawRef
from wikiparse.values.dates import parse_date
from wikiparse.values.text import squash

__all__ = [
    "ARCHIVED", "DATE_IN_PARENS", "NUMBERED", "RENDERED", "RENDERED_PART", "RETRIEVED",
    "build_citation", "citation_text", "parse_rendered_citation"
]  # fmt: skip

_PARTS_BY_FIELD = ("title", "work", "publisher", "date")
# A rendered citation: authors/date, the quoted title, then ". "-separated parts.
RENDERED = re.compile(
    r'^(?P<before>[^"“]{0,300})["“](?P<title>[^"”]{1,500})["”]\.?\s*(?P<after>.*)$'
)
# (Space runs are tried from their start only and taken whole: linear on long runs of spaces.)
RENDERED_PART = re.compile(r"(?:(?<!\s)\s++)?\.(?:\s++|$)|(?<!\s)\s++\.")
ARCHIVED = re.compile(r"^Archived from the original(?: \(PDF\))? on (?P<date>.+)$", re.I)
RETRIEVED = re.compile(r"^Retrieved (?:on )?(?P<date>.+)$", re.I)
# "Smith, J. (3 April 2018)": a date in parentheses ends the part before the title (read by
# string search from the end: a lazy "^(.*?)\s*\((…)\)$" is quadratic in the spaces).
DATE_IN_PARENS = (4, 40)  # length bounds of the date text


def _date_at_end(text: str) -> tuple[str, str] | None:
    """ "Smith, J. (3 April 2018)." -> ("Smith, J.", "3 April 2018"); None without one."""
    end = text.rstrip()
    if end.endswith(")."):
        end = end[:-1]
    if not end.endswith(")"):
        return None
    opened = end.rfind("(")
    inner = end[opened + 1 : -1]
    low, high = DATE_IN_PARENS
    if opened < 0 or ")" in inner or not low <= len(inner) <= high:
        return None
    return end[:opened].rstrip(), inner


def parse_rendered_citation(text: str) -> dict[str, str]:
    """'"Title". Work . 3 April 2018. Archived from the original on X. Retrieved Y.' -> the
    citation-template parameters it shows; {} when there is no quoted title to anchor on."""
    match = RENDERED.match(text)
    if match is None:
        return {}
    out = {"title": match.group("title").strip()}
    before = match.group("before").strip().rstrip(".").strip()
    dated = _date_at_end(before)
    if dated is not None:
        before, out["date"] = dated
    if before:
        out["author"] = before
    rest: list[str] = []
    dated_after = False  # the work comes before the date: "Title". Work. Date.
    for part in (p.strip() for p in RENDERED_PART.split(match.group("after"))):
        archived, retrieved = ARCHIVED.match(part), RETRIEVED.match(part)
        if not part:
            continue
        if archived:
            out["archive-date"] = archived.group("date")
        elif retrieved:
            out["access-date"] = retrieved.group("date")
        elif "date" not in out and parse_date(part):
            out["date"], dated_after = part, True
        elif "work" not in out and not dated_after:
            out["work"] = part
        else:
            rest.append(part)
    if rest:
        out["comment"] = ". ".join(rest)
    return out


def citation_text(c: Citation) -> str:
    """The one-line text of a template citation: authors. "Title". Work. Publisher. Date. p. 5."""
    return _text(c.authors, {name: getattr(c, name) for name in _PARTS_BY_FIELD}, c.extra)


def _text(authors: list[str], values: Mapping[str, str | None], extra: dict[str, str]) -> str:
    parts = ["; ".join(authors)] if authors else []
    for name in _PARTS_BY_FIELD:
        value = values.get(name)
        if value:
            parts.append(f'"{value}"' if name == "title" else value)
    for name, label in fields.CITE_TEXT_EXTRAS.items():
        if extra.get(name):
            parts.append(label.format(extra[name]))
    return ". ".join(parts)


def _authors(params: dict[str, str]) -> tuple[list[str], set[str]]:
    """ "author1", "last2"/"first2", "authors": author names in order, and the keys used."""
    by_index: dict[int, dict[str, str]] = {}
    used: set[str] = set()
    for key, value in params.items():
        if not value or key[:1] not in fields.CITE_AUTHOR_INITIALS:
            continue
        match = fields.CITE_AUTHOR.fullmatch(key)
        if match is None:
            continue
        used.add(key)
        part = {"surname": "last", "given": "first"}.get(match.group("part"), match.group("part"))
        by_index.setdefault(int(match.group("n") or 1), {})[part] = value
    names = []
    for index in sorted(by_index):
        parts = by_index[index]
        full = parts.get("author") or parts.get("authors")
        if full is None:
            full = squash(f"{parts.get('first', '')} {parts.get('last', '')}")
        if full:
            names.append(full)
    return names, used


def _field_values(
    params: dict[str, str], used: set[str], issues: list[Issue], lang: str | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    values: dict[str, str] = {}
    extra: dict[str, str] = {}
    for key, value in params.items():
        target = fields.CITE_FIELDS.get(key)
        if key in used or key in fields.CITE_IGNORED or not value:
            continue
        if target is None or target in values:
            extra[key] = value
        elif target in fields.CITE_DATE_FIELDS:
            iso = parse_date(value, lang)
            if iso is None:
                extra[key] = value
                issues.append(
                    Issue(code="unparsed-date", message="citation date is not a date", text=value)
                )
            else:
                values[target] = iso
        else:
            values[target] = value
    return values, extra


# A parameter name and its number: "apellido2" -> ("apellido", "2").
NUMBERED = re.compile(r"(?P<name>.*?)(?P<n>\d*)")


def _english_names(params: dict[str, str]) -> dict[str, str]:
    """Another language's citation parameters under their English names ("titel" -> "title",
    "apellido2" -> "last2"); English ones as they are."""
    out: dict[str, str] = {}
    for key, value in params.items():
        match = NUMBERED.fullmatch(key)
        name, n = (match.group("name"), match.group("n")) if match else (key, "")
        out.setdefault(fields.CITE_PARAM_ALIASES.get(name, name) + n, value)
    return out


def build_citation(ref: RawRef, lang: str | None = None) -> tuple[Citation, list[Issue]]:
    """One RawRef -> Citation, with Issues for the parameters that could not be read
    (``lang``: the page's language, for its dates: "consulté le 3 mars 2017")."""
    issues: list[Issue] = []
    url = ref.urls[0] if ref.urls else None
    params = ref.fields or (parse_rendered_citation(ref.text) if ref.rendered else {})
    if not params:
        return Citation(key=ref.key, url=url, text=squash(ref.text)), issues
    if any(key.rstrip("0123456789") in fields.CITE_PARAM_ALIASES for key in params):
        params = _english_names(params)
    authors, used = _authors(params)
    values, extra = _field_values(params, used, issues, lang)
    if url and "url" not in values:
        values["url"] = url
    text = _text(authors, values, extra)
    return Citation(key=ref.key, authors=authors, extra=extra, text=text, **values), issues
