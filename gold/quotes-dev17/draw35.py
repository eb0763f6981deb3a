"""The thirty-fifth session's draw: quotes-dev17 (slots 1-24, spares 25-30) and review rv35_Q (slots 31-60).

    KHRONIKA_SHARED=../shared .venv/bin/python gold/quotes-dev17/draw35.py UNREAD_LIST UNREAD_BIG_LIST -- DRAW31 DRAW32 DRAW33 DRAW34 AUDIT34

Run at the session's base.  RuNormAS and NEREL outside the unread sample were used up as unread pool and draws,
and every SlavicNER and factRuEval document no gold set holds lies in the 1,051-document unread sample helpers check
rules on (only single firings' output was read there, no document annotated).  So this draw takes from that sample,
in the held-out test set's source mix and length range; the lists after `--` (earlier sessions' draws and the
thirty-fourth session's audited records) are left out.  Those lists lived in a scratch folder.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sample_docs import unread_sample_draw  # noqa: E402

args = sys.argv[1:]
cut = args.index("--") if "--" in args else len(args)
for slot, pool, dataset, path in unread_sample_draw(2026112999, "quotes-dev17", args[:cut], args[cut + 1:]):
    print(slot, pool, dataset, path, sep="\t")
