"""The article around the infobox: sections and paragraphs, See also, references.

Headings cut the page into sections; every other top-level node is flattened in "body" mode,
where each visual line or list item is one clean paragraph (no templates, refs or markup).
See also, related-article and reference sections are routed to their own fields.
"""

from __future__ import annotations

from wikiparse import fields
from wikiparse.raw import RawLink, RawPage, RawRef, RawSection
from wikiparse.readers.wikitext.context import Line, PageContext
from wikiparse.readers.wikitext.flatten import Flattener
from wikiparse.readers.wikitext.nodes import BOLD, Heading, Lazy, Node, Nodes

__all__ = ["INFOBOX_MARK", "read_body"]

# Left where the infobox was cut out of the page, so its layout table can be recognised.
INFOBOX_MARK = "<!--wikiparse:infobox-->"


def _link(line: Line) -> RawLink:
    """A See also line: its text, and its page when the line is one link."""
    page = next((link.page for link in line.links if link.text == line.text), None)
    return RawLink(text=line.text, page=page)


def _bibliography(line: Line) -> RawRef:
    if line.cites:
        return RawRef(key=None, fields=dict(line.cites[0]))
    return RawRef(key=None, text=line.text, urls=list(line.urls))


class _Body:
    def __init__(self, ctx: PageContext, page: RawPage) -> None:
        self.ctx, self.page = ctx, page
        self.title: str | None = None
        self.level = 0
        self.flattener = Flattener(ctx, "body", texts=True)
        self.lead = True
        self.bold: Nodes | None = None  # the lead's first bold phrase, while it is read

    def nodes(self, nodes: Nodes) -> None:
        for node in nodes:
            if type(node) is str and self.bold is None:  # most nodes: text of a paragraph
                self.flattener.emit(node)
            else:
                self.node(node)

    def node(self, node: Node) -> None:
        if type(node) is Heading:
            self.close()
            self.title = Flattener(self.ctx, "plain").text_of(node.title)
            self.level, self.lead = node.level, False
            key = (self.title or "").lower()
            links = key in fields.LINK_SECTION_TITLES
            texts = not links and key not in fields.REFERENCE_TITLES  # paragraphs only
            self.flattener = Flattener(self.ctx, "body", links=links, texts=texts)
            return
        if type(node) is Lazy and node.kind == "table" and INFOBOX_MARK in node.raw:
            return  # the layout table the infobox sat in (battle-of-evesham)
        if self.lead and self.page.lead_name is None:
            self._watch_bold(node)
        self.flattener.node(node)

    def _watch_bold(self, node: Node) -> None:
        """The first bold phrase of the lead ("'''Battle of Evesham'''") names the page;
        bold ends with its line."""
        if node is BOLD:
            if self.bold is None:
                self.bold = []
            else:
                name = Flattener(self.ctx, "plain").text_of(self.bold)
                self.page.lead_name, self.bold = name or None, None
        elif self.bold is not None:
            if type(node) is str and "\n" in node:
                self.bold = None
            else:
                self.bold.append(node)

    def close(self) -> None:
        if self.flattener.texts is not None:
            self._paragraphs(self.flattener.finish_texts())
            return
        lines = self.flattener.finish()
        key = (self.title or "").lower()
        if key in fields.SEE_ALSO_TITLES:
            self.page.see_also.extend(_link(line) for line in lines if line.text)
        elif key in fields.RELATED_TITLES:
            self.page.related.extend(_link(line) for line in lines if line.text)
        elif key in fields.REFERENCE_TITLES:
            entries = [_bibliography(line) for line in lines if line.text or line.cites]
            self.page.references.extend(entries)

    def _paragraphs(self, texts: list[str]) -> None:
        if self.lead:
            if texts:
                self.page.sections.append(RawSection(None, 0, texts))
            return
        paragraphs = [text for text in texts if text]
        self.page.sections.append(RawSection(self.title or None, self.level, paragraphs))


def read_body(text: str, ctx: PageContext, page: RawPage) -> None:
    """Fill ``page`` with sections, See also, related links and bibliography entries."""
    body = _Body(ctx, page)
    ctx.reader.stream(text, body.nodes)
    body.close()
    if ctx.skipped_tables:
        ctx.issue("table-skipped", f"{ctx.skipped_tables} table(s) in the article body not read")
