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
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wikiparse.api import extract
from wikiparse.models import Document
from wikiparse.readers.wikitext.spans import mentions_conflict_infobox

DUMP_SUFFIXES = (".xml", ".xml.bz2")
ARTICLE_NAMESPACE = "0"


@dataclass(frozen=True)
class Page:
    title: str
    page_id: str
    namespace: str
    text: str
    source: str  # "DUMP#Title", how batch output and errors name the page


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
    """The byte ranges of the streams that hold pages, from the index's offsets."""
    offsets: set[int] = set()
    with bz2.open(index, "rt", encoding="utf-8") as lines:
        for line in lines:
            head = line.split(":", 1)[0]
            if head.isdigit():
                offsets.add(int(head))
    ordered = sorted(offsets)
    ends: list[int | None] = [*ordered[1:], None]
    return [StreamRange(str(path), start, end) for start, end in zip(ordered, ends, strict=True)]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _page(element: ET.Element, dump: str) -> Page:
    fields: dict[str, str] = {}
    for child in element.iter():
        name = _local(child.tag)
        if name in ("title", "ns", "id", "text") and name not in fields:
            fields[name] = child.text or ""
    title = fields.get("title", "")
    return Page(title, fields.get("id", ""), fields.get("ns", ARTICLE_NAMESPACE),
                fields.get("text", ""), f"{dump}#{title}")  # fmt: skip


def iter_range(stream: StreamRange) -> Iterator[Page]:
    """The pages of one bz2 stream (a run of <page> elements without a root)."""
    with open(stream.path, "rb") as handle:
        handle.seek(stream.start)
        raw = handle.read() if stream.end is None else handle.read(stream.end - stream.start)
    decompressor = bz2.BZ2Decompressor()
    xml = decompressor.decompress(raw)  # stops at the end of this one stream
    root = ET.fromstring(b"<pages>" + xml + b"</pages>")
    name = Path(stream.path).name
    for element in root:
        if _local(element.tag) == "page":
            yield _page(element, name)


def iter_dump(path: str | Path) -> Iterator[Page]:
    """Every page of a whole dump (.xml or .xml.bz2), streamed with constant memory."""
    opener = bz2.open if str(path).endswith(".bz2") else open
    name = Path(path).name
    with opener(path, "rb") as handle:
        for _, element in ET.iterparse(handle, events=("end",)):
            if _local(element.tag) == "page":
                yield _page(element, name)
                element.clear()


def wanted(page: Page) -> bool:
    """An article that uses the conflict infobox (the cheap prefilter)."""
    return page.namespace == ARTICLE_NAMESPACE and mentions_infobox(page.text)


def parse_page(page: Page) -> Document:
    """One dump page -> Document (the wikitext reader, no detection). Raises WikiparseError."""
    return extract(page.text, format="wikitext", source=page.source)
