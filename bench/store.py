"""Store benchmark: ingest rate and search latency on a large store, SQLite and
PostgreSQL in one run.

The corpus is built from the shared datasets (nothing is copied into the
repository): the real articles of RuNormAS, NEREL, SlavicNER, tgcontest,
factRuEval and corus are the base; to reach `--n` articles, synthetic
articles are made by recombining sentences of three random base articles
under a real headline, with dates spread over two years and 30 outlets,
and 5% are near-duplicate reprints (dateline added, last sentence dropped)
so the duplicate path is exercised.  Layers come from a cheap rule tagger
(25 well-known actors, a few event triggers, «…» quotes) so the actor:,
speaker: and event: filters have realistic selectivity; the NLP pipeline is
timed separately on a sample of real articles (`--pipeline-sample`).

    .venv/bin/python bench/store.py --n 100000
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests" / "store"))

from khronika.eval.shared_docs import shared_root  # noqa: E402
from khronika.extract.article import Article  # noqa: E402
from khronika.nlp.doc import Actor, Doc, Event, EventActor, Mention, Quote, SpeakerRef  # noqa: E402

OUTLETS = [f"{name}.ru" for name in (
    "tass rian rbc kommersant vedomosti izvestia lenta gazeta interfax meduza fontanka kp mk aif rg "
    "regnum vz ng novayagazeta forbes bfm 360tv ren tvzvezda vesti ntv 1tv mos echo svoboda").split()]
ACTORS = [  # (id, name, type, surface regex)
    ("per:vladimir-putin", "Владимир Путин", "PER", r"Путин\w*"),
    ("per:dmitry-medvedev", "Дмитрий Медведев", "PER", r"Медведев\w*"),
    ("per:sergey-lavrov", "Сергей Лавров", "PER", r"Лавров\w*"),
    ("per:dmitry-peskov", "Дмитрий Песков", "PER", r"Песков\w*"),
    ("per:sergey-sobyanin", "Сергей Собянин", "PER", r"Собянин\w*"),
    ("per:mikhail-mishustin", "Михаил Мишустин", "PER", r"Мишустин\w*"),
    ("per:donald-trump", "Дональд Трамп", "PER", r"Трамп\w*"),
    ("per:joe-biden", "Джо Байден", "PER", r"Байден\w*"),
    ("per:angela-merkel", "Ангела Меркель", "PER", r"Меркель"),
    ("per:emmanuel-macron", "Эммануэль Макрон", "PER", r"Макрон\w*"),
    ("per:volodymyr-zelensky", "Владимир Зеленский", "PER", r"Зеленск\w*"),
    ("per:alexander-lukashenko", "Александр Лукашенко", "PER", r"Лукашенк\w*"),
    ("per:boris-johnson", "Борис Джонсон", "PER", r"Джонсон\w*"),
    ("per:theresa-may", "Тереза Мэй", "PER", r"Мэй\b"),
    ("gpe:russia", "Россия", "GPE", r"Росси[яиюей]\w*"),
    ("gpe:usa", "США", "GPE", r"США"),
    ("gpe:ukraine", "Украина", "GPE", r"Украин[аыеуой]\b"),
    ("gpe:china", "Китай", "GPE", r"Кита[йяюе]\w*"),
    ("gpe:germany", "Германия", "GPE", r"Германи\w+"),
    ("org:nato", "НАТО", "ORG", r"НАТО"),
    ("org:eu", "Евросоюз", "ORG", r"Евросоюз\w*|ЕС\b"),
    ("org:un", "ООН", "ORG", r"ООН"),
    ("org:state-duma", "Государственная дума", "ORG", r"Госдум\w+"),
    ("org:gazprom", "Газпром", "ORG", r"Газпром\w*"),
    ("loc:moscow", "Москва", "LOC", r"Москв[аыеуой]\b"),
]
TRIGGERS = [("CONSULT", "04", r"переговор\w*|встрети\w*|встреч\w+"), ("ACCUSE", "11", r"обвини\w*|обвиня\w*"),
            ("ASSAULT", "18", r"обстрел\w*|удар\w*"), ("COOPERATE", "05", r"соглашени\w+|договорил\w*")]
_SENT = re.compile(r"(?<=[.!?»])\s+(?=[А-ЯЁA-Z«])")
_ACTOR_RES = [(a, re.compile(r"\b(?:" + a[3] + r")")) for a in ACTORS]
_TRIGGER_RES = [(t, re.compile(r"\b(?:" + t[2] + r")", re.I)) for t in TRIGGERS]
_QUOTE_RE = re.compile(r"«([^«»]{20,300})»")


# -- corpus ------------------------------------------------------------------------
def base_articles(root: Path) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of every real article in the shared corpora used here."""
    from khronika.eval.stories import load_slavicner, load_tgcontest

    data = root / "data"
    out: list[tuple[str, list[str]]] = []

    def split(text: str) -> list[str]:
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n|\n", text) if b.strip()]
        return blocks

    for folder in ("nerel-v1.1-train/train", "nerel-v1.1-dev/dev"):
        for path in sorted((data / folder).glob("*.txt")):
            title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
            out.append((" ".join(title.split()), split(body)))
    for path in sorted((data / "runormas-named-train" / "texts_and_ann").glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        sentences = _SENT.split(text)
        if len(sentences) > 2:
            out.append((sentences[0][:200], [" ".join(sentences[i:i + 3]) for i in range(1, len(sentences), 3)]))
    for doc in load_slavicner(root):
        out.append((doc["title"], split(doc["body"]) or [doc["body"]]))
    for pair in load_tgcontest(root):
        for title, body in (pair["a"], pair["b"]):
            out.append((title, [" ".join(s) for s in _chunks(_SENT.split(body), 3)]))
    for path in sorted((data / "factrueval-2016-dev" / "devset").glob("*.txt")):
        paragraphs = split(path.read_text(encoding="utf-8"))
        if paragraphs:
            out.append((paragraphs[0][:150], paragraphs))
    corus = data / "corus-news-samples" / "articles.jsonl"
    if corus.exists():
        for line in corus.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("title") and record.get("text"):
                out.append((record["title"], split(record["text"])))
    return [(t, [p for p in ps if p]) for t, ps in out if t and any(ps)]


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def synthetic_articles(bases: list[tuple[str, list[str]]], n: int, seed: int = 7) -> Iterator[Article]:
    rng = random.Random(seed)
    sentences = [_SENT.split(" ".join(ps)) for _, ps in bases]
    start = 738_000  # 2021-08-05 as an ordinal; two years of news in arrival order
    recent: list[Article] = []
    for i in range(n):
        day = start + int(730 * i / max(n, 1))
        from datetime import date

        published = f"{date.fromordinal(day).isoformat()}T{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}:00+03:00"
        outlet = rng.choice(OUTLETS)
        if i < len(bases):
            title, paragraphs = bases[i]
        elif recent and rng.random() < 0.05:
            model = rng.choice(recent)
            title = model.title
            body = [f"МОСКВА, {published[8:10]}.{published[5:7]}. /{outlet.split('.')[0].upper()}/. "
                    + model.paragraphs[0], *model.paragraphs[1:]]
            if len(body) > 2:
                body = body[:-1]
            paragraphs = body
        else:
            title = bases[rng.randrange(len(bases))][0]
            picked: list[str] = []
            for _ in range(3):
                source = sentences[rng.randrange(len(sentences))]
                at = rng.randrange(max(1, len(source) - 3))
                picked.extend(source[at:at + rng.randint(2, 4)])
            paragraphs = [" ".join(c) for c in _chunks(picked, 3)]
        article = Article(id=f"b{i}", source=f"bench/{i}", title=title, published=published, language="ru",
                          lead=paragraphs[0], paragraphs=paragraphs, url=f"https://{outlet}/news/{i}")
        recent.append(article)
        if len(recent) > 200:
            recent.pop(0)
        yield article


def tag(article: Article) -> Doc:
    """Cheap rule layers: known actors, trigger events, «…» quotes."""
    doc = Doc.from_article(article)
    found: dict[str, list[int]] = {}
    for (actor_id, name, type_, _), regex in _ACTOR_RES:
        for match in regex.finditer(doc.text):
            doc.mentions.append(Mention(match.start(), match.end(), match.group(), type_, name, actor_id, "rule"))
            found.setdefault(actor_id, []).append(len(doc.mentions) - 1)
    by_id = {a[0]: a for a in ACTORS}
    doc.actors = [Actor(a, by_id[a][1], by_id[a][2], None, [], m, True) for a, m in found.items()]
    people = [m for m in doc.mentions if m.type == "PER"]
    for match in _QUOTE_RE.finditer(doc.text):
        speaker = min(people, key=lambda m: abs(m.start - match.start()), default=None)
        doc.quotes.append(Quote(match.group(1), "direct", match.start(1), match.end(1), 0, "",
                                SpeakerRef(speaker.actor_id, speaker.normal, speaker.text) if speaker else None))
    for (type_, cameo, _), regex in _TRIGGER_RES:
        for match in list(regex.finditer(doc.text))[:2]:
            near = sorted(doc.mentions, key=lambda m: abs(m.start - match.start()))[:2]
            doc.events.append(Event(type_, None, cameo, [EventActor(m.actor_id, m.normal) for m in near[:1]],
                                    [EventActor(m.actor_id, m.normal) for m in near[1:]], match.group(),
                                    match.start(), match.end(), 0))
    doc.layers |= {"mentions", "actors", "quotes", "events"}
    return doc


# -- measuring -----------------------------------------------------------------------
QUERIES = [
    "Путин", "переговоры", "санкции", "выборы", "Москва", "президент", "коронавирус", "Брексит",
    "газопровод", "самолет", "суд", "пожар", "футбол", "нефть", "экономика", "министр", "Госдума",
    "заявил", "полиция", "Украина", "Лукашенко", "Северный поток", "переговоры Путин", "выборы президента",
    "цены на нефть", "авиакомпания Ryanair", "Ася Биби", "вакцина", "беженцы", "протесты",
    "actor:Путин", "actor:Меркель переговоры", "speaker:Песков", "event:CONSULT", "event:ACCUSE Украина",
    "source:tass.ru выборы", "source:rbc.ru", "from:2022-01-01 to:2022-01-31", "санкции from:2023-01-01",
    "Москва to:2021-12-31", "переговоры event:CONSULT actor:Лавров", "speaker:Путин санкции",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def run_backend(name: str, url: str, articles: list[Article] | None, n: int, bases, analyzer,
                repeat: int, max_seconds: float | None = None) -> dict:
    from khronika.store import open_store

    store = open_store(url, analyzer=analyzer)
    started = time.perf_counter()
    added = 0
    duplicates = 0
    batch = 200
    generator = synthetic_articles(bases, n)
    while True:
        chunk = [a for _, a in zip(range(batch), generator)]
        if not chunk:
            break
        if max_seconds is not None and time.perf_counter() - started > max_seconds:
            print(f"  {name}: time budget reached at {added} articles", file=sys.stderr, flush=True)
            break
        with store.batch():
            for article in chunk:
                result = store.add_document(tag(article))
                added += 1
                duplicates += result.duplicate is not None
        if added % 5_000 < batch:
            rate = added / (time.perf_counter() - started)
            print(f"  {name}: {added} articles, {rate:.0f}/s", file=sys.stderr, flush=True)
    store.finish_run(store.begin_run("bench"))  # flushes idf
    ingest_seconds = time.perf_counter() - started
    counts = store.counts()
    latencies: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    for q in QUERIES:  # warm-up
        hits[q] = len(store.search(q, limit=20))
    for _ in range(repeat):
        for q in QUERIES:
            t = time.perf_counter()
            store.search(q, limit=20)
            latencies[q].append((time.perf_counter() - t) * 1000)
    flat = [v for vs in latencies.values() for v in vs]
    store.close()
    slowest = sorted(((max(v), q) for q, v in latencies.items()), reverse=True)[:5]
    return {
        "backend": name, "articles": added, "duplicates_linked": duplicates, "stories": counts["stories"],
        "ingest_seconds": round(ingest_seconds, 1), "ingest_per_second": round(added / ingest_seconds, 1),
        "search_queries": len(flat), "search_p50_ms": round(percentile(flat, 50), 2),
        "search_p95_ms": round(percentile(flat, 95), 2), "search_max_ms": round(max(flat), 2),
        "slowest": [(q, round(ms, 1)) for ms, q in slowest],
        "zero_hit_queries": [q for q, n in hits.items() if n == 0],
        "counts": counts,
    }


def pipeline_rate(bases, sample: int) -> dict:
    from khronika.nlp.pipeline import Pipeline

    if sample <= 0:
        return {}
    pipeline = Pipeline.build()
    articles = [Article(id=str(i), source="s", title=t, published=None, language="ru", lead=ps[0], paragraphs=ps)
                for i, (t, ps) in enumerate(bases[:: max(1, len(bases) // sample)][:sample])]
    pipeline(articles[0])  # models load
    started = time.perf_counter()
    for article in articles:
        pipeline(article)
    seconds = time.perf_counter() - started
    return {"articles": len(articles), "seconds": round(seconds, 1), "per_second": round(len(articles) / seconds, 2),
            "components": pipeline.names}


def one_backend(backend: str, n: int, repeat: int, max_seconds: float | None = None) -> dict | None:
    from khronika.stories.similarity import Analyzer

    bases = base_articles(shared_root())
    analyzer = Analyzer.load()
    with tempfile.TemporaryDirectory(prefix="khronika-bench-") as tmp:
        if backend == "sqlite":
            result = run_backend("sqlite", str(Path(tmp) / "bench.db"), None, n, bases, analyzer, repeat,
                                 max_seconds)
        elif backend == "postgres":
            from pgserver import PgServer, find_bindir

            bindir = find_bindir()
            if bindir is None:
                print("postgres: binaries not found, skipped", file=sys.stderr)
                return None
            # Throwaway server with fsync off; SQLite runs WAL + synchronous=NORMAL.
            server = PgServer(bindir).start()
            try:
                result = run_backend("postgres", server.new_database(), None, n, bases, analyzer, repeat,
                                     max_seconds)
            finally:
                server.stop()
        else:
            raise SystemExit(f"unknown backend {backend!r}")
    print(json.dumps(result, ensure_ascii=False), file=sys.stderr, flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--repeat", type=int, default=3, help="Timed passes over the query set.")
    parser.add_argument("--pipeline-sample", type=int, default=30)
    parser.add_argument("--json", type=Path, help="Also write the numbers here.")
    parser.add_argument("--parallel", action="store_true", help="Build the backends' stores side by side.")
    parser.add_argument("--max-minutes", type=float, help="Stop ingesting after this long; measure at the size reached.")
    args = parser.parse_args()


    root = shared_root()
    if not (root / "data").is_dir():
        sys.exit("bench/store.py: shared data not found (set KHRONIKA_SHARED)")
    bases = base_articles(root)
    print(f"{len(bases)} real base articles; building {args.n} articles per backend", file=sys.stderr)
    backends = args.backends.split(",")
    if args.parallel and len(backends) > 1:
        # One process per backend, side by side (same corpus, same seed).
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=len(backends)) as pool:
            budget = args.max_minutes * 60 if args.max_minutes else None
            futures = [pool.submit(one_backend, b, args.n, args.repeat, budget) for b in backends]
            results = [r for r in (f.result() for f in futures) if r]
    else:
        budget = args.max_minutes * 60 if args.max_minutes else None
        results = [r for r in (one_backend(b, args.n, args.repeat, budget) for b in backends) if r]
    pipeline = pipeline_rate(bases, args.pipeline_sample)
    report = {"n": args.n, "max_minutes": args.max_minutes, "base_articles": len(bases), "backends": results, "pipeline": pipeline,
              "cpus": os.cpu_count(), "load_avg_at_end": os.getloadavg()}
    print("| backend | articles | ingest/s | search p50 ms | p95 ms | max ms | stories | reprints linked |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['backend']} | {r['articles']} | {r['ingest_per_second']} | {r['search_p50_ms']} | "
              f"{r['search_p95_ms']} | {r['search_max_ms']} | {r['stories']} | {r['duplicates_linked']} |")
    if pipeline:
        print(f"\nFull NLP pipeline ({', '.join(pipeline['components'])}): {pipeline['per_second']} articles/s "
              f"on {pipeline['articles']} real articles")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
