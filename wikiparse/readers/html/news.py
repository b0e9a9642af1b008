"""A news page in HTML -> RawReport: metadata from ``ld+json`` and meta tags first, the body
from the element whose paragraphs hold the most text.

The body finder was measured against trafilatura 2.3 on the corpus news pages
(``bench/news_bodies.py``); the figures are in the commit that added it. Chrome (navigation,
share bars, related links, cookie banners) lives outside the winning element or in
link-dense paragraphs, which are dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree

from wikiparse import vocab
from wikiparse.raw import RawReport
from wikiparse.readers.common.report import finish_report
from wikiparse.readers.html.tree import Element, is_noise, tag, text_of
from wikiparse.values.text import squash

__all__ = [
    "ANCESTORS", "GROW", "ISO_TIME", "LD_JSON", "LINK_DENSITY", "MIN_HELD", "MIN_PARAGRAPH",
    "NEWS_PARAGRAPH_TAGS", "SENTENCE_ENDS", "SITE_SEPARATORS", "TEXT_HOLDERS", "URL_DATE", "body",
    "metadata", "read_news"
]  # fmt: skip

LD_JSON = "application/ld+json"
MIN_PARAGRAPH = 25  # characters: shorter blocks are captions, bylines, buttons
MIN_HELD = 40  # for text loose in a <div>: players and widgets write short lines there
SENTENCE_ENDS = (".", "!", "?", '"', "”", "“", "»", "«", ":", ")")
LINK_DENSITY = 0.5  # a block that is mostly link text is navigation
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")  # "Headline | Site"
ISO_TIME = "T"  # "2015-03-18T14:23:00Z": the date is the part before it
NEWS_PARAGRAPH_TAGS = frozenset({"p", "li"})
TEXT_HOLDERS = frozenset({"div", "section", "td"})  # hold prose directly on some sites
ANCESTORS = 5  # levels of ancestors a paragraph scores for
GROW = 1.5  # a parent holding this many times the winner's prose is the article
# A date in the article's own address ("…/world/gunmen-storm-museum/2015/03/18/…"): news sites
# file stories by day; the last resort when no tag gives the date.
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/")


def _ld_objects(root: Element) -> Iterator[dict[str, Any]]:
    """Every JSON object of every ld+json script, ``@graph`` lists opened."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != LD_JSON or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _name(value: object) -> str | None:
    """ld+json names: "AFP", {"name": "AFP"}, [{"name": "A"}, {"name": "B"}] -> "A, B"."""
    if isinstance(value, str):
        return squash(value) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def _article_ld(root: Element) -> dict[str, Any]:
    for item in _ld_objects(root):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        typed = any(k in vocab.NEWS_LD_TYPES for k in kinds if isinstance(k, str))
        if typed and (item.get("headline") or item.get("datePublished")):
            return item
    return {}


def _meta(root: Element, names: tuple[str, ...]) -> str | None:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content")
        if key in names and content and key not in found:
            found[key] = squash(content)
    return next((found[n] for n in names if n in found), None)


def _date(text: str | None) -> str | None:
    return text.split(ISO_TIME, 1)[0] if text and text[:4].isdigit() else text


def _url_date(root: Element) -> str | None:
    urls = [link.get("href") for link in root.iter("link") if link.get("rel") == "canonical"]
    urls.append(_meta(root, ("og:url",)))
    for url in urls:
        match = URL_DATE.search(url or "")
        if match is not None:
            return f"{match.group('y')}-{match.group('m')}-{match.group('d')}"
    return None


def metadata(root: Element, report: RawReport) -> None:
    ld = _article_ld(root)
    report.headline = _name(ld.get("headline")) or _meta(root, vocab.NEWS_META_HEADLINE)
    report.date_text = _date(
        _name(ld.get("datePublished")) or _meta(root, vocab.NEWS_META_DATE)
    ) or _url_date(root)
    report.byline = _name(ld.get("author")) or _meta(root, vocab.NEWS_META_AUTHOR)
    report.publisher = _name(ld.get("publisher")) or _meta(root, vocab.NEWS_META_PUBLISHER)
    if report.headline is None:
        heading = next(root.iter("h1"), None)
        report.headline = text_of(heading) if heading is not None else None


def _blocks(root: Element) -> Iterator[Element]:
    """Paragraph elements outside noise and chrome (navigation, asides, footers, figures)."""
    body = root.find("body")
    start = body if body is not None else root
    walker = lxml.etree.iterwalk(start, events=("start",))
    for _, el in walker:
        if el is start:  # WordPress gives <body> its layout's classes ("sidebar"): not noise
            continue
        if is_noise(el) or tag(el) in vocab.HTML_CHROME_TAGS or _widget(el):
            walker.skip_subtree()
        elif tag(el) in NEWS_PARAGRAPH_TAGS or (tag(el) in TEXT_HOLDERS and _holds_text(el)):
            walker.skip_subtree()
            yield el


def _widget(el: Element) -> bool:
    """A gallery, slideshow or promo embedded in the story (by the words of its class names)."""
    names = el.get("class")
    if not names:
        return False
    own = (n for n in names.lower().split() if not n.startswith(vocab.NEWS_POST_LABEL_CLASSES))
    return any(part in name for name in own for part in vocab.NEWS_WIDGET_CLASS_PARTS)


def _holds_text(el: Element) -> bool:
    """A <div> with prose of its own ("<div class=pf-content>„My good friends…“<br>Der das
    sagte …": Tichys Einblick writes its article as text and <br>s), not only wrappers."""
    own = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
    return own >= MIN_PARAGRAPH


def _prose(el: Element) -> list[str]:
    """The paragraphs of a block (a text-holding <div> is cut at its <br>s and blocks), without
    short and link-dense ones."""
    name = tag(el)
    if name in TEXT_HOLDERS:  # loose text: no link density (its links are not the block)
        return [text for text in _pieces(el) if len(text) >= MIN_HELD]
    text = text_of(el)
    if len(text) < MIN_PARAGRAPH or (name == "li" and not text.endswith(SENTENCE_ENDS)):
        return []  # teasers of other stories are list items too: a bullet of prose ends
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return [text] if linked <= LINK_DENSITY * len(text) else []


def _pieces(el: Element) -> list[str]:
    """The text of a text-holding element cut at its <br>s and around its blocks."""
    pieces: list[list[str]] = [[el.text or ""]]
    for child in el:
        name = tag(child)
        block = name in NEWS_PARAGRAPH_TAGS or name in TEXT_HOLDERS
        if name == "br" or block:
            pieces.append([])
        if name != "br" and not is_noise(child):
            pieces[-1].append(" " + text_of(child) + " ")
        if block:
            pieces.append([])
        pieces[-1].append(child.tail or "")
    return [squash("".join(p)) for p in pieces]


def body(root: Element) -> list[str]:
    """The paragraphs under the element that holds the article.

    Each paragraph scores its length for its ancestors, less the further up (1, 1/2, 1/3 …
    for ANCESTORS levels: readability's rule, deepened because sites wrap each paragraph in
    its own component, as the Telegraph does); the best element wins, then grows to an ancestor
    holding GROW times its prose (the article split into sibling sections)."""
    texts: dict[Element, list[str]] = {}
    score: dict[Element, float] = {}
    prose: dict[Element, int] = {}
    for block in _blocks(root):
        found = _prose(block)
        if not found:
            continue
        texts[block] = found
        size = sum(map(len, found))
        for level, el in enumerate([block, *block.iterancestors()]):
            if level > ANCESTORS:
                break
            if level:  # a text-holding <div> may be the article itself
                score[el] = score.get(el, 0.0) + size / level
            prose[el] = prose.get(el, 0) + size
    if not score:
        return []
    best = _grown(max(score, key=lambda el: score[el]), prose)
    inside = set(best.iter())
    return [text for block, found in texts.items() if block in inside for text in found]


def _grown(best: Element, prose: dict[Element, int]) -> Element:
    """The nearest ancestor (within ANCESTORS levels) holding GROW times the prose, again and
    again: wrappers with the same prose are passed through."""
    while True:
        for level, ancestor in enumerate(best.iterancestors(), start=1):
            if level > ANCESTORS:
                return best
            if prose.get(ancestor, 0) >= GROW * prose[best]:
                best = ancestor
                break
        else:
            return best


def _without_site(headline: str | None, site: str | None) -> str | None:
    """ "RSF shelling kills 15 | Sudan Tribune" -> the headline without its site's name (a
    <title> or og:title often carries it)."""
    if not headline or not site:
        return headline
    for separator in SITE_SEPARATORS:
        if headline.endswith(separator + site) and len(headline) > len(separator + site):
            return headline[: -len(separator + site)].rstrip()
    return headline


def read_news(root: Element) -> RawReport:
    report = RawReport()
    metadata(root, report)
    report.headline = _without_site(report.headline, report.publisher)
    paragraphs = body(root)
    if report.headline and paragraphs and squash(paragraphs[0]) == report.headline:
        paragraphs = paragraphs[1:]
    return finish_report(report, paragraphs)
