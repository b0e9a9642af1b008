"""Dask entry point (extra ``wikiparse[dask]``): a multistream dump as a Bag of Documents.

    import wikiparse.dask
    bag = wikiparse.dask.read_dump("enwiki-…-multistream.xml.bz2")   # index found beside it
    bag.filter(lambda d: d.conflict is not None).count().compute()

One partition per bz2 stream; each worker reads its byte range, prefilters pages that do not use
the conflict infobox and parses the rest. Pages that fail are left out (use ``wikiparse batch``
to keep them in an errors file).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wikiparse.dumps import StreamRange, index_for, iter_range, list_streams, parse_page, wanted
from wikiparse.errors import WikiparseError
from wikiparse.models import Document


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
