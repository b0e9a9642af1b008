"""MediaWiki XML as a stream of pages, in bounded memory whatever the input expands to.

A dump page is read with expat's callbacks, not built as a tree: nothing is kept of a page
once it is given (ElementTree's iterparse kept every cleared <page> under the root: 84 bytes a
page, 25 MB over 300,000), and no page's text is held past the cap: a 1 KB .xml.bz2 that
expands to one 2 GB page costs the cap, not 2 GB. A bz2 range is decompressed a bounded piece
at a time, stream after stream (a cut index can put thousands of streams in one range: each
is started where the last ended, never by copying what is left of the range).
"""

from __future__ import annotations

import bz2
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO
from xml.parsers import expat

__all__ = [
    "BZ2_FEED", "CHUNK", "FEED", "FIELDS", "OUT_CHUNK", "OpenPage", "PageParser", "bz2_pieces",
    "local"
]  # fmt: skip

CHUNK = 256 * 1024  # bytes of compressed input read at a time
OUT_CHUNK = 1024 * 1024  # at most this many bytes decompressed per call (a bomb's output)
# Compressed bytes given to a decompressor at a time: where a stream ends, what follows it in
# the piece is copied (unused_data) to start the next; 100-byte streams in 256 KB pieces copied
# half the piece per stream.
BZ2_FEED = 16 * 1024
# Bytes parsed at a time: the pages one piece completes wait in a list (256 KB of empty pages
# made 11,000 of them, 5 MB).
FEED = 16 * 1024
FIELDS = ("title", "ns", "id", "text")  # what a Page takes, the first of each in a <page>


def local(tag: str) -> str:
    """A tag without its namespace ("{uri}page" or "uri}page" -> "page")."""
    return tag.rsplit("}", 1)[-1]


@dataclass
class OpenPage:
    """The page being read: the fields so far, and the characters seen."""

    values: dict[str, str] = field(default_factory=dict)
    pieces: list[str] = field(default_factory=list)
    reading: str | None = None  # the field whose characters arrive now
    size: int = 0  # characters of every field so far
    over: bool = False  # past the cap: nothing more is kept


class PageParser:
    """Feed XML bytes in pieces; ``feed`` gives the pages completed (their fields, and their
    ``size`` and ``over``). Raises expat.ExpatError where the XML breaks, LookupError or
    ValueError for an encoding expat cannot use."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.page: OpenPage | None = None
        self.ready: list[OpenPage] = []
        self.parser = expat.ParserCreate(namespace_separator="}")
        self.parser.buffer_text = True  # characters in large pieces, not one call per line
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._characters

    def feed(self, data: bytes, final: bool = False) -> Iterator[OpenPage]:
        """The pages ``data`` completes; where the XML breaks, the pages before the break
        first, then the error."""
        for at in range(0, max(len(data), 1), FEED):
            piece = data[at : at + FEED]
            error: Exception | None = None
            try:
                self.parser.Parse(piece, final and at + FEED >= len(data))
            except (expat.ExpatError, LookupError, ValueError) as exc:
                error = exc
            ready, self.ready = self.ready, []
            yield from ready
            if error is not None:
                raise error

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        name, page = local(tag), self.page
        if name == "page":
            self.page = OpenPage()
        elif (
            page is not None and page.reading is None and name in FIELDS and name not in page.values
        ):
            page.reading = name

    def _characters(self, data: str) -> None:
        page = self.page
        if page is None or page.reading is None or page.over:
            return
        page.size += len(data)
        if page.size > self.cap:  # given up: what was kept is let go
            page.over = True
            page.pieces.clear()
        else:
            page.pieces.append(data)

    def _end(self, tag: str) -> None:
        name, page = local(tag), self.page
        if page is None:
            return
        if page.reading == name:
            page.values[name] = "".join(page.pieces)
            page.pieces.clear()
            page.reading = None
        elif name == "page":
            self.ready.append(page)
            self.page = None


def bz2_pieces(source: BinaryIO | bytes, size: int | None = None) -> Iterator[bytes]:
    """The bytes of every bz2 stream in ``size`` bytes of ``source`` (None: to its end), at
    most OUT_CHUNK at a time; raises OSError or EOFError where a stream is corrupt or cut."""
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    left = [size]

    def read() -> bytes:
        wanted = BZ2_FEED if left[0] is None else min(BZ2_FEED, left[0])
        data = handle.read(wanted) if wanted else b""
        if left[0] is not None:
            left[0] -= len(data)
        return data

    data = read()
    while data:
        decompressor = bz2.BZ2Decompressor()
        while not decompressor.eof:
            if decompressor.needs_input:
                data = data or read()
                if not data:
                    raise EOFError("the bz2 stream is cut short")
            out = decompressor.decompress(data, OUT_CHUNK)
            data = b""
            if out:
                yield out
        data = decompressor.unused_data or read()  # the next stream starts right there
