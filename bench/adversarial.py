"""Is wikiparse linear in its input, in time and memory? Hostile inputs of growing size.

    python bench/adversarial.py [--sizes 100k,1m,4m] [--only NAME]

Each shape attacks one family of patterns of one reader (runs of "{{", deep nesting, nested
tables, glued citation markers, "Flag of" and a run of spaces, pipe rows, "a=a=…" table cells,
YAML aliases, a long news line…). Every run happens in a fresh child process, which reports
the seconds ``wikiparse.extract`` took and its peak memory above what the process held before
the call. Printed: seconds per MB (a flat row means linear time) and peak memory as a multiple
of the input size (the goal is under 20x for every shape). Never a test: timings depend on the
machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from wikiparse.readers.wikitext.reader import unescape_xml

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "tests" / "corpus" / "wikitext" / "battle-of-ayacucho.txt").read_text("utf-8")
PLAIN = (ROOT / "seeds" / "000_0b446f8746b756ae.txt").read_text("utf-8")
NEWS = (ROOT / "seeds" / "002_30c9be34c4bdeb2a.txt").read_text("utf-8")
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "4m": 4_000_000, "10m": 10_000_000}
BOX = "{{Infobox military conflict|conflict=Battle of X|combatant1=A|combatant2=B}}\n"
HTML_BOX = (
    ROOT / "tests" / "corpus" / "html" / "infotabs-great-northern-war-infobox.html"
).read_text("utf-8")
HTML_NEWS = (ROOT / "tests" / "corpus" / "html" / "news-telegraph-zimbabwe-coup.html").read_text(
    "utf-8"
)
HTML_HEAD = "<!DOCTYPE html><html><body>"
SIDES = '<table class="infobox"><tr><th colspan="2">Belligerents</th></tr>'
# The cell of seed 000 whose text the scrape shapes replace.
ROW = "Islamic State of Iraq and the Levant |"


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


def in_scrape_cell(unit: str) -> Callable[[int], str]:
    """Seed 000 (a pipe-row scrape) with one infobox cell grown to the size."""
    return lambda n: PLAIN.replace(ROW, "Islamic State " + repeat(unit, n) + " |", 1)


def yaml_aliases(size: int) -> str:
    """A front-matter head of anchors and aliases (each alias within the alias cap)."""
    items = ", ".join(["lol"] * 50)
    head = "".join(f"k{i}: &a{i} [{items}]\nr{i}: *a{i}\n" for i in range(size // 500))
    return f"---\ntitle: Battle of X\n{head}---\n\nThe Battle of X was fought.\n"


KINDS: dict[str, Callable[[int], str]] = {
    # wikitext parser and flattener
    "open braces {{": lambda n: repeat("{{", n),
    "open links [[": lambda n: repeat("[[", n),
    "deep nesting": nested,
    "nested tables": lambda n: BOX + repeat("{|\n|", n),
    "table cells a=a=": lambda n: BOX + "{|\n|" + repeat("a=", n) + "\n|}\n",
    "unclosed refs": lambda n: BOX + repeat("<ref>x ", n),
    "wikitext article": article,  # XML-escaped, as the corpus copy was found
    "wikitext article, raw": lambda n: unescape_xml(article(n)),  # as the API gives it
    # scrape readers (plaintext, mirror)
    "one huge line": lambda n: repeat("Flag of Syria.svg Syrian Arab Republic [1] ", n),
    "citation markers": lambda n: repeat("word[12] ", n),
    "glued [1] in a cell": in_scrape_cell("[1]"),
    "'Flag of' + spaces": lambda n: in_scrape_cell(" ")(n).replace("Islamic State ", "Flag of", 1),
    "pipe rows": lambda n: PLAIN + repeat("Belligerents | |||\n", n),
    "scraped page": lambda n: PLAIN[:2000] + repeat(PLAIN[2000:], n),
    # front matter and news
    "yaml aliases": yaml_aliases,
    "news, one long line": lambda n: NEWS + "\n" + repeat("BEIRUT: said told AFP ", n),
    # the round-2 attack (issue 32): a list entry, a claim or a YAML value per few bytes
    "news, a toll per 11 B": lambda n: (
        "By AFP\n\nBEIRUT: The toll rose to " + repeat("12 killed, ", n) + " the Syrian "
        "Observatory for Human Rights said."
    ),
    "scrape, flag lines": lambda n: PLAIN.replace(ROW, repeat("Flag of Syria.svg Syria\n", n), 1),
    "yaml anchors": lambda n: (
        "---\ntitle: Battle of X\n"
        + "".join(f"k{i}: &a{i} v{i}\n" for i in range(n // 16))
        + "---\n# Battle of X\n\nThe battle was fought.\n"
    ),
    "named references": lambda n: (
        BOX
        + "".join(
            f'<ref name="r{i}">{{{{cite web|title=R{i}|url=http://e.org/{i}}}}}</ref>'
            f'<ref name="r{i}"/>'
            for i in range(n // 80)
        )
    ),
    # html reader
    "html nested tables": lambda n: HTML_HEAD + SIDES + repeat("<tr><td><table><tr><td>A", n),
    "html unclosed tags": lambda n: HTML_HEAD + repeat("<div><span><b><p>x<li>", n),
    "html huge attribute": lambda n: (
        HTML_HEAD + SIDES + '<tr><td title="' + repeat("a", n) + '">A</td><td>B</td></tr></table>'
    ),
    "html attributes": lambda n: HTML_HEAD + "<div " + repeat("a='1' ", n) + "></div>",
    "html infobox rows": lambda n: (
        HTML_HEAD
        + SIDES
        + repeat(
            '<tr><td>A<br><span class="flagicon"><img src="23px-Flag_of_X.svg.png"></span>B'
            '<sup class="reference"><a href="#cite_note-1">[1]</a></sup></td><td>C</td></tr>',
            n,
        )
    ),
    "html infobox page": lambda n: HTML_HEAD + HTML_BOX + repeat("<p>Text of the article.</p>", n),
    "html news page": lambda n: HTML_NEWS.replace("</body>", repeat("<p>More text said.</p>", n)),
}

# The child: build the input, measure peak RSS around one extract call.
CHILD = """
import contextlib, json, resource, sys, time
sys.path.insert(0, {here!r})
import adversarial as a
import wikiparse
from wikiparse.errors import WikiparseError
text = a.KINDS[{kind!r}]({size})
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
with contextlib.suppress(WikiparseError):
    wikiparse.extract(text)
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": took, "peak": (peak - before) * 1024, "bytes": len(text.encode())}}))
"""


def measure(kind: str, size: int) -> dict[str, float]:
    code = CHILD.format(here=str(Path(__file__).resolve().parent), kind=kind, size=size)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=900
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m,4m", help="comma list of " + ",".join(SIZES))
    parser.add_argument("--only", help="run only the kinds whose name contains this")
    args = parser.parse_args()
    sizes = [SIZES[s] for s in args.sizes.split(",")]
    labels = [f"{s // 1000}k" if s < 10**6 else f"{s // 10**6}M" for s in sizes]
    cells = "".join(f"{label + ' s/MB':>11}{'mem':>6}" for label in labels)
    print(f"{'input':<22}{cells}   (seconds per MB; peak memory / input size)")
    for name in KINDS:
        if args.only and args.only not in name:
            continue
        row = ""
        for size in sizes:
            m = measure(name, size)
            row += f"{m['seconds'] / (m['bytes'] / 1e6):>11.3f}{m['peak'] / m['bytes']:>5.1f}x"
        print(f"{name:<22}{row}", flush=True)


if __name__ == "__main__":
    main()
