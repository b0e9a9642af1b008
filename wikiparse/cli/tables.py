"""The ``wikiparse tables`` command: the JSON Lines of a batch (or of ``dump --format jsonl``)
into the typed tables, streaming, under the exit rule of ``batch``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wikiparse.batch.outcomes import Summary
from wikiparse.batch.records import record_units
from wikiparse.batch.run import run_units
from wikiparse.batch.table_sink import TableSink
from wikiparse.batch.writers import TABLE_FORMATS
from wikiparse.cli.batch import EXIT_RULE, EXIT_USAGE, STRICT_HELP, finish, progress
from wikiparse.cli.parsers import Commands

__all__ = ["TABLES_EXAMPLES", "TABLES_HELP", "add_parser", "run"]

TABLES_HELP = f"""\
Read the JSON Lines records of `wikiparse batch -o OUT.jsonl` (a resumable run: interrupt it,
--resume it, then make the tables once) and write the typed tables of wikiparse.tables into
the folder OUT: one file per table (parquet, csv) or one database (OUT/wikiparse.duckdb,
OUT/wikiparse.sqlite). Lines are read one at a time, whatever the size of the input; the
files keep a temporary name (….partial) until the end. Error records (OUT.errors.jsonl, when
given) are passed on to the errors file and counted as the batch counted them; a line that is
not a record (cut by a killed run) is an error of its own.

{EXIT_RULE}"""
TABLES_EXAMPLES = """\
examples:
  wikiparse tables pages.jsonl -o dataset                     Parquet tables (the default)
  wikiparse tables pages.jsonl pages.errors.jsonl -o db --format duckdb
  wikiparse batch pages/ -o - | wikiparse tables - -o dataset --format csv"""


def add_parser(commands: Commands) -> None:
    tables = commands.add(
        "tables",
        "turn a batch's JSON Lines into typed tables (Parquet, CSV, DuckDB, SQLite)",
        TABLES_EXAMPLES,
        TABLES_HELP,
    )
    tables.add_argument(
        "records",
        nargs="+",
        metavar="RECORDS",
        help="JSON Lines of wikiparse records (- for stdin)",
    )
    tables.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT", help="the folder of the tables"
    )
    tables.add_argument(
        "--format",
        choices=TABLE_FORMATS,
        default="parquet",
        help="parquet (default), csv, duckdb or sqlite",
    )
    tables.add_argument(
        "--errors", type=Path, metavar="ERRORS", help="errors file (default: OUT/errors.jsonl)"
    )
    tables.add_argument("--strict", action="store_true", help=STRICT_HELP)


def run(args: argparse.Namespace) -> int:
    missing = [name for name in args.records if name != "-" and not Path(name).is_file()]
    for name in missing:
        print(f"wikiparse: error: tables: {name}: no such file", file=sys.stderr)
    if "-" in args.records and sys.stdin.isatty():
        print(
            "wikiparse: error: tables: - reads standard input, which is a terminal (pipe "
            "the records in)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if missing:
        return EXIT_USAGE  # nothing started, nothing written
    errors = args.errors or args.output / "errors.jsonl"
    sink = TableSink(args.output, args.format, errors)
    with progress(None, "tables") as on_progress:
        summary = run_units(record_units(args.records), sink, Summary(), on_progress)
    return finish("tables", summary, args, errors, args.format)
