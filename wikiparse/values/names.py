"""How a commander's line names a person: peerage styles, role suffixes, lower-case titles,
and lines that name an office rather than a person.

"Duke of Wellington" and "Baron Clifford" are names (a peer is called by his title), while
"Sir Arthur Wellesley" is a rank and a name; "Alfonso VIII of Castile-center" is a name and a
note; "harka Bulcsú" is a lower-case title and a name; "Führer und Reichskanzler" under a
name is no commander at all.
"""

from __future__ import annotations

import re

from wikiparse import vocab

__all__ = [
    "DASHES", "LINE_WORDS", "OFFICE_HEADS", "OFFICE_LINE_WORDS", "SPACED_DASH", "is_peerage",
    "is_title_line", "lowercase_title", "split_role"
]  # fmt: skip

# A dash with space on both sides ("Henry Percy – left wing"): what follows is a remark on
# the person, never part of a name.
SPACED_DASH = re.compile(r"\s[-–—]\s")
# The last dash of a line, glued or not ("Castile-center", "X—right wing").
DASHES = "-–—"
# The words of a line, for comparing with the word tables.
LINE_WORDS = re.compile(r"[^\W\d_][\w'’-]*|&")
# An office line's head words (offices, one-word ranks) and the words that may stand with them.
OFFICE_HEADS = vocab.OFFICE_WORDS | {r.lower() for r in vocab.RANKS if " " not in r}
OFFICE_LINE_WORDS = (
    OFFICE_HEADS
    | vocab.OFFICE_MODIFIERS
    | vocab.OFFICE_JOINERS
    | {w.lower() for rank in vocab.RANKS for w in rank.split()}
)


def is_peerage(rank: str, rest: str) -> bool:
    """Is "rank rest" a peer's style, which is a name? Any title followed by "of" ("Duke of
    Wellington", "King of Sweden"), and a peerage title followed by a lower-case particle
    ("Baron von Steuben") or by one territorial word ("Baron Clifford", "Lord Raglan")."""
    if rest.startswith("of "):
        return True
    if rank not in vocab.PEERAGE_TITLES:
        return False
    first = rest.split(" ", 1)[0]
    return first[:1].islower() or " " not in rest.strip()


def split_role(name: str) -> tuple[str, str | None]:
    """ "Henry Percy – left wing" -> ("Henry Percy", "left wing"); "Alfonso VIII of
    Castile-center" -> (…, "center"). A glued hyphen ends a role only when the words after
    it are a role ("Ansbach-Bayreuth", "al-Hassan" are names)."""
    spaced = SPACED_DASH.search(name)
    if spaced is not None:  # not between years: "Robert E. Lee 1862 – 1865"
        head, role = name[: spaced.start()].strip(), name[spaced.end() :].strip()
        if head and role and not (head[-1].isdigit() or role[0].isdigit()):
            return head, role
    at = max(name.rfind(d) for d in DASHES)
    if at <= 0:
        return name, None
    head, role = name[:at].strip(), name[at + 1 :].strip()
    if head and role.lower() in vocab.ROLE_SUFFIXES:
        return head, role
    return name, None


def lowercase_title(name: str) -> tuple[str | None, str]:
    """ "harka Bulcsú" -> ("harka", "Bulcsú"); "the Earl of Essex" -> (None, "Earl of Essex").
    Lower-case words before the first capitalised word are a title (or an article, dropped),
    unless they are a name particle ("de Gaulle", "al-Hassan"), which belongs to the name."""
    words = name.split(" ")
    if words[0].lower() in vocab.NOT_TITLES:  # "various Hungarian chieftains"
        return None, name
    k = 0
    while k < len(words) and words[k][:1].islower() and not _particle(words[k]):
        k += 1
    if k == 0 or k == len(words) or not words[k][:1].isupper():
        return None, name
    title = [w for w in words[:k] if w.lower() not in vocab.LEADING_ARTICLES]
    return (" ".join(title) or None), " ".join(words[k:])


def _particle(word: str) -> bool:
    low = word.lower()
    return low in vocab.NAME_PARTICLES or low.split("-", 1)[0] in vocab.NAME_PARTICLES


def is_title_line(text: str) -> bool:
    """A line of office words only ("Führer und Reichskanzler", "Prime Minister"): no person.
    "Air Force" or "Royal Navy" name no office (a unit, left to be what it is)."""
    words = [w.lower().strip("'’") for w in LINE_WORDS.findall(text)]
    if not words or any(c.isdigit() for c in text):
        return False
    return any(w in OFFICE_HEADS for w in words) and all(w in OFFICE_LINE_WORDS for w in words)
