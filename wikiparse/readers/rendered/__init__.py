"""The scrape family: rendered pages saved as text (plaintext) and mirror copies. Noise is
removed once (``scrape``, ``icons``), the infobox is found as pipe rows (``pipe_table``) or
label lines (``label_lines``) and built into fields (``box``), the article read by
``text_body``; ``page`` puts them together for both formats."""

__all__: list[str] = []
