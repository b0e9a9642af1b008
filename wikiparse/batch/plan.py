"""A batch's plan: the units of work its inputs make, in input order. Folders are recursed
(sorted; entries that are not files are reported, never skipped silently), dumps split into
streams or prefiltered pages; damage met while planning becomes a unit that reports it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wikiparse.batch.dumps import (
    Page,
    StreamRange,
    index_for,
    is_dump,
    iter_dump,
    list_streams,
    wanted,
)
from wikiparse.batch.enterprise import Broken, is_enterprise, iter_enterprise
from wikiparse.batch.sinks import BatchError
from wikiparse.errors import DamagedDumpError, UnreadableInputError, WikiparseError

__all__ = ["SPECIAL_FILES", "Work", "known_total", "plan", "usable_cores"]

# Folder entries that are not files, by what they are (reported, not read).
SPECIAL_FILES: tuple[tuple[Callable[[Path], bool], str], ...] = (
    (Path.is_fifo, "a FIFO"), (Path.is_socket, "a socket"),
    (Path.is_block_device, "a block device"), (Path.is_char_device, "a character device"),
)  # fmt: skip


def usable_cores() -> int:
    """The cores this process may run on (its affinity or cgroup limits, not the machine's
    count: a container given 2 of 64 cores must start 2 workers), at least 1."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counted is not None:
        return max(1, counted() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Work:
    """One picklable unit of work."""

    source: str
    path: str | None = None
    stream: StreamRange | None = None
    page: Page | None = None
    # found while planning, written as an error: a dump that breaks off, a folder entry that
    # cannot be read (a FIFO, a dangling or looping symbolic link)
    problem: str | None = None
    problem_type: type[WikiparseError] = DamagedDumpError
    skipped: int = 0  # dump pages left out by the prefilter just before this unit


def plan(inputs: list[str]) -> Iterator[Work]:
    """Units of work in input order: folders recursed (sorted), dumps split into streams or
    prefiltered pages."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from _plan_folder(path)
        elif path.is_file():
            yield from _plan_file(path)
        else:
            raise BatchError(name, "no such file or folder")


def known_total(inputs: list[str]) -> int | None:
    """How many inputs a batch of files and folders will read (for progress); None when a
    dump is among them (its page count is not known before reading it)."""
    total = 0
    for name in inputs:
        path = Path(name)
        files = [p for p in _visible(path) if p.is_file()] if path.is_dir() else [path]
        if any(is_dump(f) or is_enterprise(f) for f in files):
            return None
        total += len(files)
    return total


def _visible(folder: Path) -> Iterator[Path]:
    """The entries under ``folder``, sorted, hidden ones (a dot in their path) left out."""
    for child in sorted(folder.rglob("*")):
        if not any(part.startswith(".") for part in child.relative_to(folder).parts):
            yield child


def _plan_folder(folder: Path) -> Iterator[Work]:
    """Regular files under ``folder`` in sorted order (hidden ones left out); any other entry
    but a folder is reported as an error line, never skipped silently."""
    for child in _visible(folder):
        if child.is_file():
            yield from _plan_file(child)
        elif not child.is_dir() or child.is_symlink():
            yield Work(
                source=str(child), problem=_not_a_file(child), problem_type=UnreadableInputError
            )


def _not_a_file(path: Path) -> str:
    """Why a folder entry is not read."""
    if path.is_symlink():
        if path.is_dir():
            return "a symbolic link to a folder: not followed (it could loop)"
        try:
            path.resolve(strict=True)
        except FileNotFoundError:
            return "a symbolic link to nothing (dangling): skipped"
        except (OSError, RuntimeError):
            return "a symbolic link loop: skipped"
        return "a symbolic link to something that is not a file: skipped"
    if not path.exists():
        return "cannot read: the file is gone (deleted during the batch?)"
    kind = next((name for test, name in SPECIAL_FILES if test(path)), None)
    return f"{kind}, not a regular file: skipped" if kind else "not a regular file: skipped"


def _prefiltered(path: Path, items: Iterable[Page | Broken]) -> Iterator[Work]:
    """The pages of a dump read in order (an XML dump without an index, an Enterprise HTML
    dump) that pass the prefilter, each with the count of pages left out before it, and a
    last unit for those after the last page read; a line that is no page is reported where
    it is."""
    skipped = 0
    for item in items:
        if isinstance(item, Broken):
            yield Work(
                source=item.source,
                problem=item.reason,
                skipped=skipped,
                problem_type=item.problem_type,
            )
            skipped = 0
        elif wanted(item):
            yield Work(source=item.source, page=item, skipped=skipped)
            skipped = 0
        else:
            skipped += 1
    if skipped:
        yield Work(source=str(path), skipped=skipped)


def _plan_file(path: Path) -> Iterator[Work]:
    if is_enterprise(path):
        yield from _prefiltered(path, iter_enterprise(path))
        return
    if not is_dump(path):
        yield Work(source=str(path), path=str(path))
        return
    index = index_for(path)
    if index is not None:
        try:
            streams = list_streams(path, index)
        except DamagedDumpError as exc:  # read the dump without its index
            yield Work(source=exc.source, problem=exc.reason)
        else:
            yield from (Work(source=f"{path}@{s.start}", stream=s) for s in streams)
            return
    try:
        yield from _prefiltered(path, iter_dump(path))
    except DamagedDumpError as exc:  # the pages before the damage are planned already
        yield Work(source=exc.source, problem=exc.reason)
