"""The thirty-sixth session's draw: quotes-dev20 (slots 1-24, spares 25-30; slots 31-60 an analyst review's articles).

    KHRONIKA_SHARED=../shared .venv/bin/python gold/quotes-dev20/draw36.py DRAW31 DRAW32 DRAW33 DRAW34 DRAW35 DRAW35B DRAW35C UNREAD_LIST UNREAD_BIG_LIST AUDIT34

Drawn as quotes-dev18 and -dev19 were (RuNormAS 0.60, NEREL 0.40; documents no gold set, earlier draw, unread sample or
audit holds; those lists lived in scratch folders, and without them the order printed differs), with one change
learnt from quotes-dev18: a document sharing more than 30 % of its char-8-grams with a gold document (a near
reprint, held-out sets included) is left out.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import session_draw  # noqa: E402

for slot, pool, dataset, path in session_draw(2026113002, "quotes-dev20", sys.argv[1:], max_overlap=0.30):
    print(slot, pool, dataset, path, sep="\t")
