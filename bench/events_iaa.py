"""Inter-annotator agreement on event triples: score one folder of event annotations (same format
as `gold/events/*.json`) against another with the dev scorer's units and actor keys.

    .venv/bin/python bench/events_iaa.py OTHER [--reference gold/events] [--system] [--list]

OTHER holds a second annotator's files named like the reference files; only the documents present
in both are scored.  The OTHER side is scored like a system: every one of its events counts (its
`same_as` restatements too, so that duplicates collapse as they do for system output), against the
reference's required and accepted (`same_as`) triples.  Both directions are printed: OTHER scored
against the reference and the reference scored against OTHER (precision and recall swap, up to
the `same_as` handling).  `--system` also runs the coder on the same documents and scores it
against each side.  Dev set only: a path naming the held-out test set is refused.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from khronika.eval.events import (  # noqa: E402
    ActorKeys, Counts, Unit, _align_surnames, compare, gold_units, system_units,
)


def _refuse_test_set(path: Path) -> None:
    if "events-test" in str(path.resolve()):
        raise SystemExit("refused: the held-out test set must not be read")


def _annotated_units(events: list[dict], keys: ActorKeys) -> list[Unit]:
    required, optional = gold_units(events, keys)
    return required + optional


def _score(system: list[Unit], reference: list[dict], keys: ActorKeys, counts: dict[str, Counts],
           listing: list[str], name: str) -> None:
    required, optional = gold_units(reference, keys)
    _align_surnames(system, required + optional, keys)
    for variant in ("triple", "real"):
        counts[variant].add(compare(system, required, optional, variant)["*"])
    sys_set = {u.tuple("triple") for u in system}
    ok_set = {u.tuple("triple") for u in required + optional}
    listing += [f"  missed   {name} {t}" for t in sorted({u.tuple('triple') for u in required} - sys_set)]
    listing += [f"  spurious {name} {t}" for t in sorted(sys_set - ok_set)]


def _line(title: str, counts: dict[str, Counts]) -> str:
    parts = [f"{v} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} ({c.tp_system}/{c.system} system, "
             f"{c.tp_gold}/{c.gold} reference)" for v, c in counts.items()]
    return f"{title}\n    " + "\n    ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path)
    parser.add_argument("--reference", type=Path, default=REPO / "gold" / "events")
    parser.add_argument("--system", action="store_true", help="also score the coder on the same documents")
    parser.add_argument("--list", action="store_true", help="print the disagreeing triples")
    args = parser.parse_args()
    for path in (args.other, args.reference):
        _refuse_test_set(path)

    from khronika.nlp.components import registry
    from khronika.nlp.pipeline import Resources

    names = sorted(p.name for p in args.other.glob("*.json") if (args.reference / p.name).exists())
    resources = Resources()
    pipeline = None
    if args.system:
        from khronika.cli.events_cmd import pipeline_resources
        from khronika.eval.shared_docs import load_gold_document
        from khronika.events.component import build_pipeline

        pipeline = build_pipeline()
        resources = pipeline_resources(pipeline)
    keys = ActorKeys(registry(resources))
    pairs = {"other vs reference": {}, "reference vs other": {}, "system vs reference": {}, "system vs other": {}}
    counts = {title: {"triple": Counts(), "real": Counts()} for title in pairs}
    listings: dict[str, list[str]] = {title: [] for title in pairs}
    for name in names:
        other = json.loads((args.other / name).read_text(encoding="utf-8"))
        reference = json.loads((args.reference / name).read_text(encoding="utf-8"))
        _score(_annotated_units(other["events"], keys), reference["events"], keys,
               counts["other vs reference"], listings["other vs reference"], name)
        _score(_annotated_units(reference["events"], keys), other["events"], keys,
               counts["reference vs other"], listings["reference vs other"], name)
        if pipeline is not None:
            doc = pipeline(load_gold_document(reference["doc"]))
            for title, events in (("system vs reference", reference["events"]), ("system vs other", other["events"])):
                _score(system_units(doc.events, keys), events, keys, counts[title], listings[title], name)
    print(f"{len(names)} documents in both {args.other} and {args.reference}")
    for title in pairs:
        if counts[title]["triple"].system or counts[title]["triple"].gold:
            print(_line(title, counts[title]))
            if args.list:
                print("\n".join(listings[title]))


if __name__ == "__main__":
    main()
