"""Input cleaned once, at the edge: decode, BOM, line endings, Unicode form, invisible spaces.

Every reader can then assume ``\\n`` line ends, NFC text, plain spaces for NBSPs and no NULs.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from wikiparse.models import Issue

# C0 controls other than tab and newline, and DEL: NULs in scraped files break every tool
# downstream and never carry text.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Spaces that render like a space (NBSP, narrow NBSP, figure space, thin spaces): scrapes keep
# them from "&nbsp;" and number formatting ("12 000"), and they break word matching.
SPACE_LIKE = re.compile(r"[\u00a0\u2007\u2009\u202f\u2002\u2003\u205f]")
# Zero-width characters left by copy and paste.
ZERO_WIDTH = re.compile(r"[\u200b\ufeff\u2060]")


def decode(data: bytes) -> tuple[str, list[Issue]]:
    """Bytes to text: BOMs first (UTF-8, UTF-16), then strict UTF-8, then UTF-8 with repair."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        issue = Issue(
            code="invalid-utf8",
            message=f"input is not valid UTF-8 (first bad byte at offset {exc.start}); "
            "undecodable bytes were replaced with U+FFFD",
        )
        return data.decode("utf-8", errors="replace"), [issue]


def normalize(text: str) -> str:
    """Line endings to \\n, NFC, space-like characters to spaces, controls and zero-widths out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL_CHARS.sub("", text)
    text = ZERO_WIDTH.sub("", text)
    text = SPACE_LIKE.sub(" ", text)
    return unicodedata.normalize("NFC", text)
