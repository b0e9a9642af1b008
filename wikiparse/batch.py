"""Many documents: files, folders and MediaWiki dumps, in input order, on N processes.

A batch is planned as a sequence of units of work (a file, a stream of a multistream dump, or
a page of a plain dump that passed the prefilter); workers turn each unit into output lines
({"source", "document"}) and error lines ({"source", "error", "type"}); the parent writes them
in plan order and checkpoints (``batch_output``). One bad document never stops the batch.
"""

from __future__ import annotations

import json
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import FrameType

from wikiparse.api import extract
from wikiparse.batch_output import BatchError, Checkpoint, JsonlSink, write_parquet
from wikiparse.dumps import (
    Page,
    StreamRange,
    index_for,
    is_dump,
    iter_dump,
    iter_range,
    list_streams,
    parse_page,
    wanted,
)
from wikiparse.errors import DamagedDumpError, UnreadableInputError, WikiparseError
from wikiparse.models import Document

# Folder entries that are not files, by what they are (reported, not read).
SPECIAL_FILES: tuple[tuple[Callable[[Path], bool], str], ...] = (
    (Path.is_fifo, "a FIFO"), (Path.is_socket, "a socket"),
    (Path.is_block_device, "a block device"), (Path.is_char_device, "a character device"),
)  # fmt: skip
CHECKPOINT_EVERY = 2.0  # seconds between durable checkpoints
CHECKPOINT_UNITS = 200  # … or this many units of work, whichever comes first


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
    problem_type: str = DamagedDumpError.__name__


@dataclass(frozen=True)
class Outcome:
    source: str
    line: str | None = None  # the output JSONL line
    error: str | None = None  # the errors JSONL line
    damaged: bool = False  # the error is a damaged part of a dump


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


def _plan_folder(folder: Path) -> Iterator[Work]:
    """Regular files under ``folder`` in sorted order (hidden ones left out); any other entry
    but a folder is reported as an error line, never skipped silently."""
    for child in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in child.relative_to(folder).parts):
            continue
        if child.is_file():
            yield from _plan_file(child)
        elif not child.is_dir() or child.is_symlink():
            yield Work(source=str(child), problem=_not_a_file(child),
                       problem_type=UnreadableInputError.__name__)  # fmt: skip


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


def _plan_file(path: Path) -> Iterator[Work]:
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
        yield from (Work(source=p.source, page=p) for p in iter_dump(path) if wanted(p))
    except DamagedDumpError as exc:  # the pages before the damage are planned already
        yield Work(source=exc.source, problem=exc.reason)


def _outcome(source: str, make: Callable[[], Document]) -> Outcome:
    try:
        document = make()
    except WikiparseError as exc:
        return Outcome(source, error=_error_line(source, exc.reason, type(exc).__name__))
    except Exception as exc:  # a bug must not stop the batch; it is reported like any error
        message = f"internal error: {exc}"
        return Outcome(source, error=_error_line(source, message, type(exc).__name__))
    # pydantic writes the document's JSON itself: 3x faster than model_dump + json.dumps
    # (a tenth of a worker's time per page once the parse got fast)
    head = json.dumps(source, ensure_ascii=False)
    return Outcome(source, line=f'{{"source": {head}, "document": {document.model_dump_json()}}}')


def _error_line(source: str, message: str, kind: str) -> str:
    return json.dumps({"source": source, "error": message, "type": kind}, ensure_ascii=False)


def run_work(work: Work) -> list[Outcome]:
    """What one unit of work gives (picklable, runs in a worker process)."""
    if work.path is not None:
        path = work.path
        return [_outcome(work.source, lambda: extract(_read(path), source=path))]
    if work.page is not None:
        return [_page_outcome(work.page)]
    if work.problem is not None:
        line = _error_line(work.source, work.problem, work.problem_type)
        return [Outcome(work.source, error=line, damaged=_is_damage(work.problem_type))]
    assert work.stream is not None
    outcomes: list[Outcome] = []
    try:
        for page in iter_range(work.stream):
            if wanted(page):
                outcomes.append(_page_outcome(page))
    except DamagedDumpError as exc:  # the pages before the damage are kept
        outcomes.append(_damaged(exc.source, exc.reason))
    return outcomes


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableInputError(path, "cannot read: the file is gone (deleted during the "
                                   "batch?)") from exc  # fmt: skip
    except OSError as exc:
        raise UnreadableInputError(path, f"cannot read: {exc.strerror or exc}") from exc


def _is_damage(kind: str) -> bool:
    return kind == DamagedDumpError.__name__


def _damaged(source: str, reason: str) -> Outcome:
    line = _error_line(source, reason, DamagedDumpError.__name__)
    return Outcome(source, error=line, damaged=True)


def _page_outcome(page: Page) -> Outcome:
    return _outcome(page.source, lambda: parse_page(page))


@dataclass
class Options:
    inputs: list[str]
    out: Path
    errors: Path
    jobs: int = 1
    resume: bool = False
    parquet: bool = False
    on_progress: Callable[[int, int], None] | None = None  # (documents, errors)


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    damaged: int = 0  # parts of dumps that could not be read (counted among the errors)
    seconds: float = 0.0
    interrupted: bool = False
    skipped: int = 0  # units already done in an earlier run
    fresh: bool = False  # --resume found no checkpoint and started from the beginning
    rows: list[dict[str, str | None]] = field(default_factory=list)


def _results(options: Options, start: int) -> Iterator[list[Outcome]]:
    work = islice(plan(options.inputs), start, None)
    if options.jobs <= 1:
        yield from map(run_work, work)
        return
    with multiprocessing.Pool(options.jobs, initializer=_ignore_sigint) as pool:
        yield from pool.imap(run_work, work, chunksize=4)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which checkpoints and stops them; SIGTERM (how the
    pool stops a worker) must kill, not ask nicely as the parent's handler would."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def _stop_requests() -> Iterator[threading.Event]:
    """Ctrl-C and SIGTERM ask the batch to stop after the unit being written: a flag, not an
    exception that could land anywhere (inside a finalizer it would be swallowed and the
    batch would run on). A second Ctrl-C raises KeyboardInterrupt at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop  # signals reach only the main thread; nothing to install
        return

    def request(signum: int, frame: FrameType | None) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = {sig: signal.signal(sig, request) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_batch(options: Options) -> Summary:
    """Run a batch to the end or to an interrupt (Ctrl-C, SIGTERM), checkpointing as it goes."""
    if options.parquet:
        return _run_parquet(options)
    sink = JsonlSink.open(options.out, options.errors, options.inputs, options.resume)
    summary = Summary(skipped=sink.state.done, fresh=sink.fresh)
    if sink.state.complete:
        sink.close()
        return summary
    started = time.monotonic()
    try:
        with _stop_requests() as stop:
            _write_all(options, sink, stop)
        sink.checkpoint(complete=True)
    except KeyboardInterrupt:
        sink.checkpoint()
        summary.interrupted = True
    finally:
        sink.close()
    summary.documents, summary.errors = sink.state.documents, sink.state.errors
    summary.damaged = sink.state.damaged
    summary.seconds = time.monotonic() - started
    return summary


def _write_all(options: Options, sink: JsonlSink, stop: threading.Event) -> None:
    """Every unit's lines in plan order, a durable checkpoint every few seconds or units."""
    last = time.monotonic()
    for outcomes in _results(options, sink.state.done):
        for outcome in outcomes:
            sink.write(outcome.line, outcome.error, outcome.damaged)
        sink.unit_done()
        if options.on_progress:
            options.on_progress(sink.state.documents, sink.state.errors)
        if stop.is_set():
            raise KeyboardInterrupt  # after a whole unit: the checkpoint stays exact
        if time.monotonic() - last > CHECKPOINT_EVERY or not sink.state.done % CHECKPOINT_UNITS:
            sink.checkpoint()
            last = time.monotonic()


def _run_parquet(options: Options) -> Summary:
    if options.resume:
        raise BatchError(str(options.out), "--resume works with JSONL output, not parquet")
    summary = Summary()
    started = time.monotonic()
    with open(options.errors, "w", encoding="utf-8") as errors:
        for outcomes in _results(options, 0):
            for o in outcomes:
                if o.error is not None:
                    errors.write(o.error + "\n")
                    summary.errors += 1
                    summary.damaged += o.damaged
                elif o.line is not None:
                    summary.rows.append(_row(o.source, o.line))
                    summary.documents += 1
    write_parquet(options.out, summary.rows)
    summary.seconds = time.monotonic() - started
    return summary


def _row(source: str, line: str) -> dict[str, str | None]:
    doc = json.loads(line)["document"]
    return {
        "source": source,
        "format": doc["format"],
        "name": (doc["conflict"] or {}).get("name"),
        "headline": (doc["report"] or {}).get("headline"),
        "document": json.dumps(doc, ensure_ascii=False),
    }


__all__ = [
    "BatchError",
    "Checkpoint",
    "Options",
    "Summary",
    "Work",
    "plan",
    "run_batch",
    "run_work",
]
