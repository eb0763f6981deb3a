"""Encodings: BOMs, declared charsets and Cyrillic code pages without one."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from khronika.errors import InputError
from khronika.extract.encoding import decode

TEXT = "Президент России Владимир Путин и президент Франции Эммануэль Макрон провели телефонный разговор."


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"),
    ("cp1251", "cp1251"), ("koi8-r", "koi8-r"), ("cp866", "cp866"), ("mac-cyrillic", "mac-cyrillic"),
    ("iso-8859-5", "iso-8859-5"),
])
def test_decode_without_declaration(encoding: str, expected: str) -> None:
    text, name = decode(TEXT.encode(encoding), "page")
    assert text == TEXT
    assert name.replace("_", "-") == expected


def test_meta_charset_is_used() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{TEXT}</p></body></html>'
    text, name = decode(page.encode("cp1251"), "page.html")
    assert TEXT in text and name == "cp1251"


def test_binary_is_rejected_with_the_file_name() -> None:
    with pytest.raises(InputError) as error:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.png")
    assert "photo.png" in str(error.value) and "binary" in str(error.value)


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ .,", min_size=1, max_size=300))
def test_utf8_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8"), "x")[0] == text
