"""The html reader's news body finder against trafilatura, on the corpus news pages.

    pip install trafilatura && python bench/news_bodies.py

For each page: paragraphs and characters found by each, how much of trafilatura's text ours
holds (recall) and how much of ours trafilatura holds (precision), compared as sets of word
5-grams, and the time of each (best of 5). trafilatura is not a dependency: it is the bar.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from wikiparse.readers.html.news import body
from wikiparse.readers.html.tree import parse

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "corpus" / "html").glob("news-*.html")) + sorted(
    (ROOT / "tests" / "negative").glob("news-*.html")
)


def grams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def ours(text: str) -> list[str]:
    root, _ = parse(text)
    return body(root)


def main() -> None:
    try:
        import trafilatura
    except ImportError:
        sys.exit("install trafilatura to compare: pip install trafilatura")
    print(f"{'page':44} {'ours':>10} {'trafil.':>10} {'recall':>7} {'prec.':>6} {'ms':>11}")
    for path in PAGES:
        text = path.read_text(encoding="utf-8", errors="replace")
        mine = ours(text)
        theirs = [p for p in (trafilatura.extract(text) or "").split("\n") if p.strip()]
        a, b = grams(" ".join(mine)), grams(" ".join(theirs))
        recall = len(a & b) / len(b) if b else 1.0
        precision = len(a & b) / len(a) if a else 1.0
        t_ours = best(lambda text=text: ours(text)) * 1000
        t_them = best(lambda text=text: trafilatura.extract(text)) * 1000
        counts = f"{len(mine):3}p {sum(map(len, mine)):5}c"
        theirs_counts = f"{len(theirs):3}p {sum(map(len, theirs)):5}c"
        print(
            f"{path.stem[:44]:44} {counts:>10} {theirs_counts:>10} {recall:7.2f} "
            f"{precision:6.2f} {t_ours:5.1f}/{t_them:5.1f}"
        )


if __name__ == "__main__":
    main()
