"""Page furniture and names: chrome that tells formats apart and is removed, row labels of
rendered infoboxes, linking stop words (news sources and party names are in ``news``).
"""

from __future__ import annotations

from wikiparse.vocab.lang import en

__all__ = [
    "CHROME_LINES", "CHROME_PARTS", "CHROME_PHRASES", "CHROME_PREFIXES", "FLAG_EMOJI",
    "LINK_DAYS_AFTER", "LINK_STOPWORDS", "MIRROR_CHROME", "NEWS_AGENCIES", "NEWS_CHROME",
    "NEWS_CHROME_LINES", "NEWS_CHROME_PREFIXES", "NOTICE_STARTS", "PHOTO_AGENCIES",
    "PLAINTEXT_CHROME", "SURRENDER_ICONS", "WIDER_SCOPE_PHRASES", "WIDER_SCOPE_SINCE"
]  # fmt: skip

# English's tables, moved to vocab/lang/en.py and exported here under the same names.
CHROME_LINES = en.CHROME_LINES
CHROME_PHRASES = en.CHROME_PHRASES
CHROME_PREFIXES = en.CHROME_PREFIXES
MIRROR_CHROME = en.MIRROR_CHROME
PLAINTEXT_CHROME = en.PLAINTEXT_CHROME


# --- page chrome that tells formats apart (see readers/detect.py) -----------------------------

# News-page furniture and bylines.
NEWS_CHROME = ("Advertisement", "Read:", "Read more:", "Related Posts", "Leave a Reply")
NEWS_AGENCIES = ("AFP", "Reuters", "AP", "Associated Press", "Anadolu", "dpa", "Xinhua")
# Who signs a photo credit at the end of a caption ("(AP Photo/Hussein Malla)"): the news
# agencies and the picture agencies.
PHOTO_AGENCIES = (*NEWS_AGENCIES, "Getty", "EPA")
# --- scraped-page noise (plaintext, mirror, frontmatter readers) ------------------------------

# Chrome lines that carry the page's name: "Battle of the Crater facts for kids" (kiddle),
# "Get Battle of the Crater essential facts below. View Videos or join …" (popflock).
CHROME_PARTS = (" facts for kids", "essential facts below. ")
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
