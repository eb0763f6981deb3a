"""The thirty-fourth session's draw: quotes-dev16 (slots 1-24, spares 25-30) and review rv34_Q (slots 31-60).

    KHRONIKA_SHARED=../shared .venv/bin/python gold/quotes-dev16/draw34.py [DRAW31_LIST DRAW32_LIST DRAW33_LIST UNREAD_LIST UNREAD_BIG_LIST POOL33_SEEN_LIST]

Run at the session's base: the excluded folders are every folder under gold/ but tools and quotes-dev16 (file
names only), quotes-dev15 among them.  Documents named in the optional lists are left out too: the
earlier sessions' draws (their review articles), the unread sample the helpers check rules on, and the three
documents of the thirty-third session's wider unread pool whose quotes a merge changed (read then), so that no
document of this set was read before it was annotated.  Those lists lived in a scratch folder; without them the
order printed differs.  With those lists left out, no SlavicNER or factRuEval document was left to draw (every one
is in a gold set or the unread sample): the draw takes RuNormAS and NEREL only, and every document it can take is
one of that wider pool's (run through the system there, never read).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import session_draw  # noqa: E402

for slot, pool, dataset, path in session_draw(2026112998, "quotes-dev16", sys.argv[1:]):
    print(slot, pool, dataset, path, sep="\t")
