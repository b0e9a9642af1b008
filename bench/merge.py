"""How fast and how large is ``wikiparse.merge`` on many documents, beside the least any
grouping costs (a dict of ``Conflict.key`` -> documents, measured in the same run).

    python bench/merge.py [--docs 10000] [--repeat 3] [--seed 31]

Synthetic documents, built as models (no parsing: merge alone is timed): conflicts with one
to four scrapes each (wikitext, html, mirror, plaintext), the scrapes with the title in other
case or with "The", a parenthetical year, the date or the place lost, so both the hash join
and the evidence step work; one place in ten has two conflicts of one name in different
years (two Battles of Mosul) and an undated scrape of it; one document in twenty is a news
report about a conflict's place. Printed at a quarter, half and all of ``--docs``, so the
growth shows: CPU seconds of this process (best of ``--repeat``; CPU, not wall time, because
the machine may be shared and wall time then counts the waits for a core) and peak memory
(tracemalloc, in a run of its own), each beside the key-dict baseline's, and the memory the
documents themselves take. Never a test (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import gc
import random
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable

import wikiparse
from wikiparse import (
    Commander,
    Conflict,
    DateSpan,
    Document,
    NewsReport,
    Party,
    Quantity,
    Side,
)

SYLLABLES = ("ka", "ra", "mo", "su", "li", "ta", "ne", "vo", "di", "pa", "go", "ze", "ru", "hi",
             "ba", "lo")  # fmt: skip
KINDS = ("Battle of {}", "Siege of {}", "{} offensive")
SCRAPES = ("wikitext", "html", "mirror", "plaintext")


def _place(rnd: random.Random) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(3)).capitalize()


def _conflict(rnd: random.Random, name: str, place: str, year: int) -> Conflict:
    sides = [
        Side(belligerents=[Party(name=f"{place} {who}")],
             commanders=[Commander(name=f"{_place(rnd)} {_place(rnd)}")],
             casualties=[Quantity(text=f"{n:,} killed", low=n, high=n, kind="killed")])
        for who, n in (("Army", rnd.randint(10, 5000)), ("Rebels", rnd.randint(10, 5000)))
    ]  # fmt: skip
    month = rnd.randint(1, 12)
    date = DateSpan(
        text=f"{year}-{month:02d}", start=f"{year}-{month:02d}", end=f"{year}-{month:02d}"
    )
    return Conflict(name=name, date=date, place=f"{place}, Land", sides=sides)


def _scrape(rnd: random.Random, conflict: Conflict, year: int) -> Conflict:
    change = rnd.choice(("case", "the", "year", "no-date", "no-place", "none"))
    update = {
        "case": {"name": conflict.name.lower()},
        "the": {"name": f"The {conflict.name}"},
        "year": {"name": f"{conflict.name} ({year})"},
        "no-date": {"date": None, "name": f"{conflict.name} ({year})"},
        "no-place": {"place": None},
    }.get(change, {})
    return conflict.model_copy(update=update)


def documents(count: int, seed: int) -> list[Document]:
    rnd = random.Random(seed)
    docs: list[Document] = []
    while len(docs) < count:
        place = _place(rnd)
        name = rnd.choice(KINDS).format(place)
        years = rnd.sample(range(1000, 2020), 2 if rnd.random() < 0.1 else 1)
        for year in years:
            base = _conflict(rnd, name, place, year)
            formats = rnd.sample(SCRAPES, rnd.randint(1, 4))
            for fmt in formats:
                conflict = base if fmt == formats[0] else _scrape(rnd, base, year)
                docs.append(Document(format=fmt, source=f"{len(docs)}.{fmt}", conflict=conflict))
            if rnd.random() < 0.05:
                text = [f"The army attacked {place} on Monday."]
                report = NewsReport(headline=f"Fighting in {place}", published=f"{year}",
                                    paragraphs=text)  # fmt: skip
                docs.append(Document(format="news", source=f"{len(docs)}.news", report=report))
    return docs[:count]


def by_key(docs: list[Document]) -> dict[str, list[Document]]:
    """The baseline: the hash join alone."""
    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if doc.conflict is not None:
            groups[doc.conflict.key].append(doc)
    return groups


def best_time(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def peak_mb(run: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=31)
    args = parser.parse_args()
    every = documents(args.docs, args.seed)
    print(f"{'docs':>7} {'records':>8} {'merge s':>8} {'by key s':>9} {'x':>5} "
          f"{'merge MB':>9} {'by key MB':>10} {'x':>5} {'docs MB':>8}")  # fmt: skip
    for count in (args.docs // 4, args.docs // 2, args.docs):
        docs = every[:count]
        records = len(wikiparse.merge(docs))
        merged_s = best_time(lambda d=docs: wikiparse.merge(d), args.repeat)
        key_s = best_time(lambda d=docs: by_key(d), args.repeat)
        merged_mb = peak_mb(lambda d=docs: wikiparse.merge(d))
        key_mb = peak_mb(lambda d=docs: by_key(d))
        docs_mb = peak_mb(lambda n=count: documents(n, args.seed))
        print(f"{count:>7,} {records:>8,} {merged_s:>8.2f} {key_s:>9.3f} "
              f"{merged_s / key_s:>5.0f} {merged_mb:>9.1f} {key_mb:>10.2f} "
              f"{merged_mb / key_mb:>5.0f} {docs_mb:>8.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
