"""Which HTML parser the html reader uses: parse time per MB, peak memory and tolerance of
broken markup, measured on the corpus HTML pages in one run (issue 15).

    python bench/html_parsers.py [CORPUS_DIR ...]

Each parser parses every page (best of 5); memory is the peak traced by tracemalloc while one
page is parsed, as a multiple of its size (lxml and lexbor allocate in C: tracemalloc does not
see it, so the resident-set growth of a child process is printed too). Tolerance: does the
parser still find the side cells after ``colspan=""2""`` (InfoTabs' broken quoting)?
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIRS = [HERE.parent / "tests" / "corpus" / "html", HERE.parent / "tests" / "negative"]
REPEAT = 40  # copies of the largest page parsed as one document for the memory figure
BROKEN = (
    '<table><tr><th colspan=""2"">Belligerents</th></tr>'
    '<tr><td style=""width:50%"">France</td><td>Prussia</td></tr></table>'
)


def _lxml(text: str) -> object:
    import lxml.html

    return lxml.html.document_fromstring(text)


def _lexbor(text: str) -> object:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(text)


def _html5lib(text: str) -> object:
    import html5lib

    return html5lib.parse(text, treebuilder="etree")


def _stdlib(text: str) -> object:
    from html.parser import HTMLParser

    parser = HTMLParser()
    parser.feed(text)
    parser.close()
    return parser


PARSERS: dict[str, Callable[[str], object]] = {
    "lxml": _lxml,
    "selectolax (lexbor)": _lexbor,
    "html5lib": _html5lib,
    "html.parser (tokens only)": _stdlib,
}


def _cells_after_broken(name: str) -> str:
    if name.startswith("lxml"):
        import lxml.html

        tree = lxml.html.fromstring(BROKEN)
        return str(len(tree.xpath("//td")))
    if name.startswith("selectolax"):
        from selectolax.lexbor import LexborHTMLParser

        return str(len(LexborHTMLParser(BROKEN).css("td")))
    if name == "html5lib":
        import html5lib

        tree = html5lib.parse(BROKEN, treebuilder="etree", namespaceHTMLElements=False)
        return str(len(tree.findall(".//td")))
    return "n/a"


def _rss_growth(name: str, path: Path) -> float:
    """Peak resident growth (KiB) of a child parsing REPEAT copies of one page in one document."""
    code = (
        f"import resource,sys;sys.path.insert(0,{str(HERE)!r});import html_parsers as h;"
        f"t=open({str(path)!r},encoding='utf-8',errors='replace').read()*{REPEAT};"
        f"b=resource.getrusage(0).ru_maxrss;"
        f"h.PARSERS[{name!r}](t);print(resource.getrusage(0).ru_maxrss-b)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main(argv: list[str]) -> None:
    dirs = [Path(a) for a in argv] or DEFAULT_DIRS
    pages = [p for d in dirs for p in sorted(d.glob("*.html"))]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    size = sum(len(t.encode()) for t in texts) / 1e6
    largest = max(pages, key=lambda p: p.stat().st_size)
    mb = largest.stat().st_size * REPEAT / 1e6
    print(f"{len(pages)} pages, {size:.2f} MB; memory: {REPEAT}x {largest.name} ({mb:.1f} MB)")
    print(f"{'parser':28} {'s/MB':>8} {'RSS MB':>8} {'cells after broken quotes':>26}")
    for name, parse in PARSERS.items():
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for text in texts:
                parse(text)
            best = min(best, time.perf_counter() - start)
        rss = _rss_growth(name, largest)
        print(f"{name:28} {best / size:8.4f} {rss / 1024:8.1f} {_cells_after_broken(name):>26}")


if __name__ == "__main__":
    main(sys.argv[1:])
