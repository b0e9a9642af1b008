"""One data file per language (``<code>.py``, each building a ``schema.Language``), listed here.

Adding a language is adding its file to ``LANGUAGES`` (and its tests: tests/i18n/<code>/).
English is the base: every other language is read together with it (``with_english``).
"""

from __future__ import annotations

from wikiparse.vocab.lang import de, en, es, fr, it, pt, ru
from wikiparse.vocab.lang.schema import Language

LANGUAGES: dict[str, Language] = {
    x.LANGUAGE.code: x.LANGUAGE for x in (en, de, fr, es, it, ru, pt)
}
ENGLISH = en.LANGUAGE


def language(code: str | None) -> Language:
    """The data of ``code`` ("de"); English for None or a language with no file."""
    return LANGUAGES.get(code or "en", ENGLISH)


__all__ = ["ENGLISH", "LANGUAGES", "Language", "language"]
