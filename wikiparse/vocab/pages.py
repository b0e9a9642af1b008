"""Page furniture and names: chrome that tells formats apart and is removed, row labels of
rendered infoboxes, news sources and belligerent aliases, linking stop words.
"""

from __future__ import annotations

# --- page chrome that tells formats apart (see readers/detect.py) -----------------------------

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
# News-page furniture and bylines.
NEWS_CHROME = ("Advertisement", "Read:", "Read more:", "Related Posts", "Leave a Reply")
NEWS_AGENCIES = ("AFP", "Reuters", "AP", "Associated Press", "Anadolu", "dpa", "Xinhua")
# Who signs a photo credit at the end of a caption ("(AP Photo/Hussein Malla)"): the news
# agencies and the picture agencies.
PHOTO_AGENCIES = (*NEWS_AGENCIES, "Getty", "EPA")
# --- scraped-page noise (plaintext, mirror, frontmatter readers) ------------------------------

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
# Chrome lines that carry the page's name: "Battle of the Crater facts for kids" (kiddle),
# "Get Battle of the Crater essential facts below. View Videos or join …" (popflock).
CHROME_PARTS = (" facts for kids", "essential facts below. ")
# Phrases removed wherever they stand in a line.
CHROME_PHRASES = (
    "From Wikipedia, the free encyclopedia", "[object Object]",
    "Frae Wikipedia, the free beuk o knawledge",  # Scots Wikipedia's tagline
)  # fmt: skip
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
    "In association with", "Sponsored by", "Presented by",
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
# A claim about the wider war, not the conflict a report is linked to: "Syria's war has killed
# more than 350,000 people" in a report on a two-week offensive (timeline scope "wider").
WIDER_SCOPE_PHRASES = (
    "war has killed", "conflict has killed", "war has left", "conflict has left",
    "since the war began", "since the conflict began", "since the start of the war",
    "since the start of the conflict", "since the beginning of the war", "in the war so far",
    "death toll of the war", "war's death toll", "war’s death toll",
)  # fmt: skip
# Words before a year that say a count runs from then ("since 2011", "starting in 2011"): a
# year before the conflict's start makes the claim the wider war's.
WIDER_SCOPE_SINCE = ("since", "starting in", "started in", "beginning in", "began in")
