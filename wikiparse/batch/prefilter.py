"""The dump prefilter on a stream's bytes: only pages that may use the conflict infobox are
parsed as XML.

Of a Wikipedia dump's pages about one in 300 uses the conflict infobox, yet every page of a
stream was parsed into elements before ``wanted`` dropped it (XML parsing was the largest cost
after bz2 decompression). Here a decompressed stream is checked once for well-formedness by
expat without building anything (about 20x cheaper than ElementTree building the pages), its
pages are found by their tags, and the same patterns ``wanted`` applies are run over the raw
XML of the whole stream: a page no match falls in is counted, not parsed.

The raw XML holds every character the parsed text holds, and more (titles, ids), except where
XML writes them otherwise; each such case makes the page a candidate or the stream read as
before, so a page left out is one ``wanted`` would reject (tests/test_prefilter.py compares
both selections over the corpus dumps and generated ones):

- "&lt;" for the "<" that may follow an infobox's name: "&" ends a name here too;
- "\\r\\n" for a newline: "\\r" ends a name here too;
- character references ("&#123;&#123;Infobox"): a page holding "&#" is a candidate;
- comments, CDATA sections, processing instructions, namespace prefixes on tags, pages inside
  pages, a stream that is not well-formed or does not decompress: the stream is read as before
  (``iter_range``), damage reported where it was.
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

# The dump reader's own decompression and page building (private there: one dump format,
# two ways through it), so that the pages given and the limits kept are the same.
from wikiparse.batch.dumps import FOOTER, Page, StreamRange, iter_range
from wikiparse.batch.dumps import _decompressed as decompressed
from wikiparse.batch.dumps import _page as page_of
from wikiparse.readers.wikitext.spans import WRAPPER_COLUMN, conflict_infobox_use

# A use of the infobox by name, as in ``wanted``, where the name may also end in raw XML.
RAW_INFOBOX_USE = conflict_infobox_use("|}\n<&\r")
# A page's tags: "<page>", "<page/>" and "</page>" (no other element is named so in a dump).
PAGE_TAG = re.compile(r"<(/?)page(?=[\s/>])[^<>]*?(/?)>")
# What makes the raw XML hide what the parsed text shows: comments, CDATA and processing
# instructions ("<!", "<?"), and a prefixed tag ("<mw:page>" is a page to ElementTree).
UNSURE = re.compile(r"<[!?]|</?[A-Za-z_][\w.-]*:")
CHARACTER_REFERENCE = "&#"


def iter_candidates(stream: StreamRange) -> Iterator[Page | None]:
    """The pages of one stream, as ``iter_range`` gives them, except that a page the
    prefilter rejects is None, its XML never parsed. Reads the stream as ``iter_range`` does
    (and so raises DamagedDumpError as it does) when the stream is damaged or unusual."""
    text = _clean_text(stream)
    spans = _page_spans(text) if text is not None else None
    if text is None or spans is None:
        yield from iter_range(stream)
        return
    chosen = _candidates(text, spans)
    name = Path(stream.path).name
    for n, (start, end) in enumerate(spans):
        if n in chosen:
            yield page_of(ET.fromstring(text[start:end]), name)
        else:
            yield None


def _clean_text(stream: StreamRange) -> str | None:
    """The stream's XML as text when it decompresses, is well-formed and holds nothing that
    makes raw XML unlike its parsed text; else None."""
    with open(stream.path, "rb") as handle:
        handle.seek(stream.start)
        raw = handle.read() if stream.end is None else handle.read(stream.end - stream.start)
    try:
        chunks = list(decompressed(raw))
    except (OSError, EOFError):
        return None
    if stream.end is None:  # as ``iter_range`` drops it: chunk by chunk
        chunks = [chunk.replace(FOOTER, b"") for chunk in chunks]
    data = b"".join(chunks)
    parser = expat.ParserCreate(namespace_separator="}")  # as ElementTree makes it
    try:
        parser.Parse(b"<pages>")
        parser.Parse(data)
        parser.Parse(b"</pages>", True)
        text = data.decode("utf-8")
    except (expat.ExpatError, UnicodeDecodeError):
        return None
    return None if UNSURE.search(text) else text


def _page_spans(text: str) -> list[tuple[int, int]] | None:
    """Where each page element stands, in order; None when pages nest."""
    spans: list[tuple[int, int]] = []
    start = -1
    for match in PAGE_TAG.finditer(text):
        closing, empty = match.group(1), match.group(2)
        if not closing and start < 0 and empty:
            spans.append((match.start(), match.end()))
        elif not closing and start < 0:
            start = match.start()
        elif closing and start >= 0:
            spans.append((start, match.end()))
            start = -1
        else:
            return None  # a page in a page (or a stray closing tag: not well-formed anyway)
    return spans if start < 0 else None


def _candidates(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The pages (by number) a use of the infobox, a page's two wrapper columns or a
    character reference falls in."""
    starts = [start for start, _ in spans]

    def page_at(at: int) -> int | None:
        n = bisect.bisect_right(starts, at) - 1
        return n if n >= 0 and at < spans[n][1] else None

    chosen = {page_at(m.start()) for m in RAW_INFOBOX_USE.finditer(text)}
    at = text.find(CHARACTER_REFERENCE)
    while at >= 0:
        chosen.add(page_at(at))
        at = text.find(CHARACTER_REFERENCE, at + 1)
    columns: dict[int | None, set[str]] = {}
    for match in WRAPPER_COLUMN.finditer(text):
        columns.setdefault(page_at(match.start()), set()).add(match.group("n"))
    chosen.update(n for n, seen in columns.items() if len(seen) == 2)
    return {n for n in chosen if n is not None}
