"""English: the base language. Its tables were first written in ``vocab/words.py``,
``vocab/pages.py`` and ``fields.py``, which still export them under the same names.

Every other language is read together with these words (a German page says "c." or "Unknown"
at times); English alone reads a page in no other language.
"""

from __future__ import annotations

from wikiparse.vocab.lang.schema import Language

__all__ = [
    "APPROX_WORDS", "AT_LEAST_WORDS", "CHROME_LINES", "CHROME_PHRASES", "CHROME_PREFIXES",
    "CONFLICT_INFOBOXES", "ERA_AD", "ERA_BC", "GROUP_HEADERS", "INFOBOX_LABELS", "INLINE_LABELS",
    "LANGUAGE", "MIRROR_CHROME", "MONTHS", "MONTH_NAMES", "NUMBER_SCALES", "ONGOING_WORDS",
    "OTHER_INFOBOXES", "PARAM_ALIASES", "PLAINTEXT_CHROME", "QUANTITY_KIND_WORDS", "RANGE_WORDS",
    "ROW_LABELS", "SIDE_PREFIX_ALIASES", "UNKNOWN_WORDS"
]  # fmt: skip

# The per-side prefixes (``fields`` names them too; a language file cannot import ``fields``,
# which is built from these files).
COMBATANT, COMMANDER, UNITS = "combatant", "commander", "units"
STRENGTH, CASUALTIES = "strength", "casualties"

# --- from vocab/words.py ------------------------------------------------------
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # Scots Wikipedia (and its mirrors): "23–24 Juin 1314"
    "januar": 1, "februar": 2, "mairch": 3, "aprile": 4, "mey": 5, "juin": 6, "julie": 7,
}  # fmt: skip
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
ERA_BC = frozenset({"bc", "bce", "b.c.", "b.c.e."})
ERA_AD = frozenset({"ad", "ce", "a.d.", "c.e."})
ONGOING_WORDS = frozenset({"present", "ongoing", "now", "today", "current"})
APPROX_WORDS = frozenset(
    {
        "c", "c.", "ca", "ca.", "circa", "~", "≈", "about", "around", "approx", "approx.",
        "approximately", "est", "est.", "estimated", "roughly", "some", "nearly", "almost",
        "reportedly",
    }
)  # fmt: skip
AT_LEAST_WORDS = frozenset(
    {"at least", "more than", "over", "upwards of", "in excess of", "minimum", "≥", ">"}
)
RANGE_WORDS = frozenset({"to", "until", "till", "through", "or"})
# Texts that mean "no value": no Quantity, no Commander, no Party, no date.
UNKNOWN_WORDS = frozenset(
    {
        "unknown", "n/a", "na", "none", "nil", "-", "–", "—", "?", "unk", "unk.",
        "not known", "none known", "no data", "various", "tbd", "unclear",
    }
)  # fmt: skip
# Casualty kinds: words -> Quantity.kind (checked in this order, longest phrases first).
QUANTITY_KIND_WORDS = (
    ("killed or wounded", "dead_or_wounded"),
    ("killed and wounded", "dead_or_wounded"),
    ("dead or wounded", "dead_or_wounded"),
    ("dead and wounded", "dead_or_wounded"),
    ("casualties", "total"),  # killed, wounded, captured and missing together
    ("killed", "killed"),
    ("dead", "killed"),
    ("deaths", "killed"),
    ("died", "killed"),
    ("fell", "killed"),
    ("slain", "killed"),
    ("kia", "killed"),
    ("fatalities", "killed"),
    ("executed", "killed"),
    ("wounded", "wounded"),
    ("injured", "wounded"),
    ("wia", "wounded"),
    ("captured", "captured"),
    ("prisoners", "captured"),
    ("prisoner", "captured"),
    ("taken prisoner", "captured"),
    ("pow", "captured"),
    ("pows", "captured"),
    ("surrendered", "captured"),
    ("missing", "missing"),
    ("mia", "missing"),
    ("total", "total"),
    # materiel: ships, aircraft, vehicles and guns lost ("2 battleships sunk", "7 destroyers",
    # "150 aircraft destroyed"); the words from the figure to this one are its ``what``
    *(
        (word, "materiel")
        for word in (
            "tanks",
            "tank",
            "aircraft",
            "planes",
            "airplanes",
            "aeroplanes",
            "bombers",
            "helicopters",
            "helicopter",
            "drones",
            "vehicles",
            "armoured vehicles",
            "armored vehicles",
            "armoured personnel carriers",
            "armored personnel carriers",
            "apcs",
            "trucks",
            "guns",
            "gun",
            "cannon",
            "cannons",
            "artillery pieces",
            "mortars",
            "howitzers",
            "rocket launchers",
            "ships",
            "ship",
            "ships of the line",
            "warships",
            "warship",
            "battleships",
            "battleship",
            "battlecruisers",
            "cruisers",
            "cruiser",
            "destroyers",
            "destroyer",
            "frigates",
            "frigate",
            "corvettes",
            "sloops",
            "submarines",
            "submarine",
            "u-boats",
            "aircraft carriers",
            "aircraft carrier",
            "carriers",
            "gunboats",
            "galleys",
            "transports",
            "vessels",
            "minesweepers",
            "torpedo boats",
        )
    ),
)
NUMBER_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Lines that head a group of belligerents or commanders rather than name one ("Supported
# by:", bold "Allies:"), compared in lower case without the colon: their members get the
# header as ``note`` and no party or commander is named after it. A header that names an
# entity ("Seventh Coalition:") is a group Party with its members as children instead.
GROUP_HEADERS = frozenset(
    {
        "supported by", "support", "support by", "supporting", "in support", "backed by",
        "allies", "allied", "allied forces", "co-belligerents", "co-belligerent",
        "cobelligerents", "with", "and", "also", "other", "others", "other belligerents",
        "limited involvement",
        "limited support", "logistical support", "diplomatic support", "air support",
        "naval support", "material support", "from", "including", "former",
    }
)  # fmt: skip

# --- from fields.py -----------------------------------------------------------
# The conflict infobox, its redirects and its sister templates (their parameters are the same,
# or map onto the same canonical names below).
CONFLICT_INFOBOXES: frozenset[str] = frozenset(
    {
        "infobox military conflict",
        "infobox military operation",
        "infobox military engagement",
        "infobox battle",
        "infobox war",
        "infobox conflict",
        "infobox civil conflict",
        "warbox",
        "#invoke:infobox military conflict",
    }
)
# Infoboxes of other kinds of page, by what such a page is ("an {{Infobox settlement}} page").
# A page whose infoboxes are all of these kinds is not a conflict. "war faction" describes an
# armed group (allies, opponents, battles), not a conflict with sides.
OTHER_INFOBOXES = {
    "infobox settlement": "settlement", "infobox city": "settlement", "infobox town": "settlement",
    "infobox village": "settlement", "infobox country": "country",
    "infobox former country": "country", "infobox person": "person",
    "infobox officeholder": "person", "infobox royalty": "person", "infobox noble": "person",
    "infobox military person": "military person", "infobox military unit": "military unit",
    "infobox war faction": "armed group", "infobox militant organization": "armed group",
    "infobox ship begin": "ship", "infobox ship image": "ship", "infobox ship career": "ship",
    "infobox ship characteristics": "ship", "infobox ship": "ship", "infobox warship": "ship",
    "infobox aircraft occurrence": "aircraft accident", "infobox aircraft begin": "aircraft",
    "infobox aircraft type": "aircraft", "infobox weapon": "weapon",
    "infobox military installation": "military installation", "infobox building": "building",
    "infobox event": "event", "infobox election": "election", "infobox treaty": "treaty",
    "infobox organization": "organization", "infobox company": "company",
    "infobox river": "river", "infobox mountain": "mountain", "infobox islands": "island",
    "infobox protected area": "protected area", "infobox film": "film", "infobox book": "book",
    "infobox album": "album", "infobox university": "university", "infobox school": "school",
}  # fmt: skip
# Alternative spellings met in the wild -> canonical parameter name.
PARAM_ALIASES = {
    "battle_name": "conflict",
    "name": "conflict",
    "title": "conflict",
    "part_of": "partof",
    "part of": "partof",
    "location": "place",
    "coords": "coordinates",
    "coordinate": "coordinates",
    "outcome": "result",
    "territorial_changes": "territory",
    "territorial changes": "territory",
    "note": "notes",
}
SIDE_PREFIX_ALIASES = {
    "side": COMBATANT,  # {{Infobox civil conflict}}: side1, leadfigures1, howmany1
    "leadfigures": COMMANDER,
    "howmany": STRENGTH,
    "combatants": COMBATANT,
    "belligerent": COMBATANT,
    "belligerents": COMBATANT,
    "commanders": COMMANDER,
    "leader": COMMANDER,
    "unit": UNITS,
    "casualty": CASUALTIES,
    "losses": CASUALTIES,
}
# Row labels of a rendered conflict infobox, as printed (format detection counts lines
# starting with them).
INFOBOX_LABELS = (
    "Belligerents", "Commanders and leaders", "Units involved", "Strength",
    "Casualties and losses", "Territorial changes", "Commanders an leaders", "Strenth",
    "Casualties an losses",
)  # fmt: skip
# Rendered-infobox row labels -> canonical parameter (per-side ones get the column number).
ROW_LABELS = {
    "part of": "partof",
    "date": "date",
    "location": "place",
    "place": "place",
    "coordinates": "coordinates",
    "result": "result",
    "status": "status",
    "territorial changes": "territory",
    "belligerents": COMBATANT,
    "combatants": COMBATANT,
    "participants": COMBATANT,  # World War II's box says "Participants"
    "commanders and leaders": COMMANDER,
    "commanders": COMMANDER,
    "units involved": UNITS,
    "strength": STRENGTH,
    "casualties and losses": CASUALTIES,
    "casualties": CASUALTIES,
    # Scots Wikipedia's rendered box (a mirror of sco.wikipedia.org)
    "pairt o": "partof",
    "commanders an leaders": COMMANDER,
    "strenth": STRENGTH,
    "casualties an losses": CASUALTIES,
    "unit involved": UNITS,
}
# Labels a mirror glues to their value ("Date17–25 April 2018", "Location Raqqa").
INLINE_LABELS = ("Date", "Location", "Status", "Result", "Coordinates")

# --- from vocab/pages.py ------------------------------------------------------
# Rendered-page furniture of a Wikipedia page saved as text.
PLAINTEXT_CHROME = (
    "Open main menu", "Jump to navigation", "Jump to search", "Wikipedia β",
    "This article relies", "This article needs",
)  # fmt: skip
# Mirror-site furniture (WikiMili, Wikiwand, kiwix, profilbaru, piglix, kiddle, popflock,
# fandom copies). "From Wikipedia, the free encyclopedia" in a saved text is a copy's banner:
# the dev scrapes of Wikipedia itself (mobile, current skins) do not print it.
MIRROR_CHROME = (
    "Last updated", "Remove ads", "Related Research Articles", "mw-page-title-main",
    "WikiMili", "Wikiwand", "wikiwand", "From Wikipedia, the free encyclopedia",
    "*** Welcome to ", "facts for kids", "Kids Encyclopedia", "essential facts below",
    "Military Wiki", "In this article", "Frae Wikipedia",
)  # fmt: skip
# Whole lines of site chrome, compared after stripping ("Last updated" may carry a date).
CHROME_LINES = frozenset(
    {
        "Last updated", "Contents", "Remove ads", "[object Object]", "Open main menu",
        "Wikipedia β", "Jump to navigation", "Jump to search", "Edit", "Read", "View history",
        "Toggle the table of contents", "hide", "show", "Powered by automated translation",
        "Advertisement", "kids encyclopedia robot", "Kids Encyclopedia Facts",
        "Quick facts for kids", "Jump to navigation Jump to search", "Military Wiki",
        "In this article",
    }
)  # fmt: skip
CHROME_PREFIXES = ("Last updated ", 'Retrieved from "', "This page was last edited",
                   "*** Welcome to ")  # fmt: skip
# Phrases removed wherever they stand in a line.
CHROME_PHRASES = (
    "From Wikipedia, the free encyclopedia", "[object Object]",
    "Frae Wikipedia, the free beuk o knawledge",  # Scots Wikipedia's tagline
)  # fmt: skip

LANGUAGE = Language(
    iso="en",
    name="English",
    infoboxes=CONFLICT_INFOBOXES,
    other_infoboxes=OTHER_INFOBOXES,
    params=PARAM_ALIASES,
    side_prefixes=SIDE_PREFIX_ALIASES,
    labels=ROW_LABELS,
    inline_labels=INLINE_LABELS,
    part_of_starts=("part of ",),
    # the location map's caption under the box rows ("Location within Peru Battle of Ayacucho
    # (South America)", a kiwix copy's last pipe row)
    box_ends=("location within ",),
    chrome_lines=CHROME_LINES,
    chrome_phrases=CHROME_PHRASES,
    months=MONTHS,
    range_words=("to",),
    approx_words=APPROX_WORDS,
    at_least_words=AT_LEAST_WORDS,
    unknown_words=UNKNOWN_WORDS,
    kind_words=QUANTITY_KIND_WORDS,
    scales=NUMBER_SCALES,
    breakdown_words=("of which", "including"),
    group_headers=GROUP_HEADERS,
    common_words="the of and in was were to by with from at on his their",
)
