"""Extraction speed, peak memory and paragraph F1: Khronika vs trafilatura.

Both extractors get the same HTML bytes in the same run: the HTML examples
(with hand-checked gold) and the shared HTML pages (htmldate, Telegram
contest, article-extraction benchmark).  Each extractor runs in its own
subprocess so its peak RSS is its own.

    .venv/bin/python bench/extract.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def inputs() -> list[tuple[str, bytes, list[str] | None]]:
    """(name, html bytes, gold paragraphs or None)."""
    from khronika.eval.shared_docs import shared_root

    pages: list[tuple[str, bytes, list[str] | None]] = []
    for gold_file in sorted((REPO / "examples" / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = REPO / "examples" / gold["input"]["path"]
        if path.suffix == ".html":
            pages.append((path.name, path.read_bytes(), gold["expected"]["paragraphs"]))
    data = shared_root() / "data"
    if data.is_dir():
        aeb = data / "article-extraction-benchmark-ru"
        truth = json.loads((aeb / "ground-truth-ru.json").read_text(encoding="utf-8"))
        for key, item in truth.items():
            body = [line for line in item["articleBody"].split("\n") if line.strip()]
            pages.append((key[:12], gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes()), body))
        for folder in ("htmldate-ru-pages/pages", "telegram-contest-pages-ru/pages"):
            for path in sorted((data / folder).glob("*.html")):
                pages.append((path.name, path.read_bytes(), None))
    return pages


def run_khronika(html: bytes) -> list[str]:
    from khronika.errors import InputError
    from khronika.extract import extract_page
    from khronika.ingest import RawPage

    try:
        return extract_page(RawPage(source="bench", data=html, kind="html")).paragraphs
    except InputError:
        return []


def run_trafilatura(html: bytes) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False)
    return [line for line in (text or "").split("\n") if line.strip()]


def worker(name: str, repeat: int) -> None:
    """Child process: time one extractor over all inputs, print JSON."""
    from khronika.eval.extract import paragraph_f1

    run = run_khronika if name == "khronika" else run_trafilatura
    pages = inputs()
    run(pages[0][1])  # warm-up: imports and lazy initialisation are not throughput
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    outputs: list[list[str]] = []
    for _ in range(repeat):
        outputs = [run(html) for _, html, _ in pages]
    elapsed = time.perf_counter() - started
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scored = [(paragraph_f1(out, gold)) for out, (_, _, gold) in zip(outputs, pages) if gold is not None]
    precision = sum(s[0] for s in scored) / len(scored)
    recall = sum(s[1] for s in scored) / len(scored)
    f1 = sum(s[2] for s in scored) / len(scored)
    print(json.dumps({"extractor": name, "pages": len(pages), "repeat": repeat,
                      "pages_per_s": len(pages) * repeat / elapsed, "peak_rss_mb": peak_rss / 1024,
                      "rss_growth_mb": (peak_rss - base_rss) / 1024, "gold_pages": len(scored),
                      "paragraph_precision": precision, "paragraph_recall": recall, "paragraph_f1": f1}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--worker")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.repeat)
        return
    rows = []
    for name in ("trafilatura", "khronika"):
        out = subprocess.run([sys.executable, __file__, "--worker", name, "--repeat", str(args.repeat)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'extractor':12} {'pages':>5} {'pages/s':>9} {'peak RSS MB':>12} {'par. P':>7} {'par. R':>7} {'par. F1':>8}")
    for r in rows:
        print(f"{r['extractor']:12} {r['pages']:5d} {r['pages_per_s']:9.1f} {r['peak_rss_mb']:12.1f} "
              f"{r['paragraph_precision']:7.3f} {r['paragraph_recall']:7.3f} {r['paragraph_f1']:8.3f}")
    speed = rows[1]["pages_per_s"] / rows[0]["pages_per_s"]
    print(f"speed ratio khronika/trafilatura: {speed:.2f}x  (paragraph F1 on {rows[0]['gold_pages']} gold pages)")


if __name__ == "__main__":
    main()
