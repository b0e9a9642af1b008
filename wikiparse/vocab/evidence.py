"""What says a page is about an armed conflict, when it has no conflict infobox, and what
says it is something else. Read by ``judge``; each rule is tested with a real page."""

from __future__ import annotations

from wikiparse.vocab.lang import LANGUAGES

__all__ = [
    "CATEGORY_STARTS", "DISAMBIGUATION_TEMPLATES", "ENGLISH_LEAD_PHRASES", "ENGLISH_TITLE_ENDS",
    "ENGLISH_TITLE_ORDINALS", "ENGLISH_TITLE_STARTS", "LEAD_PHRASES", "LIST_CATEGORY_STARTS",
    "LIST_LEAD_PHRASES", "LIST_MIN_ENTRIES", "LIST_TITLE_STARTS", "REDIRECT_WORDS", "TITLE_ENDS",
    "TITLE_LINKS", "TITLE_ORDINALS", "TITLE_STARTS"
]  # fmt: skip

# Title words: "Battle of Evesham", "Siege of Acre", "Second Battle of …"; and endings:
# "Southern Damascus offensive", "Peninsular War".
ENGLISH_TITLE_STARTS: tuple[str, ...] = (
    "battle", "siege", "sack", "raid", "storming", "capture", "fall", "invasion", "liberation",
    "relief", "skirmish", "action", "bombardment", "blockade", "assault", "attack", "massacre",
    "engagement", "combat", "schlacht", "bataille", "batalla", "battaglia", "belagerung",
    "siège", "sitio", "assedio",
)  # fmt: skip
ENGLISH_TITLE_ORDINALS: tuple[str, ...] = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "1st",
    "2nd",
    "3rd",
    "4th",
)
ENGLISH_TITLE_ENDS: tuple[str, ...] = (
    "offensive", "campaign", "war", "wars", "insurgency", "uprising", "rebellion", "revolt",
    "conflict", "intervention", "clashes", "incursion", "revolution", "skirmish", "battle",
    "krieg", "guerre", "guerra",
)  # fmt: skip
# Phrases of a lead sentence ("The Battle of Evesham was one of the two main battles …").
ENGLISH_LEAD_PHRASES: tuple[str, ...] = (
    "was a battle", "was fought", "were fought", "was one of the two main battles",
    "was a siege", "was an engagement", "was a military engagement", "was a naval battle",
    "was a military campaign", "was a military operation", "was a military offensive",
    "was an offensive", "is an ongoing offensive", "was an armed conflict", "is an armed conflict",
    "was a war", "is a war", "is an ongoing war", "was a conflict", "were a series of battles",
    "was a series of battles", "was a skirmish", "was a military conflict", "was a rebellion",
    "was an uprising", "was an insurgency", "was a clash", "was a raid", "launched an offensive",
    "was the last battle", "was the first battle", "was a decisive battle", "battle fought",
)  # fmt: skip
# Category names (lower case) starting with these: "Battles involving Spain", "Conflicts in
# 1824", "Sieges of the Napoleonic Wars".
CATEGORY_STARTS = (
    "battles", "sieges", "conflicts in", "conflicts of", "wars ", "military operations",
    "naval battles", "military campaigns", "offensives", "insurgencies", "uprisings",
    "rebellions", "invasions", "schlacht", "konflikt", "bataille", "guerre",
)  # fmt: skip
# A list page: its title or its lead says so.
LIST_TITLE_STARTS = ("list of ", "lists of ", "timeline of ")
LIST_LEAD_PHRASES = ("is a list of", "this is a list", "the following is a list", "this list")
LIST_CATEGORY_STARTS = ("lists of ",)
# A page with no conflict infobox whose body tables list this many conflicts is a list page
# ("Battles of the Texas Revolution": a table of battles under a lead that says "were fought").
LIST_MIN_ENTRIES = 3
# Redirect keywords of MediaWiki, in the languages met.
REDIRECT_WORDS = ("redirect", "weiterleitung", "redirection", "redirección", "rinvia", "重定向")
# Disambiguation and set-index templates: the page lists other pages.
DISAMBIGUATION_TEMPLATES = frozenset(
    {
        "disambiguation", "disambig", "dab", "disamb", "hndis", "geodis", "surname",
        "given name", "set index article", "sia", "shipindex", "ship index", "mil-unit-dis",
        "begriffsklärung", "homonymie", "desambiguación", "disambigua", "消歧义", "消歧義",
    }
)  # fmt: skip

# --- the same evidence in every language with a data file (vocab/lang/<code>.py) ------------------
TITLE_STARTS = tuple(dict.fromkeys([*ENGLISH_TITLE_STARTS, *(w for x in LANGUAGES.values()
                                                      for w in x.title_starts)]))  # fmt: skip
TITLE_ORDINALS = (
    *ENGLISH_TITLE_ORDINALS,
    *(w for x in LANGUAGES.values() for w in x.title_ordinals),
)
TITLE_ENDS = tuple(dict.fromkeys([*ENGLISH_TITLE_ENDS, *(w for x in LANGUAGES.values()
                                                  for w in x.title_ends)]))  # fmt: skip
# Words between a title's first word and its place: "Battle of", "Schlacht bei", "Битва при".
TITLE_LINKS = ("of", "on", "at", "for", *dict.fromkeys(w for x in LANGUAGES.values()
                                                       for w in x.title_links))  # fmt: skip
LEAD_PHRASES = (*ENGLISH_LEAD_PHRASES, *(w for x in LANGUAGES.values() for w in x.lead_phrases))
