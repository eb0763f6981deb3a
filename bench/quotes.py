"""Quote-extraction cost: enrichment with and without the `quotes` component
on the same documents, in one run.

    .venv/bin/python bench/quotes.py                 # 300 RuNormAS articles from ../shared
    .venv/bin/python bench/quotes.py --limit 100

Every document goes once through segment → morph → syntax → ner → actors →
times, then through `quotes`; each stage is timed on its own (CPU time of
this process, `time.process_time`), so "without" is the sum of the
enrichment stages and "with" adds the quotes stage - the same parse feeds
both, as it does in `khronika enrich`.  The goal (issue 4): quotes add at
most 30% to enrichment time.  Without ../shared the bundled examples/pages
are used.  BLAS/OpenMP threads are pinned to 1; one warm-up document is not
counted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

GOAL = 0.30


def articles(limit: int) -> list:
    from khronika.eval.shared_docs import load_gold_document, shared_available

    if shared_available():
        from khronika.eval.shared_docs import shared_root

        folder = shared_root() / "data" / "runormas-named-train" / "texts_and_ann"
        names = sorted(p.name for p in folder.glob("*.txt"))[:limit]
        return [load_gold_document({"dataset": "runormas-named-train", "path": f"texts_and_ann/{n}"}) for n in names]
    from khronika.extract import extract_file

    pages = Path(__file__).resolve().parents[1] / "examples" / "pages"
    return [extract_file(p) for p in sorted(pages.glob("*.txt"))][:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()

    from khronika.nlp.doc import Doc
    from khronika.nlp.pipeline import Pipeline

    pipeline = Pipeline.build(disable=["events", "related"])
    docs = articles(args.limit)
    spent: dict[str, float] = {c.name: 0.0 for c in pipeline.components}
    quotes_found, failed, counted = 0, [], []
    for number, article in enumerate(docs):
        doc = Doc.from_article(article)
        local: dict[str, float] = {}
        try:
            for component in pipeline.components:
                started = time.process_time()
                component(doc)
                doc.layers |= set(component.assigns)
                local[component.name] = time.process_time() - started
        except Exception as error:  # another stage's bug must not stop the run; the document is left out
            failed.append(f"{article.source}: {type(error).__name__}: {error}")
            continue
        if number:  # the first document warms lazy tables up
            for name, seconds in local.items():
                spent[name] += seconds
            quotes_found += len(doc.quotes)
            counted.append(article)
    without = sum(t for name, t in spent.items() if name != "quotes")
    with_quotes = without + spent.get("quotes", 0.0)
    share = spent.get("quotes", 0.0) / without if without else 0.0
    result = {
        "docs": len(counted), "failed": failed, "chars": sum(len(Doc.from_article(a).text) for a in counted),
        "quotes": quotes_found, "stages_cpu_s": {k: round(v, 3) for k, v in spent.items()},
        "enrich_without_quotes_s": round(without, 2), "enrich_with_quotes_s": round(with_quotes, 2),
        "quotes_overhead": round(share, 4), "goal": GOAL, "ok": share <= GOAL,
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
