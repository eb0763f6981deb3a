"""The wrong speakers of "description" and "partial name" gold speakers, with context - design sets only.

`bench/quote_speaker_errors.py` counts span-matched quotes whose gold speaker is named by words not
in the surface mention ("description": «советник главы Еврокомиссии» → Питер Пиот) or only partly
in it ("partial name").  This lists the wrong ones of design sets with the sentence around the
system's speaker, and sorts them by a rough sub-class:

- elegant variation: the gold's speaker was the speaker of an earlier quote of the document;
- org noun: the gold mention's head is an organisation noun («авиакомпании», «разработчиков»);
- role noun: the gold mention's head is a post or role noun and the gold name is in the text;
- name elsewhere: the gold name is in the text, the mention is something else;
- convention: the gold name is not in the text (a descriptive norm, a name the annotator knew).

It prints document text, so it refuses the held-out folders (gold/quotes-test, -dev5, the events
sets) and reads only part 1 of gold/quotes-dev2 (slots 1–15 of its README's table; part 2, slots 16–40, is that
set's held-out check half — not its `--split even` half, which mixes both parts).

    .venv/bin/python bench/quote_description_cases.py gold/quotes gold/quotes-dev2 gold/quotes-dev3 …
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
REPO = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(REPO / "src"))

HELD_OUT = frozenset({"quotes-test", "quotes-dev5", "events-test", "events-dev5"})
# A set whose README's table marks its design part: slots up to this number (quotes-dev2's part 1).
DESIGN_PART_SLOTS = {"quotes-dev2": 15}
WANTED = ("description", "partial name")
SUBCLASSES = ("elegant variation", "org noun", "role noun", "name elsewhere", "convention")


def refuse_held_out(folder: Path) -> None:
    if folder.resolve().name in HELD_OUT or any(part in HELD_OUT for part in folder.resolve().parts):
        sys.exit(f"{folder}: a held-out set; this script prints document text and reads design sets only")


def design_part_files(folder: Path) -> frozenset[str]:
    """The gold file names of a set's design part, read from its README's slot table ("| 3 | nerel-v1.1-train |
    `train/40436_text.txt` | …"); empty for a set with no such part."""
    slots = DESIGN_PART_SLOTS.get(folder.resolve().name)
    if slots is None:
        return frozenset()
    names = set()
    for line in (folder / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) > 3 and cells[1].isdigit() and int(cells[1]) <= slots and cells[3].startswith("`"):
            names.add(f"{cells[2]}__{Path(cells[3].strip('`')).stem}.json")
    return frozenset(names)


def subclass(gold, doc, quote_start: int, earlier_speakers: list[str], matcher) -> str:
    """A rough sub-class of a wrong described speaker (module docstring)."""
    from khronika.quotes.description_types import ORG_CLASSES, PERSON_NOUNS

    norm = gold.speaker_norm
    if any(_same_name(matcher, norm, name) for name in earlier_speakers):
        return "elegant variation"
    words = [matcher.lemmatize(w) for w in (gold.speaker or "").lower().split()]
    org_nouns = frozenset().union(*ORG_CLASSES.values()) | {"разработчик", "руководство", "власть", "эксперт"}
    in_text = _name_in_text(matcher, norm, doc.text)
    if words and any(w in org_nouns for w in words[:2]):
        return "org noun"
    if words and any(w in PERSON_NOUNS for w in words[:2]) and in_text:
        return "role noun"
    return "name elsewhere" if in_text else "convention"


def _same_name(matcher, a: str, b: str) -> bool:
    la = {matcher.lemmatize(w) for w in a.lower().split()}
    lb = {matcher.lemmatize(w) for w in b.lower().split()}
    return bool(la) and (la <= lb or lb <= la)


def _name_in_text(matcher, norm: str, text: str) -> bool:
    norm_words = [matcher.lemmatize(w) for w in norm.lower().split() if len(w) > 2]
    text_words = {matcher.lemmatize(w) for w in text.lower().split()}
    return bool(norm_words) and any(w in text_words for w in norm_words[-1:])


def context(doc, at: int, before: int = 2) -> str:
    here = doc.sentence_at(at)
    if here is None:
        return doc.text[max(0, at - 300):at + 100]
    first = max(0, here - before)
    return " ".join(doc.text[s.start:s.stop] for s in doc.sentences[first:here + 1]).replace("\n", " ")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--brief", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    for folder in args.gold:
        refuse_held_out(folder)

    from khronika.eval.quotes import UNKNOWN, default_matcher, load_gold, score_document
    from khronika.eval.shared_docs import load_gold_document
    from khronika.nlp.pipeline import Pipeline

    sys.path.insert(0, str(REPO / "bench"))
    from quote_speaker_errors import speaker_need

    matcher = default_matcher()
    pipeline = Pipeline.build(disable=["events", "related"])
    total = Counter()
    for folder in args.gold:
        counts = Counter()
        design_part = design_part_files(folder)
        for gold_doc in load_gold(folder):
            if folder.resolve().name in DESIGN_PART_SLOTS and gold_doc.file not in design_part:
                continue
            doc = pipeline(load_gold_document(gold_doc.ref, None))
            _, pairs = score_document(gold_doc.quotes, doc.quotes, matcher)
            right_gold = {g for g, _ in pairs["attributed/overlap"]}
            right_system = {s for _, s in pairs["attributed/overlap"]}
            for g, s in pairs["span/overlap"]:
                gold, quote = gold_doc.quotes[g], doc.quotes[s]
                need = speaker_need(gold.speaker, gold.speaker_norm, matcher.lemmatize)
                if need not in WANTED or g in right_gold or s in right_system:
                    continue
                earlier = [q.speaker.name for q in doc.quotes if q.start < quote.start and q.speaker
                           and q.speaker.name and q.speaker.name != UNKNOWN]
                sub = subclass(gold, doc, quote.start, earlier, matcher)
                counts[(need, sub)] += 1
                if args.brief:
                    continue
                speaker = quote.speaker
                at = speaker.start if speaker is not None and speaker.start is not None else quote.start
                print(f"--- {folder.name}/{gold_doc.file} [{need} / {sub}]")
                print(f"  gold: {gold.speaker!r} -> {gold.speaker_norm!r}   system: "
                      f"{(speaker.text, speaker.name, speaker.actor_id) if speaker else None}")
                print(f"  quote: {quote.text[:120]!r}")
                print(f"  context: {context(doc, at)[-700:]}")
        print(f"== {folder.name}")
        for (need, sub), n in sorted(counts.items()):
            print(f"  {need:<13} {sub:<18} {n}")
        total.update(counts)
    print("== total")
    for (need, sub), n in sorted(total.items()):
        print(f"  {need:<13} {sub:<18} {n}")


if __name__ == "__main__":
    main()
