"""Compare a scrape's Conflict with its article's wikitext Conflict, field by field.

Only the fields the scrape carries are compared (an excerpt that lost its date is not
disagreeing). Names are compared loosely (case, punctuation, rank words dropped); lists of
names by overlap; figures by their numbers per side.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from wikiparse import Commander, Conflict, Party

WORD = re.compile(r"\w+")


def words(text: str | None) -> frozenset[str]:
    folded = unicodedata.normalize("NFKD", (text or "").lower())
    return frozenset(w for w in WORD.findall(folded) if not w.isdigit() or len(w) > 2)


def similar(a: str | None, b: str | None) -> bool:
    """Most words of the shorter are in the longer ("Confederate victory[1]" ~ "Confederate
    victory"; "Viceroy La Serna" ~ "José de la Serna")."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= max(1, (min(len(wa), len(wb)) + 1) // 2)


def _names_agree(mine: list[str], theirs: list[str]) -> bool:
    """Every name the scrape gives for a side matches a name of the same side in the article."""
    return all(any(similar(m, t) for t in theirs) for m in mine)


def _article_names(entries: list[Party] | list[Commander]) -> list[str]:
    """The article's names of a side's entries, with the page each links to: the article's own
    full name for a short link text ("CSA" links to "Confederate States of America", which a
    scrape may print as "Confederate States")."""
    return [n for e in entries for n in (e.name, e.page) if n]


def _figures(side_quantities: list[list[int | None]]) -> list[set[int]]:
    return [{n for n in side if n is not None} for side in side_quantities]


def _field_checks() -> dict[str, Callable[[Conflict, Conflict], bool | None]]:
    def carried(value: object) -> bool:
        return value not in (None, "", [], {})

    def name(s: Conflict, w: Conflict) -> bool | None:
        return similar(s.name, w.name)

    def date(s: Conflict, w: Conflict) -> bool | None:
        if s.date is None or s.date.start is None or w.date is None:
            return None
        return (s.date.start, s.date.end) == (w.date.start, w.date.end)

    def place(s: Conflict, w: Conflict) -> bool | None:
        return similar(s.place, w.place) if carried(s.place) else None

    def result(s: Conflict, w: Conflict) -> bool | None:
        return similar(s.result, w.result) if carried(s.result) else None

    def sides(s: Conflict, w: Conflict) -> bool | None:
        filled = [x for x in s.sides if x.belligerents or x.commanders]
        return len(s.sides) == len(w.sides) if filled else None

    def names(attr: str) -> Callable[[Conflict, Conflict], bool | None]:
        def check(s: Conflict, w: Conflict) -> bool | None:
            pairs = [
                ([p.name for p in getattr(a, attr)], _article_names(getattr(b, attr)))
                for a, b in zip(s.sides, w.sides, strict=False)  # sides one lost are not compared
            ]
            pairs = [(m, t) for m, t in pairs if m]
            return all(_names_agree(m, t) for m, t in pairs) if pairs else None

        return check

    def figures(attr: str) -> Callable[[Conflict, Conflict], bool | None]:
        def check(s: Conflict, w: Conflict) -> bool | None:
            mine = _figures([[q.low for q in getattr(x, attr)] for x in s.sides])
            theirs = _figures([[q.low for q in getattr(x, attr)] for x in w.sides])
            pairs = [(m, t) for m, t in zip(mine, theirs, strict=False) if m]
            return all(m <= t for m, t in pairs) if pairs else None

        return check

    return {
        "name": name,
        "date": date,
        "place": place,
        "result": result,
        "sides": sides,
        "belligerents": names("belligerents"),
        "commanders": names("commanders"),
        "strength": figures("strength"),
        "casualties": figures("casualties"),
    }


CHECKS = _field_checks()


def compare(scrape: Conflict, article: Conflict) -> dict[str, bool]:
    """field -> agrees, for the fields the scrape carries."""
    out = {}
    for field, check in CHECKS.items():
        verdict = check(scrape, article)
        if verdict is not None:
            out[field] = verdict
    return out


def _name_matches(mine: str, theirs: list[str]) -> bool:
    """Most words of the scrape's name are in one name of the article: a name that ran two
    together ("Napoleon I Louis-Alexandre Berthier") matches neither of them."""
    wm = words(mine)
    return bool(wm) and any(len(wm & words(t)) >= (len(wm) + 1) // 2 for t in theirs)


def name_agreement(scrape: Conflict, article: Conflict) -> tuple[int, int]:
    """(matched, given): the scrape's belligerent and commander names that are one name of the
    same side in the article. Finer than the fields: a split name counts where it matches."""
    matched = given = 0
    for mine, theirs in zip(scrape.sides, article.sides, strict=False):
        for attr in ("belligerents", "commanders"):
            names = _article_names(getattr(theirs, attr))
            for person in getattr(mine, attr):
                given += 1
                matched += _name_matches(person.name, names)
    return matched, given
