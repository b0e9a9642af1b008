"""The command line: argparse, the only code of the package that prints or exits.

``app``: ``wikiparse dump|schema|batch|tables`` (``main``); ``batch``: the ``batch``
subcommand's options, progress line, summary line and exit rule; ``tables``: the ``tables``
subcommand (a batch's JSON Lines -> the typed tables).
"""

from __future__ import annotations

from wikiparse.cli.app import main

__all__ = ["main"]
