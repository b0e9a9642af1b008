"""Commanders a flattened cell ran together, told apart on a lone scrape (issue 27 class 1).

"William H. Rupertus Paul J. Mueller Roy S. Geiger" is three people: a name with initials
ends at the word after them. "Napoleon I Louis-Alexandre Berthier" is two: a regnal numeral
ends a name. "Mikhail Kutuzov Mikhail Miloradovich" is two: the first word comes again.
"Marcus Vipsanius Agrippa" is one (no cue), and a long line with no cue
("Marcus Antonius Gaius Sosius Cleopatra VII") stays one name, reported as unsure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wikiparse import vocab

__all__ = ["Run", "split_run"]

# An initial: "H.", "J.E.B." (a capital and a dot, repeated).
NAME_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# A regnal numeral: "I", "VII", "XIV" (at most 39: a numeral of kings, not of a year).
REGNAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# Capitalised words in one name beyond which, with no cue, it may be two names run together:
# five ("Marcus Antonius Gaius Sosius Cleopatra"); real names rarely have as many.
MAX_NAME_WORDS = 4
# Name words before a regnal numeral in one name: "Frederick William III", "Victor Emmanuel
# II"; a third ("Alejandro Magno Darío III", Alexander and Darius) is another name.
MAX_REGNAL_NAME = 2
# Rank words stand before a name ("General Ulysses S. Grant"): not a name of their own.
RANK_WORDS = frozenset(w for rank in vocab.RANKS for w in rank.split())


@dataclass(frozen=True)
class Run:
    """A line's names, and whether the line looked run together without a cue to split."""

    names: list[str]
    unsure: bool = False


def _initial(word: str) -> bool:
    return NAME_INITIALS.fullmatch(word) is not None


def _regnal(word: str) -> bool:
    return bool(word) and REGNAL.fullmatch(word) is not None


def _name_word(word: str) -> bool:
    """A capitalised word of a name: not an initial, numeral, suffix or rank word."""
    return (
        word[:1].isupper()
        and not _initial(word)
        and not _regnal(word)
        and word not in vocab.NAME_SUFFIXES
        and word not in RANK_WORDS
    )


def _starts_name(words: list[str], j: int) -> bool:
    """Can a new name start at word j: a capitalised word (or rank: "… Rupertus Maj. Gen.
    Roy S. Geiger") with another word after it."""
    head = _name_word(words[j]) or (words[j] in RANK_WORDS and words[j][:1].isupper())
    return j + 1 < len(words) and head and not _regnal(words[j + 1])


def _cut_before(words: list[str], j: int, start: int) -> bool:
    """Does a name (begun at ``start``) end before word j?"""
    if _given_before_initials(words, j, start):  # "Opothleyahola | Douglas H. Cooper"
        return True
    if j - start < 2 or not _starts_name(words, j):
        return False
    before, last = words[j - 2], words[j - 1]
    if _initial(before) and _name_word(last):  # "Paul J. Mueller | Roy S. Geiger"
        return True
    if last in vocab.NAME_SUFFIXES and j - start >= 3 and _initial(words[j - 3]):
        return _name_word(before)  # "Thomas J. Jackson Jr. | Robert E. Lee"
    if _regnal(last) and _name_word(before):  # "Napoleon I | Louis-Alexandre Berthier"
        return True
    return words[j] == words[start] and j - start >= 2  # "Mikhail Kutuzov | Mikhail …"


def _given_before_initials(words: list[str], j: int, start: int) -> bool:
    """Word j is a given name with initials after it ("Douglas H. Cooper") and the words
    before it, since the name began, are names too: one given name stands before initials,
    so another name ended there; unless the one word before is a common given name ("Mary
    Ann H. Smith": two given names)."""
    if j - start == 1 and words[start] in vocab.GIVEN_NAMES:
        return False  # "Mary Ann H. Smith": a first given name, then a second
    return (
        j > start
        and j + 2 < len(words)
        and _initial(words[j + 1])
        and _name_word(words[j])
        and all(_name_word(w) for w in words[start:j])
    )


def _unsure(words: list[str]) -> bool:
    """A name with no cue that may still be two: many capitalised words ("Louis Nicolas
    Davout Eugène de Beauharnais Michel Ney": a particle is no cue, "José de San Martín" is
    one), or more than one name word before its initials ("Opothleyahola Douglas H. Cooper").
    A note in parentheses names no one: it is not counted."""
    words = [w for w in " ".join(words).split("(", 1)[0].split() if w[:1].isalpha()]
    if sum(_name_word(w) for w in words) > MAX_NAME_WORDS:
        return True
    numeral = next((k for k, w in enumerate(words) if _regnal(w)), None)
    if numeral is not None and sum(_name_word(w) for w in words[:numeral]) > MAX_REGNAL_NAME:
        return True  # "Alejandro Magno Darío III": a ruler's numeral after three name words
    first = next((k for k, w in enumerate(words) if _initial(w)), None)
    if first == 2 and words[0] in vocab.GIVEN_NAMES:
        return False  # "Mary Ann H. Smith": two given names before the initials
    return first is not None and sum(_name_word(w) for w in words[:first]) > 1


def split_run(text: str) -> Run:
    """One commander line -> the names it holds (one when there is no cue)."""
    words = text.split()
    if len(words) < 4:
        return Run([text])
    names: list[str] = []
    start = 0
    for j in range(1, len(words)):
        if _cut_before(words, j, start):
            names.append(" ".join(words[start:j]))
            start = j
    if not names:
        return Run([text], _unsure(words))
    names.append(" ".join(words[start:]))
    return Run(names, any(_unsure(n.split()) for n in names))
