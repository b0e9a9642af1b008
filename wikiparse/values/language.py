"""A text's language (ISO 639-1) from its script or its common words; None when unsure."""

from __future__ import annotations

import re
from collections import Counter

from wikiparse import vocab

__all__ = [
    "ANY_SCRIPT", "ASCII_WORDS", "COMMON", "ISO_CODE", "LETTERS", "MARKUP_TAG", "SAMPLE",
    "SCRIPT_CLASSES", "SCRIPT_SHARE", "guess_language", "language_code"
]  # fmt: skip

SAMPLE = 20_000  # characters looked at
# A script must hold this share of the letters to name the language.
SCRIPT_SHARE = 0.3
# Another language's common words must outnumber English's this many times, and be this many.
WORD_MARGIN, WORD_MIN = 2, 12
LETTERS = re.compile(r"[^\W\d_]+")
# Words are cut from the UTF-8 bytes (the regex engine took 30 ns a character, 20% of a
# whole extraction): ASCII letters lowered, every other ASCII byte a space, bytes of other
# characters kept (a token holding them is cut again by LETTERS).
ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c >= 128 else 32 for c in range(256)
)
# Tags, so that HTML's words ("em", "div") are not counted as the page's.
MARKUP_TAG = re.compile(r"<[^<>]{0,2000}>")
ISO_CODE = re.compile(r"[a-z]{2,3}")
COMMON = {lang: [w.encode() for w in words.split()] for lang, words in vocab.COMMON_WORDS.items()}


def _script_classes() -> dict[str, re.Pattern[str]]:
    """One character class per language of vocab.SCRIPTS (its ranges together)."""
    ranges: dict[str, list[str]] = {}
    for low, high, language in vocab.SCRIPTS:
        ranges.setdefault(language, []).append(f"{chr(low)}-{chr(high)}")
    return {lang: re.compile("[" + "".join(parts) + "]") for lang, parts in ranges.items()}


# Counted by regex over the letters, not letter by letter in Python: guessing the language of
# every page cost half as much as extracting it.
SCRIPT_CLASSES = _script_classes()
# Any of them, as one class: one search says whether the page has a letter of them at all
# (most pages have none: 20 KB of Latin text is searched 10x faster than it is filtered).
ANY_SCRIPT = re.compile("[" + "".join(c.pattern[1:-1] for c in SCRIPT_CLASSES.values()) + "]")


def _by_script(sample: str) -> str | None:
    if sample.isascii() or ANY_SCRIPT.search(sample) is None:  # the common words decide
        return None
    letters = "".join(filter(str.isalpha, sample))
    if not letters or len(ANY_SCRIPT.findall(letters)) < SCRIPT_SHARE * len(letters):
        return None  # (the same test as below, on the sum of the languages' counts)
    # per language: (letters in its script, where the first stands); Counter order is first
    # appearance, which breaks ties in most_common below
    found = []
    for lang, letter_class in SCRIPT_CLASSES.items():
        count = len(letter_class.findall(letters))
        if count:
            found.append((letter_class.search(letters).start(), lang, count))  # type: ignore[union-attr]
    scripts = Counter({lang: count for _, lang, count in sorted(found)})
    if not scripts or sum(scripts.values()) < SCRIPT_SHARE * len(letters):
        return None
    if scripts["ja"] and scripts["ja"] >= 0.05 * (scripts["ja"] + scripts["zh"]):
        return "ja"
    return scripts.most_common(1)[0][0]


def _words(text: str) -> Counter[bytes]:
    """How often each lower-case word of ``text`` (a run of letters) is there, as UTF-8."""
    words = Counter(text.encode().translate(ASCII_WORDS).split())
    for token in [token for token in words if not token.isascii()]:
        times = words.pop(token)
        for word in LETTERS.findall(token.decode()):  # "année", "the–of", "–"
            words[word.lower().encode()] += times
    return words


def _by_words(sample: str, among: tuple[str, ...]) -> str | None:
    words = _words(MARKUP_TAG.sub(" ", sample) if "<" in sample else sample)
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
