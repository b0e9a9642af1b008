"""Words the code matches on, as data tables in one place (this package).

``templates``: what wikitext helper templates mean; ``words``: words inside values (months,
casualty kinds, ranks, number words); ``pages``: page chrome, row labels, news sources and
belligerent aliases. Code reads them as ``vocab.NAME``.
"""

from wikiparse.vocab.pages import *  # noqa: F403
from wikiparse.vocab.templates import *  # noqa: F403
from wikiparse.vocab.words import *  # noqa: F403
