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


def _strip_known(item: RawItem, known: list[str]) -> None:
    """ "Irak Haider al-Abadi", "SchwedenSchweden Kronprinz …": a flag seen beside a belligerent,
    before a commander or a figure (glued to itself when the scrape lost the space)."""
    for alt in known:
        for lead in (alt + alt, alt):
            if item.text.startswith(lead + " ") and len(item.text) > len(lead) + 1:
                item.text = item.text[len(lead) + 1 :].strip()
                item.flags = item.flags or [alt]
                return


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


def clean_flags(box: dict[str, RawValue], code: str | None) -> None:
    """Take flags printed as words off the box's names and figures (pages not in English)."""
    lang = language(code)
    if lang is ENGLISH:
        return
    known: list[str] = []
    for key, value in box.items():
        side = fields.SIDE_PARAM.fullmatch(key)
        if side is None or side.group("prefix") != fields.COMBATANT:
            continue
        for item in walk(value.items):
            alt, name = split_flag(item.text, lang.flag_words)
            if alt is not None and name:
                item.text, item.flags = name, item.flags or [alt]
                known.append(alt)
            known.append(item.text)
    for key, value in box.items():
        side = fields.SIDE_PARAM.fullmatch(key)
        if side is None or side.group("prefix") == fields.COMBATANT:
            continue
        items = list(walk(value.items))
        leads = sorted({*known, *_common_lead(items, lang.flag_words)}, key=len, reverse=True)
        for item in items:
            _strip_known(item, leads)
        value.text = "\n".join(i.text for i in items)
