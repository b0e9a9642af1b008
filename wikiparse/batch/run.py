"""Many documents: files, folders and MediaWiki dumps, in input order, on N processes.

A batch is planned as a sequence of units of work (a file, a stream of a multistream dump, or
a page of a plain dump that passed the prefilter); workers turn each unit into output lines
(a Document each) and error lines ({"source", "error", "type"}); the parent counts them
(``Summary``) and hands them to one ``Sink`` in plan order (``run_units``, also the loop of
``wikiparse tables``). One bad document never stops the batch.
"""

from __future__ import annotations

import functools
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import FrameType
from typing import TextIO

from wikiparse.batch.guard import TracedSink, refuse_overwrite, trace
from wikiparse.batch.outcomes import Outcome, Summary
from wikiparse.batch.plan import Work, plan
from wikiparse.batch.pool import Pool
from wikiparse.batch.sinks import BatchError, Checkpoint, JsonlSink, Sink, StreamSink
from wikiparse.batch.table_sink import TableSink
from wikiparse.batch.work import run_work


@dataclass
class Options:
    inputs: list[str]
    out: Path
    errors: Path
    jobs: int = 1
    resume: bool = False
    tables: str | None = None  # a table format (TABLE_FORMATS): the tables in the folder ``out``
    on_progress: Callable[[Summary], None] | None = None  # after each unit of work
    stream: TextIO | None = None  # write JSON Lines here (``-o -``), not to ``out``
    error_stream: TextIO | None = None  # … and error records here
    merged: bool = False  # with tables: the merged tables too (``--merge``)
    sections: bool = True  # False: the infobox only (``extract(..., sections=False)``)


def _results(
    options: Options, start: int, stop: threading.Event, units: Iterator[Work] | None = None
) -> Iterator[list[Outcome]]:
    work = units if units is not None else islice(plan(options.inputs), start, None)
    tables = options.tables is not None
    run = functools.partial(run_work, sections=options.sections)
    if options.jobs <= 1:
        yield from map(functools.partial(run, tables=tables), work)
        return
    # not multiprocessing.Pool: it waits forever for a worker that was killed (batch.pool)
    yield from Pool(options.jobs, tables, stop, run=run).results(work)


@contextmanager
def _stop_requests(stop: threading.Event) -> Iterator[threading.Event]:
    """Ctrl-C and SIGTERM ask the batch to stop after the unit being written: a flag, not an
    exception that could land anywhere (inside a finalizer it would be swallowed and the
    batch would run on). A second Ctrl-C raises KeyboardInterrupt at once."""
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
    """Run a batch to the end or to an interrupt (Ctrl-C, SIGTERM): one path whatever the
    output, the sink chosen by the options."""
    sink, summary = _open_sink(options)
    if summary.already_complete:
        sink.close()  # the output's lock
        return summary
    stop = threading.Event()  # the workers' pool and the run loop both heed it
    units = sink.units() if isinstance(sink, TracedSink) else None
    results = _results(options, summary.resumed_units, stop, units)
    return run_units(results, sink, summary, options.on_progress, stop)


def _open_sink(options: Options) -> tuple[Sink, Summary]:
    if options.resume and (options.tables or options.stream is not None):
        what = options.tables or "-o -"
        then = "write JSON Lines, then make the tables with `wikiparse tables`"
        raise BatchError(str(options.out), f"--resume works with JSONL output, not {what}: {then}")
    if options.tables:
        return TableSink(options.out, options.tables, options.errors, options.merged), Summary()
    if options.stream is not None:
        errors = options.error_stream or options.stream
        return StreamSink(options.stream, errors), Summary()
    refuse_overwrite(options.inputs, options.out, options.errors)
    sink = JsonlSink.open(options.out, options.errors, options.inputs, options.resume)
    planned = trace(options.inputs, options.out, options.errors)  # checked against the checkpoint
    return TracedSink(sink, planned), sink.summary()


def run_units(
    units: Iterable[list[Outcome]],
    sink: Sink,
    summary: Summary,
    on_progress: Callable[[Summary], None] | None = None,
    stop: threading.Event | None = None,
) -> Summary:
    """Every unit's outcomes in order: counted (``Summary.count``), then written; an interrupt
    stops after a whole unit and leaves the sink to say what stays (``Sink.abort``)."""
    started = time.monotonic()
    try:
        with _stop_requests(stop or threading.Event()) as stop:
            for outcomes in units:
                for outcome in outcomes:
                    summary.count(outcome)
                    sink.write(outcome)
                sink.unit_done(summary)
                if on_progress:
                    on_progress(summary)
                if stop.is_set():
                    raise KeyboardInterrupt  # after a whole unit: the checkpoint stays exact
        sink.finish(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
        sink.abort(summary)
    finally:
        sink.close()
        summary.seconds = time.monotonic() - started
    return summary


__all__ = [
    "BatchError", "Checkpoint", "Options", "Sink", "Summary", "Work", "plan", "run_batch",
    "run_units", "run_work"
]  # fmt: skip
