"""Casualty claims in news prose: figures of killed / wounded / captured with who said them.

    "… killed 62 regime fighters, a monitor said" -> 62 killed, who "regime fighters",
        source: the organisation the article calls a monitor (the Syrian Observatory …)
    "an initial toll … of 36 pro-government fighters dead" -> 36 killed
    "more than 1,400 people have been killed" -> at least 1,400 killed
    "dozens of others wounded" -> about 24 or more wounded

A figure is a claim only when a casualty word governs it: a verb before it ("killed 62"), a
state after what it counts ("36 fighters dead"), or a toll it states ("the toll has risen to 62").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wikiparse import vocab
from wikiparse.models import Claim, Quantity, QuantityKind
from wikiparse.values.quantities import MAX_FIGURE_DIGITS, plausible

# Sentence ends: ".", "!" or "?" (maybe closing a quote) before a capital or a digit.
MAX_SENTENCE = 5_000  # characters; real sentences are far shorter
MENTION_CHUNK = 20_000  # characters of text searched for names at a time
# Claims read from one report: each is a Claim and a Quantity (1.5 KB together), so a sentence
# of 32,000 tolls ("1 killed, 2 killed, …") held 129 bytes per input byte. Real reports make a
# few dozen; past the cap the rest are not read (the caller says so).
MAX_CLAIMS = 500
SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s+[\"“‘]?[A-Z0-9])")
# A number glued to letters is one word, not a figure: "7News cameras captured …" (a crash
# report's TV station) is not 7 captured; "21st", "10km" are read as words too.
TOKEN = re.compile(r"\d+[^\W\d_][\w'’-]*|\d{1,3}(?:,\d{3})+|\d+|[^\W\d_][\w'’-]*|%|[^\w\s]")
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
MODIFIERS = {("more", "than"): "at_least", ("at", "least"): "at_least", ("over",): "at_least",
             ("nearly",): "approx", ("about",): "approx", ("around",): "approx",
             ("some",): "approx", ("almost",): "approx", ("up", "to"): "approx",
             ("roughly",): "approx", ("an", "estimated"): "approx"}  # fmt: skip
# Words that end the phrase naming who was counted ("36 fighters | dead", "62 | ,").
WHO_STOP = frozenset(
    {"in", "on", "at", "as", "since", "from", "after", "during", "with", "by", "across", "and",
     "were", "was", "have", "has", "had", "being", "been", "are", "is", "who", "that", "of",
     "when", "while", "to", "for", "into", "near", "but", "or", "the", "a", "an", "among"}
)  # fmt: skip
NOT_COUNTS = frozenset(
    {"per", "percent", "%", "cent", "p.m", "a.m", "pm", "am", "hours", "days", "weeks", "months",
     "years", "km", "kilometres", "kilometers", "miles", "metres", "square", "buses", "villages",
     "times", "o'clock", "thirds", "th", "st", "nd", "rd"}
)  # fmt: skip
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
    end: int  # token index after the number
    low: int
    approx: bool
    at_least: bool
    vague: bool  # "dozens": a lower bound, no upper one


def sentences(paragraph: str) -> list[str]:
    out, start = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        out.extend(_bounded(paragraph[start : match.end()].strip()))
        start = match.end()
    out.extend(_bounded(paragraph[start:].strip()))
    return [s for s in out if s]


def _bounded(sentence: str, limit: int = 0) -> list[str]:
    """A "sentence" longer than MAX_SENTENCE (no full stop in a page of text) is read in
    pieces cut at spaces: its tokens for the whole megabyte held 30 bytes per input byte."""
    limit = limit or MAX_SENTENCE
    pieces = []
    while len(sentence) > limit:
        cut = sentence.rfind(" ", 0, limit)
        cut = cut if cut > 0 else limit
        pieces.append(sentence[:cut])
        sentence = sentence[cut:].lstrip()
    pieces.append(sentence)
    return pieces


def _number(tokens: list[str], lows: list[str], i: int) -> tuple[int, int, bool] | None:
    """(value, tokens used, vague) of a number at ``i``: digits, words, "tens of thousands"."""
    first = tokens[i]
    if first[0].isdigit():
        value = _count(first)
        return (value, 1, False) if value is not None else None
    if lows[i] not in NUMBER_STARTS:
        return None
    low = lows[i : i + 3]
    for size in (3, 2, 1):
        phrase = " ".join(low[:size])
        if phrase in vocab.VAGUE_NUMBERS:
            return vocab.VAGUE_NUMBERS[phrase], size, True
        if phrase in vocab.NUMBER_WORDS:
            return vocab.NUMBER_WORDS[phrase], size, False
    value = _count(first)
    return (value, 1, False) if value is not None else None


def _count(token: str) -> int | None:
    """ "1,500" -> 1500; None for other tokens and for implausible figures (digits counted
    before ``int``, which refuses strings of over 4,300 digits)."""
    if not DIGITS.fullmatch(token):
        return None
    digits = token.replace(",", "").lstrip("0") or "0"
    return plausible(int(digits)) if len(digits) <= MAX_FIGURE_DIGITS else None


def _figure(tokens: list[str], lows: list[str], i: int) -> _Figure | None:
    found = _number(tokens, lows, i)
    if found is None:
        return None
    value, size, vague = found
    after = lows[i + size] if i + size < len(lows) else ""
    before = lows[i - 1] if i else ""
    is_year = len(tokens[i]) == 4 and tokens[i].isdigit() and 1800 <= value <= 2100
    if after in NOT_COUNTS or after in vocab.MONTHS or before in vocab.MONTHS or is_year:
        return None
    start, approx, at_least = i, vague, False
    for words, kind in MODIFIERS.items():
        if tuple(lows[i - len(words) : i]) == words:
            start = i - len(words)
            approx, at_least = approx or kind == "approx", kind == "at_least"
    return _Figure(start, i + size, value, approx, at_least, vague)


def _who(tokens: list[str], lows: list[str], end: int) -> tuple[list[str], int]:
    words: list[str] = []
    i = end
    while i < len(tokens) and len(words) < 5:
        word, low = tokens[i], lows[i]
        if not word[0].isalpha() or low in WHO_STOP or low in vocab.CLAIM_KIND_WORDS:
            break
        words.append(word)
        i += 1
    return words, i


def _kind(lows: list[str], fig: _Figure, after_who: int) -> QuantityKind | None:
    """The casualty word governing the figure: after what it counts, before it, or a toll."""
    for word in lows[after_who : after_who + 4]:
        if word in vocab.CLAIM_KIND_WORDS and word not in ("toll", "kill", "killing"):
            return vocab.CLAIM_KIND_WORDS[word]  # type: ignore[return-value]
        if word in (".", ",", ";") or word in ("but", "and"):
            break
    for word in reversed(lows[max(0, fig.start - 3) : fig.start]):
        if word in ("killed", "killing", "kill", "wounded", "wounding", "injured", "captured"):
            return vocab.CLAIM_KIND_WORDS[word]  # type: ignore[return-value]
    return "killed" if "toll" in lows[max(0, fig.start - 8) : fig.start] else None


def _claims_in(sentence: str, source: str | None) -> list[Claim]:
    if DIGIT.search(sentence) is None and not names_a_number(sentence.lower()):
        return []
    tokens = TOKEN.findall(sentence)
    lows = [t.lower() for t in tokens]
    out: list[Claim] = []
    resume = 0  # a figure's tokens are not read again
    for i in [i for i, low in enumerate(lows) if low[0].isdigit() or low in NUMBER_STARTS]:
        fig = _figure(tokens, lows, i) if i >= resume else None
        if fig is None:
            continue
        resume = fig.end
        who, after_who = _who(tokens, lows, fig.end)
        kind = _kind(lows, fig, after_who)
        if kind is None:
            continue
        quantity = Quantity(
            text=" ".join(tokens[fig.start : fig.end] + who),
            low=fig.low,
            high=None if fig.at_least or fig.vague else fig.low,
            approx=fig.approx,
            at_least=fig.at_least,
            kind=kind,
            what=" ".join(who) or None,
            source=source,
        )
        out.append(Claim(quantity=quantity, who=" ".join(who) or None, source=source,
                         sentence=sentence))  # fmt: skip
    return out


ALIAS_WORD = re.compile(r"[\w'’-]+")
# The same words in ASCII text, at C speed: every ASCII byte ALIAS_WORD does not take becomes a
# space, and split cuts there (the regex cuts were 15% of a news extraction in a py-spy
# profile, and four sentences in five of the news corpus are ASCII). Bytes, not
# str.translate: its table is looked up anew in every call (2.4 us a sentence, bytes 0.9 us).
ALIAS_SEPARATORS = bytes(
    c if c >= 128 or chr(c).isalnum() or chr(c) in "_'-" else 32 for c in range(256)
)


def alias_words(text: str) -> list[str]:
    """ALIAS_WORD.findall(text)."""
    if text.isascii():
        return text.encode().translate(ALIAS_SEPARATORS).decode().split()
    return ALIAS_WORD.findall(text)


def _alias_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (all words, alias). Capitals-only aliases ("IS", "AP", "UN") are keyed
    as written and match only so; the others in lower case, matching any case."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for table in (vocab.NEWS_SOURCES, vocab.BELLIGERENT_ALIASES):
        for aliases in table.values():
            for alias in aliases:
                words = tuple(ALIAS_WORD.findall(alias if alias.isupper() else alias.lower()))
                entry = (words, alias)
                if entry not in index.setdefault(words[0], []):
                    index[words[0]].append(entry)
    return index


ALIAS_INDEX = _alias_index()
# Capitals-only aliases match the words as written, the others the words in lower case.
EXACT_KEYS = frozenset(k for k, entries in ALIAS_INDEX.items() if entries[0][1].isupper())
FOLDED_KEYS = frozenset(ALIAS_INDEX) - EXACT_KEYS
# Any capitals-only key, anywhere: most sentences have none, and then their words as written
# need not be listed at all.
EXACT_HINT = re.compile("|".join(map(re.escape, sorted(EXACT_KEYS, key=len, reverse=True))))


def first_positions(text: str) -> dict[str, int]:
    """Where each alias first stands in ``text`` as whole words, as a word index (only the
    order matters). The words that start an alias are found by set operations and
    ``list.index``, at C speed; a news page has thousands of words and a few aliases."""
    low = text.lower()
    folds_alike = len(low) == len(text)  # else lower() changed the words ("İ"): one by one
    exact = EXACT_HINT.search(text) is not None
    words = alias_words(text) if exact or not folds_alike else []
    lowered = alias_words(low) if folds_alike else [w.lower() for w in words]
    out: dict[str, int] = {}
    for keys, seq in ((EXACT_KEYS, words), (FOLDED_KEYS, lowered)):
        for key in keys.intersection(seq):
            _place(key, seq, out)
    return out


def _place(key: str, seq: list[str], out: dict[str, int]) -> None:
    """The first index where each alias starting with ``key`` stands whole in ``seq``."""
    pending = list(ALIAS_INDEX[key])
    i = seq.index(key)
    while pending:
        for entry in list(pending):
            parts, alias = entry
            if tuple(seq[i : i + len(parts)]) == parts:
                out.setdefault(alias, i)
                pending.remove(entry)
        try:
            i = seq.index(key, i + 1)
        except ValueError:
            return


class SourceFinder:
    """Names the organisation a sentence attributes its figures to, the way the article does:
    "a monitor said" is the Syrian Observatory when the article names it."""

    def __init__(self, named: set[str]) -> None:
        """``named``: every alias the article uses (full names make "monitor" resolvable)."""
        self.present = {name for name, aliases in vocab.NEWS_SOURCES.items() if aliases[0] in named}

    def find(self, seen: dict[str, int]) -> str | None:
        """The source named earliest in a sentence, given where its aliases stand."""
        if not seen:
            return None
        best: tuple[int, str] | None = None
        for name, aliases in vocab.NEWS_SOURCES.items():
            for alias in aliases:
                generic = alias != aliases[0] and alias.islower()
                at = seen.get(alias)
                if at is None or (generic and name not in self.present):
                    continue
                if best is None or at < best[0]:
                    best = (at, name)
        return best[1] if best else None


def extract_claims(paragraphs: list[str]) -> list[Claim]:
    """Every casualty claim, in reading order, up to one past MAX_CLAIMS (more were there). A
    sentence with no attribution takes the one of the sentence before it in the same
    paragraph ("…, Reuters has reported. IS killed 36 …")."""
    split = [[(s, first_positions(s)) for s in sentences(p)] for p in paragraphs]
    finder = SourceFinder({alias for para in split for _, seen in para for alias in seen})
    out: list[Claim] = []
    for paragraph in split:
        previous: str | None = None
        for sentence, seen in paragraph:
            source = finder.find(seen) or previous
            out.extend(_claims_in(sentence, source))
            previous = source
            if len(out) > MAX_CLAIMS:
                return out[: MAX_CLAIMS + 1]
    return out


def mentions(text: str) -> list[str]:
    """The groups and reporting organisations a text names, by their canonical names. A long
    text is read in pieces of MENTION_CHUNK characters cut at spaces, so the word lists stay
    small (a megabyte of one paragraph held 30 bytes per input byte)."""
    seen: dict[str, tuple[int, int]] = {}  # alias -> (piece, word index): order only
    for n, piece in enumerate(_bounded(text, MENTION_CHUNK)):
        for alias, i in first_positions(piece).items():
            seen.setdefault(alias, (n, i))
    found = []
    for table in (vocab.BELLIGERENT_ALIASES, vocab.NEWS_SOURCES):
        for name, aliases in table.items():
            hits = [seen[a] for a in aliases if a in seen]
            if hits:
                found.append((min(hits), name))
    return list(dict.fromkeys(name for _, name in sorted(found)))
