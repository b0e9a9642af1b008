"""Input cleaned once, at the edge: decode, BOM, line endings, Unicode form, invisible spaces.

Every reader can then assume ``\\n`` line ends, NFC text, plain spaces for NBSPs and no NULs.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata

from wikiparse.errors import NotTextError
from wikiparse.issues import Issue

__all__ = [
    "BINARY_BYTES", "BINARY_CHARS", "BINARY_MIN", "CONTROL_CHARS", "LOST_DASH", "MOJIBAKE",
    "MOJIBAKE_SIGN", "NOT_TEXT_SHARE", "NUL_SHARE", "ODD_CHARS", "SPACE_LIKE", "SURROGATES",
    "TERMINAL_CONTROLS", "TEXT_SAMPLE", "UTF8_SEQUENCE", "ZERO_WIDTH", "decode", "normalize",
    "refuse_binary_text", "repair_mojibake"
]  # fmt: skip

# A run of replacement characters where a dash was: "22 August 1642 ��� 3 September 1651",
# "92,000���100,000" (an en dash is three bytes; a bad decoding replaced each).
# Three in a row (the three bytes of the dash) between spaces or figures, or any run between
# two figures; a lone one between words is some other character and stays.
# Beside "&nbsp;" too ("16 April&nbsp;��� 2 May 1945"): wikitext and HTML keep the entity.
LOST_DASH = re.compile(
    r"(?:(?<=[\d ])|(?<=&nbsp;)|(?<=&#160;)|(?<=&#xa0;))\ufffd{3}(?=[ \d]|&nbsp;|&#160;|&#xa0;)"
    r"|(?<=\d)\ufffd{1,2}(?=\d)"
)
# How much of the head tells text from binary data, and the shares that make it binary: NUL
# bytes (a stray one in a scrape is removed with an Issue; 1% of them is no text), control
# bytes other than tab and line ends, or bytes that decode as nothing.
TEXT_SAMPLE = 4096
NUL_SHARE = 0.01
NOT_TEXT_SHARE = 0.10
BINARY_MIN = 8  # fewer NUL or control bytes than this never make a text binary
# Control bytes other than tab, line ends and form feed: what binary data is full of.
BINARY_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0c")
BINARY_CHARS = re.compile("[" + re.escape(BINARY_BYTES.decode("ascii")) + "]")
# A UTF-8 multi-byte sequence: a lead byte and its continuation.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")

# C0 controls other than tab and newline, and DEL: NULs in scraped files break every tool
# downstream and never carry text.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# C1 controls (U+0080-U+009F: U+009B is an 8-bit CSI that drives a terminal) and the bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069: "\u202e" reverses what a
# table shows). Removed only after mojibake repair, which reads some of them as bytes.
TERMINAL_CONTROLS = re.compile(r"[\x80-\x9f\u202a-\u202e\u2066-\u2069]")
# Lone surrogates (U+D800-U+DFFF) come only from Python callers' strings; no encoder writes
# them, so a Document holding one could not be serialized.
SURROGATES = re.compile(r"[\ud800-\udfff]")
# Spaces that render like a space (NBSP, narrow NBSP, figure space, thin spaces): scrapes keep
# them from "&nbsp;" and number formatting ("12 000"), and they break word matching.
SPACE_LIKE = re.compile(r"[\u00a0\u2007\u2009\u202f\u2002\u2003\u205f]")
# Zero-width characters left by copy and paste.
ZERO_WIDTH = re.compile(r"[\u200b\ufeff\u2060]")
# Any of the three above: one scan tells whether the three passes are needed at all (most
# inputs have none, and each pass is a scan of the whole text).
ODD_CHARS = re.compile(
    "["
    + "".join(
        p.pattern[1:-1]
        for p in (CONTROL_CHARS, TERMINAL_CONTROLS, SURROGATES, SPACE_LIKE, ZERO_WIDTH)
    )
    + "]"
)


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, list[Issue]]:
    """Bytes to text: BOMs first (UTF-8, UTF-16), UTF-16 without one, strict UTF-8, then
    Windows-1252 for a file with no UTF-8 in it, else UTF-8 with repair. Raises NotTextError
    for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), []
    elif (utf16 := _utf16_without_bom(data[:TEXT_SAMPLE])) is not None:
        return data.decode(utf16, errors="replace"), []
    _refuse_binary(data[:TEXT_SAMPLE], source)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        return _not_utf8(data, exc.start, source)


def _not_utf8(data: bytes, bad_at: int, source: str) -> tuple[str, list[Issue]]:
    # A file with no UTF-8 sequence at all is a single-byte one ("Bataille de Caf\xe9"): read
    # as Windows-1252, which every such byte but five maps to a character.
    if UTF8_SEQUENCE.search(data) is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            message = "input is not UTF-8; decoded as Windows-1252 (Latin-1 with curly quotes)"
            return text, [Issue(code="decoded-windows-1252", message=message)]
    text = data.decode("utf-8", errors="replace")
    sample = text[:TEXT_SAMPLE]
    if sample and sample.count("\ufffd") > NOT_TEXT_SHARE * len(sample):
        share = sample.count("\ufffd") / len(sample)
        raise NotTextError(
            source,
            f"binary data: {share:.0%} of the first "
            f"{len(sample) // 1024 or 1} KB decode as no text",
        )
    issue = Issue(
        code="invalid-utf8",
        message=f"input is not valid UTF-8 (first bad byte at offset {bad_at}); "
        "undecodable bytes were replaced with U+FFFD",
    )
    return text, [issue]


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"-be" when every other byte is zero, as in UTF-16 text of Latin letters."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _refuse_binary(sample: bytes, source: str) -> None:
    """NotTextError when the head is NUL or control bytes, not text."""
    controls = len(sample) - len(sample.translate(None, BINARY_BYTES))  # counted at C speed
    _judge_sample(sample.count(0), controls, len(sample), source)


def refuse_binary_text(text: str, source: str) -> None:
    """The same test for text a caller passed as str."""
    if ODD_CHARS.search(text, 0, TEXT_SAMPLE) is None:
        return
    sample = text[:TEXT_SAMPLE]
    controls = len(BINARY_CHARS.findall(sample))
    _judge_sample(sample.count("\x00"), controls, len(sample), source)


def _judge_sample(nuls: int, controls: int, size: int, source: str) -> None:
    if not size:
        return
    kb = f"{size // 1024 or 1} KB"
    if nuls > max(NUL_SHARE * size, BINARY_MIN):
        raise NotTextError(
            source, f"binary data: {nuls / size:.0%} of the first {kb} are NUL bytes"
        )
    if controls > max(NOT_TEXT_SHARE * size, BINARY_MIN):
        raise NotTextError(
            source, f"binary data: {controls / size:.0%} of the first {kb} are control bytes"
        )


def _continuations() -> str:
    """How bytes 0x80–0xBF look when UTF-8 is read as Windows-1252, and as Latin-1 (which
    shows 0x80–0x9F as C1 controls: "Ã\\x89" for "É")."""
    out = []
    for byte in range(0x80, 0xC0):
        with contextlib.suppress(UnicodeDecodeError):  # five bytes Windows-1252 leaves undefined
            out.append(bytes([byte]).decode("cp1252"))
        out.append(bytes([byte]).decode("latin-1"))
    return "".join(dict.fromkeys(out))


_CONT = "[" + re.escape(_continuations()) + "]"
# UTF-8 read as Windows-1252 or Latin-1: a lead byte shown as "Â".."ô" and its continuation
# bytes shown as "€", "¢", "œ" (or C1 controls), in the exact number the lead byte announces
# ("â€“" is an en dash; read twice it becomes "Ã¢â‚¬â€œ"). Fixed-length alternatives: no
# backtracking.
MOJIBAKE = re.compile(
    rf"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)


# What almost every mangled text shows at least once: "Ã©" (é), "Â " (NBSP), "â€" (’ “ –).
# Without it nothing is repaired: "ßŠ" in real text must stay as it is.
MOJIBAKE_SIGN = re.compile(rf"[ÃÂ]{_CONT}|â[€\x80]")


def _unmangle(match: re.Match[str]) -> str:
    text = match.group(0)
    raw = bytearray()
    for ch in text:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            raw += ch.encode("latin-1")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 read as Windows-1252, up to three times over; returns (text, passes)."""
    passes = 0
    if "Ã" not in text and "Â" not in text and "â" not in text:  # a quick look first
        return text, 0
    while passes < 3 and MOJIBAKE_SIGN.search(text):
        fixed = MOJIBAKE.sub(_unmangle, text)
        if fixed == text:
            break
        text, passes = fixed, passes + 1
    return text, passes


def _remove(pattern: re.Pattern[str], text: str) -> tuple[str, int]:
    count = len(pattern.findall(text))
    return (pattern.sub("", text), count) if count else (text, 0)


def _controls_issue(count: int) -> Issue:
    return Issue(
        code="control-characters",
        message=f"removed {count} control characters (NUL, "
        "C1 controls, bidi overrides and the like) that carry no text",
    )


def normalize(text: str) -> tuple[str, list[Issue]]:
    """Line endings to \\n, mojibake repaired, NFC, space-likes to spaces, controls out."""
    issues: list[Issue] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    odd = ODD_CHARS.search(text) is not None
    controls = 0
    if odd:
        text, surrogates = _remove_surrogates(text)
        if surrogates:
            issues.append(_surrogates_issue(surrogates))
        text, controls = _remove(CONTROL_CHARS, text)
    at = len(issues)  # the controls Issue is reported before the mojibake one
    text, passes = repair_mojibake(text)
    if passes:
        issues.append(
            Issue(
                code="mojibake-repaired",
                message=f"text was UTF-8 decoded as Windows-1252 ({passes} time(s) over); repaired",
            )
        )
    if odd:
        text, more = _remove(TERMINAL_CONTROLS, text)
        controls += more
        text = SPACE_LIKE.sub(" ", ZERO_WIDTH.sub("", text))
    if controls:
        issues.insert(at, _controls_issue(controls))
    if "\ufffd" in text:
        text, dashes = LOST_DASH.subn("–", text)
        issues += [_lost_dash_issue(dashes)] if dashes else []
    if text.isascii():
        return text, issues
    return unicodedata.normalize("NFC", text), issues


def _lost_dash_issue(count: int) -> Issue:
    return Issue(
        code="lost-dash",
        message=f"{count} run(s) of U+FFFD between figures or dates "
        "read as an en dash (a dash lost to a bad decoding)",
    )


def _surrogates_issue(count: int) -> Issue:
    return Issue(
        code="lone-surrogates",
        message=f"replaced {count} lone surrogate code points "
        "(not text in any encoding) with U+FFFD",
    )


def _remove_surrogates(text: str) -> tuple[str, int]:
    count = len(SURROGATES.findall(text))
    return (SURROGATES.sub("\ufffd", text), count) if count else (text, 0)
