"""``wikiparse.dumps``, where the dump readers lived before the batch package: the same names,
so code written against that path (scripts, notebooks, the reliability checks) keeps working.
New code imports ``wikiparse.batch.dumps``."""

from __future__ import annotations

from wikiparse.batch.dumps import (
    Page,
    StreamRange,
    index_for,
    is_dump,
    iter_dump,
    iter_range,
    list_streams,
    mentions_infobox,
    parse_page,
    wanted,
)

__all__ = [
    "Page", "StreamRange", "index_for", "is_dump", "iter_dump", "iter_range", "list_streams",
    "mentions_infobox", "parse_page", "wanted"
]  # fmt: skip
