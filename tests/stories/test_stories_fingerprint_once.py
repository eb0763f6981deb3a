"""`dedup.fingerprint` normalises the body once for its shingles and its exact hash, and
`Fingerprint.bands` slices the signature's bytes once: the same hash and band keys as the
per-part computations (table test)."""
from __future__ import annotations

import hashlib

import pytest

from khronika.stories import dedup

CASES = [
    ("Заголовок", "Президент России провел в Кремле переговоры с председателем КНР. Стороны подписали документы."),
    ("Короткий текст", "Всего три слова"),           # fewer shingles than MIN_SHINGLES: the title joins
    ("Только заголовок", ""),                           # no body: title and body hashed together
    ("", ""),                                           # nothing at all
    ("Ёлка", "ЁЛКА в центре, «города»!  Ёж."),
]


@pytest.mark.parametrize("title, body", CASES)
def test_fingerprint_hash_and_bands(title, body):
    fp = dedup.fingerprint(title, body)
    assert fp.exact == dedup.text_hash(f"{title}\n{body}" if not body else body)
    grams = dedup.shingles(body)
    if len(grams) < dedup.MIN_SHINGLES:
        grams = dedup.shingles(f"{title} {body}")
    assert fp.empty == (not grams)
    expected = [(band, hashlib.blake2b(fp.signature[band * dedup.ROWS:(band + 1) * dedup.ROWS].astype("<u8").tobytes(),
                                       digest_size=8).hexdigest()) for band in range(dedup.BANDS)]
    assert fp.bands() == expected
