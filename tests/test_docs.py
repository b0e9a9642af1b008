"""The documentation runs: every example in README.md and docs/*.md is executed, and the CLI
reference names every command and option.

Fences: ```python is executed; ```pycon is a doctest (outputs compared); ```console lines
starting with "$ " are run and, when output lines follow, compared exactly. ```sh is for
install commands and is not run. Console and pycon examples run in a temporary folder of
their own, the project's files linked into it.
"""

from __future__ import annotations

import argparse
import doctest
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from wikiparse.cli.app import _parser

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(?P<lang>\w+)\n(?P<body>.*?)^```$", re.DOTALL | re.MULTILINE)


def blocks(lang: str) -> list[tuple[str, str]]:
    out = []
    for page in PAGES:
        for n, match in enumerate(FENCE.finditer(page.read_text(encoding="utf-8"))):
            if match.group("lang") == lang:
                out.append((f"{page.name}#{n}", match.group("body")))
    return out


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def pages_with(lang: str) -> list[Path]:
    return [p for p in PAGES if f"```{lang}\n" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("page", pages_with("python"), ids=lambda p: p.name)
def test_python_examples(page: Path) -> None:
    """The python blocks of a page run in order, in one namespace, like a reader's session."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for where, code in blocks("python"):
        if where.startswith(page.name + "#"):
            exec(compile(code, where, "exec"), namespace)


def workspace(tmp_path: Path) -> Path:
    """A folder of the examples' own: the project's files linked in (seeds, tests, docs…), so
    what the examples write (``-o dataset``) lands here and nothing depends on another test's
    files or on $TMPDIR being set."""
    work = tmp_path / "work"
    work.mkdir()
    for entry in ROOT.iterdir():
        if not entry.name.startswith("."):
            (work / entry.name).symlink_to(entry)
    return work


@pytest.mark.parametrize("page", pages_with("pycon"), ids=lambda p: p.name)
def test_pycon_examples(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pycon blocks of a page are one doctest session; every output is compared. The
    page's console commands run first, as a reader would have run them (docs/dataset.md
    queries the tables its batch command writes), all in a folder of the page's own."""
    work = workspace(tmp_path)
    monkeypatch.chdir(work)
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    for where, body in blocks("console"):
        if where.startswith(page.name + "#"):
            for command, _ in _commands(body):
                args = [os.path.expandvars(a) for a in shlex.split(command, comments=True)[1:]]
                subprocess.run(
                    [sys.executable, "-m", "wikiparse", *args],
                    cwd=work,
                    env=env,
                    capture_output=True,
                    check=command.find("# exits") < 0,
                )
    code = "\n".join(c for where, c in blocks("pycon") if where.startswith(page.name + "#"))
    test = doctest.DocTestParser().get_doctest(code, {}, page.name, page.name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"{page.name}: a doctest failed (see output above)"


def _commands(body: str) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return out


@pytest.mark.parametrize(("where", "body"), blocks("console"), ids=lambda v: v if "#" in v else "")
def test_console_examples(
    where: str, body: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    work = workspace(tmp_path)
    for command, expected in _commands(body):
        env_vars = dict(os.environ)
        args = [os.path.expandvars(a) for a in shlex.split(command, comments=True)]
        assert args[0] == "wikiparse", f"{where}: only wikiparse commands run here"
        env = {**env_vars, "COLUMNS": "100"}
        done = subprocess.run(
            [sys.executable, "-m", "wikiparse", *args[1:]],
            capture_output=True,
            text=True,
            cwd=work,
            env=env,
        )
        code = int(m.group(1)) if (m := re.search(r"# exits (\d+)", command)) else 0
        assert done.returncode == code, f"{where}: {command}\n{done.stderr}"
        if expected:
            got = (done.stdout + done.stderr).rstrip("\n").splitlines()
            assert [g.rstrip() for g in got] == [e.rstrip() for e in expected], where


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [s for action in parser._actions for s in action.option_strings]


def test_cli_reference_names_every_command_and_option() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [o for o in _options(parser) if o not in text]
    for name, sub in commands.choices.items():
        missing += [] if f"wikiparse {name}" in text else [f"wikiparse {name}"]
        missing += [f"{name} {o}" for o in _options(sub) if o not in text]
    assert missing == []


@pytest.mark.parametrize(
    "script",
    ["docs/make_model_md.py", "docs/make_architecture_md.py"],
    ids=["model", "architecture"],
)
def test_generated_docs_are_up_to_date(script: str) -> None:
    """docs/model.md (every field of the models) and docs/architecture.md (every module with
    its job) are written by these scripts; their --check fails when the code moved on."""
    done = subprocess.run(
        [sys.executable, script, "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
