"""The html reader: rendered pages (Wikipedia in any skin, Parsoid, infobox fragments,
mirrors) -> RawPage, news pages -> RawReport.

``tree`` parses (lxml, chosen by ``bench/html_parsers.py``) and knows what an element is;
``cells`` turns one table cell into items; ``infobox`` finds the conflict infobox and maps its
rows and columns onto canonical fields; ``article`` reads title, sections, references and
notices; ``news`` reads a news page; ``reader`` declares the format.
"""

__all__: list[str] = []
