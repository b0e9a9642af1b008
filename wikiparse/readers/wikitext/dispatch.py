"""Template dispatch: a template's normalised name -> the handler that knows what it means.

The name tables live in ``vocab``; handlers for items (flags, markers, lists, references) are in
``item_templates`` and for values (dates, coordinates, numbers) in ``value_templates``. A
template wikiparse does not know keeps its first parameter as visible text and leaves an Issue.
"""

from __future__ import annotations

from collections.abc import Callable

from wikiparse import fields, vocab
from wikiparse.readers.wikitext import item_templates as items
from wikiparse.readers.wikitext import value_templates as values
from wikiparse.readers.wikitext.calls import Call, template_call
from wikiparse.readers.wikitext.flag_codes import flag_handler
from wikiparse.readers.wikitext.nodes import Template
from wikiparse.readers.wikitext.sink import Sink

__all__ = ["HANDLERS", "Handler", "handle"]

Handler = Callable[[Sink, Call], None]


# --- layout, notices, unknown -----------------------------------------------------------------


def _wrapper(fl: Sink, call: Call) -> None:
    index = vocab.WRAPPER_TEMPLATES.get(call.name, 1)  # lang-xx and the like show parameter 1
    shown = call.at(index - 1) if index else None
    if shown is None and index:
        shown = call.named.get("text")  # {{quote|text=…}}
    if shown is not None:
        fl.walk(shown)


def _symbol(fl: Sink, call: Call) -> None:
    fl.emit(vocab.SYMBOL_TEMPLATES[call.name])


def _invisible(fl: Sink, call: Call) -> None:
    return None


def _maintenance(fl: Sink, call: Call) -> None:
    when = fl.text_of(call.named.get("date"))
    sentence = vocab.MAINTENANCE_TEMPLATES[call.name]
    fl.notice(f"{sentence} ({when})" if when else sentence)


def _multiple_issues(fl: Sink, call: Call) -> None:
    for value in call.pos:
        fl.text_of(value)  # the banners inside register their notices


def _notice(fl: Sink, call: Call) -> None:
    text = fl.text_of(call.named.get("text") or call.at(0))
    if text:
        fl.notice(text)


def _unknown(fl: Sink, call: Call) -> None:
    fl.unknown_template(call.name)
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
        (vocab.REFERENCE_LIST_TEMPLATES, items.reflist),
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
    if name.startswith(fields.INFOBOX_PREFIX):
        return _invisible  # another page's infobox (a person, a unit): not this conflict's data
    return _unknown


def handle(fl: Sink, tpl: Template) -> None:
    """Emit what ``tpl`` shows, or record what it means (a flag, a fate, a citation)."""
    call = template_call(tpl)
    by_language = flag_handler(fl.language, call) if fl.language else None
    (by_language or HANDLERS.get(call.name) or _by_shape(call.name))(fl, call)
