"""Conflict -> wikitext: an {{Infobox military conflict}}, the sections and the references.

The output is written for this library's wikitext reader to give back an equal Conflict (the
round-trip guarantee), and for MediaWiki to render sensibly. Text that would read as markup is
wrapped in <nowiki>; every reference is named and defined once in a <references> block.
"""

from __future__ import annotations

import re

from wikiparse import fields, vocab
from wikiparse.models import Citation, Commander, Conflict, Link, Party, Quantity, Side
from wikiparse.outputs.page_language import breakdown_line, infobox_title, values_language

__all__ = [
    "EDGE_MARKUP", "FIELD_ORDER", "INLINE_MARKUP", "PARTY_FIELDS", "PREFIX_OF", "esc", "link",
    "refs", "render_wikitext"
]  # fmt: skip

# Text that wikitext would read as markup anywhere: brackets, braces, pipes, tags, entities,
# bold/italic quotes, signatures, behaviour switches, free URLs.
INLINE_MARKUP = re.compile(r"[\[\]{}|<>&]|''|~~~|__|://|\n")
# ... and at the edges of a line or value: list, indent and heading characters, rules, spaces.
EDGE_MARKUP = re.compile(r"^[*#:;=\s]|^-{4}|\s$|=$")
# Side attributes in infobox row order, and the parameter prefix each is written under.
FIELD_ORDER = tuple(fields.SIDE_PREFIXES.values())
PREFIX_OF = {attribute: prefix for prefix, attribute in fields.SIDE_PREFIXES.items()}
PARTY_FIELDS = (fields.SIDE_PREFIXES[fields.COMBATANT], fields.SIDE_PREFIXES[fields.UNITS])


def esc(text: str, inline: bool = False) -> str:
    """Plain text to wikitext that shows exactly that text (``inline``: inside a line)."""
    if not INLINE_MARKUP.search(text) and (inline or not EDGE_MARKUP.search(text)):
        return text
    inner = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<nowiki>{inner}</nowiki>"


def link(text: str, page: str | None) -> str:
    if page is None:
        return esc(text)
    if page == text:
        return f"[[{page}]]"
    return f"[[{page}|{esc(text)}]]"


def refs(keys: list[str]) -> str:
    return "".join(f'<ref name="{key}" />' for key in keys)


def _flag(flag: str | None) -> str:
    return f"{{{{flagicon|{flag}}}}} " if flag else ""


def _party(p: Party, depth: int) -> list[str]:
    note = f" ({esc(p.note)})" if p.note else ""
    mark = "{{Surrendered}}" if p.surrendered else ""
    line = f"{'*' * depth}{_flag(p.flag)}{link(p.name, p.page)}{note}{mark}{refs(p.refs)}"
    return [line] + [ln for child in p.children for ln in _party(child, depth + 1)]


def _commander(c: Commander) -> str:
    rank = f"{esc(c.rank)} " if c.rank else ""
    note = f" ({esc(c.note)})" if c.note else ""
    fate = f"{{{{{vocab.FATE_TEMPLATES[c.fate]}}}}}" if c.fate else ""
    return f"*{_flag(c.flag)}{rank}{link(c.name, c.page)}{note}{fate}{refs(c.refs)}"


def _quantity(q: Quantity, flat: bool = False) -> str:
    """A part of a total is an item under it ("**504 killed" after "*3,798 total")."""
    bullets = "**" if q.part_of is not None and not flat else "*"
    return f"{bullets}{esc(q.text)}{refs(q.refs)}"


def _quantities(quantities: list[Quantity], header: str | None) -> list[str]:
    """With ``header`` (the language's "davon:"), a total's parts follow a header line: "72.000"
    names no kind, and only the line says it is a total of the figures after it."""
    if header is None:
        return [_quantity(q) for q in quantities]
    lines = []
    for i, q in enumerate(quantities):
        if q.part_of is not None and (i == 0 or quantities[i - 1].part_of is None):
            lines.append(f"*{header}")
        lines.append(_quantity(q, flat=True))
    return lines


def _side_lines(side: Side, field: str, header: str | None = None) -> list[str]:
    if field in PARTY_FIELDS:
        parties: list[Party] = getattr(side, field)
        return [line for p in parties for line in _party(p, 1)]
    if field == fields.SIDE_PREFIXES[fields.COMMANDER]:
        return [_commander(c) for c in side.commanders]
    return _quantities(getattr(side, field), header)


def _multiline(text: str) -> str:
    return "<br />".join(esc(line) for line in text.split("\n"))


def _place(text: str, links: list[Link]) -> str:
    """The place text with its links put back where their text stands."""
    out, rest = [], text
    for item in links:
        at = rest.find(item.text)
        if at < 0 or not item.text:
            continue
        out += [esc(rest[:at], inline=True), link(item.text, item.page)]
        rest = rest[at + len(item.text) :]
    return "".join(out) + esc(rest, inline=True)


def _infobox_params(c: Conflict, header: str | None) -> list[tuple[str, str]]:
    params: list[tuple[str, str]] = [("conflict", esc(c.name))]
    if c.part_of:
        params.append(("partof", "<br />".join(link(x.text, x.page) for x in c.part_of)))
    for key, value in (("image", c.image), ("caption", c.caption)):
        if value:
            params.append((key, _multiline(value)))
    if c.date:
        params.append(("date", esc(c.date.text)))
    if c.place:
        params.append(("place", _place(c.place, c.place_links)))
    if c.coordinates:
        params.append(("coordinates", _coord(c.coordinates.lat, c.coordinates.lon)))
    if c.result or c.outcomes:
        bullets = "".join(f"\n*{esc(o)}" for o in c.outcomes)
        params.append(("result", esc(c.result or "") + bullets))
    if c.territory:
        params.append(("territory", _multiline(c.territory)))
    params += _side_params(c, header)
    if c.notes:
        params.append(("notes", _multiline(c.notes)))
    params += [(key, _multiline(value)) for key, value in c.extra.items()]
    return params


def _coord(lat: float, lon: float) -> str:
    def num(x: float) -> str:
        text = repr(x)
        return f"{x:.10f}".rstrip("0") if "e" in text else text

    return f"{{{{coord|{num(lat)}|{num(lon)}|display=inline}}}}"


def _side_params(c: Conflict, header: str | None) -> list[tuple[str, str]]:
    columns = list(enumerate(c.sides, start=1))
    if c.joint is not None:
        columns.append((len(c.sides) + 1, c.joint))
    params = []
    for field in FIELD_ORDER:
        for n, side in columns:
            lines = _side_lines(side, field, header)
            if lines:
                params.append((f"{PREFIX_OF[field]}{n}", "\n" + "\n".join(lines)))
    return params


def _citation(c: Citation) -> str:
    structured = c.title or c.work or c.publisher or c.date or c.access_date
    if not (structured or c.archive_url or c.archive_date or c.authors or c.extra):
        return esc(c.text) + (f" [{c.url}]" if c.url else "")
    fields = {
        "title": c.title,
        "url": c.url,
        "work": c.work,
        "publisher": c.publisher,
        "date": c.date,
        "access-date": c.access_date,
        "archive-url": c.archive_url,
        "archive-date": c.archive_date,
    }
    fields.update({f"author{i}": name for i, name in enumerate(c.authors, start=1)})
    fields.update(c.extra)
    body = "".join(f" |{key}={esc(value)}" for key, value in fields.items() if value)
    return f"{{{{citation{body}}}}}"


def _references(c: Conflict) -> list[str]:
    keyed = [x for x in c.references if x.key is not None]
    loose = [x for x in c.references if x.key is None]
    if not keyed and not loose:
        return []
    out = ["== References =="]
    if keyed:
        out.append("<references>")
        out += [f'<ref name="{x.key}">{_citation(x)}</ref>' for x in keyed]
        out.append("</references>")
    out += [f"* {_citation(x)}" for x in loose]
    return out


def _links_section(title: str, links: list[Link]) -> list[str]:
    return [f"== {title} =="] + [f"* {link(x.text, x.page)}" for x in links] if links else []


def render_wikitext(c: Conflict, language: str | None = None) -> str:
    """``c`` as a page; ``language`` (the Document's) is tried first for the infobox: values
    read in German are written under German's infobox, to be read in German again."""
    out = [f"{{{{Notice|1={esc(n)}}}}}" for n in c.notices]
    lang = values_language(c, language)
    out.append("{{" + infobox_title(lang))
    out += [f"| {key} = {value}" for key, value in _infobox_params(c, breakdown_line(lang))]
    out.append("}}")
    for section in c.sections:
        if section.title is not None:
            marks = "=" * section.level
            out += ["", f"{marks} {esc(section.title)} {marks}"]
        out += [line for p in section.paragraphs for line in ("", esc(p))]
    out += ["", *_links_section("See also", c.see_also)]
    out += ["", *_links_section("Related articles", c.related)]
    out += ["", *_references(c)]
    return "\n".join(out).strip() + "\n"
