"""Many documents: files, folders, MediaWiki dumps and Enterprise HTML dumps, on N processes.

``run``: the one run loop (units -> counted -> a ``Sink``); ``plan``: inputs -> units of work;
``work``: one unit -> outcomes (in a worker); ``outcomes``: ``Outcome`` and ``Summary`` (the
counts, in one place); ``sinks``: the ``Sink`` protocol, JSON Lines with the checkpoint,
stdout; ``table_sink`` and ``writers``: the typed tables (Parquet, CSV, DuckDB, SQLite);
``records``: a batch's JSON Lines read back (``wikiparse tables``); ``dumps``/``enterprise``:
the pure, picklable pieces that read dump streams and pages.
"""

from __future__ import annotations

from wikiparse.batch.run import Options, Summary, run_batch

__all__ = ["Options", "Summary", "run_batch"]
