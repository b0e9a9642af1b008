"""The wikitext reader: MediaWiki source with {{Infobox military conflict}} -> RawPage.

Finds the infobox under any capitalisation, nested in tables or other templates, also in
XML-escaped text (raw dumps and copies write "&lt;ref&gt;"), and reads each parameter into
items with links, flags, status markers and references.
"""

from __future__ import annotations

import re
from typing import Literal

from wikiparse import fields, vocab
from wikiparse.raw import RawItem, RawPage, RawValue, nest
from wikiparse.readers.base import Format, Signal, count
from wikiparse.readers.common.params import canonical_param
from wikiparse.readers.wikitext.body import INFOBOX_MARK, read_body
from wikiparse.readers.wikitext.calls import template_name
from wikiparse.readers.wikitext.context import Line, PageContext
from wikiparse.readers.wikitext.flag_codes import name_lone_flags
from wikiparse.readers.wikitext.flatten import Flattener
from wikiparse.readers.wikitext.infobox_only import body_plan, parts_to_read
from wikiparse.readers.wikitext.nodes import Nodes, Template
from wikiparse.readers.wikitext.parse import MAX_PARAMS
from wikiparse.readers.wikitext.spans import (
    INFOBOX_START,
    infobox_candidates,
    mentions_conflict_infobox,
)
from wikiparse.vocab.lang import LANGUAGES

__all__ = [
    "FORMAT", "REDIRECT", "REDIRECT_HEAD", "REDIRECT_START", "WIKI_MARKUP", "WRAPPER_PARAMS",
    "XML_ENTITIES", "XML_ESCAPE", "find_infobox", "infobox_language", "is_xml_escaped", "read",
    "read_infobox", "read_infobox_only", "read_value", "unescape_xml"
]  # fmt: skip

# "#REDIRECT [[Target]]" opening a page (any case, localised keywords).
REDIRECT = re.compile(
    r"\s*#\s*(?:" + "|".join(vocab.REDIRECT_WORDS) + r")\s*:?\s*\[\[(?P<target>[^\[\]|\n]{1,255})",
    re.IGNORECASE,
)
# Markers of XML-escaped wikitext: escaped tags and quotes where no raw "<" exists.
XML_ESCAPE = re.compile(r"&(?:lt|gt|quot|amp);")
# A redirect is read from the page's head: "#REDIRECT [[…]]" opens the page.
REDIRECT_HEAD = 65_536
# What a redirect starts with; most pages do not, and their head is never unescaped.
REDIRECT_START = re.compile(r"\s*#")
# One level of XML escaping, undone in this order ("&amp;lt;" must become "&lt;", not "<").
XML_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&#39;", "'"),
                ("&amp;", "&"))  # fmt: skip


# Wiki markup, for detection: templates, links, bold, headings, refs (escaped or not).
# A heading is found from the newline before it (signal_head puts one before the first line).
WIKI_MARKUP = re.compile(r"\{\{|\[\[|'''|\n=+[^=\n]{1,200}=+[ \t]*$|<ref|&lt;ref", re.MULTILINE)


def unescape_xml(text: str) -> str:
    """Undo one level of XML escaping when the text is escaped as a whole (no raw tags).
    Other entities ("&nbsp;") are left to the parser, which reads them where they show."""
    return _unescape(text) if is_xml_escaped(text) else text


def is_xml_escaped(text: str) -> bool:
    return "<" not in text and XML_ESCAPE.search(text) is not None


def _unescape(text: str) -> str:
    for entity, char in XML_ENTITIES:
        text = text.replace(entity, char)
    return text


# A per-war wrapper ("{{Infobox Napoleonic battle") is the conflict infobox with both columns.
WRAPPER_PARAMS = (f"{fields.COMBATANT}1", f"{fields.COMBATANT}2")


def _is_infobox(tpl: Template) -> bool:
    name = template_name(tpl)
    if name in fields.CONFLICT_INFOBOXES:
        return True
    # a per-war wrapper of the same template
    return name.startswith(fields.INFOBOX_PREFIX) and all(tpl.has(p) for p in WRAPPER_PARAMS)


def find_infobox(
    text: str, ctx: PageContext, others: list[str], escaped: bool = False
) -> tuple[Template, int, int] | None:
    """The conflict infobox and its span, found by a brace scan (nested in tables or other
    templates too); only the span is parsed, never a tree of the whole page. The names of
    other infoboxes met on the way go to ``others``. In ``escaped`` text the spans are found
    as written (escaping touches no brace) and each is unescaped before it is parsed."""
    for start, end in infobox_candidates(text):
        counts = ctx.reader.unclosed, ctx.reader.capped
        if escaped:
            span = _unescape(text[start:end])
            nodes = ctx.reader.block(span)
        else:
            nodes = ctx.reader.block(text, start, end)
        if nodes and type(nodes[0]) is Template:
            if _is_infobox(nodes[0]):
                return nodes[0], start, end
            others.append(template_name(nodes[0]))
        # the body pass reads (and counts) this span again
        ctx.reader.unclosed, ctx.reader.capped = counts
    return None


def _body_text(text: str, span: tuple[int, int] | None, escaped: bool) -> str:
    """The page with the infobox's span replaced by INFOBOX_MARK, then unescaped. Each step
    drops the copy before it (a 10 MB page held three copies at once, 6x its size):
    ``replace`` cuts the span without slicing the rest of the page out first."""
    if span is not None:
        start, end = span
        cut = text[start:end]
        if text.find(cut) == start:
            text = text.replace(cut, INFOBOX_MARK, 1)
        else:
            text = text[:start] + INFOBOX_MARK + text[end:]
    if escaped:  # not _unescape(text): this frame's name would keep the cut copy alive
        for entity, char in XML_ENTITIES:
            text = text.replace(entity, char)
    return text


def _items(lines: list[Line]) -> list[RawItem]:
    """Lines to items: a line of only refs/markers joins the item above, flags the one below."""
    items: list[RawItem] = []
    pending_flags: list[str] = []
    for line in lines:
        if not line.text:
            if items and (line.refs or line.markers):
                items[-1].refs.extend(line.refs)
                items[-1].markers.extend(line.markers)
            pending_flags.extend(line.flags)
            continue
        items.append(
            RawItem(
                text=line.text,
                depth=line.depth,
                links=line.links,
                flags=pending_flags + line.flags,
                markers=line.markers,
                refs=line.refs,
            )
        )
        pending_flags = []
    return items


def read_value(lines: list[Line]) -> RawValue:
    return RawValue(
        text="\n".join(line.text for line in lines if line.text),
        items=nest(_items(lines)),
        links=[link for line in lines for link in line.links],
        files=[name for line in lines for name in line.files],
        refs=[key for line in lines for key in line.refs],
    )


def _as_lines(code: Nodes, ctx: PageContext) -> Nodes:
    """A value starting with "*" is a list, as MediaWiki renders it ("|combatant1=*A\n*B"):
    its first text is read again from a new line, so the first bullet is one too."""
    if code and type(code[0]) is str:
        first = code[0].lstrip(" \t")
        if first.startswith(("*", "#")):
            return ctx.reader.block("\n" + first) + code[1:]
    return code


def read_infobox(tpl: Template, ctx: PageContext) -> dict[str, RawValue]:
    out: dict[str, RawValue] = {}
    for param in tpl.params:
        key = canonical_param(param.name)
        if key is None:
            continue
        lines = Flattener(ctx, "infobox").run(_as_lines(param.value, ctx))
        if ctx.language is not None:
            ctx.issues.extend(name_lone_flags(key, lines))
        value = read_value(lines)
        if value.text or value.files or value.items:
            out[key] = value
        elif key == "campaignbox":
            # {{Campaignbox Second Barons' War}}: a navbox with no text; keep which one it was
            names = [n.name.strip() for n in param.value if type(n) is Template]
            if names:
                out[key] = RawValue(text="; ".join(names))
    return out


def infobox_language(name: str) -> str | None:
    """The language whose Wikipedia's conflict infobox this is ("conflitto" -> "it"); None
    for English's (a page with {{Infobox military conflict}} may be in any language)."""
    return next((x.iso for x in LANGUAGES.values() if x.iso != "en" and name in x.infoboxes), None)


def read(text: str, source: str = "<string>") -> RawPage:
    """Read MediaWiki source into a RawPage (infobox fields, sections, references, notices)."""
    return _read(text, source, sections=True)


def read_infobox_only(text: str, source: str = "<string>") -> RawPage:
    """``read`` that skips the article body when it cannot change the Conflict (see
    ``infobox_only``); the caller drops sections and uncited references either way."""
    return _read(text, source, sections=False)


def _read(text: str, source: str, sections: bool) -> RawPage:
    # XML-escaped text (a dump's copy) is unescaped after the infobox is cut out of it, so
    # that a large page is copied once, not twice
    escaped = is_xml_escaped(text)
    ctx = PageContext(source)
    page = RawPage(redirect=_redirect(text, escaped))
    found = find_infobox(text, ctx, page.other_boxes, escaped)
    if found is not None:
        page.language = ctx.language = infobox_language(template_name(found[0]))
        page.infobox = read_infobox(found[0], ctx)
        if not sections:
            done = _read_parts(text, found[1:], page, ctx, escaped)
            if done == "again":  # a definition read empty: the next one would count
                return _read(text, source, sections=True)
            if done == "read":
                return _finish(page, ctx)
    text = _body_text(text, found and found[1:], escaped)
    # a conflict infobox used by name but too broken to read still says what the page is
    page.conflict_box = found is not None or mentions_conflict_infobox(text)
    read_body(text, ctx, page)  # adds bibliography entries (no key) to references
    return _finish(page, ctx)


def _read_parts(
    text: str, span: tuple[int, int], page: RawPage, ctx: PageContext, escaped: bool
) -> Literal["read", "whole", "again"]:
    """Infobox-only: read of the body only what can change the Conflict (notices, the page's
    coordinates, definitions of the references the infobox cites), each alone, in page
    order. "whole" when the whole body must be read (nothing was read then); "again" when a
    definition read alone defined nothing (the page must be read anew)."""
    plan = body_plan(text, span, page.infobox, ctx.refs)
    if plan is None:
        return "whole"
    if plan.templates or plan.refs:
        body = _body_text(text, span, escaped)
        parts = parts_to_read(body, plan)
        if parts is None:
            return "whole"
        for start, end, _ in parts:
            Flattener(ctx, "body").run(ctx.reader.block(body, start, end))
        if any(key and key not in ctx.refs for _, _, key in parts):
            return "again"
    page.conflict_box = True
    return "read"


def _finish(page: RawPage, ctx: PageContext) -> RawPage:
    ctx.finish()
    if ctx.reader.capped:
        ctx.issue(
            "markup-capped",
            f"{ctx.reader.capped} template parameter separator(s) past "
            f"the cap of {MAX_PARAMS} parameters kept as text",
        )
    if ctx.reader.unclosed:
        count = ctx.reader.unclosed
        ctx.issue("unclosed-markup", f"{count} markup opener(s) never closed; kept as text")
    page.references = [*ctx.refs.values(), *page.references]
    page.notices = ctx.notices
    page.coordinates = ctx.coordinates
    page.issues = ctx.issues
    page.categories = ctx.categories
    page.disambiguation = not ctx.seen_templates.isdisjoint(vocab.DISAMBIGUATION_TEMPLATES)
    return page


def _redirect(text: str, escaped: bool) -> str | None:
    if REDIRECT_START.match(text) is None:  # (escaping makes no "#" and no space)
        return None
    match = REDIRECT.match(_unescape(text[:REDIRECT_HEAD]) if escaped else text)
    return match.group("target").strip() if match else None


FORMAT: Format = Format(
    name="wikitext",
    summary="MediaWiki source with {{Infobox military conflict}}, refs and sections",
    read=read,
    read_infobox=read_infobox_only,
    signals=(Signal(count(WIKI_MARKUP, 40), 2), Signal(count(INFOBOX_START, 1), 40)),
)
