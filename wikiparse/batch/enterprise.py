"""Wikimedia Enterprise HTML dumps: ``*.ndjson`` files (and ``.tar.gz`` archives of them), one
article per line as JSON with ``name``, ``identifier``, ``url``, ``article_body.html``
(Parsoid HTML), ``in_language`` and ``namespace``. Read line by line, the archive as a stream:
a dump of the whole of Wikipedia is never held in memory. A line that is not a JSON article
is reported where it is (``Broken``), and the lines after it are still read.
"""

from __future__ import annotations

import gzip
import json
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from wikiparse.api import DEFAULT_MAX_CHARS
from wikiparse.batch.dumps import ARTICLE_NAMESPACE, Page
from wikiparse.errors import (
    DamagedDumpError,
    InputTooLargeError,
    UnreadableInputError,
    WikiparseError,
)
from wikiparse.values.language import language_code

__all__ = [
    "ARCHIVES", "BODY_KEY", "GZIPPED", "LINE_CAP", "NDJSON", "SNIFF", "Broken", "Readable",
    "is_enterprise", "iter_enterprise"
]  # fmt: skip

NDJSON = ".ndjson"
GZIPPED = ".ndjson.gz"
ARCHIVES = (".tar.gz", ".tgz")
SNIFF = 64 * 1024  # bytes of a .ndjson's first line read at a time to find its article_body
BODY_KEY = "article_body"
# A line is one article's JSON: past this many bytes it is given up without being held (a
# gzip bomb of one 2 GB line), and recorded; the largest article's HTML is a few MB.
LINE_CAP = DEFAULT_MAX_CHARS


class Readable(Protocol):
    """A file of bytes read line by line (an open file, a tar member, a gzip stream)."""

    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class Broken:
    """A line of the dump that is not an article, or an archive member that is not read:
    where it is and why (``problem_type``: the WikiparseError its record names)."""

    source: str
    reason: str
    problem_type: type[WikiparseError] = DamagedDumpError


def is_enterprise(path: Path) -> bool:
    """An Enterprise dump: a .tar.gz (of .ndjson files), or a .ndjson whose first record has
    an ``article_body`` (other JSON Lines files are read as ordinary inputs and refused)."""
    name = path.name.lower()
    if name.endswith(ARCHIVES):
        return True
    if not name.endswith(NDJSON):
        return False
    try:
        with path.open("rb") as handle:
            return _first_line_has(handle, f'"{BODY_KEY}"'.encode())
    except OSError:
        return False  # read as an ordinary input, whose reading reports why it cannot be


def _first_line_has(handle: IO[bytes], key: bytes) -> bool:
    """Is ``key`` in the first line, however long (an abstract of 70 KB can come first)? Read
    SNIFF bytes at a time, up to LINE_CAP, keeping only what a key cut in two needs."""
    tail, read = b"", 0
    while read < LINE_CAP:
        piece = handle.readline(SNIFF)
        if not piece:
            return False
        if key in tail + piece:
            return True
        if piece.endswith(b"\n"):
            return False
        tail, read = piece[-len(key) :], read + len(piece)
    return False


def iter_enterprise(path: Path) -> Iterator[Page | Broken]:
    """Every article of the dump, in order, and the lines that are not."""
    if path.name.lower().endswith(ARCHIVES):
        yield from _archive(path)
        return
    with path.open("rb") as handle:
        yield from _lines(handle, str(path))


def _archive(path: Path) -> Iterator[Page | Broken]:
    try:
        # a stream: members in order, once. gzip is unpacked by GzipFile, a bounded piece at a
        # time; tarfile's own "r|gz" unpacks a whole read buffer at once (16 KB of a gzip bomb
        # is 16 MB) and copies what is left of it on every read
        with (
            gzip.open(path, "rb") as unpacked,
            tarfile.open(fileobj=unpacked, mode="r|") as archive,
        ):
            while (member := archive.next()) is not None:
                archive.members.clear()  # type: ignore[attr-defined]  # kept by tarfile: 470 B each
                yield from _member(archive, member, f"{path}/{member.name}")
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield Broken(str(path), f"the archive breaks off: {exc}")


def _member(
    archive: tarfile.TarFile, member: tarfile.TarInfo, name: str
) -> Iterator[Page | Broken]:
    """The articles of one archive member; a member that is no .ndjson file is recorded."""
    lower = member.name.lower()
    if member.isdir():
        return
    if not member.isfile():
        kind = (
            "a hard link"
            if member.islnk()
            else "a symbolic link"
            if member.issym()
            else ("a device or FIFO")
        )
        yield Broken(name, f"{kind}, not a file: not read", UnreadableInputError)
        return
    handle = archive.extractfile(member)
    if handle is None or not lower.endswith((NDJSON, GZIPPED)):
        yield Broken(name, "not an .ndjson file: not read", UnreadableInputError)
        return
    if lower.endswith(GZIPPED):
        with gzip.open(handle, "rb") as unpacked:
            try:
                yield from _lines(unpacked, name)
            except (OSError, EOFError) as exc:
                yield Broken(name, f"the gzip member breaks off: {exc}")
        return
    yield from _lines(handle, name)


def _capped(handle: Readable) -> Iterator[bytearray | int]:
    """The lines of ``handle``; for a line over LINE_CAP bytes, its size instead. Read in
    pieces into one buffer (readline(LINE_CAP) held a cap-sized line twice over), and a line
    past the cap is read past, never held."""
    while piece := handle.readline(SNIFF):
        line, size = bytearray(piece), len(piece)
        while not piece.endswith(b"\n") and (piece := handle.readline(SNIFF)):
            size += len(piece)
            if size <= LINE_CAP:
                line += piece
            elif line:
                line = bytearray()  # given up: what was read is let go
        yield line if size <= LINE_CAP else size


def _lines(handle: Readable, name: str) -> Iterator[Page | Broken]:
    for number, line in enumerate(_capped(handle), start=1):
        if isinstance(line, int):
            yield Broken(
                f"{name}:{number}",
                f"line {number} of {line:,} bytes is over the cap of {LINE_CAP:,}: not read",
                InputTooLargeError,
            )
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Broken(f"{name}:{number}", f"line {number} is not JSON: {exc}")
            continue
        page = _page(record, name) if isinstance(record, dict) else None
        if page is None:
            yield Broken(
                f"{name}:{number}", f"line {number} is not an article (no name or {BODY_KEY}.html)"
            )
        else:
            yield page


def _page(record: dict[str, Any], dump: str) -> Page | None:
    body = record.get(BODY_KEY)
    html = body.get("html") if isinstance(body, dict) else None
    title = record.get("name")
    if not isinstance(html, str) or not isinstance(title, str):
        return None
    namespace = record.get("namespace")
    ns = namespace.get("identifier") if isinstance(namespace, dict) else ARTICLE_NAMESPACE
    lang = record.get("in_language")
    code = lang.get("identifier") if isinstance(lang, dict) else None
    return Page(
        title=title,
        page_id=str(record.get("identifier", "")),
        namespace=str(ns),
        text=html,
        source=f"{dump}#{title}",
        language=language_code(code) if isinstance(code, str) else None,
        format="html",
    )
