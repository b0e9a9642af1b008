"""The article around the infobox: title, lead name, sections with clean paragraphs, See also
and related links, references resolved from ``ol.references``, categories, notices, coordinates.

Read before the noise is dropped (references, categories and banners live in what is noise for
the body); the body walk then skips furniture element by element.
"""

from __future__ import annotations

from collections import Counter

import lxml.etree

from wikiparse import fields, vocab
from wikiparse.raw import RawLink, RawPage, RawRef, RawSection
from wikiparse.readers.common.scrape import strip_markers
from wikiparse.readers.html.tree import (
    Element,
    classes,
    has_class,
    is_noise,
    noise_kind,
    page_of,
    tag,
    text_of,
    wiki_title,
)

__all__ = [
    "LINK_LIST_TAGS", "ORDINAL_FOOTNOTE", "PARAGRAPH_TAGS", "REF_ID", "Body", "categories",
    "content_root", "coordinates", "lead_name", "notices", "references", "title_of"
]  # fmt: skip

REF_ID = "cite_note-"
PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "blockquote"})
LINK_LIST_TAGS = frozenset({"li"})
ORDINAL_FOOTNOTE = "^"  # the back-link caret that starts a reference's text


def title_of(root: Element) -> str | None:
    """The page heading (``h1#firstHeading``, else the one ``h1``), else ``<title>`` without
    the site name ("Battle of Kursk - Wikipedia")."""
    for ident in vocab.HTML_FIRST_HEADING_IDS:
        found = root.get_element_by_id(ident, None)
        text = text_of(found) if found is not None else ""
        if text:
            return text
    heads = list(root.iter("h1"))
    text = text_of(heads[0]) if len(heads) == 1 else ""
    if text:
        return text
    title = next(root.iter("title"), None)
    text = text_of(title) if title is not None else ""
    for separator in vocab.HTML_TITLE_SEPARATORS:
        if separator in text:
            text = text.rsplit(separator, 1)[0]
    return text or None


def references(root: Element) -> list[RawRef]:
    """``<li id="cite_note-Glantz-3">`` entries -> refs keyed "Glantz-3" (the sup's target);
    the ``<cite>`` text is read as a rendered citation, its external links as URLs."""
    out: list[RawRef] = []
    for li in root.iter("li"):
        ident = li.get("id") or ""
        if not ident.startswith(REF_ID):
            continue
        cite = next(li.iter("cite"), None)
        source = cite if cite is not None else li
        text = strip_markers(text_of(source)).lstrip(ORDINAL_FOOTNOTE).strip()
        urls = [a.get("href") or "" for a in source.iter("a") if "external" in classes(a)]
        out.append(
            RawRef(
                key=ident[len(REF_ID) :],
                text=text,
                urls=[u for u in urls if u],
                rendered=cite is not None,
            )
        )
    return out


def categories(root: Element) -> list[str]:
    """Category links (the catlinks box, or any link into the Category namespace)."""
    out: list[str] = []
    for a in root.iter("a"):
        title = wiki_title(a.get("href"))
        if title is not None and title.startswith(vocab.CATEGORY_NAMESPACE):
            out.append(title[len(vocab.CATEGORY_NAMESPACE) :])
    return list(dict.fromkeys(out))


def notices(root: Element) -> list[str]:
    return [
        text_of(el) for el in root.iter("table", "div") if has_class(el, vocab.HTML_NOTICE_CLASSES)
    ]


def coordinates(root: Element) -> str | None:
    for el in root.iter("span"):
        if has_class(el, vocab.HTML_GEO_CLASSES):
            return text_of(el) or None
    return None


def content_root(root: Element) -> Element:
    """Where the article lives: ``#mw-content-text``, ``.mw-parser-output``, else ``<body>``."""
    for ident in vocab.HTML_CONTENT_IDS:
        found = root.get_element_by_id(ident, None)
        if found is not None:
            return found
    for el in root.iter("div", "section", "main"):
        if has_class(el, vocab.HTML_CONTENT_CLASSES):
            return el
    body = root.find("body")
    return body if body is not None else root


class Body:
    """Sections from headings, paragraphs from blocks; See also and related as links."""

    def __init__(self, page: RawPage) -> None:
        self.page = page
        self.section = RawSection(None, 0)
        self.link_section = False
        self.dropped: Counter[str] = Counter()  # furniture skipped, by kind

    def read(self, content: Element) -> None:
        walker = lxml.etree.iterwalk(content, events=("start",))
        for _, el in walker:
            name = tag(el)
            if el is not content and (is_noise(el) or name in vocab.HTML_CHROME_TAGS):
                kind = noise_kind(el)
                # (a fragment's <style> lands in a <head> of its own)
                if name != "head" and kind not in vocab.HTML_READ_APART:
                    self.dropped[kind] += 1
                walker.skip_subtree()
            elif name in vocab.HTML_HEADINGS:
                self._heading(el, vocab.HTML_HEADINGS[name])
                walker.skip_subtree()
            elif self.link_section and name == "a":  # a mirror's related title, no list
                self._link(el)
                walker.skip_subtree()
            elif name in PARAGRAPH_TAGS or (name == "div" and _text_block(el)):
                self._block(el)
                walker.skip_subtree()
            elif name == "table":
                self._table(el)  # tables in the body are data, not prose
                walker.skip_subtree()
        self._close()

    def _table(self, table: Element) -> None:
        """What a data table lists: the page its row links to first ("Battle of Gonzales")."""
        for row in table.iter("tr"):
            link = next(row.iter("a"), None)
            page = page_of(link.get("href")) if link is not None else None
            if page:
                self.page.listed.append(page)

    def _heading(self, el: Element, level: int) -> None:
        self._close()
        title = strip_markers(text_of(el)) or None
        self.section = RawSection(title, level)
        key = (title or "").lower()
        self.link_section = key in fields.LINK_SECTION_TITLES
        if key in fields.REFERENCE_TITLES:
            self.link_section = True  # read as links, then dropped: refs come from the list

    def _block(self, el: Element) -> None:
        if self.link_section:
            self._link(el)
            return
        text = strip_markers(text_of(el))
        if text and not _chrome(text):
            self.section.paragraphs.append(text)

    def _link(self, el: Element) -> None:
        """A See also item, or a mirror's related article: its (first) link's title only,
        never the summary a mirror prints beside it (WikiMili's "Related Research Articles")."""
        key = (self.section.title or "").lower()
        if key in fields.REFERENCE_TITLES:
            return
        anchor = next(el.iter("a"), None)
        page = page_of(anchor.get("href")) if anchor is not None else None
        text = strip_markers(text_of(anchor) if anchor is not None else text_of(el))
        if not text or (anchor is None and tag(el) not in LINK_LIST_TAGS):
            return
        link = RawLink(text=text, page=page or text)
        if key in fields.SEE_ALSO_TITLES:
            self.page.see_also.append(link)
        else:
            self.page.related.append(link)

    def _close(self) -> None:
        if self.section.paragraphs and not self.link_section:
            self.page.sections.append(self.section)


def _chrome(text: str) -> bool:
    """Mirror chrome printed as a paragraph ("Last updated 3 May 2024", "Remove ads")."""
    return text in vocab.CHROME_LINES or text.startswith(vocab.CHROME_PREFIXES)


def _text_block(div: Element) -> bool:
    """A <div> holding text directly (mirrors write paragraphs as divs), not a wrapper."""
    return bool((div.text or "").strip()) and not any(tag(c) in PARAGRAPH_TAGS for c in div)


def lead_name(page: RawPage, content: Element) -> None:
    """The first bold text of the first paragraph: the name the lead gives the subject."""
    for p in content.iter("p"):
        if not text_of(p):
            continue
        bold = next(p.iter("b"), None)
        page.lead_name = (text_of(bold) if bold is not None else "") or page.lead_name
        return
