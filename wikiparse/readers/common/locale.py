"""The words of a rendered page's language: row labels, glued labels, "part of" lines, chrome.

A page is read with English's words and, when it is in another language with a data file
(``vocab/lang/<code>.py``), that language's words too: "Datum", "Konfliktparteien" on a German
page, "Belligérants" on a French one. Only the page's own language is added, so an English
page is read exactly as before (a line "Data" or "Issue" in it is no row label).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from wikiparse import fields, vocab
from wikiparse.values.language import guess_language
from wikiparse.values.locale import alternation, figure_words
from wikiparse.vocab.lang import ENGLISH, LANGUAGES, Language, language

__all__ = [
    "CHROME_OWNERS", "ENGLISH_THE", "INLINE_OWNERS", "KIND_ORDER", "LABEL_LINES", "LABEL_OWNERS",
    "LABEL_SAMPLE", "LOOSE_LABEL", "REMARK", "TOTAL_LINE", "Words", "glued_label",
    "kind_order_cut", "kind_word", "page_language", "words"
]  # fmt: skip

# A page too short for its common words to tell its language still shows its box's labels:
# this many lines that are one language's row labels (and no other's) name it.
LABEL_LINES = 3
LABEL_SAMPLE = 20_000  # characters of a page searched for its labels
ENGLISH_THE = 5  # " the " this many times: the page is in English


@dataclass(frozen=True)
class Words:
    """What the rendered readers match on a page of one language (English included)."""

    code: str
    labels: Mapping[str, str]  # label (lower case, no colon) -> canonical name
    glued: re.Pattern[str]  # a label glued to its value: "Datum17. Oktober 2016"
    part_of: tuple[str, ...]  # "part of ", "teil von:"
    chrome_lines: frozenset[str]
    chrome_phrases: tuple[str, ...]
    conflict_marks: frozenset[str]  # labels only a conflict's box shows
    breakdown: tuple[str, ...]  # "davon": the lines under break a total down
    box_ends: tuple[str, ...] = ()  # line starts after the box's rows ("batailles")
    inline: re.Pattern[str] | None = None  # a row label inside a line (``unglue``)

    def row_label(self, text: str) -> str | None:
        """ "Konfliktparteien" -> "combatant"; None when the text is no row label."""
        key = text.strip()
        if self.code != "en":  # "Beligerantes |": a cell copied with its pipe
            key = key.rstrip("|").strip()
        return self.labels.get(key.rstrip(":").strip().lower())

    def part_of_line(self, text: str) -> bool:
        low = text.lower()
        return low.startswith(self.part_of) and len(low) > min(map(len, self.part_of))

    def unglue(self, lines: list[str]) -> list[str]:
        """A copy that ran the box's rows into lines of text ("…«Курская дуга» Дата 5 июля —
        23 августа 1943 Место Курская … Итог", "Курская битваОсновной конфликт: …"): a line
        holding two row labels, a label ending it, or a "part of" label glued to a word, is
        cut before each."""
        if self.inline is None:
            return lines
        out: list[str] = []
        for line in lines:
            found = [m for m in self.inline.finditer(line) if m.start("label")]
            cuts = [m.start("label") for m in found]
            # glued to a word, or ending the line ("… к Красной армии Противники")
            alone = [m for m in found if line[m.start() - 1].isalpha() or m.end() == len(line)]
            if len(cuts) >= 2 or alone:
                bounds = [0, *cuts, len(line)]
                out.extend(line[a:b].strip() for a, b in itertools.pairwise(bounds))
            else:
                out.append(line)
        return out

    def box_end(self, text: str) -> bool:
        """A campaign box, coordinates or map line after the box's rows ("Batailles")."""
        low = text.lower()
        return bool(self.box_ends) and (low in self.box_ends or low.startswith(self.box_ends))

    def part_of_value(self, text: str) -> str:
        """ "Teil von: Befreiungskriege" -> "Befreiungskriege" (English's "Part of the …" is
        kept whole: the part-of reader takes its words off)."""
        low = text.lower()
        own = self.part_of[len(ENGLISH.part_of_starts) :]
        lead = next((p for p in own if low.startswith(p)), "")
        value = text[len(lead) :].strip() if lead else text
        return value.rstrip("|").strip() if self.code != "en" else value


def _glued(labels: tuple[str, ...], any_case: tuple[str, ...]) -> re.Pattern[str]:
    """English labels glue to a value starting with a digit or capital ("Date17–25 April");
    another language's long labels to any letter too ("Ausgangentscheidender Sieg")."""
    strict = "|".join(map(re.escape, labels))
    loose = alternation(any_case)
    tail = r"(?P<value>[\dA-Z].*|\s+\S.*)"
    if not loose:
        return re.compile(rf"^(?P<label>{strict}){tail}$")
    return re.compile(rf"^(?:(?P<label>{strict}){tail}|(?P<label2>{loose})(?P<value2>\w.*))$")


# Labels this long may glue to a lower-case value: shorter ones ("Ort") start other words.
LOOSE_LABEL = 5


@cache
def words(code: str | None) -> Words:
    """English's words, with those of ``code``'s language when it has a data file."""
    lang = language(code)
    if lang is ENGLISH:
        return Words(
            "en",
            fields.ROW_LABELS,
            _glued(fields.INLINE_LABELS, ()),
            ENGLISH.part_of_starts,
            vocab.CHROME_LINES,
            vocab.CHROME_PHRASES,
            frozenset(),
            ENGLISH.breakdown_words,
            box_ends=ENGLISH.box_ends,
        )
    inline = tuple(x for x in lang.inline_labels if x not in fields.INLINE_LABELS)
    return Words(
        code=lang.iso,
        labels={**fields.ROW_LABELS, **lang.labels},
        glued=_glued(
            (*fields.INLINE_LABELS, *inline), tuple(x for x in inline if len(x) >= LOOSE_LABEL)
        ),
        part_of=(*ENGLISH.part_of_starts, *lang.part_of_starts),
        chrome_lines=vocab.CHROME_LINES | lang.chrome_lines,
        chrome_phrases=(*vocab.CHROME_PHRASES, *lang.chrome_phrases),
        conflict_marks=frozenset(lang.conflict_marks),
        breakdown=lang.breakdown_words,
        box_ends=(*ENGLISH.box_ends, *lang.box_ends),
        inline=_inline((*lang.inline_labels, *_side_labels(lang.labels)), lang.part_of_starts),
    )


def _side_labels(labels: Mapping[str, str]) -> list[str]:
    """The side rows' labels as a page prints them: "Противники", "Силы сторон"."""
    return [x[:1].upper() + x[1:] for x, key in labels.items() if key in fields.SIDE_PREFIXES]


def _inline(labels: tuple[str, ...] | list[str], part_of: tuple[str, ...]) -> re.Pattern[str]:
    """A label inside a line: after a space ("… Дата 5 июля") and before a space or the end,
    or a "part of" label with its colon, after a word it is glued to ("битваОсновной …:")."""
    spaced = alternation(labels)
    glued = "|".join(re.escape(p[:1].upper() + p[1:]) for p in part_of if p.endswith(":"))
    alternatives = [rf"(?<=\s)(?:{spaced})(?=\s|$)"]
    if glued:
        alternatives.append(rf"(?<=[^\W\d_])(?:{glued})")
    return re.compile(f"(?P<label>{'|'.join(alternatives)})")


def glued_label(match: re.Match[str]) -> tuple[str, str]:
    """(label, value) of a ``Words.glued`` match."""
    if match.group("label") is not None:
        return match.group("label"), match.group("value")
    return match.group("label2"), match.group("value2")


def _owners(words: Callable[[Language], Iterable[str]]) -> dict[str, str]:
    """Each word of one language only (not English's) -> that language."""
    owners: dict[str, set[str]] = {}
    for code, x in LANGUAGES.items():
        for word in words(x):
            owners.setdefault(word, set()).add(code)
    return {
        word: next(iter(codes))
        for word, codes in owners.items()
        if len(codes) == 1 and "en" not in codes
    }


# Row labels ("konfliktparteien"), the first word of a label glued to its value ("lieu" of
# "Lieu Verdun"), and chrome lines ("Informations générales"), by the language that owns them.
LABEL_OWNERS = _owners(lambda x: x.labels)
INLINE_OWNERS = _owners(lambda x: (label.lower() for label in x.inline_labels))
CHROME_OWNERS = _owners(lambda x: x.chrome_lines)


def _by_labels(lines: list[str]) -> str | None:
    """The one language whose own row labels stand on LABEL_LINES lines or more."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for line in lines:
        text = line.strip()
        owner = LABEL_OWNERS.get(text.rstrip(":").strip().lower()) or CHROME_OWNERS.get(text)
        owner = owner or INLINE_OWNERS.get(text.split(" ", 1)[0].lower())
        if owner is not None:
            counts[owner] += 1
    best = max(counts, key=lambda c: counts[c])
    tied = [c for c, n in counts.items() if n == counts[best]]
    return best if counts[best] >= LABEL_LINES and len(tied) == 1 else None


def page_language(text: str) -> str:
    """The page's language by its common words, else by its row labels, else English ("en":
    said here, so that the pipeline does not guess a second time)."""
    found = guess_language(text)
    if found is not None:
        return found
    sample = text[:LABEL_SAMPLE]
    if sample.count(" the ") >= ENGLISH_THE:  # English prose: no label need be looked for
        return "en"
    return _by_labels(sample.split("\n")) or "en"


# The order a side's casualty lines come in (killed, wounded, captured, missing, materiel): a
# line that goes back in it starts the next side's ("… 1 drapeau" / "15 000 morts ou blessés").
KIND_ORDER = {"killed": 0, "dead_or_wounded": 0, "wounded": 1, "captured": 2, "missing": 3,
              "materiel": 4}  # fmt: skip


# "Total: 38 656", "Insgesamt 72.000": a side's total heads its figures.
TOTAL_LINE = re.compile(r"^\s*(?:total|insgesamt|итого|всего)\b", re.IGNORECASE)
REMARK = re.compile(r"\([^()]*\)")


def kind_order_cut(lines: list[str], code: str | None, kinds: bool = True) -> int | None:
    """Where the kinds of a run of figure lines start over, or None. A line opening with a
    total ("Total: 24 000") after the first starts the next side's figures."""
    words = figure_words(code)
    totals = [k for k, line in enumerate(lines) if k and TOTAL_LINE.match(line)]
    if totals or not kinds:
        return totals[0] if totals else None
    last = None
    for k, line in enumerate(lines):
        if not any(c.isdigit() for c in line):
            continue  # "Drapeau de la Syrie …": a flag's words, no figure
        found = words.kind_word.search(REMARK.sub(" ", line))  # not "(13 700 muertos …)"
        rank = KIND_ORDER.get(words.kind_of[found.group(0).lower()]) if found else None
        if rank is None:
            continue
        # (under a header, "Secondo altre stime:", the side's other estimates start over)
        if last is not None and rank < last and not lines[k - 1].rstrip().endswith(":"):
            return k
        last = rank
    return None


def kind_word(code: str, text: str) -> bool:
    """Does the text name casualties of a kind (killed, wounded, captured, missing)?"""
    words = figure_words(code)
    return any(
        KIND_ORDER.get(words.kind_of[m.group(0).lower()], 4) < 4
        for m in words.kind_word.finditer(text)
    )
