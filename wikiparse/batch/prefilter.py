"""The dump prefilter on a stream's bytes: only pages that may use the conflict infobox are
parsed as XML.

Of a Wikipedia dump's pages about one in 300 uses the conflict infobox, yet every page of a
stream was parsed into elements before ``wanted`` dropped it (XML parsing was the largest cost
after bz2 decompression). Here the pages of a decompressed stream are found by their tags, and
the patterns ``wanted`` applies are run over the raw XML of the whole stream: a page no match
falls in is counted, not parsed.

The raw XML holds every character the parsed text holds, and more (titles, ids), except where
XML writes them otherwise; each such case makes the page a candidate or the stream read as
before, so a page left out is one ``wanted`` would reject (tests/test_prefilter.py compares
both selections over the corpus dumps and generated ones):

- "&lt;" for the "<" that may follow an infobox's name: "&" ends a name here too;
- "\\r\\n" for a newline: "\\r" ends a name here too;
- character references ("&#123;&#123;Infobox"): a page holding "&#" is a candidate;
- the patterns run over UTF-8 bytes (decoding the stream cost as much as the XML it saved):
  "\\s" takes the UTF-8 of wide spaces too, and a name's letters the letters beyond ASCII
  that case-insensitive matching folds to them ("ı" for "i", the Kelvin sign for "k");
- comments, CDATA sections, processing instructions, namespace prefixes on tags, pages inside
  pages: the stream is read as before (``iter_range``).

Damage is reported as before where it can be seen without parsing: a stream that does not
decompress (bz2 checks every block's CRC, so flipped or cut bytes are found there), a "<" or
"&" XML does not allow ("&bogus;"), unpaired page tags, a candidate page that does not parse;
the stream is then read as before, which reports it where it is. A stream that decompresses
cleanly yet has malformed XML (mismatched tags, bytes that are not UTF-8) in a page no match
falls in is not reported: checking that needs expat to tokenize every byte, which is what
ElementTree's parse costs (measured with valgrind: the check left 0.89x of the XML work).
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from wikiparse.batch import dumps

# The dump reader's own decompression and page building (private there: one dump format,
# two ways through it), so that the pages given and the limits kept are the same.
from wikiparse.batch.dumps import FOOTER, Page, StreamRange, iter_range, page_from
from wikiparse.batch.dumps import _decompressed as decompressed
from wikiparse.readers.wikitext.spans import WRAPPER_COLUMN, conflict_infobox_use

__all__ = [
    "AMPERSAND", "FOLDED", "MAX_STREAM_BYTES", "PAGE_TAG", "RAW_INFOBOX_USE", "RAW_WRAPPER_COLUMN",
    "UNSURE", "WIDE_SPACES", "element_page", "iter_candidates"
]  # fmt: skip

# The characters beyond ASCII that ``\s`` takes in text (NBSP, the ideographic space…), and
# those that case-insensitive matching folds to an ASCII letter ("İ" and "ı" to "i", "ſ" to
# "s", the Kelvin sign to "k"): bytes patterns take neither (tests/test_prefilter.py derives
# both lists from the re module).
WIDE_SPACES = (
    "\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
)
FOLDED = "\u0130\u0131\u017f\u212a"


def _bytes_pattern(pattern: re.Pattern[str]) -> re.Pattern[bytes]:
    """A text pattern over UTF-8 bytes: each ``\\s`` also takes the UTF-8 of the WIDE_SPACES,
    as the original would in the decoded text; other characters beyond ASCII only where
    ``_folding`` wrote them, in groups, where their UTF-8 stands as one sequence."""
    wide = b"|".join(re.escape(c.encode()) for c in WIDE_SPACES)
    space = b"(?:[\\s\\x1c-\\x1f]|" + wide + b")"
    return re.compile(pattern.pattern.encode().replace(rb"\s", space), pattern.flags & re.I)


def _folding(word: str) -> str:
    """A word of a name, each letter also as the FOLDED ones matching it in text ("i" as
    "(?:i|İ|ı)") and, beyond ASCII, in its other case: IGNORECASE over bytes folds ASCII
    only."""
    out = []
    for ch in word:
        # a letter beyond ASCII in another case too ("{{Вооруженный конфликт" for the name
        # "вооруженный конфликт"): IGNORECASE over bytes folds ASCII letters only
        cases = {ch.upper(), ch.lower()} - {ch} if not ch.isascii() else set()
        also = sorted(cases | {c for c in FOLDED if re.fullmatch(f"(?i){re.escape(ch)}", c)})
        alternatives = "|".join(re.escape(c) for c in also)
        out.append(f"(?:{re.escape(ch)}|{alternatives})" if also else re.escape(ch))
    return "".join(out)


# A use of the infobox by name, as in ``wanted``, where the name may also end in raw XML.
RAW_INFOBOX_USE = _bytes_pattern(conflict_infobox_use("|}\n<&\r", _folding))
RAW_WRAPPER_COLUMN = _bytes_pattern(WRAPPER_COLUMN)
# A page's tags: "<page>", "<page/>" and "</page>" (no other element is named so in a dump).
PAGE_TAG = re.compile(rb"<(/?)page(?=[\s/>])[^<>]*?(/?)>")
# What sends a stream down the old path: what makes raw XML hide what the parsed text shows
# (comments, CDATA and processing instructions: "<!", "<?"; a prefixed tag: "<mw:page>" is a
# page to ElementTree), and the damage a stream that decompresses cleanly may still hold (a
# "<" that opens no tag, an "&" that starts no entity XML defines: "&bogus;").
UNSURE = re.compile(rb"<(?:[!?]|/?[^\s<>/]*:|(?![A-Za-z_/]))")
# An "&" that starts a character reference ("&#73;nfobox": its page is a candidate), or no
# entity XML defines ("&bogus;": the stream goes down the old path). One pattern for both:
# each "&" of the stream is looked at once.
AMPERSAND = re.compile(rb"&(?:#|(?!(?:lt|gt|amp|quot|apos);))")
# A stream decompressing to more than this is read as before, page by page as it arrives:
# this path holds a whole stream (a Wikimedia stream of 100 pages is a few megabytes), and a
# stream of many small pages held whole made memory grow with what it decompressed to (a
# 169 KB stream of 32 MB of small pages: +49 MB; the attack suite's bomb check).
MAX_STREAM_BYTES = 8 * 1024 * 1024


def iter_candidates(stream: StreamRange) -> Iterator[Page | None]:
    """The pages of one stream, as ``iter_range`` gives them, except that a page the
    prefilter rejects is None, its XML never parsed. Reads the stream as ``iter_range`` does
    (and so raises DamagedDumpError as it does) when the stream is damaged or unusual."""
    data = _clean_bytes(stream)
    spans = _page_spans(data) if data is not None else None
    if data is None or spans is None:
        yield from iter_range(stream)
        return
    name = Path(stream.path).name
    chosen = _candidates(data, spans)
    if chosen is None:
        yield from iter_range(stream)
        return
    pages: dict[int, Page] = {}
    for n in sorted(chosen):
        start, end = spans[n]
        try:
            pages[n] = element_page(ET.fromstring(data[start:end]), name)
        except ET.ParseError:  # damage: read as before, which reports it where it is
            yield from iter_range(stream)
            return
    for n in range(len(spans)):
        yield pages.get(n)


def _clean_bytes(stream: StreamRange) -> bytes | None:
    """The stream's XML when it decompresses and holds nothing UNSURE; else None."""
    with open(stream.path, "rb") as handle:
        handle.seek(stream.start)
        raw = handle.read() if stream.end is None else handle.read(stream.end - stream.start)
    chunks, size = [], 0
    try:
        for chunk in decompressed(raw):
            chunks.append(chunk)
            size += len(chunk)
            # past the page cap too: the old path records a page over it (a bomb) as an error
            if size > min(MAX_STREAM_BYTES, dumps.DEFAULT_MAX_CHARS):
                return None
    except (OSError, EOFError):
        return None
    if stream.end is None:  # as ``iter_range`` drops it: chunk by chunk
        chunks = [chunk.replace(FOOTER, b"") for chunk in chunks]
    data = b"".join(chunks)
    return None if UNSURE.search(data) else data


def _page_spans(data: bytes) -> list[tuple[int, int]] | None:
    """Where each page element stands, in order; None when pages nest."""
    spans: list[tuple[int, int]] = []
    start = -1
    for match in PAGE_TAG.finditer(data):
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


def _candidates(data: bytes, spans: list[tuple[int, int]]) -> set[int] | None:
    """The pages (by number) a use of the infobox, a page's two wrapper columns or a
    character reference falls in; None for an "&" XML does not allow."""
    starts = [start for start, _ in spans]

    def page_at(at: int) -> int | None:
        n = bisect.bisect_right(starts, at) - 1
        return n if n >= 0 and at < spans[n][1] else None

    chosen = {page_at(m.start()) for m in RAW_INFOBOX_USE.finditer(data)}
    for match in AMPERSAND.finditer(data):
        if data[match.end() - 1 : match.end()] != b"#":
            return None  # no entity XML defines
        chosen.add(page_at(match.start()))
    columns: dict[int | None, set[bytes]] = {}
    for match in RAW_WRAPPER_COLUMN.finditer(data):
        columns.setdefault(page_at(match.start()), set()).add(match.group("n"))
    chosen.update(n for n, seen in columns.items() if len(seen) == 2)
    return {n for n in chosen if n is not None}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def element_page(element: ET.Element, dump: str) -> Page:
    """A candidate ``<page>`` element, parsed whole -> Page."""
    fields: dict[str, str] = {}
    for child in element.iter():
        name = _local(child.tag)
        if name in ("title", "ns", "id", "text") and name not in fields:
            fields[name] = child.text or ""
    return page_from(fields, dump)
