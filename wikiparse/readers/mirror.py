"""The mirror reader: WikiMili / Wikiwand / kiwix copies of a Wikipedia page (seed 004).

Mirrors add chrome ("Last updated", "Remove ads"), print icon file names as text ("Flag of
Syria.svg"), run the infobox columns together, and end with "Related Research Articles" and a
numbered reference list; the shared work is in ``rendered_page``.
"""

from __future__ import annotations

from wikiparse.raw import RawPage
from wikiparse.readers.rendered_page import read_rendered


def read(text: str, source: str = "<string>") -> RawPage:
    return read_rendered(text, "mirror")
