"""Dask entry points (extra ``wikiparse[dask]``): what ``wikiparse batch`` writes, as a Bag.

    import wikiparse.dask
    bag = wikiparse.dask.read_records("enwiki-…-multistream.xml.bz2")   # index found beside it
    bag.filter(lambda r: "format" in r).count().compute()

``read_records`` gives exactly the records of ``wikiparse batch`` over the same inputs, in its
order: a Document (as a dict) for each document and ``{"source", "code", "error", "type"}``
for each error (batch writes the two kinds to two files). The work is planned as batch plans
it: one partition per bz2 stream of a multistream dump (each worker reads its byte range,
prefilters the pages that do not use the conflict infobox and parses the rest), files in
partitions of ``FILES_PER_PARTITION``. It runs on any Dask scheduler: threads, processes, or
a ``dask.distributed`` cluster (``Client("tcp://scheduler:8786")`` before ``compute``).
``read_dump`` gives the Documents of a dump and leaves out the pages that fail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wikiparse.batch.dumps import (
    StreamRange,
    index_for,
    iter_range,
    list_streams,
    parse_page,
    wanted,
)
from wikiparse.batch.plan import Work, plan
from wikiparse.batch.work import run_work
from wikiparse.errors import WikiparseError
from wikiparse.models import Document

__all__ = [
    "FILES_PER_PARTITION", "Record", "documents_of", "read_dump", "read_records", "records_of"
]  # fmt: skip

# Files (small units) go to the workers in partitions of this many; dump streams one each.
FILES_PER_PARTITION = 100
Record = dict[str, Any]


def records_of(work: Work) -> list[Record]:
    """The records of one unit of work (picklable: what each Dask task runs)."""
    return [json.loads(o.line or o.error or b"") for o in run_work(work) if o.line or o.error]


def read_records(*inputs: str | Path) -> Any:
    """A dask.bag.Bag of the records ``wikiparse batch`` writes for ``inputs`` (files,
    folders, dumps), in the same order. A missing input raises BatchError at once."""
    import dask.bag as db  # the extra: imported only when asked for

    works = list(plan([str(name) for name in inputs]))
    streams = all(work.stream is not None for work in works)
    size = 1 if streams else FILES_PER_PARTITION
    bag = db.from_sequence(works, partition_size=size)  # type: ignore[no-untyped-call,unused-ignore]
    return bag.map(records_of).flatten()


def documents_of(stream: StreamRange) -> list[Document]:
    """The Documents of one stream (picklable: what each Dask task runs)."""
    out = []
    for page in iter_range(stream):
        if wanted(page):
            try:
                out.append(parse_page(page))
            except WikiparseError:
                continue  # counted by `wikiparse batch`, not representable in a Bag of Documents
    return out


def read_dump(path: str | Path, index: str | Path | None = None) -> Any:
    """A dask.bag.Bag of the Documents of a multistream dump, one partition per stream."""
    import dask.bag as db  # the extra: imported only when asked for

    dump = Path(path)
    found = Path(index) if index is not None else index_for(dump)
    if found is None:
        raise WikiparseError(str(dump), "no multistream index: pass index= (…-index.txt.bz2)")
    streams = list_streams(dump, found)
    bag = db.from_sequence(streams, npartitions=max(1, len(streams)))  # type: ignore[no-untyped-call,unused-ignore]
    return bag.map(documents_of).flatten()
