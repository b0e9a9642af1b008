"""One reader per input format; each turns text into a RawPage. Detection picks the reader."""

from __future__ import annotations

from collections.abc import Callable

from wikiparse.raw import RawPage
from wikiparse.readers import frontmatter, mirror, news, plaintext, wikitext
from wikiparse.readers.detect import FORMATS, detect

Reader = Callable[[str, str], RawPage]

# One reader per format detection can name.
READERS: dict[str, Reader] = {
    "wikitext": wikitext.read,
    "plaintext": plaintext.read,
    "mirror": mirror.read,
    "frontmatter": frontmatter.read,
    "news": news.read,
}

__all__ = ["FORMATS", "READERS", "Reader", "detect"]
