"""How the date or the place of the events the coder gets right compares with the gold's.

    .venv/bin/python bench/event_date_place.py date gold/events gold/events-dev3 gold/events-dev4
    .venv/bin/python bench/event_date_place.py location gold/events [--list]

For every (type, source, target) triple the system shares with a gold event of the design sets, the
system's date (or place) is put in one class: `same`, `gold-null` (the system gives one, the gold none),
`sys-null` (the gold gives one, the system none), `granularity` (dates only: one is a prefix of the other,
"2018-11" against "2018-11-04") or `different`; the second key is whether the system's date came from the
publication day (for places: whether it gives one).  `--list` prints every triple not in `same` with its
sentence.  The lead's diagnosis script of the eighteenth session's date and place rounds (bench/RESULTS.md,
"Event dates", "Event places"); never run it on gold/*-test or gold/*-dev5.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from khronika.cli.events_cmd import pipeline_resources  # noqa: E402
from khronika.eval.events import ActorKeys, _align_surnames, gold_files, gold_units, system_units  # noqa: E402
from khronika.eval.shared_docs import load_gold_document  # noqa: E402
from khronika.events.component import build_pipeline  # noqa: E402
from khronika.nlp.components import registry  # noqa: E402


def main(argv: list[str]) -> None:
    listing = "--list" in argv
    args = [a for a in argv if a != "--list"]
    if not args or args[0] not in ("date", "location") or len(args) < 2:
        raise SystemExit(__doc__)
    attribute, folders = args[0], args[1:]
    pipeline = build_pipeline()
    keys = ActorKeys(registry(pipeline_resources(pipeline)))
    classes: Counter = Counter()
    rows = []
    for folder in folders:
        for path in gold_files(Path(folder)):
            record = json.loads(path.read_text(encoding="utf-8"))
            article = load_gold_document(record["doc"])
            doc = pipeline(article)
            required, optional = gold_units(record.get("events", []), keys)
            units = system_units(doc.events, keys)
            _align_surnames(units, required + optional, keys)
            events = [e for e in doc.events for _ in system_units([e], keys)]
            gold_by: dict[tuple, list] = {}
            for unit in required + optional:
                gold_by.setdefault(unit.tuple("triple"), []).append(unit)
            seen = set()
            for unit, event in zip(units, events):
                triple = unit.tuple("triple")
                if triple not in gold_by or triple in seen:
                    continue
                seen.add(triple)
                ours = unit.date if attribute == "date" else unit.loc
                theirs = {g.date if attribute == "date" else g.loc for g in gold_by[triple]}
                if ours in theirs:
                    kind = "same"
                elif ours and None in theirs:
                    kind = "gold-null"
                elif ours is None:
                    kind = "sys-null"
                elif attribute == "date" and any(g and (g.startswith(ours) or ours.startswith(g)) for g in theirs):
                    kind = "granularity"
                else:
                    kind = "different"
                flag = event.date_from_article if attribute == "date" else event.location is not None
                classes[(kind, flag)] += 1
                if kind != "same":
                    rows.append((path.name, kind, flag, sorted(map(str, theirs)), ours, article.published, triple,
                                 doc.sentences[event.sentence].text[:220]))
    print(f"{attribute} of the {sum(classes.values())} matched triples (class, "
          f"{'from the publication day' if attribute == 'date' else 'system gives one'}): count")
    for key, count in sorted(classes.items(), key=str):
        print(key, count)
    if listing:
        for row in rows:
            print(row)


if __name__ == "__main__":
    main(sys.argv[1:])
