"""(mC32, rv32_Q C3) The unnamed source of a quote no rule could give a speaker: "По словам одного
из источников, …", "По словам источников в компании, …", "Источник сообщил, что …", "Многие …,
отметив, что …", a pronoun that takes up such a source ("…, сообщает источник.  По его словам, …"),
and a case file's materials ("Согласно материалам дела, …").

The gold guide (gold/quotes/README.md, "Other fields") keeps an unnamed source's mention in
`speaker` and norms it `unknown`; the scorer reads a speaker named `unknown` as unknown
(`eval.quotes.SpeakerMatcher.rule`).  So the quote gets `SpeakerRef(None, "unknown", mention)`
instead of no speaker (its source chain ends with "unknown", as a chain ends with any speaker):
the same score, and the record says whom the text gives as its source.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from khronika.nlp.doc import UNNAMED_SPEAKER, SpeakerRef, Token
from khronika.quotes.cues import lemma
from khronika.quotes.speakers import ANONYMOUS, UNNAMED_ADJECTIVES

if TYPE_CHECKING:
    from khronika.quotes.candidate import Candidate
    from khronika.quotes.context import QuoteContext

# Pronouns standing for a whole indefinite group as the subject: "Многие усомнились …, отметив, что".
GROUP_PRONOUNS = frozenset({"многие", "многий", "некоторые", "некоторый", "кто-то"})
# (mJ33, rv33_Q C2) "«…», – написал один из пользователей. «…», – добавил другой.": a bare "другой" as
# the subject is another member of a group the text leaves unnamed (gold quotes-dev12: «другой» → unknown).
OTHER_ONE = frozenset({"другой"})
# Third-person pronouns (and possessives) that may take up an unnamed source, by the number they show.
SOURCE_PRONOUNS = {"он": "Sing", "его": "Sing", "они": "Plur", "их": "Plur"}
# Quotation marks around an outlet's name inside the mention ("источник «Интерфакса»", 'собеседник "Ъ"').
OPENING_MARKS = frozenset("«\"„“")
CLOSING_MARKS = frozenset({"»", '"', "“", "”"})
# The owner of a frame noun that is a file, not a speaker ("Согласно материалам дела").
CASE_FILE_NOUNS = frozenset({"дело"})


def unnamed_source(ctx: "QuoteContext", cand: "Candidate") -> SpeakerRef | None:
    """The unnamed source the candidate's frame names (module docstring), else None."""
    head = cand.speaker_head
    if head is None:
        return _case_file(ctx, cand) if cand.unnamed and cand.rule == "frame" else None
    if not 0 <= head < len(ctx.tokens):
        return None
    word = lemma(ctx.tokens[head])
    if word in SOURCE_PRONOUNS:
        going_on = cand.cue in CONTINUING_CUES  # (cr33) "По его словам", "Он добавил": the source goes on
        return _mention(ctx, head, head + 1) if _source_taken_up(ctx, head, SOURCE_PRONOUNS[word], going_on) else None
    if word in GROUP_PRONOUNS and ctx.tokens[head].rel.startswith("nsubj"):
        return _mention(ctx, head, head + 1)
    if word in OTHER_ONE and ctx.tokens[head].rel.startswith("nsubj") \
            and ctx.tokens[head].pos in ("ADJ", "DET", "PRON"):
        if _apposed_name(ctx, head):
            return None  # (cr33 R6) "Другой, Андрей Смирнов, заявил": the text names him
        return _mention(ctx, *ctx.res.subtree(head), head)  # (with its own "из" group: "другой из авторов")
    if word == "один":
        # "один из источников": the source noun is the numeral's "из" complement
        if not any(lemma(ctx.tokens[k]) in ANONYMOUS for k in ctx.kids(head, "nmod", "obl")):
            return None
    elif word not in ANONYMOUS and not _withheld(ctx, head):
        return None
    return _mention(ctx, *ctx.res.subtree(head), head)


def _withheld(ctx: "QuoteContext", head: int) -> bool:
    """(mJ33, rv33_Q C2) "Неназванный представитель министерства сообщает, что …": a person noun the
    text says it does not name is an unnamed source too (the speaker rules drop it as no one)."""
    return ctx.tokens[head].pos == "NOUN" and any(lemma(ctx.tokens[k]) in UNNAMED_ADJECTIVES
                                                  for k in ctx.kids(head, "amod"))


def is_unnamed_source(speaker: SpeakerRef | None) -> bool:
    """The speaker is an unnamed source kept by its mention (`unnamed_source`, description_speakers' stage 3)."""
    return speaker is not None and speaker.unnamed


def _apposed_name(ctx: "QuoteContext", head: int) -> bool:
    """A person's name stands in apposition to the word at `head` ("Другой, Андрей Смирнов, …")."""
    names = [k for k in ctx.kids(head, "appos", "flat:name")]
    if head + 2 < len(ctx.tokens) and ctx.tokens[head + 1].text == ",":
        names.append(head + 2)
    return any(ctx.tokens[k].pos == "PROPN" and any(m.type == "PER" for m in ctx.res.mentions_in(
        ctx.tokens[k].start, ctx.tokens[k].stop + 60) if m.start == ctx.tokens[k].start) for k in names)


def _case_file(ctx: "QuoteContext", cand: "Candidate") -> SpeakerRef | None:
    """"Согласно материалам дела, …": the frame noun with its case-file owner is the (document) source."""
    noun = cand.cue_token
    if noun is None or not 0 <= noun < len(ctx.tokens):
        return None
    if not any(lemma(ctx.tokens[k]) in CASE_FILE_NOUNS for k in ctx.kids(noun, "nmod")):
        return None
    return _mention(ctx, *ctx.res.subtree(noun), noun)


CONTINUING_CUES = frozenset({"по словам", "по мнению", "добавить", "уточнить", "пояснить", "подчеркнуть", "продолжить"})


def _source_taken_up(ctx: "QuoteContext", pronoun: int, number: str, going_on: bool = False) -> bool:
    """An unnamed source of the pronoun's number is a subject in this sentence before it or in the
    one before ("…, сообщает источник. По его словам, …"); the speaker rules left the pronoun
    unresolved, so no named one stands between.  (cr32 F13) Nor may another noun of that number stand
    between, which the pronoun may take up as well ("Источники сообщили, что задержаны двое
    подозреваемых. Они заявили, что невиновны")."""
    here = ctx.sent_of_token(pronoun)
    first, _ = ctx.sentence_range(max(0, here - 1))
    sources = [k for k in range(first, pronoun) if lemma(ctx.tokens[k]) in ANONYMOUS
               and ctx.tokens[k].rel.startswith("nsubj") and ctx.tokens[k].feats.get("Number") == number]
    return bool(sources) and (going_on or not any(_other_referent(ctx.tokens[k], number)
                                     for k in range(sources[-1] + 1, pronoun)))


def _other_referent(token: Token, number: str) -> bool:
    """Someone else who may speak, of the pronoun's number: an animate noun or a numeral of persons as a
    subject or object ("двое подозреваемых"; not "экспертиза выявила …", which says nothing)."""
    if lemma(token) in ANONYMOUS or not token.rel.startswith(("nsubj", "obj")):
        return False
    if token.pos == "NUM":
        return number == "Plur"
    return token.pos in ("NOUN", "PROPN") and token.feats.get("Number") == number \
        and token.feats.get("Animacy") == "Anim"


def _mention(ctx: "QuoteContext", first: int, last: int, head: int | None = None) -> SpeakerRef:
    """The mention as written over tokens [first, last), its left part only as far as the head's own
    words run unbroken (the parse may hang a word of the frame's clause on it: "…в подконтрольных ему
    En+ Group и «Русале», рассказали три источника"), without a leading conjunction, particle or
    preposition ("и источник «Известий»", "на источники")."""
    if head is not None:
        left = head
        while left > first and ctx.tokens[left - 1].pos not in ("PUNCT", "VERB", "AUX") \
                and _under(ctx, left - 1, head):
            left -= 1
        while left < head and ctx.tokens[left].pos in ("CCONJ", "PART", "ADP"):
            left += 1  # (cr40 F7: nor a leading preposition - "со ссылкой на источники в …")
        first = left
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    if last < len(ctx.tokens) and ctx.tokens[last].text in CLOSING_MARKS \
            and any(c in OPENING_MARKS for c in ctx.doc.text[start:stop]):
        stop = ctx.tokens[last].stop  # (the closing mark of an outlet's name: 'источник "Ъ"', «Интерфакса»)
    return SpeakerRef(None, UNNAMED_SPEAKER, ctx.doc.text[start:stop], start, stop)


def _under(ctx: "QuoteContext", k: int, head: int) -> bool:
    """Token `k` is in the phrase headed by `head` (its parse head chain reaches it)."""
    seen = set()
    while k >= 0 and k not in seen:
        if k == head:
            return True
        seen.add(k)
        k = ctx.tokens[k].head
    return False
