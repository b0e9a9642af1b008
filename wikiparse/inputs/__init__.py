"""The edge: what a caller hands in -> one normalized str, or a clear refusal.

``read``: str, bytes, a path or an open file -> text or bytes and its name; ``normalize``:
decode, BOM, CRLF, NFC, NBSP, control characters; ``structured``: the gate that refuses data
that is not a page of text (JSON, CSV, XML, a dump handed to ``extract``).
"""

from __future__ import annotations

__all__: list[str] = []
