"""Many documents: files, folders, MediaWiki dumps and Enterprise HTML dumps, on N processes.

``run``: the batch loop (plan -> workers -> sinks, checkpoints); ``plan``: inputs -> units of
work; ``work``: one unit -> outcomes (in a worker); ``sinks``: JSON Lines output and the
checkpoint; ``table_sink``: Parquet/CSV tables; ``dumps``/``enterprise``: the pure, picklable
pieces that read dump streams and pages.
"""

from __future__ import annotations

from wikiparse.batch.run import Options, Summary, run_batch

__all__ = ["Options", "Summary", "run_batch"]
