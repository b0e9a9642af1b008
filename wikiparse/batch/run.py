"""Many documents: files, folders and MediaWiki dumps, in input order, on N processes.

A batch is planned as a sequence of units of work (a file, a stream of a multistream dump, or
a page of a plain dump that passed the prefilter); workers turn each unit into output lines
({"source", "document"}) and error lines ({"source", "error", "type"}); the parent writes them
in plan order and checkpoints (``batch_output``). One bad document never stops the batch.
"""

from __future__ import annotations

import functools
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import FrameType
from typing import TextIO

from wikiparse.batch.guard import refuse_overwrite, trace
from wikiparse.batch.plan import Work, plan
from wikiparse.batch.pool import Pool
from wikiparse.batch.sinks import BatchError, Checkpoint, JsonlSink
from wikiparse.batch.table_sink import TableSink
from wikiparse.batch.work import DOCUMENT_KINDS, Outcome, run_work

CHECKPOINT_EVERY = 2.0  # seconds between durable checkpoints
CHECKPOINT_UNITS = 200  # … or this many units of work, whichever comes first


@dataclass
class Options:
    inputs: list[str]
    out: Path
    errors: Path
    jobs: int = 1
    resume: bool = False
    tables: str | None = None  # "parquet" or "csv": the tables in the folder ``out``
    on_progress: Callable[[int, int], None] | None = None  # (documents, errors)
    stream: TextIO | None = None  # write JSON Lines here (``-o -``), not to ``out``
    error_stream: TextIO | None = None  # … and error records here


@dataclass
class Summary:
    documents: int = 0  # conflicts and reports written
    errors: int = 0  # error records, of every kind
    damaged: int = 0  # of the errors, parts of dumps that could not be read
    reports: int = 0  # of the documents, news reports
    not_conflicts: int = 0  # of the errors, inputs that are neither conflict nor report
    skipped_pages: int = 0  # dump pages without a conflict infobox, left out before parsing
    seconds: float = 0.0
    interrupted: bool = False
    skipped: int = 0  # units already done in an earlier run
    fresh: bool = False  # --resume found no checkpoint and started from the beginning
    already_complete: bool = False  # --resume of a run that had finished: nothing to do


def _results(
    options: Options,
    start: int,
    stop: threading.Event | None = None,
    units: Iterator[Work] | None = None,
) -> Iterator[list[Outcome]]:
    work = units if units is not None else islice(plan(options.inputs), start, None)
    tables = options.tables is not None
    if options.jobs <= 1:
        yield from map(functools.partial(run_work, tables=tables), work)
        return
    # not multiprocessing.Pool: it waits forever for a worker that was killed (batch.pool)
    yield from Pool(options.jobs, tables, stop or threading.Event()).results(work)


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
    if options.tables:
        return _run_tables(options)
    if options.stream is not None:
        return _run_stream(options, options.stream, options.error_stream or options.stream)
    refuse_overwrite(options.inputs, options.out, options.errors)
    sink = JsonlSink.open(options.out, options.errors, options.inputs, options.resume)
    summary = Summary(skipped=sink.state.done, fresh=sink.fresh)
    if sink.state.complete:
        sink.close()
        summary.documents, summary.already_complete = sink.state.documents, True
        return summary
    started = time.monotonic()
    try:
        with _stop_requests() as stop:
            _write_all(options, sink, stop)
        sink.finish()
    except KeyboardInterrupt:
        sink.checkpoint()
        summary.interrupted = True
    finally:
        sink.close()
    state = sink.state
    summary.documents, summary.errors = state.documents, state.errors
    summary.damaged, summary.reports = state.damaged, state.reports
    summary.not_conflicts, summary.skipped_pages = state.not_conflicts, state.skipped_pages
    summary.seconds = time.monotonic() - started
    return summary


def _write_all(options: Options, sink: JsonlSink, stop: threading.Event) -> None:
    """Every unit's lines in plan order, a durable checkpoint every few seconds or units."""
    last = time.monotonic()
    planned = trace(options.inputs, options.out, options.errors)  # checked against the checkpoint
    for outcomes in _results(options, sink.state.done, stop, planned.units(sink.state)):
        for outcome in outcomes:
            sink.write(outcome.line, outcome.error, outcome.kind, outcome.skipped)
        sink.unit_done()
        planned.written(sink.state)
        if options.on_progress:
            options.on_progress(sink.state.documents, sink.state.errors)
        if stop.is_set():
            raise KeyboardInterrupt  # after a whole unit: the checkpoint stays exact
        if time.monotonic() - last > CHECKPOINT_EVERY or not sink.state.done % CHECKPOINT_UNITS:
            sink.checkpoint()
            last = time.monotonic()


def _run_tables(options: Options) -> Summary:
    """Parquet or CSV tables in the folder ``options.out`` (``batch_tables``); no resume."""
    if options.resume:
        raise BatchError(
            str(options.out), f"--resume works with JSONL output, not {options.tables}"
        )
    started = time.monotonic()
    sink = TableSink(options.out, options.tables or "parquet", options.errors)
    try:
        summary = _run_once(options, sink.write)
    finally:
        sink.close()
    summary.seconds = time.monotonic() - started  # the links table written at the close too
    return summary


def _run_stream(options: Options, out: TextIO, errors: TextIO) -> Summary:
    """``-o -``: JSON Lines to ``out`` as they come, error records to ``errors``."""

    def write(outcome: Outcome) -> None:
        if outcome.line is not None:
            out.write(outcome.line.decode() + "\n")
            out.flush()
        if outcome.error is not None:
            errors.write(outcome.error.decode() + "\n")

    return _run_once(options, write)


def _run_once(options: Options, write: Callable[[Outcome], None]) -> Summary:
    """Every outcome in plan order to ``write``, counted; no checkpoint, so no resume: the
    table and stdout outputs."""
    summary = Summary()
    started = time.monotonic()
    for outcomes in _results(options, 0):
        for o in outcomes:
            _count(summary, o)
            write(o)
        if options.on_progress:
            options.on_progress(summary.documents, summary.errors)
    summary.seconds = time.monotonic() - started
    return summary


def _count(summary: Summary, outcome: Outcome) -> None:
    summary.documents += outcome.kind in DOCUMENT_KINDS
    summary.errors += outcome.error is not None
    summary.reports += outcome.kind == "report"
    summary.not_conflicts += outcome.kind == "not-a-conflict"
    summary.damaged += outcome.kind == "damaged-dump"
    summary.skipped_pages += outcome.skipped


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
