"""What event coding adds to enrichment time (goal: <= 30 %).

Same documents, one process, one run: each document goes through the
enrichment pipeline without `events` (segment … quotes, related), then the
`events` component runs on the enriched Doc; both are timed per document
(wall and CPU), interleaved so machine load hits both alike.  The events
time includes parsing the related headlines, which the `related` component
leaves without a dependency parse.  Models load before timing; one warm-up
document is not counted.  BLAS/OpenMP threads are pinned to 1.

    .venv/bin/python bench/events.py [--docs 100]

Documents: the bundled example pages (examples/pages) plus, when the shared
data is present, RuNormAS «Взгляд» texts (headline + paragraphs).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def articles(limit: int) -> list:
    from khronika.eval.shared_docs import load_gold_document, shared_available, shared_root
    from khronika.extract import extract_file

    found = [extract_file(p, crawled_at="2024-04-19T12:00:00+03:00")
             for p in sorted((REPO / "examples" / "pages").iterdir()) if p.suffix in (".txt", ".html")]
    if shared_available():
        folder = shared_root() / "data" / "runormas-named-train" / "texts_and_ann"
        for path in sorted(folder.glob("*.txt"))[: max(0, limit - len(found))]:
            found.append(load_gold_document({"dataset": "runormas-named-train", "path": f"texts_and_ann/{path.name}"}))
    return found[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    args = parser.parse_args()

    from khronika.events.component import build_pipeline
    from khronika.nlp.pipeline import Resources

    docs = articles(args.docs)
    resources = Resources()
    full = build_pipeline(resources)
    events = full.components[-1]
    assert events.name == "events"
    enrich = type(full)(full.components[:-1])

    def one(article) -> tuple[float, float, float, float, int]:
        t0, c0 = time.perf_counter(), time.process_time()
        doc = enrich(article)
        t1, c1 = time.perf_counter(), time.process_time()
        events(doc)
        t2, c2 = time.perf_counter(), time.process_time()
        count = len(doc.events) + sum(len(r.events) for r in doc.related)
        return t1 - t0, c1 - c0, t2 - t1, c2 - c1, count

    one(docs[0])  # warm-up: models, lazy tables, the light pipeline for headlines
    totals = [0.0, 0.0, 0.0, 0.0, 0]
    chars = 0
    for article in docs[1:]:
        for k, value in enumerate(one(article)):
            totals[k] += value
        chars += sum(len(p) for p in article.paragraphs) + len(article.title)
    enrich_wall, enrich_cpu, events_wall, events_cpu, count = totals
    n = len(docs) - 1
    print(f"{n} docs ({chars} chars), {count} events (article + related headlines)")
    print(f"enrichment without events: {enrich_wall:.2f} s wall, {enrich_cpu:.2f} s CPU ({n / enrich_wall:.1f} docs/s)")
    print(f"events component:          {events_wall:.2f} s wall, {events_cpu:.2f} s CPU")
    print(f"event coding adds {100 * events_wall / enrich_wall:.1f} % wall, "
          f"{100 * events_cpu / enrich_cpu:.1f} % CPU to enrichment (goal <= 30 %)")


if __name__ == "__main__":
    main()
