"""The pipeline, top to bottom: normalize -> detect -> read -> assemble -> Document."""

from __future__ import annotations

from wikiparse.assemble import assemble
from wikiparse.assemble_news import assemble_report
from wikiparse.errors import (
    EmptyInputError,
    InputTooLargeError,
    NotAConflictError,
    UnknownFormatError,
)
from wikiparse.models import Conflict, Document, Issue
from wikiparse.normalize import decode, normalize
from wikiparse.readers import FORMATS, READERS, detect

# Inputs larger than this many characters are refused with InputTooLargeError rather than
# risking memory; the largest Wikipedia article is about 1.3 MB of wikitext.
DEFAULT_MAX_CHARS = 64 * 1024 * 1024


def _too_large(size: str, max_chars: int) -> str:
    return f"input of {size} is over the cap of {max_chars:,} characters (raise max_chars)"


def prepare(data: str | bytes, source: str, max_chars: int) -> tuple[str, list[Issue]]:
    """Decode and normalise once, at the edge; refuse empty and oversized input."""
    issues: list[Issue] = []
    if isinstance(data, bytes):
        if len(data) > max_chars * 4:  # more than any decoding of it could fit: refuse now
            raise InputTooLargeError(source, _too_large(f"{len(data):,} bytes", max_chars))
        data, issues = decode(data)
    if len(data) > max_chars:
        raise InputTooLargeError(source, _too_large(f"{len(data):,} characters", max_chars))
    text, found = normalize(data)
    if not text.strip():
        raise EmptyInputError(source, "no document: the input is empty or only whitespace")
    return text, [*issues, *found]


def extract(
    data: str | bytes,
    *,
    format: str | None = None,
    source: str = "<string>",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Any supported text -> Document (format, conflict or report, issues).

    ``format`` skips detection. Raises a WikiparseError subclass only when no document can be
    built (empty input, unknown or unreadable format, input over ``max_chars``).
    """
    if format is not None and format not in FORMATS:
        raise UnknownFormatError(
            source, f"unknown input format {format!r}; expected one of {', '.join(FORMATS)}"
        )
    text, issues = prepare(data, source, max_chars)
    fmt = format or detect(text)
    page = READERS[fmt](text, source)
    if page.report is not None:
        report, found = assemble_report(page.report)
        return Document(format=fmt, report=report, issues=[*issues, *page.issues, *found])  # type: ignore[arg-type]
    conflict, found = assemble(page)
    return Document(format=fmt, conflict=conflict, issues=[*issues, *found])  # type: ignore[arg-type]


def parse(
    data: str | bytes,
    *,
    format: str | None = None,
    source: str = "<string>",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Conflict:
    """Any supported text -> Conflict; NotAConflictError when it is a news report."""
    document = extract(data, format=format, source=source, max_chars=max_chars)
    if document.conflict is None:
        raise NotAConflictError(source, f"this {document.format} document is not a conflict page")
    return document.conflict
