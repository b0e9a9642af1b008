"""Is wikiparse linear in its input? Seconds per MB for hostile inputs of growing size.

    python bench/adversarial.py [--sizes 10k,100k,1m,10m] [--only NAME]

For each kind of input (runs of "{{", runs of "[[", deep template nesting, one huge line, 10⁵
citation markers, a real-looking article repeated to size) it times ``wikiparse.extract`` at
each size and prints seconds/MB: a flat column means linear time; a column that grows with
size means super-linear work somewhere. Never a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import wikiparse
from wikiparse.errors import WikiparseError

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "tests" / "corpus" / "wikitext" / "battle-of-ayacucho.txt").read_text("utf-8")
PLAIN = (ROOT / "seeds" / "000_0b446f8746b756ae.txt").read_text("utf-8")
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def nested(size: int) -> str:
    """Templates inside templates, as deep as the size allows ("{{a|{{a|…}}}}")."""
    depth = size // 8
    return "{{a|" * depth + "x" + "}}" * depth


def article(size: int) -> str:
    """A real article with its sections repeated until the page has ``size`` characters."""
    body = ARTICLE.split("}}\n", 1)[1] if "}}\n" in ARTICLE else ARTICLE
    head = ARTICLE[: len(ARTICLE) - len(body)]
    return head + repeat(body, max(0, size - len(head)))


KINDS: dict[str, Callable[[int], str]] = {
    "open braces {{": lambda n: repeat("{{", n),
    "open links [[": lambda n: repeat("[[", n),
    "deep nesting": nested,
    "one huge line": lambda n: repeat("Flag of Syria.svg Syrian Arab Republic [1] ", n),
    "citation markers": lambda n: repeat("word[12] ", n),
    "scraped page": lambda n: PLAIN[:2000] + repeat(PLAIN[2000:], n),
    "wikitext article": article,
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(WikiparseError):
        wikiparse.extract(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m,10m", help="comma list of 10k,100k,1m,10m")
    parser.add_argument("--only", help="run only the kinds whose name contains this")
    args = parser.parse_args()
    sizes = [SIZES[s] for s in args.sizes.split(",")]
    labels = [f"{s // 1000}k" if s < 10**6 else f"{s // 10**6}M" for s in sizes]
    print(f"{'input':<20}" + "".join(f"{label:>12}" for label in labels) + "   (seconds per MB)")
    for name, make in KINDS.items():
        if args.only and args.only not in name:
            continue
        row = []
        for size in sizes:
            text = make(size)
            row.append(seconds(text) / (len(text.encode("utf-8")) / 1e6))
        print(f"{name:<20}" + "".join(f"{r:>12.3f}" for r in row), flush=True)


if __name__ == "__main__":
    main()
