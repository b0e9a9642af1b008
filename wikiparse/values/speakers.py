"""Who a report's speakers are: each speaker as written resolved against the people and
organisations the report names (see ``attribution`` for how a sentence's speaker is found).

    "he said"                    -> the last named speaker
    "Mr Abdel Rahman said"       -> "Rami Abdel Rahman, head of the Syrian Observatory …"
    "the Observatory", "SOHR"    -> "Syrian Observatory for Human Rights"
    "a monitor said"             -> the organisation the report calls "the … war monitor"
    "the source said"            -> the "security source" of an earlier sentence
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from wikiparse import vocab
from wikiparse.values.attribution import (
    ARTICLES,
    CLAUSE_SPLIT,
    appositive,
    clause_words,
    gives_role,
    lower_article,
    name_like,
)

__all__ = ["Named", "Speakers", "known_speakers", "parse_speaker"]

# A name of capitalised words, maybe joined by "for", "of", "the", "and" ("Syrian Observatory
# for Human Rights"), inside a speaker's role.
ORGANISATION = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:for|of|the|and|on)\s+)*[A-Z][\w'’.-]*)+")


@dataclass
class Named:
    """A speaker the report names: what a claim gives, the name alone, and the nouns the
    report describes it with ("monitor" for "… war monitor")."""

    full: str
    head: str
    nouns: set[str] = field(default_factory=set)


def _clean(raw: str) -> list[str]:
    """The speaker's words without a leading article ("the army" is "army", as a reader
    writes it down) and without edge punctuation."""
    words = clause_words(raw)
    if len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    return words


def _split_name(words: list[str]) -> tuple[list[str], set[str]]:
    """ "Syrian Observatory for Human Rights war monitor" -> the name and its describing
    nouns; a name is its words up to the last capitalised one, when it has two at least
    ("Hamas-run Gaza health ministry" is a description as a whole)."""
    last = max((i for i, w in enumerate(words) if w[0].isupper()), default=-1)
    tail = words[last + 1 :]
    proper = sum(w[0].isupper() and "-" not in w for w in words[: last + 1])
    if proper >= 2 and tail and tail[-1].lower() in vocab.SPEAKER_NOUNS:
        return words[: last + 1], {w.lower() for w in tail}
    return words, set()


def _names(words: list[str]) -> bool:
    """Does a speaker name someone? Capitalised words do, but not an adjective of place
    ("British-based", "US-led", "Hamas-run")."""
    return any(w[0].isupper() and "-" not in w for w in words)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


def parse_speaker(raw: str) -> list[Named]:
    """A speaker as written -> who it names: the person or organisation with its role kept
    ("Yahya Saree, a spokesman for the Houthi military"), and first the organisation the
    role names, itself a speaker ("the observatory said" after "X, head of the Syrian
    Observatory …, said" is the latter). A description ("Al-Watan, a Syrian daily") gives
    its nouns, not a role."""
    person, _, role = raw.partition(",")
    name, nouns = _split_name(_clean(person) if role else _clean(raw))
    titled = _titled(name)
    if titled is not None:  # "monitor chief Rami Abdel Rahman": the name is the capitals
        nouns.add(name[titled - 1].lower())  # "Agency spokesman X" is a spokesman, no agency
        return [Named(full=" ".join(name), head=" ".join(name[titled:]), nouns=nouns)]
    head = " ".join(name)
    role = role.strip()
    nouns |= {w.lower() for w in clause_words(role)}
    if not gives_role(role):
        role = ""
    out = []
    organisation = ORGANISATION.search(role)
    if organisation is not None and organisation.group() != head:
        out.append(Named(full=organisation.group(), head=organisation.group()))
    out.append(Named(full=f"{head}, {role}" if role else head, head=head, nouns=nouns))
    return out


def _titled(words: list[str]) -> int | None:
    """Where the name starts after a title of role words ("Houthi military spokesman Yahya
    Saree", "monitor chief Rami Abdel Rahman"); None for no such title."""
    start = len(words)
    while start > 0 and words[start - 1][0].isupper():
        start -= 1
    if 0 < start < len(words) and words[start - 1] in vocab.ROLE_WORDS | vocab.SPEAKER_NOUNS:
        return start  # the word before the name is a title's last, in lower case
    return None


def _shortens(words: list[str], named: Named) -> bool:
    """Does a speaker shorten a named one: "Mr Abdel Rahman" of "Rami Abdel Rahman",
    "Observatory" of "Syrian Observatory for Human Rights", "SOHR" of its initials?"""
    bare = [w for w in words if w.lower() not in vocab.HONORIFICS] or words
    head = named.head.split()
    if bare == head:
        return True
    if len(bare) < len(head) and head[-len(bare) :] == bare:
        return True
    return len(bare) == 1 and (bare[0] in head[1:] or bare[0] == _initials(head))


class Speakers:
    """The named speakers of one report, in the order they speak; resolves the speakers of
    its sentences against them and against the people and organisations the report names
    anywhere (``known``, read ahead: see the module's doc)."""

    def __init__(self, known: list[Named] | None = None) -> None:
        self.named: list[Named] = []
        self.known = known or []
        self.descriptions: list[str] = []  # unnamed speakers so far ("security source")
        self.last: str | None = None  # the speaker a pronoun ("he said", "it said") means

    def resolve(self, raw: str | None) -> str | None:
        """The speaker as the report names it; a pronoun is the last speaker resolved."""
        words = _clean(raw) if raw else []
        if raw is None or not words:
            return None
        if len(words) == 1 and words[0].lower() in vocab.PRONOUN_SPEAKERS:
            return self.last
        self.last = self._resolved(raw, words)
        return self.last

    def _resolved(self, raw: str, words: list[str]) -> str:
        if not _names(words):  # a description: "a monitor", "the British-based observatory"
            return self._description(raw, words)
        found = self._find(lambda named: _shortens(words, named))
        if found is not None:
            return found.full
        self.named.extend(parse_speaker(raw))
        return self.named[-1].full

    def _description(self, raw: str, words: list[str]) -> str:
        """A named speaker the report describes with this noun, else the description given
        earlier ("a security source said …" then "the source said"), else as written."""
        noun = words[-1].lower()
        definite = raw.split()[0].lower() in ARTICLES  # "medics said": no one in particular
        if definite and noun in vocab.SPEAKER_NOUNS:
            found = self._described_as(noun)
            if found is not None:
                return found.full
            earlier = [d for d in self.descriptions if d.lower().split()[-1] == noun]
            if earlier and raw.split()[0].lower() == "the":
                return earlier[-1]
        self.descriptions.append(" ".join(words))
        return self.descriptions[-1]

    def _find(self, test: Callable[[Named], bool]) -> Named | None:
        """The last speaker passing ``test``, else the first known one (then a speaker)."""
        found = next((named for named in reversed(self.named) if test(named)), None)
        if found is None:
            found = next((named for named in self.known if test(named)), None)
            if found is not None:
                self.named.append(found)
        return found

    def _described_as(self, noun: str) -> Named | None:
        return self._find(lambda named: noun in named.head.lower().split()) or self._find(
            lambda named: noun in named.nouns
        )


def known_speakers(said: list[tuple[str, str | None]]) -> list[Named]:
    """Every speaker a report names, and every "Name, a role …," it writes, read ahead: "a
    monitor said" in a report's first sentence is the organisation it later calls "the
    Syrian Observatory for Human Rights war monitor"; "Votel said" is the "Gen. Joseph
    Votel, the head of US Central Command," of a sentence where he said nothing yet."""
    out: list[Named] = []
    for sentence, raw in said:  # each sentence with the speaker it names
        if raw and _names(_clean(raw)):
            out.extend(parse_speaker(raw))
        if sentence.count(", ") < 2:
            continue  # "Name, a role …, said" needs two commas at least
        clauses = CLAUSE_SPLIT.split(sentence)
        for name, role in pairwise(clauses):
            if name_like(name) and appositive(role) and gives_role(role):
                out.extend(parse_speaker(f"{name.strip()}, {lower_article(role)}"))
    return out
