"""(nm26, review rev25_A LOW 2) "Она принесла соседкам воды": a verb of giving takes the one given to in the
dative and what is given as its object - in the genitive when it is a part of a mass ("воды", "хлеба", "денег").
The parse may hang that genitive on the dative noun, as if it were the noun's own ("соседки воды"); when the
verb has no object of its own, the genitive right after the dative noun is the verb's object, no part of the
noun's name."""
from __future__ import annotations

from khronika.nlp.doc import Token

# Verbs of giving whose object may be a partitive genitive ("дать денег", "принести воды", "налить чаю").
# (not "передать", "отправить", "выдать": an institution's transfer, whose object the text often leaves out -
# "передали сотрудникам полиции")
GIVING_VERBS = frozenset({
    "дать", "давать", "принести", "приносить", "налить", "наливать", "подать", "подавать", "дарить", "подарить",
    "раздать", "раздавать", "предложить", "предлагать", "одолжить", "прислать", "присылать", "привезти",
    "привозить", "насыпать", "отсыпать", "плеснуть", "поднести", "подносить",
})

OBJECT_RELS = frozenset({"obj", "iobj", "obl"})


def _lemma(token: Token) -> str:
    return (token.lemma or token.text.lower()).replace("ё", "е")


def _has_own_object(tokens: list[Token], children: dict[int, list[int]], verb: int, recipient: int) -> bool:
    """The verb has an object other than the dative recipient (then a genitive after the recipient is not it)."""
    return any(k != recipient and tokens[k].rel == "obj" and tokens[k].feats.get("Case") in ("Acc", "Gen", None)
               for k in children.get(verb, []))


def partitive_object(tokens: list[Token], children: dict[int, list[int]], noun: int) -> int | None:
    """The token index of the genitive the parse hung on the dative noun `noun` that is the giving verb's
    object ("принесла соседкам | воды"); None when there is none."""
    token = tokens[noun]
    verb = token.head
    if token.feats.get("Case") != "Dat" or token.rel not in OBJECT_RELS or verb < 0 \
            or tokens[verb].pos != "VERB" or _lemma(tokens[verb]) not in GIVING_VERBS \
            or tokens[verb].feats.get("Voice") == "Pass" or _has_own_object(tokens, children, verb, noun):
        return None
    for child in children.get(noun, []):
        genitive = tokens[child]
        if child > noun and genitive.rel == "nmod" and genitive.pos == "NOUN" and genitive.feats.get("Case") == "Gen" \
                and genitive.feats.get("Animacy") != "Anim" \
                and all(tokens[k].head == child and tokens[k].rel in ("amod", "det") for k in range(noun + 1, child)):
            return child  # (right after the noun, or after its own adjectives: "соседкам холодной воды")
    return None
