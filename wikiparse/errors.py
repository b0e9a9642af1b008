"""The exceptions wikiparse raises.

Messy text never raises: it becomes a ``None`` field plus an ``Issue`` on the Document.
Exceptions are for "no document can be built" and for misuse of the API. Every message names
the input (a path, ``<stdin>`` or ``<string>``), what was expected and what was found, so the
CLI can print it on one line. Each class has a stable ``code`` (the ``code`` of a batch's error
record).
"""

from __future__ import annotations

__all__ = [
    "DamagedDumpError", "EmptyInputError", "InputTooLargeError", "InputTypeError",
    "NotAConflictError", "NotTextError", "UnknownFormatError", "UnreadableInputError",
    "WikiparseError"
]  # fmt: skip


class WikiparseError(Exception):
    """Base class: no document could be built from an input."""

    code = "error"

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class EmptyInputError(WikiparseError):
    """The input holds no text at all (empty, or only whitespace)."""

    code = "empty"


class UnknownFormatError(WikiparseError):
    """A format name was asked for that wikiparse does not know."""

    code = "unknown-format"


class NotAConflictError(WikiparseError):
    """The input is not about a military conflict (a town's page, a list, a redirect, a table
    of data), or ``parse`` was asked for a Conflict and the document is a news report. The
    message says what was seen ("not a military conflict: an {{Infobox settlement}} page")."""

    code = "not-a-conflict"


class NotTextError(WikiparseError):
    """The input holds no text: binary data (NUL or control bytes), or bytes that decode as no
    text encoding ("binary data: 31% of the first 4 KB are control bytes")."""

    code = "not-text"


class InputTypeError(WikiparseError, TypeError):
    """``extract`` was given something it cannot read (not str, bytes, a path or a file)."""

    code = "input-type"


class InputTooLargeError(WikiparseError):
    """The input is larger than the configured size cap."""

    code = "too-large"


class DamagedDumpError(WikiparseError):
    """Part of a MediaWiki dump cannot be read (a corrupt or truncated bz2 stream, broken XML,
    a bad index): the pages there are lost, the rest of the dump is still read. ``source``
    names the dump and the byte offset ("dump.xml.bz2@1234")."""

    code = "damaged-dump"


class UnreadableInputError(WikiparseError):
    """An input named by a batch cannot be read as a file (gone, a FIFO, a dangling or looping
    symbolic link, no permission)."""

    code = "unreadable"
