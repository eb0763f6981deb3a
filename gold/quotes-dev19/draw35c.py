"""The thirty-fifth session's third draw: quotes-dev19 (slots 1-24, spares 25-30; slots 31-60 unused).

    KHRONIKA_SHARED=../shared .venv/bin/python gold/quotes-dev19/draw35c.py DRAW31 DRAW32 DRAW33 DRAW34 DRAW35 DRAW35B UNREAD_LIST UNREAD_BIG_LIST AUDIT34

Run in the session, after quotes-dev17 and -dev18 were drawn.  As quotes-dev18 (whose slots are left out too): quotes-dev17
came from the unread sample rules are checked on, so its first score may flatter the system; this set takes RuNormAS and NEREL documents (pools 0.60 / 0.40) that no gold
set, draw, unread sample or audit holds: the thirty-third session's wider pool, which the system had been run on but
nobody had read (the thirty-fourth session's 200 audited documents and the lists given are left out; they lived in
a scratch folder, and without them the order printed differs).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import session_draw  # noqa: E402

for slot, pool, dataset, path in session_draw(2026113001, "quotes-dev19", sys.argv[1:]):
    print(slot, pool, dataset, path, sep="\t")
