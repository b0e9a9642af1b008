"""Where a flattened run of belligerents or commanders is cut into two sides, by the flags
before each name and the surrender markers after them.

A cut is clean when no flag stands on both sides of it. With one flag per party several cuts
can be clean, and the first is taken; but when the commanders' own flags cut cleanly in one
place only, they tell each side's flags, and a belligerent whose flag is on neither side is
placed by nothing. The WikiMili copy of Krasnoi shows it:

    Flag of France.svg First French Empire          Flag of France.svg Napoleon I   (×4)
    Flag of Poland (1807-1815).svg Duchy of Warsaw  Flag of Russia.svg Kutuzov      (×2)
    Flag of Russia.svg Russian Empire

The first clean cut put the Duchy of Warsaw (France's ally) with Russia; it is left out, with a
``side-unknown`` Issue, since either side fits what the page shows.
"""

from __future__ import annotations

import itertools

from wikiparse import fields
from wikiparse.issues import Issue
from wikiparse.raw import RawItem, RawValue, nest, walk

__all__ = ["clean_cuts", "cut_by_flags", "cut_by_surrender", "settle_flag_cut", "side_unknown"]


def cut_by_surrender(items: list[RawItem]) -> int | None:
    """The one place where surrender changes: [False, False, True, True] -> 2."""
    flags = ["surrendered" in i.markers for i in items]
    changes = [k for k in range(1, len(flags)) if flags[k] != flags[k - 1]]
    return changes[0] if len(changes) == 1 else None


def clean_cuts(items: list[RawItem]) -> list[int]:
    """Every cut where no flag is on both sides (every item must show a flag).

    One pass: the cut at k is clean when every flag seen before k was last seen before k."""
    if not items or not all(i.flags for i in items):
        return []
    last = {flag: k for k, item in enumerate(items) for flag in item.flags}
    reach, cuts = -1, []
    for k, item in enumerate(items[:-1]):
        reach = max(reach, *(last[f] for f in item.flags))
        if reach == k:
            cuts.append(k + 1)
    return cuts


def cut_by_flags(items: list[RawItem]) -> int | None:
    """The first clean cut."""
    cuts = clean_cuts(items)
    return cuts[0] if cuts else None


def _flags(items: list[RawItem]) -> set[str]:
    return {f for item in items for f in item.flags}


def settle_flag_cut(out: dict[str, RawValue], runs: dict[str, list[RawItem]]) -> list[Issue]:
    """The belligerents' cut by flags checked against the commanders' (``runs``: both rows'
    runs as read, before their cuts): re-cut where only one clean cut agrees with theirs; where
    several do, the parties between them are left out with an Issue."""
    parties, commanders = runs.get(fields.COMBATANT, []), runs.get(fields.COMMANDER, [])
    own = clean_cuts(commanders)
    cuts = clean_cuts(parties)
    if len(own) != 1 or len(cuts) < 2:
        return []  # the commanders tell nothing, or the belligerents' cut is the only one
    first, second = _flags(commanders[: own[0]]), _flags(commanders[own[0] :])
    # cut k agrees when no party before it shows a second-side flag and none after it a
    # first-side one: both are monotone in k, so one pass each way (a page of many flagged
    # lines costs no more than linear)
    crossed_before = list(itertools.accumulate((bool(set(p.flags) & second) for p in parties), max))
    crossed_after = list(
        itertools.accumulate((bool(set(p.flags) & first) for p in reversed(parties)), max)
    )[::-1]
    agreed = [k for k in cuts if not crossed_before[k - 1] and not crossed_after[k]]
    if not agreed:
        return []  # the rows contradict each other: the belligerents' own cut stands
    low, high = agreed[0], agreed[-1]
    for item in parties:  # (the first cut nested them: the trees are made again)
        item.children = []
    for n, items in ((1, parties[:low]), (2, parties[high:])):
        key = f"{fields.COMBATANT}{n}"
        out.pop(key, None)
        if items:
            out[key] = RawValue(text="\n".join(i.text for i in items), items=nest(items))
    return [side_unknown(fields.COMBATANT, parties[low:high])] if high > low else []


def side_unknown(prefix: str, items: list[RawItem]) -> Issue:
    names = "; ".join(i.text for i in walk(items))
    message = (
        f"the scrape ran the sides' {prefix} rows together and nothing tells them apart; left out"
    )
    return Issue(code="side-unknown", field=prefix, text=names, message=message)
