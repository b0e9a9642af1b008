"""``wikiparse tables``: the JSON Lines a batch wrote, read back as units of work for the
table sinks, so the resumable JSON Lines run is the one path to a dataset and the tables are
made from it afterwards, streaming, whatever its size.

Each line gives one outcome, as the batch's worker would have made it: a Document (what
``batch`` and ``dump --format jsonl`` write; also an older batch's ``{"source", "document"}``)
becomes its table rows; an errors-file record passes through to the errors file, counted by its code
(so OUT.jsonl with OUT.errors.jsonl gives the batch's own counts); a line that is neither (a
line cut by a killed run, another program's JSON) is an error record of its own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from wikiparse.batch.outcomes import KINDS, Outcome
from wikiparse.batch.work import document_outcome
from wikiparse.errors import WikiparseError

# the keys that say what a line is, as the gate that refuses records fed to extract reads them
from wikiparse.inputs.structured import DOCUMENT_KEYS, ERROR_KEYS
from wikiparse.models import Document

NOT_A_RECORD = "not-a-record"  # the errors-file code of a line that is no record


class RecordError(WikiparseError):
    """A line of the records read back is not a wikiparse record."""


def record_units(paths: list[str]) -> Iterator[list[Outcome]]:
    """One unit per non-blank line of each file (``-``: standard input), in order."""
    for path in paths:
        with _opened(path) as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield [record_outcome(f"{path}:{number}", line)]


@contextmanager
def _opened(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdin.buffer
        return
    with open(Path(path), "rb") as handle:
        yield handle


def record_outcome(where: str, line: bytes) -> Outcome:
    """The outcome of one line: table rows, a passed-on error record, or an error of its own
    (``where`` is FILE:LINE)."""
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise RecordError(where, "not a wikiparse record: a JSON value that is no object")
        if record.keys() >= ERROR_KEYS and "document" not in record:
            return _passed_error(record, line)
        body = record.get("document", record)
        if not (isinstance(body, dict) and body.keys() >= DOCUMENT_KEYS):
            raise RecordError(where, "not a wikiparse record: no Document in it")
        document = Document.model_validate(body)
    except ValueError as exc:  # a cut line (a killed run), or JSON that is no Document
        return _failed(where, _reason(exc))
    except RecordError as exc:
        return _failed(where, exc.reason)
    source = record.get("source") if "document" in record else document.source
    return document_outcome(str(source), document, 0, tables=True)


def _reason(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        count = exc.error_count()
        return f"not a wikiparse record: a Document that does not validate ({count} errors)"
    return f"not a wikiparse record: not JSON ({exc}); a line cut by a stopped run?"


def _passed_error(record: dict[str, Any], line: bytes) -> Outcome:
    """A batch's error record, passed on and counted as the batch counted it."""
    code = str(record["code"])
    kind = code if code in KINDS else "error"
    return Outcome(str(record["source"]), error=line.rstrip(b"\r\n"), kind=kind)


def _failed(where: str, message: str) -> Outcome:
    record = {"source": where, "code": NOT_A_RECORD, "error": message, "type": RecordError.__name__}
    return Outcome(where, error=json.dumps(record, ensure_ascii=False).encode())


__all__ = ["RecordError", "record_outcome", "record_units"]
