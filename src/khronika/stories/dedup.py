"""Exact and near-duplicate reprints: MinHash over shingles of normalised text.

Thresholds (checked by `khronika eval stories`, see bench/RESULTS.md):

- `SHINGLE = 4` word 4-grams of the body.  Reprints keep sentences whole,
  so 4-grams survive; different reports of one event share few of them.
- `NUM_PERM = 128` permutations, split into `BANDS = 32` bands of `ROWS = 4`
  rows for the LSH lookup, which makes a pair with Jaccard s a candidate
  with probability 1 - (1 - s^4)^32: 0.99 at s = 0.5, 0.23 at s = 0.2, so
  the lookup misses almost no pair above the decision threshold.
- `NEAR_DUPLICATE = 0.6` estimated Jaccard of shingle sets decides a near
  duplicate: agency copy with a new headline, a dropped or added paragraph,
  a byline, typo fixes.  Same-story rewrites by other outlets sit well
  below (median under 0.1 on the tgcontest OK pairs).
- Exact duplicates: equal hashes of the normalised body.

Band keys are stored in the database (table `lsh_bands`; the newest wait in
`lsh_recent` until they are moved over in bulk), so the lookup is
incremental, survives restarts and needs nothing loaded in memory.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

SHINGLE = 4
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
NEAR_DUPLICATE = 0.6
# Bodies with fewer shingles than this are compared with the title included.
MIN_SHINGLES = 8

_WORD_RE = re.compile(r"[0-9a-zа-я]+")
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def normalise_text(text: str) -> str:
    """Lowercase, ё→е, punctuation and spacing dropped: what a reprint keeps."""
    return " ".join(_WORD_RE.findall(text.lower().replace("ё", "е")))


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    return _shingles(normalise_text(text), size)


def _shingles(normalised: str, size: int = SHINGLE) -> set[bytes]:
    words = normalised.split()
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


@dataclass
class Fingerprint:
    exact: str                # hash of the normalised text
    signature: np.ndarray     # MinHash hash values (uint64, NUM_PERM)
    empty: bool = False

    def bands(self) -> list[tuple[int, str]]:
        """(band number, key) pairs for the LSH table."""
        # The signature's bytes once, sliced per band (the same bytes as each band's rows).
        data, width = self.signature.astype("<u8").tobytes(), ROWS * 8
        return [(band, hashlib.blake2b(data[band * width:(band + 1) * width], digest_size=8).hexdigest())
                for band in range(BANDS)]

    def signature_bytes(self) -> bytes:
        return self.signature.astype("<u8").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def fingerprint(title: str, body: str) -> Fingerprint:
    # The body is normalised once for its shingles and its exact hash.
    body_text = normalise_text(body)
    grams = _shingles(body_text)
    if len(grams) < MIN_SHINGLES:
        grams = shingles(f"{title} {body}")
    minhash = _TEMPLATE.copy()
    minhash.clear()
    if grams:
        minhash.update_batch(list(grams))
    return Fingerprint(_exact(title, body, body_text), minhash.hashvalues.copy(), not grams)


def exact_hash(title: str, body: str) -> str:
    """`fingerprint(title, body).exact` without the MinHash: the key two exact reprints share."""
    return _exact(title, body, normalise_text(body))


def _exact(title: str, body: str, body_text: str) -> str:
    return hashlib.sha256(body_text.encode("utf-8")).hexdigest() if body else text_hash(f"{title}\n{body}")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def bands_hint() -> str:
    s = NEAR_DUPLICATE
    return f"P(candidate | J={s}) = {1 - (1 - s ** ROWS) ** BANDS:.3f}"
