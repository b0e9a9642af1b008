"""Words the code matches on, as data tables in one place (this package).

``templates``: what wikitext helper templates mean; ``words``: words inside values (months,
casualty kinds, ranks, number words); ``pages``: page chrome; ``news``: words of news reports
(speakers, casualty cues, header lines) and the names of parties and reporting organisations;
``languages``: scripts and common words;
``evidence``: what says a page is a conflict, or something else; ``html``: what class names,
ids and tags of rendered pages mean; ``titles``: peerage styles, role suffixes, offices, name
particles and heraldic icons; ``countries``: the country codes of flag templates;
``icons``: the text scrapes print for flag icons;
``identity``: the words of conflict names (articles, ordinals, fillers, spelling variants)
that keys and merging read. Code reads them as ``vocab.NAME``.
"""

from wikiparse.vocab.countries import *  # noqa: F403
from wikiparse.vocab.evidence import *  # noqa: F403
from wikiparse.vocab.html import *  # noqa: F403
from wikiparse.vocab.icons import *  # noqa: F403
from wikiparse.vocab.identity import *  # noqa: F403
from wikiparse.vocab.languages import *  # noqa: F403
from wikiparse.vocab.markup import *  # noqa: F403
from wikiparse.vocab.news import *  # noqa: F403
from wikiparse.vocab.pages import *  # noqa: F403
from wikiparse.vocab.templates import *  # noqa: F403
from wikiparse.vocab.titles import *  # noqa: F403
from wikiparse.vocab.words import *  # noqa: F403

__all__: list[str] = []
