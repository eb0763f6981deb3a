"""Enrichment speed and peak memory: the full nlp pipeline vs bare Natasha NER.

Both modes get the same documents in the same run (RuNormAS «Взгляд»
articles from the shared data, headline + paragraphs).  Each mode runs in
its own subprocess so its peak RSS is its own; model loading ("startup")
is timed apart from processing, and one warm-up document is not counted.
BLAS/OpenMP threads are pinned to 1.  The bare mode is natasha's own
`NewsNERTagger` as a user would call it; the full mode also reports the CPU
seconds of each component (the same loop as `Pipeline.run`, with a clock
around each component).

    .venv/bin/python bench/enrich.py [--docs 200] [--components segment,morph,...]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

FULL = "segment,morph,syntax,ner,actors,times,related"


def documents(limit: int) -> list[dict]:
    """Article records from RuNormAS texts (each text is one article)."""
    from khronika.eval.shared_docs import shared_root

    folder = shared_root() / "data" / "runormas-named-train" / "texts_and_ann"
    records = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        text = " ".join(path.read_text(encoding="utf-8").split())
        records.append({"id": path.stem, "source": path.name, "title": "", "published": "2021-01-01",
                        "language": "ru", "lead": text, "paragraphs": [text]})
    return records


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_mode(mode: str, limit: int, components: str) -> dict:
    """One mode in this (child) process: load, warm up, time the rest."""
    from khronika.extract.article import Article
    from khronika.nlp.pipeline import Pipeline, Resources

    records = documents(limit)
    articles = [Article.from_json(r) for r in records]
    started = time.perf_counter()
    resources = Resources()
    if mode == "natasha":
        from khronika.nlp.natasha_adapter import ner_tagger, tag_ner

        tagger = ner_tagger(resources)

        def process(article: Article) -> None:
            tag_ner(tagger, [article.paragraphs[0]])
    else:
        from khronika.nlp.doc import Doc

        pipeline = Pipeline.build(components.split(","), resources=resources)

        def process(article: Article) -> None:
            doc = Doc.from_article(article)
            for component in pipeline.components:
                started = time.process_time()
                component(doc)
                doc.layers |= set(component.assigns)
                per_component[component.name] = per_component.get(component.name, 0.0) + time.process_time() - started
    per_component: dict[str, float] = {}
    process(articles[0])  # warm-up: lazy tables (gazetteer, role lexicon) build here
    startup = time.perf_counter() - started
    per_component.clear()
    started, cpu = time.perf_counter(), time.process_time()
    for article in articles[1:]:
        process(article)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    chars = sum(len(a.paragraphs[0]) for a in articles[1:])
    return {"mode": mode, "docs": len(articles) - 1, "chars": chars, "seconds": round(elapsed, 2), "cpu_s": round(cpu, 2),
            "docs_per_s": round((len(articles) - 1) / elapsed, 1), "startup_s": round(startup, 2),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "component_cpu_s": {name: round(seconds, 2) for name, seconds in per_component.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--components", default=FULL)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.docs, args.components)))
        return
    results = {}
    for mode in ("natasha", "khronika"):
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--docs", str(args.docs), "--components", args.components],
            check=True, capture_output=True, text=True,
        )
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    for result in results.values():
        print(f"{result['mode']:9} {result['docs']} docs ({result['chars']} chars): {result['docs_per_s']} docs/s, "
              f"{result['seconds']} s wall, {result['cpu_s']} s CPU, startup {result['startup_s']} s, peak RSS {result['peak_rss_mb']} MB")
    bare = results["natasha"]["cpu_s"]
    print("CPU by component (x bare NER CPU): " + ", ".join(
        f"{name} {seconds} s ({seconds / bare:.2f}x)" for name, seconds in results["khronika"]["component_cpu_s"].items()))
    ratio = results["natasha"]["docs_per_s"] / results["khronika"]["docs_per_s"]
    cpu_ratio = results["khronika"]["cpu_s"] / results["natasha"]["cpu_s"]
    # CPU time is reported beside wall time: on a shared machine wall time swings with load.
    print(f"full enrichment / bare NER: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (goal <= 2x); "
          f"components: {args.components}")


if __name__ == "__main__":
    main()
