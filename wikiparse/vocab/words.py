"""Words inside values: months, eras, approximation and range words, casualty kinds,
ranks, number words.
"""

from __future__ import annotations

# --- value words -------------------------------------------------------------------------------

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
# Eras of other calendars written beside the Common Era one ("March, 623 CE, 1 AH", "1 AH /
# 622 CE"): their part of a date is not read (the CE part is); alone, no date is read.
OTHER_CALENDAR_ERAS = frozenset(
    {"ah", "a.h.", "bh", "b.h.", "sh", "s.h.", "auc", "a.u.c.", "hijri"}
)
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
    *((word, "materiel") for word in (
        "tanks", "tank", "aircraft", "planes", "airplanes", "aeroplanes", "bombers",
        "helicopters", "helicopter", "drones", "vehicles", "armoured vehicles",
        "armored vehicles", "armoured personnel carriers", "armored personnel carriers",
        "apcs", "trucks", "guns", "gun", "cannon", "cannons", "artillery pieces", "mortars",
        "howitzers", "rocket launchers", "ships", "ship", "ships of the line", "warships",
        "warship", "battleships", "battleship", "battlecruisers", "cruisers", "cruiser",
        "destroyers", "destroyer", "frigates", "frigate", "corvettes", "sloops",
        "submarines", "submarine", "u-boats", "aircraft carriers", "aircraft carrier",
        "carriers", "gunboats", "galleys", "transports", "vessels", "minesweepers",
        "torpedo boats",
    )),
)  # fmt: skip
NUMBER_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Attribution inside a figure: "(per SOHR)", "(according to ISIL)".
SOURCE_PREFIXES = ("per ", "according to ", "claimed by ", "source: ", "by ")
# ... or a source named before one of these words: "(SOHR claim)", "(ISIL estimate)".
CLAIM_WORDS = frozenset({"claim", "claims", "estimate", "estimates", "figure"})

# Rank and title prefixes on commander names, longest first when matched.
RANKS = (
    "Field Marshal", "Grand Admiral", "General of the Army", "Lieutenant General",
    "Lieutenant-General", "Major General", "Major-General", "Brigadier General",
    "Brigadier-General", "Lt. Gen.", "Lt Gen", "Lt.Gen.", "Maj. Gen.", "Maj Gen", "Maj.Gen.",
    "Brig. Gen.", "Brig Gen", "Brig.Gen.", "Gen.", "Gen", "General", "Brigadier",
    "Colonel", "Col.", "Col", "Lieutenant Colonel", "Lt. Col.", "Lt Col", "Major", "Maj.",
    "Captain", "Capt.", "Cpt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Adm.",
    "Vice Admiral", "Vice-Admiral", "Rear Admiral", "Rear-Admiral", "Vice Adm.", "Rear Adm.",
    "Commodore", "Air Marshal", "Air Chief Marshal", "Air Vice-Marshal", "Marshal",
    "Commander", "Cmdr.", "Emir", "Sheikh", "Shaykh", "Chief", "Hetman", "Ataman",
    "Proconsul", "Legatus", "Praetor",
    # abbreviated and compound ranks met before names ("Brig. General X", "Grand Vizier Paser")
    "Brig.", "Brig", "Lt", "Lt Col.", "Capt", "Cdr.", "Cmdr", "Adm", "Col. Gen.",
    "Colonel General", "Colonel-General", "Lieutenant Commander", "Lt. Cdr.", "Maj. Gen",
    "Generalleutnant", "Generalmajor", "Generaloberst", "Generalfeldmarschall",
    "Grand Vizier", "Vizier", "Khan", "Khagan", "Emir al-Umara", "Governor",
    "Governor-General", "Viceroy", "Consul", "Dictator", "Tribune", "Legate", "Imam",
    "Ayatollah", "Bishop", "Archbishop", "Cardinal", "Pope", "Voivode", "Shogun", "Daimyō",
    "Kaiser", "Chancellor", "High King", "Grand Master", "Admiral of the Fleet",
    "General of Division", "General of Brigade",
    # royal, noble and civil titles go to ``rank`` too: "Prince Eugène" is Eugène, a prince
    "King", "Queen", "Prince", "Princess", "Crown Prince", "Emperor", "Empress", "Tsar",
    "Czar", "Sultan", "Shah", "Caliph", "Khedive", "Duke", "Archduke", "Grand Duke",
    "Grand Prince", "Prince-Elector", "Elector", "Count", "Earl", "Baron", "Marquess",
    "Marquis", "Viscount", "Lord", "Sir", "Infante", "Regent", "President", "Prime Minister",
)  # fmt: skip
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
# Items that point at a list instead of naming anyone: dropped with an info Issue.
LIST_LINKS = ("full list", "see list", "...full list", "…full list", "and others", "see below")


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
}  # fmt: skip
VAGUE_NUMBERS = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
    "hundreds of thousands": 200000, "millions": 2000000,
}  # fmt: skip
# Words that make a figure a casualty figure, by kind.
CLAIM_KIND_WORDS = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
    "killing": "killed", "kill": "killed", "slain": "killed", "toll": "killed",
    "wounded": "wounded", "injured": "wounded", "wounding": "wounded",
    "captured": "captured", "taken prisoner": "captured", "abducted": "captured",
    "missing": "missing",
}  # fmt: skip

# --- Chinese (and Japanese kanji) values -------------------------------------------------------

# Numerals and scales: "三千" = 3,000, "1.5万" = 15,000, "兩萬" = 20,000.
CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
CJK_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CJK_LARGE_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
# Before a figure: about ("約2萬"); after it: or more ("1,000以上", "千餘", "三千多").
CJK_APPROX = ("大約", "大约", "約", "约", "近", "概")
CJK_AT_LEAST_BEFORE = ("逾", "超過", "超过")
CJK_AT_LEAST_AFTER = ("以上", "餘", "余", "多")
# Casualty kinds ("陣亡" killed in action, "傷亡" killed and wounded: a combined figure).
CJK_KIND_WORDS = (("傷亡", "total"), ("伤亡", "total"), ("死傷", "total"), ("死伤", "total"),
                  ("陣亡", "killed"), ("阵亡", "killed"), ("戰死", "killed"), ("战死", "killed"),
                  ("死亡", "killed"), ("死", "killed"), ("負傷", "wounded"), ("负伤", "wounded"),
                  ("受傷", "wounded"), ("受伤", "wounded"), ("傷", "wounded"), ("伤", "wounded"),
                  ("被俘", "captured"), ("俘虜", "captured"), ("俘虏", "captured"),
                  ("俘", "captured"), ("失蹤", "missing"), ("失踪", "missing"))  # fmt: skip
# Range marks and list separators of Chinese text.
CJK_RANGE_MARKS = ("～", "~", "－", "—", "至", "到")
# (Not 和 "and": it starts Japanese names such as 和田.)
CJK_LIST_SEPARATORS = ("、", "，", "；", "及")

# A figure cell of a rendered box that says there is no number: "Few", "Unknown", "None".
# When a flattened row starts with one, it is the first side's cell ("Few Nearly 4,000").
NO_FIGURE_WORDS = ("unknown", "few", "none", "minimal", "light", "n/a", "licht", "unkent")

# {{convert}} units: code -> (symbol shown, unit in SI-ish base, factor to that base, the unit
# shown in brackets when the call names none). "{{convert|15|km|mi}}" renders "15 km (9.3 mi)".
CONVERT_UNITS: dict[str, tuple[str, str, float, str]] = {
    "km": ("km", "m", 1000.0, "mi"), "m": ("m", "m", 1.0, "ft"), "cm": ("cm", "m", 0.01, "in"),
    "mi": ("mi", "m", 1609.344, "km"), "ft": ("ft", "m", 0.3048, "m"),
    "yd": ("yd", "m", 0.9144, "m"), "in": ("in", "m", 0.0254, "cm"),
    "nmi": ("nmi", "m", 1852.0, "km"),
    "km2": ("km2", "m2", 1e6, "sqmi"), "sqmi": ("sq mi", "m2", 2589988.11, "km2"),
    "ha": ("ha", "m2", 1e4, "acre"), "acre": ("acres", "m2", 4046.8564, "ha"),
    "kg": ("kg", "kg", 1.0, "lb"), "lb": ("lb", "kg", 0.45359237, "kg"),
    "t": ("t", "kg", 1000.0, "LT"), "LT": ("long tons", "kg", 1016.0469, "t"),
    "km/h": ("km/h", "m/s", 1 / 3.6, "mph"), "mph": ("mph", "m/s", 0.44704, "km/h"),
}  # fmt: skip
