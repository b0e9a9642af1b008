"""What every reader may use: scrape cleanup (``scrape``), flag and icon text (``icons``), the
HTML shape test (``shapes``) and the prose body of a rendered page (``text_body``). Readers share
only through here; no reader imports another."""

from __future__ import annotations

__all__: list[str] = []
