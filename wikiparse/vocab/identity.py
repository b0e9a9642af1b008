"""Words of conflict names, for the key (``wikiparse.identity``) and for telling whether two
names are one conflict's (``wikiparse.merge``)."""

from __future__ import annotations

__all__ = ["NAME_ARTICLES", "NAME_FILLERS", "ORDINALS", "SPELLING_VARIANTS"]

# Dropped from the front of a name for the key: "The Second Battle of Lechfeld".
NAME_ARTICLES = ("the",)

# Words a name can carry or lose without naming another conflict: articles and prepositions
# in the languages scrapes come in ("Battle o Bannockburn" is the Scots "Battle of
# Bannockburn"; "Battle of the Lechfeld" the same as "Battle of Lechfeld").
NAME_FILLERS = frozenset(
    {
        "of", "the", "a", "an", "at", "on", "in", "near", "o", "de", "del", "la", "le",
        "les", "du", "des", "di", "da", "do", "dos", "von", "van", "der", "den", "am", "bei",
        "el", "al", "y", "and", "et", "und",
    }
)  # fmt: skip

# Ordinals that number battles of one place: "First" and "Second Battle of Bull Run" are two
# battles; a name with an ordinal and one without may still be one (the title "Battle of
# Lechfeld (955)" beside the infobox's "Second Battle of Lechfeld").
ORDINALS = frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
    }
)  # fmt: skip

# Transliteration and spelling variants of one name, rewritten to one form inside a word
# (applied to folded words, longest first): Krasnoi/Krasnoy/Krasnoye, Aktion/Actium's "k"/"c".
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = (
    ("oye", "oi"), ("oy", "oi"), ("iy", "i"), ("ij", "i"), ("kh", "h"), ("ck", "k"),
    ("ph", "f"), ("ou", "u"), ("ae", "e"), ("k", "c"), ("y", "i"), ("w", "v"),
)  # fmt: skip
