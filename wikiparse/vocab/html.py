"""What rendered HTML says with class names, ids and tags: the html reader's data tables.

Every class name is optional in the wild (InfoTabs fragments strip them all), so each table
is a shortcut the reader takes when it can; the fallbacks are structural (rows, columns).
Names come from MediaWiki's classic render, the Vector/Minerva skins, Parsoid/REST HTML and
the mirrors that copy them (``reference/html-shapes.md``).
"""

from __future__ import annotations

__all__ = [
    "CATEGORY_NAMESPACE", "HTML_BLOCK_TAGS", "HTML_CAPTION_CLASSES", "HTML_CHROME_TAGS",
    "HTML_CONTENT_CLASSES", "HTML_CONTENT_IDS", "HTML_DROP_TAGS", "HTML_FIRST_HEADING_IDS",
    "HTML_FLAG_CLASSES", "HTML_GEO_CLASSES", "HTML_HEADER_CLASSES", "HTML_HEADINGS",
    "HTML_INDEX_TITLE", "HTML_INFOBOX_CLASSES", "HTML_LABEL_CLASSES", "HTML_LIST_TAGS",
    "HTML_NOISE_CLASSES", "HTML_NOISE_IDS", "HTML_NOTICE_CLASSES", "HTML_READ_APART",
    "HTML_SKIP_NAMESPACES", "HTML_TITLE_SEPARATORS", "HTML_WIKI_PATHS", "NEWS_LD_TYPES",
    "NEWS_META_AUTHOR", "NEWS_META_DATE", "NEWS_META_HEADLINE", "NEWS_META_PUBLISHER",
    "NEWS_OG_TYPES", "NEWS_POST_LABEL_CLASSES", "NEWS_WIDGET_CLASS_PARTS"
]  # fmt: skip

# Elements that are never text: dropped with everything inside.
# (Not <form>: ASP.NET pages wrap the whole page in one.)
HTML_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "head",
                            "iframe", "object", "button", "input", "select",
                            "textarea"})  # fmt: skip
# Page furniture, by class: edit links, navigation boxes, hatnotes, the table of contents,
# image thumbnails and their captions, print-only and mirror chrome.
HTML_NOISE_CLASSES = frozenset({
    "mw-editsection", "navbox", "vertical-navbox", "navbox-styles", "navigation-not-searchable",
    "hatnote", "dablink", "rellink", "toc", "toclimit-2", "toclimit-3", "thumb", "thumbinner",
    "thumbcaption", "mw-jump-link", "noprint", "printfooter", "mw-cite-backlink", "sistersitebox",
    "portal", "portalbox", "side-box", "shortdescription", "mw-empty-elt", "catlinks",
    "mw-authority-control", "authority-control", "gallery", "mw-references-wrap", "reflist",
    "refbegin", "references", "infobox", "ad", "ads", "advert", "advertisement", "share",
    "social", "cookie", "breadcrumb", "mw-indicators", "magnify",
    "reference", "sidebar",
})  # fmt: skip
# Classes of what the html reader reads apart from the body (not counted as removed noise).
HTML_READ_APART = frozenset({"infobox", "references", "reflist", "mw-references-wrap",
                             "refbegin", "catlinks"})  # fmt: skip
# Page furniture, by id.
HTML_NOISE_IDS = frozenset({"toc", "siteSub", "contentSub", "jump-to-nav", "catlinks",
                            "mw-navigation", "footer", "mw-head", "mw-panel",
                            "p-lang"})  # fmt: skip
# Tags whose content is chrome on any page (article text never lives in them).
HTML_CHROME_TAGS = frozenset({"nav", "footer", "aside", "header", "figure", "figcaption"})
# Maintenance banners: their text becomes a notice ("This article needs additional citations").
HTML_NOTICE_CLASSES = frozenset({"ambox"})  # the table of a message box, in every skin
# Elements that end one item of a list value and start the next.
HTML_BLOCK_TAGS = frozenset({"p", "div", "li", "dd", "dt", "tr", "table", "h1", "h2", "h3",
                             "h4", "h5", "h6", "blockquote", "center", "section", "ul", "ol",
                             "dl", "pre", "hr"})  # fmt: skip
HTML_LIST_TAGS = frozenset({"ul", "ol", "dl"})
HTML_HEADINGS = {"h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# The infobox: its classes, and the classes its rows carry in the current skins.
HTML_INFOBOX_CLASSES = frozenset({"infobox", "infobox_v2", "infobox_v3", "vevent"})
HTML_HEADER_CLASSES = frozenset({"infobox-header"})
HTML_LABEL_CLASSES = frozenset({"infobox-label"})
HTML_CAPTION_CLASSES = frozenset({"infobox-caption"})
# Flag icons beside a name; a ".flagicon img" names its country by alt or file name.
HTML_FLAG_CLASSES = frozenset({"flagicon", "flagdeco"})
# Coordinates as a page carries them for machines (a microformat).
HTML_GEO_CLASSES = frozenset({"geo", "geo-dec"})
# Where the article lives on a Wikipedia page and its mirrors (first found wins).
HTML_CONTENT_IDS = ("mw-content-text", "bodyContent", "content", "main")
HTML_CONTENT_CLASSES = frozenset({"mw-parser-output"})
HTML_FIRST_HEADING_IDS = ("firstHeading", "section_0")
# "Battle of X - Wikipedia": site names after the page title in <title>.
HTML_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ")
# Links that lead to pages: "/wiki/Title", "./Title" (Parsoid, Kiwix), "…/w/index.php?title=".
HTML_WIKI_PATHS = ("/wiki/", "./")
HTML_INDEX_TITLE = "title="
# Namespaces whose links are not article links (files, categories, help pages).
HTML_SKIP_NAMESPACES = ("File:", "Image:", "Category:", "Help:", "Special:", "Template:",
                        "Wikipedia:", "Portal:", "Talk:", "Template talk:")  # fmt: skip
CATEGORY_NAMESPACE = "Category:"
# News pages: schema.org types of a news article in ld+json, and meta tags by what they give.
NEWS_LD_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle",
                           "AnalysisNewsArticle", "BlogPosting", "WebPage", "OpinionNewsArticle",
                           "LiveBlogPosting"})  # fmt: skip
NEWS_META_HEADLINE = ("og:title", "twitter:title", "title", "headline")
NEWS_META_DATE = ("article:published_time", "datePublished", "date", "pubdate",
                  "sailthru.date", "dc.date", "DC.date.issued", "publish-date")  # fmt: skip
NEWS_META_AUTHOR = ("author", "article:author", "byl", "sailthru.author", "dc.creator")
NEWS_META_PUBLISHER = ("og:site_name", "application-name", "publisher")
# A page that says it is an article (og:type) is read as news when it has no infobox.
NEWS_OG_TYPES = frozenset({"article", "news", "website:article"})
# Parts of the class names of widgets embedded in a news story: a photo gallery's promo caption
# ("wp-volt-gal-embed-promo-bottom", the Washington Post) or a slideshow is not the story's
# first paragraph. Matched inside class names: sites build them from these words.
NEWS_WIDGET_CLASS_PARTS = ("gallery", "slideshow", "carousel", "promo")
# Class names that label a whole post, not a widget in it: WordPress's post_class() writes the
# post's format and terms on the story's own wrapper ("<article class='post format-gallery
# category-slideshow'>"); a widget word inside them must not drop the story. Modifier classes
# say what a wrapper holds ("story has-gallery", "with-carousel"), not that it is the widget.
NEWS_POST_LABEL_CLASSES = ("format-", "post_format-", "category-", "tag-", "has-", "with-",
                           "contains-")  # fmt: skip
