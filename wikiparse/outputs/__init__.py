"""Records out: ``render`` (json, jsonl, yaml, wikitext, table; ``wikitext``, ``table``,
``link_table`` draw them) and ``tables`` (typed tables, their columns in ``table_schema``)."""

from __future__ import annotations

# No re-exports: a name here would hide the submodule of the same name (``judge``,
# ``render``, ``tables``); import from the submodules.
__all__: list[str] = []
