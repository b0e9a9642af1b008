"""How fast is wikiparse, against the tools a user would otherwise run, measured in one run?

    python bench/throughput.py [--mb 5] [--repeat 3]

Prints, for each input format, documents/s and MB/s over the test corpus repeated to about
--mb megabytes; the ratio of wikiparse's full wikitext parse to ``mwparserfromhell.parse``
alone on the same texts; the ratio to wtf_wikipedia's ``wtf(text).json()`` when Node and the
npm package are installed (the script installs the package with npm when it can, and prints
how when it cannot); the time share of each stage of ``extract``; and what writing the output
costs. Batch and Dask speed-ups: bench/scale.py; what compiling with mypyc would give:
bench/compiled.py. Never a test: the ratios are what to compare.

The three wikitext parsers take turns, pass after pass (wtf_wikipedia in one long-lived Node
process, so its JIT is warm as in real use), and each keeps its best pass: a shared machine
whose speed drifts over seconds slows all three alike.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import mwparserfromhell

import wikiparse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SEEDS = ROOT / "seeds"
FORMATS = ("wikitext", "plaintext", "frontmatter", "mirror", "news", "html")
# Reads the texts (one JSON line), then times one pass over them per "go" line it is sent.
WTF_SCRIPT = """
const wtf = require('wtf_wikipedia');
const lines = require('readline').createInterface({input: process.stdin});
let texts = null;
lines.on('line', (line) => {
  if (texts === null) { texts = JSON.parse(line); console.log('ready'); return; }
  const t0 = process.hrtime.bigint();
  for (const t of texts) wtf(t).json();
  console.log(Number(process.hrtime.bigint() - t0) / 1e9);
});
"""


def texts_of(fmt: str, megabytes: float) -> list[str]:
    """The corpus files (and seeds) of one format, repeated to about ``megabytes``."""
    paths = sorted((CORPUS / fmt).glob("*.txt")) + sorted((CORPUS / fmt).glob("*.html"))
    paths += [
        p for p in sorted(SEEDS.glob("*.txt")) if wikiparse.extract(p.read_bytes()).format == fmt
    ]
    base = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(len(t.encode()) for t in base)
    return base * max(1, round(megabytes * 1e6 / size))


def extract_all(texts: list[str]) -> Callable[[], object]:
    """Extraction as a user calls it: no format=, so detection is part of the time."""
    return lambda: [wikiparse.extract(t) for t in texts]


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def best_of(repeat: int, work: Callable[[], object]) -> float:
    return min(seconds(work) for _ in range(repeat))


def wtf_session(texts: list[str]) -> subprocess.Popen[str] | None:
    """A Node process holding ``texts`` and timing wtf_wikipedia on request; None without
    Node or the package."""
    node = shutil.which("node")
    if node is None:
        return None
    env = {**os.environ, "NODE_PATH": str(ROOT / "bench" / "node_modules")}
    check = subprocess.run(
        [node, "-e", "require.resolve('wtf_wikipedia')"], env=env, capture_output=True
    )
    npm = shutil.which("npm")
    if check.returncode != 0 and npm is not None:  # install it once beside this script
        install = [npm, "install", "--no-audit", "--no-fund", "wtf_wikipedia"]
        subprocess.run(install, cwd=ROOT / "bench", capture_output=True, check=False)
        check = subprocess.run(
            [node, "-e", "require.resolve('wtf_wikipedia')"], env=env, capture_output=True
        )
    if check.returncode != 0:
        return None
    session = subprocess.Popen([node, "-e", WTF_SCRIPT], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    assert session.stdin is not None and session.stdout is not None
    session.stdin.write(json.dumps(texts) + "\n")
    session.stdin.flush()
    session.stdout.readline()  # "ready"
    return session


def wtf_pass(session: subprocess.Popen[str]) -> float:
    assert session.stdin is not None and session.stdout is not None
    session.stdin.write("go\n")
    session.stdin.flush()
    return float(session.stdout.readline())


def compare_wikitext(texts: list[str], repeat: int) -> tuple[float, float, float | None]:
    """Best seconds of wikiparse.extract, mwparserfromhell.parse and wtf(text).json() on
    ``texts``, the three taking turns pass after pass."""
    session = wtf_session(texts)
    ours, base, wtf = [], [], []
    for _ in range(repeat):
        ours.append(seconds(extract_all(texts)))
        base.append(seconds(lambda: [mwparserfromhell.parse(t) for t in texts]))
        if session is not None:
            wtf.append(wtf_pass(session))
    if session is not None:
        assert session.stdin is not None
        session.stdin.close()
        session.wait()
    return min(ours), min(base), min(wtf) if wtf else None


def stage_shares(texts: list[str]) -> dict[str, float]:
    """The share of each stage of ``extract`` (as a user calls it, detection included) in the
    time of all of them, over ``texts``: normalize, detect, read, assemble (judge, language and
    the value parsers included)."""
    from wikiparse import api  # the pipeline's own steps, timed one by one

    spent = dict.fromkeys(("normalize", "detect", "read", "assemble"), 0.0)
    for data in texts:
        t0 = time.perf_counter()
        text, _ = api.prepare(data, "bench", api.DEFAULT_MAX_CHARS)
        t1 = time.perf_counter()
        spec = api._detect(text, "bench", "")
        t2 = time.perf_counter()
        raw = spec.read(text, "bench")
        t3 = time.perf_counter()
        api.guess_language(text)
        if isinstance(raw, api.RawReport):
            api.assemble_report(raw)
        else:
            api.judge(raw, "bench", "")
            api.assemble(raw)
        t4 = time.perf_counter()
        for stage, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[stage] += took
    total = sum(spent.values())
    return {stage: took / total for stage, took in spent.items()}


def output_seconds(texts: list[str], repeat: int) -> tuple[float, float, float]:
    """Best seconds to write the same extracted documents as JSON Lines (what ``batch`` writes
    by default) and as the Parquet / CSV tables (``batch --format parquet|csv``), the way batch
    does: a worker's serialization of each document (its JSON line, or its table rows), then
    the parent's writing, both in this process."""
    from wikiparse.batch.outcomes import Summary
    from wikiparse.batch.table_sink import TableSink
    from wikiparse.batch.work import _outcome

    docs = [wikiparse.extract(t, format="wikitext") for t in texts]

    def jsonl(folder: Path) -> None:
        with open(folder / "out.jsonl", "wb") as out:
            for n, doc in enumerate(docs):
                out.write((_outcome(str(n), lambda doc=doc: doc).line or b"") + b"\n")

    def tables(folder: Path, fmt: str) -> None:
        sink = TableSink(folder / fmt, fmt, folder / f"{fmt}.errors.jsonl")
        for n, doc in enumerate(docs):
            sink.write(_outcome(str(n), lambda doc=doc: doc, tables=True))
        sink.finish(Summary())

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return (
            best_of(repeat, functools.partial(jsonl, folder)),
            best_of(repeat, functools.partial(tables, folder, "parquet")),
            best_of(repeat, functools.partial(tables, folder, "csv")),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text per format")
    parser.add_argument("--repeat", type=int, default=5, help="timings per measure (best kept)")
    args = parser.parse_args()
    print(f"{'format':<12}{'docs':>7}{'MB':>7}{'docs/s':>10}{'MB/s':>8}   time share of each stage")
    for fmt in FORMATS:
        texts = texts_of(fmt, args.mb)
        size = sum(len(t.encode()) for t in texts) / 1e6
        took = best_of(args.repeat, extract_all(texts))
        shares = "  ".join(f"{k} {v:.0%}" for k, v in stage_shares(texts).items())
        print(f"{fmt:<12}{len(texts):>7}{size:>7.2f}{len(texts) / took:>10.1f}{size / took:>8.2f}"
              f"   {shares}")  # fmt: skip
    wikitext = texts_of("wikitext", args.mb)
    ours, base, wtf = compare_wikitext(wikitext, args.repeat)
    print(f"\nwikitext: wikiparse.extract / mwparserfromhell.parse = {ours / base:.2f}x "
          f"({ours:.2f} s vs {base:.2f} s, best of {args.repeat} turns each)")  # fmt: skip
    if wtf is None:
        print("wikitext: wtf_wikipedia not found and npm could not install it; to compare, "
              "install Node.js and npm, then `cd bench && npm install wtf_wikipedia`")  # fmt: skip
    else:
        print(f"wikitext: wikiparse.extract / wtf(text).json() = {ours / wtf:.2f}x "
              f"({ours:.2f} s vs {wtf:.2f} s)")  # fmt: skip
    jsonl, parquet, csv = output_seconds(wikitext, args.repeat)
    print(f"output of {len(wikitext)} documents: JSON Lines {jsonl:.2f} s, Parquet tables "
          f"{parquet:.2f} s ({parquet / jsonl:.2f}x), CSV tables {csv:.2f} s "
          f"({csv / jsonl:.2f}x)")  # fmt: skip
    print("batch on 1 and 2 processes, and Dask: python bench/scale.py")


if __name__ == "__main__":
    main()
