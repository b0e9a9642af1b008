"""Hand-written hypothesis strategies, one per model, valid by construction.

They build records the library can represent: texts already clean (single spaces, NFC, no
markup residue), figures and dates whose ``text`` says exactly what their fields say, 2–5 sides
each with belligerents, a joint row only beside sides, references keyed first.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from functools import lru_cache

from hypothesis import strategies as st

from wikiparse import fields, issues, vocab
from wikiparse.assemble.items import is_heraldic
from wikiparse.models import (
    Citation,
    Claim,
    Commander,
    Conflict,
    Coordinates,
    DateSpan,
    Document,
    Issue,
    Link,
    NewsReport,
    Party,
    Quantity,
    Section,
    Side,
)
from wikiparse.values.citations import citation_text
from wikiparse.values.names import is_peerage, is_title_line

# Letters from many scripts (Latin with diacritics, Greek, Cyrillic, Arabic, Hebrew, Devanagari,
# CJK, Hangul, and one astral plane character), all stable under NFC. A fixed sample keeps
# generation fast; st.characters(categories=...) made each Conflict cost ~140 ms to draw.
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "àáâäçèéêëíîïñóôöúüýÿßøåæœĂăĄąĆćČčĐđĘęĞğİıŁłŃńŐőŘřŚśŞşŠšŢţŰűŹźŻżŽž"
    "ΑΒΓΔαβγδεζηθλμπσω"
    "АБВГДЖЗИЙКЛабвгджзийклмнопя"
    "ابتثجحدرسشصعقلمنهوي"
    "אבגדהוזחטי"
    "कखगघचजटडतदनपबमयरलवसह"
    "中国日本語東京北京上海漢字戦争"
    "한국어서울"
    "𠀋"
)
LETTERS = st.sampled_from(_ALPHABET)
# Free text may hold characters that are markup in wikitext: the renderer must escape them.
SYMBOLS = "&|[]{}<>=*#:;!?'\".,-/%~_+@$^`\\"
RESIDUE = re.compile(r"\{\{|\}\}|\[\[|\]\]|\{\||\|\}|''|</?[A-Za-z]")
RESERVED_TITLES = fields.SEE_ALSO_TITLES | fields.RELATED_TITLES | fields.REFERENCE_TITLES
RANK_STARTS = tuple(f"{rank} " for rank in vocab.RANKS)
FATE_WORDS = set(vocab.STATUS_TEMPLATES)


def _nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


def _word(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=8)


def words(min_size: int = 1, max_size: int = 4, extra: str = "") -> st.SearchStrategy[str]:
    """Single-spaced words of letters (and ``extra`` characters inside words)."""
    alphabet = st.one_of(LETTERS, st.sampled_from(extra)) if extra else LETTERS
    word = st.builds(lambda head, tail: head + tail, LETTERS, st.text(alphabet, max_size=7))
    return (
        st.lists(word, min_size=min_size, max_size=max_size)
        .map(" ".join)
        .filter(_nfc)
        .filter(lambda t: t.split()[0].casefold() != "the" and " and the " not in t)
        .filter(lambda t: t.casefold().strip(".") not in vocab.UNKNOWN_WORDS)
        .filter(lambda t: not RESIDUE.search(t))
    )


def free_line() -> st.SearchStrategy[str]:
    """One line of free text, markup characters included, no markup residue."""
    token = st.one_of(_word(LETTERS), st.text(st.sampled_from(SYMBOLS), min_size=1, max_size=2))
    return (
        st.lists(token, min_size=1, max_size=6)
        .map(" ".join)
        .filter(_nfc)
        .filter(lambda t: not RESIDUE.search(t))
    )


# A result line or outcome starting with "- " is a bullet and its text (issue 30).
outcome_lines = free_line().filter(lambda t: not t.startswith("- "))


def free_text() -> st.SearchStrategy[str]:
    return st.lists(free_line(), min_size=1, max_size=3).map("\n".join)


pages = words(extra="-',.")  # link targets: no | [ ] { } # < > _ :
names = words(extra="-'.")
KEY_POOL = ("a", "n1", "Harris2008", "ref-9", "x y", "sfn 2001, p. 3")
maybe_pages = st.none() | pages
# Strategies are built once and cached: hypothesis validates each new strategy object, and
# building them inside every draw made a Conflict cost ~100 ms.
cached = lru_cache(maxsize=None)


@cached
def ref_lists(refs: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(refs), unique=True, max_size=2) if refs else st.just([])


PAGE_SAFE = re.compile(r"[^\W\d_][\w\-',. ]*")


@st.composite
def links(draw: st.DrawFn, text: st.SearchStrategy[str] = names) -> Link:
    name = draw(text)
    same = [st.just(name)] if PAGE_SAFE.fullmatch(name) and "_" not in name else []
    page = draw(st.one_of(st.none(), pages, *same))
    return Link(text=name, page=page)


party_names = names.filter(lambda t: not t.endswith(":"))


notes = st.none() | words(extra="-',.").filter(lambda t: t.lower() not in FATE_WORDS)
ROLE_ENDS = tuple(f"-{role}" for role in vocab.ROLE_SUFFIXES)


def _personal(name: str) -> bool:
    """A name the commander rules keep whole (issue 30): no lower-case title before it
    ("harka Bulcsú"), no role glued after it ("X-center"), not a line of office words."""
    lower, glued = name[:1].islower(), name.lower().endswith(ROLE_ENDS)
    return not lower and not glued and not is_title_line(name)


commander_names = names.filter(lambda t: not t.startswith(RANK_STARTS)).filter(_personal)
ranks = st.none() | st.sampled_from(vocab.RANKS)
# A flag is no country code ("USA" is read as the United States) and no badge or coat of arms.
FLAG_CODES = {*vocab.COUNTRY_TEMPLATES, *vocab.FLAG_CODES}
flags = st.none() | pages.filter(
    lambda f: not is_heraldic(f) and not (f.isupper() and f.lower() in FLAG_CODES)
)
fates = st.none() | st.sampled_from(sorted(vocab.FATE_TEMPLATES))


@cached
def parties(refs: tuple[str, ...], depth: int = 0) -> st.SearchStrategy[Party]:
    """A party with its flag, note, surrender and up to two levels of children."""
    children = st.lists(parties(refs, depth + 1), max_size=2) if depth < 2 else st.just([])
    return st.builds(
        Party,
        name=party_names,
        page=maybe_pages,
        flag=flags,
        note=notes,
        surrendered=st.booleans(),
        children=children,
        refs=ref_lists(refs),
    )


@cached
def commanders(refs: tuple[str, ...]) -> st.SearchStrategy[Commander]:
    """A commander; a rank and name that make a peer's style ("Baron" + "Clifford") are one
    name to the library, so they are not drawn apart."""
    return st.builds(
        Commander,
        name=commander_names,
        page=maybe_pages,
        rank=ranks,
        note=notes,
        flag=flags,
        fate=fates,
        refs=ref_lists(refs),
    ).filter(lambda c: c.rank is None or not is_peerage(c.rank, c.name))


KIND_WORDS = {"killed": "killed", "wounded": "wounded", "captured": "captured",
              "missing": "missing", "dead_or_wounded": "killed or wounded", "total": "total",
              "materiel": "tanks"}  # fmt: skip
_KIND_VOCAB = {w for w, _ in vocab.QUANTITY_KIND_WORDS} | set(vocab.NUMBER_SCALES)
PLAIN_WORDS = words(extra="-").filter(
    lambda t: (
        not (set(t.lower().split()) & (_KIND_VOCAB | {"to", "or", "and", "k"}))
        and not any(w in t.lower() for w, _ in vocab.QUANTITY_KIND_WORDS)
    )
)


@st.composite
def _quantities(
    draw: st.DrawFn, refs: tuple[str, ...], kinds: tuple[str, ...] | None = None
) -> Quantity:
    chosen = draw(ref_lists(refs))
    if kinds is None and draw(st.integers(0, 9)) == 0:  # a value with no figure ("Few")
        return Quantity(text=draw(PLAIN_WORDS), refs=chosen)
    low = draw(st.integers(0, 2_000_000))
    at_least = draw(st.booleans())
    high = None if at_least else draw(st.one_of(st.just(low), st.integers(low, 3_000_000)))
    approx = draw(st.booleans())
    kind = draw(
        st.sampled_from(kinds)
        if kinds
        else st.one_of(st.none(), st.sampled_from(sorted(KIND_WORDS)))
    )
    # a materiel figure names what was lost: its word is its what ("12 tanks")
    what = KIND_WORDS[kind] if kind == "materiel" else draw(st.one_of(st.none(), PLAIN_WORDS))
    source = draw(st.one_of(st.none(), PLAIN_WORDS))
    figure = f"{low:,}" if high in (low, None) else f"{low:,}–{high:,}"
    text = " ".join(
        part
        for part in (
            "c." if approx else "",
            f"{figure}+" if at_least else figure,
            what or "",
            KIND_WORDS[kind] if kind and kind != "materiel" else "",
            f"(per {source})" if source else "",
        )
        if part
    )
    return Quantity(text=text, low=low, high=high, approx=approx, at_least=at_least,
                    kind=kind, what=what, source=source, refs=chosen)  # type: ignore[arg-type]  # fmt: skip


@cached
def quantities(refs: tuple[str, ...]) -> st.SearchStrategy[Quantity]:
    """A figure and the text that states it: "c. 1,500–2,500 men killed (per X)"."""
    return _quantities(refs)


@cached
def figures(refs: tuple[str, ...]) -> st.SearchStrategy[Quantity]:
    """A quantity with a number in it (empty ``kinds``: any kind, never the "Few" line)."""
    return _quantities(refs, ())


@st.composite
def _ymd(draw: st.DrawFn) -> tuple[int, int | None, int | None, bool]:
    bc = draw(st.booleans()) and draw(st.booleans())
    year = draw(st.integers(1, 3000 if bc else 2100))
    month = draw(st.one_of(st.none(), st.integers(1, 12)))
    day = None
    if month is not None and draw(st.booleans()):
        day = draw(st.integers(1, 29 if bc else calendar.monthrange(year, month)[1]))
    return year, month, day, bc


def _iso(year: int, month: int | None, day: int | None, bc: bool) -> str:
    out = f"-{year:04d}" if bc else f"{year:04d}"
    return out + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def _say(year: int, month: int | None, day: int | None, bc: bool) -> str:
    era = " BC" if bc else (" AD" if year < 100 else "")
    parts = [str(day) if day else "", vocab.MONTH_NAMES[month - 1] if month else "", f"{year}{era}"]
    return " ".join(p for p in parts if p)


def _ordered(a: tuple[int, int | None, int | None, bool], b: tuple[int, ...]) -> bool:
    from wikiparse.models.iso import iso_ordered

    return iso_ordered(_iso(*a), _iso(*b))  # type: ignore[arg-type]


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    """Single dates, ranges, open ranges, BC years and circa, with their precision."""
    start = draw(_ymd())
    approx = draw(st.booleans())
    shape = draw(st.sampled_from(["single", "range", "ongoing"]))
    lead = "c. " if approx else ""
    if shape == "single":
        return DateSpan(text=lead + _say(*start), start=_iso(*start), end=_iso(*start),
                        approx=approx)  # fmt: skip
    if shape == "ongoing":
        return DateSpan(text=f"{lead}{_say(*start)} – present", start=_iso(*start), end=None,
                        approx=approx, ongoing=True)  # fmt: skip
    end = draw(_ymd().filter(lambda e: _ordered(start, e)))
    return DateSpan(text=f"{lead}{_say(*start)} – {_say(*end)}", start=_iso(*start),
                    end=_iso(*end), approx=approx)  # fmt: skip


coordinates = st.builds(
    Coordinates,
    lat=st.floats(-90, 90).map(lambda x: round(x, 4)),
    lon=st.floats(-180, 180).map(lambda x: round(x, 4)),
)


PART_KINDS = ("killed", "wounded", "captured", "missing", "dead_or_wounded")


@st.composite
def figure_lists(draw: st.DrawFn, refs: tuple[str, ...], max_size: int) -> list[Quantity]:
    """Figures of their own, maybe with a total and its parts ("3,798 total" then "504
    killed", "1,881 wounded": ``part_of`` the total's index) among them. A line with no
    number ("Few") is no figure of a side (it becomes an Issue), so none is drawn here."""
    out = draw(st.lists(figures(refs), max_size=max_size))
    if draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(0, len(out)))
        total = draw(_quantities(refs, ("total",)))
        parts = draw(st.lists(_quantities(refs, PART_KINDS), min_size=1, max_size=2))
        group = [total, *(p.model_copy(update={"part_of": at}) for p in parts)]
        rest = [q.model_copy(update={"part_of": None}) for q in out[at:]]
        out = [*out[:at], *group, *rest]
    return out


@cached
def sides(refs: tuple[str, ...]) -> st.SearchStrategy[Side]:
    return st.builds(
        Side,
        belligerents=st.lists(parties(refs), min_size=1, max_size=2),
        commanders=st.lists(commanders(refs), max_size=2),
        units=st.lists(parties(refs), max_size=1),
        strength=figure_lists(refs, 2),
        casualties=figure_lists(refs, 3),
    )


@cached
def joint_rows(refs: tuple[str, ...]) -> st.SearchStrategy[Side]:
    # no belligerents: a combatant parameter always opens a column of its own
    return st.builds(
        Side,
        commanders=st.lists(commanders(refs), max_size=1),
        strength=st.lists(figures(refs), max_size=1),
        casualties=st.lists(figures(refs), min_size=1, max_size=2),
    )


@st.composite
def citations(draw: st.DrawFn, key: str | None) -> Citation:
    url = draw(
        st.one_of(st.none(), st.from_regex(r"https://example\.org/[a-z0-9]{1,8}", fullmatch=True))
    )
    if draw(st.booleans()):  # free text, as <ref>Hughes pg. 349</ref>
        return Citation(key=key, url=url, text=draw(free_line()))
    iso = st.one_of(st.none(), _ymd().map(lambda d: _iso(*d)))
    extra = draw(st.dictionaries(st.sampled_from(["isbn", "pages", "location", "quote", "via"]),
                                 free_line(), max_size=2))  # fmt: skip
    cite = Citation(
        key=key,
        url=url,
        title=draw(free_line()),
        work=draw(st.one_of(st.none(), free_line())),
        publisher=draw(st.one_of(st.none(), free_line())),
        date=draw(iso),
        access_date=draw(iso),
        archive_url=draw(st.one_of(st.none(), st.just("https://archive.org/x"))),
        archive_date=draw(iso),
        authors=draw(st.lists(names, max_size=3)),
        extra=extra,
    )
    return cite.model_copy(update={"text": citation_text(cite)})


@st.composite
def sections(draw: st.DrawFn) -> list[Section]:
    out = []
    if draw(st.booleans()):
        out.append(
            Section(
                title=None, level=0, paragraphs=draw(st.lists(free_line(), min_size=1, max_size=3))
            )
        )
    titles = free_line().filter(lambda t: t.lower() not in RESERVED_TITLES)
    for _ in range(draw(st.integers(0, 3))):
        out.append(Section(title=draw(titles), level=draw(st.integers(1, 6)),
                           paragraphs=draw(st.lists(free_line(), max_size=3))))  # fmt: skip
    return out


@st.composite
def places(draw: st.DrawFn) -> tuple[str | None, list[Link]]:
    segments = draw(st.lists(links(), max_size=3))
    if not segments:
        return None, []
    return ", ".join(s.text for s in segments), [s for s in segments if s.page is not None]


@st.composite
def conflicts(draw: st.DrawFn) -> Conflict:
    """A whole Conflict: 0 or 2–5 sides, optional joint row, references keyed then loose."""
    ref_keys = draw(st.lists(st.sampled_from(KEY_POOL), unique=True, max_size=4))
    usable = (*ref_keys, "dangling")
    side_list = draw(st.one_of(st.just([]), st.lists(sides(usable), min_size=2, max_size=5)))
    joint = draw(st.one_of(st.none(), joint_rows(usable))) if side_list else None
    result = draw(st.one_of(st.none(), outcome_lines))
    place, place_links = draw(places())
    references = [draw(citations(k)) for k in ref_keys]
    references += draw(st.lists(citations(None), max_size=2))
    return Conflict(
        name=draw(free_line()),
        part_of=draw(st.lists(links(), max_size=3)),
        image=draw(st.one_of(st.none(), names.map(lambda n: n + ".jpg"))),
        caption=draw(st.one_of(st.none(), free_text())),
        date=draw(st.one_of(st.none(), date_spans())),
        place=place,
        place_links=place_links,
        coordinates=draw(st.one_of(st.none(), coordinates)),
        result=result,
        outcomes=draw(st.lists(outcome_lines, max_size=3)),
        territory=draw(st.one_of(st.none(), free_text())),
        sides=side_list,
        joint=joint,
        notes=draw(st.one_of(st.none(), free_text())),
        notices=draw(st.lists(free_line(), unique=True, max_size=2)),
        sections=draw(sections()),
        see_also=draw(st.lists(links(free_line()), max_size=3)),
        references=references,
        related=draw(st.lists(links(free_line()), max_size=2)),
        extra=draw(
            st.dictionaries(st.from_regex(r"x_[a-z]{1,8}", fullmatch=True), free_text(), max_size=2)
        ),
    )


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    quantity = draw(quantities(()))
    who = draw(st.one_of(st.none(), names))
    source = draw(st.one_of(st.none(), names))
    return Claim(quantity=quantity, who=who, source=source, sentence=draw(free_line()))


news_reports = st.builds(
    NewsReport,
    headline=st.one_of(st.none(), free_line()),
    agency=st.one_of(st.none(), st.sampled_from(vocab.NEWS_AGENCIES)),
    publisher=st.one_of(st.none(), names),
    published=st.one_of(st.none(), _ymd().filter(lambda d: not d[3]).map(lambda d: _iso(*d))),
    dateline=st.one_of(st.none(), st.from_regex(r"[A-Z]{3,10}", fullmatch=True)),
    paragraphs=st.lists(free_line(), max_size=4),
    claims=st.lists(claims(), max_size=3),
    mentions=st.lists(names, max_size=3),
)
issues = st.builds(
    Issue,
    code=st.sampled_from(sorted(issues.ISSUE_SEVERITY)),  # severity follows from the code
    message=free_line(),
    field=st.one_of(st.none(), st.just("sides.1.casualties.0")),
    text=st.one_of(st.none(), free_line()),
)
sources = st.one_of(st.none(), st.just("-"), free_line(), st.just("dump.xml.bz2#Battle of X"))
languages = st.sampled_from(["en", "zh", "de", "fr"])
documents = st.one_of(
    st.builds(
        Document,
        source=sources,
        format=st.just("news"),
        language=languages,
        report=news_reports,
        issues=st.lists(issues, max_size=2),
    ),
    st.builds(
        Document,
        source=sources,
        format=st.sampled_from(["wikitext", "plaintext", "frontmatter", "mirror"]),
        language=languages,
        conflict=conflicts(),
        issues=st.lists(issues, max_size=3),
    ),
)
