"""Bytes to text: BOM, then UTF-8 when the bytes are UTF-8 (or UTF-8 apart from a
few stray bytes), then the declared charset (unless another Cyrillic code page reads
far more like Russian), then the Cyrillic code page whose letters look most like Russian.

Generic detectors guess poorly on short Cyrillic pages (KOI8-R and cp1251
share a byte range), so the last step scores each candidate decoding by how
Russian its letter frequencies are.
"""
from __future__ import annotations

import codecs
import math
import re
from collections import Counter

from khronika.errors import InputError

CYRILLIC_CANDIDATES = ("cp1251", "koi8-r", "cp866", "mac-cyrillic", "iso-8859-5")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)

# Relative frequencies (per mille) of Russian lowercase letters in news text.
_RUSSIAN_FREQ = dict(zip(
    "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё",
    (110, 85, 80, 73, 67, 63, 55, 47, 45, 44, 35, 32, 30, 28, 26, 20, 19, 16, 17, 16, 17, 14, 12, 10, 9, 7, 6, 5, 4, 3, 3, 1, 1),
))
_LOG_FLOOR = math.log(0.05)


def _russianness(text: str) -> float:
    """Mean log-frequency of letters as Russian; uppercase-heavy text is penalised."""
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return float("-inf")
    counts = Counter(c.lower() for c in letters)
    total = sum(counts.values())
    score = sum(n * math.log(_RUSSIAN_FREQ.get(c, 0.05)) for c, n in counts.items()) / total
    upper = sum(1 for c in letters if c.isupper()) / total
    # Real prose is mostly lowercase; a wrong code page swaps the cases.
    return score - 4.0 * max(0.0, upper - 0.25) + 0.5 * math.log(total + 1) / 10


def _normalise_name(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return _normalise_name(match.group(1).decode("ascii")) if match else None


def _guess_utf16(data: bytes) -> str | None:
    # UTF-16 without BOM: every other byte is NUL for ASCII or 0x04 for Cyrillic.
    sample = data[:2000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) + odd.count(4) > 0.6 * len(odd):
        return "utf-16-le"
    if even.count(0) + even.count(4) > 0.6 * len(even):
        return "utf-16-be"
    return None


def _decode_utf8(data: bytes) -> str:
    """UTF-8, forgiving only a character cut off at the very end: a page whose download
    stopped mid-letter is still UTF-8, not a Cyrillic code page to guess."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(data):
            return data[:error.start].decode("utf-8")
        raise


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name); InputError for binary or undecodable data."""
    text, name, _ = decode_with_warnings(data, source, declared)
    return text, name


# Share of a decoded UTF-16/32 text that must be Latin, Cyrillic, punctuation or spaces for its mark to be one.
WIDE_TEXT_SHARE = 0.8


def _plausible_wide_text(text: str) -> bool:
    """A text read after a UTF-16/32 byte-order mark is mostly letters of the scripts a page here is
    written in (a hypothesis example found it: the cp1251 bytes of "юя…" read as UTF-16-BE give CJK signs)."""
    sample = text[:2000]
    return not sample or sum(ord(c) < 0x0530 or 0x2000 <= ord(c) < 0x2070 for c in sample) >= WIDE_TEXT_SHARE * len(sample)


def decode_with_warnings(data: bytes, source: str, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Return (text, encoding name, warnings); InputError for binary or undecodable data.

    The bytes decide: a page that is UTF-8 apart from a few bytes (a stray cp1251 no-break
    space, one pasted paragraph) is UTF-8 whatever it declares, its bad bytes read in the
    code page they fit or replaced, with a warning (but bytes holding no valid UTF-8 character
    at all are read in the charset the page declares, if it declares one); a declared code page whose letters are far
    less Russian than another code page's gives way to that one, with a warning."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name)
            except UnicodeDecodeError as error:
                if name == "utf-8":
                    raise InputError(source, f"invalid {name} after its byte-order mark ({error.reason})")
                break  # (a cp1251 text opening with "юя" or "яю" starts with a UTF-16 mark's bytes)
            if name == "utf-8" or _plausible_wide_text(text):
                return text, name, []
            break
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, []
        except UnicodeDecodeError:
            pass
    _reject_binary(data, source)
    named = [n for n in (_normalise_name(declared) if declared else None, declared_charset(data)) if n]
    fallback: tuple[str, str, bool] | None = None
    if not data.isascii():
        # Valid UTF-8 holding non-ASCII characters is UTF-8: no code page's text is.
        try:
            text = _decode_utf8(data)
        except UnicodeDecodeError as error:
            utf8_error = error
        else:
            warnings = []
            if named and "utf-8" not in named:
                warnings.append(f"encoding: {source}: declared {named[0]}, but the bytes are UTF-8; read as UTF-8")
            return text, "utf-8", warnings
        mostly = _mostly_utf8(data, source)
        if mostly is not None and (mostly[2] or not [n for n in named if n != "utf-8"]):
            return mostly[0], "utf-8", [mostly[1]]
        # No valid UTF-8 character at all (a short cp1251 title in an ASCII page): no sign of
        # UTF-8, so the charset the page declares decides (review rev21_B M2); the repaired
        # UTF-8 reading is kept for bytes that charset cannot decode.
        fallback = mostly
    for name in named:
        try:
            text = _decode_utf8(data) if name == "utf-8" else data.decode(name)
        except UnicodeDecodeError:
            continue
        if name not in CYRILLIC_CANDIDATES:
            return text, name, []
        better = _better_code_page(data, name, text)
        if better is None:
            return text, name, []
        other, other_text = better
        return other_text, other, [f"encoding: {source}: declared {name}, but its letters are not Russian; "
                                   f"read as {other}"]
    if data.isascii():
        return data.decode("ascii"), "utf-8", []
    if fallback is not None:
        return fallback[0], "utf-8", [fallback[1]]
    candidates = [(name, data.decode(name, errors="replace")) for name in CYRILLIC_CANDIDATES]
    name, text = max(candidates, key=lambda item: _russianness(item[1]))
    if _russianness(text) == float("-inf") or text.count("\ufffd") > len(text) * 0.01:
        raise InputError(source, f"undecodable: not UTF-8 ({utf8_error.reason}) and no Cyrillic code page fits")
    return text, name, []


# A declared code page gives way only to one whose letters score this much more Russian
# (`_russianness`), over this many letters: the right code page scores ~4, a wrong one 2.5 lower
# or more; close relatives (cp1251 and mac-cyrillic differ in a few letters) are never swapped.
_LIE_MARGIN = 1.5
_LIE_MIN_LETTERS = 20


def _better_code_page(data: bytes, declared: str, text: str) -> tuple[str, str] | None:
    letters = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    if letters < _LIE_MIN_LETTERS:
        return None
    own = _russianness(text)
    candidates = [(name, data.decode(name, errors="replace")) for name in CYRILLIC_CANDIDATES if name != declared]
    name, other = max(candidates, key=lambda item: _russianness(item[1]))
    if other.count("\ufffd") > len(other) * 0.01 or _russianness(other) - own < _LIE_MARGIN:
        return None
    return name, other


_BAD_BYTES = re.compile("[\udc80-\udcff]+")
# Bad bytes read in a Cyrillic code page only when they hold this many letters of it (less
# says nothing of which code page); else each becomes U+FFFD.
_RUN_MIN_LETTERS = 8


def _mostly_utf8(data: bytes, source: str) -> tuple[str, str, bool] | None:
    """(text, warning, whether the bytes hold any valid UTF-8 non-ASCII character) for bytes
    that are UTF-8 apart from a few: at least as many valid non-ASCII characters as bad bytes,
    or a handful of bad bytes (too few to tell a code page by, at most 1% of the page) in ASCII
    text.  None for a code page's text (its letters are nearly all bad UTF-8)."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = sum(len(m.group()) for m in _BAD_BYTES.finditer(escaped))
    valid = sum(1 for c in escaped if c >= "\x80" and not "\udc80" <= c <= "\udcff")
    if valid < bad and (bad > len(data) * 0.01 or bad >= _RUN_MIN_LETTERS):
        return None
    runs = [m.group().encode("utf-8", "surrogateescape") for m in _BAD_BYTES.finditer(escaped)]
    joined = b" ".join(runs)
    scored = [(name, joined.decode(name, errors="replace")) for name in CYRILLIC_CANDIDATES]
    name, text = max(scored, key=lambda item: _russianness(item[1]))
    letters = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    if letters >= _RUN_MIN_LETTERS and "\ufffd" not in text:
        fixed = _BAD_BYTES.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode(name), escaped)
        how = f"read as {name}"
    else:
        fixed = _BAD_BYTES.sub(lambda m: "\ufffd" * len(m.group()), escaped)
        how = "replaced with U+FFFD"
    noun = "byte" if bad == 1 else "bytes"
    return (fixed, f"encoding: {source}: {bad} {noun} of {len(data)} not valid UTF-8, {how}; the rest read as UTF-8",
            valid > 0)


def looks_binary(data: bytes, *, nul_allowed: bool = False) -> bool:
    """Binary data, not a text or HTML page: a NUL byte (unless `nul_allowed`), or control
    characters (NULs among them) in more than 2% of the first 8 KB."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return (not nul_allowed and sample.count(0) > 0) or controls > len(sample) * 0.02


def _reject_binary(data: bytes, source: str) -> None:
    if looks_binary(data):
        raise InputError(source, "binary data, not a text or HTML page", skipped=True)
