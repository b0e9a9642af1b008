"""How fast is a full wikitext parse, against mwparserfromhell.parse alone on the same texts?

    python bench/throughput.py [--repeat N]

Prints documents/s and MB/s for wikiparse.extract on the wikitext corpus, and the ratio of its
time to mwparserfromhell.parse (the tree only) measured in the same run. Never a test: timings
depend on the machine; the ratio is what to compare between versions.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import mwparserfromhell

import wikiparse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "wikitext"


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timings per measure (best kept)")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    size_mb = sum(len(t.encode()) for t in texts) / 1e6

    def baseline() -> None:
        for text in texts:
            mwparserfromhell.parse(text)

    def full() -> None:
        for text in texts:
            wikiparse.extract(text, format="wikitext")

    base, ours = best_of(args.repeat, baseline), best_of(args.repeat, full)
    print(f"corpus: {len(texts)} wikitext pages, {size_mb:.2f} MB")
    print(f"mwparserfromhell.parse : {len(texts) / base:8.1f} docs/s  {size_mb / base:6.2f} MB/s")
    print(f"wikiparse.extract      : {len(texts) / ours:8.1f} docs/s  {size_mb / ours:6.2f} MB/s")
    print(f"ratio wikiparse / mwparserfromhell.parse: {ours / base:.2f}x")


if __name__ == "__main__":
    main()
