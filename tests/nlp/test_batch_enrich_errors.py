"""A page whose enrichment raises is reported by name and the batch goes on."""
from __future__ import annotations

from pathlib import Path

from khronika.cli.batch import BatchReport, iter_docs


def _page(folder: Path, name: str, title: str) -> str:
    path = folder / name
    path.write_text(f"{title}\n\n28/01/2022 - 16:49 (по МСК)\n\nПервый абзац новости о {title}.\n\n"
                    "Второй абзац той же новости, с подробностями.\n", encoding="utf-8")
    return str(path)


def test_enrichment_error_is_reported_and_batch_continues(tmp_path, capsys):
    paths = [_page(tmp_path, "a.txt", "Москва"), _page(tmp_path, "b.txt", "Брюссель"),
             _page(tmp_path, "c.txt", "Женева")]

    def pipeline(article):
        if "Брюссель" in article.title:
            raise IndexError("list index out of range")
        return article.title

    report = BatchReport()
    results = [doc for _, doc in iter_docs(paths, None, report, pipeline)]
    assert results == ["Москва", "Женева"]
    assert (report.ok, report.failed, report.skipped) == (2, 1, 0)
    [problem] = report.problems
    assert problem.source.endswith("b.txt") and "enrichment error: IndexError" in problem.reason
    assert "b.txt" in capsys.readouterr().err
