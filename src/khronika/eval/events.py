"""Score the event coder against `gold/events/*.json`.

Unit of scoring: distinct (type, source, target) triples per document.  An
event with several sources or targets gives one triple per pair; symmetric
events (talks, calls, meetings, agreements) give unordered pairs.  Gold
events linked by `same_as` restate an earlier event: the first event of a
chain is required, the restatements' triples are accepted (not counted as
false positives) but not required.  Duplicate system triples count once.

Actors are compared by registry id where the registry knows the name
(so "Беларусь" = "Белоруссия"), else by the folded name; an unresolved
person name also matches by surname ("Дэвис" = "Дэвид Дэвис").  Round 3 bug
fixes (the gold guide's own conventions): "власти/правительство <state>" is
the state, and a one-letter spelling variant of one gold name is that name
("Асия Биби" = "Азия Биби").

Variants: `+date` adds the event date to the triple, `+loc` the location
key, `real` scores only events neither side marks negated or hypothetical.

Attributes (helper e1): the gold and system events that share a triple are
paired one to one (gold events in order, the chain heads before their
`same_as` restatements, each with the first unpaired system event sharing
one of its triples); over these pairs the scorer counts mode agreement per
type, P/R of the `negated` and `hypothetical` flags, and P/R of
`reported_by` (a hit: both name one actor under the actor keys above, a
one-word name matching a word of the other, or a one-letter spelling
variant).
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from khronika.nlp.doc import Doc, Event
from khronika.nlp.registry import Registry, alias_key
from khronika.events.lexicon import is_symmetric

VARIANTS = ("triple", "triple+date", "triple+loc", "triple+date+loc", "real")


def gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.glob("*.json"))
    return [path]


def split_of(path: Path) -> str:
    """Stable half of the dev set: "tune" (even hash of the file name) or "held"."""
    return "tune" if int(hashlib.sha1(path.name.encode()).hexdigest(), 16) % 2 == 0 else "held"


# Head nouns of "<government> <state>" names (see ActorKeys._government_of).
GOVERNMENT_WORDS = frozenset({"власти", "правительство", "руководство"})


@dataclass
class ActorKeys:
    registry: Registry
    _morph: Any = field(default=None, repr=False)

    def key(self, name: str, actor_id: str | None = None) -> str:
        if actor_id and not actor_id.startswith("x:") and actor_id in self.registry.actors:
            return self._state_for_government(actor_id)
        found = self.registry.lookup(name)
        if found:
            return self._state_for_government(found.id)
        state = self._government_of(name)
        if state:
            return state
        # an organisation's registry name inside a group name counts as the same word in any
        # spelling ("пилоты Райанэйр" = "пилоты Ryanair")
        words = []
        for word in name.split():
            inner = self.registry.lookup(word.strip("«»\"(),"))
            words.append(inner.id if inner and inner.type in ("ORG", "MEDIA") else word)
        return "name:" + name_stems(" ".join(words))

    def _state_for_government(self, actor_id: str) -> str:
        """(round ea) A registry entry that is a state's government ("правительство Великобритании",
        org:government-uk) is keyed as the state, as `_government_of` keys the unregistered spellings: the gold
        guide codes a government as its state, and the gold writes both "Великобритания" and "правительство
        Великобритании" for it."""
        actor = self.registry.actors.get(actor_id)
        if actor is None or actor.type == "GPE":
            return actor_id
        return self._government_of(actor.name) or actor_id

    def _government_of(self, name: str) -> str | None:
        """"власти Пакистана", "правительство Японии" → the state's id.  The gold guide codes a
        government as its state ("Москва"/"Вашингтон" standing for governments become Россия/США,
        "Правительство Японии выразило протест" → Япония) yet also writes "власти <страны>" for
        unnamed authorities; both spellings name one actor, so they must match.  Only states
        (registry type GPE): a city's authorities ("власти Москвы") stay a group of their own."""
        words = name.split()
        if len(words) != 2 or alias_key(words[0]) not in GOVERNMENT_WORDS:
            return None
        if self._morph is None:
            import pymorphy3  # the genitive of a state's name: "Египта" → "египет"

            self._morph = pymorphy3.MorphAnalyzer()
        for parse in self._morph.parse(words[1])[:3]:
            found = self.registry.lookup(parse.normal_form)
            if found is not None and found.type == "GPE":
                return found.id
        return None


_VOWELS = "аеёиоуыэюяйь"


def _stem(word: str) -> str:
    """Crude stem so that case endings do not matter: "гражданина" ~ "гражданин", "суда" ~ "суд"."""
    return word[:5] if len(word) > 5 else (word.rstrip(_VOWELS) or word)


def name_stems(name: str) -> str:
    """Normalised name of an actor the registry lacks: the bag of word stems, so that
    "журналистов «Фонтанки»" = "журналисты «Фонтанки»" and "российские власти" ~ "власти России"
    only through the registry-free words ("власт", "росси")."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in ("и", "в", "на")]
    return " ".join(sorted(w if ":" in w else _stem(alias_key(w)) for w in words if alias_key(w)))


@dataclass
class Unit:
    type: str
    a: str
    b: str
    symmetric: bool
    date: str | None
    loc: str | None
    real: bool

    def tuple(self, variant: str) -> tuple:
        a, b = (min(self.a, self.b), max(self.a, self.b)) if self.symmetric else (self.a, self.b)
        out: tuple = (self.type, a, b)
        if "date" in variant:
            out += (self.date,)
        if "loc" in variant:
            out += (self.loc,)
        return out


def _units(type_: str, sources: list[str], targets: list[str], symmetric: bool,
           date: str | None, loc: str | None, real: bool) -> list[Unit]:
    if symmetric and sources and targets:
        # co-signers on one side meet the other side: pairs across the sides only
        pairs = [(s, t) for s in sources for t in targets if s != t]
    elif symmetric:
        people = list(dict.fromkeys(sources + targets))
        pairs = [(x, y) for i, x in enumerate(people) for y in people[i + 1:]] or [(p, "") for p in people]
    else:
        pairs = [(s, t) for s in (sources or [""]) for t in (targets or [""])]
    return [Unit(type_, a, b, symmetric, date, loc, real) for a, b in pairs]


def gold_units(events: list[dict[str, Any]], keys: ActorKeys) -> tuple[list[Unit], list[Unit]]:
    """(required, optional) units of one gold event list."""
    required, optional = [], []
    for event in events:
        units = _units(
            event["type"], [keys.key(n) for n in event.get("source") or []],
            [keys.key(n) for n in event.get("target") or []], bool(event.get("symmetric")),
            event.get("date"), keys.key(event["location"]) if event.get("location") else None,
            not event.get("negated") and not event.get("hypothetical"),
        )
        (optional if event.get("same_as") is not None else required).extend(units)
    return required, optional


def system_units(events: list[Event], keys: ActorKeys) -> list[Unit]:
    out = []
    for event in events:
        out.extend(_units(
            event.type, [keys.key(a.name, a.actor_id) for a in event.source_actors],
            [keys.key(a.name, a.actor_id) for a in event.target_actors], is_symmetric(event),
            event.date, keys.key(event.location.name, event.location.actor_id) if event.location else None,
            not event.negated and not event.hypothetical,
        ))
    return out


def _align_surnames(system: list[Unit], gold: list[Unit], keys: ActorKeys) -> None:
    """A one-word unresolved system name ("Соботка") takes the gold person key containing it
    ("Вольфганг Соботка"); a registry person matches a gold name by its surname the same way;
    a name differing from one gold name by one letter of one word is that name (a spelling
    variant, see `_spelling_variant`)."""
    gold_keys = {k for u in gold for k in (u.a, u.b) if k.startswith("name:")}
    for unit in system:
        for side in ("a", "b"):
            k = getattr(unit, side)
            if not k.startswith("name:") or k in gold_keys:
                continue
            words = k[5:].split()
            if len(words) == 1:
                hits = [g for g in gold_keys if words[0] in g[5:].split()]
            else:
                hits = [g for g in gold_keys if _spelling_variant(words, g[5:].split())]
            if len(hits) == 1:
                setattr(unit, side, hits[0])


# Function words an abbreviation skips ("ЕСПЧ" = "Европейский суд по правам человека").
ABBREVIATION_SKIPS = frozenset({"и", "по", "в", "во", "на", "за", "для", "при", "of", "the", "and", "for"})


def abbreviates(short: str, name: str) -> bool:
    """(round ea) "КСИР" = "Корпус стражей Исламской революции", "ВСУ" = "вооружённые силы Украины": an
    all-capitals word of 2-6 letters spelling the initials of a name's words (function words skipped), the
    alias tolerance the gold guide asks for ("ВСУ = вооружённые силы Украины")."""
    short = short.strip("«»\"() ")
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    words = [w for w in re.split(r"[\s\-]+", name.replace("«", "").replace("»", "").replace('"', "")) if w]
    initials = "".join(w[0] for w in words if w.lower() not in ABBREVIATION_SKIPS)
    return len(words) >= 2 and initials.upper().replace("Ё", "Е") == short.upper().replace("Ё", "Е")


def _align_abbreviations(system: list[Unit], system_events: list[Event], gold_events: list[dict[str, Any]],
                         keys: ActorKeys) -> None:
    """A system name that is the abbreviation of one gold name, or the full name of one gold abbreviation
    ("Корпус стражей Исламской революции" / gold "КСИР"), takes that gold name's key (see `abbreviates`).
    Only between names the registry does not know (`name:` keys: a registered actor has its own aliases, so
    "Верховный суд Украины" is not the registry's "ВСУ", the armed forces) and only for an institution's name
    (one with a lower-case word: "СК" does not abbreviate the person "Сергей Кириенко") (review rev19_A 5)."""
    gold_names = {n: keys.key(n) for e in gold_events for n in (e.get("source") or []) + (e.get("target") or [])}
    gold_keys = set(gold_names.values())
    renamed: dict[str, str] = {}

    def pair(short: str, long: str) -> bool:
        return abbreviates(short, long) and any(w[:1].islower() for w in long.split())

    for event in system_events:
        for actor in [*event.source_actors, *event.target_actors]:
            key = keys.key(actor.name, actor.actor_id)
            if key in gold_keys or not key.startswith("name:"):
                continue
            hits = {k for n, k in gold_names.items() if k.startswith("name:")
                    and (pair(actor.name, n) or pair(n, actor.name))}
            if len(hits) == 1:
                renamed[key] = hits.pop()
    for unit in system:
        for side in ("a", "b"):
            if getattr(unit, side) in renamed:
                setattr(unit, side, renamed[getattr(unit, side)])


def _spelling_variant(words: list[str], other: list[str]) -> bool:
    """Two stem bags that differ only by one letter in one word ("Асия Биби" = "Азия Биби"):
    transliteration variants the gold guide asks to tolerate.  One-letter stems and
    registry ids never vary."""
    if len(words) != len(other) or words == other:
        return False
    differing = [(a, b) for a, b in zip(words, other) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    if ":" in a or ":" in b or min(len(a), len(b)) < 2 or len(a) != len(b):
        return False
    return sum(x != y for x, y in zip(a, b)) == 1


@dataclass
class Counts:
    tp_system: int = 0     # system triples found in the gold (required or optional)
    system: int = 0
    tp_gold: int = 0       # required gold triples found by the system
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp_system += other.tp_system
        self.system += other.system
        self.tp_gold += other.tp_gold
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def compare(system: list[Unit], required: list[Unit], optional: list[Unit], variant: str) -> dict[str, Counts]:
    """Counts per type ("*" = all types) for one document."""
    if variant == "real":
        system = [u for u in system if u.real]
        required = [u for u in required if u.real]
        optional = [u for u in optional if u.real]
    base = "triple" if variant == "real" else variant
    sys_set = {u.tuple(base) for u in system}
    req_set = {u.tuple(base) for u in required}
    ok_set = req_set | {u.tuple(base) for u in optional}
    out: dict[str, Counts] = defaultdict(Counts)
    for t in sys_set:
        for type_ in (t[0], "*"):
            out[type_].system += 1
            out[type_].tp_system += t in ok_set
    for t in req_set:
        for type_ in (t[0], "*"):
            out[type_].gold += 1
            out[type_].tp_gold += t in sys_set
    return out


@dataclass
class DocResult:
    name: str
    split: str
    scope: str                                  # "article" or "related"
    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)  # variant -> type -> counts
    missed: list[tuple] = field(default_factory=list)
    spurious: list[tuple] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)   # (gold index, system index) sharing a triple
    attributes: "AttributeCounts" = field(default_factory=lambda: AttributeCounts())
    gold_events: list[dict[str, Any]] = field(default_factory=list)
    system_events: list[Event] = field(default_factory=list)


def score_document(name: str, split: str, scope: str, system_events: list[Event],
                   gold_events: list[dict[str, Any]], keys: ActorKeys) -> DocResult:
    gold_each = [gold_units([e], keys) for e in gold_events]
    required = [u for req, _ in gold_each for u in req]
    optional = [u for _, opt in gold_each for u in opt]
    system_each = [system_units([e], keys) for e in system_events]
    system = [u for units in system_each for u in units]
    _align_abbreviations(system, system_events, gold_events, keys)
    _align_surnames(system, required + optional, keys)   # (aligns the per-event units too: the same objects)
    result = DocResult(name, split, scope)
    result.pairs = attribute_pairs([{u.tuple("triple") for u in req + opt} for req, opt in gold_each],
                                   [{u.tuple("triple") for u in units} for units in system_each],
                                   [e.get("same_as") is not None for e in gold_events],
                                   [e.get("evidence") or "" for e in gold_events],
                                   [" ".join(e.trigger.split()) for e in system_events])
    result.gold_events, result.system_events = list(gold_events), list(system_events)
    for gi, si in result.pairs:
        result.attributes.add(attribute_counts(gold_events[gi], system_events[si], keys))
    for variant in VARIANTS:
        result.counts[variant] = compare(system, required, optional, variant)
    sys_set = {u.tuple("triple") for u in system}
    ok_set = {u.tuple("triple") for u in required + optional}
    result.missed = sorted({u.tuple("triple") for u in required} - sys_set)
    result.spurious = sorted(sys_set - ok_set)
    return result


def related_events(doc: Doc) -> list[Event]:
    """System events of all related headlines (scored together against `related_events`)."""
    return [e for r in doc.related for e in r.events]


def evaluate(gold_dir: Path, run: Callable[[dict[str, str]], Doc], registry: Registry,
             splits: Iterable[str] = ("tune", "held")) -> list[DocResult]:
    keys = ActorKeys(registry)
    results = []
    for path in gold_files(gold_dir):
        split = split_of(path)
        if split not in splits:
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        doc = run(record["doc"])
        results.append(score_document(path.name, split, "article", doc.events, record.get("events", []), keys))
        if record.get("related_events"):
            results.append(score_document(path.name, split, "related", related_events(doc),
                                          record["related_events"], keys))
    return results


def total(results: Iterable[DocResult], variant: str, scope: str | None = None,
          split: str | None = None) -> dict[str, Counts]:
    out: dict[str, Counts] = defaultdict(Counts)
    for result in results:
        if (scope and result.scope != scope) or (split and result.split != split):
            continue
        for type_, counts in result.counts[variant].items():
            out[type_].add(counts)
    return out


def error_counts(results: Iterable[DocResult]) -> tuple[Counter, Counter]:
    missed, spurious = Counter(), Counter()
    for r in results:
        missed.update(t[0] for t in r.missed)
        spurious.update(t[0] for t in r.spurious)
    return missed, spurious


# ---- attributes of the paired events (helper e1) ----

# Types whose gold guide lists modes ("Types, modes and examples").
MODE_TYPES = ("AGREE", "CONSULT", "COOPERATE", "AID", "PROTEST", "SANCTION", "COERCE", "ASSAULT")
FLAGS = ("negated", "hypothetical")


def attribute_pairs(gold: list[set[tuple]], system: list[set[tuple]], restated: list[bool],
                    evidence: list[str] | None = None, triggers: list[str] | None = None) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of events sharing a triple: gold events in
    order, chain heads before restatements, each with the first unpaired system event, one whose
    trigger lies in the gold evidence first (the same mention rather than another of the triple)."""
    pairs, used = [], set()
    order = [i for i in range(len(gold)) if not restated[i]] + [i for i in range(len(gold)) if restated[i]]
    for gi in order:
        text = " ".join((evidence[gi] if evidence else "").split())
        ranked = sorted(range(len(system)), key=lambda si: (not (triggers and _has_words(text, triggers[si])), si))
        for si in ranked:
            tuples = system[si]
            if si not in used and gold[gi] & tuples:
                pairs.append((gi, si))
                used.add(si)
                break
    return sorted(pairs)


def _has_words(text: str, words: str) -> bool:
    """The words stand in the text as whole words ("обстрел" is not in "обстреляли")."""
    return bool(words) and re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text) is not None


def same_actor_name(keys: ActorKeys, gold: str, system: str) -> bool:
    """Two names of one actor: equal keys, a one-word name that is a word of the other
    ("Песков" = "Дмитрий Песков"), or a one-letter spelling variant."""
    a, b = keys.key(gold), keys.key(system)
    if a == b:
        return True
    if not (a.startswith("name:") and b.startswith("name:")):
        return False
    wa, wb = a[5:].split(), b[5:].split()
    if (len(wa) == 1 and wa[0] in wb) or (len(wb) == 1 and wb[0] in wa):
        return True
    return _spelling_variant(wb, wa)


@dataclass
class AttributeCounts:
    pairs: int = 0
    modes: Counter = field(default_factory=Counter)     # (type, gold mode, system mode) -> pairs
    negated: Counts = field(default_factory=Counts)
    hypothetical: Counts = field(default_factory=Counts)
    reported_by: Counts = field(default_factory=Counts)
    agree: Counter = field(default_factory=Counter)     # "negated"/"hypothetical"/"reported_by" -> pairs agreeing

    def add(self, other: "AttributeCounts") -> None:
        self.pairs += other.pairs
        self.modes.update(other.modes)
        for name in ("negated", "hypothetical", "reported_by"):
            getattr(self, name).add(getattr(other, name))
        self.agree.update(other.agree)

    def table(self) -> dict[str, Any]:
        per_type: dict[str, dict[str, Any]] = {}
        for (type_, g, s), n in sorted(self.modes.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), str(kv[0][2]))):
            row = per_type.setdefault(type_, {"pairs": 0, "agree": 0, "confusion": {}})
            row["pairs"] += n
            row["agree"] += n if g == s else 0
            row["confusion"][f"{g or '-'} → {s or '-'}"] = n
        agree = sum(r["agree"] for r in per_type.values())
        # (rev18_C 10) the agreement that says something: over the types the guide gives modes
        modal = {t: r for t, r in per_type.items() if t in MODE_TYPES}
        modal_pairs, modal_agree = sum(r["pairs"] for r in modal.values()), sum(r["agree"] for r in modal.values())
        out: dict[str, Any] = {"pairs": self.pairs,
                               "mode": {"agree": agree, "rate": round(agree / self.pairs, 4) if self.pairs else 0.0,
                                        "modal_pairs": modal_pairs, "modal_agree": modal_agree,
                                        "per_type": per_type}}
        for name in ("negated", "hypothetical", "reported_by"):
            c = getattr(self, name)
            out[name] = {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                         "tp": c.tp_gold, "system": c.system, "gold": c.gold, "agree": self.agree[name],
                         "rate": round(self.agree[name] / self.pairs, 4) if self.pairs else 0.0}
        return out


def _flag_counts(gold: bool, system: bool) -> Counts:
    return Counts(tp_system=int(gold and system), system=int(system), tp_gold=int(gold and system), gold=int(gold))


def attribute_counts(gold: dict[str, Any], system: Event, keys: ActorKeys) -> AttributeCounts:
    out = AttributeCounts(pairs=1)
    out.modes[(gold["type"], gold.get("mode"), system.mode)] += 1
    for name in FLAGS:
        g, s = bool(gold.get(name)), bool(getattr(system, name))
        setattr(out, name, _flag_counts(g, s))
        out.agree[name] += g == s
    g, s = gold.get("reported_by"), system.reported_by
    hit = bool(g and s and same_actor_name(keys, g, s))
    out.reported_by = Counts(tp_system=int(hit), system=int(bool(s)), tp_gold=int(hit), gold=int(bool(g)))
    out.agree["reported_by"] += hit or (not g and not s)
    return out


def attribute_table(results: Iterable[DocResult], scope: str | None = None) -> dict[str, Any]:
    total_counts = AttributeCounts()
    for r in results:
        if scope is None or r.scope == scope:
            total_counts.add(r.attributes)
    return total_counts.table()


def attribute_misses(results: Iterable[DocResult], keys: ActorKeys) -> Iterable[str]:
    """One line per attribute disagreement of a paired event: file, scope, attribute, gold value,
    system value, type, trigger, the gold evidence."""
    for r in results:
        for gi, si in r.pairs:
            g, s = r.gold_events[gi], r.system_events[si]
            one = attribute_counts(g, s, keys)
            tail = f"\t{s.type}\t{s.trigger}\t{(g.get('evidence') or '')[:160]}"
            head = f"{r.name}\t[{r.scope}]\t"
            if g.get("mode") != s.mode:
                yield f"{head}mode\t{g.get('mode')}\t{s.mode}{tail}"
            for name in FLAGS:
                if not one.agree[name]:
                    yield f"{head}{name}\t{bool(g.get(name))}\t{getattr(s, name)}{tail}"
            if not one.agree["reported_by"]:
                yield f"{head}reported_by\t{g.get('reported_by')}\t{s.reported_by}{tail}"
