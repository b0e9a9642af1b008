"""Readers: one per input format, each turning text into raw data (RawPage or RawReport).

``registry`` lists the formats once; ``detect`` ranks the signals each reader declares.
Packages: ``wikitext/`` (MediaWiki source: parser, nodes, flattener, infobox and body),
``rendered/`` (the scrape family: plaintext and mirror pages, pipe tables, label lines);
single modules for ``frontmatter`` and ``news``.
"""

from wikiparse.readers.base import Format
from wikiparse.readers.detect import detect, detect_format
from wikiparse.readers.registry import BY_NAME, FORMATS, REGISTRY

__all__ = ["BY_NAME", "FORMATS", "REGISTRY", "Format", "detect", "detect_format"]
