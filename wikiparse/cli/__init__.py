"""The command line: argparse, the only code of the package that prints or exits.

``app``: ``wikiparse dump|schema|batch`` (``main``); ``batch``: the ``batch`` subcommand's
options and progress line.
"""

from __future__ import annotations

from wikiparse.cli.app import main

__all__ = ["main"]
