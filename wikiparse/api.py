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
from wikiparse.raw import RawReport
from wikiparse.readers import BY_NAME, FORMATS, Format, detect_format

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
    spec = _format_named(format, source) if format is not None else None
    text, issues = prepare(data, source, max_chars)
    spec = spec or detect_format(text)
    raw = spec.read(text, source)
    issues += raw.issues  # the reader's, for a report and a conflict page alike
    if isinstance(raw, RawReport):
        report, found = assemble_report(raw)
        return Document(format=spec.name, report=report, issues=[*issues, *found])
    conflict, found = assemble(raw)
    return Document(format=spec.name, conflict=conflict, issues=[*issues, *found])


def _format_named(name: str, source: str) -> Format:
    spec = BY_NAME.get(name)
    if spec is None:
        raise UnknownFormatError(
            source, f"unknown input format {name!r}; expected one of {', '.join(FORMATS)}"
        )
    return spec


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
