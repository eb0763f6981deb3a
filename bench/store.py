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
import contextlib
import gc
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
from search_queries import QUERIES  # noqa: E402  (bench/ is this script's folder)

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


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def run_backend(name: str, url: str, articles: list[Article] | None, n: int, bases, analyzer,
                repeat: int, max_seconds: float | None = None, skip: int = 0, enrich: int = 0,
                resources=None, parts: bool = False) -> dict:
    """Ingest articles `skip`..`n` of the synthetic corpus into the store at `url`, then time search.
    `resources`: the models `analyzer` was built on, which the NLP pipeline shares."""
    from itertools import islice

    from khronika.store import open_store

    store = open_store(url, analyzer=analyzer)
    server_cpu = _server_cpu_reader(store)
    started = time.perf_counter()
    added = 0
    duplicates = 0
    batch = 200
    tag_cpu = write_cpu = 0.0  # this process; the PostgreSQL backend's CPU is read from /proc
    server_cpu_start = server_cpu()
    generator = islice(synthetic_articles(bases, n), skip, n - enrich)
    tail = islice(synthetic_articles(bases, n), n - enrich, None) if enrich else iter(())
    while True:
        chunk = [a for _, a in zip(range(batch), generator)]
        if not chunk:
            break
        if max_seconds is not None and time.perf_counter() - started > max_seconds:
            print(f"  {name}: time budget reached at {added} articles", file=sys.stderr, flush=True)
            break
        t0 = time.process_time()
        docs = [tag(article) for article in chunk]
        t1 = time.process_time()
        with store.batch():
            for doc in docs:
                result = store.add_document(doc)
                added += 1
                duplicates += result.duplicate is not None
        tag_cpu += t1 - t0
        write_cpu += time.process_time() - t1
        if added % 5_000 < batch:
            rate = added / (time.perf_counter() - started)
            print(f"  {name}: {added} articles, {rate:.0f}/s", file=sys.stderr, flush=True)
    # After the rule-tagged articles, so the writer's caches are as warm as in a long ingest.
    same_articles = enrich_then_write(store, list(tail), server_cpu, resources, parts) if enrich else {}
    added += same_articles.get("articles", 0)
    store.finish_run(store.begin_run("bench"))  # flushes idf
    ingest_seconds = time.perf_counter() - started
    write_server_cpu = server_cpu() - server_cpu_start
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
        "backend": name, "articles": added, "store_articles": counts["articles"],
        "duplicates_linked": duplicates, "stories": counts["stories"],
        "ingest_seconds": round(ingest_seconds, 1), "ingest_per_second": round(added / ingest_seconds, 1),
        "write_cpu_ms_per_article": round(1000 * (write_cpu + write_server_cpu) / max(added, 1), 2),
        "write_client_cpu_ms_per_article": round(1000 * write_cpu / max(added, 1), 2),
        "write_server_cpu_ms_per_article": round(1000 * write_server_cpu / max(added, 1), 2),
        "rule_tag_cpu_ms_per_article": round(1000 * tag_cpu / max(added, 1), 2),
        "enrichment_vs_write": same_articles,
        "search_queries": len(flat), "search_p50_ms": round(percentile(flat, 50), 2),
        "search_p95_ms": round(percentile(flat, 95), 2), "search_max_ms": round(max(flat), 2),
        "slowest": [(q, round(ms, 1)) for ms, q in slowest],
        "zero_hit_queries": [q for q, n in hits.items() if n == 0],
        "counts": counts,
    }


def enrich_then_write(store, articles: list[Article], server_cpu, resources=None, parts: bool = False) -> dict:
    """The NLP pipeline and then the store write on the same articles, CPU time of each
    (the write includes the PostgreSQL backend's CPU).  The pipeline is built on
    `resources` (the store's analyser's models, as in one `khronika ingest` process).
    `parts`: also time the write's steps (`timed_write_parts`; their timers add a little)."""
    from khronika.nlp.pipeline import Pipeline
    from khronika.store.base import BATCH_PAGES
    from khronika.store.ingest import share_models

    pipeline = Pipeline.build(resources=resources)
    share_models(store, pipeline)  # as `khronika ingest` does: one morph dictionary for both
    pipeline(articles[0])  # models load (that article is enriched again below)
    # Models and the store's in-memory indexes are long-lived: frozen out of the collector,
    # so a full collection of those objects does not land at random in one of the two
    # 30-article windows below and decide the ratio.
    gc.collect()
    gc.freeze()
    cpu = time.process_time()
    docs = [pipeline(article) for article in articles]
    enrich_cpu = time.process_time() - cpu
    spent: dict[str, float] = {}
    with timed_write_parts(store, spent) if parts else contextlib.nullcontext():
        cpu, server = time.process_time(), server_cpu()
        # In transactions of `khronika ingest`'s default size, as its batch loop writes them.
        for start in range(0, len(docs), BATCH_PAGES):
            with store.batch():
                for doc in docs[start:start + BATCH_PAGES]:
                    store.add_document(doc, pipeline=",".join(pipeline.names))
        write_cpu = time.process_time() - cpu + server_cpu() - server
    n = len(articles)
    out = {"articles": n, "enrich_cpu_ms_per_article": round(1000 * enrich_cpu / n, 1),
           "write_cpu_ms_per_article": round(1000 * write_cpu / n, 1),
           "ratio": round((enrich_cpu + write_cpu) / enrich_cpu, 3)}
    if parts:
        # In `WRITE_PARTS` order; "rest": what no top-level step covers (article row, JSON, savepoints, ...).
        out["write_parts_cpu_ms_per_article"] = {label: round(1000 * spent[label] / n, 2)
                                                 for _, _, label in WRITE_PARTS if label in spent}
        top = sum(seconds for label, seconds in spent.items() if not label.startswith(" "))
        out["write_parts_cpu_ms_per_article"]["rest"] = round(1000 * (write_cpu - top) / n, 2)
    return out


# Steps of a store write timed by `--write-parts`: (owner, attribute, label); "  " labels are
# inside the label above them.  The owners are resolved against the store's modules and class.
WRITE_PARTS = [
    ("analyzer", "analyse", "text analysis (Analyzer.analyse)"),
    ("analyzer", "words", "  words: tokens and per-word records"),
    ("analyzer", "vector", "  idf-weighted mean word vector"),
    ("dedup", "fingerprint", "MinHash fingerprint"),
    ("store", "_near_duplicate", "near-duplicate lookup (LSH bands)"),
    ("index", "assign", "story assignment (StoryIndex.assign)"),
    ("index", "candidates", "  window: cosine over +-3 days, top 12"),
    ("store", "_prefetch_features", "  candidates' stored features read"),
    ("store", "_stored_features", "  candidates' features decoded"),
    ("model", "score", "  pair model on each candidate"),
    ("store", "_write_layers", "layer rows (paragraphs, actors, aliases, mentions, quotes, events)"),
    ("store", "_aggregate", "actor aggregates: an article's share read back"),
    ("store", "_list_add", "search word lists (SQLite)"),
    ("store", "_refresh_story", "joined story's counts"),
    ("aggregates", "apply", "batch end: actor aggregates"),
    ("store", "_batch_closing", "batch end: full-text rows (SQLite)"),
    ("store", "_commit", "batch end: COMMIT"),
]


@contextlib.contextmanager
def timed_write_parts(store, spent: dict[str, float]) -> Iterator[None]:
    """Wrap the write's steps (`WRITE_PARTS`) with CPU timers adding into `spent`; unwrapped after."""
    from khronika.store import aggregates
    from khronika.stories import cluster, dedup
    from khronika.stories.similarity import Analyzer

    owners = {"analyzer": Analyzer, "dedup": dedup, "store": type(store), "index": cluster.StoryIndex,
              "model": cluster.SameStoryModel, "aggregates": aggregates}
    wrapped = []
    for owner_name, attribute, label in WRITE_PARTS:
        owner = owners[owner_name]
        if not hasattr(owner, attribute):
            continue
        original = owner.__dict__.get(attribute) if isinstance(owner, type) else getattr(owner, attribute)

        def timed(*args, _fn=getattr(owner, attribute), _label=label, **kwargs):
            started = time.process_time()
            try:
                return _fn(*args, **kwargs)
            finally:
                spent[_label] = spent.get(_label, 0.0) + time.process_time() - started

        wrapped.append((owner, attribute, original))
        setattr(owner, attribute, timed)
    try:
        yield
    finally:
        for owner, attribute, original in reversed(wrapped):
            if original is None:
                delattr(owner, attribute)  # inherited: the base class's method shows again
            else:
                setattr(owner, attribute, original)


def _server_cpu_reader(store):
    """CPU seconds of the PostgreSQL backend serving `store` (0 for SQLite: it runs in this process)."""
    if not hasattr(store, "_psycopg"):
        return lambda: 0.0
    pid = store._execute("SELECT pg_backend_pid()")[0][0]
    ticks = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    return read


def pipeline_rate(bases, sample: int) -> dict:
    from khronika.nlp.pipeline import Pipeline

    if sample <= 0:
        return {}
    pipeline = Pipeline.build()
    articles = [Article(id=str(i), source="s", title=t, published=None, language="ru", lead=ps[0], paragraphs=ps)
                for i, (t, ps) in enumerate(bases[:: max(1, len(bases) // sample)][:sample])]
    pipeline(articles[0])  # models load
    started = time.perf_counter()
    cpu = time.process_time()
    for article in articles:
        pipeline(article)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    return {"articles": len(articles), "seconds": round(seconds, 1), "per_second": round(len(articles) / seconds, 2),
            "cpu_ms_per_article": round(1000 * cpu / len(articles), 1), "components": pipeline.names}


PG_SETTINGS = "-c shared_buffers=1GB -c work_mem=16MB -c effective_cache_size=4GB"


def one_backend(backend: str, n: int, repeat: int, max_seconds: float | None = None,
                keep: Path | None = None, enrich: int = 0) -> dict | None:
    """Build and time one backend; with `keep`, the store stays in that directory
    (`sqlite.db`; PostgreSQL cluster in `pg/`, its URL in `postgres.url`) for
    `bench/api.py --store-dir`.  The last `enrich` of the `n` articles go through the
    NLP pipeline and then the write path (`enrich_then_write`: the ingest-vs-enrichment ratio)."""
    from khronika.nlp.pipeline import Resources
    from khronika.stories.similarity import Analyzer

    bases = base_articles(shared_root())
    resources = Resources()  # one set of models for the store's analyser and the NLP pipeline
    analyzer = Analyzer.shared(resources)
    with tempfile.TemporaryDirectory(prefix="khronika-bench-") as tmp:
        where = keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        if backend == "sqlite":
            result = run_backend("sqlite", str(where / "sqlite.db"), None, n, bases, analyzer, repeat,
                                 max_seconds, enrich=enrich, resources=resources)
        elif backend == "postgres":
            from pgserver import PgServer, find_bindir

            bindir = find_bindir()
            if bindir is None:
                print("postgres: binaries not found, skipped", file=sys.stderr)
                return None
            # Throwaway server with fsync off; SQLite runs WAL + synchronous=NORMAL.
            server = PgServer(bindir, where / "pg" if keep else None, PG_SETTINGS).start()
            try:
                url = server.new_database()
                (where / "postgres.url").write_text(url + "\n", encoding="utf-8")
                result = run_backend("postgres", url, None, n, bases, analyzer, repeat, max_seconds, enrich=enrich,
                                     resources=resources)
            finally:
                server.stop()
        else:
            raise SystemExit(f"unknown backend {backend!r}")
    print(json.dumps(result, ensure_ascii=False), file=sys.stderr, flush=True)
    return result


def reuse_backend(backend: str, where: Path, extra: int, repeat: int, enrich: int = 0,
                  parts: bool = False) -> dict | None:
    """Reopen a store kept by `--keep` (migrations, e.g. a backfill, run and are timed),
    add `extra` more articles through the current write path, and time search."""
    from khronika.store import open_store
    from khronika.nlp.pipeline import Resources
    from khronika.stories.similarity import Analyzer

    bases = base_articles(shared_root())
    resources = Resources()  # one set of models for the store's analyser and the NLP pipeline
    analyzer = Analyzer.shared(resources)
    server = None
    if backend == "sqlite":
        url = str(where / "sqlite.db")
    else:
        from pgserver import PgServer, find_bindir

        server = PgServer(find_bindir(), where / "pg", PG_SETTINGS).start()
        url = (where / "postgres.url").read_text(encoding="utf-8").strip()
    try:
        started = time.perf_counter()
        with open_store(url, analyzer=analyzer) as store:
            migrate_seconds = time.perf_counter() - started
            existing = store.counts()["articles"]
            migrations = [list(m) for m in store.migrations()]
        print(f"  {backend}: {existing} articles, opened in {migrate_seconds:.1f} s", file=sys.stderr, flush=True)
        result = run_backend(backend, url, None, existing + extra + enrich, bases, analyzer, repeat, skip=existing,
                             enrich=enrich, resources=resources, parts=parts)
    finally:
        if server is not None:
            server.stop()
    result |= {"open_and_migrate_seconds": round(migrate_seconds, 1), "migrations": migrations}
    print(json.dumps(result, ensure_ascii=False), file=sys.stderr, flush=True)
    return result


COPY_TABLES = ["meta", "sources", "runs", "run_items", "raw_pages", "stories", "articles", "paragraphs", "actors",
               "actor_aliases", "mentions", "story_quotes", "quotes", "story_events", "events", "event_actors",
               "related", "lsh_bands", "lsh_recent"]


def copy_sqlite_to_postgres(where: Path) -> dict:
    """Fill a fresh PostgreSQL store (cluster `where/pg`) with the rows of `where/sqlite.db`.

    For when the machine is too loaded to build both 100k stores through the
    write path in time: the PostgreSQL store then holds exactly the SQLite
    store's articles and layers (COPY, ids kept); its full-text column is
    computed by PostgreSQL from the same lemmatised text, and its actor
    aggregates by migration 0003's backfill on the next open.  The write path
    itself is timed separately (`--reuse … --extra`).
    """
    import sqlite3

    import psycopg
    from pgserver import PgServer, find_bindir

    from khronika.store import open_store

    started = time.perf_counter()
    source = sqlite3.connect(f"file:{where / 'sqlite.db'}?mode=ro", uri=True)
    server = PgServer(find_bindir(), where / "pg", PG_SETTINGS).start()
    try:
        url = server.new_database()
        with open_store(url) as store:  # schema; the aggregates are dropped and rebuilt by reopening
            # Migrations 0003 (actor aggregates) and 0005 (filter tags) backfill from the copied rows when the
            # store is next opened; run now, they would see empty tables (filtered searches found nothing).
            for statement in ("DROP TABLE actor_stats", "DROP TABLE actor_days", "DROP TABLE actor_pairs",
                              "DROP INDEX mentions_actor_article", "DELETE FROM schema_migrations WHERE version = 3",
                              "DROP INDEX article_search_tags", "ALTER TABLE article_search DROP COLUMN tags",
                              "DELETE FROM schema_migrations WHERE version = 5"):
                store._execute(statement)
        rows_copied: dict[str, int] = {}
        with psycopg.connect(url) as conn:
            conn.execute("SET session_replication_role = replica")  # rows are consistent already: no FK checks
            for table in COPY_TABLES:
                columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
                if not columns:  # a table the source store's schema predates (lsh_recent: migration 0007)
                    continue
                names = ", ".join(columns)
                n = 0
                with conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in source.execute(f"SELECT {names} FROM {table}"):
                        copy.write_row(row)
                        n += 1
                rows_copied[table] = n
                if "id" in columns and conn.execute(f"SELECT pg_get_serial_sequence('{table}', 'id')").fetchone()[0]:
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"GREATEST((SELECT MAX(id) FROM {table}), 1))")
                print(f"  copy: {table} {n} rows, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
            conn.execute("CREATE TEMP TABLE fts_text (article_id BIGINT, title TEXT, body TEXT)")
            with conn.cursor().copy("COPY fts_text FROM STDIN") as copy:
                for row in source.execute("SELECT rowid, title, body FROM article_fts"):
                    copy.write_row(row)
            conn.execute("INSERT INTO article_search (article_id, fts) SELECT article_id, "
                         "setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('russian', body), 'B') "
                         "FROM fts_text")
            conn.commit()
            conn.execute("ANALYZE")
        copy_seconds = time.perf_counter() - started
        (where / "postgres.url").write_text(url + "\n", encoding="utf-8")
    finally:
        server.stop()
    return {"copied_rows": rows_copied, "copy_seconds": round(copy_seconds, 1), "url": url}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--repeat", type=int, default=3, help="Timed passes over the query set.")
    parser.add_argument("--pipeline-sample", type=int, default=200,
                        help="Articles run through the NLP pipeline and then written, in transactions of "
                             "`khronika ingest`'s default size (the last ones of the corpus; the same articles "
                             "on every backend).  30 gave ratios 0.08 apart from run to run (bench/RESULTS.md).")
    parser.add_argument("--json", type=Path, help="Also write the numbers here.")
    parser.add_argument("--parallel", action="store_true", help="Build the backends' stores side by side.")
    parser.add_argument("--max-minutes", type=float, help="Stop ingesting after this long; measure at the size reached.")
    parser.add_argument("--keep", type=Path, help="Keep the stores in this new directory (for bench/api.py).")
    parser.add_argument("--copy-sqlite-to-postgres", type=Path, metavar="DIR",
                        help="Fill a fresh PostgreSQL store in DIR/pg from DIR/sqlite.db (see copy_sqlite_to_postgres).")
    parser.add_argument("--reuse", type=Path, help="Reopen the stores kept in this directory instead of building.")
    parser.add_argument("--extra", type=int, default=2000, help="With --reuse: articles added to time the write path.")
    parser.add_argument("--write-parts", action="store_true",
                        help="With --reuse: also time the steps of the pipeline articles' write (CPU ms/article).")
    args = parser.parse_args()


    if args.copy_sqlite_to_postgres:
        print(json.dumps(copy_sqlite_to_postgres(args.copy_sqlite_to_postgres), ensure_ascii=False))
        return
    root = shared_root()
    if not (root / "data").is_dir():
        sys.exit("bench/store.py: shared data not found (set KHRONIKA_SHARED)")
    bases = base_articles(root)
    print(f"{len(bases)} real base articles; building {args.n} articles per backend", file=sys.stderr)
    backends = args.backends.split(",")
    if args.reuse:
        results = [r for r in (reuse_backend(b, args.reuse, args.extra, args.repeat, args.pipeline_sample,
                                             args.write_parts) for b in backends) if r]
    elif args.parallel and len(backends) > 1:
        # One process per backend, side by side (same corpus, same seed).
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=len(backends)) as pool:
            budget = args.max_minutes * 60 if args.max_minutes else None
            futures = [pool.submit(one_backend, b, args.n, args.repeat, budget, args.keep, args.pipeline_sample)
                       for b in backends]
            results = [r for r in (f.result() for f in futures) if r]
    else:
        budget = args.max_minutes * 60 if args.max_minutes else None
        results = [r for r in (one_backend(b, args.n, args.repeat, budget, args.keep, args.pipeline_sample)
                               for b in backends) if r]
    pipeline = {} if args.reuse else pipeline_rate(bases, args.pipeline_sample)
    report = {"n": args.n, "max_minutes": args.max_minutes, "base_articles": len(bases), "backends": results, "pipeline": pipeline,
              "cpus": os.cpu_count(), "load_avg_at_end": os.getloadavg()}
    print("| backend | store articles | added | ingest/s | write CPU ms/article | search p50 ms | p95 ms | max ms "
          "| stories | reprints linked |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['backend']} | {r['store_articles']} | {r['articles']} | {r['ingest_per_second']} | "
              f"{r['write_cpu_ms_per_article']} | {r['search_p50_ms']} | {r['search_p95_ms']} | "
              f"{r['search_max_ms']} | {r['stories']} | {r['duplicates_linked']} |")
    for r in results:
        same = r.get("enrichment_vs_write")
        if same:
            print(f"{r['backend']}: on the same {same['articles']} articles, NLP pipeline "
                  f"{same['enrich_cpu_ms_per_article']} CPU ms/article, store write {same['write_cpu_ms_per_article']} "
                  f"→ (enrichment + write) / enrichment = {same['ratio']}")
            for label, ms in same.get("write_parts_cpu_ms_per_article", {}).items():
                print(f"    {ms:6.2f} ms  {label}")
    if pipeline:
        print(f"\nFull NLP pipeline ({', '.join(pipeline['components'])}): {pipeline['per_second']} articles/s, "
              f"{pipeline['cpu_ms_per_article']} CPU ms/article on {pipeline['articles']} real articles")
        for r in results:
            ratio = (pipeline["cpu_ms_per_article"] + r["write_cpu_ms_per_article"]) / pipeline["cpu_ms_per_article"]
            print(f"{r['backend']}: (enrichment + write) / enrichment = {ratio:.3f} (CPU time)")
    print(f"load average at end: {os.getloadavg()}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
