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
from wikiparse import fields, vocab
from wikiparse.cli import _parser
from wikiparse.dumps import mentions_infobox
from wikiparse.models import FormatName
from wikiparse.readers import FORMATS, REGISTRY

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
    strays = {word: mods for word, mods in homes.items() if mods != {"wikiparse.fields"}}
    assert not strays, f"written outside fields.py: {strays}"


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
FORBIDDEN = [
    (p, q, "the base layer imports nothing of ours above it")
    for p in ("wikiparse.models", "wikiparse.errors", "wikiparse.vocab", "wikiparse.fields")
    for q in ("wikiparse.readers", "wikiparse.values", "wikiparse.assemble", "wikiparse.api",
              "wikiparse.render", "wikiparse.cli", "wikiparse.batch", "wikiparse.raw")
] + [
    ("wikiparse.values", "wikiparse.readers", "value parsers never see markup"),
    ("wikiparse.values", "wikiparse.assemble", "value parsers are below assemble"),
] + [
    ("wikiparse.readers", q, "readers hand on raw data and know nothing later")
    for q in ("wikiparse.assemble", "wikiparse.render", "wikiparse.cli", "wikiparse.api",
              "wikiparse.batch", "wikiparse.link", "wikiparse.dumps")
]  # fmt: skip


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".") or name.startswith(prefix + "_")


def test_imports_run_one_way() -> None:
    bad = [
        f"{src} imports {dst}: {why}"
        for src, targets in _graph().items()
        for dst in targets
        for p, q, why in FORBIDDEN
        if _under(src, p) and _under(dst, q)
    ]
    assert not bad, "\n".join(bad)


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
        if not name.startswith("wikiparse.cli")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("print", "exit", "input")
    ]
    assert not printers, f"print/exit outside cli*.py: {printers}"


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
    missing = codes - set(vocab.ISSUE_SEVERITY)
    assert not missing, f"codes with no row in vocab.ISSUE_SEVERITY: {sorted(missing)}"
