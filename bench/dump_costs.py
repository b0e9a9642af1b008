"""Where a dump job's CPU goes, and what the infobox-only mode costs: the in-process measures of
bench/scale.py (run that; this module holds its parts).

- ``floors``: over every stream of a dump, CPU time of bz2 decompression alone, of
  decompression + XML parsing of every page + the page-by-page prefilter (the old path), and of
  the byte-level prefilter (``batch.prefilter``: decompression, expat check, XML of candidates).
- ``decompressors``: the standard library's bz2 against indexed_bzip2 (parallel bz2 decoding)
  with 1 and 2 threads on the whole multistream file, wall and CPU, output compared.
- ``infobox_costs``: per corpus article, ``extract`` (full), ``extract(sections=False)``, and
  what a user who wants only the infobox writes with mwparserfromhell: parse, find the
  template, read its parameters.

Everything is CPU time (``time.process_time``: all threads of this process), best of
``repeat`` with the contenders taking turns, so that a shared machine's drift hits all alike.
"""

from __future__ import annotations

import bz2
import time
from collections.abc import Callable
from pathlib import Path

from wikiparse import extract
from wikiparse.batch.dumps import _decompressed, iter_range, list_streams, wanted
from wikiparse.batch.prefilter import iter_candidates

Work = Callable[[], object]


def turns(works: dict[str, Work], repeat: int, clock: Callable[[], float]) -> dict[str, float]:
    """Best time of each work, the works taking turns ``repeat`` times."""
    best = dict.fromkeys(works, float("inf"))
    for _ in range(repeat):
        for name, work in works.items():
            start = clock()
            work()
            best[name] = min(best[name], clock() - start)
    return best


def floors(dump: Path, index: Path, repeat: int) -> dict[str, float]:
    streams = list_streams(dump, index)

    def raw(stream: object) -> bytes:
        with open(dump, "rb") as handle:
            handle.seek(stream.start)  # type: ignore[attr-defined]
            end = stream.end  # type: ignore[attr-defined]
            return handle.read() if end is None else handle.read(end - stream.start)  # type: ignore[attr-defined]

    def decompress() -> None:
        for stream in streams:
            for _ in _decompressed(raw(stream)):
                pass

    def old_path() -> None:
        for stream in streams:
            sum(1 for page in iter_range(stream) if wanted(page))

    def new_path() -> None:
        for stream in streams:
            sum(1 for page in iter_candidates(stream) if page is not None and wanted(page))

    works = {"decompress": decompress, "old": old_path, "new": new_path}
    return turns(works, repeat, time.process_time)


def decompressors(dump: Path, repeat: int) -> dict[str, tuple[float, float]] | None:
    """(wall, CPU) of each decompressor over the whole file; None without indexed_bzip2.
    Raises when the outputs differ."""
    try:
        import indexed_bzip2
    except ImportError:
        return None
    with bz2.open(dump) as whole:
        expected = whole.read()

    def stdlib() -> bytes:
        with bz2.open(dump) as handle:
            return handle.read()

    def parallel(threads: int) -> Callable[[], bytes]:
        def read() -> bytes:
            with indexed_bzip2.open(str(dump), parallelization=threads) as handle:
                return bytes(handle.read())

        return read

    works: dict[str, Callable[[], bytes]] = {
        "bz2": stdlib,
        "ibz2 x1": parallel(1),
        "ibz2 x2": parallel(2),
    }
    for name, work in works.items():
        if work() != expected:
            raise AssertionError(f"{name} decompresses {dump} differently")
    walls = turns(dict(works), repeat, time.perf_counter)
    cpus = turns(dict(works), repeat, time.process_time)
    return {name: (walls[name], cpus[name]) for name in works}


def infobox_costs(texts: list[str], repeat: int) -> dict[str, float]:
    import mwparserfromhell

    def infobox_by_mwparserfromhell(text: str) -> dict[str, str]:
        code = mwparserfromhell.parse(text)
        for template in code.filter_templates():
            if template.name.matches("Infobox military conflict"):
                return {str(p.name).strip(): str(p.value).strip() for p in template.params}
        return {}

    works: dict[str, Work] = {
        "full": lambda: [extract(t, format="wikitext") for t in texts],
        "infobox only": lambda: [extract(t, format="wikitext", sections=False) for t in texts],
        "mwparserfromhell": lambda: [infobox_by_mwparserfromhell(t) for t in texts],
    }
    return turns(works, repeat, time.process_time)


def report(dump: Path, index: Path, articles: list[str], repeat: int) -> None:
    """Print the three measures as ratios of one run."""
    cost = floors(dump, index, repeat)
    unpack = cost["decompress"]
    print(
        f"  CPU in-process: decompression {unpack:.2f} s; + XML of every page + prefilter "
        f"(old path) {cost['old']:.2f} s; byte-level prefilter (new) "
        f"{cost['new']:.2f} s"
    )
    old, new = cost["old"] - unpack, cost["new"] - unpack
    print(
        f"  XML + prefilter beyond decompression: {old:.2f} s -> {new:.2f} s "
        f"({new / old:.2f}x); whole floor {cost['new'] / cost['old']:.2f}x"
    )
    trial = decompressors(dump, repeat)
    if trial is None:
        print("  decompressor trial: pip install indexed_bzip2 to run it")
    else:
        base_wall, base_cpu = trial["bz2"]
        for name, (wall, cpu) in trial.items():
            print(
                f"  {name}: {wall:.2f} s wall ({base_wall / wall:.2f}x bz2), {cpu:.2f} s CPU "
                f"({cpu / base_cpu:.2f}x bz2); output identical"
            )
    costs = infobox_costs(articles, repeat)
    mw = costs["mwparserfromhell"]
    print(
        f"  {len(articles)} corpus articles, CPU: full extract {costs['full']:.3f} s "
        f"({costs['full'] / mw:.2f}x mwparserfromhell+infobox lookup), infobox only "
        f"{costs['infobox only']:.3f} s ({costs['infobox only'] / mw:.2f}x; "
        f"{costs['infobox only'] / costs['full']:.2f}x full), "
        f"mwparserfromhell {mw:.3f} s"
    )
