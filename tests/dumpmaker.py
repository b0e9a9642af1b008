"""Build small MediaWiki dumps the way Wikimedia lays them out, for the batch and Dask tests:
a multistream .xml.bz2 (a header stream, then one bz2 stream per 100 pages, then the footer)
with its -index.txt.bz2 of "offset:page_id:title" lines, and a plain .xml.bz2."""

from __future__ import annotations

import bz2
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">\n'
          "<siteinfo><sitename>Wikipedia</sitename></siteinfo>\n")  # fmt: skip
FOOTER = "</mediawiki>\n"
PAGES_PER_STREAM = 100


def page_xml(page_id: int, title: str, text: str, ns: int = 0) -> str:
    return (
        f"<page><title>{escape(title)}</title><ns>{ns}</ns><id>{page_id}</id><revision>"
        f'<id>{page_id * 10}</id><text xml:space="preserve">{escape(text)}</text>'
        "</revision></page>\n"
    )


def multistream(
    folder: Path, pages: list[tuple[int, str, str]], per_stream: int = PAGES_PER_STREAM
) -> tuple[Path, Path]:
    return multistream_xml(
        folder, [(pid, title, page_xml(pid, title, text)) for pid, title, text in pages], per_stream
    )


def multistream_xml(
    folder: Path, pages: list[tuple[int, str, str]], per_stream: int = PAGES_PER_STREAM
) -> tuple[Path, Path]:
    """A multistream dump of pages given as (id, title for the index, the page's XML)."""
    dump = folder / "testwiki-20260101-pages-articles-multistream.xml.bz2"
    index = folder / "testwiki-20260101-pages-articles-multistream-index.txt.bz2"
    lines, offset = [], 0
    with open(dump, "wb") as out:
        offset += out.write(bz2.compress(HEADER.encode()))
        for i in range(0, len(pages), per_stream):
            chunk = pages[i : i + per_stream]
            lines += [f"{offset}:{pid}:{title}" for pid, title, _ in chunk]
            body = "".join(xml for _, _, xml in chunk)
            offset += out.write(bz2.compress(body.encode()))
        out.write(bz2.compress(FOOTER.encode()))
    index.write_bytes(bz2.compress(("\n".join(lines) + "\n").encode()))
    return dump, index


def plain(folder: Path, pages: list[tuple[int, str, str]], compress: bool = True) -> Path:
    name = "testwiki-20260101-pages-articles.xml" + (".bz2" if compress else "")
    dump = folder / name
    data = HEADER + "".join(page_xml(pid, title, text) for pid, title, text in pages) + FOOTER
    dump.write_bytes(bz2.compress(data.encode()) if compress else data.encode())
    return dump


def index_offsets(index: Path) -> list[int]:
    """The distinct stream offsets an index lists, in order."""
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    return sorted({int(line.split(":", 1)[0]) for line in lines if line})


def write_index(index: Path, lines: list[str]) -> None:
    index.write_bytes(bz2.compress(("\n".join(lines) + "\n").encode()))
