"""Which conflict documents describe one conflict.

Equal keys join: a hash join, no comparison (the key holds the name and the start year, and
the month where the title needs one to tell two conflicts apart). Clusters of different keys
join only on evidence, and only clusters whose loose names are equal are compared (a hash
index on the loose name: never all pairs):

- the loose names are equal (parentheticals, articles, fillers, spelling variants aside);
  ordinals, where both have one, are equal; a name with an ordinal and one without join only
  when both are dated;
- neither names the other as a war it is part of;
- the date spans overlap, where both have one (a span comes from the date, else from the
  title's parenthetical);
- and they share a place word, a belligerent or a commander.

A wrong merge poisons a dataset, a missed one leaves a duplicate: clusters join only when
every pair across them passes (complete linkage), so a chain of overlaps cannot join two
disjoint spans; a cluster with no span that fits two conflicts which cannot join joins neither
(``ambiguous``). Pairs are tried in an order that depends on the keys only: the groups do not
depend on the input order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from wikiparse.merge.profile import Profile, Span, overlap

__all__ = ["Cluster", "clusters_of", "compatible", "group", "ordered"]


@dataclass
class Cluster:
    """The documents of one key, most faithful first."""

    key: str
    members: list[Profile] = field(default_factory=list)

    @property
    def best(self) -> Profile:
        return self.members[0]

    @cached_property
    def span(self) -> Span | None:
        return next((m.span for m in self.members if m.span is not None), None)

    @cached_property
    def evidence(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(places, belligerents, commanders) of every member."""
        places = frozenset().union(*(m.places for m in self.members))
        parties = frozenset().union(*(m.parties for m in self.members))
        return places, parties, frozenset().union(*(m.commanders for m in self.members))

    @cached_property
    def part_of(self) -> frozenset[str]:
        return frozenset().union(*(m.part_of for m in self.members))


def compatible(a: Cluster, b: Cluster) -> bool:
    """The evidence rule of the module docstring, for two clusters of different keys."""
    x, y = a.best, b.best
    if x.name != y.name or (x.ordinal and y.ordinal and x.ordinal != y.ordinal):
        return False
    if x.name in b.part_of or y.name in a.part_of:  # a war and its battle, whatever the names
        return False
    if a.span is not None and b.span is not None:
        if not overlap(a.span, b.span):
            return False
    elif x.ordinal != y.ordinal:  # "Second Battle of X" beside an undated "Battle of X"
        return False
    return any(p & q for p, q in zip(a.evidence, b.evidence, strict=True))


class _Linkage:
    """Components of clusters joined by complete linkage; compatibility computed once a pair."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.component = {c.key: [c] for c in clusters}
        self.cache: dict[tuple[str, str], bool] = {}

    def fits(self, a: Cluster, b: Cluster) -> bool:
        pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
        if pair not in self.cache:
            self.cache[pair] = compatible(a, b)
        return self.cache[pair]

    def join(self, a: Cluster, b: Cluster) -> None:
        left, right = self.component[a.key], self.component[b.key]
        if left is right or not all(self.fits(x, y) for x in left for y in right):
            return
        left.extend(right)
        for cluster in right:
            self.component[cluster.key] = left


def clusters_of(profiles: Iterable[Profile]) -> list[Cluster]:
    """The hash join: one cluster per key, members most faithful first. A document given
    twice (same source, same values) counts once."""
    by_key: dict[str, Cluster] = {}
    for p in profiles:
        cluster = by_key.setdefault(p.join_key, Cluster(p.join_key))
        if not any(m.source == p.source and m.document == p.document for m in cluster.members):
            cluster.members.append(p)
    for cluster in by_key.values():
        cluster.members = ordered(cluster.members)
    return sorted(by_key.values(), key=lambda c: c.key)


def ordered(members: list[Profile]) -> list[Profile]:
    """Most faithful first; members of one rank, completeness and source (rare: one input
    read twice, changed between) by their JSON, so no order comes from the input's."""
    members = sorted(members, key=lambda m: m.order)
    orders = [m.order for m in members]
    if len(set(orders)) == len(orders):
        return members
    return sorted(members, key=lambda m: (*m.order, m.document.model_dump_json()))


def _ambiguous(block: list[Cluster], linkage: _Linkage) -> set[str]:
    """Undated clusters that fit two dated ones which cannot join: which one they are is a
    guess, and a guess is a wrong merge half the time."""
    out = set()
    for c in (c for c in block if c.span is None):
        dated = [d for d in block if d.span is not None and linkage.fits(c, d)]
        if any(not linkage.fits(d, e) for i, d in enumerate(dated) for e in dated[i + 1 :]):
            out.add(c.key)
    return out


def group(profiles: Iterable[Profile]) -> tuple[list[list[Profile]], set[str]]:
    """The groups (members most faithful first), and the keys left apart as ambiguous."""
    clusters = clusters_of(profiles)
    blocks: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in (c for c in clusters if not c.best.nameless):
        blocks[cluster.best.name].append(cluster)
    linkage = _Linkage(clusters)
    ambiguous: set[str] = set()
    for block in (b for b in blocks.values() if len(b) > 1):
        ambiguous |= _ambiguous(block, linkage)
        pairs = [
            (a, b)
            for i, a in enumerate(block)
            for b in block[i + 1 :]
            if a.key not in ambiguous and b.key not in ambiguous
        ]
        pairs.sort(key=lambda p: (p[0].span is None or p[1].span is None, p[0].key, p[1].key))
        for a, b in pairs:
            linkage.join(a, b)
    seen: set[int] = set()
    groups = []
    for cluster in clusters:
        component = linkage.component[cluster.key]
        if id(component) not in seen:
            seen.add(id(component))
            members = [m for c in component for m in c.members]
            groups.append(sorted(members, key=lambda m: (*m.order, m.key)))
    return groups, ambiguous
