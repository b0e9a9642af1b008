"""Flags a scrape printed as words, on pages in other languages: the flag's alt text before the
name it stands beside.

    Irak Irak                                  -> Irak            (flag Irak)
    Frankreich 1804 Frankreich                 -> Frankreich      (flag Frankreich 1804)
    Königreich Neapel Neapel                   -> Neapel
    Drapeau de l'Empire français Empire français -> Empire français
    Iraq (bandiera) Iraq                       -> Iraq
    SchwedenSchweden Kronprinz Karl Johann     -> Kronprinz Karl Johann (a commander)
    Irak Haider al-Abadi                       -> Haider al-Abadi (the flag a belligerent showed)

English pages are left alone: their scrapes print flags as file names ("Flag of Syria.svg").
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from wikiparse import fields, vocab
from wikiparse.raw import RawItem, RawValue, walk
from wikiparse.values.states import VARIANT_YEARS, flag_and_name
from wikiparse.vocab.lang import ENGLISH, language

__all__ = [
    "GLUED_CELLS", "MAX_FLAG_WORDS", "RANGE_END", "WORD_OR_NOTE", "YEARS", "YEAR_DIGITS",
    "FlagReader", "split_flag"
]  # fmt: skip

YEAR_DIGITS = re.compile(r"\d{3,4}")
# Two cells glued: a lower-case letter or a digit, then a capital and a lower-case letter.
GLUED_CELLS = re.compile(r"(?<=[a-zß-öø-ÿа-яё\d])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё])")
WORD_OR_NOTE = re.compile(r"\([^()]*\)|\S+")
# A flag variant's years after its alt text: "Bandera de España (1785-1873 y 1875-1931)".
YEARS = re.compile(r"\(?\d{3,4}\b[^()]{0,30}\)?")
MAX_FLAG_WORDS = 6


def _fold(words: list[str]) -> list[str]:
    """Words compared without case, accents, "ß" or an elided article ("d'Autriche")."""
    out = []
    for word in words:
        word = word.casefold().replace("ß", "ss").split("'")[-1].split("’")[-1]
        out.append("".join(c for c in unicodedata.normalize("NFD", word) if c.isalnum()))
    return out


def _rank(head: list[str], tail: list[str], lead: bool) -> int | None:
    """How surely ``head`` is a flag's alt text for the name ``tail`` (lower is surer). After
    a flag word ("Drapeau de l'Autriche Empire d'Autriche") the name holds the alt's words."""
    if YEAR_DIGITS.fullmatch(tail[0]) or tail[0].startswith("("):
        return None  # no name starts with a year or a remark
    core = head[:-1] if YEARS.fullmatch(head[-1]) else head
    h, t = _fold(core), _fold(tail)
    if not h or not t:
        return None
    if h == t:
        return 0  # "Irak Irak", "Frankreich 1804 Frankreich"
    if h[: len(t)] == t or h[-len(t) :] == t:
        return 5 if lead else 1  # "Preussen Konigreich Preußen", "Königreich Neapel Neapel"
    if t[: len(h)] == h:
        return 2  # "Reino Unido Reino Unido de Gran Bretaña"
    if core is not head:
        return 3  # "Russisches Kaiserreich 1721 Russland": a variant's year ends the alt
    if t[-len(h) :] == h:
        return 4  # "Autriche Empire d'Autriche"
    return None


# A number as a range's end: "12 000", "1.500", "300" (groups possessive: linear).
RANGE_END = r"\d{1,3}(?:[ .,\u202f\xa0]\d{3})*+"


def _glued_range(starts: tuple[str, ...], ends: tuple[str, ...]) -> re.Pattern[str] | None:
    """A range ("da 12 000 a 15 000") whose opener is glued to the word before it."""
    if not starts or not ends:
        return None
    opener = "|".join(map(re.escape, starts))
    joiner = "|".join(map(re.escape, ends))
    return re.compile(
        rf"(?<=[^\W\d_]{{2}})(?:{opener})[ \t]+{RANGE_END}[ \t]+(?:{joiner})[ \t]+\d",
        re.IGNORECASE,
    )


def split_flag(text: str, flag_words: tuple[str, ...]) -> tuple[str | None, str]:
    """(flag alt text, name) of an item; (None, text) when no alt text shows."""
    lead = next((w for w in flag_words if text.lower().startswith(w + " ")), None)
    rest = text[len(lead) + 1 :] if lead else text
    words = WORD_OR_NOTE.findall(rest)  # a remark is one word: "España (1785-1873 y 1875-1931)"
    found = []
    for k in range(1, min(len(words), MAX_FLAG_WORDS + 1)):
        rank = _rank(words[:k], words[k:], lead is not None)
        if rank is not None:
            found.append((rank, k))
    if not found:
        return None, text
    _, k = min(found)
    alt = " ".join(words[:k])
    return (f"{text[: len(lead)]} {alt}" if lead else alt), " ".join(words[k:])


class FlagReader:
    """Flags printed as words in one page's side rows (a page not in English): the alt texts
    seen beside belligerents are known when the commanders and figures come."""

    def __init__(self, code: str | None) -> None:
        lang = language(code)
        self.on = lang is not ENGLISH
        self.flag_words = lang.flag_words
        self.flag_marks = lang.flag_marks
        self.range_words = lang.range_words if self.on else ()
        self.range_starts = lang.range_starts
        self.spaced = lang.spaced_thousands  # "68 000": thousands grouped by spaces
        self.links = lang.breakdown_words  # "dont": the figure after breaks the one before down
        self.code = lang.iso
        self.known: list[str] = []
        self.variants: set[str] = set()  # "Reino da Itália (1861–1946)" seen before a name
        self.shown = False  # the page showed a flag as words
        self.deferred: list[tuple[RawItem, str, str]] = []  # (item, flag, name): ``settle``
        # "Empire français Drapeau de l'Empire russe Empire russe": a flag word starting
        # inside a line starts the next item
        words = "|".join(re.escape(w[:1].upper() + w[1:]) for w in self.flag_words)
        self.inner = re.compile(rf"(?<=\S) (?=(?:{words})\s)") if words else None
        self.glued_range = _glued_range(lang.range_starts, lang.range_words) if self.on else None

    def list_runs_on(self, group: list[RawItem], after: list[RawItem]) -> bool:
        """A blank-line group that opens with a group header ("Sostenuti da:") and lists
        flagged names, then a group that opens with a flagged name too: the list the copy
        wrapped runs on past the blank line (it Mosul's supporters), which is then no evidence
        of where the sides part. (de Mossul's next group, "Islamischer Staat", has no flag.)"""
        head = group[0].text.rstrip(":").strip().lower() if group else ""
        if not self.on or head not in vocab.GROUP_HEADERS_ALL or not after:
            return False
        return bool(after[0].flags) and any(item.flags for item in group[1:])

    def glued_pair(self, line: str) -> list[str]:
        """ "da 1 000 a 3 000 cavalieri … cremonesida 12 000 a 15 000 più …": two cells of a
        figures row glued, the second's range opener stuck to the first's last word (it
        reference: Legnano). The two cells, or [] when the line is not one range cell then
        exactly one such glued range cell."""
        if self.glued_range is None:
            return []
        found = list(self.glued_range.finditer(line))
        starts = tuple(f"{w} " for w in self.range_starts)
        if len(found) != 1 or not line.lower().startswith(starts):
            return []
        cut = found[0].start()
        return [line[:cut].strip(), line[cut:].strip()]

    def _flag(self, alt: str) -> str:
        """The flag's name: "Drapeau de l'Empire français" -> "Empire français"."""
        low = alt.lower()
        lead = next((w for w in self.flag_words if low.startswith(w)), None)
        if lead is None:
            return alt
        rest = alt[len(lead) :].strip()
        for article in ("l'", "l’"):
            if rest.lower().startswith(article):
                rest = rest[len(article) :]
        return rest.strip() or alt

    def split_lines(self, lines: list[str]) -> list[str]:
        """Cells a copy ran together: at a flag word inside a line, and where a cell's last
        word or figure touches the next cell's capital ("Herzogtum NormandieKönigreich
        England", "… bis 12.000Unbekannt, …")."""
        if not self.on:
            return lines
        self.note_variants(lines)
        out = [piece for line in lines for piece in GLUED_CELLS.split(line)]
        if self.inner is None:
            return out
        return [piece for line in out for piece in self.inner.split(line)]

    def note_variants(self, lines: list[str]) -> None:
        """ "Reino da Itália (1861–1946) Aviazione Legionaria": a state's name closed by a flag
        variant's years, then a name on the same line: the flag's alt text. The line is read
        as two items (the note ends one), so the alt is kept here for ``_alone``."""
        for line in lines:
            found = flag_and_name(line.strip(), self.code) if self.on else None
            if found is not None and VARIANT_YEARS.search(found[0].split()[-1]):
                self.variants.add(found[0])

    def headed_columns(self, lines: list[str]) -> list[list[str]] | None:
        """Figures under flags with no names ("Drapeau de la Syrie Drapeau de la Russie",
        figures, a blank line, a group, "Drapeau des États-Unis", figures): a flag line and a
        blank line each start a column (fr-wiki boxes of three sides, names lost). None when
        no line is only flags."""
        if not self.on or not self.flag_words:
            return None
        flags_only = [self._flags_only(line) for line in lines]
        if not any(flags_only):
            return None
        columns: list[list[str]] = [[]]
        for line, header in zip(lines, flags_only, strict=True):
            if header or not line.strip():
                if columns[-1]:
                    columns.append([])
            else:
                columns[-1].append(line)
        return [column for column in columns if column]

    def _flags_only(self, line: str) -> bool:
        low = line.strip().lower()
        return low.startswith(self.flag_words) and not any(c.isdigit() for c in low)

    def fix_row(self, items: list[RawItem], prefix: str) -> None:
        """Take the flags off a row's items: split a belligerent's alt text from its name,
        strip known alt texts (and a flag word's common lead) from other rows' items."""
        if not self.on:
            return
        self._marked(items)
        self._alone(items)
        if prefix == fields.COMBATANT:
            self._names(items)
        else:
            self._others(items)
        for item in walk(items):
            item.flags = [self._flag(flag) for flag in item.flags]

    def _names(self, items: list[RawItem]) -> None:
        items[:] = [piece for item in items for piece in _repeated_head(item)]
        for item in walk(items):
            alt, name = split_flag(item.text, self.flag_words)
            if alt is None:
                alt, name = self._state_flag(item)
            if alt is not None and name:
                item.text, item.flags = name, item.flags or [alt]
                self.known.append(alt)
                self.shown = True
            self.known.append(item.text)
        self.settle()

    def _state_flag(self, item: RawItem) -> tuple[str | None, str]:
        """ "France Ier Empire français" (fr e-monsite), "Alemanha Nazista Legião Condor" (pt
        studentb), "Bandera de Francia Primer Imperio francés" (es clateway): a state's name
        printed for its flag before the party's own name (``states.flag_and_name``). With no
        flag word before it, only on a page that shows flags as words in some row (a later
        one too: ``settle``); till then it waits in ``deferred``."""
        text = item.text
        lead = next((w for w in self.flag_words if text.lower().startswith(w + " ")), None)
        found = flag_and_name(text[len(lead) + 1 :] if lead else text, self.code, lead is not None)
        if found is None:
            return None, text
        alt, name = found
        if lead is None and not VARIANT_YEARS.search(alt):
            self.deferred.append((item, alt, name))
            return None, text
        return (f"{text[: len(lead)]} {alt}" if lead else alt), name

    def settle(self, out: dict[str, RawValue] | None = None) -> None:
        """The deferred state names become flags once the page has shown a flag as words
        ("France Napoléon Ier" in the commanders' row under "France Ier Empire français");
        ``out``: the box's values, their text made again."""
        if not self.shown or not self.deferred:
            return
        for item, alt, name in self.deferred:
            if item.text == f"{alt} {name}" and not item.flags:
                item.text, item.flags = name, [alt]
                self.known[:0] = [alt, name]
        self.deferred.clear()
        for key, value in (out or {}).items():
            if key.startswith(fields.COMBATANT):
                value.text = "\n".join(i.text for i in walk(value.items))

    def _others(self, items: list[RawItem]) -> None:
        known = sorted(self.known, key=len, reverse=True)
        _drop(items, set(self.known))  # "Stato islamico" alone: a flag whose name was lost
        rest = [item for item in walk(items) if not _strip_known(item, known)]
        # a flag no belligerent showed: the lead items after the same flag word share
        leads = sorted(_common_lead(rest, self.flag_words, self.known), key=len, reverse=True)
        stripped = [item for item in rest if _strip_known(item, leads)]
        self.shown = self.shown or len(rest) < len(list(walk(items))) or bool(stripped)

    def _marked(self, items: list[RawItem]) -> None:
        """ "Iraq (bandiera)" then "Iraq" (a scrape cut at the remark): the flag of the item
        after it; "Iraq (bandiera) Iraq" in one item: the flag and the name."""
        for k, item in enumerate(items):
            self._marked(item.children)
            for mark in self.flag_marks:
                head, found, name = item.text.partition(mark)
                if not found or not head.strip():
                    continue
                if name.strip():
                    item.text, item.flags = name.strip(), [head.strip()]
                    self.known.append(head.strip())
                    self.shown = True
                elif k + 1 < len(items):
                    items[k + 1].flags = items[k + 1].flags or [head.strip()]
                    item.text = ""
        items[:] = [item for item in items if item.text]

    def _alone(self, items: list[RawItem]) -> None:
        """ "Bandera de España (1785-1873 y 1875-1931)" on a line of its own: a flag variant's
        alt text (its years close it), the flag of the item after it; so is a state's name
        closed by years seen before a name on one line (``note_variants``)."""
        for k, item in enumerate(items[:-1]):
            low = item.text.lower()
            variant = low.startswith(self.flag_words) and YEARS.search(item.text.split()[-1])
            if variant or item.text in self.variants:
                items[k + 1].flags = items[k + 1].flags or [item.text]
                self.known.append(item.text)
                self.shown = True
                item.text = ""
        items[:] = [item for item in items if item.text]

    def fix_value(self, value: RawValue) -> None:
        """A single value ("Irak Mossul": the place after its country's flag)."""
        if self.on:
            for item in value.items:
                _strip_known(item, sorted(self.known, key=len, reverse=True))
            value.text = "\n".join(i.text for i in walk(value.items))


def _repeated_head(item: RawItem) -> list[RawItem]:
    """ "Royaume de France Royaume de Navarre Royaume de Bohême", "Empire russe Empire
    d'Autriche": names a copy ran into one cell, each opening with the same word."""
    words = item.text.split()
    head = words[0] if words else ""
    starts = [k for k, word in enumerate(words) if k and word == head]
    if len(head) < 4 or not head[0].isupper() or not starts or starts[0] < 2:
        return [item]
    bounds = [0, *starts, len(words)]
    texts = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
    pieces = [RawItem(text=t, depth=item.depth) for t in texts]
    pieces[0].flags, pieces[-1].children = item.flags, item.children
    pieces[-1].refs, pieces[-1].markers = item.refs, item.markers
    return pieces


def _drop(items: list[RawItem], flags: set[str]) -> None:
    """Take out the items that are only a flag's alt text (their name was lost)."""
    items[:] = [item for item in items if item.text not in flags or item.children]
    for item in items:
        _drop(item.children, flags)


def _strip_known(item: RawItem, known: list[str]) -> bool:
    """ "Irak Haider al-Abadi", "SchwedenSchweden Kronprinz …": a flag seen beside a belligerent,
    before a commander or a figure (glued to itself when the scrape lost the space)."""
    for alt in known:
        for lead in (alt + alt, alt):
            if item.text.startswith(lead + " ") and len(item.text) > len(lead) + 1:
                item.text = item.text[len(lead) + 1 :].strip()
                item.flags = item.flags or [alt]
                return True
    return False


def _common_lead(items: list[RawItem], flag_words: tuple[str, ...], known: list[str]) -> list[str]:
    """The words two or more items in a row start with after a flag word ("Drapeau : Monarchie
    de Habsbourg" before three commanders), or that start a belligerent's name ("Espanha" before
    "Fidel Dávila" and "Francisco Franco", the side of "Espanha Nacionalista"): the flag."""
    out: list[str] = []
    for one, two in itertools.pairwise(items):
        a, b = one.text.split(), two.text.split()
        n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), 0)
        if not 0 < n < min(len(a), len(b)):
            continue
        lead = " ".join(a[:n])
        flagged = n > 1 and one.text.lower().startswith(tuple(w + " " for w in flag_words))
        if flagged or any(name.startswith(lead + " ") for name in known):
            out.append(lead)
    return out
