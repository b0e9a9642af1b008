"""The ``wikiparse batch`` command: argument wiring, progress on a terminal, the summary line.

Kept apart from ``cli`` so each stays small; ``cli.main`` dispatches here. Like ``cli``, it
is allowed to print: progress and the summary go to stderr, data only to files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from wikiparse.batch import BatchError, Options, Summary, run_batch

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130

BATCH_HELP = """\
Extract every document of the INPUTs into one JSONL file, one line per document:
{"source": ..., "document": {...}}. INPUT is a file, a folder (recursed, in sorted order) or
a MediaWiki XML dump (.xml, .xml.bz2; a multistream .xml.bz2 with its -index.txt.bz2 beside
it is read stream by stream). Dump pages that do not use the conflict infobox are skipped.

Output order is input order, whatever -j. Failed documents go to the errors file with their
source and message; the batch goes on. Progress is checkpointed to OUT.checkpoint every few
seconds: after Ctrl-C, SIGTERM or a crash, rerun the same command with --resume to finish
without duplicates. Exit codes: 0 done, 1 done with some documents failed, 130 interrupted."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> None:  # fmt: skip
    batch = commands.add_parser(
        "batch",
        parents=[common],
        help="extract many documents (files, folders, dumps) into one JSONL file",
        description=BATCH_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="file, folder, XML dump or Enterprise HTML dump (.ndjson, .tar.gz)",
    )
    batch.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                       help="output file (JSONL); a folder with --format parquet/csv")  # fmt: skip
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
def _progress() -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress line on a terminal (documents, rate, errors); nothing elsewhere."""
    try:
        from rich.progress import Progress, TextColumn, TimeElapsedColumn
    except ImportError:
        yield None
        return
    if not sys.stderr.isatty():
        yield None
        return
    columns = (TextColumn("{task.completed:,} documents"), TextColumn("{task.fields[rate]}"),
               TextColumn("{task.fields[errors]:,} errors"), TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("batch", total=None, errors=0, rate="")

        def update(documents: int, errors: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{documents / elapsed:,.1f}/s" if elapsed else ""
            bar.update(task, completed=documents, errors=errors, rate=rate)

        yield update


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
    return f"wikiparse: batch: {done} in {summary.seconds:.1f} s ({rate:,.1f}/s) -> {out}"


def run(args: argparse.Namespace) -> int:
    tables = args.format if args.format != "jsonl" else None
    errors = args.errors or (
        args.output / "errors.jsonl"
        if tables
        else args.output.with_name(args.output.name.removesuffix(".jsonl") + ".errors.jsonl")
    )
    with _progress() as on_progress:
        options = Options(args.inputs, args.output, errors, max(1, args.jobs), args.resume,
                          tables, on_progress)  # fmt: skip
        try:
            summary = run_batch(options)
        except OSError as exc:  # the output folder is missing, the disk is full, …
            target = exc.filename or args.output
            raise BatchError(str(target), f"cannot write: {exc.strerror or exc}") from exc
    if summary.fresh:
        print(f"wikiparse: batch: no checkpoint for {args.output} (stopped before the first); "
              "started afresh", file=sys.stderr)  # fmt: skip
    print(_summary(summary, args.output), file=sys.stderr)
    if summary.interrupted:
        print("wikiparse: interrupted; rerun with --resume to continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_FAILED if summary.errors else EXIT_OK
