"""The house rules, checked on the source: one registry of formats, one home for infobox
knowledge, imports that run one way, modules and functions of a readable size."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest

import wikiparse
from tests.conftest import CORPUS, ROOT
from wikiparse import fields, issues
from wikiparse.batch.dumps import mentions_infobox
from wikiparse.cli.app import _parser
from wikiparse.models import FormatName
from wikiparse.readers import FORMATS, REGISTRY
from wikiparse.vocab.lang import LANGUAGES

PACKAGE = ROOT / "wikiparse"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 40


def modules() -> Iterator[tuple[str, Path, ast.Module]]:
    """(dotted name, path, tree) of every module of the package."""
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path, ast.parse(path.read_text(encoding="utf-8"))


# --- one registry ---------------------------------------------------------------------------------


def test_format_names_come_from_the_registry() -> None:
    assert set(get_args(FormatName)) == set(FORMATS)
    assert len(set(FORMATS)) == len(FORMATS)
    dump = next(
        action
        for action in _parser()._subparsers._group_actions[0].choices["dump"]._actions  # type: ignore[union-attr]
        if action.dest == "source_format"
    )
    assert tuple(dump.choices) == FORMATS


def test_docs_describe_each_registered_format() -> None:
    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    headings = [line[3:].strip() for line in text.splitlines() if line.startswith("## ")]
    described = [h for h in headings if h in FORMATS or h.islower()]
    assert sorted(described) == sorted(FORMATS)


def test_each_reader_reads_what_it_declares() -> None:
    for fmt in REGISTRY:
        assert fmt.signals, f"{fmt.name} declares no detection signal"
        assert fmt.summary and "\n" not in fmt.summary


# --- the dump prefilter agrees with the reader --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "used"),
    [
        ("{{Infobox conflict\n| conflict = Battle of X\n}}", True),  # parse reads it
        ("{{Infobox civil conflict|title=Riots of X}}", True),
        ("{{infobox_military_conflict|conflict=X}}", True),
        ("{{ Template:Infobox Military Conflict | conflict=X}}", True),
        ("{{#invoke:Infobox military conflict|main|conflict=X}}", True),
        ("{{Warbox|conflict=X}}", True),
        ("{{Infobox war<!-- old name -->|conflict=X}}", True),
        ("{{Infobox Napoleonic battle|combatant1=France|combatant2=Austria}}", True),
        ("{{Infobox warship|name=HMS X}}", False),  # "war" is not a prefix match
        ("{{Infobox warship begin|name=HMS X}}", False),
        ("{{Infobox battleship class}}", False),
        ("{{Infobox war faction|name=X}}", False),
        ("{{Infobox settlement|name=Springfield}}", False),
        ("{{Infobox person|combatant1=X}}", False),  # one column is no conflict box
        ("The Infobox military conflict template", False),
    ],
)
def test_dump_prefilter(text: str, used: bool) -> None:
    assert mentions_infobox(text) is used


def test_prefilter_keeps_every_page_the_reader_reads() -> None:
    for path in sorted((CORPUS / "wikitext").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert mentions_infobox(text), path.name
        assert wikiparse.extract(text, format="wikitext").conflict is not None


# --- one home for infobox knowledge --------------------------------------------------------------


def _string_literals(tree: ast.Module) -> Iterator[str]:
    """String constants that are not docstrings, and the literal parts of f-strings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.value


# A word that is a side prefix and also a word of another table: the casualty kind "casualties"
# in a figure's text ("300 casualties") is a vocabulary word, not the infobox parameter; so are
# the news words "casualties" and "commander" ("a Peshmerga commander told Reuters").
LITERAL_EXCEPTIONS = {
    ("wikiparse.vocab.words", "casualties"),
    ("wikiparse.vocab.news", "casualties"),
    ("wikiparse.vocab.news", "commander"),
}


def test_infobox_names_and_side_prefixes_live_in_fields_only() -> None:
    names = {*fields.CONFLICT_INFOBOXES, fields.RENDERED_INFOBOX.lower(), *fields.OTHER_INFOBOXES}
    homes: dict[str, set[str]] = {}
    for name, _, tree in modules():
        for literal in _string_literals(tree):
            # parameter names are lower case ("Units" is a table heading); template names
            # are matched in any case
            key = literal.strip()
            if key.lower() in names:
                key = key.lower()
            elif key not in fields.SIDE_PREFIXES:
                continue
            if (name, key) not in LITERAL_EXCEPTIONS:
                homes.setdefault(key, set()).add(name)
    # each language's data file (vocab/lang/<code>.py) names its own templates and maps its
    # parameter names onto the side prefixes; fields.py builds its tables from them
    allowed = {"wikiparse.fields"} | {f"wikiparse.vocab.lang.{code}" for code in LANGUAGES}
    strays = {word: mods for word, mods in homes.items() if not mods <= allowed}
    assert not strays, f"written outside fields.py and vocab/lang: {strays}"


# --- imports run one way -------------------------------------------------------------------------


def _imports(name: str, tree: ast.Module) -> set[str]:
    """The wikiparse modules ``name`` imports (at any level, TYPE_CHECKING blocks included)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("wikiparse"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("wikiparse"))
    return found


def _graph() -> dict[str, set[str]]:
    trees = {name: tree for name, _, tree in modules()}
    return {name: {i for i in _imports(name, tree) if i in trees} for name, tree in trees.items()}


# (importer prefix, imported prefix, why not): the layers of docs/architecture.md.
BASE = ("wikiparse.issues", "wikiparse.errors", "wikiparse.vocab", "wikiparse.fields")
ABOVE_MODELS = (
    "wikiparse.readers",
    "wikiparse.values",
    "wikiparse.assemble",
    "wikiparse.api",
    "wikiparse.outputs",
    "wikiparse.cli",
    "wikiparse.batch",
    "wikiparse.linking",
    "wikiparse.inputs",
)
FORBIDDEN = [
    (p, q, "the base layer imports nothing of ours above it")
    for p in BASE
    for q in (*ABOVE_MODELS, "wikiparse.models", "wikiparse.raw")
] + [
    ("wikiparse.models", q, "the output contract is below every stage") for q in ABOVE_MODELS
] + [
    ("wikiparse.values", q, "value parsers never see markup and are below assemble")
    for q in ("wikiparse.readers", "wikiparse.assemble", "wikiparse.inputs", "wikiparse.outputs")
] + [
    ("wikiparse.assemble", q, "assemble sees RawPages, never markup, and is below the outputs")
    for q in ("wikiparse.readers", "wikiparse.outputs", "wikiparse.batch", "wikiparse.cli")
] + [
    (p, "wikiparse.cli", "only the command line prints or exits; nothing imports it")
    for p in ("wikiparse.api", "wikiparse.batch", "wikiparse.outputs", "wikiparse.linking",
              "wikiparse.dask")
]  # fmt: skip
# What a reader may import: the intermediate, the issues, value parsers and word tables, and
# its own package's modules, ``readers.base`` and ``readers.common`` (checked below).
READER_IMPORTS = tuple(
    f"wikiparse.{name}"
    for name in ("raw", "issues", "values", "vocab", "fields", "readers.base", "readers.common")
)
# The modules that list and pick readers: they import every reader by design.
READER_HUB = {"wikiparse.readers", "wikiparse.readers.registry", "wikiparse.readers.detect"}
MAX_TOP_MODULES = 12
MAX_FLOORS = 10


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_imports_run_one_way() -> None:
    bad = [
        f"{src} imports {dst}: {why}"
        for src, targets in _graph().items()
        for dst in targets
        for p, q, why in FORBIDDEN
        if _under(src, p) and _under(dst, q)
    ]
    assert not bad, "\n".join(bad)


def _reader_package(name: str) -> str:
    """wikiparse.readers.html.cells -> wikiparse.readers.html; readers.news -> itself."""
    return ".".join(name.split(".")[:3])


def test_readers_import_only_the_lower_layers_and_common() -> None:
    bad = []
    for src, targets in _graph().items():
        if not _under(src, "wikiparse.readers") or src in READER_HUB:
            continue
        own = _reader_package(src)
        for dst in targets:
            if (
                dst == "wikiparse"
                or _under(dst, own)
                or any(_under(dst, a) for a in READER_IMPORTS)
            ):
                continue
            bad.append(f"{src} imports {dst}")
    assert not bad, "readers import only raw, issues, values, vocab, fields, base, common:\n" + (
        "\n".join(bad)
    )


def test_the_top_level_is_small_and_has_no_prefix_families() -> None:
    top = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_MODULES, f"{len(top)} modules at the top: {top}"
    for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]:
        stems = [p.stem for p in folder.glob("*.py") if "_" in p.stem.strip("_")]
        prefixes = [s.split("_", 1)[0] for s in stems]
        families = {x for x in prefixes if prefixes.count(x) > 1}
        assert not families, f"{folder.relative_to(ROOT)}: prefix families {families} (a package)"


def _room(name: str) -> str:
    """A module's room: the top-level module or package it belongs to."""
    return ".".join(name.split(".")[:2])


def longest_chain() -> list[str]:
    """The longest import chain between the top-level rooms (packages count as one)."""
    rooms: dict[str, set[str]] = {}
    for src, targets in _graph().items():
        for dst in targets:
            if not src.startswith(dst + ".") and _room(src) != _room(dst) and dst != "wikiparse":
                rooms.setdefault(_room(src), set()).add(_room(dst))
    memo: dict[str, list[str]] = {}

    def chain(room: str) -> list[str]:
        if room not in memo:
            below = [chain(d) for d in sorted(rooms.get(room, ()))]
            memo[room] = [room, *max(below, key=len, default=[])]
        return memo[room]

    return max((chain(r) for r in sorted(rooms)), key=len)


def test_the_house_has_at_most_ten_floors() -> None:
    chain = longest_chain()
    print(f"\nlongest import chain ({len(chain)} floors): " + " -> ".join(chain))
    assert len(chain) <= MAX_FLOORS, chain


def test_no_import_circle() -> None:
    graph = _graph()
    # a package's __init__ re-exporting its own modules is not a circle through them
    edges = {m: {d for d in ds if not m.startswith(d + ".")} for m, ds in graph.items()}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt] if nxt in path else [node, nxt]
                raise AssertionError("import circle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])


def test_only_the_cli_prints() -> None:
    printers = [
        f"{name}:{node.lineno}"
        for name, _, tree in modules()
        if not _under(name, "wikiparse.cli")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("print", "exit", "input")
    ]
    assert not printers, f"print/exit outside cli/: {printers}"


# --- sizes ---------------------------------------------------------------------------------------


def test_modules_and_functions_stay_small() -> None:
    big = []
    for name, path, tree in modules():
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_MODULE_LINES:
            big.append(f"{name}: {lines} lines")
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    big.append(f"{name}.{node.name}: {length} lines")
    assert not big, big


# --- every Issue code has a severity -------------------------------------------------------------


def _issue_codes() -> set[str]:
    """Code literals the library emits: Issue(code="…") and ….issue("…", …)."""
    found: set[str] = set()
    for _, _, tree in modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg == "code" and isinstance(kw.value, ast.Constant):
                    found.add(str(kw.value.value))
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "issue" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_every_issue_code_has_a_severity() -> None:
    codes = _issue_codes()
    assert len(codes) > 15  # the scan finds them
    missing = codes - set(issues.ISSUE_SEVERITY)
    assert not missing, f"codes with no row in issues.ISSUE_SEVERITY: {sorted(missing)}"
