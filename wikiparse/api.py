"""The pipeline, top to bottom: input -> normalize -> detect -> read -> judge -> assemble."""

from __future__ import annotations

from wikiparse.assemble.conflict import assemble
from wikiparse.assemble.judge import judge
from wikiparse.assemble.news import assemble_report
from wikiparse.errors import (
    EmptyInputError,
    InputTooLargeError,
    NotAConflictError,
    UnknownFormatError,
)
from wikiparse.inputs.normalize import decode, normalize, refuse_binary_text
from wikiparse.inputs.read import path_hint, read_input
from wikiparse.inputs.safe import clean_document, safe_name
from wikiparse.inputs.structured import structured_kind
from wikiparse.models import Conflict, Document, Issue, NewsReport
from wikiparse.raw import RawPage, RawReport
from wikiparse.readers import BY_NAME, FORMATS, Format, detect_format
from wikiparse.values.language import guess_language, language_code

__all__ = ["DEFAULT_MAX_CHARS", "UNNAMED", "extract", "parse", "prepare"]

# Inputs larger than this many characters are refused with InputTooLargeError rather than
# risking memory; the largest Wikipedia article is about 1.3 MB of wikitext.
DEFAULT_MAX_CHARS = 64 * 1024 * 1024
UNNAMED = "<string>"  # how errors name an input the caller gave no source for


def _too_large(size: str, max_chars: int) -> str:
    return f"input of {size} is over the cap of {max_chars:,} characters (raise max_chars)"


def prepare(data: str | bytes, source: str, max_chars: int) -> tuple[str, list[Issue]]:
    """Decode and normalise once, at the edge; refuse binary, empty and oversized input."""
    issues: list[Issue] = []
    if isinstance(data, bytes):
        if len(data) > max_chars * 4:  # more than any decoding of it could fit: refuse now
            at_least = f"at least {len(data) // 4:,} characters"  # 4 bytes at most per character
            raise InputTooLargeError(source, _too_large(at_least, max_chars))
        data, issues = decode(data, source)
    else:
        refuse_binary_text(data, source)
    if len(data) > max_chars:
        raise InputTooLargeError(source, _too_large(f"{len(data):,} characters", max_chars))
    text, found = normalize(data)
    if not text.strip():
        raise EmptyInputError(source, "no document: the input is empty or only whitespace")
    return text, [*issues, *found]


def extract(
    data: object,
    *,
    format: str | None = None,
    source: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    language: str | None = None,
    sections: bool = True,
) -> Document:
    """Text, bytes, a path or an open file -> Document (source, format, language, conflict or
    report, issues). ``format`` skips detection; ``source`` names the input (a path names
    itself); ``language`` overrides what the input says; ``sections=False`` reads the infobox
    only (no sections, See also, related links or uncited references). Raises a WikiparseError
    only when no document can be built: not text, not a conflict or a news report, empty, too
    large, or of an unknown format."""
    content, source, given = read_input(data, source)
    source = safe_name(source) if source is not None else None  # a name is data, one line
    name = source or UNNAMED
    spec = _format_named(format, name) if format is not None else None
    text, issues = prepare(content, name, max_chars)
    issues = [*given, *issues]
    hint = path_hint(given)
    spec = spec or _detect(text, name, hint)
    read = spec.read if sections else (spec.read_infobox or spec.read)
    raw = read(text, name)
    issues += raw.issues  # the reader's, for a report and a conflict page alike
    lang = (language and language_code(language)) or raw.language or guess_language(text) or "en"
    conflict, report, found = _assembled(raw, lang, name, hint, sections)
    record = Document(
        source=source,
        format=spec.name,
        language=lang,
        conflict=conflict,
        report=report,
        issues=[*issues, *found],
    )
    # character references and escapes the reader decoded ("&#x202e;") are cleaned like the
    # input was: the output filter runs after every decoding
    return clean_document(record, text)


def _assembled(
    raw: RawPage | RawReport, lang: str, name: str, hint: str, sections: bool
) -> tuple[Conflict | None, NewsReport | None, list[Issue]]:
    """The report, or the conflict (judged first), assembled from ``raw``, and its Issues."""
    if isinstance(raw, RawReport):
        report, found = assemble_report(raw, lang)
        return None, report, found
    judged = judge(raw, name, hint)
    conflict, found = assemble(raw, sections=sections)
    return conflict, None, [*judged, *found]


def _detect(text: str, source: str, hint: str) -> Format:
    """The format of a page; data (JSON, CSV, XML) is refused with what it is."""
    kind = structured_kind(text)
    if kind is not None:
        what, html = kind
        if html:
            return BY_NAME["html"]
        raise NotAConflictError(source, f"not a military conflict: {what}{hint}")
    return detect_format(text)


def _format_named(name: str, source: str) -> Format:
    spec = BY_NAME.get(name)
    if spec is None:
        raise UnknownFormatError(
            source, f"unknown input format {name!r}; expected one of {', '.join(FORMATS)}"
        )
    return spec


def parse(
    data: object,
    *,
    format: str | None = None,
    source: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Conflict:
    """Any supported input -> Conflict; NotAConflictError when it is a news report."""
    document = extract(data, format=format, source=source, max_chars=max_chars)
    if document.conflict is None:
        raise NotAConflictError(
            source or UNNAMED, f"this {document.format} document is a news report, not a conflict"
        )
    return document.conflict
