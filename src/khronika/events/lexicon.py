"""The event lexicon (`data/event_lexicon.tsv`), the PLOVER → CAMEO table
(`data/plover_cameo.tsv`) and the actor hints (`data/event_actor_hints.tsv`).

Everything here is data loading: the files say which lemmas are event
triggers, what they mean and where their arguments sit; `coder.py` applies
them to a parsed `Doc`.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources as package_files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khronika.nlp.doc import Event

# The exact set of event types Khronika codes (PLOVER's 16 interaction types).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Prepositions a pattern may name as "the trigger has a dependent introduced by X".
PREPOSITIONS = frozenset({
    "в", "на", "с", "со", "по", "от", "у", "к", "из", "для", "против", "между", "о", "об", "за", "при", "под", "перед",
})
FLAGS = frozenset({"sym", "neg", "nosrc", "unnamed", "hyp", "locsrc", "courtsrc", "casecourt", "topictgt",
                   "complaint", "quoted", "verdict", "claim", "nosink", "statevisit", "statetgt", "promise"})


def fold(word: str) -> str:
    """Lemma key: lower case, "ё" → "е"."""
    return word.lower().replace("ё", "е")


def _data_dir() -> Path:
    return Path(str(package_files.files("khronika") / "data"))


def _lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]


# Modes and types whose participants act together (no source/target order): the scorer, the coder and the
# store's merging of a story's reports ("Путин → Макрон" and "Макрон → Путин" are one call) read them alike.
SYMMETRIC = {("CONSULT", "phone"), ("CONSULT", "talks"), ("CONSULT", "meeting"), ("AGREE", "sign"),
             ("AGREE", "agree"), ("COOPERATE", "military"), ("COOPERATE", "economic"), ("COOPERATE", "exchange"),
             ("COOPERATE", None)}


def is_symmetric(event: Event) -> bool:
    return (event.type, event.mode) in SYMMETRIC


@dataclass(frozen=True)
class LexEntry:
    trigger: str                    # folded lemma of the trigger word
    context: tuple[str, ...]        # folded lemmas required next to the trigger
    forbidden: tuple[str, ...]      # folded lemmas that must not be next to it
    preps: tuple[str, ...]          # prepositions the trigger must govern
    type: str
    mode: str | None
    source: tuple[str, ...]         # role paths ("subj", "obj.gen", "prep:от")
    target: tuple[str, ...]
    flags: frozenset[str]
    pattern: str                    # as written in the file, for debugging and docs

    @property
    def symmetric(self) -> bool:
        return "sym" in self.flags

    @property
    def specificity(self) -> int:
        """More context words win over a bare trigger ("телефонный [разговор]" over "[разговор]")."""
        return len(self.context) + len(self.preps) + len(self.forbidden)


def parse_pattern(pattern: str) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    trigger, context, forbidden, preps = "", [], [], []
    for word in pattern.split():
        if word.startswith("[") and word.endswith("]"):
            trigger = fold(word[1:-1])
        elif word.startswith("!"):
            forbidden.append(fold(word[1:]))
        elif fold(word) in PREPOSITIONS:
            preps.append(fold(word))
        else:
            context.append(fold(word))
    if not trigger:
        raise ValueError(f"event pattern without a [trigger]: {pattern!r}")
    return trigger, tuple(context), tuple(forbidden), tuple(preps)


def _roles(value: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in value.split(",") if r.strip() and r.strip() != "-")


@dataclass
class Lexicon:
    entries: dict[str, list[LexEntry]] = field(default_factory=dict)  # trigger lemma -> entries
    light_verbs: frozenset[str] = frozenset()

    def candidates(self, lemma: str) -> list[LexEntry]:
        return self.entries.get(fold(lemma), [])

    def add(self, entry: LexEntry) -> None:
        bucket = self.entries.setdefault(entry.trigger, [])
        bucket.append(entry)
        bucket.sort(key=lambda e: -e.specificity)


def load_lexicon(path: Path | None = None) -> Lexicon:
    lexicon = Lexicon()
    light: set[str] = set()
    for row in _lines(path or _data_dir() / "event_lexicon.tsv"):
        if row[0] == "LIGHT":
            light.update(fold(w) for w in row[1:] if w)
            continue
        pattern, type_, mode, source, target, flags = (row + ["-"] * 6)[:6]
        if type_ not in PLOVER_TYPES:
            raise ValueError(f"event_lexicon.tsv: unknown PLOVER type {type_!r} in {pattern!r}")
        flag_set = frozenset(f for f in flags.split(",") if f and f != "-")
        if flag_set - FLAGS:
            raise ValueError(f"event_lexicon.tsv: unknown flags {sorted(flag_set - FLAGS)} in {pattern!r}")
        trigger, context, forbidden, preps = parse_pattern(pattern)
        lexicon.add(LexEntry(
            trigger, context, forbidden, preps, type_, None if mode == "-" else mode,
            _roles(source), _roles(target), flag_set, pattern,
        ))
    lexicon.light_verbs = frozenset(light)
    return lexicon


@dataclass(frozen=True)
class CameoCode:
    code: str        # full CAMEO event code ("041")
    root: str        # root code ("04")
    quad: int        # GDELT QuadClass
    goldstein: float
    note: str


@dataclass
class CameoTable:
    rows: dict[tuple[str, str | None], CameoCode] = field(default_factory=dict)

    def lookup(self, type_: str, mode: str | None) -> CameoCode:
        return self.rows.get((type_, mode)) or self.rows[(type_, None)]


def load_cameo(path: Path | None = None) -> CameoTable:
    table = CameoTable()
    for row in _lines(path or _data_dir() / "plover_cameo.tsv"):
        if row[0] == "type":
            continue
        type_, mode, code, root, quad, goldstein, note = (row + [""] * 7)[:7]
        table.rows[(type_, None if mode == "-" else mode)] = CameoCode(code, root, int(quad), float(goldstein), note)
    missing = set(PLOVER_TYPES) - {t for t, m in table.rows if m is None}
    if missing:
        raise ValueError(f"plover_cameo.tsv: no default row for {sorted(missing)}")
    return table


@dataclass
class ActorHints:
    adjectives: dict[str, str] = field(default_factory=dict)       # stem -> registry id
    metonyms: dict[str, str] = field(default_factory=dict)         # place id -> state id
    composites: dict[str, list[str]] = field(default_factory=dict)  # body id -> member ids
    descriptors: frozenset[str] = frozenset()                       # folded lemmas
    forces: dict[str, str] = field(default_factory=dict)            # state id -> its armed forces' id
    projects: frozenset[str] = frozenset()                          # project ids no alias marks as one

    def adjective(self, lemma: str) -> list[str]:
        """Registry ids named by a geo adjective; compounds give several ("российско-американский")."""
        ids = []
        for part in fold(lemma).split("-"):
            stem = max((s for s in self.adjectives if part.startswith(s)), key=len, default=None)
            if stem is None:
                return []
            ids.append(self.adjectives[stem])
        return ids


def load_hints(path: Path | None = None) -> ActorHints:
    hints = ActorHints()
    descriptors, projects = set(), set()
    for row in _lines(path or _data_dir() / "event_actor_hints.tsv"):
        kind, key, value = (row + ["", ""])[:3]
        if kind == "adj":
            hints.adjectives[fold(key)] = value
        elif kind == "metonym":
            hints.metonyms[key] = value
        elif kind == "composite":
            hints.composites[key] = [v for v in value.split("|") if v]
        elif kind == "descriptor":
            descriptors.add(fold(key))
        elif kind == "forces":
            hints.forces[key] = value
        elif kind == "project":
            projects.add(key)
    hints.descriptors = frozenset(descriptors)
    hints.projects = frozenset(projects)
    return hints


def load_speech_verbs(path: Path | None = None) -> frozenset[str]:
    """Reporting verbs from the quotes room's cue list (`speech_verbs.tsv`), if it is there."""
    path = path or _data_dir() / "speech_verbs.tsv"
    if not path.exists():
        return frozenset({"сказать", "заявить", "сообщить", "рассказать", "отметить", "говорить", "заявлять"})
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader((l for l in handle if l.strip() and not l.startswith("#")), delimiter="\t")
        return frozenset(fold(r[0]) for r in rows if len(r) > 1 and r[1] == "verb")
