"""Whether a text is an HTML page: the html reader's detection signal, and the structured-data
gate's test for HTML handed to a reader that does not read it. Markup knowledge, so it lives with
the readers; ``inputs.structured`` asks it."""

from __future__ import annotations

import re

__all__ = ["HTML_HEAD", "is_html", "looks_like_html"]

HTML_HEAD = 20_000  # characters looked at
# HTML: a doctype or an <html> element (after comments, and after the XML declaration XHTML
# starts with), or a head dense with HTML's own tags.
HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^>]{0,2000}-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.I,
)
HTML_TAG = re.compile(r"<(?:div|p|a\s+href|td|tr|table|li|ul|span|img|meta|link|script)[\s>]", re.I)
HTML_DENSE = 20  # HTML tags in the head that make a page HTML (wikitext uses few of these)


def is_html(head: str) -> bool:
    """A doctype, an <html> element, or a head dense with HTML tags."""
    return HTML_START.match(head) is not None or _dense_html(head)


def looks_like_html(text: str) -> int:
    """1 for an HTML page, else 0: the html format's detection signal."""
    return int(is_html(text[:HTML_HEAD]))


def _dense_html(head: str) -> bool:
    """Many HTML tags and fewer templates: wikitext uses a few <span>s, never a page of them."""
    tags = len(HTML_TAG.findall(head))
    return tags >= HTML_DENSE and tags > head.count("{{")
