"""Infobox columns to Sides: belligerents, commanders, units, strength, casualties.

The column count K is the highest N of any combatantN (at least 2); a parameter numbered K+1
is the full-width joint row ("casualties3" in a two-column box is civilians or totals, not a
third side). Each column may add rows with suffixes a–d ("combatant1a").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from wikiparse import fields
from wikiparse.assemble.groups import regroup
from wikiparse.assemble.items import prepare
from wikiparse.models import Commander, Issue, Party, Quantity, Side
from wikiparse.models.totals import stray_parts
from wikiparse.raw import MAX_ITEMS, RawItem, RawLink, RawValue, walk
from wikiparse.values import cjk
from wikiparse.values.figure_text import repair_issues
from wikiparse.values.locale import breakdown_header
from wikiparse.values.parties import parse_commander, parse_party
from wikiparse.values.quantities import MAX_FIGURE, PART_KINDS, has_figure, parse_quantities
from wikiparse.values.runs import Run, split_run
from wikiparse.values.states import split_parties
from wikiparse.values.text import is_unknown

__all__ = [
    "EMPTY_SIDE", "MAX_COLUMNS", "ROW_SUFFIXES", "SideBuilder", "T", "build_commander",
    "build_party", "build_sides", "column_count", "link_page", "split_lists", "split_runs"
]  # fmt: skip

T = TypeVar("T", Party, Commander)
ROW_SUFFIXES = ("", *fields.SIDE_ROWS)
MAX_COLUMNS = 5


def column_count(box: dict[str, RawValue]) -> int:
    """K: the highest combatant column used (any prefix when no combatant is given), >= 2."""
    numbers: dict[str, list[int]] = {}
    for key in box:
        match = fields.SIDE_PARAM.fullmatch(key)
        if match and match.group("prefix") in fields.SIDE_PREFIXES:
            numbers.setdefault(match.group("prefix"), []).append(int(match.group("n")))
    used = numbers.get(fields.COMBATANT) or [n for ns in numbers.values() for n in ns]
    return min(max([2, *used]), MAX_COLUMNS)


def link_page(links: list[RawLink], *names: str | None) -> str | None:
    """The page of the link whose text is the name (or the whole item): a link elsewhere in
    the item ("[[Killed in action|†]]", a unit in a note) is not the name's page."""
    wanted = {n.casefold() for n in names if n}
    return next((link.page for link in links if link.text.casefold() in wanted), None)


def build_party(item: RawItem, note: str | None = None, lang: str | None = None) -> Party | None:
    parsed = None if is_unknown(item.text, lang) else parse_party(item.text)
    if parsed is None:
        return None
    return Party(
        name=parsed.name,
        page=link_page(item.links, parsed.name, item.text),
        flag=item.flags[0] if item.flags else None,
        note=parsed.note or note,
        surrendered="surrendered" in item.markers,
        children=[p for p in (build_party(c, None, lang) for c in item.children) if p is not None],
        refs=list(dict.fromkeys(item.refs)),
    )


def build_commander(
    item: RawItem, note: str | None = None, lang: str | None = None
) -> Commander | None:
    parsed = None if is_unknown(item.text, lang) else parse_commander(item.text)
    if parsed is None:
        return None
    rank_name = f"{parsed.rank} {parsed.name}" if parsed.rank else None
    return Commander(
        name=parsed.name,
        page=link_page(item.links, parsed.name, rank_name, item.text),
        rank=parsed.rank,
        note=parsed.note or note,
        flag=item.flags[0] if item.flags else None,
        fate=item.markers[0] if item.markers else parsed.fate,  # type: ignore[arg-type]
        refs=list(dict.fromkeys(item.refs)),
    )


class SideBuilder:
    """Reads the per-side parameters of one infobox, recording what it could not parse."""

    def __init__(
        self,
        box: dict[str, RawValue],
        issues: list[Issue],
        lang: str | None = None,
        runs: bool = True,
    ) -> None:
        self.box = box
        self.issues = issues
        self.used: set[str] = set()
        self.lang = lang  # the page's language: its figure words ("Tote", "Mio.")
        self.runs = runs  # names may be run together (a flattened scrape): split at name cues

    def _values(self, prefix: str, n: int) -> list[RawValue]:
        keys = [f"{prefix}{n}{row}" for row in ROW_SUFFIXES if f"{prefix}{n}{row}" in self.box]
        self.used.update(keys)
        return [self.box[k] for k in keys]

    def _items(self, prefix: str, n: int) -> list[RawItem]:
        return [item for value in self._values(prefix, n) for item in value.items]

    def _quantities(self, prefix: str, n: int, path: str) -> list[Quantity]:
        out: list[Quantity] = []
        under: int | None = None  # the total a "davon:" line said the next figures break down
        for item in self._items(prefix, n):
            if len(out) >= MAX_ITEMS:
                self.issues.append(_capped(path))
                break
            if breakdown_header(item.text, self.lang):
                under = _as_total(out)
                continue
            self._figures(item, under, out, path)
            under = under if out and out[-1].part_of is not None else None
        return _parts_after_totals(out)

    def _figures(self, item: RawItem, total: int | None, out: list[Quantity], path: str) -> None:
        """One item's figures, then its children's (pre-order). Under a line that holds one
        total (a bold "Total: 3,798" line, then "* 504 killed" items) the children's figures of
        one kind of people are its parts: ``part_of`` is the total's index in ``out``."""
        base = len(out)
        self.issues.extend(repair_issues(item.text, path, self.lang))
        found = parse_quantities(item.text, list(dict.fromkeys(item.refs)), self.lang)
        for quantity in found:
            if quantity.low is None and not has_figure(quantity.text, self.lang):
                # "estimates vary", "Total strength:": text with no number is no figure row
                self.issues.append(_not_a_figure(quantity.text, path))
                continue
            if quantity.low is None:
                self.issues.append(_no_figure(quantity.text, f"{path}.{len(out)}", self.lang))
            if quantity.part_of is not None:
                quantity = quantity.model_copy(update={"part_of": base + quantity.part_of})
            elif total is not None and quantity.kind in PART_KINDS and quantity.low is not None:
                quantity = quantity.model_copy(update={"part_of": total})
            out.append(quantity)
        own = len(found) == 1 and found[0].kind == "total" and found[0].low is not None
        for child in item.children:
            self._figures(child, base if own else total, out, path)

    def _parties(self, prefix: str, n: int, path: str) -> list[Party]:
        items = split_lists(self._items(prefix, n))
        if prefix == fields.COMBATANT and self.runs:  # "United Kingdom Portugal France"
            items = split_runs(items, self.issues, path, lambda t: split_parties(t, self.lang))
        items = prepare(items, self.issues, path)
        grouped = regroup(items, self.issues, path)
        built = (build_party(i, grouped.notes.get(id(i)), self.lang) for i in grouped.items)
        return self._kept(built, path)

    def _commanders(self, n: int, path: str) -> list[Commander]:
        items = split_lists(list(walk(self._items(fields.COMMANDER, n))))
        if self.runs:  # "William H. Rupertus Paul J. Mueller": one name each
            items = split_runs(items, self.issues, path)
        items = prepare(items, self.issues, path, deep=False)
        grouped = regroup(items, self.issues, path, people=True)
        built = (build_commander(i, grouped.notes.get(id(i)), self.lang) for i in grouped.items)
        return self._kept(built, path)

    def _kept(self, built: Iterator[T | None], path: str) -> list[T]:
        """The entries built, up to MAX_ITEMS (the rest are not built at all)."""
        out: list[T] = []
        for entry in built:
            if entry is None:
                continue
            if len(out) == MAX_ITEMS:
                self.issues.append(_capped(path))
                break
            out.append(entry)
        return out

    def side(self, n: int, path: str) -> Side:
        return Side(
            belligerents=self._parties(fields.COMBATANT, n, f"{path}.belligerents"),
            commanders=self._commanders(n, f"{path}.commanders"),
            units=self._parties(fields.UNITS, n, f"{path}.units"),
            strength=self._quantities(fields.STRENGTH, n, f"{path}.strength"),
            casualties=self._quantities(fields.CASUALTIES, n, f"{path}.casualties"),
        )

    def has_column(self, n: int) -> bool:
        return any(
            f"{prefix}{n}{row}" in self.box
            for prefix in fields.SIDE_PREFIXES
            for row in ROW_SUFFIXES
        )


EMPTY_SIDE = Side()


def _capped(path: str) -> Issue:
    return Issue(
        code="list-capped",
        message=f"more than {MAX_ITEMS} entries: the rest were not read",
        field=path,
    )


def build_sides(
    box: dict[str, RawValue], issues: list[Issue], lang: str | None = None, runs: bool = True
) -> tuple[list[Side], Side | None, set[str]]:
    """Sides in column order, the joint row, and the parameter names consumed (``runs``: names
    may stand run together, as in a flattened scrape)."""
    builder = SideBuilder(box, issues, lang, runs)
    if not any(builder.has_column(n) for n in range(1, MAX_COLUMNS + 2)):
        return [], None, set()
    k = column_count(box)
    # Issue paths are dotted ("sides.1.casualties.0"): "[1]" would read as a citation marker.
    sides = [builder.side(n, f"sides.{n - 1}") for n in range(1, k + 1)]
    while len(sides) > 2 and sides[-1] == EMPTY_SIDE:  # a column whose one cell read as nothing
        sides.pop()
    joint = builder.side(k + 1, "joint") if builder.has_column(k + 1) else None
    joint = None if joint == EMPTY_SIDE else joint
    if joint is None and all(side == EMPTY_SIDE for side in sides):
        # columns whose cells all read as nothing (a scrape's "Casualties and losses" header
        # over no rows) are no sides, as a box with no side parameter has none
        return [], None, builder.used
    return sides, joint, builder.used


def _as_total(figures: list[Quantity]) -> int | None:
    """ "72.000" then "davon:": the figure before the line is a total (its index), made one
    when it named no kind; one that names a kind ("54.000 Tote und Verwundete") keeps it and
    its parts stay figures of their own (the totals' rule 1 finds they add up to it)."""
    if not figures or figures[-1].low is None or figures[-1].kind not in (None, "total"):
        return None
    figures[-1] = figures[-1].model_copy(update={"kind": "total"})
    return len(figures) - 1


def _parts_after_totals(figures: list[Quantity]) -> list[Quantity]:
    """Parts stay parts only right after their total: "'Total' 900" with "* 12 tanks" then
    "* 200 killed" under it leaves 200 killed a figure of its own (the tanks came between)."""
    stray = set(stray_parts(figures))
    return [
        q.model_copy(update={"part_of": None}) if i in stray else q for i, q in enumerate(figures)
    ]


def split_lists(items: list[RawItem]) -> list[RawItem]:
    """ "護良親王、楠木正成及赤松則村": Chinese text joins names with 、，；及 on one line; each
    becomes an item (with the links whose text it holds; flags to the first, refs, markers
    and children to the last)."""
    out: list[RawItem] = []
    for item in items:
        pieces = cjk.split_list(item.text)
        if len(pieces) == 1:
            out.append(item)
            continue
        for k, piece in enumerate(pieces):
            last = k == len(pieces) - 1
            out.append(
                RawItem(
                    text=piece,
                    depth=item.depth,
                    links=[link for link in item.links if link.text and link.text in piece],
                    flags=item.flags if k == 0 else [],
                    markers=item.markers if last else [],
                    refs=item.refs if last else [],
                    children=item.children if last else [],
                )
            )
    return out


def split_runs(
    items: list[RawItem],
    issues: list[Issue],
    path: str,
    split: Callable[[str], Run] = split_run,
) -> list[RawItem]:
    """ "William H. Rupertus Paul J. Mueller": names a flattened cell ran together, one item
    each (links by their text, flags to the first, refs and markers to the last); a line that
    may hold two names with no cue to split is kept and reported ``run-together``. ``split``:
    how a line is cut (people by default; parties by the names of states)."""
    out: list[RawItem] = []
    for item in items:
        if any(link.text == item.text for link in item.links):
            out.append(item)  # "[[Serbia and Montenegro]]": one link's text is one name
            continue
        run = split(item.text)
        if run.unsure:
            issues.append(_run_together(item.text, path))
        if len(run.names) == 1:
            out.append(item)
            continue
        last = len(run.names) - 1
        out.extend(
            RawItem(
                text=name,
                depth=item.depth,
                flags=item.flags if k == 0 else [],
                links=[link for link in item.links if link.text and link.text in name],
                markers=item.markers if k == last else [],
                refs=item.refs if k == last else [],
            )
            for k, name in enumerate(run.names)
        )
    return out


def _run_together(text: str, path: str) -> Issue:
    message = "this line may hold several names run together; kept as one name"
    return Issue(code="run-together", message=message, field=path, text=text[:200])


def _not_a_figure(text: str, field: str) -> Issue:
    """A header ("Military dead:") is left out quietly; other words may have mattered."""
    code = "header-not-a-figure" if text.rstrip().endswith(":") else "not-a-figure"
    message = "no figure in this line: not read as a figure (the text is here)"
    return Issue(code=code, field=field, text=text, message=message)


def _no_figure(text: str, field: str, lang: str | None = None) -> Issue:
    if has_figure(text, lang):  # digits were there, but past the plausible cap
        message = f"a figure over {MAX_FIGURE:,} is not read as a count; kept as text only"
        return Issue(code="implausible-figure", message=message, field=field, text=text[:200])
    return Issue(
        code="unparsed-value",
        message="no figure in this value; kept as text only",
        field=field,
        text=text,
    )
