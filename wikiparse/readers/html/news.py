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
from wikiparse.readers.html.tree import Element, is_noise, tag, text_of
from wikiparse.readers.news import finish_report
from wikiparse.values.text import squash

LD_JSON = "application/ld+json"
MIN_PARAGRAPH = 25  # characters: shorter blocks are captions, bylines, buttons
LINK_DENSITY = 0.5  # a block that is mostly link text is navigation
ISO_TIME = "T"  # "2015-03-18T14:23:00Z": the date is the part before it
PARAGRAPH_TAGS = ("p",)
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
        if is_noise(el) or tag(el) in vocab.HTML_CHROME_TAGS:
            walker.skip_subtree()
        elif tag(el) in PARAGRAPH_TAGS:
            walker.skip_subtree()
            yield el


def _prose(el: Element) -> str | None:
    text = text_of(el)
    if len(text) < MIN_PARAGRAPH:
        return None
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return None if linked > LINK_DENSITY * len(text) else text


def body(root: Element) -> list[str]:
    """The paragraphs under the element that holds the most prose: every paragraph scores
    its length for its parent and half of it for the grandparent (readability's rule)."""
    texts: dict[Element, str] = {}
    score: dict[Element, float] = {}
    for block in _blocks(root):
        text = _prose(block)
        if text is None:
            continue
        texts[block] = text
        parent = block.getparent()
        if parent is not None:
            score[parent] = score.get(parent, 0.0) + len(text)
            grand = parent.getparent()
            if grand is not None:
                score[grand] = score.get(grand, 0.0) + len(text) / 2
    if not score:
        return []
    best = max(score, key=lambda el: score[el])
    inside = set(best.iter())
    return [text for block, text in texts.items() if block in inside]


def read_news(root: Element) -> RawReport:
    report = RawReport()
    metadata(root, report)
    paragraphs = body(root)
    if report.headline and paragraphs and squash(paragraphs[0]) == report.headline:
        paragraphs = paragraphs[1:]
    return finish_report(report, paragraphs)
