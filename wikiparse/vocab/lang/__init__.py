"""One data file per language (``<code>.py``, each building a ``schema.Language``), listed here.

Adding a language is adding its file to ``LANGUAGES`` (and its tests: tests/i18n/<code>/).
English is the base: every other language is read together with it (``with_english``).
"""

from __future__ import annotations

from wikiparse.vocab.lang.de import LANGUAGE as GERMAN
from wikiparse.vocab.lang.en import LANGUAGE as ENGLISH
from wikiparse.vocab.lang.es import LANGUAGE as SPANISH
from wikiparse.vocab.lang.fr import LANGUAGE as FRENCH
from wikiparse.vocab.lang.it import LANGUAGE as ITALIAN
from wikiparse.vocab.lang.pt import LANGUAGE as PORTUGUESE
from wikiparse.vocab.lang.ru import LANGUAGE as RUSSIAN
from wikiparse.vocab.lang.schema import Language

LANGUAGES: dict[str, Language] = {
    x.iso: x for x in (ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, RUSSIAN, PORTUGUESE)
}


def language(code: str | None) -> Language:
    """The data of ``code`` ("de"); English for None or a language with no file."""
    return LANGUAGES.get(code or "en", ENGLISH)


__all__ = ["ENGLISH", "LANGUAGES", "Language", "language"]
