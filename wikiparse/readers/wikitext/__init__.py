"""MediaWiki source: the parser (parse, frames, lines, tags -> nodes), the flattener that turns
nodes into lines of visible text, template handlers (calls, dispatch, item_templates,
value_templates, through the ``sink`` interface), and the reader (infobox spans and fields,
the article body)."""

__all__: list[str] = []
