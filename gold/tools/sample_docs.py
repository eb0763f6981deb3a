#!/usr/bin/env python3
"""Reproducible document draws for the gold sets (selection only; no annotation).

Each pool is the sorted list of (dataset, path) of its files, minus every document id
(`<dataset>__<stem>`) that has a file in one of the excluded gold folders (names only are read,
so the held-out test folders can be excluded without opening them).  One `random.Random(seed)`
shuffles the pools in their fixed order; slots are then interleaved by target share: slot k goes
to the pool with the largest share*(k+1) - taken (ties: pool order).  `draw` yields
`(slot, pool, dataset, path)`; an annotator walks them in order and replaces a skipped document
by the next one of the same pool.
"""
from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Iterator, NamedTuple

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KHRONIKA_SHARED", REPO.parent / "shared")) / "data"


class Pool(NamedTuple):
    name: str
    share: float
    globs: tuple[tuple[str, str], ...]  # (dataset, glob under its folder)


SLAVICNER = ("slavicner-ru", "raw/*/ru/*.txt")
RUNORMAS = ("runormas-named-train", "texts_and_ann/*.txt")
NEREL = (("nerel-v1.1-dev", "dev/*.txt"), ("nerel-v1.1-train", "train/*.txt"))
FACTRUEVAL = ("factrueval-2016-dev", "devset/*.txt")


def excluded_ids(folders: tuple[str, ...]) -> set[str]:
    """Document ids of every gold file in `folders` (names under gold/)."""
    return {p.stem for folder in folders for p in (REPO / "gold" / folder).glob("*.json")}


def draw(seed: int, pools: list[Pool], excluded: tuple[str, ...], slots: int,
         skip_ids: frozenset[str] = frozenset(), only_ids: frozenset[str] | None = None,
         length_range: tuple[int, int] | None = None,
         max_overlap: float | None = None) -> Iterator[tuple[int, str, str, str]]:
    """`skip_ids`: further document ids to leave out (ones an earlier draw or sample already used); `only_ids`:
    when given, the only documents that may be drawn; `length_range`: (min, max) characters of a document's text;
    `max_overlap`: documents whose char-8-gram Jaccard with a document of an excluded folder is above it are left
    out (a reprint of a held-out story would fit rules to it)."""
    skip = excluded_ids(excluded) | skip_ids
    near = _OverlapGuard(excluded, max_overlap) if max_overlap is not None else None
    rng = random.Random(seed)
    queues = []
    for pool in pools:
        docs = sorted((ds, str(p.relative_to(SHARED / ds))) for ds, pattern in pool.globs
                      for p in (SHARED / ds).glob(pattern))
        docs = [d for d in docs if f"{d[0]}__{Path(d[1]).stem}" not in skip
                and (only_ids is None or f"{d[0]}__{Path(d[1]).stem}" in only_ids)
                and (length_range is None or _length_within(SHARED / d[0] / d[1], length_range))]
        rng.shuffle(docs)
        queues.append(docs)
    taken = [0] * len(pools)
    positions = [0] * len(pools)  # the next unread place in each shuffled queue (near reprints are passed over)
    for k in range(slots):
        i = max(range(len(pools)), key=lambda j: (pools[j].share * (k + 1) - taken[j], -j))
        while near is not None and near.too_close(SHARED / queues[i][positions[i]][0] / queues[i][positions[i]][1]):
            positions[i] += 1
        dataset, path = queues[i][positions[i]]
        positions[i] += 1
        taken[i] += 1
        yield k + 1, pools[i].name, dataset, path


def _char_grams(text: str, n: int = 8) -> set[str]:
    text = " ".join(text.split())
    return {text[i:i + n] for i in range(max(len(text) - n + 1, 1))}


class _OverlapGuard:
    """The char-8-grams of every document an excluded folder names: the folder's file names (`<dataset>__<stem>.json`)
    lead to the shared data's text of that document; no gold annotation is read.  The measure is Jaccard, which lets
    a short excerpt of a longer document through (review cr35 D1: containment in the smaller document would catch
    it); it stays Jaccard so that the thirty-fifth session's draw prints the same slots."""

    def __init__(self, folders: tuple[str, ...], max_overlap: float) -> None:
        self.max_overlap = max_overlap
        by_stem = {}
        for pattern_pool in (SLAVICNER, RUNORMAS, *NEREL, FACTRUEVAL):
            dataset, pattern = pattern_pool
            for p in (SHARED / dataset).glob(pattern):
                by_stem[f"{dataset}__{p.stem}"] = p
        self.gram_sets = [_char_grams(by_stem[doc_id].read_text(encoding="utf-8"))
                          for doc_id in sorted(excluded_ids(folders)) if doc_id in by_stem]

    def too_close(self, path: Path) -> bool:
        grams = _char_grams(path.read_text(encoding="utf-8"))
        return any(len(grams & other) / len(grams | other) > self.max_overlap for other in self.gram_sets)


def listed_ids(path: Path) -> set[str]:
    """Document ids (`<dataset>__<stem>`) of a list: draw lines (slot, pool, dataset, path) or shared-data paths."""
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 4:
            ids.add(f"{fields[2]}__{Path(fields[3]).stem}")
        elif "/data/" in line:
            dataset = line.split("/data/", 1)[1].split("/", 1)[0]
            ids.add(f"{dataset}__{Path(line).stem}")
    return ids


def _length_within(path: Path, length_range: tuple[int, int]) -> bool:
    low, high = length_range
    return low <= len(path.read_text(encoding="utf-8")) <= high


def _gold_folders_but(own_folder: str) -> tuple[str, ...]:
    """Every gold folder but the tools and the set being drawn."""
    return tuple(sorted(p.name for p in (REPO / "gold").iterdir() if p.is_dir() and p.name not in ("tools", own_folder)))


def _ids_of(lists: list[str]) -> frozenset[str]:
    return frozenset().union(*(listed_ids(Path(arg)) for arg in lists))


def session_draw(seed: int, own_folder: str, lists: list[str], slots: int = 60,
                 max_overlap: float | None = None) -> Iterator[tuple[int, str, str, str]]:
    """A session's quote draw (RuNormAS 0.60, NEREL 0.40): every gold folder but tools and the set being made left
    out, and every document the `lists` name (earlier draws, the unread samples helpers check rules on).
    `max_overlap` leaves out near reprints of gold documents (None for the draws made before the guard existed)."""
    skip = _ids_of(lists)
    excluded = _gold_folders_but(own_folder)
    pools = [Pool("runormas", 0.60, (RUNORMAS,)), Pool("nerel", 0.40, NEREL)]
    return draw(seed, pools, excluded=excluded, slots=slots, skip_ids=skip, max_overlap=max_overlap)


def unread_sample_draw(seed: int, own_folder: str, sample_lists: list[str], skip_lists: list[str],
                       slots: int = 60) -> Iterator[tuple[int, str, str, str]]:
    """A draw from the unread sample helpers checked rules on (system output seen for single firings, never
    annotated), in the held-out test set's source mix and length range (slavicner 0.40, RuNormAS 0.25, NEREL 0.20,
    factRuEval 0.15; 500-2300 characters), none a near reprint (char-8-gram Jaccard > 0.30) of a gold document: the
    only SlavicNER and factRuEval documents no gold set holds are there."""
    only, skip = _ids_of(sample_lists), _ids_of(skip_lists)
    excluded = _gold_folders_but(own_folder)
    pools = [Pool("slavicner", 0.40, (SLAVICNER,)), Pool("runormas", 0.25, (RUNORMAS,)),
             Pool("nerel", 0.20, NEREL), Pool("factrueval", 0.15, (FACTRUEVAL,))]
    return draw(seed, pools, excluded=excluded, slots=slots, skip_ids=skip, only_ids=only,
                length_range=(500, 2300), max_overlap=0.30)


TGCONTEST = "tgcontest-ru-same-story-pairs"
TGCONTEST_FILES = ("ru_honey_pool.tsv", "ru_train_pool.tsv", "ru_exam_pool.tsv")


def tgcontest_documents() -> list[tuple[str, str]]:
    """Every distinct article (by URL) of the tgcontest pairs as (gold `path`, text): `<file>#<row>:<side>`, row
    0-based, the first place the URL occurs (files in `TGCONTEST_FILES` order, rows, then first/second)."""
    import csv

    seen, docs = set(), []
    for name in TGCONTEST_FILES:
        with (SHARED / TGCONTEST / name).open(encoding="utf-8", newline="") as handle:
            for row_no, row in enumerate(csv.DictReader(handle, delimiter="\t")):
                for side in ("first", "second"):
                    url = row[f"INPUT:{side}_url"]
                    if url not in seen:
                        seen.add(url)
                        docs.append((f"{name}#{row_no}:{side}", row[f"INPUT:{side}_text"]))
    return docs


def tgcontest_draw(seed: int, slots: int = 60, length_range: tuple[int, int] = (500, 2300),
                   max_overlap: float = 0.30) -> Iterator[tuple[int, str, str, str]]:
    """A draw of tgcontest articles (2019-2020 pages of many outlets, never used for quote gold before the
    thirty-ninth session): distinct URLs with a body of `length_range` characters, shuffled by `seed`; an
    article whose char-8-gram Jaccard with an article drawn before it is above `max_overlap` is passed over (the
    pairs are same-story pairs, so agency copies come in twos).  Yields (slot, pool, dataset, path)."""
    docs = [d for d in tgcontest_documents() if length_range[0] <= len(d[1]) <= length_range[1]]
    random.Random(seed).shuffle(docs)
    drawn: list[set[str]] = []
    slot = 0
    for path, text in docs:
        grams = _char_grams(text)
        if any(len(grams & other) / len(grams | other) > max_overlap for other in drawn):
            continue
        drawn.append(grams)
        slot += 1
        yield slot, "tgcontest", TGCONTEST, path
        if slot == slots:
            return
