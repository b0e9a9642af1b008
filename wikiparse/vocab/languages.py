"""What tells a text's language (Document.language, ISO 639-1): scripts and common words."""

from __future__ import annotations

from wikiparse.vocab.lang import LANGUAGES

__all__ = ["COMMON_WORDS", "DBNAME_LANGUAGES", "LANGUAGE_KEYS", "SCRIPTS"]

# Letters of a script (code point ranges) -> the language a page in it is taken to be in.
# Only scripts that name one language well; Latin and Cyrillic go by their common words.
SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x4E00, 0x9FFF, "zh"), (0x3400, 0x4DBF, "zh"), (0xF900, 0xFAFF, "zh"),
    (0x3040, 0x30FF, "ja"),  # kana: a page with Han and kana is Japanese
    (0xAC00, 0xD7AF, "ko"), (0x1100, 0x11FF, "ko"),
    (0x0600, 0x06FF, "ar"), (0x0590, 0x05FF, "he"), (0x0370, 0x03FF, "el"),
    (0x0E00, 0x0E7F, "th"), (0x0900, 0x097F, "hi"), (0x0530, 0x058F, "hy"),
    (0x10A0, 0x10FF, "ka"), (0x0400, 0x04FF, "cyrillic"),
)  # fmt: skip
# Common short words, lower case: counted in the text's words. English is the default, so a
# page is said to be in another language only when that language's words clearly outnumber.
# Languages with a data file (vocab/lang/<code>.py) keep theirs there.
COMMON_WORDS: dict[str, str] = {
    **{code: x.common_words for code, x in LANGUAGES.items()},
    "nl": "het een van werd met zijn naar door bij ook",
    "pl": "się przez oraz jako był była wojsk które został",
    "sv": "och av på med som till för det var ett",
    "uk": "і в на з у що був була було від для та",
}  # space-separated words
# Keys of front matter that name the language ("lang: zh").
LANGUAGE_KEYS = ("lang", "language", "locale")
# A Wikimedia dump's database name ("zhwiki") -> its language; the special cases.
DBNAME_LANGUAGES = {"simple": "en", "zh_yue": "zh", "zh_classical": "zh", "zh_min_nan": "zh"}
