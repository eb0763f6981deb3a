"""Load the real documents that gold files point at.

Gold files never contain the shared datasets' texts; they reference a
document as `{"dataset": ..., "path": ...}` and this module turns that
reference into an `Article` the same way every time, so gold strings and
system output are compared on the same text.
"""
from __future__ import annotations

import csv
import hashlib
import os
import re
from pathlib import Path

from khronika.errors import InputError
from khronika.extract.article import Article
from khronika.extract.text import LINE_SEPARATORS, PARAGRAPH_SEPARATORS

REPO_ROOT = Path(__file__).resolve().parents[3]


def shared_root() -> Path:
    """`$KHRONIKA_SHARED`, else `../shared` beside the repository."""
    return Path(os.environ.get("KHRONIKA_SHARED", REPO_ROOT.parent / "shared"))


def shared_available() -> bool:
    return (shared_root() / "data").is_dir()


# Unicode's other line breaks as "\n", its paragraph breaks as a blank line.
_BREAKS_AS_NEWLINES = str.maketrans({**dict.fromkeys(LINE_SEPARATORS, "\n"),
                                     **dict.fromkeys(PARAGRAPH_SEPARATORS, "\n\n")})


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text.strip())
    if len(blocks) == 1:
        blocks = text.strip().split("\n")
    return [" ".join(b.split()) for b in blocks if b.strip()]


def tgcontest_field(value: str) -> str:
    """A tgcontest text or title as its outlet wrote it.  About one text in nine was CSV-escaped twice before the
    TSV was written: it comes out of the reader wrapped in `"…"` with every inner mark doubled (`""Комсомольская
    правда""`).  Such a field loses the wrapping and its doubled marks are halved; a field that merely starts and
    ends with a mark of its own (`"Торпедо" объявило "Зенит"`) has undoubled marks inside and is left alone."""
    stripped = value.strip()
    inner = stripped[1:-1]
    if len(stripped) < 2 or stripped[0] != '"' or stripped[-1] != '"' or '"' in inner.replace('""', ""):
        return value
    return inner.replace('""', '"')


def _article(source: str, title: str, paragraphs: list[str], published: str | None = None) -> Article:
    digest = hashlib.sha1("\n".join([title, *paragraphs]).encode()).hexdigest()[:16]
    return Article(
        id=digest, source=source, title=title, published=published, language="ru",
        lead=paragraphs[0] if paragraphs else "", paragraphs=paragraphs,
    )


def _slavicner_dates(root: Path) -> dict[str, str]:
    table = root / "data" / "slavicner-ru" / "metadata.tsv"
    if not table.exists():
        return {}
    with table.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {r["raw_file"]: r["date"] for r in rows if r.get("date")}


def load_gold_document(ref: dict[str, str], root: Path | None = None) -> Article:
    """Turn a gold `doc` reference into the Article the system is run on.

    Layouts: `seed` goes through the real extractor (so the sidebar stays
    out); NEREL and SlavicNER have the headline on the first line;
    factRuEval and RuNormAS are body text only; tgcontest refs look like
    `ru_honey_pool.tsv#<row>:first|second` (row = 0-based data row).
    """
    root = root or shared_root()
    dataset, path = ref["dataset"], ref["path"]
    source = f"{dataset}/{path}"
    if dataset == "seed":
        from khronika.extract import extract_file

        return extract_file(root / "seed" / path)
    if dataset == "tgcontest-ru-same-story-pairs":
        name, _, locator = path.partition("#")
        row_no, _, side = locator.partition(":")
        with (root / "data" / dataset / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        row = rows[int(row_no)]
        side = side or "first"
        return _article(source, tgcontest_field(row[f"INPUT:{side}_title"]).strip(),
                        _paragraphs(tgcontest_field(row[f"INPUT:{side}_text"])))
    file = root / "data" / dataset / path
    if not file.exists():
        raise InputError(source, f"not found under {root / 'data'}")
    # RuNormAS separates title and paragraphs with U+2028 (no "\n"): read them as
    # lines, or the title runs into the first sentence.
    text = file.read_text(encoding="utf-8").translate(_BREAKS_AS_NEWLINES)
    if dataset in ("nerel-v1.1-dev", "nerel-v1.1-train", "slavicner-ru", "runormas-named-train"):
        title, _, body = text.strip().partition("\n")
        published = _slavicner_dates(root).get(path) if dataset == "slavicner-ru" else None
        return _article(source, " ".join(title.split()), _paragraphs(body), published)
    return _article(source, "", _paragraphs(text))
