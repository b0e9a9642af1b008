"""What a line of a news page is when it is no prose: a date line, a place-and-date line, a
desk byline, a photo credit. Each is furniture of the header, never the headline. Used by the
news (text) reader.
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.values.newsdates import has_label, leading_date, read_published, strip_label

MAX_DATE_LINE = 80  # characters: a longer line with a date in it is prose
MAX_DESK_WORDS = 6
MAX_CREDIT = 200  # characters: the longest credit ("(Photo by …/AFP via Getty Images)") fits
MAX_PLACE_WORDS = 6  # "KHARTOUM, Sudan", "ZAMZAM CAMP / EL FASHER": the place beside a date
# A date line under the headline: "March 22, 2018", "4 Sep 2017", "Thursday 22 March 2018".
DATE_LINE = re.compile(
    r"^(?:[A-Z][a-z]{2,8},? )?(?:\d{1,2} (?P<month>[A-Z][a-z]{2,8}\.?),? \d{4}"
    r"|(?P<month2>[A-Z][a-z]{2,8}\.?) \d{1,2},? \d{4})(?: [^\n]{0,30})?$"
)
# A full date inside a short line: "KHARTOUM, 12 May 2024", "Sanaa, Yemen | June 3, 2019",
# "March 5 - 2024 ZAMZAM CAMP / EL FASHER".
DATE_INSIDE = re.compile(
    r"\b(?:\d{1,2} (?P<month>[A-Z][a-z]{2,8}\.?),? (?:19|20)\d\d"
    r"|(?P<month2>[A-Z][a-z]{2,8}\.?) \d{1,2}(?:,| [-–])? (?:19|20)\d\d"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
)
# A photo credit closing a caption: "[Pakistan Defence/Facebook]", "(AP Photo/Hussein Malla)",
# "… in Raqqa. REUTERS/Rodi Said", "(Photo by Ahmed Hassan/AFP via Getty Images)".
PHOTO_CREDIT = re.compile(
    r"(?:\[[^\[\]\n]{2,80}/[^\[\]\n]{1,80}\]"
    r"|\((?:" + "|".join(map(re.escape, vocab.PHOTO_AGENCIES)) + r")[^()\n]{0,80}\)"
    r"|\((?:Photo|Picture|Image)s?\b[^()\n]{0,80}\)"
    r"|(?:^|\s)(?:" + "|".join(map(re.escape, vocab.CREDIT_AGENCIES)) + r")"
    r"/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"|\bvia Getty Images)\s*$"
)
__all__ = ["date_text", "is_credit", "is_desk_byline", "split_leading_date"]

# "Enab Baladi – Al-Hasakah": names on both sides of a dash (an en or em dash: a headline
# joins words with a hyphen).
OUTLET_PLACE = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} [–—] [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
)
DESK_WORDS = tuple(sorted(vocab.BYLINE_DESK_WORDS, key=len, reverse=True))


def is_credit(line: str) -> bool:
    """A caption ending in a credit, or a credit alone ("Photo: AFP")."""
    if line.startswith(vocab.CREDIT_WORDS):
        return True
    tail = line[-MAX_CREDIT:]  # a credit ends its line: the scan need not cross the caption
    if "/" not in tail and not tail.rstrip().endswith((")", "]", "Images")):
        return False  # every credit shape has a "/", a closing bracket or "Getty Images"
    return PHOTO_CREDIT.search(tail) is not None


def is_desk_byline(line: str) -> bool:
    """ "Sudan Events – Follow-ups", "Al Jazeera Staff": a short line ending in a desk word;
    "Enab Baladi – Al-Hasakah": an outlet and its desk's place, every word a name."""
    if len(line.split()) > MAX_DESK_WORDS:
        return False
    desk = any(line == d or line.endswith((" " + d, "-" + d)) for d in DESK_WORDS)
    return desk or OUTLET_PLACE.fullmatch(line) is not None


def _month_ok(match: re.Match[str]) -> bool:
    month = match.group("month") or match.group("month2")
    return month is None or month.lower().rstrip(".") in vocab.MONTHS


def _readable(text: str) -> bool:
    """Does ``text`` hold a date, in some order (an English 03/04/2016 counts: it is a date
    line even though its date stays unread)?"""
    found, ambiguous = read_published(text, None)
    return found is not None or ambiguous


def date_text(line: str) -> str | None:
    """The date a header line gives when the line is a date or a place-and-date line
    ("Uploaded: 2017-07-13", "KHARTOUM, 12 May 2024"), else None."""
    if len(line) > MAX_DATE_LINE:
        return None
    parts = line.split(" | ")  # "Source: Xinhua | 2019-01-03 21:14:07 | Editor: Li Xia"
    if len(parts) > 1:
        return next((found for part in parts if (found := date_text(part))), None)
    if has_label(line) and _readable(strip_label(line)):
        return line
    match = DATE_LINE.match(line)
    if match is not None and _month_ok(match):
        return line
    inside = DATE_INSIDE.search(line)
    if inside is not None and _month_ok(inside) and _readable(inside.group()):
        rest = (line[: inside.start()] + line[inside.end() :]).strip(" ,|–—-").split()
        place = len(rest) <= MAX_PLACE_WORDS and all(
            w[0].isupper() or not w[0].isalpha() for w in rest
        )
        return inside.group() if place else None
    return None


def split_leading_date(line: str) -> list[str]:
    """ "date 2024-12-20 RSF shells El Fasher" -> the date line and the rest, apart."""
    found = leading_date(line) if has_label(line) or line[:1].isdigit() else None
    if found is None or not found[1]:
        return [line]
    return [found[0], found[1]]
