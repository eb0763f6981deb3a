"""The live progress line of long commands: counts by status and messages above it on a
terminal, plain stderr lines elsewhere; `reprocess` reads one stored page at a time."""
from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from khronika.cli import main
from khronika.cli.progress import PageProgress
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import ingest as store_ingest

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=200, color_system=None), out


def test_a_terminal_gets_the_counts_and_the_messages() -> None:
    console, out = _terminal()
    with PageProgress("ingesting", ("new", "unchanged", "failed"), console=console) as progress:
        assert progress.live
        for status, message in [("new", None), ("new", None), ("failed", "khronika ingest: failed: x.html (empty)"),
                                ("unchanged", None)]:
            progress.note(status, message)
    shown = out.getvalue()
    assert "khronika ingest: failed: x.html (empty)" in shown
    assert "4 pages" in shown and "2 new 1 unchanged 1 failed" in shown
    assert progress.counts == {"new": 2, "unchanged": 1, "failed": 1}


def test_a_known_total_gets_a_bar() -> None:
    console, out = _terminal()
    with PageProgress("reprocessing", ("reprocessed", "failed"), total=4, console=console) as progress:
        for _ in range(4):
            progress.note("reprocessed")
    assert "100%" in out.getvalue() and "4 reprocessed 0 failed" in out.getvalue()


def test_elsewhere_the_line_is_off_and_messages_are_plain_lines(capsys) -> None:
    console = Console(file=io.StringIO(), force_terminal=False)
    with PageProgress("ingesting", ("new", "failed"), console=console) as progress:
        assert not progress.live
        progress.note("new", "khronika ingest: new: a.txt")
        progress.note("new")
    assert capsys.readouterr().err == "khronika ingest: new: a.txt\n"
    assert console.file.getvalue() == ""


def test_ingest_and_reprocess_keep_their_lines_when_not_on_a_terminal(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    ingest = CliRunner().invoke(main, ["ingest", str(PAGES / "002_txt_agency_tass.txt"), "--db", db, *NO_NLP])
    assert ingest.exit_code == 0, ingest.output
    assert ingest.stderr.splitlines()[0].startswith("khronika ingest: new: ")
    again = CliRunner().invoke(main, ["reprocess", "--db", db, *NO_NLP])
    assert again.exit_code == 0, again.output
    assert again.stderr == "khronika reprocess: 1: reprocessed\n" and "1 reprocessed, 0 failed" in again.stdout


def test_reprocess_reads_one_stored_page_at_a_time() -> None:
    order: list[str] = []

    class Store:
        def raw_inputs(self):
            for article_id in (1, 2, 3):
                order.append(f"read {article_id}")
                yield article_id, None, {"source": f"{article_id}.txt", "title": "Заголовок", "paragraphs": ["Текст."]}

        def replace_layers(self, article_id, doc, names):
            order.append(f"write {article_id}")

    class Pipeline:
        names = ["segment"]

        def __call__(self, article):
            return article

    counts = store_ingest.reprocess(Store(), Pipeline())
    assert counts == {"reprocessed": 3, "failed": 0}
    assert order == ["read 1", "write 1", "read 2", "write 2", "read 3", "write 3"]
