"""The ``wikiparse batch`` command: argument wiring, progress on a terminal, the summary line.

Kept apart from ``cli`` so each stays small; ``cli.app`` dispatches here. Like ``cli``, it
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
from typing import TYPE_CHECKING

from wikiparse.batch.outcomes import Summary
from wikiparse.batch.plan import known_total, usable_cores
from wikiparse.batch.run import BatchError, Options, run_batch
from wikiparse.batch.writers import TABLE_FORMATS
from wikiparse.cli.parsers import Commands
from wikiparse.inputs.safe import safe_line

__all__ = [
    "BATCH_EXAMPLES", "BATCH_HELP", "EXIT_RULE", "FORMAT_HELP", "MERGE_NEEDS_TABLES",
    "PLAIN_EVERY", "STRICT_HELP", "add_parser", "exit_code", "finish", "progress", "run",
    "summary_line"
]  # fmt: skip

if TYPE_CHECKING:  # rich is an extra: imported when a progress bar is drawn
    from rich.progress import ProgressColumn

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
# The one exit rule of batch and tables (docs/cli.md says it in these words).
EXIT_RULE = """\
Exit codes: 0 done (pages that are not conflicts skipped, counted and listed); 1 some input
failed (unreadable, damaged), or with --strict a page was skipped or a document has a warning;
2 usage (an INPUT is missing: nothing is started); 130 interrupted."""
PLAIN_EVERY = 0.5  # seconds between two updates of the plain progress line
FORMAT_HELP = (
    "parquet, csv: the tables of wikiparse.tables, one file per table in the folder OUT; "
    "duckdb, sqlite: one database OUT/wikiparse.duckdb|sqlite (parquet needs the extra "
    "[parquet], duckdb [duckdb])"
)
STRICT_HELP = "exit 1 also when a page was skipped (not a conflict) or a document has a warning"

BATCH_HELP = """\
Extract every document of the INPUTs into one JSONL file, one Document a line, as dump
--format jsonl prints it ("source" names its input). INPUT is a file, a folder (recursed, in
sorted order) or a MediaWiki XML dump (.xml, .xml.bz2; a multistream .xml.bz2 with its
-index.txt.bz2 beside it is read stream by stream). Dump pages that do not use the conflict
infobox are left out before parsing (counted).

Output order is input order, whatever -j. Pages that are not conflicts (nor news reports) are
skipped: counted, and listed in the errors file with their reason. Inputs that fail (unreadable,
damaged) go there too; the batch goes on. Progress is checkpointed to OUT.checkpoint every few
seconds: after Ctrl-C, SIGTERM or a crash, rerun the same command with --resume to finish
without duplicates.
"""
BATCH_HELP += "\n" + EXIT_RULE
BATCH_EXAMPLES = """\
examples:
  wikiparse batch pages/ -o pages.jsonl -j 2                  a folder, two processes
  wikiparse batch enwiki-pages-articles-multistream.xml.bz2 -o tables --format parquet
  find . -name '*.html' | wikiparse batch --files-from - -o - | jq .conflict.name"""

MERGE_NEEDS_TABLES = (
    "wikiparse: error: batch: --merge writes tables: use it with a table --format (or "
    "wikiparse merge for JSON)"
)


def add_parser(commands: Commands) -> None:
    batch = commands.add(
        "batch",
        "extract many documents (files, folders, dumps) into one JSONL file",
        BATCH_EXAMPLES,
        BATCH_HELP,
    )
    batch.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="file, folder, XML dump or Enterprise HTML dump (.ndjson, .tar.gz)",
    )
    batch.add_argument(
        "--files-from",
        metavar="FILE",
        type=Path,
        help="read more INPUTs from FILE, one per line (- for stdin)",
    )
    batch.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="JSONL file (- for stdout), or a folder for parquet/csv",
    )
    batch.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=usable_cores(),
        metavar="N",
        help="worker processes (default: the cores this process may use, "
        f"{usable_cores()} here; -j 1 runs in this process)",
    )
    _add_output_options(batch)


def _add_output_options(batch: argparse.ArgumentParser) -> None:
    """Where and how a batch writes: errors, resume, the infobox only, the format."""
    batch.add_argument(
        "--errors",
        type=Path,
        metavar="ERRORS",
        help="errors file (default: OUT with .errors.jsonl)",
    )
    batch.add_argument(
        "--resume", action="store_true", help="continue an interrupted run from its checkpoint"
    )
    batch.add_argument(
        "--format",
        choices=("jsonl", *TABLE_FORMATS),
        default="jsonl",
        help="jsonl (default): one document per line; " + FORMAT_HELP,
    )
    batch.add_argument("--strict", action="store_true", help=STRICT_HELP)
    batch.add_argument(
        "--merge",
        action="store_true",
        help="with a table --format: also the merged tables, one row per "
        "conflict (merged, merged_sides, merged_sources, merged_provenance, "
        "merged_disagreements; docs/merge.md)",
    )
    batch.add_argument(
        "--no-sections",
        dest="sections",
        action="store_false",
        help="the infobox only: no sections, See also or uncited references "
        "(the article body is skipped where it can be)",
    )


@contextmanager
def progress(
    inputs: list[str] | None, command: str = "batch"
) -> Iterator[Callable[[Summary], None] | None]:
    """Progress on stderr, only on a terminal: done/total, rate and ETA when the total is known
    (files), a count when it is not (dumps, records); rich's bar when installed, else one
    plain line. The total (a walk of every folder) is counted only when it will be shown."""
    if not sys.stderr.isatty():
        yield None
        return
    total = known_total(inputs) if inputs is not None else None
    try:
        from rich.progress import Progress
    except ImportError:
        yield _plain_progress(total, command)
        sys.stderr.write("\n")
        return
    columns = _rich_columns(total)
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(command, total=total, counts="", rate="")

        def update(summary: Summary) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            now = summary.read - summary.resumed_read  # this run's: a resume's rate is its own
            rate = f"{now / elapsed:,.1f}/s" if elapsed else ""
            bar.update(task, completed=summary.read, counts=_counts(summary), rate=rate)

        yield update


def _rich_columns(total: int | None) -> tuple[ProgressColumn, ...]:
    """done/total, bar and ETA when the total is known, a count when not; rate, counts, time."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    counted = (
        (MofNCompleteColumn(), BarColumn(), TimeRemainingColumn())
        if total
        else (TextColumn("{task.completed:,} inputs"),)
    )
    rate, counts = TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[counts]}")
    return (*counted, rate, counts, TimeElapsedColumn())


def _counts(summary: Summary) -> str:
    """The failures and skips, named as the summary line names them."""
    return f"{summary.failed:,} failed, {summary.not_conflicts:,} skipped"


def _plain_progress(total: int | None, command: str = "batch") -> Callable[[Summary], None]:
    """One line rewritten in place at most every PLAIN_EVERY seconds (no rich installed)."""
    started, shown = time.monotonic(), [0.0]

    def update(summary: Summary) -> None:
        now, done = time.monotonic(), summary.read
        if now - shown[0] < PLAIN_EVERY:
            return
        shown[0] = now
        fresh = done - summary.resumed_read
        rate = fresh / (now - started) if now > started else 0.0
        count = f"{done:,}/{total:,}" if total else f"{done:,}"
        eta = f", ETA {int((total - done) / rate)} s" if total and rate else ""
        line = f"{count} inputs, {rate:,.1f}/s, {_counts(summary)}{eta}"
        sys.stderr.write(f"\rwikiparse: {command}: {line}")
        sys.stderr.flush()

    return update


def summary_line(command: str, summary: Summary, out: Path, errors: Path | None) -> str:
    """What the run did, in one line: documents, skipped pages (listed where), failures."""
    done = (
        f"{summary.documents:,} documents ({summary.conflicts:,} conflicts, "
        f"{summary.reports:,} reports), {summary.not_conflicts:,} skipped "
        f"(not conflicts), {summary.failed:,} failed"
    )
    if summary.damaged:
        done += f" ({summary.damaged:,} damaged dump streams)"
    if summary.errors and errors is not None:
        done += f", listed in {errors}"
    if summary.skipped_pages:
        done += f"; {summary.skipped_pages:,} dump pages without a conflict infobox left out"
    if summary.resumed_units:
        done += f" (resumed after {summary.resumed_units:,} units already done)"
    took = f"{summary.seconds:.1f} s ({summary.rate():,.1f}/s)"
    return f"wikiparse: {command}: {done} in {took} -> {safe_line(str(out))}"


def exit_code(command: str, summary: Summary, strict: bool) -> int:
    """The one exit rule (EXIT_RULE); under --strict, one line says what made it fail."""
    if summary.interrupted:
        return EXIT_INTERRUPTED
    if summary.failed:
        return EXIT_FAILED
    if strict and summary.strict_failures():
        print(
            f"wikiparse: {command}: --strict: {summary.not_conflicts:,} skipped, "
            f"{summary.warned:,} documents with warnings",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


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
            print(
                f"wikiparse: error: batch: {safe_line(str(args.files_from))}: {exc.strerror}",
                file=sys.stderr,
            )
            return None
        # names as the file system has them: a byte that is not UTF-8 still names its file
        inputs += [os.fsdecode(line.strip()) for line in data.splitlines() if line.strip()]
    missing = [i for i in inputs if not Path(i).exists()]
    for name in missing:
        print(
            f"wikiparse: error: batch: {safe_line(name)}: no such file or folder", file=sys.stderr
        )
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
    if args.merge and not tables:
        print(MERGE_NEEDS_TABLES, file=sys.stderr)
        return EXIT_USAGE
    errors = args.errors or _default_errors(args.output, tables)
    with progress(args.inputs) as on_progress:
        options = Options(args.inputs, args.output, errors, max(1, args.jobs), args.resume)
        options.tables, options.on_progress = tables, on_progress
        options.merged, options.sections = args.merge, args.sections
        try:
            summary = run_batch(options)
        except OSError as exc:  # the output folder is missing, the disk is full, …
            target = exc.filename or args.output
            raise BatchError(str(target), f"cannot write: {exc.strerror or exc}") from exc
    if summary.already_complete:
        print(
            f"wikiparse: batch: {args.output} is already complete: {summary.documents:,} documents",
            file=sys.stderr,
        )
        return EXIT_OK
    if summary.fresh:
        print(
            f"wikiparse: batch: no checkpoint for {args.output} (stopped before the first); "
            "started afresh",
            file=sys.stderr,
        )
    return finish("batch", summary, args, errors, tables)


def _default_errors(out: Path, tables: str | None) -> Path:
    """``OUT/errors.jsonl`` beside tables, ``OUT.errors.jsonl`` beside JSON Lines."""
    if tables:
        return out / "errors.jsonl"
    return out.with_name(out.name.removesuffix(".jsonl") + ".errors.jsonl")


def finish(
    command: str,
    summary: Summary,
    args: argparse.Namespace,
    errors: Path | None,
    tables: str | None,
) -> int:
    """The summary line (or, interrupted, the one line that says so), the exit code."""
    if not summary.interrupted:
        print(summary_line(command, summary, args.output, errors), file=sys.stderr)
        return exit_code(command, summary, args.strict)
    what = f"interrupted after {summary.read:,} inputs"
    if tables:
        then = f"the {tables} tables were not written (no partial file left): run it again"
    elif str(args.output) == "-":
        then = "the output ends at the last whole document"
    else:
        then = f"{args.output} is checkpointed: rerun with --resume to continue"
    print(f"wikiparse: {command}: {what}; {then}", file=sys.stderr)
    return EXIT_INTERRUPTED


def _to_stdout(args: argparse.Namespace) -> int:
    """``-o -``: JSON Lines to stdout (a pipe into jq, DuckDB…), error records to --errors or
    stderr; no checkpoint, so no --resume."""
    problem = (
        f"--format {args.format} writes a folder: give -o DIR"
        if args.format != "jsonl"
        else "-o - writes to standard output: there is nothing to --resume"
        if args.resume
        else None
    )
    if problem:
        print(f"wikiparse: error: batch: {problem}", file=sys.stderr)
        return EXIT_USAGE
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else sys.stderr  # noqa: SIM115
    try:
        options = Options(
            args.inputs,
            args.output,
            args.errors or Path("-"),
            max(1, args.jobs),
            stream=sys.stdout,
            error_stream=errors,
            sections=args.sections,
        )
        summary = run_batch(options)
    finally:
        if errors is not sys.stderr:
            errors.close()
    return finish("batch", summary, args, args.errors, None)
