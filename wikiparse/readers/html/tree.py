"""Parsing HTML once, and what an element is (noise, a block, a flag, a link to a page).

lxml was measured against selectolax (lexbor), html5lib and html.parser on the corpus pages
(``bench/html_parsers.py``): lxml and lexbor parse ~100 MB/s, html5lib 5 MB/s; lxml used
less memory on a 10.8 MB page (27 MB against 35 MB resident growth), all three trees keep the
side cells after InfoTabs' broken ``colspan=""2""``, and lxml's ``iterwalk`` walks a tree
without recursion. Every walk here is iterative: hostile nesting cannot overflow the stack.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TypeAlias
from urllib.parse import unquote

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from wikiparse import vocab
from wikiparse.issues import Issue

__all__ = [
    "ATTRIBUTE", "DEPTH_ERROR", "HIDDEN_STYLE", "LONG_TAG", "MAX_ATTRIBUTES", "Element", "classes",
    "has_class", "hidden", "is_noise", "noise_kind", "page_of", "parse", "tag", "text_of",
    "wiki_title"
]  # fmt: skip

Element: TypeAlias = HtmlElement

# "display:none" in a style attribute: text the page hides (sort keys, ISO dates for machines).
HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
# libxml2 stops nesting at 256 levels and drops what lies deeper (10 MB of nested tables).
DEPTH_ERROR = "Excessive depth"
# libxml2 checks each attribute of a tag against the ones before it: 20,000 attributes on one
# tag took 1.1 s, 80,000 past 4 s, a million past 300 s. Real tags have a dozen (Parsoid's
# about, typeof, data-mw…); past MAX_ATTRIBUTES the rest of the tag is cut before parsing.
MAX_ATTRIBUTES = 100
# A start tag long enough to hold more than MAX_ATTRIBUTES ("a=1 " is 4 characters): only those
# are looked at. Linear: each scan runs from a "<" to the next "<" or ">".
LONG_TAG = re.compile(rf"<[a-zA-Z][^<>]{{{4 * MAX_ATTRIBUTES},}}>")
# One attribute: its name, and a quoted or bare value.
ATTRIBUTE = re.compile(r"""\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")


def parse(text: str) -> tuple[Element, list[Issue]]:
    """Text -> the document's root element. libxml2 repairs any markup (unclosed tags, broken
    quoting); what it had to drop is reported. Bytes are handed over as UTF-8 so that an
    ``<?xml encoding=…?>`` declaration left in the text cannot change the decoding."""
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, encoding="utf-8", no_network=True
    )
    text, capped = _cap_attributes(text)
    issues = [_capped_issue(capped)] if capped else []
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError):  # "Document is empty": tags with no elements
        root = lxml.html.document_fromstring(b"<html><body></body></html>", parser=parser)
        issues.append(Issue(code="html-empty", message="the HTML holds no elements"))
    if any(DEPTH_ERROR in e.message for e in parser.error_log):
        issues.append(
            Issue(
                code="html-too-deep",
                message="elements nested deeper than 256 levels were dropped by the HTML parser",
            )
        )
    return root, issues


def _cap_attributes(text: str) -> tuple[str, int]:
    """The text with every start tag cut after MAX_ATTRIBUTES attributes; the tags cut."""
    if LONG_TAG.search(text) is None:
        return text, 0
    cut = [0]

    def cap(match: re.Match[str]) -> str:
        tag_text = match.group()
        ends = [m.end() for m in islice(ATTRIBUTE.finditer(tag_text), MAX_ATTRIBUTES + 1)]
        if len(ends) <= MAX_ATTRIBUTES:
            return tag_text
        cut[0] += 1
        return tag_text[: ends[MAX_ATTRIBUTES - 1]] + ">"

    return LONG_TAG.sub(cap, text), cut[0]


def _capped_issue(count: int) -> Issue:
    return Issue(
        code="html-attributes-capped",
        message=f"{count} tag(s) had more than {MAX_ATTRIBUTES} attributes: the rest were left out",
    )


def classes(el: Element) -> set[str]:
    value = el.get("class")
    return set(value.split()) if value else set()


def tag(el: Element) -> str:
    """The lower-case tag name; "" for comments and processing instructions."""
    name = el.tag
    return name.lower() if isinstance(name, str) else ""


def hidden(el: Element) -> bool:
    style = el.get("style")
    return style is not None and "none" in style and HIDDEN_STYLE.search(style) is not None


def is_noise(el: Element, keep: frozenset[str] = frozenset()) -> bool:
    """Furniture: dropped tags, chrome classes and ids (except the classes in ``keep``)."""
    name = tag(el)
    if not name or name in vocab.HTML_DROP_TAGS or hidden(el):
        return True
    if el.get("id") in vocab.HTML_NOISE_IDS:
        return True
    # (no set built per element: most have no class, the rest one or two)
    found = classes(el)
    return bool(found) and bool((found & vocab.HTML_NOISE_CLASSES) - keep)


def noise_kind(el: Element) -> str:
    """What a piece of furniture is, for the report: its noise class, id or tag."""
    found = sorted(classes(el) & vocab.HTML_NOISE_CLASSES)
    if found:
        return found[0]
    if el.get("id") in vocab.HTML_NOISE_IDS:
        return f"#{el.get('id')}"
    return "hidden" if hidden(el) else tag(el) or "comment"


def has_class(el: Element, names: frozenset[str]) -> bool:
    return not classes(el).isdisjoint(names)


def page_of(href: str | None) -> str | None:
    """ "/wiki/Battle_of_Kursk#Prelude", "./Battle_of_Kursk", "…index.php?title=X&redlink=1"
    -> "Battle of Kursk"; None for external links, anchors and file or category pages."""
    page = wiki_title(href)
    if not page or page.startswith(vocab.HTML_SKIP_NAMESPACES):
        return None
    return page


def wiki_title(href: str | None) -> str | None:
    """The title a wiki link leads to, in any namespace ("Category:Battles of 1812")."""
    if not href or href.startswith("#"):
        return None
    target = None
    for path in vocab.HTML_WIKI_PATHS:
        at = href.find(path)
        if at >= 0 and (path != "./" or at == 0):
            target = href[at + len(path) :]
            break
    if target is None and vocab.HTML_INDEX_TITLE in href and "index.php" in href:
        target = href.split(vocab.HTML_INDEX_TITLE, 1)[1].split("&", 1)[0]
    if not target:
        return None
    return unquote(target.split("#", 1)[0].split("?", 1)[0]).replace("_", " ").strip() or None


def text_of(el: Element) -> str:
    """Visible text of an element, noise skipped, whitespace squashed (iterative)."""
    parts: list[str] = []
    walker = lxml.etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node is not el and is_noise(node):
                walker.skip_subtree()
                continue
            if tag(node) == "br":
                parts.append(" ")
            parts.append(node.text or "")
        elif node is not el:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split())
