"""Stories as a user gets them, against hand-labelled happenings (issue 6).

`bench/store_stories.py` scores labelled *pairs*; most of them are two articles alone.  A store
holds months of one arc, where the harm is a story that swallows the follow-ups, reactions and
appointments around its happening.  This bench writes the SlavicNER documents of the labelled
topics (headline = first line, or no headline when the document is one line; the metadata's date and
URL, except the placeholder URLs)
through `khronika ingest`'s own path into a fresh SQLite store and scores the stories against
`gold/stories-happenings/<topic>.json` (every document of the topic given the id of the
happening it reports, by annotators who never saw Khronika's output; see the README there):

- B-cubed precision / recall / F1 over documents (each document counts once, so a story of 60
  does not outweigh the rest by the square of its size);
- pairwise precision / recall / F1 (the same-story pairs);
- the number of stories and of gold happenings.

    .venv/bin/python bench/story_happenings.py [--orders 3] [--semantic] [--topics brexit,ryanair]

Order 0 is the publication order (a crawl that follows the news); later orders are seeded shuffles
(a back-filled archive arrives in any order).  Documents printed twice under one URL are one page
to the store (a version or unchanged): they share its story.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from khronika.eval.shared_docs import shared_available, shared_root  # noqa: E402
from khronika.eval.stories import bcubed_scores, pairwise_cluster_scores  # noqa: E402
from store_stories import ingest_fresh, page_orders  # noqa: E402  (bench/, the script's own folder)

GOLD = REPO / "gold" / "stories-happenings"
SLAVICNER = "slavicner-ru"
# SlavicNER's placeholder for documents whose source was not kept: not a page address.
PLACEHOLDER_URL = "fromtheweb.eu"


def load_gold(topics: list[str] | None = None) -> dict[str, dict[str, str]]:
    """topic -> {SlavicNER file: happening id}."""
    gold = {}
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if topics and data["topic"] not in topics:
            continue
        gold[data["topic"]] = {item["file"]: item["happening"] for item in data["labels"]}
    return gold


def load_records(root: Path, gold: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """The labelled documents as ingest records, in publication order (ties by file)."""
    base = root / "data" / SLAVICNER
    meta = {}
    with (base / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["raw_file"]] = row
    records = []
    for topic, labels in gold.items():
        for file in labels:
            text = (base / file).read_text(encoding="utf-8")
            title, _, body = text.partition("\n")
            record = {"title": title.strip(), "text": body.strip(), "file": file, "topic": topic}
            if not body.strip():  # one line only: a text without a headline, not a headline without a text
                record = {"text": title.strip(), "file": file, "topic": topic}
            row = meta.get(file, {})
            if row.get("url") and PLACEHOLDER_URL not in row["url"]:
                record["url"] = row["url"]
            if row.get("date"):
                record["date"] = row["date"]
            records.append(record)
    records.sort(key=lambda r: (r.get("date", ""), r["file"]))
    return records


def ingest_order(records: list[dict[str, str]], workdir: Path, pipeline, name: str) -> tuple[dict[str, int], float]:
    """Ingest `records` in this order into a fresh SQLite store; file -> story id, and the CPU seconds."""
    db, spent = ingest_fresh([{k: v for k, v in r.items() if k not in ("file", "topic")} for r in records],
                             workdir, pipeline, name)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT input, url, story_id, is_current FROM articles").fetchall()
    by_line = {int(str(input_name).rsplit("line ", 1)[1]): int(story) for input_name, _, story, _ in rows}
    by_url = {url: int(story) for _, url, story, current in rows if url and current}
    stories = {}
    for line, record in enumerate(records, start=1):
        # A record with no row of its own (the same page again, unchanged) is its page's.
        story = by_line.get(line, by_url.get(record.get("url", "")))
        if story is None:
            raise SystemExit(f"{name}: {record['file']} has no stored article")
        stories[record["file"]] = story
    return stories, spent


def scores(stories: dict[str, int], gold: dict[str, str]) -> dict[str, float]:
    files = sorted(gold)
    labels, truth = [stories[f] for f in files], [gold[f] for f in files]
    return {"docs": len(files), "stories": len(set(labels)), "happenings": len(set(truth)),
            "bcubed": bcubed_scores(labels, truth), "pairwise": pairwise_cluster_scores(labels, truth)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1, help="orders to ingest (publication order first)")
    parser.add_argument("--semantic", action="store_true", help="enable the opt-in semantic component")
    parser.add_argument("--topics", default="", help="comma-separated topics (default: every labelled one)")
    parser.add_argument("--seed", type=int, default=2611)
    args = parser.parse_args()
    if not shared_available():
        raise SystemExit(f"shared data not found at {shared_root()} (set KHRONIKA_SHARED); nothing to score")
    gold = load_gold([t for t in args.topics.split(",") if t] or None)
    if not gold:
        raise SystemExit(f"no gold topics in {GOLD}")
    from khronika.nlp.pipeline import Pipeline

    records = load_records(shared_root(), gold)
    pipeline = Pipeline.build(enable=["semantic"] if args.semantic else ())
    print(f"{len(records)} documents of {len(gold)} topics ({', '.join(gold)}); "
          f"{sum(len(set(g.values())) for g in gold.values())} happenings; components: {', '.join(pipeline.names)}")
    with tempfile.TemporaryDirectory(prefix="khronika-story-happenings-") as tmp:
        for order, ordered in page_orders(records, args.orders, args.seed):
            stories, spent = ingest_order(ordered, Path(tmp), pipeline, f"order{order}")
            label = "publication order" if order == 0 else f"shuffle {order} (seed {args.seed})"
            print(f"\n{label}: ingest CPU {spent:.1f} s")
            print(f"{'topic':22s} {'docs':>4s} {'happ.':>5s} {'stor.':>5s}   B-cubed P / R / F1      pairwise P / R / F1")
            everything = {f: f"{t}/{h}" for t, g in gold.items() for f, h in g.items()}
            for name, labels in [*gold.items(), ("all", everything)]:
                s = scores(stories, labels)
                b, p = s["bcubed"], s["pairwise"]
                print(f"{name:22s} {s['docs']:4d} {s['happenings']:5d} {s['stories']:5d}   "
                      f"{b['precision']:.3f} / {b['recall']:.3f} / {b['f1']:.3f}   "
                      f"{p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f}")


if __name__ == "__main__":
    main()
