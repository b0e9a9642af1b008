"""The plaintext reader: the text of a rendered Wikipedia page (seed 000, mobile scrapes).

The infobox comes as pipe rows ("Belligerents | |||||||") or as lines under row labels; the
shared work is in ``rendered_page``.
"""

from __future__ import annotations

from wikiparse.raw import RawPage
from wikiparse.readers.rendered_page import read_rendered


def read(text: str, source: str = "<string>") -> RawPage:
    return read_rendered(text, "plaintext")
