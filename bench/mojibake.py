"""Mojibake repair: wikiparse's own (normalize.repair_mojibake) against ftfy.fix_encoding.

    pip install ftfy && python bench/mojibake.py

Every seed and corpus page is mangled the ways scrapes mangle text (UTF-8 read as Windows-1252
once and twice, one paragraph only, UTF-8 read as Latin-1); each repair must give the page
back exactly, and must leave clean pages alone. Prints what each restores, what each breaks,
and seconds per MB. Never a test: timings depend on the machine.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from wikiparse.inputs.normalize import repair_mojibake

ROOT = Path(__file__).resolve().parent.parent
FILES = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests").glob("corpus/*/*.txt"))]


def mangle(text: str, times: int = 1, codec: str = "cp1252") -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(codec, errors="replace")
    return text


def one_paragraph(text: str) -> str:
    lines = text.split("\n")
    k = len(lines) // 2
    return "\n".join([*lines[:k], mangle(lines[k]), *lines[k + 1 :]])


def main() -> None:
    try:
        import ftfy
    except ImportError:
        print("ftfy is not installed: pip install ftfy")
        return
    clean = [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in FILES]
    size = sum(len(t.encode()) for t in clean) / 1e6
    repairs: dict[str, Callable[[str], str]] = {
        "wikiparse": lambda t: repair_mojibake(t)[0],
        "ftfy": ftfy.fix_encoding,
    }
    cases: dict[str, Callable[[str], str]] = {
        "clean (must stay)": lambda t: t,
        "cp1252 once": mangle,
        "cp1252 twice": lambda t: mangle(t, 2),
        "one paragraph": one_paragraph,
        "latin-1": lambda t: mangle(t, 1, "latin-1"),
    }
    print(f"{len(clean)} pages, {size:.2f} MB; pages given back exactly, and seconds per MB")
    for name, repair in repairs.items():
        row = []
        for case, make in cases.items():
            inputs = [make(t) for t in clean]
            start = time.perf_counter()
            outputs = [unicodedata.normalize("NFC", repair(t)) for t in inputs]
            took = (time.perf_counter() - start) / size
            good = sum(o == t for o, t in zip(outputs, clean, strict=True))
            row.append(f"{case}: {good}/{len(clean)} {took:.3f}s")
        print(f"{name:10}", " | ".join(row))


if __name__ == "__main__":
    main()
