"""Review rev21_B M2: bytes holding no valid UTF-8 character at all (a short cp1251 title, a
dash and quotes in an English page) show no sign of UTF-8, so the charset the page declares
decides; the repaired UTF-8 reading (mn's, review rv21_N H1) stays for bytes that do hold UTF-8,
for pages that declare nothing, and for bytes the declared charset cannot decode."""
from __future__ import annotations

import pytest

from khronika.extract.encoding import decode_with_warnings

PAD = "<script>var x = 1;</script>\n" * 40  # ~1 KB of ASCII: few non-ASCII bytes, under 1% of the page


def html(meta: str, title: str, body: str = "") -> str:
    return f"<html><head>{meta}<title>{title}</title></head><body>{PAD}<p>{body}</p></body></html>"


# bytes, declared by the caller (a feed's or HTTP header's charset) → (text holds, encoding, warned)
CASES = [
    # the review's pages: a code page declared, a few non-ASCII bytes, none of them UTF-8
    ("cp1251 title, declared", html('<meta charset="windows-1251">', "Новости").encode("cp1251"), None,
     "<title>Новости</title>", "cp1251", False),
    ("cp1251 English dash and quotes, declared",
     html('<meta charset="windows-1251">', "Budget", "Moscow — the «Budget» law № 5 passed.").encode("cp1251"),
     None, "Moscow — the «Budget» law № 5 passed.", "cp1251", False),
    ("koi8-r title, declared", html('<meta charset="koi8-r">', "Итоги").encode("koi8-r"), None,
     "<title>Итоги</title>", "koi8-r", False),
    ("iso-8859-5 letter, declared by the caller", ("x" * 150 + "Б" + "y" * 150).encode("iso-8859-5"),
     "iso-8859-5", "xБy", "iso8859-5", False),
    # guards: mn's repairs stay
    ("UTF-8 page with a stray byte, declared cp1251",
     html('<meta charset="windows-1251">', "Новости", "Фото:Z ТАСС").encode("utf-8").replace(b"Z", b"\xa0"),
     None, "Фото:\ufffd ТАСС", "utf-8", True),
    ("ASCII page with a stray byte, nothing declared",
     b"Reuters: talks went on.\xa0 More text here in English. " + b"And a second sentence. " * 8, None,
     "on.\ufffd More", "utf-8", True),
    ("ASCII page with a stray byte, declared us-ascii",
     html('<meta charset="us-ascii">', "News", "talks went on.Z More").encode("ascii").replace(b"Z", b"\xa0"),
     None, "on.\ufffd More", "utf-8", True),
    ("byte cp1251 lacks (0x98), declared cp1251",
     html('<meta charset="windows-1251">', "News", "talks Z on").encode("ascii").replace(b"Z", b"\x98"),
     None, "talks \ufffd on", "utf-8", True),
]


@pytest.mark.parametrize("what, data, declared, holds, encoding, warned", CASES, ids=[c[0] for c in CASES])
def test_a_declared_code_page_decides_when_no_byte_is_utf8(what: str, data: bytes, declared: str | None,
                                                           holds: str, encoding: str, warned: bool) -> None:
    text, name, warnings = decode_with_warnings(data, "page.html", declared=declared)
    assert holds in text
    assert name == encoding
    assert bool(warnings) == warned
