"""Template names and wikitext markup words: what each helper template means.

Template names are normalised (lower case, "_" -> " ", single spaces) before lookup.
"""

from __future__ import annotations

from wikiparse.vocab.lang import LANGUAGES

__all__ = [
    "BULLET_LIST_TEMPLATES", "CIRCA_TEMPLATES", "CITE_TEMPLATES", "CITE_TEMPLATE_PREFIXES",
    "COLLAPSIBLE_LIST_TEMPLATES", "CONVERT_TEMPLATES", "COORD_TEMPLATES", "COUNTRY_TEMPLATES",
    "DATE_RANGE_TEMPLATES", "DATE_TEMPLATES", "FATE_SYMBOLS", "FATE_TEMPLATES",
    "FLAG_ICON_TEMPLATES", "FLAG_IMAGE_TEMPLATES", "FLAG_NAME_TEMPLATES", "INVISIBLE_PREFIXES",
    "INVISIBLE_SUFFIXES", "INVISIBLE_TEMPLATES", "MAINTENANCE_TEMPLATES",
    "MULTIPLE_ISSUES_TEMPLATES", "NAMED_REF_TEMPLATES", "NOTE_TEMPLATES", "NOTICE_TEMPLATES",
    "OLD_STYLE_DATE_TEMPLATES", "PARAM_LIST_TEMPLATES", "REFERENCE_LIST_TEMPLATES",
    "SERVICE_TEMPLATES", "SHORT_FOOTNOTE_TEMPLATES", "STATUS_PAGES", "STATUS_TEMPLATES",
    "SYMBOL_TEMPLATES", "WRAPPER_TEMPLATES"
]  # fmt: skip

# --- helper templates inside infobox values (see reference/infobox-military-conflict.md) ------

# {{flagicon|X|variant}}: an icon only; X is the flag.
FLAG_ICON_TEMPLATES = frozenset(
    {"flagicon", "flag icon", "flagdeco", "flagicon2", "flag deco", "flagcountry icon",
     "coat of arms", "coa icon", "coat of arms icon"}  # a small coat of arms names its entity
)  # fmt: skip
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
    "wounded in action": "wounded",  # {{WIA}} renders "(WIA)" linking here
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
CITE_TEMPLATES = frozenset({"citation", "cite", "vcite web", "vcite book", "harvc"}).union(
    *(x.cite_templates for x in LANGUAGES.values())  # "internetquelle", "lien web", "книга"
)
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
    "snds": " – ",
    "sndash": " – ",
    "spnd": " – ",
    "spaced ndash": " – ",
    "spaced en dash": " – ",
    "spaced dash": " – ",
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
# "{{Age in years, months and days|…}}" after a date range is a duration, not a date.
INVISIBLE_PREFIXES = ("campaignbox", "navbox", "defaultsort:", "displaytitle:", "pp-", "s-",
                      "age in ", "duration")  # fmt: skip
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
# {{Reflist|refs=<ref name=a>…</ref>}}: the reference list, where list-defined references are.
REFERENCE_LIST_TEMPLATES = frozenset({"reflist", "references", "reflist-talk"})
