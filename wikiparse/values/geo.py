"""Coordinates in visible text to signed decimal degrees.

Reads what a rendered {{coord}} shows: "54°33′36″N 31°25′48″E", "52.1058726°N 1.9445372°W", and
the decimal pair mirrors add ("35.9500; 39.0167").
"""

from __future__ import annotations

import re

from wikiparse.models import Coordinates

__all__ = ["ANGLE", "DECIMAL_PAIR", "parse_coordinates"]

# One angle with its hemisphere: degrees, optional minutes and seconds (prime or apostrophe).
ANGLE = re.compile(
    r"(?P<deg>\d{1,3}(?:\.\d+)?)\s?°\s?"
    r"(?:(?P<min>\d{1,2}(?:\.\d+)?)\s?[′']\s?)?"
    r"(?:(?P<sec>\d{1,2}(?:\.\d+)?)\s?[″\"]\s?)?"
    r"(?P<hemi>[NSEW])\b"
)
# A bare signed decimal pair: "35.9500; 39.0167".
DECIMAL_PAIR = re.compile(r"(?P<lat>-?\d{1,2}(?:\.\d+)?)\s?[;,]\s?(?P<lon>-?\d{1,3}(?:\.\d+)?)")


def _degrees(match: re.Match[str]) -> float:
    value = float(match.group("deg"))
    if match.group("min"):
        value += float(match.group("min")) / 60
    if match.group("sec"):
        value += float(match.group("sec")) / 3600
    if match.group("min") or match.group("sec"):
        value = round(value, 6)
    return -value if match.group("hemi") in "SW" else value


def parse_coordinates(text: str) -> Coordinates | None:
    """The first latitude/longitude pair in ``text``; None when none or out of range."""
    angles = list(ANGLE.finditer(text))
    lat = next((a for a in angles if a.group("hemi") in "NS"), None)
    lon = next((a for a in angles if a.group("hemi") in "EW"), None)
    if lat is not None and lon is not None:
        values = (_degrees(lat), _degrees(lon))
    else:
        pair = DECIMAL_PAIR.search(text)
        if pair is None:
            return None
        values = (float(pair.group("lat")), float(pair.group("lon")))
    if abs(values[0]) > 90 or abs(values[1]) > 180:
        return None
    return Coordinates(lat=values[0], lon=values[1])
