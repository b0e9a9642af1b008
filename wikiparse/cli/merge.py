"""The ``wikiparse merge`` command: many documents in, one record per conflict out.

Kept apart from ``cli`` so each stays small; ``cli.app`` dispatches here. Like ``cli``, it
prints: the records to stdout, one line per input that gave no document to stderr.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from wikiparse.batch.plan import plan
from wikiparse.batch.sinks import BatchError
from wikiparse.batch.work import run_work
from wikiparse.cli.parsers import Commands
from wikiparse.merge import merge
from wikiparse.models import Document
from wikiparse.outputs.merged_table import render_merged_table

__all__ = ["MERGE_EXAMPLES", "MERGE_HELP", "add_parser", "run"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MERGE_HELP = """\
Read every INPUT (a file, a folder recursed in sorted order, a MediaWiki XML dump), and print
one record per conflict: the documents that describe one conflict merged (the most faithful
format's values, the others filling what it lacks), with their sources, the news reports
linked to the conflict, who gave each value (provenance) and where the sources disagree.
Without INPUT and with standard input not a terminal, the INPUT names are read from it, one a
line. Exit codes: 0 every input read, 1 some input gave no document, 2 usage error.

Output formats: table (default on a terminal), json (default otherwise: a list of records),
jsonl (one record per line). See docs/merge.md for how documents are grouped."""
MERGE_EXAMPLES = """\
examples:
  wikiparse merge seeds/                              the seeds: 000 and 001 are one conflict
  find pages -name '*.txt' | wikiparse merge --format jsonl > conflicts.jsonl
  wikiparse merge --files-from list.txt --format json | jq '.[].disagreements'"""


def add_parser(commands: Commands) -> None:
    merge_cmd = commands.add(
        "merge", "one record per conflict from many documents", MERGE_EXAMPLES, MERGE_HELP
    )
    merge_cmd.add_argument("inputs", nargs="*", metavar="INPUT", help="file, folder or XML dump")
    merge_cmd.add_argument(
        "--files-from",
        metavar="FILE",
        type=Path,
        help="read more INPUTs from FILE, one a line (- for stdin)",
    )
    merge_cmd.add_argument(
        "--format",
        choices=("table", "json", "jsonl"),
        help="output format (table on a terminal, else json)",
    )


def _error(message: str) -> None:
    print(f"wikiparse: error: merge: {message}", file=sys.stderr)


def _inputs(args: argparse.Namespace) -> list[str] | None:
    """The INPUTs, those of --files-from, or the names on standard input; None (after one
    line per problem) when there are none or some do not exist."""
    inputs = list(args.inputs)
    listing = args.files_from
    if listing is None and not inputs and not sys.stdin.isatty():
        listing = Path("-")
    if listing is not None:
        try:
            text = sys.stdin.read() if str(listing) == "-" else listing.read_text("utf-8")
        except OSError as exc:
            _error(f"{listing}: {exc.strerror}")
            return None
        inputs += [line.strip() for line in text.splitlines() if line.strip()]
    missing = [i for i in inputs if not Path(i).exists()]
    for name in missing:
        _error(f"{name}: no such file or folder")
    if not inputs:
        _error("no INPUT given (see --help)")
    return inputs if inputs and not missing else None


def _documents(inputs: list[str]) -> tuple[list[Document], int]:
    """The documents of the inputs (as ``batch`` reads them) and how many gave none."""
    docs: list[Document] = []
    failed = 0
    for work in plan(inputs):
        for outcome in run_work(work):
            if outcome.line is not None:
                docs.append(Document.model_validate_json(outcome.line))
            elif outcome.error is not None:
                record = json.loads(outcome.error)
                _error(f"{record['source']}: {record['error']}")
                failed += 1
    return docs, failed


def run(args: argparse.Namespace) -> int:
    inputs = _inputs(args)
    if inputs is None:
        return EXIT_USAGE
    try:
        docs, failed = _documents(inputs)
    except BatchError as exc:
        _error(str(exc))
        return EXIT_FAILED
    records = merge(docs)
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        body = [r.model_dump(mode="json") for r in records]
        print(json.dumps(body, indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        for record in records:
            print(record.model_dump_json())
    else:
        width = shutil.get_terminal_size((100, 24)).columns
        sys.stdout.write(render_merged_table(records, width))
    return EXIT_FAILED if failed else EXIT_OK
