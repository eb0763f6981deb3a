#!/usr/bin/env python3
"""Validate the hand-annotated quote gold in gold/quotes/*.json (stdlib only).

Usage: validate_quotes.py [GOLD_DIR]   (default gold/quotes; e.g. gold/quotes-test for the test set)

For every gold file: load the referenced document, check that each quote `text`
and each non-null `speaker` occur in the document (after whitespace
normalisation), check enum/boolean fields, and print per-file and total counts.

Documents: dataset "seed" -> <shared>/seed/<path>; others -> <shared>/data/<dataset>/<path>.
<shared> = $KHRONIKA_SHARED or ../shared relative to the repo root.
Exit code 1 if any error is found.
"""
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold" / "quotes"
SHARED = Path(os.environ.get("KHRONIKA_SHARED", REPO.parent / "shared"))
KINDS = {"direct", "indirect", "mixed"}
QKEYS = {"text", "kind", "speaker", "speaker_norm", "cue", "addressee", "source", "negated", "hedged"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


TGCONTEST = "tgcontest-ru-same-story-pairs"


def tgcontest_text(doc):
    """A tgcontest ref `<file>#<row>:<side>` (row 0-based): its title and body, or None when there is no such row."""
    import csv

    name, _, locator = doc["path"].partition("#")
    row_no, _, side = locator.partition(":")
    file = SHARED / "data" / TGCONTEST / name
    if not file.is_file() or not row_no.isdigit() or side not in ("", "first", "second"):
        return None
    with file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if int(row_no) >= len(rows):
        return None
    side = side or "first"
    row = rows[int(row_no)]
    return unescaped(row[f"INPUT:{side}_title"]) + "\n" + unescaped(row[f"INPUT:{side}_text"])


def unescaped(value):
    """The scorer's loader (`khronika.eval.shared_docs.tgcontest_field`): a field CSV-escaped twice, wrapped in `"…"`
    with every inner mark doubled, loses the wrapping and the doubling."""
    stripped = value.strip()
    inner = stripped[1:-1]
    if len(stripped) < 2 or stripped[0] != '"' or stripped[-1] != '"' or '"' in inner.replace('""', ""):
        return value
    return inner.replace('""', '"')


def doc_stem(doc):
    """The file-name stem of a gold file's document: a tgcontest ref `ru_honey_pool.tsv#109:second` gives
    `ru_honey_pool_109_second`."""
    if doc["dataset"] == TGCONTEST:
        name, _, locator = doc["path"].partition("#")
        return f"{Path(name).stem}_{locator.replace(':', '_')}"
    return Path(doc["path"]).stem


def doc_path(doc):
    if doc["dataset"] == "seed":
        return SHARED / "seed" / doc["path"]
    return SHARED / "data" / doc["dataset"] / doc["path"]


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    gold_dir = Path(args[0]) if args else GOLD
    if not gold_dir.is_dir():
        print(f"ERROR: not a directory: {gold_dir}")
        return 1
    files = sorted(gold_dir.glob("*.json"))
    total = Counter()
    datasets = Counter()
    errors = 0
    for f in files:
        errs = []
        try:
            g = json.loads(f.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            print(f"ERROR {f.name}: cannot parse JSON: {e}")
            errors += 1
            continue
        doc = g.get("doc") or {}
        if doc.get("dataset") == TGCONTEST and doc.get("path"):
            raw = tgcontest_text(doc)
            if raw is None:
                print(f"ERROR {f.name}: document not found: {TGCONTEST} {doc['path']}")
                errors += 1
                continue
        else:
            p = doc_path(doc) if doc.get("dataset") and doc.get("path") else None
            if p is None or not p.is_file():
                print(f"ERROR {f.name}: document not found: {p}")
                errors += 1
                continue
            raw = p.read_text(encoding="utf-8")
        stem = doc_stem(doc)
        if f.name != f"{doc['dataset']}__{stem}.json":
            errs.append(f"file name should be {doc['dataset']}__{stem}.json")
        text = norm(raw)
        kinds = Counter()
        for i, q in enumerate(g.get("quotes", [])):
            where = f"quote {i}"
            missing = QKEYS - set(q)
            if missing:
                errs.append(f"{where}: missing keys {sorted(missing)}")
            if q.get("kind") not in KINDS:
                errs.append(f"{where}: bad kind {q.get('kind')!r}")
            for b in ("negated", "hedged"):
                if not isinstance(q.get(b), bool):
                    errs.append(f"{where}: {b} must be boolean")
            for k in ("speaker_norm", "cue"):
                if not isinstance(q.get(k), str) or not q.get(k).strip():
                    errs.append(f"{where}: {k} must be a non-empty string")
            for k in ("speaker", "addressee", "source"):
                if q.get(k) is not None and not (isinstance(q[k], str) and q[k].strip()):
                    errs.append(f"{where}: {k} must be null or a non-empty string")
            t = q.get("text")
            if not isinstance(t, str) or not t.strip():
                errs.append(f"{where}: empty text")
            else:
                if norm(t) not in text:
                    errs.append(f"{where}: text not in document: {t[:70]!r}")
                if t.strip().endswith(".") and not t.strip().endswith(".."):
                    errs.append(f"{where}: text has a trailing period: {t[-30:]!r}")
            s = q.get("speaker")
            if isinstance(s, str) and norm(s) not in text:
                errs.append(f"{where}: speaker not in document: {s!r}")
            kinds[q.get("kind")] += 1
        for i, nq in enumerate(g.get("non_quotes", [])):
            if not isinstance(nq, dict) or "text" not in nq or "reason" not in nq:
                errs.append(f"non_quote {i}: needs text and reason")
            elif norm(nq["text"]) not in text:
                errs.append(f"non_quote {i}: text not in document: {nq['text'][:70]!r}")
        n = sum(kinds.values())
        print(f"{f.name}: {n} quotes (direct {kinds['direct']}, indirect {kinds['indirect']}, "
              f"mixed {kinds['mixed']}), {len(g.get('non_quotes', []))} non-quotes"
              + (f", {len(errs)} ERRORS" if errs else ""))
        for e in errs:
            print(f"  ERROR {e}")
        errors += len(errs)
        total.update(kinds)
        datasets[doc["dataset"]] += 1
    n = sum(total.values())
    print("-" * 60)
    print(f"documents: {len(files)} ({', '.join(f'{k} {v}' for k, v in sorted(datasets.items()))})")
    print(f"quotes: {n} (direct {total['direct']}, indirect {total['indirect']}, mixed {total['mixed']})")
    print(f"errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
