"""The parties and reporting organisations a text names, by the name their table row gives.

Only names are looked up, never common nouns: "rebels", "the regime", "opposition groups"
name a party only in the war a report is about, which the report alone does not say (a table
mapping them to Syria's parties named Yemen's Houthis "Syrian rebels"). Each party row in
``vocab.PARTIES`` lists the wars it fights in; the dev tests check that no report names a
party of another war.
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.values.locale import alternation

__all__ = [
    "ALIAS_INDEX", "ALIAS_SEPARATORS", "ALIAS_WORD", "EXACT_HINT", "EXACT_KEYS", "FOLDED_KEYS",
    "MAX_SENTENCE", "MENTION_CHUNK", "PARTY_NAMES", "POSSESSIVES", "alias_words", "bounded",
    "first_positions", "mentions"
]  # fmt: skip

# Canonical name -> the names a text uses for it: parties first, then reporting organisations.
PARTY_NAMES: dict[str, tuple[str, ...]] = {
    **{name: aliases for name, (_, aliases) in vocab.PARTIES.items()},
    **{name: aliases for name, aliases in vocab.NEWS_SOURCES.items() if name not in vocab.PARTIES},
}
MENTION_CHUNK = 20_000  # characters of text searched for names at a time
MAX_SENTENCE = 5_000  # characters; real sentences are far shorter


def bounded(sentence: str, limit: int = 0) -> list[str]:
    """A "sentence" longer than MAX_SENTENCE (no full stop in a page of text) is read in
    pieces cut at spaces: its tokens for the whole megabyte held 30 bytes per input byte."""
    limit = limit or MAX_SENTENCE
    pieces = []
    while len(sentence) > limit:
        cut = sentence.rfind(" ", 0, limit)
        cut = cut if cut > 0 else limit
        pieces.append(sentence[:cut])
        sentence = sentence[cut:].lstrip()
    pieces.append(sentence)
    return pieces


ALIAS_WORD = re.compile(r"[\w'’-]+")
# The same words in ASCII text, at C speed: every ASCII byte ALIAS_WORD does not take becomes a
# space, and split cuts there (the regex cuts were 15% of a news extraction in a py-spy
# profile, and four sentences in five of the news corpus are ASCII). Bytes, not
# str.translate: its table is looked up anew in every call (2.4 us a sentence, bytes 0.9 us).
ALIAS_SEPARATORS = bytes(
    c if c >= 128 or chr(c).isalnum() or chr(c) in "_'-" else 32 for c in range(256)
)


def alias_words(text: str) -> list[str]:
    """ALIAS_WORD.findall(text)."""
    if text.isascii():
        return text.encode().translate(ALIAS_SEPARATORS).decode().split()
    return ALIAS_WORD.findall(text)


POSSESSIVES = ("", "'s", "’s")


def _alias_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (all words, alias). Capitals-only aliases ("IS", "AP", "UN") are keyed
    as written and match only so; the others in lower case, matching any case."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for aliases in PARTY_NAMES.values():
        for alias in aliases:
            words = tuple(ALIAS_WORD.findall(alias if alias.isupper() else alias.lower()))
            for suffix in POSSESSIVES:  # "Ukraine's air force" names Ukraine
                entry = ((*words[:-1], words[-1] + suffix), alias)
                if entry not in index.setdefault(entry[0][0], []):
                    index[entry[0][0]].append(entry)
    return index


ALIAS_INDEX = _alias_index()
# Capitals-only aliases match the words as written, the others the words in lower case.
EXACT_KEYS = frozenset(k for k, entries in ALIAS_INDEX.items() if entries[0][1].isupper())
FOLDED_KEYS = frozenset(ALIAS_INDEX) - EXACT_KEYS
# Any capitals-only key, anywhere: most sentences have none, and then their words as written
# need not be listed at all.
EXACT_HINT = re.compile(alternation(EXACT_KEYS))


def first_positions(text: str) -> dict[str, int]:
    """Where each alias first stands in ``text`` as whole words, as a word index (only the
    order matters). The words that start an alias are found by set operations and
    ``list.index``, at C speed; a news page has thousands of words and a few aliases."""
    low = text.lower()
    folds_alike = len(low) == len(text)  # else lower() changed the words ("İ"): one by one
    exact = EXACT_HINT.search(text) is not None
    words = alias_words(text) if exact or not folds_alike else []
    lowered = alias_words(low) if folds_alike else [w.lower() for w in words]
    out: dict[str, int] = {}
    for keys, seq in ((EXACT_KEYS, words), (FOLDED_KEYS, lowered)):
        for key in keys.intersection(seq):
            _place(key, seq, out)
    return out


def _place(key: str, seq: list[str], out: dict[str, int]) -> None:
    """The first index where each alias starting with ``key`` stands whole in ``seq``."""
    pending = list(ALIAS_INDEX[key])
    i = seq.index(key)
    while pending:
        for entry in list(pending):
            parts, alias = entry
            if tuple(seq[i : i + len(parts)]) == parts:
                out[alias] = min(i, out.get(alias, i))  # a possessive key may come first
                pending.remove(entry)
        try:
            i = seq.index(key, i + 1)
        except ValueError:
            return


def mentions(text: str) -> list[str]:
    """The groups and reporting organisations a text names, by their canonical names. A long
    text is read in pieces of MENTION_CHUNK characters cut at spaces, so the word lists stay
    small (a megabyte of one paragraph held 30 bytes per input byte)."""
    seen: dict[str, tuple[int, int]] = {}  # alias -> (piece, word index): order only
    for n, piece in enumerate(bounded(text, MENTION_CHUNK)):
        for alias, i in first_positions(piece).items():
            seen.setdefault(alias, (n, i))
    found = []
    for name, aliases in PARTY_NAMES.items():
        hits = [seen[a] for a in aliases if a in seen]
        if hits:
            found.append((min(hits), name))
    return list(dict.fromkeys(name for _, name in sorted(found)))
