"""Citations: citation-template parameters or free text to a Citation with ISO dates.

A citation built from template parameters gets a ``text`` made from its fields by
``citation_text``, so the same fields always give the same text (the renderer relies on it).
Parameters with no Citation field are kept in ``extra``, never dropped.
"""

from __future__ import annotations

from wikiparse import fields
from wikiparse.models import Citation, Issue
from wikiparse.raw import RawRef
from wikiparse.values.dates import parse_date
from wikiparse.values.text import squash

_PARTS_BY_FIELD = ("title", "work", "publisher", "date")


def citation_text(c: Citation) -> str:
    """The one-line text of a template citation: authors. "Title". Work. Publisher. Date. p. 5."""
    parts = ["; ".join(c.authors)] if c.authors else []
    for name in _PARTS_BY_FIELD:
        value = getattr(c, name)
        if value:
            parts.append(f'"{value}"' if name == "title" else value)
    for name, label in fields.CITE_TEXT_EXTRAS.items():
        if c.extra.get(name):
            parts.append(label.format(c.extra[name]))
    return ". ".join(parts)


def _authors(params: dict[str, str]) -> tuple[list[str], set[str]]:
    """ "author1", "last2"/"first2", "authors": author names in order, and the keys used."""
    by_index: dict[int, dict[str, str]] = {}
    used: set[str] = set()
    for key, value in params.items():
        match = fields.CITE_AUTHOR.fullmatch(key)
        if match is None or not value:
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
    params: dict[str, str], used: set[str], issues: list[Issue]
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
            iso = parse_date(value)
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


def build_citation(ref: RawRef) -> tuple[Citation, list[Issue]]:
    """One RawRef -> Citation, with Issues for the parameters that could not be read."""
    issues: list[Issue] = []
    url = ref.urls[0] if ref.urls else None
    if not ref.fields:
        return Citation(key=ref.key, url=url, text=squash(ref.text)), issues
    authors, used = _authors(ref.fields)
    values, extra = _field_values(ref.fields, used, issues)
    if url and "url" not in values:
        values["url"] = url
    citation = Citation(key=ref.key, authors=authors, extra=extra, **values)
    return citation.model_copy(update={"text": citation_text(citation)}), issues
