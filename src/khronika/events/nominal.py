"""(session 19, helper en) Parties of an event noun that its own phrase leaves out, read from the clause
around it (issue 5).

- `framing_partner`: a meeting, talks or call noun that names only the (named) one met ("с X") is also the act of
  the subject of the clause it frames, the frame standing before the verb: "после [встречи] с Путиным Макрон
  заявил", "по итогам [переговоров] с X", "в ходе [разговора] с X"; or of the subject of a verb of joining it:
  "принял участие в [переговорах] с X".
- `nominal_source`: the giver of an act received ("Иран получил [помощь] от России" → Россия), also named by a
  singular possessive the tagger left as "его"/"её" (`possessive_party`: "Варшава удостоилась его [похвалы]" →
  Трамп); the genitive of an accusation or threat noun when the noun's own phrase names the one accused
  ("[обвинения] Москвы в адрес Киева" → Россия).
- `occurring_act`: an arrest or search noun that is the subject of a verb of taking place ("в Москве прошли
  [обыски] у X") is told as done, like the verb: the unnamed agent convention applies ("силовики" in Russia).
- `nominal_target`: the target of a directed act noun its phrase names otherwise: the subject of a verb of
  undergoing or receiving the act ("Польша удостоилась [похвалы] Трампа", "Украина получила [поддержку] ЕС"
  → the subject; not a count of voters: "получил поддержку 115 делегатов"), and a demand's content clause
  ("[требование] X о том, чтобы Y …" → Y; the clause may hang on the light verb: "[требование], чтобы Y …").
"""
from __future__ import annotations

from khronika.events.actors import actors_at, own_actors
from khronika.events.lexicon import LexEntry, fold
from khronika.events.paths import follow, light_head
from khronika.events.pronouns import antecedent
from khronika.events.recovery import joiner
from khronika.events.tree import VERBAL, Found, Tree

# Nouns that frame an act as the time of what the clause tells: "по итогам", "по результатам", "в ходе",
# "во время", "по завершении", "после окончания" (with the preposition each takes).
FRAME_NOUNS = {"итог": ("по",), "результат": ("по",), "ход": ("в",), "время": ("в",),
               "завершение": ("по", "после"), "окончание": ("по", "после")}
# Prepositions the act noun itself takes when it frames the clause ("после встречи с X").
FRAME_PREPS = frozenset({"после"})
# Types and modes of the comitative acts the rule reads (a meeting, talks, a call).
FRAMED_TYPES = frozenset({"CONSULT"})
CONTENT_MARK = "чтобы"
# Verbs that say an act noun took place ("прошли [обыски]", "начались [задержания]"): the act is told as done,
# like the verb, not named as a decision or a plan ("решение об [аресте]").
OCCURRENCE_VERBS = frozenset({"пройти", "проходить", "состояться", "начаться", "начинаться", "продолжаться",
                              "продолжиться", "идти"})
# Singular possessive determiners the tagger leaves with their own lemma ("его [похвалы]", "её [встреча]");
# the lexicon's genitive step reads only those lemmatised as "он"/"она".
POSSESSIVE_FORMS = frozenset({"его", "ее"})  # (not "их": a plural antecedent is too often wrong)
NAMED_TYPES = ("PER", "ORG", "GPE", "MEDIA")
# Act nouns whose genitive is their source when a phrase of their own names the target.
ADDRESSED_TYPES = frozenset({"ACCUSE", "THREATEN"})
# Verbs whose subject undergoes or receives the act their object or complement noun names.
RECEIVER_VERBS = frozenset({"получить", "получать", "удостоиться", "удостаиваться", "подвергнуться", "подвергаться"})


def _framing_verb(tree: Tree, i: int) -> int | None:
    """The verb whose clause the act noun i frames as its time, or that joins it ("принял участие в")."""
    verb = joiner(tree, i)
    if verb is not None:
        return verb
    head = tree.head(i)
    if head is None:
        return None
    if tree.prep(i) in FRAME_PREPS:
        verb = head
    elif tree.lemma(head) in FRAME_NOUNS and tree.prep(head) in FRAME_NOUNS[tree.lemma(head)] \
            and tree.case(i) == "Gen" and tree.prep(i) is None:
        verb = tree.head(head)
    elif any(tree.lemma(f) in ("ход", "время") for c in tree.kids(i, "case") for f in tree.kids(c, "fixed")):
        verb = head  # the parser reads "в ходе" as a fixed preposition of the noun
    else:
        return None
    # only a frame standing before its verb ("Порошенко после [встречи] с X заявил"); one after the verb is often
    # hung there by the parser from a phrase about someone else ("отреагировала на пост Макрона после [встречи] с X")
    return verb if verb is not None and tree.tok(verb).pos in VERBAL and verb > i else None


def framing_partner(tree: Tree, entry: LexEntry, i: int, light_verbs: frozenset[str],
                    speech_verbs: frozenset[str], met: list[Found]) -> list[Found]:
    """The named subject of the clause a comitative act noun frames: the other party to the one it was
    held with ("после [встречи] с Путиным Макрон заявил" → Макрон).  Only for a noun naming no party but
    the one met (the caller checks), and only a named actor that is not the one met."""
    if entry.type not in FRAMED_TYPES or tree.tok(i).pos != "NOUN" or not any(f.named for f in met):
        return []  # (a named one met: "в ходе беседы с журналистом" is an interview)
    verb = _framing_verb(tree, i)
    if verb is None:
        return []
    met_keys = {f.actor.actor_id or f.actor.name for f in met}
    found = [f for j in follow(tree, "subj", verb, light_verbs, speech_verbs) if j != i
             for f in actors_at(tree, j) if f.named and f.type in NAMED_TYPES]
    return [f for f in found if (f.actor.actor_id or f.actor.name) not in met_keys]


def occurring_act(tree: Tree, i: int) -> bool:
    """The act noun i is the subject of a verb of taking place ("У журналистов прошли [обыски]")."""
    head = tree.head(i)
    return tree.tok(i).pos == "NOUN" and tree.tok(i).rel in ("nsubj", "nsubj:pass") and head is not None \
        and tree.lemma(head) in OCCURRENCE_VERBS and tree.tok(head).pos in VERBAL


def _receiving_verb(tree: Tree, i: int) -> int | None:
    """The verb of receiving or undergoing whose object or bare complement the act noun i is."""
    head = tree.head(i)
    if head is None or tree.lemma(head) not in RECEIVER_VERBS or tree.tok(i).rel not in ("obj", "obl", "iobj") \
            or tree.prep(i) is not None:
        return None
    return head


def possessive_party(tree: Tree, i: int) -> tuple[list[Found], list[int]]:
    """The owner a possessive determiner of the act noun refers to ("его [похвалы]" → the person "его" stands for)."""
    found, tokens = [], []
    for c in tree.kids(i, "det"):
        if tree.tok(c).pos not in ("DET", "PRON") or fold(tree.tok(c).text) not in POSSESSIVE_FORMS \
                or tree.lemma(c) in ("он", "она"):  # (those the genitive step reads already)
            continue
        referent = antecedent(tree, c)
        if referent is not None:
            found.extend(f for f in own_actors(tree, referent, 1) if f.named and f.type in NAMED_TYPES)
            tokens.append(c)
    return found, tokens


def nominal_source(tree: Tree, entry: LexEntry, i: int) -> tuple[list[Found], list[int]]:
    """The giver of an act noun received: "Иран получил [помощь] от России" → Россия (the "от" phrase on the
    noun or on the receiving verb); else a possessive where the entry reads the genitive as the source."""
    if tree.tok(i).pos != "NOUN":
        return [], []
    verb = _receiving_verb(tree, i) if not entry.symmetric else None
    if verb is not None:
        tokens = [c for h in (i, verb) for c in tree.kids(h, "obl", "nmod") if tree.prep(c) == "от"]
        found = [f for j in tokens for f in actors_at(tree, j) if f.named and f.type in NAMED_TYPES]
        if found:
            return found, tokens
        if any(role.split(".")[0] == "gen" for role in entry.source):
            # "Варшава удостоилась его [похвалы]": the possessive of an act received is its giver (elsewhere
            # a possessive the tagger left unresolved was found too often to stand for someone else)
            return possessive_party(tree, i)
    if entry.type in ADDRESSED_TYPES and _addressee_phrase(tree, i):
        # "[обвинения] Москвы в адрес Киева": with the one accused named by its own phrase, the genitive is the
        # accuser (alone, "обвинения Навального" may be the charges against him)
        tokens = [c for c in tree.kids(i, "nmod") if tree.case(c) == "Gen" and tree.prep(c) is None]
        found = [f for j in tokens for f in actors_at(tree, j) if f.named and f.type in NAMED_TYPES]
        return found, tokens
    return [], []


def _addressee_phrase(tree: Tree, i: int) -> bool:
    """The act noun has a phrase naming whom it is aimed at: "в адрес X", "против X"."""
    for c in tree.children[i]:
        if tree.prep(c) == "против" or (tree.lemma(c) == "адрес" and tree.prep(c) == "в"):
            return True
        if any(tree.lemma(f) == "адрес" for k in tree.kids(c, "case") for f in tree.kids(k, "fixed")):
            return True
    return False


def _content_subjects(tree: Tree, host: int) -> list[int]:
    """Subjects of a "чтобы" clause hung on `host` directly or through "о том" / "к тому"."""
    out: list[int] = []
    hosts = [host] + [c for c in tree.kids(host, "nmod", "obl") if tree.lemma(c) in ("тот", "то")]
    for h in hosts:
        for clause in tree.kids(h, "acl", "ccomp", "advcl", "acl:relcl"):
            if not any(tree.lemma(m) == CONTENT_MARK for m in tree.kids(clause, "mark")) or tree.is_passive(clause):
                continue
            # (a nominative before the verb that the parser made its object is its subject: "чтобы недружественные
            # страны платили")
            out.extend(c for c in tree.children[clause] if tree.tok(c).pos in ("PROPN", "NOUN") and (
                tree.tok(c).rel == "nsubj" or tree.tok(c).rel == "obj" and tree.case(c) == "Nom" and c < clause))
    return out


def nominal_target(tree: Tree, entry: LexEntry, i: int, light_verbs: frozenset[str]) -> tuple[list[Found], list[int]]:
    """The target a directed act noun's own phrase names outside the lexicon's paths (see the module)."""
    if tree.tok(i).pos != "NOUN" or entry.symmetric:
        return [], []
    head = _receiving_verb(tree, i)
    if head is not None and not any(tree.kids(c, "nummod") for c in tree.kids(i, "nmod")):
        # (not a count of those who gave it: "получил [поддержку] 115 делегатов" is a tally of votes)
        tokens = [j for j in follow(tree, "subj", head, light_verbs, frozenset()) if j != i]
        found = [f for j in tokens for f in actors_at(tree, j) if f.named and f.type in NAMED_TYPES]
        if found:
            return found, tokens
    if entry.type == "REQUEST":
        hosts = [i]
        light = light_head(tree, i, light_verbs)
        if light is not None:
            hosts.append(light)  # "выдвинула [требование], чтобы НАТО …": the clause may hang on the verb
        tokens = [j for h in hosts for j in _content_subjects(tree, h)]
        found = [f for j in tokens for f in actors_at(tree, j) if f.named and f.type in NAMED_TYPES]
        return found, tokens
    return [], []
