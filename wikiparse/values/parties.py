"""The text of one belligerent or commander: name, note in parentheses, rank, fate.

"Free Syrian Army (12 March only)" -> name + note; "Maj. Gen. Suheil al-Hassan (Tiger Forces)"
-> rank + name + note; "Peroz I †" -> fate killed. Flags, links and refs are not text: the
assembler takes them from the reader's item.
"""

from __future__ import annotations

from dataclasses import dataclass

from wikiparse import vocab
from wikiparse.models import Fate
from wikiparse.values.names import is_peerage, lowercase_title, split_role
from wikiparse.values.text import split_trailing_note, trim_item

__all__ = [
    "FATE_WORDS", "MAX_RANKS", "NAME_DASHES", "RANKS_BY_FIRST_WORD", "RANKS_LONGEST_FIRST",
    "SYMBOL_FATES", "CommanderText", "PartyText", "parse_commander", "parse_party"
]  # fmt: skip

# Longest rank first, so "Maj. Gen." wins over "Maj." and "Lieutenant General" over "Lieutenant";
# indexed by first word, so a name is compared with the few ranks it could start with.
RANKS_LONGEST_FIRST = tuple(sorted(vocab.RANKS, key=len, reverse=True))
RANKS_BY_FIRST_WORD: dict[str, list[str]] = {}
for _rank in RANKS_LONGEST_FIRST:
    RANKS_BY_FIRST_WORD.setdefault(_rank.split(" ", 1)[0], []).append(_rank)
FATE_WORDS: dict[str, Fate] = {k: v for k, v in vocab.STATUS_TEMPLATES.items()}  # type: ignore[misc]
SYMBOL_FATES: dict[str, Fate] = dict(vocab.FATE_SYMBOLS)  # type: ignore[arg-type]
# Dashes a name never starts with (a list marker glued to it: "-Kingdom of Scotland").
NAME_DASHES = "-–—"
# Rank words in a row before a name: "Lt. Col. Sir John Smith", "Brig. General X".
MAX_RANKS = 3


@dataclass(frozen=True)
class PartyText:
    name: str
    note: str | None = None


@dataclass(frozen=True)
class CommanderText:
    name: str
    rank: str | None = None
    note: str | None = None
    fate: Fate | None = None


def parse_party(text: str) -> PartyText | None:
    """A party's name and trailing note; None when nothing is left ("", "Unknown")."""
    clean = trim_item(text).rstrip(":").lstrip(NAME_DASHES).strip()  # "-Kingdom of X": a marker
    if not clean:
        return None
    name, note = split_trailing_note(clean)
    return PartyText(name=name, note=note)


def _take_fate(text: str) -> tuple[str, Fate | None]:
    fate: Fate | None = None
    for symbol, meaning in SYMBOL_FATES.items():
        if symbol in text:
            fate = fate or meaning
            text = text.replace(symbol, " ")
    return trim_item(text), fate


def _take_rank(text: str) -> tuple[str | None, str]:
    """ "Maj. Gen. Suheil al-Hassan" -> ("Maj. Gen.", …); "General Prince Bagration" takes
    both the rank and the title, "Brig. General X" both abbreviated and full words. A peer's
    style stays the name: "Duke of Wellington", "General Lord Raglan" -> ("General", …)."""
    ranks: list[str] = []
    for _ in range(MAX_RANKS):
        rank = next(
            (
                r
                for r in RANKS_BY_FIRST_WORD.get(text.split(" ", 1)[0], ())
                if text.startswith(r + " ") and len(text) > len(r) + 1
            ),
            None,
        )
        if rank is None or is_peerage(rank, text[len(rank) + 1 :].strip()):
            break
        ranks.append(rank)
        text = text[len(rank) + 1 :].strip()
    return (" ".join(ranks) or None), text


def parse_commander(text: str) -> CommanderText | None:
    """Rank, name, note and fate of one commander; None when no name is left."""
    clean, fate = _take_fate(text)
    clean = clean.lstrip(NAME_DASHES).strip()  # no name starts with a dash: "-[[Ney]]"
    if not clean:
        return None
    name, note = split_trailing_note(clean)
    if note is not None and note.lower() in FATE_WORDS:  # "Ney (POW)"
        fate, note = fate or FATE_WORDS[note.lower()], None
    elif note is not None:  # "Ney (POW) (III Corps)": the marker before the note
        before, marker = split_trailing_note(name)
        if marker is not None and marker.lower() in FATE_WORDS:
            name, fate = before, fate or FATE_WORDS[marker.lower()]
    name, role = split_role(name)  # "Henry Percy – left wing": where he stood is a note
    note = "; ".join(n for n in (role, note) if n) or None
    title, name = lowercase_title(name)  # "harka Bulcsú": a lower-case title is a rank
    rank, name = _take_rank(name)
    rank = " ".join(r for r in (title, rank) if r) or None
    return CommanderText(name=name, rank=rank, note=note, fate=fate)
