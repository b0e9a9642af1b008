"""Every reader has its tests beside its name: ``wikiparse/readers/<name>`` (a module or a
package) -> ``tests/readers/test_<name>.py``, and one of its ``test_<name>*.py`` files reads
through the reader itself (the registry's ``read`` or the reader's modules), not only through
``extract``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ..conftest import ROOT

READERS = ROOT / "wikiparse" / "readers"
HERE = Path(__file__).resolve().parent
# The registry's plumbing, tested with detection and the layout rules: not readers.
NOT_READERS = frozenset({"base", "detect", "registry"})


def reader_names() -> list[str]:
    modules = [p.stem for p in READERS.glob("*.py") if p.stem != "__init__"]
    packages = [p.name for p in READERS.iterdir() if (p / "__init__.py").exists()]
    return sorted(set(modules + packages) - NOT_READERS)


def test_the_readers_are_found() -> None:
    assert {"html", "wikitext", "rendered", "frontmatter", "news", "common"} <= set(reader_names())


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("name", reader_names())
def test_reader_has_its_test_file_reading_it(name: str) -> None:
    assert (HERE / f"test_{name}.py").exists(), (
        f"wikiparse/readers/{name} has no tests/readers/test_{name}.py"
    )
    files = sorted(HERE.glob(f"test_{name}*.py"))
    reading = [p.name for p in files if any(m.startswith("wikiparse.readers") for m in imports(p))]
    assert reading, f"no test_{name}*.py imports the reader (wikiparse.readers…)"
