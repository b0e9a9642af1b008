"""How far does wikiparse scale on this machine's cores: batch and Dask, wall and CPU time.

    python bench/scale.py [--mb 40] [--pages 1000] [--repeat 3]

1. ``wikiparse batch`` over ``--mb`` megabytes of mixed files (every format of the test corpus
   and the seeds, copied until the folder is that large), with ``-j 1`` and ``-j 2``: wall
   time, the CPU time of all processes, and the CPU time of the parent alone (which should
   only write lines in order and checkpoint).
2. A multistream dump of ``--pages`` corpus articles, through ``batch -j 1``, ``batch -j 2``
   and ``wikiparse.dask.read_records`` on a dask.distributed LocalCluster of 2 worker
   processes (cluster start-up not counted): pages per second, and per core.
3. A dump laid out like Wikipedia's: ``--mix-pages`` pages of which ``--share`` use the
   conflict infobox (corpus articles; the others are the corpus's other texts), through
   ``batch -j 1`` and ``-j 2``, against its floors measured in this process
   (bench/dump_costs.py): bz2 decompression alone, and decompression + XML of every page +
   the page-by-page prefilter; the byte-level prefilter against that old path; bz2 against
   indexed_bzip2 with 1 and 2 threads; and, on the corpus articles, the infobox-only mode
   against the full extraction and against mwparserfromhell + finding the infobox.

``--parts`` picks some of them (files, articles, dask, mix).

The runs take turns and the best of ``--repeat`` is kept; never a test (timings depend on the
machine). Run from a checkout: the dump is built with tests/dumpmaker.py.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.dumpmaker

from bench import dump_costs  # noqa: E402
from tests import dumpmaker  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
# Runs one batch in a child and reports its own CPU time and its workers' (waited for).
DRIVER = """
import json, resource, sys, time
from wikiparse.cli.app import main
start = time.perf_counter()
main(sys.argv[1:])
wall = time.perf_counter() - start
own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"wall": wall, "parent": own.ru_utime + own.ru_stime,
                  "workers": kids.ru_utime + kids.ru_stime}), file=sys.stderr)
"""


def mixed_folder(folder: Path, megabytes: float) -> tuple[int, float]:
    """Corpus files of every format, copied under new names until ``megabytes``."""
    sources = [p for p in sorted(CORPUS.rglob("*")) if p.suffix in (".txt", ".html")]
    sources += sorted((ROOT / "seeds").glob("*.txt"))
    size = count = 0
    while size < megabytes * 1e6:
        for path in sources:
            shutil.copyfile(path, folder / f"{count:06d}{path.suffix}")
            size += path.stat().st_size
            count += 1
    return count, size / 1e6


def batch_run(inputs: list[str], jobs: int, out: Path) -> dict[str, float]:
    command = [sys.executable, "-c", DRIVER, "batch", *inputs, "-o", str(out), "-j", str(jobs)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stderr.strip().splitlines()[-1])
    return result


def best_batches(inputs: list[str], out: Path, repeat: int) -> dict[int, dict[str, float]]:
    best: dict[int, dict[str, float]] = {}
    for _ in range(repeat):
        for jobs in (1, 2):
            run = batch_run(inputs, jobs, out)
            if jobs not in best or run["wall"] < best[jobs]["wall"]:
                best[jobs] = run
    return best


def dask_seconds(dump: Path, repeat: int) -> float:
    from dask.distributed import Client, LocalCluster

    import wikiparse.dask

    best = float("inf")
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster),
    ):
        for _ in range(repeat):
            start = time.perf_counter()
            wikiparse.dask.read_records(dump).count().compute()
            best = min(best, time.perf_counter() - start)
    return best


def describe(jobs: int, run: dict[str, float]) -> str:
    cpu = run["parent"] + run["workers"]
    return (
        f"-j {jobs}: {run['wall']:.2f} s wall, {cpu:.2f} s CPU in all "
        f"(parent {run['parent']:.2f} s)"
    )


def files_part(tmp: Path, args: argparse.Namespace) -> None:
    folder = tmp / "in"
    folder.mkdir()
    files, size = mixed_folder(folder, args.mb)
    runs = best_batches([str(folder)], tmp / "out.jsonl", args.repeat)
    print(f"batch of {files} mixed files, {size:.1f} MB")
    for jobs, run in runs.items():
        print(f"  {describe(jobs, run)}")
    cpu = {jobs: run["parent"] + run["workers"] for jobs, run in runs.items()}
    print(
        f"  speed-up -j 2 / -j 1: {runs[1]['wall'] / runs[2]['wall']:.2f}x wall; "
        f"CPU in all {cpu[2] / cpu[1]:.2f}x"
    )
    shutil.rmtree(folder)


def articles_part(tmp: Path, args: argparse.Namespace, parts: set[str]) -> None:
    articles = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "wikitext").glob("*.txt"))]
    pages = [(i + 1, f"Page {i}", articles[i % len(articles)]) for i in range(args.pages)]
    folder = tmp / "articles"
    folder.mkdir()
    dump, _ = dumpmaker.multistream(folder, pages)
    mb = sum(len(text.encode()) for _, _, text in pages) / 1e6
    print(f"multistream dump of {args.pages} articles ({mb:.1f} MB of wikitext)")
    if "articles" in parts:
        runs = best_batches([str(dump)], tmp / "dump.jsonl", args.repeat)
        for jobs, run in runs.items():
            rate = args.pages / run["wall"]
            print(f"  batch {describe(jobs, run)}; {rate:.0f} pages/s, {rate / jobs:.0f} per core")
    if "dask" in parts:
        took = dask_seconds(dump, args.repeat)
        rate = args.pages / took
        print(
            f"  dask.distributed LocalCluster, 2 worker processes: {took:.2f} s; "
            f"{rate:.0f} pages/s, {rate / 2:.0f} per core"
        )


def mix_part(tmp: Path, args: argparse.Namespace) -> None:
    """A dump where few pages use the infobox, as Wikipedia's: batch against its floors."""
    articles = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "wikitext").glob("*.txt"))]
    others = [
        p.read_text(encoding="utf-8")
        for p in sorted(CORPUS.rglob("*"))
        if p.is_file() and p.suffix in (".txt", ".html") and p.parent.name != "wikitext"
    ]
    every = max(1, round(1 / args.share))
    pages = [
        (
            i + 1,
            f"Page {i}",
            articles[i // every % len(articles)] if i % every == 0 else others[i % len(others)],
        )
        for i in range(args.mix_pages)
    ]
    folder = tmp / "mix"
    folder.mkdir()
    dump, index = dumpmaker.multistream(folder, pages)
    mb = sum(len(text.encode()) for _, _, text in pages) / 1e6
    conflicts = sum(1 for i in range(args.mix_pages) if i % every == 0)
    print(
        f"multistream dump of {args.mix_pages} pages, {conflicts} with the infobox "
        f"({mb:.1f} MB of text, {dump.stat().st_size / 1e6:.1f} MB compressed)"
    )
    runs = best_batches([str(dump)], tmp / "mix.jsonl", args.repeat)
    for jobs, run in runs.items():
        print(f"  batch {describe(jobs, run)}")
    cpu = {jobs: run["parent"] + run["workers"] for jobs, run in runs.items()}
    print(
        f"  -j 2 / -j 1: {runs[1]['wall'] / runs[2]['wall']:.2f}x wall, "
        f"{cpu[2] / cpu[1]:.2f}x CPU in all"
    )
    cost = dump_costs.floors(dump, index, args.repeat)
    print(
        f"  batch -j 1 CPU / floors: {cpu[1] / cost['decompress']:.2f}x decompression alone, "
        f"{cpu[1] / cost['old']:.2f}x decompression + XML of every page"
    )
    dump_costs.report(dump, index, articles, args.repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=40.0, help="megabytes of mixed files")
    parser.add_argument("--pages", type=int, default=1000, help="articles in the dump")
    parser.add_argument("--mix-pages", type=int, default=4000, help="pages in the mixed dump")
    parser.add_argument("--share", type=float, default=0.015, help="of them, with the infobox")
    parser.add_argument("--repeat", type=int, default=3, help="timings per measure (best kept)")
    parser.add_argument("--parts", default="files,articles,dask,mix", help="what to measure")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    print(f"{os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        if "files" in parts:
            files_part(Path(tmp), args)
        if parts & {"articles", "dask"}:
            articles_part(Path(tmp), args, parts)
        if "mix" in parts:
            mix_part(Path(tmp), args)


if __name__ == "__main__":
    main()
