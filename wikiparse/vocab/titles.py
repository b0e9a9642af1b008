"""Words about how people and parties are named: peerage styles, role suffixes, offices,
lower-case name particles, heraldic icons (English; RANKS stay in ``words``).
"""

from __future__ import annotations

__all__ = [
    "GIVEN_NAMES", "HERALDIC_WORDS", "LEADING_ARTICLES", "LINK_JOINERS", "NAME_PARTICLES",
    "NAME_SUFFIXES", "NOT_TITLES", "OFFICE_JOINERS", "OFFICE_MODIFIERS", "OFFICE_WORDS",
    "PEERAGE_TITLES", "ROLE_SUFFIXES"
]  # fmt: skip

# Titles that, with "of" + a place or with one territorial word, are a peer's name, not a
# rank before a personal name: "Duke of Wellington", "Earl of Essex", "Baron Clifford",
# "Lord Raglan" are names (rank None); "Sir Arthur Wellesley" and "King Henry VI" still split.
# (Continental titles stand before given names: "Archduke Charles", "Elector Frederick".)
PEERAGE_TITLES = frozenset(
    {
        "Duke", "Duchess", "Earl", "Count", "Countess", "Baron", "Baroness", "Marquess",
        "Marquis", "Marchioness", "Viscount", "Viscountess", "Lord", "Lady",
    }
)  # fmt: skip

# Where a commander stood or what he led, glued to the name with a hyphen or dash
# ("Alfonso VIII of Castile-center", "Henry Percy – left wing"): the commander's note.
ROLE_SUFFIXES = frozenset(
    {
        "center", "centre", "left", "right", "left wing", "right wing", "left flank",
        "right flank", "center wing", "centre wing", "vanguard", "van", "rearguard", "rear",
        "rear guard", "reserve", "reserves", "cavalry", "infantry", "artillery", "fleet",
        "flank", "wing", "left centre", "right centre", "left center", "right center",
        "main body", "main army", "navy", "garrison",
    }
)  # fmt: skip

# A line of office words that names no person ("Führer und Reichskanzler" under "Adolf
# Hitler", "Prime Minister", "Chief of Staff of the Army") is the note of the commander above
# it: it holds an office (or a one-word rank) and otherwise only the modifiers and joining
# words below, compared in lower case word by word. "Air Force" or "Royal Navy" hold no office.
OFFICE_WORDS = frozenset(
    {
        "führer", "reichskanzler", "reichspräsident", "chancellor", "president", "minister",
        "premier", "commander-in-chief", "chief", "head", "leader", "consul", "dictator",
        "regent", "governor", "governor-general", "viceroy", "secretary", "vizier", "pope",
        "duce", "caudillo", "generalissimo", "monarch", "ruler", "sovereign",
    }
)  # fmt: skip
OFFICE_MODIFIERS = frozenset(
    {
        "prime", "supreme", "state", "government", "staff", "defence", "defense", "war",
        "foreign", "affairs", "deputy", "vice", "acting", "overall", "military", "political",
        "de", "facto", "jure", "interim", "provisional", "first", "lord", "admiralty", "sea",
        "grand", "field", "high", "command", "army", "navy", "air", "force", "forces", "naval",
        "allied", "armed", "imperial", "general",
    }
)  # fmt: skip
# Words that join the words of an office ("Führer und Reichskanzler", "Head of State").
OFFICE_JOINERS = frozenset({"und", "and", "&", "of", "the", "et", "y", "e", "and/or"})

# What may stand between two linked names that are two entries ("[[A]] and [[B]]",
# "[[A]], [[B]] & [[C]]"), compared stripped and in lower case.
LINK_JOINERS = frozenset({"and", "&", ",", ", and", "und", "et", "y", "e", "и", "i", "ve"})

# Lower-case words a name may rightly start with: "al-Quds Brigades", "von Steuben",
# "de Gaulle", "ibn Saud". A name starting with another lower-case word lost its start, or
# kept a title ("harka Bulcsú", "chieftains Lél and Súr").
NAME_PARTICLES = frozenset(
    {
        "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ad-", "ibn", "bin", "ben",
        "bint", "abu", "de", "da", "di", "del", "della", "dei", "degli", "du", "des", "dos",
        "das", "do", "van", "von", "vom", "zu", "zum", "der", "den", "ter", "ten", "la", "le",
        "les", "lo", "y", "d'", "of",
    }
)  # fmt: skip
# Articles before a title ("the Earl of Essex"): dropped, they are not a rank.
LEADING_ARTICLES = frozenset({"the", "a", "an"})
# Lower-case words that count or describe people rather than title one ("various Hungarian
# chieftains", "several Norman lords"): a line starting with one is left as written.
NOT_TITLES = frozenset(
    {"various", "several", "many", "other", "others", "some", "numerous", "unknown", "local",
     "two", "three", "four", "both", "all", "most", "few"}
)  # fmt: skip

# Icon files that are heraldry, not flags: a badge or a coat of arms beside a name ("Tudor
# Dragon Badge.svg", "Blason France moderne.svg", "Wappen Brandenburg-Ansbach.svg") is no
# `flag`; an info Issue keeps the file's name. Matched as words of the icon's name.
HERALDIC_WORDS = (
    "badge", "blason", "coat of arms", "coats of arms", "arms", "armoiries", "wappen",
    "escudo", "stemma", "brasão", "герб", "seal", "emblem", "insignia", "crest", "cockade",
    "roundel", "escutcheon", "heraldry", "heraldic",
)  # fmt: skip

# Words that end a person's name after the surname ("Douglas H. Cooper Jr."): never the
# start of the next name in a run-together line (issue 27).
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "Jun.", "Sen.", "fils", "père"})

# Common given names that a second given name may follow ("Mary Ann H. Smith", "John Paul
# Jones"): one of these alone before a given name and initials is not a whole name, so no
# new name starts after it (issue 27: "Opothleyahola Douglas H. Cooper" is two; "Mary Ann
# H. Smith" is one).
GIVEN_NAMES = frozenset({
    "Mary", "Anna", "Ann", "Anne", "Maria", "Marie", "Sarah", "Elizabeth", "Margaret", "Jane",
    "Emma", "Louisa", "Lucy", "Ellen", "Catherine", "Rose", "Rosa", "Ana", "Eva", "Julia",
    "John", "James", "William", "George", "Charles", "Thomas", "Henry", "Robert", "Richard",
    "Edward", "Joseph", "Samuel", "David", "Peter", "Paul", "Michael", "Francis", "Frederick",
    "Benjamin", "Daniel", "Jean", "Louis", "Pierre", "Jacques", "Juan", "José", "Carlos",
    "Karl", "Johann", "Friedrich", "Hans", "Wilhelm", "Giovanni", "Giuseppe", "Luigi", "Ivan",
    "Pyotr", "Nikolai", "Alexander", "Andrew", "Hugh", "Walter", "Arthur", "Albert",
})  # fmt: skip
