"""Belligerents a flattened cell ran together with no separator, told apart by the names of
states (issue 27): "United Kingdom Portugal France" is three parties, "United States (Union)
Confederate States (Confederacy)" two; "Royal forces Baronial forces" is two parties named
by their people (a lower-case group word, then a capital, starts the next).

A name is never cut inside: the longest known name wins ("Kingdom of Great Britain", "Holy
Roman Empire"), and two names of one state in a row are one party (a flag's caption, then
the name beside it: "Confederate States of America CSA (Confederacy)"). Text that only looks
like several ("American Revolutionary Forces British Empire Troops") stays one party, unsure.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from wikiparse import vocab
from wikiparse.values.runs import Run
from wikiparse.vocab.lang import de, es, fr, it, pt

__all__ = [
    "MAX_RUN_WORDS", "MAX_SIDE_HEADER_WORDS", "STATE_TABLES", "VARIANT_YEARS", "flag_and_name",
    "parties", "split_parties", "state_then_header",
]  # fmt: skip

# A word of a belligerents line; a note in parentheses is one word ("(Union)").
PARTY_WORD = re.compile(r"\([^()\n]*\)|[^\s()]+")
# An elided article before a name: "d'Autriche", "l'Empire".
ELIDED = re.compile(r"^[a-z]{1,2}['’]", re.I)
# Other languages' state names (``STATE_NAMES`` in vocab/lang/<code>.py), read with English's.
STATE_TABLES: dict[str, tuple[tuple[str, ...], ...]] = {
    m.LANGUAGE.iso: m.STATE_NAMES for m in (de, es, fr, it, pt)
}
# A flag variant's years after a state's name in its alt text: "Reino da Itália (1861–1946)".
VARIANT_YEARS = re.compile(r"\(\d{3,4}\s?[–-]\s?\d{2,4}\)")
# A side's group header is a short name: "Séptima Coalición:", "Coalition forces:".
MAX_SIDE_HEADER_WORDS = 5
# Lines longer than this are prose, not a row of names: not split (and the scan stays short).
MAX_RUN_WORDS = 30

Index = dict[tuple[str, ...], int]


def _fold(word: str) -> str:
    """Compared without case, accents, an elided article or punctuation ("Perú" = "peru")."""
    word = ELIDED.sub("", word.casefold().replace("ß", "ss"))
    return "".join(c for c in unicodedata.normalize("NFD", word) if c.isalnum())


@functools.cache
def _index(lang: str | None) -> tuple[Index, int]:
    """Folded name words -> the state's number; and the longest name's word count."""
    index: Index = {}
    tables = vocab.STATE_NAMES + STATE_TABLES.get(lang or "en", ())
    for number, names in enumerate(tables):
        keys = [tuple(_fold(w) for w in name.split()) for name in names]
        # a state named in both languages is one ("France", then "Ier Empire français")
        same = next((index[key] for key in keys if key in index), number)
        for key in keys:
            index.setdefault(key, same)
    return index, max(len(key) for key in index)


def _longest(folded: list[str], i: int, lang: str | None) -> tuple[int, int] | None:
    """(end, state) of the longest state name starting at word i, or None."""
    index, longest = _index(lang)
    for end in range(min(len(folded), i + longest), i, -1):
        number = index.get(tuple(folded[i:end]))
        if number is not None:
            return end, number
    return None


def _cover(words: list[str], lang: str | None) -> list[tuple[int, int, int]] | None:
    """The line as state names one after another, each with its notes: [(start, end, state)],
    or None when some word is not in a state's name. Longest names first, left to right."""
    folded = [_fold(w) for w in words]
    pieces: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        found = _longest(folded, i, lang)
        if found is None:
            return None
        end, number = found
        while end < len(words) and words[end].startswith("("):
            end += 1  # "United States (Union)": the note is the party's
        if pieces and pieces[-1][2] == number:
            pieces[-1] = (pieces[-1][0], end, number)  # a caption, then its name: one party
        else:
            pieces.append((i, end, number))
        i = end
    return pieces


def parties(text: str, lang: str | None = None) -> list[str] | None:
    """The parties of a line that is only state names ("United States (Union) Confederate
    States (Confederacy)" -> two), or None."""
    words = PARTY_WORD.findall(text)
    if not words or len(words) > MAX_RUN_WORDS or words[0].startswith("("):
        return None
    pieces = _cover(words, lang)
    return None if pieces is None else [" ".join(words[a:b]) for a, b, _ in pieces]


def _group_end(word: str) -> bool:
    return word.islower() and _fold(word) in vocab.GROUP_WORDS


def _by_group_words(words: list[str], lang: str | None) -> list[str] | None:
    """ "Royal forces Baronial forces", "Octavian's supporters Ptolemaic Egypt": cut after
    each lower-case group word followed by a capital, when every piece has two words or more
    and ends with a group word or is one state."""
    cuts = [j for j in range(2, len(words)) if _group_end(words[j - 1]) and words[j][:1].isupper()]
    if not cuts:
        return None
    bounds = [0, *cuts, len(words)]
    pieces = [words[a:b] for a, b in itertools.pairwise(bounds)]
    for piece in pieces:
        if len(piece) < 2:
            return None
        if _fold(piece[-1]) not in vocab.GROUP_WORDS and len(_cover(piece, lang) or []) != 1:
            return None
    return [" ".join(piece) for piece in pieces]


def _state_at_end(words: list[str], lang: str | None) -> list[str] | None:
    """ "Reino de Macedonia y sus aliados griegos Imperio Persa": a state's name that ends the
    line after a lower-case word that joins no name ("griegos", not "de") is the next party
    (in a line of four words or more: "Kurdish militias Iraq" may be a name and a flag)."""
    for j in range(2, len(words) if len(words) >= 4 else 0):
        before = words[j - 1]
        cue = before.isalpha() and before.islower() and _fold(before) not in vocab.NAME_JOINERS
        if cue and words[j][:1].isupper() and len(_cover(words[j:], lang) or []) == 1:
            return [" ".join(words[:j]), " ".join(words[j:])]
    return None


def _looks_several(words: list[str], lang: str | None) -> bool:
    """Two states named inside one line, or a state after a word that does not join a name
    ("… Forces British Empire Troops", "… supporters Ptolemaic Egypt"); states the line joins
    itself are no cue ("Kingdom of Great Britain and Ireland", "Serbia and Montenegro": a lost
    separator leaves no "and"). After a header
    ("Royalists: Spain") or another name of the same state ("Spain Spanish Empire": a flag's
    caption) a state's name is no cue."""
    folded = [_fold(w) for w in words]
    states: list[int] = []
    i, end, previous = 0, -1, -1
    while i < len(words):
        found = _longest(folded, i, lang)
        if found is None:
            i += 1
            continue
        caption = i == end and previous == found[1]
        before = words[i - 1] if i else ""
        cue = before[:1].isalpha() and not before.endswith(":") and not caption
        if cue and len(words) >= 4 and folded[i - 1] not in vocab.NAME_JOINERS:
            return True
        if not (i and folded[i - 1] in vocab.NAME_JOINERS):
            states.append(found[1])  # (after "and", "of": the text joins them itself)
        i = end = found[0]
        previous = found[1]
    return len(set(states)) >= 2


def split_parties(text: str, lang: str | None = None) -> Run:
    """One belligerents line -> the parties it holds (one when no cue is sure), and whether it
    looked like several all the same."""
    words = PARTY_WORD.findall(text)
    if len(words) < 2 or len(words) > MAX_RUN_WORDS:
        return Run([text])
    states = parties(text, lang)
    if states is not None:
        return Run(states)
    grouped = _by_group_words(words, lang) or _state_at_end(words, lang)
    if grouped is not None:
        return Run(grouped)
    return Run([text], _looks_several(words, lang))


def flag_and_name(text: str, lang: str | None, sure: bool = False) -> tuple[str, str] | None:
    """ "France Ier Empire français", "Alemanha Nazista Legião Condor", "Reino da Itália
    (1861–1946) Aviazione Legionaria": on a page whose flags print as words, a state's name (a
    flag's alt text; a variant's years close it) before a party's name -> (flag, name), or None.
    The name must be two words or more, none joining a name ("Espanha Nacionalista" and
    "Vereinigtes Königreich Großbritannien und Irland" are one name each), and no other state's
    ("Perú Gran Colombia" is two parties). ``sure``: a flag word stood before the state
    ("Bandera de Francia Primer Imperio francés"), or its years close it: one word will do."""
    words = PARTY_WORD.findall(text)
    if len(words) < 2 or len(words) > MAX_RUN_WORDS:
        return None
    folded = [_fold(w) for w in words]
    found = _longest(folded, 0, lang)
    if found is None:
        return None
    end, number = found
    if end < len(words) and VARIANT_YEARS.fullmatch(words[end]):
        end, sure = end + 1, True
    rest = words[end:]
    if len(rest) < (1 if sure else 2) or not rest[0][:1].isupper():
        return None
    other = _longest(folded, end, lang)
    if other is not None and other[1] != number:
        return None  # "Perú Gran Colombia": two states
    if not sure and any(w in vocab.NAME_JOINERS for w in folded[end:]):
        return None
    return " ".join(words[:end]), " ".join(rest)


def state_then_header(text: str, lang: str | None) -> tuple[str, str] | None:
    """ "Primer Imperio francés Séptima Coalición:": a flattened row's first line where one
    cell (a state's name) ends and the next cell's group header (its members on the lines
    after) starts -> (the state, the header), or None. "Supported by:" heads no side."""
    words = PARTY_WORD.findall(text)
    if len(words) < 2 or len(words) > MAX_RUN_WORDS or not text.endswith(":"):
        return None
    found = _longest([_fold(w) for w in words], 0, lang)
    if found is None:
        return None
    end = found[0]
    while end < len(words) and words[end].startswith("("):
        end += 1  # "United States (Union)": the note is the party's
    header = " ".join(words[end:])
    if (
        len(words) - end > MAX_SIDE_HEADER_WORDS
        or not header[:1].isupper()
        or header.rstrip(":").strip().lower() in vocab.GROUP_HEADERS_ALL
        or header.rstrip(" :").split()[-1].lower() in vocab.SUPPORT_ROLES  # "Iran Advisors:"
    ):
        return None
    if len(_cover(words[end:], lang) or []) == 1:
        return None  # a state's other name as a header ("France Royaume de France:")
    return " ".join(words[:end]), header
