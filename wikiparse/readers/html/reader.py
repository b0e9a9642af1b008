"""The html reader: a rendered page -> RawPage (a conflict page) or RawReport (a news page).

A page with a conflict infobox, or a Wikipedia page (its content wrapper or first heading),
is a page; one without, that says it is an article (ld+json, ``og:type``, ``<article>``), is
news. Noise is skipped element by element and counted in one ``info`` Issue.
"""

from __future__ import annotations

from wikiparse import vocab
from wikiparse.issues import Issue
from wikiparse.raw import RawPage, RawReport
from wikiparse.readers.base import Format, Signal
from wikiparse.readers.common.locale import words
from wikiparse.readers.common.shapes import looks_like_html
from wikiparse.readers.html import article
from wikiparse.readers.html.infobox import (
    WikitextReader,
    find_infobox,
    other_infoboxes,
    parsoid_infobox,
    read_rows,
)
from wikiparse.readers.html.news import LD_JSON, read_news
from wikiparse.readers.html.tree import Element, has_class, parse

__all__ = ["ARTICLE_TAG", "OG_TYPE", "html_format", "read_page"]

ARTICLE_TAG = "article"
OG_TYPE = "og:type"


def _language(root: Element) -> str | None:
    lang = root.get("lang") or root.get("xml:lang")
    return lang.split("-", 1)[0].lower() if lang else None


def _is_wikipedia(root: Element) -> bool:
    if any(root.get_element_by_id(i, None) is not None for i in vocab.HTML_FIRST_HEADING_IDS):
        return True
    return any(has_class(el, vocab.HTML_CONTENT_CLASSES) for el in root.iter("div", "section"))


def _is_news(root: Element, table: Element | None) -> bool:
    """No conflict infobox (``table``), not Wikipedia, and the page says it is an article."""
    if table is not None or _is_wikipedia(root):
        return False
    for meta in root.iter("meta"):
        if meta.get("property") == OG_TYPE and (meta.get("content") or "") in vocab.NEWS_OG_TYPES:
            return True
    if any(True for _ in root.iter(ARTICLE_TAG)):
        return True
    return any(
        (s.get("type") or "").lower() == LD_JSON and "Article" in (s.text or "")
        for s in root.iter("script")
    )


def read_page(
    root: Element,
    table: Element | None,
    issues: list[Issue],
    read_wikitext: WikitextReader,
    lang: str | None = None,
) -> RawPage:
    """``table``: the conflict infobox table found by ``find_infobox`` (Parsoid's ``data-mw``,
    read by ``read_wikitext``, is preferred to it when present); ``lang``: the page's language,
    when known."""
    page = RawPage(language=lang or _language(root), issues=issues)
    page.references = article.references(root)
    page.categories = article.categories(root)
    page.notices = article.notices(root)
    page.coordinates = article.coordinates(root)
    page.title = article.title_of(root)
    parsoid = parsoid_infobox(root, read_wikitext)
    if parsoid is not None:
        page.infobox, refs = parsoid
        page.references += refs
    elif table is not None:
        lang_words = words(page.language)
        page.infobox, found = read_rows(table, lang_words.labels, lang_words.part_of)
        page.issues += found
    page.conflict_box = parsoid is not None or table is not None
    if not page.conflict_box:
        page.other_boxes = other_infoboxes(root)
    content = article.content_root(root)
    body = article.Body(page)
    body.read(content)
    article.lead_name(page, content)
    if body.dropped:
        shown = ", ".join(f"{n} {what}" for what, n in body.dropped.most_common())
        page.issues.append(
            Issue(code="html-noise-removed", message="page furniture skipped", text=shown)
        )
    return page


def html_format(read_wikitext: WikitextReader) -> Format:
    """The html format, reading Parsoid's embedded infobox wikitext with ``read_wikitext``."""

    def read(text: str, source: str = "<string>") -> RawPage | RawReport:
        root, issues = parse(text)
        lang = _language(root)
        table = find_infobox(root)  # found once: it decides news or page, and is then read
        if table is None and lang not in (None, "en"):  # "Konfliktparteien": the page's labels
            table = find_infobox(root, words(lang).labels)
        if _is_news(root, table):
            report = read_news(root)
            report.issues = issues
            report.language = lang
            return report
        return read_page(root, table, issues, read_wikitext, lang)

    return Format(
        name="html",
        summary="rendered HTML: Wikipedia pages in any skin, Parsoid, infobox fragments, "
        "mirrors, news pages",
        read=read,
        signals=(Signal(looks_like_html, 1000, whole=True),),  # it takes its own head
    )
