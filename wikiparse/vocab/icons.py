"""The text a scrape prints for a flag icon (issue 27 class 2), English's: the image's size
("15px"), its alt text ("US flag 48 stars", "Merchant flag of Japan", "Naval ensign of X").
Such text is no part of a name, and where it stands between two names a new name starts.
"""

from __future__ import annotations

__all__ = ["FLAG_KINDS", "FLAG_STAR_WORDS"]

# Kinds of flag a caption names before "of X": "Merchant flag of Japan", "Naval jack of
# the Netherlands", "Royal standard of Scotland", "Flag of X". Longest first in the pattern.
FLAG_KINDS = (
    "flag", "ensign", "standard", "jack", "naval jack", "merchant flag", "naval ensign",
    "civil ensign", "war ensign", "war flag", "royal standard", "state flag", "civil flag",
    "imperial standard", "royal banner", "banner",
)  # fmt: skip
# Flag captions without "of": "US flag 48 stars" (the flag of a year, by its stars).
FLAG_STAR_WORDS = ("stars",)
