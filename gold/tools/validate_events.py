#!/usr/bin/env python3
"""Validate Khronika event gold (gold/events/*.json). Stdlib only.

Checks: JSON shape, enums (type/mode/date_granularity), non-empty actor lists,
exact presence of `trigger` and `evidence` in the referenced document (after
whitespace normalisation), trigger inside evidence, same_as indices, dates.
Usage: validate_events.py [gold_dir]  (default <repo>/gold/events).
Document root: $KHRONIKA_SHARED (default: <repo>/../shared); the seed lives in
<root>/seed/, other datasets in <root>/data/<dataset>/<path>.
"""
import json, os, re, sys, collections

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("KHRONIKA_SHARED", os.path.join(REPO, "..", "shared"))
GOLD = os.path.join(REPO, "gold", "events")

MODES = {
    "AGREE": {"sign", "agree"},
    "CONSULT": {"phone", "visit", "meeting", "talks"},
    "SUPPORT": set(), "CONCEDE": set(), "RETREAT": set(),
    "COOPERATE": {"written-response", "exchange", "economic", "military"},
    "AID": {"humanitarian", "military", "economic"},
    "REQUEST": set(), "ACCUSE": set(), "REJECT": set(), "THREATEN": set(),
    "PROTEST": {"demonstration", "strike"},
    "SANCTION": {"sanctions", "break-relations", "boycott"},
    "MOBILIZE": set(),
    "COERCE": {"arrest", "search", "ban", "expel", "seize", "censor"},
    "ASSAULT": {"strike", "attack", "kill"},
}
GRAN = {None, "day", "month", "year"}
KEYS = ["type", "mode", "source", "target", "symmetric", "trigger", "evidence", "date",
        "date_granularity", "date_from_article", "location", "negated", "hypothetical", "reported_by"]
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"\s+", " ", s).strip()


def doc_path(doc):
    if doc["dataset"] == "seed":
        return os.path.join(SHARED, "seed", doc["path"])
    return os.path.join(SHARED, "data", doc["dataset"], doc["path"])


def check_event(e, i, n_list, text, errs, where, related):
    p = f"{where}[{i}]"
    for k in KEYS:
        if k not in e:
            errs.append(f"{p}: missing key {k}")
    extra = set(e) - set(KEYS) - {"same_as", "related_title"}
    if extra:
        errs.append(f"{p}: unknown keys {sorted(extra)}")
    t = e.get("type")
    if t not in MODES:
        errs.append(f"{p}: bad type {t!r}"); return
    m = e.get("mode")
    if m is not None and m not in MODES[t]:
        errs.append(f"{p}: bad mode {m!r} for {t}")
    for side in ("source", "target"):
        v = e.get(side)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            errs.append(f"{p}: {side} must be a non-empty list of names")
    for b in ("symmetric", "date_from_article", "negated", "hypothetical"):
        if not isinstance(e.get(b), bool):
            errs.append(f"{p}: {b} must be boolean")
    for s in ("trigger", "evidence"):
        v = e.get(s)
        if not isinstance(v, str) or not v.strip():
            errs.append(f"{p}: empty {s}")
        elif norm(v) not in text:
            errs.append(f"{p}: {s} not found in document: {v[:80]!r}")
    if isinstance(e.get("trigger"), str) and isinstance(e.get("evidence"), str):
        if norm(e["trigger"]) not in norm(e["evidence"]):
            errs.append(f"{p}: trigger not inside evidence")
    g = e.get("date_granularity"); d = e.get("date")
    if g not in GRAN:
        errs.append(f"{p}: bad date_granularity {g!r}")
    if (d is None) != (g is None):
        errs.append(f"{p}: date and date_granularity must be both null or both set")
    if d is not None and g in DATE_RE and not re.fullmatch(DATE_RE[g], d):
        errs.append(f"{p}: date {d!r} does not match granularity {g}")
    if e.get("date_from_article") and d is None:
        errs.append(f"{p}: date_from_article true but date null")
    if "same_as" in e:
        s = e["same_as"]
        if not isinstance(s, int) or not (0 <= s < i):
            errs.append(f"{p}: same_as must index an earlier event in the same list")
    if related and not e.get("related_title"):
        errs.append(f"{p}: related event without related_title")
    if related and e.get("related_title") and norm(e["related_title"]) not in text:
        errs.append(f"{p}: related_title not found in document")


def main():
    global GOLD
    if len(sys.argv) > 1:
        GOLD = sys.argv[1]
    errs = []
    types = collections.Counter(); rel_types = collections.Counter()
    per_ds = collections.Counter(); n_docs = 0; n_ev = 0
    files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    for fn in files:
        where = fn
        try:
            with open(os.path.join(GOLD, fn), encoding="utf-8") as f:
                g = json.load(f)
        except Exception as ex:
            errs.append(f"{fn}: cannot parse: {ex}"); continue
        doc = g.get("doc") or {}
        if not doc.get("dataset") or not doc.get("path"):
            errs.append(f"{fn}: doc.dataset/doc.path missing"); continue
        exp = f"{doc['dataset']}__{os.path.splitext(os.path.basename(doc['path']))[0]}.json"
        if fn != exp:
            errs.append(f"{fn}: file name should be {exp}")
        path = doc_path(doc)
        if not os.path.exists(path):
            errs.append(f"{fn}: document not found: {path}"); continue
        with open(path, encoding="utf-8") as f:
            text = norm(f.read())
        evs = g.get("events")
        if not isinstance(evs, list):
            errs.append(f"{fn}: events must be a list"); continue
        n_docs += 1; per_ds[doc["dataset"]] += 1
        for i, e in enumerate(evs):
            check_event(e, i, len(evs), text, errs, fn, False)
            types[e.get("type")] += 1; n_ev += 1
        for i, e in enumerate(g.get("related_events") or []):
            check_event(e, i, 0, text, errs, fn + ":related", True)
            rel_types[e.get("type")] += 1
    print(f"documents: {n_docs}  " + ", ".join(f"{k}={v}" for k, v in sorted(per_ds.items())))
    print(f"events (main): {n_ev}   related (sidebar): {sum(rel_types.values())}")
    for t in MODES:
        if types[t] or rel_types[t]:
            print(f"  {t:10s} {types[t]:4d}" + (f"  (+{rel_types[t]} related)" if rel_types[t] else ""))
    for e in errs:
        print("ERROR", e)
    print(f"errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
