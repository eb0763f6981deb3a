"""The thirty-ninth session's draw: quotes-dev21 (slots 1-24, spares 25-30; slots 31-60 an analyst review's articles).

    KHRONIKA_SHARED=../shared .venv/bin/python gold/quotes-dev21/draw39.py

tgcontest articles (`sample_docs.tgcontest_draw`, seed 2026112939): a source no quote set had drawn from, 2019-2020
pages of many outlets, bodies of 500-2,300 characters, no two drawn articles near reprints of each other.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import tgcontest_draw  # noqa: E402

for slot, pool, dataset, path in tgcontest_draw(2026112939):
    print(slot, pool, dataset, path, sep="\t")
