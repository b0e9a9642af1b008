"""Casualty claims in news prose: figures of killed / wounded / captured with who said them.

    "… killed 62 regime fighters, a monitor said" -> 62 killed, who "regime fighters",
        source: the organisation the article calls a monitor (the Syrian Observatory …)
    "an initial toll … of 36 pro-government fighters dead" -> 36 killed
    "more than 1,400 people have been killed" -> at least 1,400 killed
    "killing at least 19 people and injuring 30 others" -> two claims
    "the deaths of about 800-900 people" -> 800-900 killed, approx
    "dozens of others wounded" -> a claim with its text and no figure

A figure is a claim only when a casualty word governs it: a verb or "deaths of" before it
("killed 62"), a state after what it counts, across the clause's verb group ("36 fighters
dead", "86 people are now known to have been killed"), or a toll it states ("the toll has
risen to 62"). Left out: distances, shares, years, ages, and counts of people who are not
casualties (troops, people in need, detainees, the displaced). Who says a figure is found by
``attribution``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wikiparse import vocab
from wikiparse.models import Claim, Quantity, QuantityKind
from wikiparse.values.attribution import speaker_in, through_quotes
from wikiparse.values.mentions import bounded
from wikiparse.values.quantities import MAX_FIGURE_DIGITS, plausible
from wikiparse.values.speakers import Speakers, known_speakers

__all__ = [
    "CLAIM_TOKEN", "DIGIT", "DIGITS", "INITIAL", "MAX_AFTER", "MAX_CLAIMS", "NOT_COUNTS",
    "NUMBER_PHRASES", "NUMBER_STARTS", "RANGE_DASHES", "SENTENCE_END", "TOLL_REACH", "WHO_STOP",
    "extract_claims", "names_a_number", "number_cues", "phrase_pattern", "sentences"
]  # fmt: skip

# Claims read from one report: each is a Claim and a Quantity (1.5 KB together), so a sentence
# of 32,000 tolls ("1 killed, 2 killed, …") held 129 bytes per input byte. Real reports make a
# few dozen; past the cap the rest are not read (the caller says so).
MAX_CLAIMS = 500
# Sentence ends: ".", "!" or "?" (maybe closing a quote) before a capital or a digit.
SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s+[\"“‘]?[A-Z0-9])")
# A capital's initial or a run of them: "U.S.", "J." (no sentence ends there).
INITIAL = re.compile(r"(?:[A-Z]\.)+")
# A number glued to letters is one word, not a figure: "7News cameras captured …" (a crash
# report's TV station) is not 7 captured; "21st", "10km" are read as words too.
CLAIM_TOKEN = re.compile(r"\d+[^\W\d_][\w'’-]*|\d{1,3}(?:,\d{3})+|\d+|[^\W\d_][\w'’-]*|%|[^\w\s]")
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# Words that end the phrase naming who was counted ("36 fighters | dead", "62 | ,").
WHO_STOP = frozenset(
    {"in", "on", "at", "as", "since", "from", "after", "during", "with", "by", "across", "and",
     "were", "was", "have", "has", "had", "being", "been", "are", "is", "who", "that", "of",
     "when", "while", "to", "for", "into", "near", "but", "or", "the", "a", "an", "among",
     "over", "overnight", "last", "this", "throughout", "within", "inside", "outside", "around",
     "along", "including", "amid", "under", "between", "than"}
)  # fmt: skip
NOT_COUNTS = frozenset(
    {"per", "percent", "%", "cent", "p.m", "a.m", "pm", "am", "hours", "days", "weeks", "months",
     "years", "km", "kilometres", "kilometers", "miles", "metres", "square", "buses", "villages",
     "times", "o'clock", "thirds", "th", "st", "nd", "rd"}
)  # fmt: skip
RANGE_DASHES = ("-", "–", "—")
MAX_AFTER = 12  # tokens after what a figure counts searched for its casualty word
TOLL_REACH = 20  # tokens before a figure searched for "toll", within its clause
NUMBER_PHRASES = (*vocab.NUMBER_WORDS, *vocab.VAGUE_NUMBERS)
# First words of number phrases ("tens" of "tens of thousands"): most tokens stop here.
NUMBER_STARTS = {phrase.split()[0] for phrase in NUMBER_PHRASES}
# A digit, or a number phrase in the lower-cased text: a sentence with neither holds no
# figure and is not tokenized at all. No word edges: matching inside longer words ("someone")
# only costs a useless look. (Tokens of a phrase are adjacent: only spaces between its words.)
DIGIT = re.compile(r"\d")


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """The phrases as one alternation, their words apart by any run of spaces (None for none)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return (
        re.compile("|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered))
        if ordered
        else None
    )


def number_cues(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The one-word phrases that hold no shorter one ("seventeen" holds "seven"), and a pattern
    for the phrases that hold none of them. A phrase stands in a text exactly where a cue does
    (a cue is a phrase; each longer phrase holds a cue: "tens of thousands", "thousands") or
    the pattern matches: 23 str "in" tests are 4x faster than the alternation of every phrase
    (9 us a sentence, 6% of a news extraction)."""
    one_word = {words[0] for words in map(str.split, phrases) if len(words) == 1}
    cues = tuple(sorted(w for w in one_word if not any(o != w and o in w for o in one_word)))
    uncued = [p for p in phrases if not any(c in w for w in p.split() for c in cues)]
    return cues, phrase_pattern(uncued)


NUMBER_CUES, UNCUED_PHRASE = number_cues(NUMBER_PHRASES)


def names_a_number(low: str) -> bool:
    """Does a number phrase stand in ``low`` (inside longer words too)?"""
    for cue in NUMBER_CUES:
        if cue in low:
            return True
    return UNCUED_PHRASE is not None and UNCUED_PHRASE.search(low) is not None


@dataclass(frozen=True)
class _Figure:
    start: int  # token index of the first token of the figure (modifiers included)
    end: int  # token index after the number (a range's second number, a ")" included)
    low: int | None  # None for a vague amount ("dozens"): its text is kept, no figure
    high: int | None
    approx: bool
    at_least: bool


@dataclass
class _Tokens:
    sentence: str
    words: list[str]
    lows: list[str]

    def text(self, start: int, end: int) -> str:
        """The sentence's text from token ``start`` to token ``end`` (excluded). Tokens stand
        in order with only spaces (or "_") between them, so each is found from the end of the
        one before (str.index, in C; the regex's spans cost a tenth of an extraction)."""
        at, first = 0, 0
        for k, word in enumerate(self.words[:end]):
            at = self.sentence.index(word, at)
            first = at if k == start else first
            at += len(word)
        return self.sentence[first:at]


def _abbreviation(paragraph: str, stop: int) -> bool:
    """Is the full stop at ``stop`` an abbreviation's ("Brig. Gen. Yahya Rasool", "U.S.")?"""
    word = paragraph[max(0, stop - 12) : stop + 1].split()[-1:] or [""]
    return word[0].lower() in vocab.ABBREVIATIONS or INITIAL.fullmatch(word[0]) is not None


def sentences(paragraph: str) -> list[str]:
    out, start = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        if paragraph[match.start()] == "." and _abbreviation(paragraph, match.start()):
            continue
        out.extend(bounded(paragraph[start : match.end()].strip()))
        start = match.end()
    out.extend(bounded(paragraph[start:].strip()))
    return [s for s in out if s]


def _number(t: _Tokens, i: int) -> tuple[int | None, int] | None:
    """(value, tokens used) of a number at ``i``: digits, words, "forty-five"; a vague
    amount ("dozens", "tens of thousands") is None."""
    first = t.words[i]
    if first[0].isdigit():
        value = _count(first)
        return (value, 1) if value is not None else None
    tens, _, unit = t.lows[i].partition("-")
    if tens in vocab.TENS and vocab.NUMBER_WORDS.get(unit, 10) < 10:
        return vocab.TENS[tens] + vocab.NUMBER_WORDS[unit], 1
    if t.lows[i] not in NUMBER_STARTS:
        return None
    low = t.lows[i : i + 3]
    for size in (3, 2, 1):
        phrase = " ".join(low[:size])
        if phrase in vocab.VAGUE_NUMBERS:
            return None, size
        if phrase in vocab.NUMBER_WORDS:
            return vocab.NUMBER_WORDS[phrase], size
    return None


def _count(token: str) -> int | None:
    """ "1,500" -> 1500; None for other tokens and for implausible figures (digits counted
    before ``int``, which refuses strings of over 4,300 digits)."""
    if not DIGITS.fullmatch(token):
        return None
    digits = token.replace(",", "").lstrip("0") or "0"
    return plausible(int(digits)) if len(digits) <= MAX_FIGURE_DIGITS else None


def _high(t: _Tokens, i: int, end: int, low: int | None) -> tuple[int | None, int]:
    """The end of a range "800-900", "between 30 and 40" (a larger number after a dash, or
    after "and" when "between" comes first), else the number itself."""
    joins = RANGE_DASHES + (("and",) if i and t.lows[i - 1] == "between" else ())
    if low is None or end + 1 >= len(t.lows) or t.lows[end] not in joins:
        return low, end
    second = _number(t, end + 1)
    if second is None or second[0] is None or second[0] <= low:
        return low, end
    return second[0], end + 1 + second[1]


def _not_a_count(t: _Tokens, i: int, end: int, value: int | None) -> bool:
    """A share, distance, time, date, year, age or label number ("aged 12", "No. 3")."""
    after = t.lows[end] if end < len(t.lows) else ""
    later = t.lows[end + 1] if end + 1 < len(t.lows) else ""
    before = t.lows[i - 1] if i else ""
    is_year = len(t.words[i]) == 4 and t.words[i].isdigit() and 1800 <= (value or 0) <= 2100
    return (
        is_year
        or after in NOT_COUNTS
        or after in vocab.MONTHS
        or before in vocab.MONTHS
        or before in vocab.NOT_COUNT_BEFORE
        or after in vocab.AGE_WORDS
        or (after in RANGE_DASHES and later in vocab.AGE_WORDS)
    )


def _figure(t: _Tokens, i: int) -> _Figure | None:
    found = _number(t, i)
    if found is None:
        return None
    value, size = found
    high, end = _high(t, i, i + size, value)
    if _not_a_count(t, i, end, value):
        return None
    lead = i
    if i and t.lows[i - 1] == "(" and end < len(t.lows) and t.lows[end] == ")":
        lead, end = i - 1, end + 1  # "rose to (31) people"
    elif i and t.lows[i - 1] == "between" and high != value:
        lead = i - 1
    start, approx, at_least = lead, value is None, False
    for words, kind in vocab.FIGURE_MODIFIERS.items():
        if tuple(t.lows[lead - len(words) : lead]) == words:
            start = lead - len(words)
            approx, at_least = approx or kind == "approx", kind == "at_least"
    return _Figure(start, end, value, None if at_least else high, approx, at_least)


def _who(t: _Tokens, end: int) -> tuple[list[str], int]:
    words: list[str] = []
    i = end
    while i < len(t.words) and len(words) < 5:
        word, low = t.words[i], t.lows[i]
        if not word[0].isalpha() or low in WHO_STOP or low in vocab.CLAIM_KIND_WORDS:
            break
        words.append(word)
        i += 1
    return words, i


def _kind_after(lows: list[str], after_who: int) -> QuantityKind | None:
    """The casualty word after what a figure counts: within four words, or across the verb
    group ("are now known to have been killed"); "killed or wounded" is both."""
    free, j, end = 0, after_who, min(len(lows), after_who + MAX_AFTER)
    while j < end and free < 4:
        word = lows[j]
        if word in vocab.CLAIM_KIND_WORDS and word not in ("toll", "kill", "killing"):
            kind = vocab.CLAIM_KIND_WORDS[word]
            joined = lows[j + 1 : j + 3]
            if len(joined) == 2 and joined[0] in ("or", "and"):
                other = vocab.CLAIM_KIND_WORDS.get(joined[1])
                kind = "dead_or_wounded" if {kind, other} == {"killed", "wounded"} else kind
            return kind  # type: ignore[return-value]
        aside = _aside_end(lows, j)
        if aside:  # "More than 100 people, including 35 children, were killed"
            j, end = aside, min(len(lows), aside + MAX_AFTER)
            continue
        if word in vocab.CLAUSE_BREAKS and not _coordinated(lows, j):
            break
        free += word not in vocab.VERB_GROUP
        j += 1
    return None


def _aside_end(lows: list[str], j: int) -> int:
    """After ", including 35 children," (an aside between commas): the index past its
    closing comma; 0 when no aside opens at ``j``."""
    if lows[j] != "," or j + 1 >= len(lows) or lows[j + 1] not in vocab.ASIDE_OPENERS:
        return 0
    close = next((k for k in range(j + 2, min(len(lows), j + MAX_AFTER)) if lows[k] == ","), 0)
    return close + 1 if close else 0


def _coordinated(lows: list[str], j: int) -> bool:
    """ "24 soldiers and 26 civilians have been killed": "and" before another figure of the
    same clause, whose casualty word is this one's too."""
    following = lows[j + 1] if j + 1 < len(lows) else ""
    return lows[j] == "and" and (following[:1].isdigit() or following in NUMBER_STARTS)


def _kind(lows: list[str], fig: _Figure, who: list[str], after_who: int) -> QuantityKind | None:
    """The casualty word governing the figure: after what it counts, before it, or a toll;
    none when it counts people who are not casualties ("people in need", "detainees")."""
    part = lows[fig.end : fig.end + 3]
    if part[:2] == ["of", "the"] and len(part) == 3 and part[2] in vocab.CLAIM_KIND_WORDS:
        return None  # "two of the wounded are in critical condition": part of a figure given
    following = lows[after_who : after_who + 2]  # "people in need"; not "people and displaced"
    following = following[
        : next((k for k, w in enumerate(following) if w in vocab.CLAUSE_BREAKS), 2)
    ]
    near = [w.lower() for w in who] + following
    if any(word in vocab.NOT_CASUALTY for word in near):
        return None
    if not who and fig.start and lows[fig.start - 1] == "the":
        return None  # "the three were shot dead": the three a sentence before counted
    if who and who[-1].lower() in vocab.KIND_OF_WHAT:  # "17 bodies and 41 injured people"
        return vocab.KIND_OF_WHAT[who[-1].lower()]  # type: ignore[return-value]
    object_ = fig.start > 0 and lows[fig.start - 1] in vocab.PREPOSITIONS
    found = None if object_ else _kind_after(lows, after_who)
    return found or _kind_before(_clause_before(lows, fig.start))


def _clause_before(lows: list[str], start: int) -> list[str]:
    """The words of a figure's clause before it: "injured, including 14 children" is a part of
    a figure already given, not a figure "injured"."""
    clause = lows[max(0, start - TOLL_REACH) : start]
    cut = max((k for k, w in enumerate(clause) if w in (",", ";", ":")), default=-1)
    return clause[cut + 1 :]


def _kind_before(clause: list[str]) -> QuantityKind | None:
    """ "killing 19", "the deaths of 782", "the toll climbed to 86", "the number of soldiers
    killed … to 350"."""
    if len(clause) >= 3 and clause[-2] in ("or", "and"):  # "had killed or wounded 80"
        pair = {vocab.KIND_BEFORE.get(clause[-3]), vocab.KIND_BEFORE.get(clause[-1])}
        if pair == {"killed", "wounded"}:
            return "dead_or_wounded"
    for word in reversed(clause[-3:]):
        if word in vocab.KIND_BEFORE:
            return vocab.KIND_BEFORE[word]  # type: ignore[return-value]
    if len(clause) >= 2 and clause[-1] == "of" and clause[-2] in vocab.KIND_NOUNS_OF:
        return vocab.KIND_NOUNS_OF[clause[-2]]  # type: ignore[return-value]
    if "toll" in clause:
        return "killed"
    if clause and clause[-1] in ("to", "at") and vocab.TALLY_WORDS.intersection(clause):
        kinds = [vocab.CLAIM_KIND_WORDS[w] for w in clause if w in vocab.CLAIM_KIND_WORDS]
        return kinds[-1] if kinds else None  # type: ignore[return-value]
    return None


def _tokens(sentence: str) -> _Tokens:
    words = CLAIM_TOKEN.findall(sentence)
    return _Tokens(sentence, words, [w.lower() for w in words])


def _claims_in(sentence: str, source: str | None) -> list[Claim]:
    if DIGIT.search(sentence) is None and not names_a_number(sentence.lower()):
        return []
    t = _tokens(sentence)
    out: list[Claim] = []
    resume = 0  # a figure's tokens are not read again
    for i, low in enumerate(t.lows):
        if i < resume or not (
            low[0].isdigit()
            or low in NUMBER_STARTS
            or ("-" in low and low.partition("-")[0] in vocab.TENS)
        ):
            continue
        fig = _figure(t, i)
        if fig is None:
            continue
        resume = fig.end
        vague_of = fig.low is None and fig.end < len(t.lows) and t.lows[fig.end] == "of"
        who, after_who = _who(t, fig.end + vague_of)  # "dozens of people"
        kind = _kind(t.lows, fig, who, after_who)
        if kind is None:
            continue
        text = t.text(fig.start, max(fig.end, after_who))
        what = " ".join(who) or None
        quantity = Quantity(
            text=text,
            low=fig.low,
            high=fig.high,
            approx=fig.approx,
            at_least=fig.at_least,
            kind=kind,
            what=what,
            source=source,
        )
        out.append(Claim(quantity=quantity, who=what, source=source, sentence=sentence))
    return out


def extract_claims(paragraphs: list[str]) -> list[Claim]:
    """Every casualty claim, in reading order, with the speaker its sentence names, up to one
    past MAX_CLAIMS (more were there). A sentence that names none takes the one of the
    sentence before it in the same paragraph ("…, Reuters has reported. IS killed 36 …")."""
    said = [through_quotes([(s, speaker_in(s)) for s in sentences(p)]) for p in paragraphs]
    speakers = Speakers(known_speakers([pair for para in said for pair in para]))
    out: list[Claim] = []
    for paragraph in said:
        previous: str | None = None
        for sentence, raw in paragraph:
            source = speakers.resolve(raw) or previous
            out.extend(_claims_in(sentence, source))
            previous = source
            if len(out) > MAX_CLAIMS:
                return out[: MAX_CLAIMS + 1]
    return out
