"""What would compiling wikiparse with mypyc give? Measured, in one run, against the same code
as pure Python.

    python bench/compiled.py [--mb 1] [--repeat 3] [--formats wikitext,html]

Copies ``wikiparse/`` to a temporary folder, compiles the modules of ``COMPILED`` there with
mypyc (it ships with mypy, a dev dependency; a C compiler is needed), then times ``extract``
(no format=, as a user calls it) over the test corpus of each format, the pure and the
compiled tree taking turns in fresh processes, and prints the speed-up per format and whether
the outputs are identical. Issue 19 set the bar: compile only for >= 1.5x on a full extract.
Never a test: the ratio is what to compare.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("wikitext", "plaintext", "frontmatter", "mirror", "news", "html")
# What one extraction runs, per document. Left out: models/records.py and models/linking.py (the C
# that mypyc 2.4 writes for pydantic models does not compile: "CPyModule_pydantic___main
# undeclared"), frontmatter.py (mypyc: "nested class definitions not supported", the PyYAML
# loader class made in an if), and the modules with no per-document work (cli, batch, dumps,
# dask, tables).
COMPILED = (
    "readers/wikitext/*.py",
    "values/*.py",
    "readers/rendered/*.py",
    "readers/html/*.py",
    "readers/common/*.py",
    "readers/base.py",
    "readers/detect.py",
    "readers/news.py",
    "readers/registry.py",
    "inputs/structured.py",
    "inputs/normalize.py",
    "vocab/*.py",
    "api.py",
    "assemble/*.py",
    "fields.py",
    "issues.py",
    "models/iso.py",
    "models/totals.py",
    "linking.py",
    "raw.py",
)
SOURCES = "sources.sha256"  # beside the compiled copy: the sources it was built from
SETUP = """
from setuptools import setup
from mypyc.build import mypycify
setup(name="wikiparse-compiled", packages=[], ext_modules=mypycify({files!r}, opt_level="3"))
"""
# Run in a fresh process with PYTHONPATH set to one tree: prints the best seconds of
# ``repeat`` passes (bench/throughput.py's texts and timing), a digest of the first 50
# outputs, and whether the parser is compiled.
CHILD = """
import hashlib, sys
sys.path.insert(0, {bench!r})
import throughput, wikiparse
from wikiparse.readers.wikitext import parse
texts = throughput.texts_of({fmt!r}, {mb!r})
digest = hashlib.sha256()
for text in texts[:50]:
    digest.update(wikiparse.extract(text).model_dump_json().encode())
best = throughput.best_of({repeat!r}, throughput.extract_all(texts))
print(best, digest.hexdigest(), parse.__file__.endswith(".so"))
"""


def source_digest(package: Path) -> str:
    """A digest of every module of ``package``: a kept tree built from other sources is stale."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def build(tree: Path) -> None:
    """A copy of wikiparse/ in ``tree`` with COMPILED compiled in place; SystemExit with what
    to install when mypyc or a compiler is missing."""
    if (tree / "wikiparse").exists():
        shutil.rmtree(tree / "wikiparse")
    shutil.copytree(
        ROOT / "wikiparse", tree / "wikiparse", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tree)  # mypy's settings, which mypyc type-checks with
    files = sorted(
        str(path.relative_to(tree))
        for pattern in COMPILED
        for path in (tree / "wikiparse").glob(pattern)
        if path.name != "__init__.py"
    )
    (tree / "setup.py").write_text(SETUP.format(files=files))
    command = [sys.executable, "setup.py", "build_ext", "--inplace"]
    done = subprocess.run(command, cwd=tree, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
        need = "`pip install -e '.[dev]'` (mypy), setuptools and a C compiler (apt-get install gcc)"
        raise SystemExit(f"mypyc build failed; it needs {need}:\n{tail}")
    (tree / SOURCES).write_text(source_digest(ROOT / "wikiparse"))
    print(f"compiled {len(files)} modules in {tree}")


def measure(tree: Path, fmt: str, mb: float, repeat: int) -> tuple[float, str, bool]:
    """(best seconds, digest of the outputs, compiled?) of ``tree``'s wikiparse; -P: with -c,
    the working directory would come first on sys.path, and with it the checkout's tree."""
    code = CHILD.format(bench=str(ROOT / "bench"), fmt=fmt, mb=mb, repeat=repeat)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, "-P", "-c", code], env=env, capture_output=True, text=True, check=True
    )
    seconds, digest, compiled = done.stdout.split()
    return float(seconds), digest, compiled == "True"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of text per format")
    parser.add_argument("--repeat", type=int, default=3, help="turns of each tree (best kept)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated")
    parser.add_argument(
        "--tree",
        type=Path,
        help="where the compiled copy is kept between runs (built again when the sources changed)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tree = args.tree or Path(tmp)
        built = (tree / SOURCES).read_text() if (tree / SOURCES).exists() else None
        if built != source_digest(ROOT / "wikiparse"):
            started = time.perf_counter()
            build(tree)
            print(f"(build took {time.perf_counter() - started:.0f} s)")
        print(f"{'format':<12}{'pure s':>9}{'mypyc s':>9}{'speed-up':>10}   outputs")
        for fmt in args.formats.split(","):
            pure, compiled = [], []
            for _ in range(args.repeat):  # turns: a drifting machine slows both alike
                pure.append(measure(ROOT, fmt, args.mb, 3))
                compiled.append(measure(tree, fmt, args.mb, 3))
            if pure[0][2] or not compiled[0][2]:
                raise SystemExit(f"a tree did not load what it should: {pure[0]} {compiled[0]}")
            same = "identical" if pure[0][1] == compiled[0][1] else "DIFFER"
            best_pure, best_compiled = min(p[0] for p in pure), min(c[0] for c in compiled)
            print(
                f"{fmt:<12}{best_pure:>9.3f}{best_compiled:>9.3f}"
                f"{best_pure / best_compiled:>9.2f}x   {same}"
            )


if __name__ == "__main__":
    main()
