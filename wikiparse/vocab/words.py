"""Words inside values: months, eras, approximation and range words, casualty kinds,
ranks, number words.
"""

from __future__ import annotations

from wikiparse.vocab.lang import LANGUAGES, en

__all__ = [
    "APPROX_WORDS", "AT_LEAST_WORDS", "CJK_APPROX", "CJK_AT_LEAST_AFTER", "CJK_AT_LEAST_BEFORE",
    "CJK_DIGITS", "CJK_KIND_WORDS", "CJK_LARGE_UNITS", "CJK_LIST_SEPARATORS", "CJK_RANGE_MARKS",
    "CJK_SMALL_UNITS", "CLAIM_KIND_WORDS", "CLAIM_WORDS", "CONVERT_UNITS", "ERA_AD", "ERA_BC",
    "GROUP_HEADERS", "GROUP_HEADERS_ALL", "LIST_LINKS", "MONTHS", "MONTH_NAMES", "NO_FIGURE_WORDS",
    "NUMBER_SCALES", "NUMBER_WORDS", "ONGOING_WORDS", "OTHER_CALENDAR_ERAS", "QUANTITY_KIND_WORDS",
    "RANGE_WORDS", "RANKS", "SOURCE_PREFIXES", "UNKNOWN_WORDS", "VAGUE_NUMBERS"
]  # fmt: skip

# English's tables, moved to vocab/lang/en.py and exported here under the same names.
APPROX_WORDS = en.APPROX_WORDS
AT_LEAST_WORDS = en.AT_LEAST_WORDS
ERA_AD = en.ERA_AD
ERA_BC = en.ERA_BC
GROUP_HEADERS = en.GROUP_HEADERS
MONTH_NAMES = en.MONTH_NAMES
MONTHS = en.MONTHS
NUMBER_SCALES = en.NUMBER_SCALES
ONGOING_WORDS = en.ONGOING_WORDS
QUANTITY_KIND_WORDS = en.QUANTITY_KIND_WORDS
RANGE_WORDS = en.RANGE_WORDS
UNKNOWN_WORDS = en.UNKNOWN_WORDS

# Group headers of every language ("Unterstützt durch:", "Sostenuti da:"): a header in any
# language names no party.
GROUP_HEADERS_ALL = GROUP_HEADERS.union(*(x.group_headers for x in LANGUAGES.values()))

# --- value words -------------------------------------------------------------------------------

# Eras of other calendars written beside the Common Era one ("March, 623 CE, 1 AH", "1 AH /
# 622 CE"): their part of a date is not read (the CE part is); alone, no date is read.
OTHER_CALENDAR_ERAS = frozenset(
    {"ah", "a.h.", "bh", "b.h.", "sh", "s.h.", "auc", "a.u.c.", "hijri"}
)
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
