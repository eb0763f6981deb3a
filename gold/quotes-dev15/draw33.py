"""The thirty-third session's draw: quotes-dev15 (slots 1-24, spares 25-30) and review rv33_Q (slots 31-60).

    KHRONIKA_SHARED=../shared .venv/bin/python gold/quotes-dev15/draw33.py [DRAW31_LIST DRAW32_LIST UNREAD_LIST ...]

Run at the session's base, when gold/ had no quotes-dev14 folder: the excluded folders are every folder under gold/
but tools and quotes-dev15 (file names only).  Documents named in the optional lists are left out too: the
earlier sessions' draws (their review articles) and the unread sample the helpers check rules on, so that no
document of this set was read before it was annotated.  Those lists lived in a scratch folder; without them the
order printed differs.  With those lists left out, no SlavicNER or factRuEval document was left to draw (every one
is in a gold set or the unread sample): the draw takes RuNormAS and NEREL only.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import session_draw  # noqa: E402

for slot, pool, dataset, path in session_draw(2026112997, "quotes-dev15", sys.argv[1:]):
    print(slot, pool, dataset, path, sep="\t")
