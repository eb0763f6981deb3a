"""Extraction agreement with the reference fields of the shared datasets.

Each check runs Khronika's extractor on real pages and compares one field
with what the dataset records: publication day (htmldate pages, Telegram
contest pages, corus dumps), title (Telegram pages, corus dumps), body text
(article-extraction benchmark, token F1; football.ua must-include /
must-exclude snippets), plus the bundled examples' paragraph F1.
"""
from __future__ import annotations

import csv
import html
import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from khronika.errors import InputError
from khronika.extract import extract_file, extract_page
from khronika.extract.article import Article
from khronika.extract.dates import find_date
from khronika.extract.text import normalise_space
from khronika.ingest import RawPage, read_pages

REPO = Path(__file__).resolve().parents[3]


@dataclass
class Check:
    """One field compared on one dataset."""

    dataset: str
    field: str
    total: int = 0
    agree: int = 0
    crashed: int = 0
    scores: list[float] = field(default_factory=list)  # per-page F1 when the field is text
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.agree / self.total if self.total else 0.0

    @property
    def mean_score(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def token_f1(got: str, gold: str) -> float:
    """Bag-of-tokens F1, the article-extraction benchmark's kind of measure."""
    a, b = Counter(tokens(got)), Counter(tokens(gold))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def paragraph_f1(got: list[str], gold: list[str]) -> tuple[float, float, float]:
    """Exact paragraph matches after whitespace normalisation."""
    a = Counter(normalise_space(p) for p in got if p.strip())
    b = Counter(normalise_space(p) for p in gold if p.strip())
    common = sum((a & b).values())
    precision = common / sum(a.values()) if a else 0.0
    recall = common / sum(b.values()) if b else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _safe(check: Check, run: Callable[[], Article]) -> Article | None:
    try:
        return run()
    except InputError as error:
        check.crashed += 1
        check.misses.append(str(error))
        return None


def htmldate_pages(root: Path) -> Iterator[Check]:
    folder = root / "htmldate-ru-pages"
    gold = json.loads((folder / "gold_dates.json").read_text(encoding="utf-8"))
    check = Check("htmldate-ru-pages", "published day")
    for url, item in gold.items():
        check.total += 1
        page = RawPage(source=item["file"], data=(folder / "pages" / item["file"]).read_bytes(), kind="html", url=url)
        article = _safe(check, lambda: extract_page(page))
        if article and _day(article.published) == item["date"]:
            check.agree += 1
        elif article:
            check.misses.append(f"{item['file']}: {article.published} != {item['date']}")
    yield check
    football = json.loads((folder / "trafilatura_gold_football.ua.json").read_text(encoding="utf-8"))
    snippets = Check("htmldate-ru-pages (football.ua)", "body snippets with/without")
    for url, item in football.items():
        page = RawPage(source=url, data=(folder / "pages" / "football.ua.podolski.html").read_bytes(), kind="html", url=url)
        article = _safe(snippets, lambda: extract_page(page))
        body = " ".join(article.paragraphs) if article else ""
        for text in item.get("with", []):
            snippets.total += 1
            snippets.agree += normalise_space(text) in body
        for text in item.get("without", []) + item.get("comments", []):
            snippets.total += 1
            snippets.agree += normalise_space(text) not in body
    yield snippets


def telegram_pages(root: Path) -> Iterator[Check]:
    folder = root / "telegram-contest-pages-ru"
    titles, dates = Check("telegram-contest-pages-ru", "title"), Check("telegram-contest-pages-ru", "published")
    with (folder / "index.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            titles.total += 1
            dates.total += 1
            article = _safe(titles, lambda: extract_file(folder / "pages" / row["file"]))
            if article is None:
                continue
            # index.tsv keeps the meta tag's raw text, entities and all.
            titles.agree += normalise_space(article.title) == normalise_space(html.unescape(row["title"]))
            dates.agree += article.published == row["published_time"]
            if article.published != row["published_time"]:
                dates.misses.append(f"{row['file']}: {article.published} != {row['published_time']}")
    yield titles
    yield dates


def benchmark_bodies(root: Path) -> Iterator[Check]:
    folder = root / "article-extraction-benchmark-ru"
    gold = json.loads((folder / "ground-truth-ru.json").read_text(encoding="utf-8"))
    check = Check("article-extraction-benchmark-ru", "body token F1")
    for key, item in gold.items():
        check.total += 1
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        article = _safe(check, lambda: extract_page(RawPage(source=key, data=data, kind="html", url=item["url"])))
        score = token_f1(" ".join(article.paragraphs) if article else "", item["articleBody"])
        check.scores.append(score)
        check.agree += score >= 0.8
    yield check


def corus_dumps(root: Path) -> Iterator[Check]:
    path = root / "corus-news-samples" / "articles.jsonl"
    titles, days = Check("corus-news-samples", "title"), Check("corus-news-samples", "published day")
    # JSON lines end at "\n" alone: a raw U+2028 inside a JSON string is legal and ends no record.
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        if not record.get("text") or not record.get("title"):
            continue
        titles.total += 1
        page = RawPage(source=record["url"] or "corus", kind="text", url=record.get("url"),
                       data=f"{record['title']}\n\n{record.get('date') or ''}\n\n{record['text']}")
        article = _safe(titles, lambda: extract_page(page))
        if article is None:
            continue
        titles.agree += normalise_space(article.title) == normalise_space(record["title"])
        reference = find_date(str(record.get("date") or ""))
        if reference:
            days.total += 1
            days.agree += _day(article.published) == reference.day.isoformat()
    yield titles
    yield days


def bundled_examples(examples: Path = REPO / "examples") -> Iterator[Check]:
    check = Check("examples (gold)", "paragraph F1")
    for gold_file in sorted((examples / "gold").glob("*.json")):
        if ".jsonl." in gold_file.name:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        check.total += 1
        article = _safe(check, lambda: extract_file(examples / gold["input"]["path"], gold["input"]["crawled_at"]))
        _, _, f1 = paragraph_f1(article.paragraphs if article else [], gold["expected"]["paragraphs"])
        check.scores.append(f1)
        check.agree += f1 == 1.0
    yield check


def run_all(shared_data: Path | None) -> list[Check]:
    checks = list(bundled_examples())
    if shared_data is not None and shared_data.is_dir():
        for source in (htmldate_pages, telegram_pages, benchmark_bodies, corus_dumps):
            checks.extend(source(shared_data))
    return checks
