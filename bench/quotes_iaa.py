"""Inter-annotator agreement on quotes: score one folder of quote annotations (same format as
`gold/quotes/*.json`) against another with the dev scorer's matching (`khronika.eval.quotes`:
word overlap >= OVERLAP_THRESHOLD of the shorter content, one-to-one greedy pairs, `SpeakerMatcher`).

    .venv/bin/python bench/quotes_iaa.py OTHER [--reference gold/quotes] [--system] [--list] [--skip NAME ...]

OTHER holds a second annotator's files named like the reference files; only the documents present
in both are scored (minus `--skip`).  The OTHER side is scored like a system: its `speaker_norm`
becomes the speaker name the matcher compares.  Both directions are printed (OTHER against the
reference, the reference against OTHER).  `--system` also runs the quote pipeline on the same
documents and scores it against each side.  `--list` prints the unmatched quotes of every
comparison.  Held-out sets (quotes-test, quotes-dev5, and quotes-dev2, whose part 2 is held out) are scored for
totals only: `--list` is refused when a folder or a scored file (symbolic links followed) lies in one, so no quote of
theirs is printed.
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from khronika.eval.quotes import (  # noqa: E402
    UNKNOWN, Counts, GoldDoc, GoldQuote, SpeakerMatcher, default_matcher, load_gold, match,
)
from khronika.nlp.doc import Quote, SpeakerRef  # noqa: E402

MODES = {"span/overlap": (False, False), "attributed/overlap": (False, True), "attributed/exact": (True, True)}


HELD_OUT = ("quotes-test", "quotes-dev5", "quotes-dev2")


def _refuse_held_out_listing(path: Path) -> None:
    if any(name in path.resolve().parts for name in HELD_OUT):
        raise SystemExit(f"refused: --list would print quotes of a held-out set ({path}); run without it for totals")


def as_system(quotes: list[GoldQuote]) -> list[Quote]:
    """An annotation in the shape the scorer expects from the system: speaker_norm is the name."""
    return [Quote(q.text, q.kind, 0, 0, 0, q.cue or "", SpeakerRef(None, q.speaker_norm or UNKNOWN, q.speaker or ""))
            for q in quotes]


def _name(quote: Quote) -> str:
    return quote.speaker.name if quote.speaker else UNKNOWN


@dataclass
class Comparison:
    """One direction (a 'system' side scored against a reference side) summed over documents."""

    title: str
    counts: dict[str, Counts] = field(default_factory=lambda: {mode: Counts() for mode in MODES})
    same_kind: int = 0          # span-matched pairs whose kinds agree
    unmatched: list[str] = field(default_factory=list)

    def add(self, file: str, reference: list[GoldQuote], system: list[Quote], matcher: SpeakerMatcher) -> None:
        found = {mode: match(reference, system, exact=exact, speaker=matcher if with_speaker else None)
                 for mode, (exact, with_speaker) in MODES.items()}
        for mode, pairs in found.items():
            self.counts[mode].add(Counts(len(pairs), len(system), len(reference)))
        self.same_kind += sum(1 for gi, si in found["span/overlap"] if reference[gi].kind == system[si].kind)
        self._list(file, reference, system, found["attributed/overlap"], dict(found["span/overlap"]))

    def _list(self, file: str, reference: list[GoldQuote], system: list[Quote],
              pairs: list[tuple[int, int]], spans: dict[int, int]) -> None:
        got_r, got_s = {g for g, _ in pairs}, {s for _, s in pairs}
        span_s = {s: g for g, s in spans.items()}
        for i, g in enumerate(reference):
            if i not in got_r:
                # "speaker" when the content was matched but the speaker was not.
                why = f"speaker≠{_name(system[spans[i]])}" if i in spans else "no-span"
                line = f"{file}\tmissed\t{why}\t{g.kind}\t{g.speaker_norm}\t{g.cue}\t{g.text[:150]}"
                self.unmatched.append(line)
        for i, s in enumerate(system):
            if i not in got_s:
                why = f"speaker≠{reference[span_s[i]].speaker_norm}" if i in span_s else "no-span"
                self.unmatched.append(f"{file}\textra\t{why}\t{s.kind}\t{_name(s)}\t{s.cue}\t{s.text[:150]}")

    def lines(self) -> list[str]:
        out = [self.title]
        for mode, c in self.counts.items():
            s = c.scores()
            out.append(f"    {mode:19} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                       f"({c.tp} matched, {c.system} scored side, {c.gold} reference)")
        spans = self.counts["span/overlap"].tp
        out.append(f"    same kind on span-matched pairs: {self.same_kind}/{spans}")
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path)
    parser.add_argument("--reference", type=Path, default=REPO / "gold" / "quotes")
    parser.add_argument("--system", action="store_true", help="also score the quote pipeline on the same documents")
    parser.add_argument("--list", action="store_true", help="print the unmatched quotes (attributed/overlap)")
    parser.add_argument("--skip", nargs="*", default=[], help="file names to leave out (e.g. guide-example documents)")
    args = parser.parse_args()
    if args.list:
        for path in (args.other, args.reference):
            _refuse_held_out_listing(path)

    names = sorted(p.name for p in args.other.glob("*.json")
                   if (args.reference / p.name).exists() and p.name not in args.skip)
    if args.list:
        for name in names:  # a design folder may link a held-out file
            for folder in (args.other, args.reference):
                _refuse_held_out_listing(folder / name)
    matcher = default_matcher()
    pipeline = None
    if args.system:
        from khronika.eval.shared_docs import load_gold_document
        from khronika.nlp.pipeline import Pipeline

        pipeline = Pipeline.build(disable=["events", "related"])  # as `khronika eval quotes` builds it
    titles = ("other vs reference", "reference vs other", "system vs reference", "system vs other")
    comparisons = {title: Comparison(title) for title in titles}
    for name in names:
        other: GoldDoc = load_gold(args.other / name)[0]
        reference: GoldDoc = load_gold(args.reference / name)[0]
        comparisons["other vs reference"].add(name, reference.quotes, as_system(other.quotes), matcher)
        comparisons["reference vs other"].add(name, other.quotes, as_system(reference.quotes), matcher)
        if pipeline is not None:
            found = pipeline(load_gold_document(reference.ref)).quotes
            comparisons["system vs reference"].add(name, reference.quotes, found, matcher)
            comparisons["system vs other"].add(name, other.quotes, found, matcher)
    print(f"{len(names)} documents in both {args.other} and {args.reference}")
    for comparison in comparisons.values():
        if comparison.counts["span/overlap"].system or comparison.counts["span/overlap"].gold:
            print("\n".join(comparison.lines()))
            if args.list:
                print("\n".join(f"  {line}" for line in comparison.unmatched))


if __name__ == "__main__":
    main()
