"""``batch --format parquet|csv OUT_DIR``: the tables of ``wikiparse.tables``, written as the
batch goes: one file per table (``conflicts.parquet``, ``sides.csv``…), a Parquet row group
every ROW_GROUP documents, never the whole batch in memory. Failed inputs go to the errors
file (``OUT_DIR/errors.jsonl`` by default) as with JSON Lines.

The workers make each document's rows and its slim copy (a conflict without its sections and
references); the parent numbers the rows and writes them. ``links`` (report -> conflict) needs
every document at once: the sink keeps the slim copies and writes that table at the end, with
``claims`` (each claim carries the key of the conflict its report is linked to), and with
``--merge`` the merged tables (``merge_tables``) from the same copies.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any

from wikiparse.batch.sinks import BatchError
from wikiparse.batch.work import Outcome
from wikiparse.merge import merge
from wikiparse.models import Document
from wikiparse.outputs.table_schema import ALL_TABLES
from wikiparse.outputs.tables import Row, arrow_schema, key_claims, link_rows, no_rows
from wikiparse.outputs.tables_merged import merged_rows

ROW_GROUP = 1000  # documents per Parquet row group (and per CSV flush)


class TableSink:
    """Rows buffered per table and written every ROW_GROUP documents."""

    def __init__(self, out_dir: Path, fmt: str, errors: Path, merged: bool = False) -> None:
        if fmt == "parquet":
            try:
                import pyarrow.parquet  # noqa: F401
            except ImportError as exc:
                raise BatchError(str(out_dir), "--format parquet needs pyarrow: "
                                 "pip install 'wikiparse[parquet]'") from exc  # fmt: skip
        if out_dir.exists() and not out_dir.is_dir():
            raise BatchError(str(out_dir), f"--format {fmt} writes a folder; this is a file")
        out_dir.mkdir(parents=True, exist_ok=True)
        self.dir, self.fmt, self.merged = out_dir, fmt, merged
        self.buffer = no_rows()
        self.pending = 0
        self.documents = 0
        self.slim: list[Document] = []
        self.claims: list[Row] = []  # written at the close, once links give their keys
        self.writers: dict[str, Any] = {}
        self.files: list[IO[str]] = []
        self.errors_path = errors
        self.errors = open(errors, "w", encoding="utf-8")  # noqa: SIM115

    def write(self, outcome: Outcome) -> None:
        """One outcome of ``run_work(…, tables=True)``: its rows numbered as this batch's
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
            if rows or name not in self.writers:
                self._write(name, rows)
        self.buffer = no_rows()
        self.pending = 0

    def _write(self, name: str, rows: list[Row]) -> None:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = arrow_schema(name)
            if name not in self.writers:
                self.writers[name] = pq.ParquetWriter(self.dir / f"{name}.parquet", schema)
            if rows:
                self.writers[name].write_table(pa.Table.from_pylist(rows, schema=schema))
            return
        if name not in self.writers:
            handle = open(self.dir / f"{name}.csv", "w", encoding="utf-8", newline="")  # noqa: SIM115
            self.files.append(handle)
            self.writers[name] = csv.DictWriter(handle, [c.name for c in ALL_TABLES[name]])
            self.writers[name].writeheader()
        self.writers[name].writerows(rows)

    def close(self) -> None:
        """The last rows, the links table, every file closed."""
        self.flush()
        links = link_rows(self.slim)
        key_claims(self.claims, links)
        self._write("links", links)
        self._write("claims", self.claims)
        if self.merged:  # --merge: the slim copies are what merge needs (no article text)
            for name, rows in merged_rows(merge(self.slim)).items():
                self._write(name, rows)
        if self.fmt == "parquet":
            for writer in self.writers.values():
                writer.close()
        for handle in [*self.files, self.errors]:
            handle.close()
        if self.errors_path.stat().st_size == 0:  # as with JSON Lines: no empty errors file
            self.errors_path.unlink()
