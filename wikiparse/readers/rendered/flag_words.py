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

from wikiparse import fields
from wikiparse.raw import RawItem, RawValue, walk
from wikiparse.vocab.lang import ENGLISH, language

YEAR = re.compile(r"\d{3,4}")
# "Iraq (bandiera) Iraq": it-wiki's flag alt text ends in "(bandiera)".
FLAG_MARK = re.compile(r"^(?P<flag>[^()]{1,60}?)\s*\(bandiera\)\s*(?P<name>\S.*)$")
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
    if YEAR.fullmatch(tail[0]):
        return None  # no name starts with a year
    core = head[:-1] if YEAR.fullmatch(head[-1]) else head
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


def split_flag(text: str, flag_words: tuple[str, ...]) -> tuple[str | None, str]:
    """(flag alt text, name) of an item; (None, text) when no alt text shows."""
    mark = FLAG_MARK.match(text)
    if mark is not None:
        return mark.group("flag"), mark.group("name")
    lead = next((w for w in flag_words if text.lower().startswith(w + " ")), None)
    rest = text[len(lead) + 1 :] if lead else text
    words = rest.split()
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
        self.range_words = lang.range_words if self.on else ()
        self.spaced = lang.spaced_thousands  # "68 000": thousands grouped by spaces
        self.links = lang.breakdown_words  # "dont": the figure after breaks the one before down
        self.code = lang.iso
        self.known: list[str] = []
        # "Empire français Drapeau de l'Empire russe Empire russe": a flag word starting
        # inside a line starts the next item
        words = "|".join(re.escape(w[:1].upper() + w[1:]) for w in self.flag_words)
        self.inner = re.compile(rf"(?<=\S) (?=(?:{words})\s)") if words else None

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
        if not self.on or self.inner is None:
            return lines
        return [piece for line in lines for piece in self.inner.split(line)]

    def fix_row(self, items: list[RawItem], prefix: str) -> None:
        """Take the flags off a row's items: split a belligerent's alt text from its name,
        strip known alt texts (and a flag word's common lead) from other rows' items."""
        if not self.on:
            return
        if prefix == fields.COMBATANT:
            for item in walk(items):
                alt, name = split_flag(item.text, self.flag_words)
                if alt is not None and name:
                    item.text, item.flags = name, item.flags or [self._flag(alt)]
                    self.known.append(alt)
                self.known.append(item.text)
            return
        known = sorted(self.known, key=len, reverse=True)
        rest = [item for item in walk(items) if not _strip_known(item, known)]
        # a flag no belligerent showed: the lead items after the same flag word share
        leads = sorted(_common_lead(rest, self.flag_words), key=len, reverse=True)
        for item in rest:
            _strip_known(item, leads)
        for item in walk(items):
            item.flags = [self._flag(flag) for flag in item.flags]

    def fix_value(self, value: RawValue) -> None:
        """A single value ("Irak Mossul": the place after its country's flag)."""
        if self.on:
            for item in value.items:
                _strip_known(item, sorted(self.known, key=len, reverse=True))
            value.text = "\n".join(i.text for i in walk(value.items))


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


def _common_lead(items: list[RawItem], flag_words: tuple[str, ...]) -> list[str]:
    """The words two or more items in a row start with after a flag word ("Drapeau : Monarchie
    de Habsbourg" before three commanders): the flag's alt text."""
    out: list[str] = []
    for one, two in itertools.pairwise(items):
        low = one.text.lower()
        if not any(low.startswith(w + " ") for w in flag_words):
            continue
        a, b = one.text.split(), two.text.split()
        n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), 0)
        if 1 < n < len(a) and n < len(b):
            out.append(" ".join(a[:n]))
    return out
