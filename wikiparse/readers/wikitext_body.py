"""The article around the infobox: sections and paragraphs, See also, references.

Headings cut the page into sections; every other top-level node is flattened in "body" mode,
where each visual line or list item is one clean paragraph (no templates, refs or markup).
See also, related-article and reference sections are routed to their own fields.
"""

from __future__ import annotations

from typing import Any

from mwparserfromhell.nodes import Heading, Tag
from mwparserfromhell.wikicode import Wikicode

from wikiparse import fields
from wikiparse.raw import RawLink, RawPage, RawRef, RawSection
from wikiparse.readers.wikitext_flatten import Flattener, Line, PageContext


def _split(code: Wikicode, skip: Any) -> list[tuple[Heading | None, list[Any]]]:
    """Top-level nodes grouped under their heading (None for the lead), minus ``skip``."""
    parts: list[tuple[Heading | None, list[Any]]] = [(None, [])]
    for node in code.nodes:
        if node is skip or (
            skip is not None and isinstance(node, Tag) and node.contents.contains(skip)
        ):
            continue  # the infobox, or the layout table it sits in (battle-of-evesham)
        if isinstance(node, Heading):
            parts.append((node, []))
        else:
            parts[-1][1].append(node)
    return parts


def _lines(nodes: list[Any], ctx: PageContext) -> list[Line]:
    flattener = Flattener(ctx, "body")
    for node in nodes:
        flattener.node(node)
    return flattener.finish()


def _link(line: Line) -> RawLink:
    """A See also line: its text, and its page when the line is one link."""
    page = next((link.page for link in line.links if link.text == line.text), None)
    return RawLink(text=line.text, page=page)


def _bibliography(line: Line) -> RawRef:
    if line.cites:
        return RawRef(key=None, fields=dict(line.cites[0]))
    return RawRef(key=None, text=line.text, urls=list(line.urls))


def _lead_name(nodes: list[Any], ctx: PageContext) -> str | None:
    """The first bold phrase of the lead ("'''Battle of Evesham'''"), a fallback name."""
    for node in nodes:
        if isinstance(node, Tag) and str(node.tag).lower() == "b":
            return Flattener(ctx, "plain").text_of(node.contents) or None
    return None


def read_body(code: Wikicode, infobox: Any, ctx: PageContext, page: RawPage) -> None:
    """Fill ``page`` with sections, See also, related links and bibliography entries."""
    for heading, nodes in _split(code, infobox):
        lines = _lines(nodes, ctx)
        if heading is None:
            page.lead_name = _lead_name(nodes, ctx)
            if lines:
                page.sections.append(RawSection(None, 0, [line.text for line in lines]))
            continue
        title = Flattener(ctx, "plain").text_of(heading.title)
        key = title.lower()
        if key in fields.SEE_ALSO_TITLES:
            page.see_also.extend(_link(line) for line in lines if line.text)
        elif key in fields.RELATED_TITLES:
            page.related.extend(_link(line) for line in lines if line.text)
        elif key in fields.REFERENCE_TITLES:
            page.references.extend(_bibliography(line) for line in lines if line.text or line.cites)
        else:
            paragraphs = [line.text for line in lines if line.text]
            page.sections.append(RawSection(title or None, heading.level, paragraphs))
    if ctx.skipped_tables:
        ctx.issue("table-skipped", f"{ctx.skipped_tables} table(s) in the article body not read")
