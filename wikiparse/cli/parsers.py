"""The subcommands of ``wikiparse``: each is made the same way (the shared ``--debug``, help
kept as written), so each command module only adds its own options."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

__all__ = ["Commands"]


@dataclass
class Commands:
    group: argparse._SubParsersAction[argparse.ArgumentParser]
    common: argparse.ArgumentParser  # the options every command takes

    def add(
        self, name: str, help: str, epilog: str, description: str | None = None
    ) -> argparse.ArgumentParser:
        """A subcommand whose description and examples keep their line breaks."""
        return self.group.add_parser(
            name,
            parents=[self.common],
            help=help,
            description=description,
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
