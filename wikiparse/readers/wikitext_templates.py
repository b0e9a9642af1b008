"""Template dispatch: a template's normalised name -> the handler that knows what it means.

The name tables live in ``vocab``; handlers for items (flags, markers, lists, references) are in
``wikitext_items`` and for values (dates, coordinates, numbers) in ``wikitext_values``. A
template wikiparse does not know keeps its first parameter as visible text and leaves an Issue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wikiparse import vocab
from wikiparse.readers import wikitext_items as items
from wikiparse.readers import wikitext_values as values
from wikiparse.readers.wikitext_nodes import Nodes, Template

if TYPE_CHECKING:
    from wikiparse.readers.wikitext_flatten import Flattener


@dataclass(frozen=True)
class Call:
    """One template use: normalised name, positional parameters in order, named parameters."""

    name: str
    pos: list[Nodes]
    named: dict[str, Nodes]

    def at(self, index: int) -> Nodes | None:
        return self.pos[index] if index < len(self.pos) else None


Handler = Callable[["Flattener", Call], None]

WHITESPACE_OR_UNDERSCORE = re.compile(r"[\s_]+")


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


# --- layout, notices, unknown -----------------------------------------------------------------


def _wrapper(fl: Flattener, call: Call) -> None:
    index = vocab.WRAPPER_TEMPLATES.get(call.name, 1)  # lang-xx and the like show parameter 1
    shown = call.at(index - 1) if index else None
    if shown is None and index:
        shown = call.named.get("text")  # {{quote|text=…}}
    if shown is not None:
        fl.walk(shown)


def _symbol(fl: Flattener, call: Call) -> None:
    fl.emit(vocab.SYMBOL_TEMPLATES[call.name])


def _invisible(fl: Flattener, call: Call) -> None:
    return None


def _maintenance(fl: Flattener, call: Call) -> None:
    when = fl.text_of(call.named.get("date"))
    sentence = vocab.MAINTENANCE_TEMPLATES[call.name]
    fl.ctx.notices.append(f"{sentence} ({when})" if when else sentence)


def _multiple_issues(fl: Flattener, call: Call) -> None:
    for value in call.pos:
        fl.text_of(value)  # the banners inside register their notices


def _notice(fl: Flattener, call: Call) -> None:
    text = fl.text_of(call.named.get("text") or call.at(0))
    if text:
        fl.ctx.notices.append(text)


def _unknown(fl: Flattener, call: Call) -> None:
    fl.ctx.unknown_template(call.name)
    shown = call.at(0)
    if shown is not None:
        fl.walk(shown)


def _table() -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    groups: list[tuple[object, Handler]] = [
        (vocab.FLAG_ICON_TEMPLATES, items.flag_icon),
        (vocab.FLAG_NAME_TEMPLATES, items.flag_name),
        (vocab.FLAG_IMAGE_TEMPLATES, items.flag_image),
        (vocab.SERVICE_TEMPLATES, items.service),
        (vocab.COUNTRY_TEMPLATES, items.country),
        (vocab.STATUS_TEMPLATES, items.status),
        (vocab.BULLET_LIST_TEMPLATES, items.bullet_list),
        (vocab.PARAM_LIST_TEMPLATES, items.param_list),
        (vocab.COLLAPSIBLE_LIST_TEMPLATES, items.collapsible),
        (vocab.CITE_TEMPLATES, items.cite),
        (vocab.SHORT_FOOTNOTE_TEMPLATES, items.short_footnote),
        (vocab.NOTE_TEMPLATES, items.note),
        (vocab.NAMED_REF_TEMPLATES, items.named_ref),
        (("#tag:ref",), items.note),
        (vocab.DATE_TEMPLATES, values.date),
        (vocab.DATE_RANGE_TEMPLATES, values.date_range),
        (vocab.OLD_STYLE_DATE_TEMPLATES, values.old_style),
        (vocab.COORD_TEMPLATES, values.coord),
        (vocab.CONVERT_TEMPLATES, values.convert),
        (vocab.CIRCA_TEMPLATES, values.circa),
        (vocab.WRAPPER_TEMPLATES, _wrapper),
        (vocab.SYMBOL_TEMPLATES, _symbol),
        (vocab.INVISIBLE_TEMPLATES, _invisible),
        (vocab.MAINTENANCE_TEMPLATES, _maintenance),
        (vocab.MULTIPLE_ISSUES_TEMPLATES, _multiple_issues),
        (vocab.NOTICE_TEMPLATES, _notice),
        (("reflist", "references", "reflist-talk"), items.reflist),
    ]
    for names, handler in groups:
        for name in names:  # type: ignore[attr-defined]
            table[name] = handler
    return table


HANDLERS = _table()


def _by_shape(name: str) -> Handler:
    """Families recognised by the shape of their name rather than a table entry."""
    if name.startswith(vocab.CITE_TEMPLATE_PREFIXES):
        return items.cite
    if name.startswith("formatnum:"):
        return values.formatnum
    if name.startswith("lang-"):
        return _wrapper
    if name.startswith(vocab.INVISIBLE_PREFIXES) or name.endswith(vocab.INVISIBLE_SUFFIXES):
        return _invisible
    if name.startswith("infobox"):
        return _invisible  # another page's infobox (a person, a unit): not this conflict's data
    return _unknown


def handle(fl: Flattener, tpl: Template) -> None:
    """Emit what ``tpl`` shows, or record what it means (a flag, a fate, a citation)."""
    call = template_call(tpl)
    (HANDLERS.get(call.name) or _by_shape(call.name))(fl, call)
