"""Wikimedia Enterprise HTML dumps: ``*.ndjson`` files (and ``.tar.gz`` archives of them), one
article per line as JSON with ``name``, ``identifier``, ``url``, ``article_body.html``
(Parsoid HTML), ``in_language`` and ``namespace``. Read line by line, the archive as a stream:
a dump of the whole of Wikipedia is never held in memory. A line that is not a JSON article
is reported where it is (``Broken``), and the lines after it are still read.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wikiparse.batch.dumps import ARTICLE_NAMESPACE, Page
from wikiparse.values.language import language_code

NDJSON = ".ndjson"
ARCHIVES = (".tar.gz", ".tgz")
SNIFF = 64 * 1024  # bytes of a .ndjson read to see whether its records are articles
BODY_KEY = "article_body"


@dataclass(frozen=True)
class Broken:
    """A line of the dump that is not an article: where it is and why."""

    source: str
    reason: str


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
            first = handle.readline(SNIFF)
    except OSError:
        return False  # read as an ordinary input, whose reading reports why it cannot be
    return f'"{BODY_KEY}"'.encode() in first


def iter_enterprise(path: Path) -> Iterator[Page | Broken]:
    """Every article of the dump, in order, and the lines that are not."""
    if path.name.lower().endswith(ARCHIVES):
        yield from _archive(path)
        return
    with path.open("rb") as handle:
        yield from _lines(handle, str(path))


def _archive(path: Path) -> Iterator[Page | Broken]:
    try:
        with tarfile.open(path, mode="r|gz") as archive:  # a stream: members in order, once
            for member in archive:
                handle = archive.extractfile(member) if member.isfile() else None
                if handle is not None and member.name.endswith(NDJSON):
                    yield from _lines(handle, f"{path}/{member.name}")
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield Broken(str(path), f"the archive breaks off: {exc}")


def _lines(handle: IO[bytes], name: str) -> Iterator[Page | Broken]:
    for number, line in enumerate(handle, start=1):
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
