"""``batch --format parquet|csv|duckdb|sqlite -o DIR`` and ``wikiparse tables``: the tables of
``wikiparse.tables``, written as the run goes (``writers``: a file per table or one
database), a Parquet row group every ROW_GROUP documents, never the whole run in memory.
Failed inputs go to the errors file (``DIR/errors.jsonl`` by default) as with JSON Lines.
Every file has a temporary name until the run reaches its end.

The workers make each document's rows and its slim copy (a conflict without its sections and
references); the parent numbers the rows and writes them. ``links`` (report -> conflict) needs
every document at once: the sink keeps the slim copies and writes that table at the end, and
the ``claims`` with it (a linked report's claims take their conflict's key from the links).
With ``merged`` (``--merge``) the merged tables are written at the end too, from the slim
copies.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from wikiparse.batch.outcomes import Outcome, Summary
from wikiparse.batch.sinks import lock_folder, release_folder
from wikiparse.batch.writers import open_writer, partial
from wikiparse.merge import merge
from wikiparse.models import Document
from wikiparse.outputs.tables import Row, key_claims, link_rows, no_rows
from wikiparse.outputs.tables_merged import merged_rows

__all__ = ["ROW_GROUP", "TableSink"]

ROW_GROUP = 1000  # documents per Parquet row group (and per flush of the other formats)


class TableSink:
    """Rows buffered per table and written every ROW_GROUP documents (a ``batch.Sink``)."""

    def __init__(self, out_dir: Path, fmt: str, errors: Path, merged: bool = False) -> None:
        self.lock = lock_folder(out_dir)  # before the writer clears a killed run's leftovers
        try:
            self.writer = open_writer(fmt, out_dir)
        except BaseException:
            release_folder(self.lock)
            raise
        self.merged = merged
        self.claims: list[Row] = []  # written at the end, once links give their keys
        self.buffer = no_rows()
        self.pending = 0
        self.documents = 0
        self.slim: list[Document] = []
        self.errors_path = errors
        partial(errors).unlink(missing_ok=True)
        self.errors = open(partial(errors), "w", encoding="utf-8")  # noqa: SIM115
        self.done = False

    def write(self, outcome: Outcome) -> None:
        """One outcome of ``run_work(…, tables=True)``: its rows numbered as this run's
        next document, or its error record."""
        if outcome.error is not None:
            self.errors.write(outcome.error.decode() + "\n")
        if outcome.rows is None or outcome.slim is None:
            return
        for name, rows in outcome.rows.items():
            for row in rows:
                row["doc"] = self.documents
            (self.claims if name == "claims" else self.buffer[name]).extend(rows)
        self.slim.append(outcome.slim)
        self.documents += 1
        self.pending += 1
        if self.pending >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        for name, rows in self.buffer.items():
            self.writer.add(name, rows)
        self.buffer = no_rows()
        self.pending = 0

    def unit_done(self, summary: Summary) -> None:
        pass  # nothing to checkpoint: a table run is not resumed

    def finish(self, summary: Summary) -> None:
        """The last rows, the links table, every file closed and given its name."""
        self.flush()
        links = link_rows(self.slim)
        key_claims(self.claims, links)
        self.writer.add("links", links)
        self.writer.add("claims", self.claims)
        if self.merged:  # --merge: the slim copies are what merge needs (no article text)
            for name, rows in merged_rows(merge(self.slim)).items():
                self.writer.add(name, rows)
        self.writer.commit()
        self.errors.close()
        if partial(self.errors_path).stat().st_size:
            os.replace(partial(self.errors_path), self.errors_path)
        else:  # as with JSON Lines: no empty errors file
            partial(self.errors_path).unlink()
            self.errors_path.unlink(missing_ok=True)  # an earlier run's
        self.done = True
        release_folder(self.lock)

    def abort(self, summary: Summary) -> None:
        """Interrupted: no file of this run is left (the tables would be a part only)."""
        self.close()

    def close(self) -> None:
        """After finish, nothing; else (an interrupt, an error) the partial files removed."""
        if self.done:
            return
        self.done = True
        with contextlib.suppress(Exception):  # already broken: what matters is the removal
            self.writer.discard()
        self.errors.close()
        partial(self.errors_path).unlink(missing_ok=True)
        release_folder(self.lock)
