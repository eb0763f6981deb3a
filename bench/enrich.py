"""Enrichment speed and peak memory: the full nlp pipeline vs bare Natasha NER.

Both modes get the same documents in the same run (RuNormAS «Взгляд»
articles from the shared data, headline + paragraphs).  Each mode runs in
its own subprocess so its peak RSS is its own; model loading ("startup")
is timed apart from processing, and one warm-up document is not counted.
BLAS/OpenMP threads are pinned to 1.  The bare mode is natasha's own
`NewsNERTagger` as a user would call it; the full mode also reports the CPU
seconds of each component (the same loop as `Pipeline.run`, with a clock
around each component).

On a shared machine a busy moment in one mode moves the ratio, so the modes
take turns: in each round a fresh bare process and a fresh full process are
loaded (one after the other, each timed alone), then process the documents in
chunks, bare and full alternately (who goes first alternates too), so a slow
spell falls on both.  Each round gives one ratio; the median and range over
the rounds are printed, and the per-mode lines show the median round.

    .venv/bin/python bench/enrich.py [--docs 200] [--rounds 5] [--chunk 20] [--components segment,morph,...]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

FULL = "segment,morph,syntax,ner,actors,times,related"
MODES = ("natasha", "khronika")


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


def _processor(mode: str, components: str, per_component: dict[str, float]) -> Callable:
    """Load the mode's models; return the function that processes one article."""
    from khronika.extract.article import Article
    from khronika.nlp.pipeline import Pipeline, Resources

    resources = Resources()
    if mode == "natasha":
        from khronika.nlp.natasha_adapter import ner_tagger, tag_ner

        tagger = ner_tagger(resources)

        def process(article: Article) -> None:
            tag_ner(tagger, [article.paragraphs[0]])
        return process

    from khronika.nlp.doc import Doc

    pipeline = Pipeline.build(components.split(","), resources=resources)

    def process_full(article: Article) -> None:
        doc = Doc.from_article(article)
        for component in pipeline.components:
            started = time.process_time()
            component(doc)
            doc.layers |= set(component.assigns)
            per_component[component.name] = per_component.get(component.name, 0.0) + time.process_time() - started
    return process_full


def serve_mode(mode: str, limit: int, components: str, requests: TextIO, replies: TextIO) -> None:
    """One mode in this (child) process: load and warm up, then time each chunk
    "first last" of documents the parent asks for; peak RSS when the parent closes."""
    from khronika.extract.article import Article

    articles = [Article.from_json(r) for r in documents(limit)]
    per_component: dict[str, float] = {}
    started = time.perf_counter()
    process = _processor(mode, components, per_component)
    process(articles[0])  # warm-up: lazy tables (gazetteer, role lexicon) build here
    reply = {"startup_s": time.perf_counter() - started, "docs": len(articles) - 1,
             "chars": sum(len(a.paragraphs[0]) for a in articles[1:])}
    print(json.dumps(reply), file=replies, flush=True)
    for line in requests:
        first, last = map(int, line.split())
        per_component.clear()
        started, cpu = time.perf_counter(), time.process_time()
        for article in articles[first:last]:
            process(article)
        reply = {"seconds": time.perf_counter() - started, "cpu_s": time.process_time() - cpu,
                 "component_cpu_s": dict(per_component)}
        print(json.dumps(reply), file=replies, flush=True)
    print(json.dumps({"peak_rss_mb": peak_rss_mb()}), file=replies, flush=True)


@dataclass
class ModeRun:
    """One mode's totals in one round."""

    mode: str
    docs: int = 0
    chars: int = 0
    startup_s: float = 0.0
    seconds: float = 0.0
    cpu_s: float = 0.0
    peak_rss_mb: float = 0.0
    component_cpu_s: dict[str, float] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds


class Child:
    """A mode's subprocess, answering one JSON line per request."""

    def __init__(self, mode: str, args: argparse.Namespace) -> None:
        self.run = ModeRun(mode)
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--child", mode, "--docs", str(args.docs), "--components", args.components],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        ready = self._reply()
        self.run.startup_s, self.run.docs, self.run.chars = ready["startup_s"], ready["docs"], ready["chars"]

    def _reply(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.run.mode} child exited with status {self.process.wait()}")
        return json.loads(line)

    def chunk(self, first: int, last: int) -> None:
        self.process.stdin.write(f"{first} {last}\n")
        self.process.stdin.flush()
        reply = self._reply()
        self.run.seconds += reply["seconds"]
        self.run.cpu_s += reply["cpu_s"]
        for name, seconds in reply["component_cpu_s"].items():
            self.run.component_cpu_s[name] = self.run.component_cpu_s.get(name, 0.0) + seconds

    def finish(self) -> ModeRun:
        self.process.stdin.close()
        self.run.peak_rss_mb = self._reply()["peak_rss_mb"]
        self.process.wait()
        return self.run


def one_round(args: argparse.Namespace, number: int) -> dict[str, ModeRun]:
    # Loaded one after the other, so each startup is timed with the other child idle.
    children = {mode: Child(mode, args) for mode in MODES}
    docs = children[MODES[0]].run.docs
    for index, first in enumerate(range(1, docs + 1, args.chunk)):
        order = MODES if (index + number) % 2 == 0 else MODES[::-1]
        for mode in order:
            children[mode].chunk(first, min(first + args.chunk, docs + 1))
    return {mode: child.finish() for mode, child in children.items()}


def _median_round(rounds: list[dict[str, ModeRun]], ratios: list[float]) -> dict[str, ModeRun]:
    # The round whose CPU ratio is the median (the lower middle one for an even count).
    order = sorted(range(len(rounds)), key=lambda i: ratios[i])
    return rounds[order[(len(order) - 1) // 2]]


def report(rounds: list[dict[str, ModeRun]], components: str) -> None:
    cpu_ratios = [r["khronika"].cpu_s / r["natasha"].cpu_s for r in rounds]
    wall_ratios = [r["natasha"].docs_per_s / r["khronika"].docs_per_s for r in rounds]
    for number, (result, cpu, wall) in enumerate(zip(rounds, cpu_ratios, wall_ratios), 1):
        bare, full = result["natasha"], result["khronika"]
        print(f"round {number}: bare {bare.cpu_s:.2f} s CPU, full {full.cpu_s:.2f} s CPU: {cpu:.2f}x CPU, {wall:.2f}x wall")
    middle = _median_round(rounds, cpu_ratios)
    print(f"median round ({len(rounds)} rounds):")
    for result in middle.values():
        print(f"{result.mode:9} {result.docs} docs ({result.chars} chars): {result.docs_per_s:.1f} docs/s, "
              f"{result.seconds:.2f} s wall, {result.cpu_s:.2f} s CPU, startup {result.startup_s:.2f} s, "
              f"peak RSS {result.peak_rss_mb:.1f} MB")
    bare = middle["natasha"].cpu_s
    print("CPU by component (x bare NER CPU): " + ", ".join(
        f"{name} {seconds:.2f} s ({seconds / bare:.2f}x)" for name, seconds in middle["khronika"].component_cpu_s.items()))
    # CPU time is reported beside wall time: on a shared machine wall time swings with load.
    print(f"full enrichment / bare NER: {statistics.median(wall_ratios):.2f}x wall, "
          f"{statistics.median(cpu_ratios):.2f}x CPU (goal <= 2x; medians over {len(rounds)} rounds, "
          f"CPU range {min(cpu_ratios):.2f}-{max(cpu_ratios):.2f}x, wall range {min(wall_ratios):.2f}-{max(wall_ratios):.2f}x); "
          f"components: {components}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="fresh process pairs, each giving one ratio")
    parser.add_argument("--chunk", type=int, default=20, help="documents per turn")
    parser.add_argument("--components", default=FULL)
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        serve_mode(args.child, args.docs, args.components, sys.stdin, sys.stdout)
        return
    if args.docs < 2 or args.rounds < 1 or args.chunk < 1:
        parser.error("--docs must be at least 2 (one is the warm-up), --rounds and --chunk at least 1")
    report([one_round(args, number) for number in range(args.rounds)], args.components)


if __name__ == "__main__":
    main()
