"""(round 22) Who did an act the clause gives no agent of its own, read off the clause around it.

- An act noun that hangs on a verb as how or why that verb's subject acts is the subject's own:
  "Джонсон объяснил свой уход [несогласием] с Мэй", "Трамп обрушился с [критикой] на Германию",
  "в знак [протеста] подали в отставку", "в своём [обращении] к Мэй Джонсон предупредил" (`manner_verb`).
- An agentless act done "по решению X" / "в соответствии с постановлением X" is X's (`order_authors`).
- A ban on entering a country is that country's: "Лукашенко запрещён въезд в страны ЕС" (`entry_destination`).
"""
from __future__ import annotations

from khronika.events.tree import Tree, VERBAL

# "в знак протеста": the noun "знак" standing between the act and the verb.
SIGN_NOUNS = frozenset({"знак"})
# The reflexive possessive: "свой" always refers to its clause's subject.
REFLEXIVE = "свой"


def manner_verb(tree: Tree, i: int) -> int | None:
    """The verb whose subject holds the act noun i, when i is that verb's bare instrumental
    ("объяснил несогласием", "ответила санкциями"), its "с" + instrumental manner phrase
    ("обратился с призывом", "выступил с критикой"), its "в знак" ground ("в знак протеста"), or
    carries "свой" ("в своём обращении").  Not the instrumental of a passive (that is the agent:
    "затронутые санкциями"; "Берлин возмущён давлением": the cause of what the subject undergoes), nor an
    act noun governed by another noun ("митинги с требованием")."""
    head = tree.head(i)
    if head is None:
        return None
    own = any(tree.lemma(c) == REFLEXIVE for c in tree.kids(i, "det", "amod"))
    instrumental = tree.case(i) == "Ins" and tree.tok(i).rel in ("obl", "nmod") \
        and tree.prep(i) in (None, "с")
    if tree.lemma(head) in SIGN_NOUNS and tree.prep(head) == "в" and tree.case(i) == "Gen":
        head, instrumental = tree.head(head), True
        if head is None:
            return None
    if not (own or instrumental):
        return None
    if tree.tok(head).pos not in VERBAL or tree.is_passive(head) or tree.kids(head, "nsubj:pass"):
        return None  # ("Берлин возмущён [давлением] на фирмы": the subject of a passive undergoes, it does not act)
    return head


# (round 22) Decisions whose author did what a passive clause reports "по решению X", "в соответствии с
# постановлением X" ("на акции наложен арест в соответствии с постановлением суда"; "по решению Верховного суда
# с неё сняты обвинения").
ORDER_NOUNS = frozenset({"решение", "постановление", "приказ", "распоряжение", "указ", "определение", "вердикт"})
# The preposition of a basis, "по"; complex ones the parser builds as "в"/"на" with a fixed noun.  (Not "согласно":
# "согласно решению суда, расстрел являлся преступлением" cites the decision, it was not done by it.)
BASIS_PREPS = frozenset({"по"})
BASIS_FIXED = frozenset({"соответствие", "основание"})  # "в соответствии с", "на основании"


def order_authors(tree: Tree, i: int) -> list[int]:
    """Tokens of whoever issued the decision an agentless act at token i was done by: the genitive of a
    decision noun in a basis phrase on the trigger ("наложен арест в соответствии с постановлением
    [Окружного суда]"), or on the passive verb a nominal trigger is the subject of ("арест был наложен по
    решению [суда]").  Only a named author (a mention) counts."""
    hosts = [i]
    head = tree.head(i)
    if head is not None and tree.tok(i).rel == "nsubj:pass" and tree.tok(head).pos in VERBAL:
        hosts.append(head)
    out: list[int] = []
    for host in hosts:
        for c in tree.children[host]:
            if tree.lemma(c) not in ORDER_NOUNS or not _basis(tree, c):
                continue
            out += [g for g in tree.kids(c, "nmod") if tree.case(g) == "Gen" and tree.prep(g) is None
                    and tree.mention_of[g] is not None]
    return out


def _basis(tree: Tree, c: int) -> bool:
    if tree.prep(c) in BASIS_PREPS:
        return True
    return any(tree.lemma(f) in BASIS_FIXED for k in tree.kids(c, "case") for f in tree.kids(k, "fixed"))


# (round 22) Words of entering a country: a ban on entry is imposed by the country entered ("Лукашенко запрещён
# въезд в страны ЕС", "им запретили въезжать в Белоруссию").
ENTRY_WORDS = frozenset({"въезд", "въезжать", "въехать"})
# Generic nouns for the place entered whose genitive names it ("на территорию стран ЕС", "в страны ЕС").
TERRITORY_NOUNS = frozenset({"территория", "страна", "пределы"})


def entry_destination(tree: Tree, i: int) -> list[int]:
    """Tokens naming the country whose entry the ban at token i is on: "запрещён [въезд] в Белоруссию",
    "запретили [въезжать] в Белоруссию", "на территорию [стран] [ЕС]" (through generic place nouns)."""
    words = [c for c in tree.children[i] if tree.lemma(c) in ENTRY_WORDS]
    out: list[int] = []
    for w in words:
        for c in tree.children[w]:
            if tree.prep(c) not in ("в", "на"):
                continue
            place, depth = c, 0
            while tree.lemma(place) in TERRITORY_NOUNS and depth < 2:
                genitive = [g for g in tree.kids(place, "nmod") if tree.case(g) == "Gen" and tree.prep(g) is None]
                if not genitive:
                    break
                place, depth = genitive[0], depth + 1
            if tree.mention_of[place] is not None:
                out.append(place)
    return out
