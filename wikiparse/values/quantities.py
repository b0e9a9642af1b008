"""Figures in free text to Quantity: ranges, c./~, +/at least, million, kinds, "(per X)" sources.

"1,500–2,500" -> low 1500 high 2500; "116 killed (per SOHR)" -> kind killed, source SOHR;
"300–400 killed, 1,000 wounded" -> two Quantities. "Unknown" -> none at all.
"""

from __future__ import annotations

import itertools
import re
from decimal import ROUND_HALF_EVEN, Decimal

from wikiparse import vocab
from wikiparse.models import Quantity, QuantityKind
from wikiparse.values import cjk
from wikiparse.values.figure_text import repaired
from wikiparse.values.locale import FigureWords, figure_words
from wikiparse.values.text import squash, trim_item

__all__ = [
    "GROUPED", "GROUPED_SEPARATOR", "KILLED_OR_WOUNDED", "LINK_WORDS", "MAX_FIGURE",
    "MAX_FIGURE_DIGITS", "PARENTHESIZED", "PART_KINDS", "PERSON_PARTS", "SEGMENT_CUT", "SLASH_PAIR",
    "STRAY_RANGE_RATIO", "UNIT_WORD", "breakdown", "has_figure", "parse_quantities", "plausible"
]  # fmt: skip

# Parenthetical remarks: their figures are commentary, "(per X)" in them names the source.
PARENTHESIZED = re.compile(r"\(([^()]*)\)")
# Where a value with several figures is cut: "300 killed, 1,000 wounded", "5 killed; 3 missing",
# "3,798 total: 504 killed" (a total and its breakdown), "200,000 Swedes:25,000 killed".
# "30/50 killed", "1,000/2,000 men": two figures with a slash and the words they share. Read as
# two alternative figures of the same kind (rival estimates, docs/model.md), not a range.
SLASH_PAIR = re.compile(
    r"^(?P<a>[~≈]?\d[\d,.]*+)[ \t]?/[ \t]?(?P<b>[~≈]?\d[\d,.]*+)(?P<rest>[ \t]+[^\d/][^/]*)?$"
)
# A dash after the words of one figure and before the next ("40 killed – 120 wounded",
# "400 killed-1,200 wounded") cuts too: a range's dash stands between two bare numbers and
# the figure pattern (``locale.figure_words``) has taken it whole; a hyphen inside a word
# ("war-elephants") is no cut. Searched only between two figures: "$" is the start of the next.
SEGMENT_CUT = re.compile(r";|,\s|:\s?|\sand\s|/|\s[–—−-]\s?|[–—−-]$")
# "15,000 - 3 Roman legions": a "range" whose second end is this many times smaller than its
# first is two figures of different things (a count of men, then of legions), not 3–15,000.
# Real ranges are written low to high; a reversed one is a typo only when the ends are close.
STRAY_RANGE_RATIO = 10
UNIT_WORD = re.compile(r"[^\W\d_][\w'-]*|[~≈≥>]")
# The kinds of people a kind counts; two or more of them in one figure make it combined.
PERSON_PARTS: dict[str, tuple[str, ...]] = {
    "killed": ("killed",), "wounded": ("wounded",), "captured": ("captured",),
    "missing": ("missing",), "dead_or_wounded": ("killed", "wounded"),
}  # fmt: skip
KILLED_OR_WOUNDED = {"killed", "wounded"}
# Figures over this are not read (None plus an Issue): more people than ever lived is a typo
# or an attack ("casualties1=999…9 killed"), not a count.
MAX_FIGURE = 10**10
MAX_FIGURE_DIGITS = len(str(MAX_FIGURE))
# A number written with group separators, as a whole: "1,500", "12 000", "5.000".
GROUPED = re.compile(r"\d{1,3}(?:[,. ]\d{3})+")
GROUPED_SEPARATOR = re.compile(r"[,. ](?=\d{3})")


def plausible(value: int) -> int | None:
    """The figure, or None when no count of people or things in a conflict is that large."""
    return value if value <= MAX_FIGURE else None


def _number(digits: str, scale: str | None, words: FigureWords | None = None) -> int | None:
    """ "1,500" -> 1500; "5.000" -> 5000 (a thousands dot); "1.2" + million -> 1200000.

    Exact (Decimal, never float: 30 nines stay 30 nines); None past ``MAX_FIGURE``, and the
    digits are counted before any conversion so 5,000 digits cost nothing."""
    words = words or figure_words(None)
    if GROUPED.fullmatch(digits) and not (scale and "." in digits):
        plain = digits.replace(",", "").replace(".", "").replace(" ", "")
    elif words.decimal_comma:  # "2,4 тысяч", "1,3 млн"
        plain = digits.replace(",", ".")
    else:
        plain = digits.replace(",", "")
    if len(plain.partition(".")[0].lstrip("0")) > MAX_FIGURE_DIGITS:
        return None
    value = Decimal(plain) * words.scales.get((scale or "").lower(), 1)
    return plausible(int(value.to_integral_value(ROUND_HALF_EVEN)))


def _mask_parentheticals(text: str) -> str:
    """Blank out "(…)" keeping offsets, so figures inside remarks are not taken as the value."""
    return PARENTHESIZED.sub(lambda m: " " * len(m.group(0)), text)


def _masked(text: str, words: FigureWords) -> str:
    """The text with remarks blanked, and (a page in another language) the digits of dates and
    compound words: "am 16. Oktober:", "Oktober 1863", "50-Jahr-Jubiläum" hold no figure."""
    masked = _mask_parentheticals(text) if "(" in text else text
    if words.not_figures is not None:
        masked = words.not_figures.sub(lambda m: " " * len(m.group(0)), masked)
    return masked


# Words that tie two figures into one phrase ("1,000 of 5,000 men", "3 out of 4", "60,000
# Danes dead between 1709–1719": the years are when, not a figure).
LINK_WORDS = frozenset({
    "of", "to", "from", "out", "by", "per", "x", "in", "than", "over", "between", "during",
    "since", "until", "till", "on", "at", "after", "before", "around", "about", "and", "or",
    "within", "near", "under", "among", "for",
})  # fmt: skip


def _words_only(between: str, links: frozenset[str] = frozenset()) -> bool:
    """Only words, or only spaces, stand between two figures (no separator, no link word):
    they are two figures ("5 killed 30 wounded", "250 galleys 16,000 infantry", "4,000–4,930
    5 guns"). A range is one figure already; "12 000" is one number."""
    words = between.split()
    if not words:
        return bool(between)
    return (
        all(w.replace("-", "").isalpha() for w in words)  # "20 war-elephants 30 men"
        and words[-1].lower() not in LINK_WORDS
        and words[0].lower() not in LINK_WORDS
        and not any(w.lower() in links for w in words)
    )


def _stray_range(figure: re.Match[str], words: FigureWords) -> bool:
    """Is this "range" two figures of different things ("15,000 - 3 Roman legions")?"""
    if not figure.group("high"):
        return False
    low = _number(figure.group("low"), figure.group("lscale"), words)
    high = _number(figure.group("high"), figure.group("hscale"), words)
    return low is not None and high is not None and high * STRAY_RANGE_RATIO <= low


def _unpair_stray_ranges(text: str, words: FigureWords) -> str:
    """ "15,000 - 3 Roman legions" -> "15,000; 3 Roman legions": the two ends of a stray
    range become two figures (done before segmenting; one pass, pieces joined once)."""
    masked = _mask_parentheticals(text) if "(" in text else text
    pieces, start = [], 0
    for figure in words.figure.finditer(masked):
        if _stray_range(figure, words):
            end = figure.end("lscale") if figure.group("lscale") else figure.end("low")
            pieces += [text[start:end], "; "]
            start = figure.start("high")
    return "".join([*pieces, text[start:]]) if pieces else text


def _segments(text: str, words: FigureWords) -> list[str]:
    if "-" in text or "–" in text or "—" in text or "−" in text or " to " in text:
        text = _unpair_stray_ranges(text, words)
    masked = _masked(text, words)
    figures = list(words.figure.finditer(masked))
    pieces, start = [], 0
    for before, after in itertools.pairwise(figures):
        between = list(SEGMENT_CUT.finditer(masked, before.end(), after.start()))
        if between:
            pieces.append(text[start : between[-1].start()])
            start = between[-1].end()
        elif _words_only(masked[before.end() : after.start()], words.links):
            # "20 war elephants 24,500 men total"; "38000+30000" (a sum: the "+" is masked)
            plus = text[after.start() - 1] == "+" != masked[after.start() - 1]
            stop = after.start() - plus
            pieces.append(text[start:stop])
            start = after.start()
    pieces.append(text[start:])
    return [p for p in (trim_item(p) for p in pieces) if p]


def _has_phrase(text: str, phrases: frozenset[str]) -> bool:
    if not text or text.isspace():  # the figure opens the value: nothing before it
        return False
    padded = f" {' '.join(UNIT_WORD.findall(text.lower()))} "
    return any(f" {p} " in padded for p in phrases) or any(
        p in text for p in phrases if not p[0].isalnum()
    )


def _kind(
    text: str, words: FigureWords, after: int = 0, one_figure: bool = True
) -> tuple[QuantityKind | None, int]:
    """The casualty kind named in ``text`` and where its word starts (-1 when none).

    The words after the figure (from ``after``) say what it counts, those before only when
    none follow ("Killed and wounded unknown 70 captured": captured). A figure that names
    several kinds of people is a combined one: "killed, missing or captured" is ``total``
    (only killed-or-wounded is ``dead_or_wounded``); "a total of 1,732 killed" counts the
    killed. With two figures and no separator ("5 killed 30 wounded") nothing is combined."""
    found = [(words.kind_of[m.group(0).lower()], m.start()) for m in words.kind_word.finditer(text)]
    found = [f for f in found if f[1] >= after] or found
    if not found:
        return None, -1
    people = {part for kind, _ in found for part in PERSON_PARTS.get(kind, ())}
    if len(people) >= 2 and one_figure:
        return ("dead_or_wounded" if people == KILLED_OR_WOUNDED else "total"), found[0][1]
    named = next(((k, at) for k, at in found if k in PERSON_PARTS), None)
    if named is not None and any(kind == "total" for kind, _ in found):
        return named
    return found[0]


def _source(text: str) -> str | None:
    if "(" not in text:
        return None
    for match in PARENTHESIZED.finditer(text):
        inner = squash(match.group(1))
        for prefix in vocab.SOURCE_PREFIXES:
            if inner.lower().startswith(prefix) and len(inner) > len(prefix):
                return inner[len(prefix) :].strip()
        who = _claimed_by(inner)
        if who:
            return who
    return None


def _claimed_by(remark: str) -> str | None:
    """ "SOHR claim", "ISIL estimate": the source named before a claim word (``remark`` is
    squashed: single spaces). Split at the last space, not by a regex: a lazy "(.+?)\\s+word$"
    retries from every space and is quadratic on a long remark."""
    who, _, word = remark.rpartition(" ")
    return who if who and word.lower() in vocab.CLAIM_WORDS else None


def _quantity(segment: str, refs: list[str], words: FigureWords) -> Quantity:
    masked = _masked(segment, words)
    figures = list(itertools.islice(words.figure.finditer(masked), 2))
    figure = figures[0] if figures else None
    kind, kind_at = _kind(masked, words, figure.end() if figure else 0, len(figures) == 1)
    source = _source(segment)
    if figure is None:
        return Quantity(text=segment, kind=kind, source=source, refs=list(refs))
    hscale = figure.group("hscale")
    low = _number(figure.group("low"), figure.group("lscale") or hscale, words)
    high = _number(figure.group("high"), hscale, words) if figure.group("high") else low
    if low is None or high is None:  # implausible: kept as text, flagged by the caller
        return Quantity(text=segment, kind=kind, source=source, refs=list(refs))
    before, after = segment[: figure.start()], segment[figure.end() :]
    at_least = bool(figure.group("plus")) or _has_phrase(before, words.at_least)
    approx = _has_phrase(before, words.approx)
    stop = [i for i in (*map(after.find, "(;,"), kind_at - figure.end()) if i >= 0]
    what = trim_item(after[: min(stop)] if stop else after).strip(":") or None
    if kind == "materiel" and kind_at >= 0:  # "12 tanks destroyed", "2 Japanese battleships"
        what = _materiel(masked, kind_at, figure.end(), words) or what
    if words.shared_groups and low < 1000 and GROUPED.fullmatch(figure.group("high") or ""):
        low = _shared_group(low, high, figure.group("high"))
    if low > high:
        low, high = high, low
    return Quantity(
        text=segment,
        low=low,
        high=None if at_least and high == low else high,
        approx=approx,
        at_least=at_least,
        kind=kind,
        what=what,
        source=source,
        refs=list(refs),
    )


def _materiel(masked: str, kind_at: int, figure_end: int, words: FigureWords) -> str | None:
    """What a materiel figure counts: the words from the figure to its kind word, that word
    included ("2 Japanese battleships sunk" -> "Japanese battleships"); the word alone when
    it stands before the figure ("Tanks: 12")."""
    word = words.kind_word.match(masked, kind_at)
    if word is None:
        return None
    if kind_at < figure_end:
        return word.group(0)
    return trim_item(masked[figure_end : word.end()]) or None


def _shared_group(low: int, high: int, high_text: str) -> int:
    """ "20–25 000": 20 is 20 000, the thousands written once (when that keeps low <= high)."""
    scale = 1000 ** (len(GROUPED_SEPARATOR.findall(high_text)))
    return low * scale if low * scale <= high else low


def has_figure(text: str, lang: str | None = None) -> bool:
    """Does the text hold digits that read as a figure (outside parenthetical remarks)?"""
    words = figure_words(lang)
    text = repaired(text, lang)
    if words.garbled is not None and words.garbled.search(text):
        return False  # "5.7803": digits, but no figure that can be read
    return words.figure.search(_masked(text, words)) is not None


def parse_quantities(
    text: str, refs: list[str] | None = None, lang: str | None = None
) -> list[Quantity]:
    """Every figure in ``text``; [] when it says "unknown"/"none" or is empty. ``lang``: the
    page's language ("de": "190.000 Mann", "30.000 Gefangene"); English's words always."""
    words = figure_words(lang)
    clean = trim_item(text)
    if not clean or clean.rstrip(".").lower() in words.unknown:
        return []
    clean = repaired(clean, lang)  # "… → 80.000 Mann", "20.00025.000" (figure_text)
    if words.garbled is not None and words.garbled.search(clean):  # kept as text, flagged
        return [Quantity(text=clean, refs=list(refs or []))]
    if cjk.written_in_chinese(clean):  # "約20-30萬", "三千", "1,000以上"
        found = cjk.quantity(clean, refs or [])
        if found is not None:
            return [found]
    pair = SLASH_PAIR.match(clean)
    if pair is not None:  # "30/50 killed": two estimates of one count, each with the words
        rest = pair.group("rest") or ""
        return [_quantity(f"{pair.group(n)}{rest}", refs or [], words) for n in ("a", "b")]
    segments = _segments(clean, words)
    return breakdown([_quantity(segment, refs or [], words) for segment in segments])


# Kinds a total breaks down into (people by what befell them; not materiel).
PART_KINDS = frozenset({"killed", "wounded", "captured", "missing", "dead_or_wounded"})


def breakdown(figures: list[Quantity]) -> list[Quantity]:
    """ "3,798 total: 504 killed, 1,881 wounded", "1,200 casualties, including 300 killed": the
    figures after a total in one value are its parts (``part_of`` 0, the index in this list)
    when each counts one kind of people; anything else leaves them figures of their own."""
    if len(figures) < 2 or figures[0].kind != "total" or figures[0].low is None:
        return figures
    rest = figures[1:]
    if not all(q.kind in PART_KINDS and q.low is not None for q in rest):
        return figures
    return [figures[0], *(q.model_copy(update={"part_of": 0}) for q in rest)]
