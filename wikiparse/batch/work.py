"""One unit of a batch's work, run in a worker: its output lines and error lines, already
serialized and encoded (the parent only writes bytes in order: no decoding of a pickled str
and encoding it again, per document, in the one process every document passes through); for
``--format parquet|csv``, each document's table rows, made here too."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from wikiparse.api import DEFAULT_MAX_CHARS, extract
from wikiparse.batch.dumps import Page, parse_page, wanted
from wikiparse.batch.outcomes import KINDS, WARNED, Outcome
from wikiparse.batch.plan import Work
from wikiparse.batch.prefilter import iter_candidates
from wikiparse.errors import (
    DamagedDumpError,
    InputTooLargeError,
    UnreadableInputError,
    WikiparseError,
)
from wikiparse.inputs.safe import safe_line, safe_name
from wikiparse.models import Document
from wikiparse.outputs.tables import rows_of, slim

__all__ = ["document_outcome", "lost_outcome", "run_work"]


def _outcome(
    source: str, make: Callable[[], Document], skipped: int = 0, tables: bool = False
) -> Outcome:
    try:
        document = make()
    except WikiparseError as exc:
        return _error(source, exc.reason, type(exc).__name__, skipped, exc.code)
    except Exception as exc:  # a bug must not stop the batch; it is reported like any error
        return _error(source, f"internal error: {exc}", type(exc).__name__, skipped)
    return document_outcome(source, document, skipped, tables)


def document_outcome(source: str, document: Document, skipped: int, tables: bool) -> Outcome:
    """A document's outcome: its JSON line, or with ``tables`` its rows and slim copy."""
    kind = "report" if document.report is not None else "conflict"
    warned = any(issue.severity in WARNED for issue in document.issues)
    if tables:  # rows, not a JSON line the parent would parse and validate again
        return Outcome(
            source,
            rows=rows_of(document, 0),
            slim=slim(document),
            kind=kind,
            skipped=skipped,
            warned=warned,
        )
    # the line is the Document, as every JSON output is (its source names the input, made
    # safe by extract); pydantic writes it itself: 3x faster than model_dump + json.dumps
    try:
        line = document.model_dump_json().encode()
    except ValueError as exc:  # a string no encoder writes: recorded, the batch goes on
        return _error(source, f"internal error: {exc}", type(exc).__name__, skipped)
    return Outcome(source, line=line, kind=kind, skipped=skipped, warned=warned)


def _error(
    source: str, message: str, kind: str, skipped: int = 0, code: str = WikiparseError.code
) -> Outcome:
    # a name is data and a message one line: a file name's newline or lone surrogate
    # (a byte that is not UTF-8) is written as an escape, never raw
    record = {"source": safe_name(source), "code": code, "error": safe_line(message), "type": kind}
    line = json.dumps(record, ensure_ascii=False).encode()
    counted = code if code in KINDS else "error"
    return Outcome(source, error=line, kind=counted, skipped=skipped)


def run_work(work: Work, tables: bool = False, sections: bool = True) -> list[Outcome]:
    """What one unit of work gives (picklable, runs in a worker process): JSON lines, or
    table rows with ``tables``; ``sections`` False: the infobox only."""
    if work.path is not None:
        path = work.path
        make = lambda: extract(_read(path), source=path, sections=sections)  # noqa: E731
        return [_outcome(work.source, make, 0, tables)]
    if work.page is not None:
        return [_page_outcome(work.page, work.skipped, tables, sections)]
    if work.problem is not None:
        kind = work.problem_type
        return [_error(work.source, work.problem, kind.__name__, work.skipped, kind.code)]
    if work.stream is None:  # only pages the prefilter left out
        return [Outcome(work.source, kind="", skipped=work.skipped)]
    outcomes: list[Outcome] = []
    skipped = 0
    try:
        for page in iter_candidates(work.stream):  # None: a page the prefilter left out
            if page is not None and wanted(page):
                outcomes.append(_page_outcome(page, skipped, tables, sections))
                skipped = 0
            else:
                skipped += 1
    except DamagedDumpError as exc:  # the pages before the damage are kept
        outcomes.append(_error(exc.source, exc.reason, type(exc).__name__, skipped, exc.code))
        skipped = 0
    if skipped:  # the pages left out after the last one read
        outcomes.append(Outcome(work.source, kind="", skipped=skipped))
    return outcomes


def lost_outcome(work: Work, how: str) -> Outcome:
    """The record of a unit whose worker died reading it (the OOM killer, a kill -9): it is
    not written, and ``--resume`` will not read it again; the record says so."""
    reason = f"the worker process reading it was {how}: not read"
    kind = UnreadableInputError
    return _error(work.source, reason, kind.__name__, work.skipped, kind.code)


def _read(path: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > 4 * DEFAULT_MAX_CHARS:  # more than any decoding of it fits: not read at all
            raise InputTooLargeError(
                path,
                f"a file of {size:,} bytes is over the cap of {DEFAULT_MAX_CHARS:,} characters",
            )
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableInputError(
            path, "cannot read: the file is gone (deleted during the batch?)"
        ) from exc
    except OSError as exc:
        raise UnreadableInputError(path, f"cannot read: {exc.strerror or exc}") from exc


def _page_outcome(page: Page, skipped: int, tables: bool, sections: bool = True) -> Outcome:
    return _outcome(page.source, lambda: parse_page(page, sections), skipped, tables)
