"""Totals of a side's figures without double-counting (``Side.casualties_total``,
``Side.strength_total`` and the tables' columns).

Rules, in order (docs/model.md, Quantity):
1. A first figure the others add up to (at most) is their total: the page listed a total
   and its breakdown on lines of their own. Else an explicit total wins: the figures of kind
   ``total`` that break nothing down. Several of them are rival estimates: the range runs
   from the lowest to the highest.
2. Else the figures that are no part of another (``part_of`` is null), materiel left out of
   casualties, grouped by what they count (kind and ``what``): in a group, several figures are
   rival estimates ("116 killed (per SOHR)", "175 killed (per ISIL)") and give a range; the
   groups are added ("504 killed" + "1,881 wounded"). A ``dead_or_wounded`` figure already
   holds killed and wounded: where one is given, separate killed and wounded are not added.
3. No figure with a number: None.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["Figure", "Total", "check_parts", "stray_parts", "total"]


class Figure(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def low(self) -> int | None: ...
    @property
    def high(self) -> int | None: ...
    @property
    def approx(self) -> bool: ...
    @property
    def at_least(self) -> bool: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def what(self) -> str | None: ...
    @property
    def part_of(self) -> int | None: ...


@dataclass(frozen=True)
class Total:
    low: int
    high: int
    approx: bool = False
    at_least: bool = False


def _spread(figures: Sequence[Figure]) -> Total:
    """Rival estimates of one count: lowest low to highest high."""
    return Total(
        low=min(f.low or 0 for f in figures),
        high=max((f.high if f.high is not None else f.low) or 0 for f in figures),
        approx=any(f.approx for f in figures),
        at_least=any(f.at_least or f.high is None for f in figures),
    )


def _add(totals: list[Total]) -> Total:
    return Total(
        low=sum(t.low for t in totals),
        high=sum(t.high for t in totals),
        approx=any(t.approx for t in totals),
        at_least=any(t.at_least for t in totals),
    )


def _leading_total(figures: Sequence[Figure]) -> Figure | None:
    """ "3,798 total / 504 killed / 1,881 wounded / 1,413 missing or captured", "1,491 / 361
    killed / 727 wounded / 403 missing or captured": a first figure (a total, or of no kind)
    that two or more figures after it add up to at most is their total, whatever their kinds
    say; so is a first figure that ends in a colon ("4,000–5,000 killed:")."""
    if len(figures) < 2:
        return None
    if figures[0].text.rstrip().endswith(":"):  # "4,000–5,000 killed:" heads its breakdown
        return figures[0]
    first, rest = figures[0].low or 0, figures[1:]
    adds_up = len(rest) >= 2 and sum(f.low or 0 for f in rest) <= first  # two or more parts
    return figures[0] if figures[0].kind in (None, "total") and adds_up else None


def total(figures: Sequence[Figure], people: bool) -> Total | None:
    """The total of one side's strength (``people`` False) or casualties (True), or None."""
    counted = [f for f in figures if f.low is not None and f.part_of is None]
    if people:
        counted = [f for f in counted if f.kind != "materiel"]
    head = _leading_total(counted)
    if head is not None:
        return _spread([head])
    explicit = [f for f in counted if f.kind == "total"]
    if explicit:
        return _spread(explicit)
    if any(f.kind == "dead_or_wounded" for f in counted):
        counted = [f for f in counted if f.kind not in ("killed", "wounded")]
    groups: dict[tuple[str | None, str | None], list[Figure]] = {}
    for f in counted:
        groups.setdefault((f.kind, (f.what or "").lower() or None), []).append(f)
    return _add([_spread(g) for g in groups.values()]) if groups else None


def stray_parts(figures: Sequence[Figure]) -> Iterator[int]:
    """The figures whose ``part_of`` breaks the rule that a breakdown comes right after its
    total: ``part_of`` names the last figure before it that is not itself a part, and that
    figure is a ``total``. A stray part counts as a figure of its own for those after it."""
    head: int | None = None
    for i, q in enumerate(figures):
        if q.part_of is None:
            head = i
        elif q.part_of != head or figures[q.part_of].kind != "total":
            yield i
            head = i


def check_parts(figures: Sequence[Figure]) -> None:
    """The models' validator: no stray part (``stray_parts``)."""
    i = next(stray_parts(figures), None)
    if i is not None:
        raise ValueError(
            f"figure {i} has part_of={figures[i].part_of}: a part follows its total, "
            "the last figure before it that is no part"
        )
