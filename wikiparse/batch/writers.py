"""The files of the typed tables, one writer per format (``TABLE_FORMATS``): Parquet and CSV
(one file per table), DuckDB and SQLite (one database, a table each). Every file is written
under a temporary name (``….partial``) and renamed when the run reaches its end, so a run
stopped at any moment leaves nothing that looks complete (``discard`` removes the partial
files of an interrupted run; a killed one leaves them under their ``.partial`` names).

List columns (``table_schema.LIST``: side_a, belligerents, authors, reasons…) are lists in
Parquet and DuckDB and ``'; '``-joined text in CSV and SQLite, whose cells hold one value;
CSV writes booleans as ``true``/``false``, as JSON, DuckDB and pandas read them.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import os
import sqlite3
from pathlib import Path
from typing import IO, Any, Protocol

from wikiparse.batch.sinks import BatchError
from wikiparse.outputs.table_schema import ALL_TABLES, LIST
from wikiparse.outputs.tables import Row, arrow_schema

TABLE_FORMATS = ("parquet", "csv", "duckdb", "sqlite")
PARTIAL = ".partial"  # the suffix of a file being written
DATABASE = "wikiparse"  # the database file's stem in the folder: wikiparse.duckdb, .sqlite
# What each format needs beyond the standard library, and the extra that installs it.
NEEDS = {"parquet": ("pyarrow", "parquet"), "duckdb": ("duckdb", "duckdb")}
SQL_TYPES = {
    "sqlite": {"string": "TEXT", "int64": "INTEGER", "float64": "REAL", "bool": "INTEGER",
               "date32": "TEXT", LIST: "TEXT"},
    "duckdb": {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN",
               "date32": "DATE", LIST: "VARCHAR[]"},
}  # fmt: skip


class TableWriter(Protocol):
    def add(self, name: str, rows: list[Row]) -> None:
        """Rows for table ``name`` (called at least once per table, perhaps with none)."""

    def commit(self) -> None:
        """Close every file and give it its final name."""

    def discard(self) -> None:
        """Close every file and remove it: the run did not reach its end."""


def partial(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL)


def _flat(row: Row, lists: tuple[str, ...]) -> Row:
    """A row for a one-value-a-cell format (CSV, SQLite): its lists joined."""
    out = dict(row)
    for name in lists:
        out[name] = "; ".join(out[name]) if out[name] else None
    return out


def _sqlite(value: object) -> object:
    """A cell as SQLite stores it: dates as ISO text (sqlite3's own date adapter is
    deprecated since Python 3.12), the rest as they are (booleans become 0/1)."""
    return value.isoformat() if isinstance(value, datetime.date) else value


def _lists(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in ALL_TABLES[name] if c.type == LIST)


class _Files:
    """The temporary files of a writer and their final names."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def new(self, path: Path) -> Path:
        self.paths.append(path)
        temp = partial(path)
        temp.unlink(missing_ok=True)  # a killed run's leftover
        return temp

    def rename(self) -> None:
        for path in self.paths:
            os.replace(partial(path), path)

    def remove(self) -> None:
        for path in self.paths:
            partial(path).unlink(missing_ok=True)


class ParquetTables(_Files):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.writers: dict[str, Any] = {}

    def add(self, name: str, rows: list[Row]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema(name)
        if name not in self.writers:
            target = self.new(self.folder / f"{name}.parquet")
            self.writers[name] = pq.ParquetWriter(target, schema)
        if rows:
            self.writers[name].write_table(pa.Table.from_pylist(rows, schema=schema))

    def _close(self) -> None:
        for writer in self.writers.values():
            writer.close()

    def commit(self) -> None:
        self._close()
        self.rename()

    def discard(self) -> None:
        self._close()
        self.remove()


class CsvTables(_Files):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.writers: dict[str, Any] = {}
        self.handles: list[IO[str]] = []

    def add(self, name: str, rows: list[Row]) -> None:
        if name not in self.writers:
            target = self.new(self.folder / f"{name}.csv")
            handle = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115
            self.handles.append(handle)
            self.writers[name] = csv.DictWriter(handle, [c.name for c in ALL_TABLES[name]])
            self.writers[name].writeheader()
        lists = _lists(name)
        bools = tuple(c.name for c in ALL_TABLES[name] if c.type == "bool")
        for row in rows:
            flat = _flat(row, lists)
            for column in bools:
                flat[column] = None if flat[column] is None else str(flat[column]).lower()
            self.writers[name].writerow(flat)

    def commit(self) -> None:
        for handle in self.handles:
            handle.close()
        self.rename()

    def discard(self) -> None:
        for handle in self.handles:
            handle.close()
        self.remove()


class DatabaseTables(_Files):
    """DuckDB or SQLite: one database file, a table per entity, created with its types."""

    def __init__(self, folder: Path, fmt: str) -> None:
        super().__init__()
        self.fmt = fmt
        self.created: set[str] = set()
        target = self.new(folder / f"{DATABASE}.{fmt}")
        if fmt == "duckdb":
            import duckdb

            self.db: Any = duckdb.connect(str(target))
        else:
            self.db = sqlite3.connect(target)

    def add(self, name: str, rows: list[Row]) -> None:
        columns = ALL_TABLES[name]
        if name not in self.created:
            types = SQL_TYPES[self.fmt]
            spec = ", ".join(f'"{c.name}" {types[c.type]}' for c in columns)
            self.db.execute(f'CREATE TABLE "{name}" ({spec})')
            self.created.add(name)
        if not rows:
            return
        if self.fmt == "duckdb":  # from Arrow: a bulk insert, the lists kept as lists
            import pyarrow as pa

            self.db.register("batch", pa.Table.from_pylist(rows, schema=arrow_schema(name)))
            self.db.execute(f'INSERT INTO "{name}" SELECT * FROM batch')
            self.db.unregister("batch")
            return
        lists = _lists(name)
        marks = ", ".join("?" for _ in columns)
        values = [tuple(_sqlite(_flat(row, lists)[c.name]) for c in columns) for row in rows]
        self.db.executemany(f'INSERT INTO "{name}" VALUES ({marks})', values)

    def commit(self) -> None:
        self.db.commit()
        self.db.close()
        self.rename()

    def discard(self) -> None:
        with contextlib.suppress(Exception):  # a connection broken by the interrupt
            self.db.close()
        self.remove()
        for path in self.paths:  # DuckDB's write-ahead log beside an unfinished database
            Path(f"{partial(path)}.wal").unlink(missing_ok=True)


def open_writer(fmt: str, folder: Path) -> TableWriter:
    """The writer of ``fmt`` into ``folder`` (created); BatchError when its library is
    missing, naming the extra that installs it."""
    module, extra = NEEDS.get(fmt, ("", ""))
    if module:
        try:
            __import__(module)
            __import__("pyarrow")  # DuckDB takes the rows from Arrow
        except ImportError as exc:
            raise BatchError(str(folder), f"--format {fmt} needs {exc.name}: "
                             f"pip install 'wikiparse[{extra}]'") from exc  # fmt: skip
    if folder.exists() and not folder.is_dir():
        raise BatchError(str(folder), f"--format {fmt} writes a folder; this is a file")
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        return ParquetTables(folder)
    if fmt == "csv":
        return CsvTables(folder)
    return DatabaseTables(folder, fmt)


__all__ = ["TABLE_FORMATS", "TableWriter", "open_writer", "partial"]
