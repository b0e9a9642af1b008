"""The docs and the code name the same things: every format, option and extra in the code is
in the docs, and every one the docs name exists (the drift of issue 33: html left out of
`--from`, "five formats", an extra no page named)."""

from __future__ import annotations

import argparse
import re
import tomllib

import pytest

from wikiparse.batch.writers import NEEDS, TABLE_FORMATS
from wikiparse.cli.app import _parser
from wikiparse.outputs.render import OUTPUT_FORMATS
from wikiparse.readers import FORMATS

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
DOCS = {page.name: page.read_text(encoding="utf-8") for page in PAGES}
CODE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "wikiparse").rglob("*.py"))
EXTRAS = set(
    tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
)
# `pip install 'wikiparse[parquet]'`, `".[dev,all]"`: the extras a text names.
EXTRA_NAMED = re.compile(r"(?:wikiparse|\.)\[(?P<names>[a-z]+(?:,[a-z]+)*)\]")
# `--from a\|b\|c` in a markdown table, `--from a|b|c` in a plain block: the choices listed.
LISTED = r"`?{option} (?P<choices>[a-z0-9]+(?:\\?\|[a-z0-9]+)+)"
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _listed(text: str, option: str) -> list[set[str]]:
    found = re.finditer(LISTED.format(option=re.escape(option)), text)
    return [set(m.group("choices").replace("\\", "").split("|")) for m in found]


def test_every_extra_is_named_in_the_readme_and_every_named_extra_exists() -> None:
    named = {
        name
        for text in [*DOCS.values(), CODE]
        for m in EXTRA_NAMED.finditer(text)
        for name in m.group("names").split(",")
    }
    assert named - EXTRAS == set(), "the docs or messages name an extra pyproject lacks"
    assert {f"`{extra}`" for extra in EXTRAS if f"`{extra}`" not in DOCS["README.md"]} == set()
    assert {extra for _, extra in NEEDS.values()} <= EXTRAS  # what --format messages name


def test_the_all_extra_holds_every_user_extra() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    (line,) = [x for x in text.splitlines() if x.startswith("all = ")]
    assert set(EXTRA_NAMED.search(line).group("names").split(",")) == EXTRAS - {"all", "dev"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("page", "option", "choices"),
    [
        ("cli.md", "--from", set(FORMATS)),
        ("README.md", "--from", set(FORMATS)),
        ("cli.md", "--format", set(OUTPUT_FORMATS)),
        ("cli.md", "--format", {"jsonl", *TABLE_FORMATS}),
        ("cli.md", "--format", set(TABLE_FORMATS)),
        ("README.md", "--format", set(OUTPUT_FORMATS)),
        ("README.md", "--format", set(TABLE_FORMATS)),
    ],
)
def test_every_choice_list_in_the_docs_is_the_codes(
    page: str, option: str, choices: set[str]
) -> None:
    """Each list of the docs' is one of the code's, and each of the code's is in the docs."""
    code_lists = [
        set(action.choices)
        for sub in _subcommands().values()
        for action in sub._actions
        if option in action.option_strings and action.choices
    ]
    listed = _listed(DOCS[page], option)
    assert choices in listed, f"{page} does not list {option} {'|'.join(sorted(choices))}"
    assert all(found in code_lists for found in listed), (page, listed, code_lists)


def test_every_option_the_cli_reference_names_exists() -> None:
    known = {s for sub in [_parser(), *_subcommands().values()] for a in sub._actions
             for s in a.option_strings}  # fmt: skip
    named = set(OPTION.findall(DOCS["cli.md"]))
    command_line = DOCS["README.md"].split("## The command line")[1].split("\n## ")[0]
    named |= set(OPTION.findall(command_line))
    assert named - known == set()


def test_the_formats_are_counted_and_named_where_the_docs_introduce_them() -> None:
    for page in ("README.md", "index.md"):
        text = DOCS[page].lower()
        assert all(name in text for name in FORMATS), page
    assert "six input formats" in DOCS["index.md"] and "five" not in DOCS["index.md"]
    assert "lxml" in DOCS["index.md"] and "lxml" in DOCS["README.md"]


def test_the_readme_test_command_is_what_ci_runs() -> None:
    readme = DOCS["README.md"]
    (command,) = [line.strip() for line in readme.splitlines() if "pytest --hypothesis" in line]
    assert command in (ROOT / ".ci" / "run").read_text().splitlines()
    first = readme.split("## Quickstart")[1]
    install = next(line.strip() for line in first.splitlines() if "pip install" in line)
    assert install.startswith("pip install . "), "the first command installs the main job only"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
