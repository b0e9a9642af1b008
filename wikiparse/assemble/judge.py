"""Is a page about an armed conflict? What the reader found decides, by the rules of
``vocab/evidence.py``: a conflict infobox says yes; a redirect, a disambiguation page, a list,
or a page whose infoboxes are all of other kinds says no; a page with no infobox is a conflict
only when its title, lead or categories say so (with a ``no-infobox`` warning)."""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.errors import NotAConflictError
from wikiparse.issues import Issue
from wikiparse.raw import RawPage

__all__ = [
    "LEAD_CHARS", "NOT_A_CONFLICT", "PARENTHETICAL_END", "SHORT_LINE", "TITLE_MARKS", "judge"
]  # fmt: skip

LEAD_CHARS = 800  # how much of the lead is read for its phrases
TITLE_MARKS = " \t-=*#•|"  # a scrape's title line may keep its heading or bullet marks
NOT_A_CONFLICT = "not a military conflict: "
SHORT_LINE = 120  # a first paragraph this short may be the title line of a scrape
# "(March 2018)", "(2017)" after a name.
PARENTHETICAL_END = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def judge(page: RawPage, source: str, hint: str = "") -> list[Issue]:
    """[] for a page with a conflict infobox, [no-infobox warning] for one that is a conflict
    by its text alone; raises NotAConflictError (naming what was seen) for any other page."""
    if page.redirect:
        raise NotAConflictError(source, f"{NOT_A_CONFLICT}a redirect to {page.redirect!r}")
    if page.conflict_box:
        return []
    title = (page.title or page.lead_name or _top_heading(page) or "").strip(TITLE_MARKS)
    lead = _lead(page)
    seen = _other_kind(page, title, lead)
    if seen:
        raise NotAConflictError(source, NOT_A_CONFLICT + seen + hint)
    paragraphs = page.sections[0].paragraphs[:3] if page.sections else []
    why = _conflict_evidence(title, lead, page.categories, paragraphs)
    if why is None:
        raise NotAConflictError(
            source,
            f"{NOT_A_CONFLICT}no conflict infobox, and no battle, "
            f"siege or war in its title, lead or categories{hint}",
        )
    return [Issue(code="no-infobox", message=f"no conflict infobox; read as a conflict by {why}")]


def _top_heading(page: RawPage) -> str | None:
    """A "= Title =" heading (level 1) is the page's title in text exports."""
    return next((s.title for s in page.sections if s.level == 1 and s.title), None)


def _lead(page: RawPage) -> str:
    if page.sections and page.sections[0].title is None:
        return " ".join(page.sections[0].paragraphs)[:LEAD_CHARS].lower()
    return ""


def _other_kind(page: RawPage, title: str, lead: str) -> str | None:
    """What the page is instead, when it says."""
    if page.disambiguation:
        return "a disambiguation page"
    low = title.lower()
    lists = [c for c in page.categories if c.lower().startswith(vocab.LIST_CATEGORY_STARTS)]
    if low.startswith(vocab.LIST_TITLE_STARTS) or lists:
        return f"a list page ({title or lists[0]!r})"
    if any(phrase in lead for phrase in vocab.LIST_LEAD_PHRASES):
        return "a list page (its lead says so)"
    listed = [entry for entry in page.listed if _title_says(entry)]
    if len(listed) >= vocab.LIST_MIN_ENTRIES:
        return f"a list page ({len(listed)} conflicts listed in its tables, {listed[0]!r} first)"
    if page.other_boxes:
        names = ", ".join(f"{{{{{_shown(name)}}}}}" for name in dict.fromkeys(page.other_boxes))
        return f"an {names} page"
    return None


def _shown(name: str) -> str:
    return name[:1].upper() + name[1:]


def _names_a_battle(text: str) -> bool:
    """ "Battle of Evesham", "The second battle of Raqqa (2017), …": a conflict's name first."""
    words = text.lower().replace(",", " ").split()[:6]
    if words and words[0] == "the":
        words = words[1:]
    if words and words[0] in vocab.TITLE_ORDINALS:
        words = words[1:]
    return len(words) >= 2 and words[0] in vocab.TITLE_STARTS and _links(words[1])


def _links(word: str) -> bool:
    """ "of", "bei", "при"; an elided article before the place: "d'Austerlitz", "dell'Isonzo"."""
    return word in vocab.TITLE_LINKS or word.split("'")[0] + "'" in vocab.TITLE_LINKS


def _title_says(title: str) -> bool:
    """ "Battle of Evesham", "Southern Damascus offensive (March 2018)", "Peninsular War"."""
    base = PARENTHETICAL_END.sub("", title)
    words = base.lower().replace(",", " ").split()
    return _names_a_battle(base) or (len(words) >= 2 and words[-1] in vocab.TITLE_ENDS)


def _conflict_evidence(
    title: str, lead: str, categories: list[str], paragraphs: list[str]
) -> str | None:
    """Which rule says the page is a conflict, or None."""
    if _title_says(title):
        return f"its title ({title!r})"
    lines = [p.strip(TITLE_MARKS) for p in paragraphs[:3] if len(p) <= SHORT_LINE]
    short = next((line for line in lines if _title_says(line)), None)
    if short is not None:  # a scrape read as wikitext: its title is one of its first lines
        return f"its first lines ({short!r})"
    phrase = next((p for p in vocab.LEAD_PHRASES if p in lead), None)
    if phrase is not None:
        return f"its lead ({phrase!r})"
    subject = next((p for p in paragraphs if _names_a_battle(p)), None)
    if subject is not None:
        return f"its lead ({subject[:60]!r})"
    category = next((c for c in categories if c.lower().startswith(vocab.CATEGORY_STARTS)), None)
    if category is not None:
        return f"its category ({category!r})"
    return None
