"""MediaWiki XML dumps: pages one by one, or by bz2 stream for multistream dumps.

Pure, picklable pieces an engine can distribute (Dask, multiprocessing, Spark):

    ranges = list_streams("enwiki-…-multistream.xml.bz2", "enwiki-…-multistream-index.txt.bz2")
    for page in iter_range(ranges[0]):        # the ≤100 pages of one bz2 stream
        if mentions_infobox(page.text):        # cheap prefilter: most pages have no infobox
            document = parse_page(page)        # Document, or WikiparseError

A multistream dump is a chain of bz2 streams; its index lists "offset:page_id:title" for
every page, so the distinct offsets cut the file into independent byte ranges.
"""

from __future__ import annotations

import bz2
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.parsers import expat

from wikiparse import fields
from wikiparse.api import DEFAULT_MAX_CHARS as DEFAULT_MAX_CHARS  # the page cap (tests lower it)
from wikiparse.api import extract
from wikiparse.batch.xmlpages import CHUNK, OpenPage, PageParser, bz2_pieces
from wikiparse.errors import DamagedDumpError, InputTooLargeError
from wikiparse.models import Document
from wikiparse.readers.wikitext.spans import mentions_conflict_infobox
from wikiparse.values.language import language_code

__all__ = [
    "ARTICLE_NAMESPACE", "BZ2_MAGIC", "DUMP_SUFFIXES", "FOOTER", "Page", "StreamRange",
    "dump_language", "html_mentions_infobox", "index_for", "is_dump", "iter_dump", "iter_range",
    "list_streams", "mentions_infobox", "page_from", "parse_page", "wanted"
]  # fmt: skip

DUMP_SUFFIXES = (".xml", ".xml.bz2")
# Where a bz2 stream starts: "BZh" and the block size digit.
BZ2_MAGIC = re.compile(rb"BZh[1-9]")
FOOTER = b"</mediawiki>"
ARTICLE_NAMESPACE = "0"


@dataclass(frozen=True)
class Page:
    title: str
    page_id: str
    namespace: str
    text: str
    source: str  # "DUMP#Title", how batch output and errors name the page
    language: str | None = None  # from the dump's database name ("zhwiki-…" -> "zh")
    format: str = "wikitext"  # "html" for the pages of a Wikimedia Enterprise HTML dump
    # characters read before the page passed the cap (its text is then ""): a compression
    # bomb's page is given up without being held, and recorded as too large
    oversize: int = 0


@dataclass(frozen=True)
class StreamRange:
    """One bz2 stream of a multistream dump: bytes [start, end) of ``path`` (end None: EOF)."""

    path: str
    start: int
    end: int | None


def is_dump(path: Path) -> bool:
    return path.name.endswith(DUMP_SUFFIXES)


def index_for(path: Path) -> Path | None:
    """The index Wikimedia publishes beside a multistream dump, when it is there."""
    if not path.name.endswith("multistream.xml.bz2"):
        return None
    index = path.with_name(path.name.replace("multistream.xml.bz2", "multistream-index.txt.bz2"))
    return index if index.exists() else None


def mentions_infobox(text: str) -> bool:
    """Does the page use the conflict infobox at all? Checked on the raw (XML-unescaped) text."""
    return mentions_conflict_infobox(text)


def list_streams(path: str | Path, index: str | Path) -> list[StreamRange]:
    """The byte ranges of the streams that hold pages, from the index's offsets.

    An offset where no bz2 stream starts (a junk or shifted index line) is left out, so the
    range before it runs on to the next real stream (``iter_range`` reads every stream in its
    range). Raises DamagedDumpError when the index itself cannot be read."""
    offsets: set[int] = set()
    try:
        with bz2.open(index, "rt", encoding="utf-8") as lines:
            for line in lines:
                head = line.split(":", 1)[0]
                if head.isdigit():
                    offsets.add(int(head))
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise DamagedDumpError(str(index), f"cannot read the dump index: {_reason(exc)}") from exc
    with open(path, "rb") as dump:
        ordered = [o for o in sorted(offsets) if _stream_starts(dump, o)]
    ends: list[int | None] = [*ordered[1:], None]
    return [StreamRange(str(path), start, end) for start, end in zip(ordered, ends, strict=True)]


def _stream_starts(dump: BinaryIO, offset: int) -> bool:
    dump.seek(offset)
    return BZ2_MAGIC.fullmatch(dump.read(4)) is not None


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _page(page: OpenPage, dump: str) -> Page:
    return page_from(page.values, dump, page.size if page.over else 0)


def page_from(values: Mapping[str, str], dump: str, oversize: int = 0) -> Page:
    """A page's title, id, ns and text (as read from its XML) -> Page of the dump ``dump``."""
    title = values.get("title", "")
    return Page(
        title,
        values.get("id", ""),
        values.get("ns", ARTICLE_NAMESPACE),
        values.get("text", ""),
        f"{dump}#{title}",
        dump_language(dump),
        oversize=oversize,
    )


def dump_language(name: str) -> str | None:
    """The language of a Wikimedia dump by its file name: "zhwiki-20260101-…" -> "zh"."""
    dbname = name.split("-", 1)[0]
    return language_code(dbname) if dbname.endswith("wiki") else None


def _decompressed(raw: bytes) -> Iterator[bytes]:
    """The bytes of every bz2 stream in ``raw``, piece by piece (so what comes before damage
    is still given); raises OSError/EOFError where a stream is corrupt or cut short."""
    return bz2_pieces(raw)


def _pages_of(chunks: Iterator[bytes], dump: str) -> Iterator[Page]:
    """Pages from a run of <page> elements without a root, as the XML arrives."""
    parser = PageParser(DEFAULT_MAX_CHARS)
    chunks = itertools.chain([b"<pages>"], chunks)
    for chunk in chunks:
        yield from (_page(p, dump) for p in parser.feed(chunk))
    yield from (_page(p, dump) for p in parser.feed(b"</pages>", final=True))


def iter_range(stream: StreamRange) -> Iterator[Page]:
    """The pages of one bz2 stream (or of every stream in the range). Pages before damage are
    given; then DamagedDumpError names the dump and the stream's offset."""
    name = Path(stream.path).name
    with open(stream.path, "rb") as handle:
        handle.seek(stream.start)
        size = None if stream.end is None else stream.end - stream.start
        chunks = bz2_pieces(handle, size)
        if stream.end is None:  # the last stream ends with the dump's closing tag
            chunks = _without_footer(chunks)
        try:
            yield from _pages_of(chunks, name)
        except (OSError, EOFError, expat.ExpatError, LookupError, ValueError) as exc:
            where = f"{stream.path}@{stream.start}"
            raise DamagedDumpError(
                where, f"damaged dump stream at byte {stream.start}: {_reason(exc)}"
            ) from exc


def _without_footer(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The last stream carries "</mediawiki>": dropped so the pages parse as one run."""
    for chunk in chunks:
        yield chunk.replace(FOOTER, b"")


def iter_dump(path: str | Path) -> Iterator[Page]:
    """Every page of a whole dump (.xml or .xml.bz2), streamed with constant memory. Pages
    before damage are given; then DamagedDumpError names the dump and the byte reached."""
    opener = bz2.open if str(path).endswith(".bz2") else open
    name = Path(path).name
    parser = PageParser(DEFAULT_MAX_CHARS)
    with opener(path, "rb") as handle:
        try:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                yield from (_page(p, name) for p in parser.feed(chunk))
            yield from (_page(p, name) for p in parser.feed(b"", final=True))
        # LookupError, ValueError: a declared encoding expat cannot use ("x-klingon", or a
        # multi-byte one such as Shift_JIS): the dump is damaged for us, not the batch
        except (OSError, EOFError, expat.ExpatError, LookupError, ValueError) as exc:
            at = _position(handle)
            raise DamagedDumpError(
                f"{path}@{at}", f"damaged dump at byte {at} of its XML: {_reason(exc)}"
            ) from exc


def _position(handle: object) -> int:
    try:
        return int(handle.tell())  # type: ignore[attr-defined]
    except (OSError, ValueError, EOFError):
        return -1


def wanted(page: Page) -> bool:
    """An article that uses the conflict infobox (the cheap prefilter)."""
    if page.namespace != ARTICLE_NAMESPACE:
        return False
    if page.oversize:  # its text was not kept: recorded, never skipped unseen
        return True
    if page.format == "html":
        return html_mentions_infobox(page.text)
    return mentions_infobox(page.text)


def html_mentions_infobox(text: str) -> bool:
    """A rendered page with the conflict infobox: its rows' labels, or the template's name in
    Parsoid's data-mw (any language: the name is the template's, "Infobox military conflict")."""
    return any(mark in text for mark in fields.HTML_INFOBOX_MARKS)


def parse_page(page: Page, sections: bool = True) -> Document:
    """One dump page -> Document (the wikitext reader, no detection). Raises WikiparseError.
    ``sections`` False: the infobox only."""
    if page.oversize:
        raise InputTooLargeError(
            page.source,
            f"a dump page of more than {page.oversize:,} "
            f"characters is over the cap of {DEFAULT_MAX_CHARS:,}: not "
            "read (a compression bomb?)",
        )
    return extract(
        page.text, format=page.format, source=page.source, language=page.language, sections=sections
    )
