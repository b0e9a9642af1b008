"""The formats wikiparse reads, listed once. Adding a format is one module and one line here.

The order is the tie-break of detection: on equal evidence the earlier (more structured)
format wins.
"""

from __future__ import annotations

from wikiparse.readers import frontmatter, news
from wikiparse.readers.base import Format
from wikiparse.readers.html import reader as html
from wikiparse.readers.rendered import mirror, plaintext
from wikiparse.readers.wikitext import reader as wikitext

__all__ = ["BY_NAME", "FALLBACK", "FORMATS", "REGISTRY"]

REGISTRY: tuple[Format, ...] = (
    # the html reader reads Parsoid's embedded infobox wikitext with the wikitext reader
    html.html_format(wikitext.read),
    wikitext.FORMAT,
    frontmatter.FORMAT,
    mirror.FORMAT,
    plaintext.FORMAT,
    news.FORMAT,
)
FORMATS: tuple[str, ...] = tuple(fmt.name for fmt in REGISTRY)
BY_NAME: dict[str, Format] = {fmt.name: fmt for fmt in REGISTRY}
# What detection falls back to when nothing speaks for any format.
FALLBACK = plaintext.FORMAT
