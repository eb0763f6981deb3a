"""Where quote speakers go wrong, in counts only (safe to run on held-out gold: no text is printed).

For every system quote whose content matches a gold quote (span/overlap), it asks two things:

- what the gold's `speaker_norm` needs beyond the surface mention the annotator marked (`speaker`):
  nothing (the norm's words are the surface's), a *partial name* completed (some norm words in the
  surface, some from elsewhere: «Песков» → «Дмитрий Песков» would be that if the matcher did not
  take surnames), a *description* resolved (no norm word in the surface: «глава МИД» → «Сергей
  Лавров»), a *pronoun* resolved, or an unnamed source (`unknown`) / no speaker;
- for a wrong speaker, where the system's speaker phrase lies against the gold's surface mention
  (the nearest occurrence of that string to the quote): the same span, inside it, overlapping,
  elsewhere, or no system speaker at all.

The first table shows right / all per class, the second the wrong ones by placement.  A system
whose wrong speakers sit on the gold's own mention errs in resolving or naming that mention, not in
choosing it.  `--candidates` adds a third: for each wrong speaker, whether the candidate speakers
of the switched-off learned choice (`quotes/ranker.py`: the rules' pick and the other mentions of
the cue's sentence) hold the gold speaker at all — the most any choice among them could mend.

    .venv/bin/python bench/quote_speaker_errors.py GOLD_DIR [GOLD_DIR ...] [--candidates]
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
REPO = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(REPO / "src"))

PRONOUNS = frozenset({"он", "она", "оно", "они", "его", "ее", "её", "их", "ему", "ей", "им", "который", "которая",
                      "которое", "которые", "мы", "я", "вы"})
NEEDS = ("as written", "partial name", "description", "pronoun", "unnamed", "no speaker")
PLACES = ("no system speaker", "same span", "inside the gold mention", "around the gold mention", "overlapping",
          "elsewhere", "gold mention not in text")


def lemmas(text: str, lemmatize: Callable[[str], str]) -> set[str]:
    return {lemmatize(word) for word in re.findall(r"\w+", text.lower())}


def speaker_need(surface: str | None, norm: str | None, lemmatize: Callable[[str], str]) -> str:
    """What the gold's norm needs beyond its surface mention (one of NEEDS)."""
    if not norm:
        return "no speaker"
    if norm.strip().lower() == "unknown":
        return "unnamed"
    surface = (surface or "").strip()
    if surface.lower() in PRONOUNS:
        return "pronoun"
    norm_words, surface_words = lemmas(norm, lemmatize), lemmas(surface, lemmatize)
    if norm_words <= surface_words:
        return "as written"
    return "partial name" if norm_words & surface_words else "description"


def placement(gold: tuple[int, int] | None, system: tuple[int, int] | None) -> str:
    """Where the system's speaker phrase lies against the gold's surface mention (one of PLACES)."""
    if system is None:
        return "no system speaker"
    if gold is None:
        return "gold mention not in text"
    (g0, g1), (s0, s1) = gold, system
    if (g0, g1) == (s0, s1):
        return "same span"
    if g0 <= s0 and s1 <= g1:
        return "inside the gold mention"
    if s0 <= g0 and g1 <= s1:
        return "around the gold mention"
    return "overlapping" if s0 < g1 and g0 < s1 else "elsewhere"


def nearest(text: str, needle: str, anchor: int) -> tuple[int, int] | None:
    """The occurrence of `needle` in `text` nearest to `anchor`, as a span."""
    if not needle:
        return None
    hits, at = [], text.find(needle)
    while at >= 0:
        hits.append(at)
        at = text.find(needle, at + 1)
    if not hits:
        return None
    start = min(hits, key=lambda hit: abs(hit - anchor))
    return start, start + len(needle)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--candidates", action="store_true", help="also: are the gold speakers among the ranker's candidates")
    args = parser.parse_args(argv)

    from khronika.eval.quotes import UNKNOWN, default_matcher, load_gold, load_gold_document, score_document

    sys.path.insert(0, str(REPO / "bench"))
    from speaker_fit import _choice_of, _runner  # the rules with the ranker's candidates kept

    matcher = default_matcher()
    run, _ = _runner()
    for folder in args.gold:
        right, wrong, placed, reach = Counter(), Counter(), Counter(), Counter()
        for gold_doc in load_gold(folder):
            doc, choices = run(load_gold_document(gold_doc.ref, None))
            _, pairs = score_document(gold_doc.quotes, doc.quotes, matcher)
            attributed = pairs["attributed/overlap"]
            right_gold = {g for g, _ in attributed}
            right_system = {s for _, s in attributed}
            for g, s in pairs["span/overlap"]:
                gold, quote = gold_doc.quotes[g], doc.quotes[s]
                need = speaker_need(gold.speaker, gold.speaker_norm, matcher.lemmatize)
                if g in right_gold or s in right_system:
                    right[need] += 1
                    continue
                wrong[need] += 1
                speaker = quote.speaker
                named = speaker is not None and speaker.name and speaker.name != UNKNOWN
                span = (speaker.start, speaker.stop) if named and speaker.start is not None else None
                place = placement(nearest(doc.text, (gold.speaker or "").strip(), quote.start), span)
                placed[(need, place)] += 1
                choice = _choice_of(choices, quote)
                candidates = choice.candidates if choice else ()
                if not candidates:
                    reach["no candidate (the rules gave no speaker)" if not named else "no candidate"] += 1
                elif any(matcher.same(gold.speaker_norm, c.ref, gold.speaker) for c in candidates):
                    reach["the gold speaker among the candidates"] += 1
                else:
                    reach["only the rules' pick" if len(candidates) == 1 else "other candidates, none the gold's"] += 1
        print(f"{folder.name}: span-matched quotes by what the gold speaker needs (right / all)")
        for need in NEEDS:
            if right[need] or wrong[need]:
                print(f"  {need:<14} {right[need]:>4} / {right[need] + wrong[need]:<4}")
        print(f"  wrong speakers by where the system's speaker phrase lies ({sum(wrong.values())})")
        for (need, place), count in sorted(placed.items(), key=lambda item: (NEEDS.index(item[0][0]), -item[1])):
            print(f"    {need:<14} {place:<26} {count:>4}")
        if args.candidates:
            print("  wrong speakers by the ranker's candidates")
            for what, count in reach.most_common():
                print(f"    {what:<42} {count:>4}")


if __name__ == "__main__":
    main()
