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
from sample_docs import NEREL, REPO, RUNORMAS, Pool, draw  # noqa: E402


def listed_ids(path: Path) -> set[str]:
    """Document ids (`<dataset>__<stem>`) of a list: draw lines (slot, pool, dataset, path) or shared-data paths."""
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 4:
            ids.add(f"{fields[2]}__{Path(fields[3]).stem}")
        elif "/data/" in line:
            dataset = line.split("/data/", 1)[1].split("/", 1)[0]
            ids.add(f"{dataset}__{Path(line).stem}")
    return ids


skip = frozenset().union(*(listed_ids(Path(arg)) for arg in sys.argv[1:]))
excluded = tuple(sorted(p.name for p in (REPO / "gold").iterdir()
                        if p.is_dir() and p.name not in ("tools", "quotes-dev15")))
pools = [Pool("runormas", 0.60, (RUNORMAS,)), Pool("nerel", 0.40, NEREL)]
for slot, pool, dataset, path in draw(2026112997, pools, excluded=excluded, slots=60, skip_ids=skip):
    print(slot, pool, dataset, path, sep="\t")
