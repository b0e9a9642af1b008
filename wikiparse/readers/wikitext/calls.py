"""A template use as handlers see it: normalised name, positional and named parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wikiparse.readers.wikitext.nodes import Nodes, Template

__all__ = ["WHITESPACE_OR_UNDERSCORE", "Call", "template_call", "template_name"]

WHITESPACE_OR_UNDERSCORE = re.compile(r"[\s_]+")


@dataclass(frozen=True)
class Call:
    """One template use: normalised name, positional parameters in order, named parameters."""

    name: str
    pos: list[Nodes]
    named: dict[str, Nodes]

    def at(self, index: int) -> Nodes | None:
        return self.pos[index] if index < len(self.pos) else None


def template_name(tpl: Template) -> str:
    """Normalised name: lower case, single spaces, no "Template:"/"subst:" (the parser has
    already dropped comments: "{{Infobox military conflict <!-- … -->")."""
    name = WHITESPACE_OR_UNDERSCORE.sub(" ", tpl.name).strip().lower()
    for prefix in ("template:", "subst:", "safesubst:"):
        if name.startswith(prefix):
            name = name[len(prefix) :].strip()
    return name


def template_call(tpl: Template) -> Call:
    """Name, positional parameters in index order ("1=" counts as positional), named ones."""
    numbered: dict[int, Nodes] = {}
    named: dict[str, Nodes] = {}
    in_order = True  # the parser numbers positional parameters in order: no sort needed
    for param in tpl.params:
        key = param.name.strip()
        if key.isdigit():
            index = int(key)
            in_order = in_order and (not numbered or index > next(reversed(numbered)))
            numbered[index] = param.value
        else:
            named[WHITESPACE_OR_UNDERSCORE.sub(" ", key).lower()] = param.value
    keys = numbered if in_order else sorted(numbered)
    return Call(template_name(tpl), [numbered[i] for i in keys], named)
