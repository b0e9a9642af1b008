"""A text's language (ISO 639-1) from its script or its common words; None when unsure."""

from __future__ import annotations

import re
from collections import Counter

from wikiparse import vocab

SAMPLE = 20_000  # characters looked at
# A script must hold this share of the letters to name the language.
SCRIPT_SHARE = 0.3
# Another language's common words must outnumber English's this many times, and be this many.
WORD_MARGIN, WORD_MIN = 2, 12
WORD = re.compile(r"[^\W\d_]+")
# Tags, so that HTML's words ("em", "div") are not counted as the page's.
TAG = re.compile(r"<[^<>]{0,2000}>")
ISO_CODE = re.compile(r"[a-z]{2,3}")
COMMON = {lang: frozenset(words.split()) for lang, words in vocab.COMMON_WORDS.items()}


def _script(ch: str) -> str | None:
    point = ord(ch)
    for low, high, language in vocab.SCRIPTS:
        if low <= point <= high:
            return language
    return None


def _by_script(sample: str) -> str | None:
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters or sample.isascii():
        return None
    scripts = Counter(s for s in map(_script, letters) if s is not None)
    if not scripts or sum(scripts.values()) < SCRIPT_SHARE * len(letters):
        return None
    if scripts["ja"] and scripts["ja"] >= 0.05 * (scripts["ja"] + scripts["zh"]):
        return "ja"
    return scripts.most_common(1)[0][0]


def _by_words(sample: str, among: tuple[str, ...]) -> str | None:
    words = Counter(w.lower() for w in WORD.findall(TAG.sub(" ", sample)))
    counts = {lang: sum(words[w] for w in COMMON[lang]) for lang in among}
    best = max(among, key=lambda lang: counts[lang])
    english = counts.get("en", 0)
    if best != "en" and counts[best] >= WORD_MIN and counts[best] >= WORD_MARGIN * english:
        return best
    return None


def guess_language(text: str) -> str | None:
    """ "zh" for a page in Chinese, "de" for one in German; None when the text does not say
    (English, or too little text to tell)."""
    sample = text[:SAMPLE]
    script = _by_script(sample)
    if script == "cyrillic":
        return _by_words(sample, ("ru", "uk")) or "ru"
    if script is not None:
        return script
    latin = tuple(lang for lang in vocab.COMMON_WORDS if lang not in ("ru", "uk"))
    return _by_words(sample, latin)


def language_code(value: str) -> str | None:
    """ "zh", "zh-Hant", "en_GB", "zhwiki" (a dump's database name) -> "zh"; None if unclear."""
    key = value.strip().lower()
    if key.endswith("wiki"):
        key = key[: -len("wiki")]
        key = vocab.DBNAME_LANGUAGES.get(key, key)
    key = re.split(r"[-_]", key, maxsplit=1)[0]
    return key if ISO_CODE.fullmatch(key) and len(key) == 2 else None
