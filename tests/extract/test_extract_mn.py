"""Decoding decided by the bytes (review rv21_N H1) and NUL characters kept out of the text
(rv21_N H2): a UTF-8 page with a few stray code-page bytes stays UTF-8 (the bytes read in the
code page they fit, or replaced) with a warning naming the file; a declared code page whose
letters are not Russian gives way to the one that reads as Russian, with a warning."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from khronika.extract import extract_page
from khronika.extract.encoding import decode_with_warnings
from khronika.ingest.rawpage import RawPage

TITLE = "Песков рассказал о переговорах"
BODY = ("Президент России Владимир Путин заявил, что переговоры продолжатся. "
        "Об этом сообщил пресс-секретарь Дмитрий Песков.")
CAPTION = "Фото:ZТАСС"  # Z: the stray byte


def page(meta: str = "<meta charset=utf-8>", caption: str = CAPTION) -> str:
    return (f"<html><head>{meta}<title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{BODY}</p><p>{caption}</p></article></body></html>")


def utf8_with(stray: bytes, meta: str = "<meta charset=utf-8>") -> bytes:
    return page(meta).encode("utf-8").replace(b"Z", stray)


# bytes → (text holds, encoding, warning holds) ; None: no warning
CASES = [
    # one cp1251 no-break space in a UTF-8 page, declared or not (the review's page)
    ("stray A0, declared utf-8", utf8_with(b"\xa0"), f"Фото:\ufffdТАСС", "utf-8", "1 byte of"),
    ("stray A0, no declaration", utf8_with(b"\xa0", meta=""), f"Фото:\ufffdТАСС", "utf-8", "not valid UTF-8"),
    ("stray A0, declared cp1251", utf8_with(b"\xa0", meta="<meta charset=windows-1251>"), TITLE, "utf-8",
     "not valid UTF-8"),
    ("three stray bytes", utf8_with(b"\x96\xa0\x97"), "Фото:\ufffd\ufffd\ufffdТАСС", "utf-8", "3 bytes of"),
    # a cp1251 paragraph pasted into a UTF-8 page: enough letters to tell the code page
    ("cp1251 paragraph", page(caption="Z").encode("utf-8").replace(b"Z", "Подпись: Москва, Кремль".encode("cp1251")),
     "Подпись: Москва, Кремль", "utf-8", "read as cp1251"),
    # the whole page in a code page the meta does not name
    ("cp1251 declared koi8-r", page("<meta charset=koi8-r>", "Фото: ТАСС").encode("cp1251"), TITLE, "cp1251",
     "declared koi8-r"),
    ("cp1251 declared utf-8", page(caption="Фото: ТАСС").encode("cp1251"), TITLE, "cp1251", None),
    ("valid UTF-8 declared cp1251", page("<meta charset=windows-1251>", "Фото: ТАСС").encode("utf-8"), TITLE, "utf-8",
     "declared cp1251, but the bytes are UTF-8"),
    # guards: what was right stays so, without warnings
    ("koi8-r declared koi8-r", page("<meta charset=koi8-r>", "Фото: ТАСС").encode("koi8-r"), TITLE, "koi8-r", None),
    ("cp1251 declared cp1251", page("<meta charset=windows-1251>", "Фото: ТАСС").encode("cp1251"), TITLE, "cp1251",
     None),
    ("cp1251 undeclared", page("", "Фото: ТАСС").encode("cp1251"), TITLE, "cp1251", None),
    ("utf-8 clean", page(caption="Фото: ТАСС").encode("utf-8"), TITLE, "utf-8", None),
    ("utf-8 cut mid-letter", page(caption="Фото: ТАСС").encode("utf-8")[:-1] + "ж".encode("utf-8")[:1],
     TITLE, "utf-8", None),
]


@pytest.mark.parametrize("what, data, holds, encoding, warning", CASES, ids=[c[0] for c in CASES])
def test_the_bytes_decide_the_encoding(what: str, data: bytes, holds: str, encoding: str,
                                       warning: str | None) -> None:
    text, name, warnings = decode_with_warnings(data, "/news/page.html")
    assert holds in text and TITLE in text
    assert name.replace("_", "-") == encoding
    if warning is None:
        assert warnings == []
    else:
        [said] = warnings
        assert warning in said and "/news/page.html" in said


def test_the_review_page_is_extracted_readable_with_the_warning() -> None:
    article = extract_page(RawPage(source="/tmp/stray_a0b.html", data=utf8_with(b"\xa0"), kind="html"))
    assert article.title == TITLE and any("Дмитрий Песков" in p for p in article.paragraphs)
    assert any(w.startswith("encoding: /tmp/stray_a0b.html: 1 byte of") for w in article.warnings)


def test_a_text_page_with_a_stray_byte() -> None:
    data = f"{TITLE}\n\n{BODY}\n\nПесков добавил, что Кремль ждёт ответа.\xa0".encode("utf-8").replace(
        "\xa0".encode("utf-8"), b"\xa0")
    article = extract_page(RawPage(source="a.txt", data=data, kind="text"))
    assert article.title == TITLE and "encoding: a.txt" in article.warnings[0]


def test_ascii_page_with_a_stray_byte_is_utf8_not_undecodable() -> None:
    # no code page reads the byte as a Russian letter: UTF-8 with one replacement
    data = b"Reuters: talks went on.\xa0 More text here in English. " + b"And a second sentence. " * 8
    text, name, warnings = decode_with_warnings(data, "en.txt")
    assert name == "utf-8" and text.count("\ufffd") == 1 and warnings


NUL_CASES = [
    # (text of a JSON record, paragraphs expected, NULs reported)
    ("Заголовок новости\n\nВ Москве ожидается снег\x00, сообщили синоптики.\n\nТемпература ниже нуля.",
     "В Москве ожидается снег, сообщили синоптики.", 1),
    ("Заголовок\x00 новости\x00\n\nВ Москве ожидается снег, сообщили синоптики.\n\nТемпература ниже нуля.",
     "В Москве ожидается снег, сообщили синоптики.", 2),
]


@pytest.mark.parametrize("text, paragraph, nuls", NUL_CASES)
def test_nul_characters_are_removed_with_a_warning(text: str, paragraph: str, nuls: int) -> None:
    article = extract_page(RawPage(source="d.jsonl", data=text, kind="text", locator="line 6"))
    record = article.to_json()
    assert "\x00" not in str(record)
    assert paragraph in article.paragraphs
    assert f"text: d.jsonl#line 6: {nuls} NUL character(s) removed" in article.warnings


_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ .,"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_RUSSIAN, min_size=40, max_size=300), st.integers(0, 10_000),
       st.sampled_from([b"\xa0", b"\x96", b"\x97", b"\xab", b"\xbb", b"\xb9"]))
def test_one_stray_byte_never_garbles_a_utf8_text(text: str, at: int, stray: bytes) -> None:
    """Property: a UTF-8 text with at least 20 Cyrillic letters and one stray cp1251 byte
    (no-break space, dashes, quotes, №) inserted between characters decodes back to the text
    with one replacement character where the byte was."""
    letters = sum(c.isalpha() for c in text)
    if letters < 20:
        return
    cut = at % (len(text) + 1)
    data = text[:cut].encode("utf-8") + stray + text[cut:].encode("utf-8")
    decoded, name, warnings = decode_with_warnings(data, "x")
    assert name == "utf-8" and len(warnings) == 1
    assert decoded == text[:cut] + "\ufffd" + text[cut:]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=_RUSSIAN, min_size=60, max_size=300))
def test_a_whole_cp1251_text_is_still_cp1251(text: str) -> None:
    """Property (guard): a text wholly in cp1251 is never taken for UTF-8 with damage."""
    if sum(c.isalpha() for c in text) < 40:
        return
    _, name, warnings = decode_with_warnings(text.encode("cp1251"), "x")
    assert name != "utf-8" and warnings == []


@pytest.mark.parametrize("text", ["юя, сказал он: это просто слова из букв кириллицы, и ничего больше тут нет.",
                                  "яю, сказал он: это просто слова из букв кириллицы, и ничего больше тут нет!"])
def test_cp1251_text_opening_with_a_utf16_mark_s_bytes(text: str) -> None:
    """A cp1251 text whose first two letters are the bytes of a UTF-16 byte-order mark (FE FF, FF FE;
    found by the property above) is still read in a Cyrillic code page, not refused or read as UTF-16."""
    decoded, name, _ = decode_with_warnings(text.encode("cp1251"), "x")
    assert not name.startswith("utf") and "сказал он" in decoded
