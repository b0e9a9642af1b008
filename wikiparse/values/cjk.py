"""Chinese values (zh Wikipedia writes its infobox in Chinese): dates with 年/月/日, figures
with Chinese numerals and scales (三千, 1.5万, 約20-30萬, 1,000以上), lists joined by 、，；及.

Dates are rewritten into the forms ``dates`` reads ("1331年9月11日～10月21日" -> "11 September
1331 – 21 October"); figures are read here, their text kept as written.
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.models import Quantity, QuantityKind

__all__ = [
    "CHINESE_FIGURE", "CJK", "CJK_DATE", "CJK_FIGURE", "CJK_KINDS", "ENGLISH_MONTHS", "NUMERALS",
    "RANGE_MARK", "SCALES", "date_text", "has_cjk", "numeral", "quantity", "split_list",
    "written_in_chinese"
]  # fmt: skip

# The kind names of vocab.CJK_KIND_WORDS as the model's literal type.
CJK_KINDS: dict[str, QuantityKind] = {"killed": "killed", "wounded": "wounded", "total": "total",
                                  "captured": "captured", "missing": "missing"}  # fmt: skip
# Any CJK ideograph: the quick test of whether a value needs this module at all.
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# "1331年9月11日", "9月11日", "1331年": year, month, day of a Chinese date.
CJK_DATE = re.compile(r"(?:(?P<y>\d{1,4})年)?(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)日)?)?")
RANGE_MARK = re.compile("|".join(map(re.escape, vocab.CJK_RANGE_MARKS)))
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip
# A figure: Arabic digits (with separators) or Chinese numerals, then an optional large scale.
NUMERALS = "".join([*vocab.CJK_DIGITS, *vocab.CJK_SMALL_UNITS])
SCALES = "".join(vocab.CJK_LARGE_UNITS)
CJK_FIGURE = re.compile(
    rf"(?P<low>\d[\d,]*(?:\.\d+)?|[{NUMERALS}]+)(?P<lscale>[{SCALES}])?"
    rf"(?:\s*[-–～~至到]\s*(?P<high>\d[\d,]*(?:\.\d+)?|[{NUMERALS}]+)(?P<hscale>[{SCALES}])?)?"
)


# A figure written the Chinese way: digits with a Chinese scale or mark ("20萬", "1,000以上",
# "約3", "千餘"), or Chinese numerals standing alone ("三千").
CHINESE_FIGURE = re.compile(
    rf"\d\s*(?:[{SCALES}餘余多]|以上)|[約约逾近]\s*\d|(?<![{NUMERALS}])[{NUMERALS}]+[{SCALES}人餘余多名]"
    rf"|^[{NUMERALS}{SCALES}]+$"
)


def has_cjk(text: str) -> bool:
    return not text.isascii() and CJK.search(text) is not None


def written_in_chinese(text: str) -> bool:
    """A figure in Chinese form (a name in Chinese beside Arabic digits is not one)."""
    return has_cjk(text) and CHINESE_FIGURE.search(text) is not None


def date_text(text: str) -> str:
    """ "元弘元年（1331年9月11日～10月21日）" -> "元弘元年 11 September 1331 – 21 October 1331":
    full-width parentheses opened (the Gregorian date stands in them after an era name)."""
    text = text.replace("（", " ").replace("）", " ")
    years: list[str] = []  # a date without its year takes the one before ("～10月21日")

    def english(match: re.Match[str]) -> str:
        year, month, day = match.group("y"), match.group("m"), match.group("d")
        if not (year or month):
            return match.group(0)
        if year:
            years.append(year)
        year = year or (years[-1] if years else "")
        parts = [day or "", ENGLISH_MONTHS[int(month) - 1] if month else "", year]
        return " " + " ".join(p for p in parts if p) + " "

    return RANGE_MARK.sub(" – ", CJK_DATE.sub(english, text))


def numeral(text: str) -> int | None:
    """ "500", "1,000", "三千", "二十五" -> the number; None when it is not one."""
    if text[0].isdigit():
        digits = text.replace(",", "")
        return int(float(digits)) if digits.replace(".", "", 1).isdigit() else None
    total, current = 0, 0
    for char in text:
        if char in vocab.CJK_DIGITS:
            current = vocab.CJK_DIGITS[char]
        elif char in vocab.CJK_SMALL_UNITS:
            total += (current or 1) * vocab.CJK_SMALL_UNITS[char]
            current = 0
    return total + current


def _scaled(number: str | None, scale: str | None) -> float | None:
    if number is None:
        return None
    if number[0].isdigit() and "." in number:
        value: float | None = float(number.replace(",", ""))
    else:
        value = numeral(number)
    if value is None:
        return None
    return value * vocab.CJK_LARGE_UNITS.get(scale or "", 1)


def quantity(text: str, refs: list[str]) -> Quantity | None:
    """ "約20-30萬" -> 200,000–300,000 approx; "1,000以上" -> at least 1,000; None when the
    text holds no figure this module reads."""
    figure = CJK_FIGURE.search(text)
    if figure is None:
        return None
    scale = figure.group("lscale") or figure.group("hscale")
    low = _scaled(figure.group("low"), scale)
    high = _scaled(figure.group("high"), figure.group("hscale")) if figure.group("high") else low
    if low is None or high is None:
        return None
    before, after = text[: figure.start()], text[figure.end() :]
    at_least = after.startswith(vocab.CJK_AT_LEAST_AFTER) or before.endswith(
        vocab.CJK_AT_LEAST_BEFORE
    )
    kind = next((CJK_KINDS[k] for word, k in vocab.CJK_KIND_WORDS if word in text), None)
    low_i, high_i = sorted((int(low), int(high)))
    return Quantity(
        text=text,
        low=low_i,
        high=None if at_least and low_i == high_i else high_i,
        approx=any(word in before for word in vocab.CJK_APPROX),
        at_least=at_least,
        kind=kind,
        refs=list(refs),
    )


def split_list(text: str) -> list[str]:
    """ "護良親王、楠木正成及赤松則村" -> the three names (only for text with ideographs)."""
    if not has_cjk(text):
        return [text]
    parts = [text]
    for separator in vocab.CJK_LIST_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    return [p.strip() for p in parts if p.strip()]
