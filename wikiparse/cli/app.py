"""The ``wikiparse`` command: the only module that prints or exits.

Data goes to stdout, diagnostics to stderr as one line each
(``wikiparse: error: PATH: message``). Exit codes: 0 done, 1 some input failed, 2 usage
error, 130 interrupted (``batch`` and ``tables``: ``cli.batch.EXIT_RULE``). ``--debug``
shows tracebacks.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from wikiparse import __version__
from wikiparse.api import DEFAULT_MAX_CHARS, extract
from wikiparse.cli import batch as cli_batch
from wikiparse.cli import merge as cli_merge
from wikiparse.cli import tables as cli_tables
from wikiparse.cli.parsers import Commands
from wikiparse.errors import WikiparseError
from wikiparse.inputs.safe import safe_line
from wikiparse.linking import link
from wikiparse.models import SEVERITIES, Document, Issue
from wikiparse.outputs.render import OUTPUT_FORMATS, render
from wikiparse.readers import FORMATS, REGISTRY

__all__ = [
    "DUMP_EXAMPLES", "DUMP_HELP", "FAIL_ON_HELP", "INPUT_FORMATS_HELP", "SCHEMA_EXAMPLES", "main"
]  # fmt: skip

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

INPUT_FORMATS_HELP = "\n".join(f"  {fmt.name:<12} {fmt.summary}" for fmt in REGISTRY)
DUMP_HELP = f"""\
Read each PATH (or - for standard input), detect its format (--from skips detection), and
print the Document extracted.

Input formats:
{INPUT_FORMATS_HELP}

Output formats: table (default on a terminal), json (default otherwise; one Document for one
PATH, a list of them for several, even when only one could be read), jsonl (one Document per
line, as batch writes them), yaml, wikitext (the conflict rendered
back as an Infobox military conflict article; a news report has no wikitext form). With no
PATH, standard input is read when it is not a terminal."""
DUMP_EXAMPLES = """examples:
  wikiparse dump seeds/004_93f12bc60d18918d.txt           a table on a terminal, JSON in a pipe
  curl -s URL | wikiparse dump --from html --format yaml  a page from standard input
  wikiparse dump --link --format jsonl seeds/*.txt        reports grouped with their conflicts"""
SCHEMA_EXAMPLES = """examples:
  wikiparse schema                                        the JSON Schema of a Document
  wikiparse schema --indent 0 > document.schema.json      compact, into a file
  wikiparse schema | jq '.properties | keys'              the top-level fields"""


FAIL_ON_HELP = (
    "do not print a document with an Issue of this severity or worse, and exit 1 (info: noise "
    "removed; warning: a value not read or guessed; error: the record is untrustworthy)"
)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser = argparse.ArgumentParser(
        prog="wikiparse",
        description="Turn scraped text about military conflicts into validated records.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"wikiparse {__version__}")
    group = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands = Commands(group, common)
    _add_dump(commands)
    cli_batch.add_parser(commands)
    cli_merge.add_parser(commands)
    cli_tables.add_parser(commands)
    schema = commands.add(
        "schema", "print the JSON Schema of the output (a Document)", SCHEMA_EXAMPLES
    )
    schema.add_argument("--indent", type=int, default=2, help="JSON indentation (default 2)")
    return parser


def _add_dump(commands: Commands) -> None:
    dump = commands.add(
        "dump", "extract one or more documents and print them", DUMP_EXAMPLES, DUMP_HELP
    )
    dump.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="input file, or - for stdin (the default when it is no terminal)",
    )
    dump.add_argument("--format", choices=OUTPUT_FORMATS, help="output format")
    dump.add_argument(
        "--from", dest="source_format", choices=FORMATS, help="input format (skip detection)"
    )
    _add_dump_limits(dump)
    dump.add_argument(
        "--link",
        action="store_true",
        help="group news reports with the conflicts they describe (by place, belligerents "
        "and date) and print, per conflict, its reports and casualty timeline",
    )


def _add_dump_limits(dump: argparse.ArgumentParser) -> None:
    """What makes ``dump`` fail: issues of a severity (``--fail-on``), an input's size."""
    dump.add_argument("--fail-on", choices=("warning", "error"), help=FAIL_ON_HELP)
    dump.add_argument(
        "--strict",
        dest="fail_on",
        action="store_const",
        const="warning",
        help="the same as --fail-on warning",
    )
    dump.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse inputs longer than N characters (default {DEFAULT_MAX_CHARS:,})",
    )
    dump.add_argument(
        "--no-sections",
        dest="sections",
        action="store_false",
        help="the infobox only: no sections, See also or uncited references "
        "(the article body is skipped where it can be)",
    )


def _fail(message: str, debug: bool) -> None:
    if debug:
        traceback.print_exc()
    # one line, whatever a file name holds ("a\nwikiparse: error: FAKE\x1b[31m.txt")
    print(f"wikiparse: error: {safe_line(message)}", file=sys.stderr)


def _read(path: str) -> bytes | Path:
    """Standard input's bytes for "-", else the path (extract reads it, naming it)."""
    return sys.stdin.buffer.read() if path == "-" else Path(path)


def _extract(path: str, args: argparse.Namespace) -> Document | None:
    try:
        doc = extract(
            _read(path),
            format=args.source_format,
            source=path,
            max_chars=args.max_chars,
            sections=args.sections,
        )
    except WikiparseError as exc:  # the library's "raise max_chars" is the CLI's option here
        _fail(str(exc).replace("(raise max_chars)", "(raise --max-chars)"), args.debug)
        return None
    except Exception as exc:  # a bug: report it on one line, keep going with the next input
        message = f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)"
        _fail(f"{path}: {message}", args.debug)
        return None
    failing = _failing(doc, args.fail_on)
    if failing:
        codes = ", ".join(dict.fromkeys(i.code for i in failing))
        _fail(f"{path}: {len(failing)} issue(s) at --fail-on {args.fail_on}: {codes}", False)
        return None
    return doc


def _failing(doc: Document, level: str | None) -> list[Issue]:
    """The Issues at ``level`` or worse (none when no level is set)."""
    if level is None:
        return []
    worst = SEVERITIES[[str(s) for s in SEVERITIES].index(level) :]
    return [issue for issue in doc.issues if issue.severity in worst]


def _write(
    docs: list[tuple[str, Document]], fmt: str, out: TextIO, debug: bool, many: bool
) -> bool:
    """The documents in ``fmt``; json is one Document for one PATH and a list for several
    (``many``: the shape follows the command line, not how many inputs failed)."""
    ok = True
    if fmt == "json":
        body = [doc.model_dump(mode="json") for _, doc in docs]
        out.write(json.dumps(body if many else body[0], indent=2, ensure_ascii=False))
        out.write("\n")
        return ok
    for i, (path, doc) in enumerate(docs):
        try:
            text = render(doc, fmt, width=shutil.get_terminal_size((100, 24)).columns)
        except WikiparseError as exc:
            _fail(f"{path}: {exc.reason}", debug)
            ok = False
            continue
        if fmt == "yaml" and i:
            out.write("---\n")
        elif fmt == "table" and len(docs) > 1:
            out.write(f"{'' if i == 0 else chr(10)}# {path}\n")
        out.write(text if text.endswith("\n") else text + "\n")
    return ok


def _dump(args: argparse.Namespace) -> int:
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    if not args.paths:
        if sys.stdin.isatty():
            _fail("dump: no PATH given and standard input is a terminal (try --help)", False)
            return EXIT_USAGE
        args.paths = ["-"]
    docs: list[tuple[str, Document]] = []
    failed = False
    for path in args.paths:
        doc = _extract(path, args)
        if doc is None:
            failed = True
        else:
            docs.append((path, doc))
    if args.link:
        if fmt == "wikitext":
            _fail("--link output is json, jsonl, yaml or table", args.debug)
            return EXIT_USAGE
        linking = link([doc for _, doc in docs], [path for path, _ in docs])
        if fmt == "jsonl":  # one object per line: each conflict group, then each unlinked report
            rows = [{"type": "conflict", **g.model_dump(mode="json")} for g in linking.conflicts]
            rows += [{"type": "unlinked", **u.model_dump(mode="json")} for u in linking.unlinked]
            print("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
        else:
            print(render(linking, fmt).rstrip("\n"))
    elif docs and not _write(docs, fmt, sys.stdout, args.debug, len(args.paths) > 1):
        failed = True
    return EXIT_FAILED if failed else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    schema = Document.model_json_schema(mode="serialization")  # what the outputs hold
    print(json.dumps(schema, indent=args.indent, ensure_ascii=False))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wikiparse`` command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "dump":
            return _dump(args)
        if args.command == "batch":
            return cli_batch.run(args)
        if args.command == "merge":
            return cli_merge.run(args)
        if args.command == "tables":
            return cli_tables.run(args)
        return _schema(args)
    except WikiparseError as exc:  # a batch that cannot start or resume
        _fail(str(exc), args.debug)
        return EXIT_FAILED
    except BrokenPipeError:  # "wikiparse dump … | head": the reader left, not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl-C outside a run's own handling (a second one, a dump)
        print("wikiparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
