"""Words the code matches on, as data tables in one place.

Template names are normalised (lower case, "_" -> " ", single spaces) before lookup.
"""

from __future__ import annotations

# --- helper templates inside infobox values (see reference/infobox-military-conflict.md) ------

# {{flagicon|X|variant}}: an icon only; X is the flag.
FLAG_ICON_TEMPLATES = frozenset(
    {"flagicon", "flag icon", "flagdeco", "flagicon2", "flag deco", "flagcountry icon"}
)
# {{flag|X}}: an icon and the linked name X.
FLAG_NAME_TEMPLATES = frozenset(
    {"flag", "flagcountry", "flagu", "flagbig", "flag country", "flagc", "flagg", "flagright"}
)
# {{flagicon image|Flag of X.svg}}: an icon given by a file.
FLAG_IMAGE_TEMPLATES = frozenset({"flagicon image", "flag icon image", "flagdeco image"})
# {{army|X}} renders the flag of X and "X Army".
SERVICE_TEMPLATES = {
    "army": "Army",
    "navy": "Navy",
    "air force": "Air Force",
    "marines": "Marines",
    "naval": "Navy",
}
# Country shortcut templates ({{USA}}) -> the name they render with a flag.
COUNTRY_TEMPLATES = {
    "usa": "United States",
    "us": "United States",
    "uk": "United Kingdom",
    "gbr": "United Kingdom",
    "fra": "France",
    "ger": "Germany",
    "deu": "Germany",
    "ita": "Italy",
    "esp": "Spain",
    "rus": "Russia",
    "ussr": "Soviet Union",
    "urs": "Soviet Union",
    "chn": "China",
    "prc": "China",
    "jpn": "Japan",
    "can": "Canada",
    "aus": "Australia",
    "nzl": "New Zealand",
    "ind": "India",
    "pak": "Pakistan",
    "syr": "Syria",
    "irq": "Iraq",
    "irn": "Iran",
    "tur": "Turkey",
    "isr": "Israel",
    "egy": "Egypt",
    "pol": "Poland",
    "ned": "Netherlands",
    "nld": "Netherlands",
    "bel": "Belgium",
    "aut": "Austria",
    "hun": "Hungary",
    "ukr": "Ukraine",
    "kor": "South Korea",
    "prk": "North Korea",
    "vnm": "Vietnam",
    "afg": "Afghanistan",
    "lbn": "Lebanon",
    "jor": "Jordan",
    "sau": "Saudi Arabia",
    "csa": "Confederate States of America",
}

# Status markers -> Commander.fate (and Party.surrendered for "surrendered").
STATUS_TEMPLATES = {
    "kia": "killed",
    "killed in action": "killed",
    "dow": "died_of_wounds",
    "died of wounds": "died_of_wounds",
    "mia": "missing",
    "missing in action": "missing",
    "wia": "wounded",
    "wounded in action": "wounded",
    "pow": "captured",
    "prisoner of war": "captured",
    "captured": "captured",
    "executed": "executed",
    "exe": "executed",
    "surrendered": "surrendered",
    "surrender": "surrendered",
    "assassinated": "assassinated",
}
# The template the renderer writes for each fate (inverse of STATUS_TEMPLATES).
FATE_TEMPLATES = {
    "killed": "KIA",
    "died_of_wounds": "DOW",
    "missing": "MIA",
    "wounded": "WIA",
    "captured": "POW",
    "executed": "Executed",
    "surrendered": "Surrendered",
    "assassinated": "Assassinated",
}
# Visible symbols that carry a fate in plain text ("Peroz I †").
FATE_SYMBOLS = {"†": "killed", "‡": "died_of_wounds"}
# Link targets used as status markers ("[[Killed in action|†]]").
STATUS_PAGES = {
    "killed in action": "killed",
    "died of wounds": "died_of_wounds",
    "missing in action": "missing",
    "prisoner of war": "captured",
    "executed": "executed",
}

# List templates whose first parameter holds "*" lines.
BULLET_LIST_TEMPLATES = frozenset(
    {"plainlist", "plain list", "flatlist", "flat list", "tree list", "endplainlist"}
)
# List templates whose positional parameters are the items.
PARAM_LIST_TEMPLATES = frozenset(
    {
        "ubl",
        "unbulleted list",
        "ublist",
        "hlist",
        "br list",
        "bulleted list",
        "bulletedlist",
        "ordered list",
        "plainlist/ubl",
        "nobullet",
        "unbulleted",
    }
)
COLLAPSIBLE_LIST_TEMPLATES = frozenset({"collapsible list", "collapsible-list", "clist"})

# Citation templates: {{cite …}} family and CS2 {{citation}}.
CITE_TEMPLATE_PREFIXES = ("cite ", "cite-")
CITE_TEMPLATES = frozenset({"citation", "cite", "vcite web", "vcite book", "harvc"})
# Short footnotes that stand for a citation: {{sfn|Author|2000|p=5}}.
SHORT_FOOTNOTE_TEMPLATES = frozenset(
    {"sfn", "sfnp", "sfnm", "harvnb", "harv", "harvp", "harvtxt", "harvard citation no brackets"}
)
# Footnote templates whose content is a note: {{efn|…}}, {{refn|…}}.
NOTE_TEMPLATES = frozenset({"efn", "refn", "efn-ua", "efn-lr", "efn-la", "notetag", "nfn"})
# {{r|name}} re-uses a named reference.
NAMED_REF_TEMPLATES = frozenset({"r", "rp", "ref label"})

# Date templates: positional y, m, d (and a second date for the combined ones).
DATE_TEMPLATES = frozenset(
    {
        "start date",
        "end date",
        "start date and age",
        "end date and age",
        "start-date",
        "end-date",
        "dts",
        "date",
    }
)
DATE_RANGE_TEMPLATES = frozenset({"start and end dates", "start and end date"})
OLD_STYLE_DATE_TEMPLATES = frozenset({"oldstyledate", "old style date", "osdate"})

COORD_TEMPLATES = frozenset({"coord", "coor d", "coord dms", "location"})
CONVERT_TEMPLATES = frozenset({"convert", "cvt"})
CIRCA_TEMPLATES = frozenset({"circa", "c.", "ca.", "ca"})

# Wrappers whose visible text is one positional parameter (1-based index).
WRAPPER_TEMPLATES = {
    "nowrap": 1,
    "nobr": 1,
    "nobreak": 1,
    "small": 1,
    "smaller": 1,
    "big": 1,
    "larger": 1,
    "nobold": 1,
    "noitalic": 1,
    "center": 1,
    "centre": 1,
    "midsize": 1,
    "resize": 2,
    "abbr": 1,
    "lang": 2,
    "transl": 2,
    "nowiki": 1,
    "sup": 1,
    "sub": 1,
    "small caps": 1,
    "smallcaps": 1,
    "ill": 1,
    "interlanguage link": 1,
    "ill2": 1,
    "section link": 1,
    "nihongo": 1,
    "korean": 1,
    "keypress": 1,
    "as of": 1,
    "highlight": 1,
    "tooltip": 1,
    "quote": 1,
    "blockquote": 1,
    "cquote": 1,
    "pslink": 1,
    "vanchor": 1,
    "anchor": 0,
}
# Templates that render a fixed string.
SYMBOL_TEMPLATES = {
    "!": "|",
    "=": "=",
    "nbsp": " ",
    "thinsp": " ",
    "snd": " – ",
    "spnd": " – ",
    "spaced ndash": " – ",
    "ndash": "–",
    "mdash": "—",
    "spaced mdash": " — ",
    "dash": "–",
    "en dash": "–",
    "em dash": "—",
    "•": " • ",
    "dot": " · ",
    "middot": " · ",
    "·": " · ",
    "'": "'",
    "''": "''",
    "-": "",
    "clear": "",
    "break": "",
    "dagger": "†",
    "double dagger": "‡",
    "bc": "BC",
    "bce": "BCE",
    "ad": "AD",
    "ce": "CE",
    "sic": "",
}

# Templates with no visible content that matters: hatnotes, navboxes, maintenance, layout.
# Names ending with one of INVISIBLE_SUFFIXES or starting with INVISIBLE_PREFIXES count too.
INVISIBLE_TEMPLATES = frozenset(
    {
        "use dmy dates",
        "use mdy dates",
        "use british english",
        "use american english",
        "good article",
        "featured article",
        "for",
        "about",
        "other uses",
        "redirect",
        "distinguish",
        "main",
        "main article",
        "see also",
        "further",
        "details",
        "reflist",
        "refbegin",
        "refend",
        "references",
        "notelist",
        "notes",
        "authority control",
        "portal",
        "portal bar",
        "commons category",
        "commons",
        "coord missing",
        "short description",
        "citation needed",
        "cn",
        "fact",
        "better source",
        "better source needed",
        "dubious",
        "clarify",
        "when",
        "who",
        "which",
        "page needed",
        "verification needed",
        "failed verification",
        "according to whom",
        "by whom",
        "specify",
        "vague",
        "cbignore",
        "dead link",
        "webarchive",
        "toc limit",
        "tocright",
        "clear left",
        "clear right",
        "wikisource",
        "wiktionary",
        "defaultsort",
        "lang-icon",
        "in lang",
        "italic title",
        "engvarb",
        "pp",
        "pp-semi",
        "pp-protected",
        "pp-move-indef",
        "s-start",
        "s-end",
        "inflation",
        "inflation-fn",
        "legend",
        "image label",
        "location map",
        "location map+",
        "location map~",
        "stack",
        "stack end",
        "multiple image",
        "clade",
        "subscription required",
        "registration required",
        "self-published inline",
        "full citation needed",
        "nbsp;",
    }
)
INVISIBLE_PREFIXES = ("campaignbox", "navbox", "defaultsort:", "displaytitle:", "pp-", "s-")
INVISIBLE_SUFFIXES = (" icon", "-stub", " navbox", " topics", " sidebar", " timeline")

# Maintenance banners -> the sentence the page shows (Conflict.notices).
MAINTENANCE_TEMPLATES = {
    "one source": "This article relies largely or entirely on a single source.",
    "single source": "This article relies largely or entirely on a single source.",
    "more citations needed": "This article needs additional citations for verification.",
    "refimprove": "This article needs additional citations for verification.",
    "citations needed": "This article needs additional citations for verification.",
    "unreferenced": "This article does not cite any sources.",
    "primary sources": "This article relies excessively on references to primary sources.",
    "pov": "The neutrality of this article is disputed.",
    "original research": "This article possibly contains original research.",
    "update": "This article needs to be updated.",
    "expand section": "This section needs expansion.",
    "cleanup": "This article may require cleanup to meet Wikipedia's quality standards.",
    "copy edit": "This article may require copy editing for grammar, style, cohesion, tone, or "
    "spelling.",
    "tone": "The tone or style of this article may not reflect the encyclopedic tone used on "
    "Wikipedia.",
    "current": "This article documents a current event.",
    "current related": "This article is related to a current event.",
    "confusing": "This article may be confusing or unclear to readers.",
    "disputed": "This article's factual accuracy is disputed.",
    "too few opinions": "This article may lack perspective.",
}
MULTIPLE_ISSUES_TEMPLATES = frozenset({"multiple issues", "article issues"})
NOTICE_TEMPLATES = frozenset({"notice", "ambox"})

# --- wikitext markup: namespaces, icon files, tags ---------------------------------------------

FILE_NAMESPACES = frozenset({"file", "image", "media", "datei", "fichier", "archivo", "imagen"})
# Links that render nowhere in the text (the page's categories).
HIDDEN_NAMESPACES = frozenset({"category", "kategorie", "catégorie"})
# An image whose name has one of these words is an icon beside a name (its flag), not a picture.
ICON_FILE_WORDS = (
    "flag", "bandera", "bandeira", "drapeau", "coat of arms", "coa ", "arms", "armoiries",
    "wappen", "escudo", "emblem", "banner", "insignia", "roundel", "ensign", "standard",
    "seal of", "logo", "icon", "jack",
)  # fmt: skip
# Tags whose content is not prose: skipped entirely.
SKIPPED_TAGS = frozenset(
    {
        "gallery", "math", "timeline", "imagemap", "score", "syntaxhighlight", "source",
        "templatedata", "graph", "mapframe", "maplink", "categorytree", "chem", "ce", "hiero",
        "inputbox", "indicator", "noinclude", "includeonly", "onlyinclude", "style", "script",
    }
)  # fmt: skip

# --- value words -------------------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
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
    ("casualties", "dead_or_wounded"),
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
    ("tanks", "materiel"),
    ("tank", "materiel"),
    ("aircraft", "materiel"),
    ("helicopters", "materiel"),
    ("vehicles", "materiel"),
    ("guns", "materiel"),
    ("artillery pieces", "materiel"),
    ("ships", "materiel"),
    ("ships sunk", "materiel"),
)
NUMBER_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Attribution inside a figure: "(per SOHR)", "(according to ISIL)".
SOURCE_PREFIXES = ("per ", "according to ", "claimed by ", "source: ", "by ")

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
)  # fmt: skip
# Royal and civil titles ("King Henry III", "Prince Edward") are part of the name, not a rank.

# --- page chrome that tells formats apart (see readers/detect.py) -----------------------------

# Rendered-page furniture of a Wikipedia page saved as text.
PLAINTEXT_CHROME = (
    "Open main menu", "Jump to navigation", "Jump to search", "Wikipedia β",
    "This article relies", "This article needs",
)  # fmt: skip
# Mirror-site furniture (WikiMili, Wikiwand, kiwix, profilbaru copies).
MIRROR_CHROME = (
    "Last updated", "Remove ads", "Related Research Articles", "mw-page-title-main",
    "WikiMili", "Wikiwand", "wikiwand",
)  # fmt: skip
# News-page furniture and bylines.
NEWS_CHROME = ("Advertisement", "Read:", "Read more:", "Related Posts", "Leave a Reply")
NEWS_AGENCIES = ("AFP", "Reuters", "AP", "Associated Press", "Anadolu", "dpa", "Xinhua")
# Row labels of a rendered conflict infobox.
INFOBOX_LABELS = (
    "Belligerents", "Commanders and leaders", "Units involved", "Strength",
    "Casualties and losses", "Territorial changes",
)  # fmt: skip

# --- scraped-page noise (plaintext, mirror, frontmatter readers) ------------------------------

# Whole lines of site chrome, compared after stripping ("Last updated" may carry a date).
CHROME_LINES = frozenset(
    {
        "Last updated", "Contents", "Remove ads", "[object Object]", "Open main menu",
        "Wikipedia β", "Jump to navigation", "Jump to search", "Edit", "Read", "View history",
        "Toggle the table of contents", "hide", "show", "Powered by automated translation",
        "Advertisement",
    }
)  # fmt: skip
CHROME_PREFIXES = ("Last updated ", 'Retrieved from "', "This page was last edited")
# Phrases removed wherever they stand in a line.
CHROME_PHRASES = ("From Wikipedia, the free encyclopedia", "[object Object]")
# Maintenance banners start like this (Conflict.notices).
NOTICE_STARTS = ("This article ", "This section ", "The neutrality of this", "This page ")
# "White flag icon.svg" after a name: the party surrendered.
SURRENDER_ICONS = ("White flag icon.svg", "White flag waving.svg", "Flag of truce.svg")
# Two-letter flag emoji (regional indicators) to names, for exports that kept them ("🇷🇺 Russia").
FLAG_EMOJI = {
    "RU": "Russia", "SY": "Syria", "US": "United States", "TR": "Turkey", "IR": "Iran",
    "IQ": "Iraq", "IL": "Israel", "LB": "Lebanon", "GB": "United Kingdom", "FR": "France",
    "DE": "Germany", "UA": "Ukraine", "JO": "Jordan", "SA": "Saudi Arabia", "QA": "Qatar",
}  # fmt: skip
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
    "belligerents": "combatant",
    "combatants": "combatant",
    "commanders and leaders": "commander",
    "commanders": "commander",
    "units involved": "units",
    "strength": "strength",
    "casualties and losses": "casualties",
    "casualties": "casualties",
}
# Labels a mirror glues to their value ("Date17–25 April 2018", "Location Raqqa").
INLINE_LABELS = ("Date", "Location", "Status", "Result", "Coordinates")

# --- news pages (readers/news.py, values/claims.py) --------------------------------------------

# Whole lines of news-site chrome (compared in lower case): ads, slogans, share widgets.
NEWS_CHROME_LINES = frozenset(
    {
        "advertisement", "middle east near you", "powered by automated translation",
        "leave a reply", "related posts", "related articles", "share this article", "share",
        "comments", "most read", "trending", "more from", "sign up", "subscribe",
        "cancel reply", "you may also like", "recommended",
    }
)  # fmt: skip
# Lines starting like these are teasers or widgets ("Read: Iraq launches …").
NEWS_CHROME_PREFIXES = (
    "Read:", "Read more:", "READ MORE:", "Read also:", "Also read:", "Related:", "Follow us",
    "Sign up", "Subscribe to", "Click here", "Watch:", "WATCH:", "Listen:", "Photo:",
)  # fmt: skip
# Organisations that report figures, with the words a report uses for them. The first name is
# the one a Claim gives as its source.
NEWS_SOURCES = {
    "Syrian Observatory for Human Rights": (
        "Syrian Observatory for Human Rights", "SOHR", "Observatory", "monitor", "war monitor",
    ),
    "Syrian Arab News Agency": ("Syrian Arab News Agency", "SANA", "state news agency"),
    "Reuters": ("Reuters",),
    "AFP": ("AFP", "Agence France-Presse"),
    "Associated Press": ("Associated Press", "AP"),
    "United Nations": ("United Nations", "UN"),
    "Syrian Democratic Forces": ("Syrian Democratic Forces", "SDF"),
    "Al-Watan": ("Al-Watan",),
}  # fmt: skip
# One group under many names (linking reports to conflicts; Claim "who" stays as written).
BELLIGERENT_ALIASES = {
    "Islamic State": (
        "Islamic State", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
        "Islamic State group", "ISIL", "ISIS", "IS", "Daesh", "Dimashq Wilayah",
    ),
    "Syrian government": (
        "Syrian Arab Republic", "Syrian government", "Syrian regime", "Syrian Arab Army", "SAA",
        "Syrian Army", "Syrian Armed Forces", "regime", "pro-government", "pro-regime",
        "loyalists",
    ),
    "Syrian rebels": ("rebels", "Free Syrian Army", "FSA", "opposition"),
    "Syrian Democratic Forces": ("Syrian Democratic Forces", "SDF", "Kurdish forces", "YPG"),
    "Hayat Tahrir al-Sham": ("Hayat Tahrir al-Sham", "Tahrir al-Sham", "HTS", "al-Nusra"),
    "Russia": ("Russia", "Russian"),
}  # fmt: skip
# Number words in reports; vague ones are approximate lower bounds ("dozens" -> 24+).
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
# Verbs of attribution: "a monitor said", "said the Observatory", "according to X".
ATTRIBUTION_VERBS = ("said", "says", "reported", "reports", "told", "announced", "claimed")
# Words of conflict names that say nothing about where ("Southern Damascus offensive").
LINK_STOPWORDS = frozenset(
    {
        "offensive", "battle", "siege", "campaign", "operation", "war", "conflict", "clashes",
        "of", "the", "and", "in", "southern", "northern", "eastern", "western", "central",
        "first", "second", "third", "raid", "attack", "assault", "insurgency", "intervention",
        "civil", "inter-rebel",
    }
)  # fmt: skip
# Days after a conflict's end within which a report can still be about it.
LINK_DAYS_AFTER = 30
