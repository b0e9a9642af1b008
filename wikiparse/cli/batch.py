"""The ``wikiparse batch`` command: argument wiring, progress on a terminal, the summary line.

Kept apart from ``cli`` so each stays small; ``cli.main`` dispatches here. Like ``cli``, it
is allowed to print: progress and the summary go to stderr, data only to files.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from wikiparse.batch.plan import known_total
from wikiparse.batch.run import BatchError, Options, Summary, run_batch
from wikiparse.inputs.safe import safe_line

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PLAIN_EVERY = 0.5  # seconds between two updates of the plain progress line

BATCH_HELP = """\
Extract every document of the INPUTs into one JSONL file, one line per document:
{"source": ..., "document": {...}}. INPUT is a file, a folder (recursed, in sorted order) or
a MediaWiki XML dump (.xml, .xml.bz2; a multistream .xml.bz2 with its -index.txt.bz2 beside
it is read stream by stream). Dump pages that do not use the conflict infobox are skipped.

Output order is input order, whatever -j. Failed documents go to the errors file with their
source and message; the batch goes on. Progress is checkpointed to OUT.checkpoint every few
seconds: after Ctrl-C, SIGTERM or a crash, rerun the same command with --resume to finish
without duplicates. Exit codes: 0 done, 1 done with some documents failed, 2 an INPUT is
missing (nothing is started), 130 interrupted."""
BATCH_EXAMPLES = """\
examples:
  wikiparse batch pages/ -o pages.jsonl -j 2                  a folder, two processes
  wikiparse batch enwiki-pages-articles-multistream.xml.bz2 -o tables --format parquet
  find . -name '*.html' | wikiparse batch --files-from - -o - | jq .document.conflict.name"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> None:  # fmt: skip
    batch = commands.add_parser(
        "batch",
        parents=[common],
        help="extract many documents (files, folders, dumps) into one JSONL file",
        description=BATCH_HELP,
        epilog=BATCH_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="file, folder, XML dump or Enterprise HTML dump (.ndjson, .tar.gz)",
    )
    batch.add_argument("--files-from", metavar="FILE", type=Path,
                       help="read more INPUTs from FILE, one per line (- for stdin)")  # fmt: skip
    batch.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                       help="JSONL file (- for stdout), or a folder for parquet/csv")  # fmt: skip
    batch.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                       help="worker processes (default 1)")  # fmt: skip
    batch.add_argument("--errors", type=Path, metavar="ERRORS",
                       help="errors file (default: OUT with .errors.jsonl)")  # fmt: skip
    batch.add_argument("--resume", action="store_true",
                       help="continue an interrupted run from its checkpoint")  # fmt: skip
    batch.add_argument("--format", choices=("jsonl", "parquet", "csv"), default="jsonl",
                       help="jsonl (default): one document per line; parquet, csv: the tables "
                       "of wikiparse.tables, one file per table in the folder OUT (parquet "
                       "needs pyarrow)")  # fmt: skip


@contextmanager
def _progress(inputs: list[str]) -> Iterator[Callable[[int, int], None] | None]:
    """Progress on stderr, only on a terminal: done/total, rate and ETA when the total is known
    (files), a count when it is not (dumps); rich's bar when installed, else one plain line.
    The total (a walk of every folder) is counted only when it will be shown."""
    if not sys.stderr.isatty():
        yield None
        return
    total = known_total(inputs)
    try:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
    except ImportError:
        yield _plain_progress(total)
        sys.stderr.write("\n")
        return
    counted = (MofNCompleteColumn(), BarColumn(), TimeRemainingColumn()) if total else (
        TextColumn("{task.completed:,} documents"),)  # fmt: skip
    columns = (*counted, TextColumn("{task.fields[rate]}"),
               TextColumn("{task.fields[errors]:,} errors"), TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("batch", total=total, errors=0, rate="")

        def update(documents: int, errors: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{(documents + errors) / elapsed:,.1f}/s" if elapsed else ""
            bar.update(task, completed=documents + errors, errors=errors, rate=rate)

        yield update


def _plain_progress(total: int | None) -> Callable[[int, int], None]:
    """One line rewritten in place at most every PLAIN_EVERY seconds (no rich installed)."""
    started, shown = time.monotonic(), [0.0]

    def update(documents: int, errors: int) -> None:
        now, done = time.monotonic(), documents + errors
        if now - shown[0] < PLAIN_EVERY:
            return
        shown[0] = now
        rate = done / (now - started) if now > started else 0.0
        count = f"{done:,}/{total:,}" if total else f"{done:,}"
        eta = f", ETA {int((total - done) / rate)} s" if total and rate else ""
        line = f"{count} inputs, {rate:,.1f}/s, {errors:,} errors{eta}"
        sys.stderr.write(f"\rwikiparse: batch: {line}")
        sys.stderr.flush()

    return update


def _summary(summary: Summary, out: Path) -> str:
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    conflicts = summary.documents - summary.reports
    failed = summary.errors - summary.not_conflicts - summary.damaged
    done = (f"{summary.documents:,} documents ({conflicts:,} conflicts, {summary.reports:,} "
            f"reports), {summary.not_conflicts:,} not conflicts, {failed:,} errors")  # fmt: skip
    if summary.damaged:
        done += f", {summary.damaged:,} damaged dump streams"
    if summary.skipped_pages:
        done += f"; {summary.skipped_pages:,} dump pages without a conflict infobox skipped"
    if summary.skipped:
        done += f" (resumed after {summary.skipped:,} units already done)"
    took = f"{summary.seconds:.1f} s ({rate:,.1f}/s)"
    return f"wikiparse: batch: {done} in {took} -> {safe_line(str(out))}"


def _stdin_bytes() -> bytes:
    """Standard input as bytes (a text stream put in its place is encoded as the OS would)."""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read() if buffer is not None else os.fsencode(sys.stdin.read())


def _inputs(args: argparse.Namespace) -> list[str] | None:
    """The INPUTs and those --files-from names; None (after one line per problem on stderr)
    when there are none or some do not exist: a batch starts only when every input is there."""
    inputs = list(args.inputs)
    if args.files_from is not None:
        stdin = str(args.files_from) == "-"
        try:
            data = _stdin_bytes() if stdin else args.files_from.read_bytes()
        except OSError as exc:
            print(f"wikiparse: error: batch: {safe_line(str(args.files_from))}: {exc.strerror}",
                  file=sys.stderr)  # fmt: skip
            return None
        # names as the file system has them: a byte that is not UTF-8 still names its file
        inputs += [os.fsdecode(line.strip()) for line in data.splitlines() if line.strip()]
    missing = [i for i in inputs if not Path(i).exists()]
    for name in missing:
        print(f"wikiparse: error: batch: {safe_line(name)}: no such file or folder",
              file=sys.stderr)  # fmt: skip
    if not inputs:
        print("wikiparse: error: batch: no INPUT given (see --help)", file=sys.stderr)
    return inputs if inputs and not missing else None


def run(args: argparse.Namespace) -> int:
    inputs = _inputs(args)
    if inputs is None:
        return EXIT_USAGE  # nothing started, nothing written
    args.inputs = inputs
    if str(args.output) == "-":
        return _to_stdout(args)
    tables = args.format if args.format != "jsonl" else None
    errors = args.errors or (
        args.output / "errors.jsonl"
        if tables
        else args.output.with_name(args.output.name.removesuffix(".jsonl") + ".errors.jsonl")
    )
    with _progress(args.inputs) as on_progress:
        options = Options(args.inputs, args.output, errors, max(1, args.jobs), args.resume,
                          tables, on_progress)  # fmt: skip
        try:
            summary = run_batch(options)
        except OSError as exc:  # the output folder is missing, the disk is full, …
            target = exc.filename or args.output
            raise BatchError(str(target), f"cannot write: {exc.strerror or exc}") from exc
    if summary.already_complete:
        print(f"wikiparse: batch: {args.output} is already complete: "
              f"{summary.documents:,} documents", file=sys.stderr)  # fmt: skip
        return EXIT_OK
    if summary.fresh:
        print(f"wikiparse: batch: no checkpoint for {args.output} (stopped before the first); "
              "started afresh", file=sys.stderr)  # fmt: skip
    print(_summary(summary, args.output), file=sys.stderr)
    if summary.interrupted:
        print("wikiparse: interrupted; rerun with --resume to continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_FAILED if summary.errors else EXIT_OK


def _to_stdout(args: argparse.Namespace) -> int:
    """``-o -``: JSON Lines to stdout (a pipe into jq, DuckDB…), error records to --errors or
    stderr; no checkpoint, so no --resume."""
    if args.format != "jsonl" or args.resume:
        print("wikiparse: error: batch: -o - writes JSON Lines and cannot --resume",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else sys.stderr  # noqa: SIM115
    try:
        options = Options(args.inputs, args.output, args.errors or Path("-"), max(1, args.jobs),
                          stream=sys.stdout, error_stream=errors)  # fmt: skip
        summary = run_batch(options)
    finally:
        if errors is not sys.stderr:
            errors.close()
    print(_summary(summary, args.output), file=sys.stderr)
    return EXIT_FAILED if summary.errors else EXIT_OK
