"""RawPage -> Conflict, RawReport -> NewsReport, with the value parsers; no markup here.

``judge``: is the page a conflict at all; ``conflict``: the Conflict's fields; ``sides``: the
per-side rows (belligerents, commanders, strength, casualties); ``groups``: regrouping of
flattened side rows; ``news``: the NewsReport.
"""

from __future__ import annotations

# No re-exports: a name here would hide the submodule of the same name (``judge``,
# ``render``, ``tables``); import from the submodules.
__all__: list[str] = []
