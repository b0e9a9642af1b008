"""RawPage -> Conflict: canonical fields through the value parsers into the models.

Whatever a value parser cannot read becomes ``None`` plus an Issue; infobox parameters with no
Conflict field go to ``extra``. Nothing here knows markup: it reads the RawPage only.
"""

from __future__ import annotations

from wikiparse.assemble.dates import join_date_end, lead_date, lost_date, read_date
from wikiparse.assemble.sides import build_sides, link_page
from wikiparse.models import (
    Citation,
    Conflict,
    Coordinates,
    DateSpan,
    Issue,
    Link,
    Section,
)
from wikiparse.raw import RawPage, RawValue, cited, walk
from wikiparse.values import locale
from wikiparse.values.citations import build_citation
from wikiparse.values.dates import keeps_one_of_two
from wikiparse.values.geo import parse_coordinates
from wikiparse.values.lists import split_part_of
from wikiparse.values.text import is_unknown, lead_subject, squash, strip_bullet

__all__ = ["LOST_VALUE", "MAX_REFERENCES", "UNTITLED", "Assembler", "assemble"]

UNTITLED = "Untitled conflict"
# References read of one page: a Citation is about 1.3 KB, so 16,000 named references (80
# bytes each) held 28 bytes per input byte. The longest articles cite a few hundred sources.
MAX_REFERENCES = 2_000


# What a scrape leaves where a value was lost ("Date: –", current renders of some pages).
LOST_VALUE = "–—−- "


class Assembler:
    def __init__(self, page: RawPage, sections: bool = True) -> None:
        self.page = page
        self.sections = sections  # False: infobox only (see ``assemble``)
        self.box = page.infobox
        self.issues: list[Issue] = []  # the reader's own are added by the caller
        self.used: set[str] = set()
        # The language its reader found the values in (a German box, a French scrape): their
        # dates and figures are read in its words. An English template's values are read in
        # English's whatever the prose around them (the render of a Conflict reads back as it).
        self.lang = page.language

    def value(self, key: str) -> RawValue | None:
        self.used.add(key)
        return self.box.get(key)

    def text(self, key: str, joiner: str = "\n") -> str | None:
        value = self.value(key)
        if value is None:
            return None
        text = joiner.join(squash(line) for line in value.text.split("\n") if squash(line))
        return text or None

    def unparsed(self, field: str, text: str, what: str) -> None:
        self.issues.append(
            Issue(code="unparsed-value", message=f"could not read {what}", field=field, text=text)
        )

    # --- fields -------------------------------------------------------------------------------

    def name(self) -> str:
        name = self.text("conflict", " ") or self.page.title or self.page.lead_name
        if not name and self.page.sections:  # an excerpt may open with a stray fragment
            lead = self.page.sections[0].paragraphs[:3]
            subjects = (lead_subject(p) or locale.lead_subject(p, self.lang) for p in lead)
            name = next((s for s in subjects if s), None)
        if not name:
            self.issues.append(Issue(code="missing-name", message="no name or title found"))
        return name or UNTITLED

    def date(self) -> DateSpan | None:
        text = join_date_end(self.text("date", " "), self.text("date_end", " "))
        if text is not None and not text.strip(LOST_VALUE):  # "Date: –": the render lost it
            message = "the date shows only a dash: it was lost"
            self.issues.append(Issue(code="value-lost", field="date", text=text, message=message))
            return None
        if self.lang not in (None, "en") and (text is None or lost_date(text, self.issues)):
            return lead_date(self.page, self.lang, self.issues)
        if text is None or is_unknown(text, self.lang):
            return None
        span = read_date(text, self.lang, self.issues)
        if span is None:
            self.unparsed("date", text, "a date")
        elif keeps_one_of_two(text, span):
            self.issues.append(
                Issue(
                    code="date-kept-one",
                    field="date",
                    text=text,
                    message="the text names two dates but one was read: the end date may be wrong",
                )
            )
        return span

    def coordinates(self) -> Coordinates | None:
        text = self.text("coordinates", " ") or self.page.coordinates
        if text is None:
            return None
        coords = parse_coordinates(locale.coordinates_text(text, self.lang))
        if coords is None:
            self.unparsed("coordinates", text, "coordinates")
        return coords

    def part_of(self) -> list[Link]:
        value = self.value("partof")
        if value is None:
            return []
        out = []
        for item in walk(value.items):  # a line's links name only that line's wars
            links = list(item.links)
            for text in split_part_of(item.text):
                page = link_page(links, text)
                if page is not None:  # "[[A]] and the [[B|A]]": each link is used once
                    links = links[[x.page for x in links].index(page) + 1 :]
                out.append(Link(text=text, page=page))
        return out

    def image(self) -> str | None:
        value = self.value("image")
        if value is None:
            return None
        name = value.files[0] if value.files else squash(value.text)
        if ":" in name and name.split(":", 1)[0].lower() in ("file", "image"):
            name = name.split(":", 1)[1].strip()
        return name or None

    def result(self) -> tuple[str | None, list[str]]:
        """The headline outcome (top-level lines) and its bullet points; status if no result."""
        key = "result" if "result" in self.box else "status"
        value = self.value(key)
        if value is None:
            return None, []
        # the first line is the result; the lines after it ("<br>" or "*" items) are outcomes,
        # never joined into it ("Inconclusive<br>Russian tactical victory")
        head: str | None = None
        outcomes: list[str] = []
        for root in value.items:
            if root.depth == 0 and head is None:
                head = strip_bullet(root.text) or None
                outcomes.extend(item.text for item in walk(root.children))
            else:
                outcomes.extend(item.text for item in walk([root]))
        # "• Final overthrow of House of York": a typed bullet is a marker, not the outcome's
        return head, [text for text in map(strip_bullet, outcomes) if text]

    def place(self) -> tuple[str | None, list[Link]]:
        value = self.value("place")
        if value is None:
            return None, []
        return self.text("place", ", "), [Link(text=x.text, page=x.page) for x in value.links]

    def references(self) -> list[Citation]:
        refs = self.page.references
        if not self.sections:
            keys = cited(self.box)
            refs = [ref for ref in refs if ref.key is not None and ref.key in keys]
        out: list[Citation] = []
        for ref in refs:
            if len(out) == MAX_REFERENCES:
                self.issues.append(
                    Issue(
                        code="list-capped",
                        field="references",
                        message=f"more than {MAX_REFERENCES:,} references: the rest were not read",
                    )
                )
                break
            citation, issues = build_citation(ref, self.lang)
            self.issues.extend(issues)
            out.append(citation)
        return out

    def extra(self) -> dict[str, str]:
        if "result" in self.box:
            self.used.discard("status")  # status beside a result is kept, not lost
        return {
            key: value.text
            for key, value in self.box.items()
            if key not in self.used and value.text
        }

    def conflict(self) -> Conflict:
        sides, joint, side_keys = build_sides(
            self.box, self.issues, self.lang, runs=self.page.flattened
        )
        self.used |= side_keys
        result, outcomes = self.result()
        place, place_links = self.place()
        body = self.page if self.sections else RawPage()  # infobox only: no article
        return Conflict(
            name=self.name(),
            part_of=self.part_of(),
            image=self.image(),
            caption=self.text("caption"),
            date=self.date(),
            place=place,
            place_links=place_links,
            coordinates=self.coordinates(),
            result=result,
            outcomes=outcomes,
            territory=self.text("territory"),
            sides=sides,
            joint=joint,
            notes=self.text("notes"),
            notices=list(dict.fromkeys(self.page.notices)),
            sections=[
                Section(title=s.title, level=s.level, paragraphs=s.paragraphs)
                for s in body.sections
            ],
            see_also=[Link(text=x.text, page=x.page) for x in body.see_also],
            references=self.references(),
            related=[Link(text=x.text, page=x.page) for x in body.related],
            extra=self.extra(),
        )


def assemble(page: RawPage, sections: bool = True) -> tuple[Conflict, list[Issue]]:
    """Build the Conflict of a RawPage and list every Issue met on the way. ``sections``
    False: the infobox only, without the article's sections, See also and related links,
    and with only the references the infobox cites (the lead may still give the name)."""
    assembler = Assembler(page, sections)
    conflict = assembler.conflict()
    return conflict, assembler.issues
