"""What a caller hands to ``extract`` -> str or bytes, and the name it goes by.

``extract`` takes text (str), bytes, a path (``pathlib.Path`` or any ``os.PathLike``) or an
open file (text or binary). A str that is only the name of an existing file is read as text,
as asked, but flagged: the caller most likely meant the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from wikiparse.errors import InputTypeError, UnreadableInputError
from wikiparse.issues import Issue

__all__ = ["PATH_LIKE_MAX", "path_hint", "read_input"]

# A string this short, on one line, naming an existing file, is taken to be a path by mistake.
PATH_LIKE_MAX = 4096


def read_input(data: object, source: str | None) -> tuple[str | bytes, str | None, list[Issue]]:
    """(the text or bytes, the source name, Issues about how it was given)."""
    if isinstance(data, str):
        return data, source, _path_like(data)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), source, []
    if isinstance(data, os.PathLike):
        path = Path(data)
        return _read_path(path), source or str(path), []
    read = getattr(data, "read", None)
    if callable(read):
        content = read()
        name = getattr(data, "name", None)
        source = source or (name if isinstance(name, str) else None)
        if isinstance(content, (str, bytes)):
            return content, source, []
    raise InputTypeError(
        source or "<input>",
        f"cannot read a {type(data).__name__}: pass text (str), bytes, a path "
        "(pathlib.Path) or an open file",
    )


def _read_path(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableInputError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise UnreadableInputError(str(path), "is a directory; give the files inside it") from exc
    except OSError as exc:
        raise UnreadableInputError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def _path_like(text: str) -> list[Issue]:
    if len(text) > PATH_LIKE_MAX or "\n" in text or not text.strip():
        return []
    try:
        is_file = os.path.isfile(text.strip())
    except (OSError, ValueError):  # a name the system refuses ("\x00" in it)
        return []
    if not is_file:
        return []
    return [
        Issue(
            code="looks-like-a-path",
            message="this text is the name of an existing file; pass a Path to read the file",
            text=text[:200],
        )
    ]


def path_hint(issues: list[Issue]) -> str:
    """What to add to an error about a text that was only a file name."""
    if any(issue.code == "looks-like-a-path" for issue in issues):
        return " (the text is the name of an existing file: pass a Path to read the file)"
    return ""
