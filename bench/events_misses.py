"""Why dev gold event triples are missed: each missed (type, source, target) of a required gold
event is put next to what the coder did inside the event's gold evidence span, and counted by cause.

    .venv/bin/python bench/events_misses.py [gold/events] [--list]

Causes (first that applies): an event of the gold type was coded there with another source /
target (split into "the right actor named differently" when the names share a word stem, else
"another actor"); an event of another type was coded there; a lexicon entry matched a token of the
gold trigger but the event was dropped (no source / no target / neither / a symmetric event with
fewer than two participants; passives apart; an entry of another type); the trigger's lemma is in
the lexicon but the entry's context or preposition did not match; no lexicon entry at all.
With --list, a coded miss shows the gold's and the system's names side by side.
Cross-cutting counts: evidence spanning two or more sentences, and nominal triggers whose gold
argument is written inside the trigger phrase (a genitive or "между").  Dev set only: the held-out
test set must not be read, so a path naming it is refused.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


@dataclass
class Miss:
    doc: str
    triples: int          # missed triples of this gold event
    type: str
    cause: str
    detail: str
    multi_sentence: bool
    argument_in_phrase: bool


def _span(text: str, snippet: str) -> tuple[int, int] | None:
    match = re.search(r"\s+".join(re.escape(w) for w in snippet.split()), text)
    return (match.start(), match.end()) if match else None


def _stems(names: list[str]) -> set[str]:
    return {w.lower()[:5] for n in names for w in re.findall(r"\w+", n) if len(w) > 2}


def _coded_cause(event, system_event, gold_keys: tuple[set[str], set[str]], keys) -> str:
    """Which side of a coded event differs from the gold (by scorer key), and whether it names the
    same actor in other words (a shared word stem) or another actor."""
    if event.get("symmetric"):
        return "coded, another participant"
    system_sources = {keys.key(a.name, a.actor_id) for a in system_event.source_actors}
    if not gold_keys[0] & system_sources:
        side, gold, system = "source", event.get("source") or [], system_event.source_actors
    else:
        side, gold, system = "target", event.get("target") or [], system_event.target_actors
    return f"coded, {side}: the right actor named differently" if _stems([a.name for a in system]) & _stems(gold) \
        else f"coded, {side}: another actor"


def _dropped_cause(coder, tree, token: int, entry) -> str:
    source, _ = coder.role_actors(tree, entry, entry.source, token, False)
    target, _ = coder.role_actors(tree, entry, entry.target, token, entry.type == "ASSAULT")
    kind = "nominal" if tree.tok(token).pos == "NOUN" else ("passive" if tree.is_passive(token) else "verb")
    if entry.symmetric:
        missing = "fewer than two participants"
    elif not source and not target:
        missing = "neither argument"
    else:
        missing = "source missing" if not source else ("target missing" if not target else "both found, dropped")
    return f"{kind} trigger matched, {missing}"


def misses(gold_dir: Path) -> list[Miss]:
    from khronika.cli.events_cmd import pipeline_resources
    from khronika.eval.events import ActorKeys, _units, gold_files, score_document
    from khronika.eval.shared_docs import load_gold_document
    from khronika.events.coder import PROJECT_NOUNS
    from khronika.events.component import build_pipeline
    from khronika.events.tree import Tree
    from khronika.nlp.components import registry

    pipeline = build_pipeline()
    keys = ActorKeys(registry(pipeline_resources(pipeline)))
    coder = next(c for c in pipeline.components if getattr(c, "name", "") == "events").coder
    out: list[Miss] = []
    for path in gold_files(gold_dir):
        record = json.loads(path.read_text(encoding="utf-8"))
        doc = pipeline(load_gold_document(record["doc"]))
        gold = record.get("events", [])
        missed = set(score_document(path.name, "", "article", doc.events, gold, keys).missed)
        tree = Tree.build(doc, coder.hints, coder.registry_names, PROJECT_NOUNS)
        tree.inflect_genitive = coder.genitive
        for event in gold:
            if event.get("same_as") is not None:
                continue
            sources, targets = event.get("source") or [], event.get("target") or []
            units = _units(event["type"], [keys.key(n) for n in sources], [keys.key(n) for n in targets],
                           bool(event.get("symmetric")), None, None, True)
            count = sum(1 for u in units if u.tuple("triple") in missed)
            if not count:
                continue
            evidence, trigger = _span(doc.text, event["evidence"]), _span(doc.text, event["trigger"])
            if evidence is None:
                out.append(Miss(path.name, count, event["type"], "evidence not found", "", False, False))
                continue
            if trigger is None or not evidence[0] <= trigger[0] <= evidence[1]:
                trigger = evidence
            inside = [e for e in doc.events if evidence[0] <= e.start < evidence[1]]
            tokens = [i for i, t in enumerate(doc.tokens) if t.start < trigger[1] and t.stop > trigger[0]]
            matched = [(i, m) for i in tokens if (m := coder.match(tree, i)) is not None]
            same = [e for e in inside if e.type == event["type"]]
            detail = ""
            if same:
                gold_keys = ({keys.key(n) for n in sources}, {keys.key(n) for n in targets})
                cause = _coded_cause(event, same[0], gold_keys, keys)
                # (round ea) the names side by side, for --list
                detail = (f"gold {sources} -> {targets} | system {[a.name for a in same[0].source_actors]} -> "
                          f"{[a.name for a in same[0].target_actors]}")
            elif inside:
                cause, detail = "coded with another type", f"{event['type']}<-{inside[0].type}"
            elif matched and matched[0][1].type == event["type"]:
                cause = _dropped_cause(coder, tree, *matched[0])
            elif matched:
                cause, detail = "lexicon entry of another type matched, dropped", f"{event['type']}<-{matched[0][1].type}"
            elif any(coder.lexicon.candidates(doc.tokens[i].lemma or doc.tokens[i].text) for i in tokens):
                cause = "lemma in the lexicon, entry context/preposition not matched"
            else:
                cause = "predicate not in the lexicon"
            first, last = doc.sentence_at(evidence[0]), doc.sentence_at(max(evidence[0], evidence[1] - 1))
            in_phrase = cause.startswith("nominal") and (
                bool(_stems(sources + targets) & {w.lower()[:5] for w in re.findall(r"\w+", event["trigger"])})
                or " между " in f" {event['trigger'].lower()} ")
            out.append(Miss(path.name, count, event["type"], cause, detail, first != last, in_phrase))
    return out


# Gold folders only the lead scores: the held-out test set and the blind set (review rev19_A, notes).
HELD_OUT = ("events-test", "events-dev5")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=REPO / "gold" / "events")
    parser.add_argument("--list", action="store_true", help="one line per missed gold event")
    args = parser.parse_args()
    if any(held in f"{args.gold} {args.gold.resolve()}" for held in HELD_OUT):
        raise SystemExit("refused: the held-out test set and the blind set are scored by the lead only")
    rows = misses(args.gold)
    causes = Counter()
    for row in rows:
        causes[row.cause] += row.triples
    print(f"{sum(causes.values())} missed required gold triples (article events, per gold event)")
    for cause, n in causes.most_common():
        print(f"{n:5d}  {cause}")
    confusions = Counter(r.detail for r in rows if "type" in r.cause and r.detail)
    print("type confusions (gold<-system):", ", ".join(f"{k} {v}" for k, v in confusions.most_common()))
    print(f"evidence over 2+ sentences: {sum(r.triples for r in rows if r.multi_sentence)}; "
          f"nominal trigger matched with a gold argument inside the trigger phrase: "
          f"{sum(r.triples for r in rows if r.argument_in_phrase)}")
    if args.list:
        for row in rows:
            print(f"{row.triples}  {row.doc}  {row.type}  {row.cause}  {row.detail}")


if __name__ == "__main__":
    main()
