"""A candidate quote (content span, cue, unresolved speaker) and how a cue verb
turns into one: subject, addressee, negation, hedging, and the sources of
"со ссылкой на …" and "цитирует …" reports.  Every rule module builds these;
`merge` picks among them and `attribution` turns the survivors into Quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from khronika.nlp.doc import Quote, SpeakerRef, Token
from khronika.quotes.context import (ACCUSING_VERBS, FOLLOWS_FROM, OFFICE_NOUNS, PUBLISHING_SITE_NOUNS, QuoteContext,
                                     agrees)
from khronika.quotes.cues import PLACE_PREPOSITIONS, cue_lemma, lemma, stance_participle, verb_form_feats
from khronika.quotes.marks import QUOTE_CHARS
from khronika.quotes.speakers import DOMAIN, HANDLE as SPEAKER_HANDLE, SOCIAL_NETWORKS, channel_word_form


QUOTING_VERBS = frozenset({"цитировать", "процитировать"})
# Nouns for someone's statement that a relaying verb takes as object: "приводит слова /
# ответ / мнение X" - X speaks.
# (dvR) An eyewitness's account is relayed the same way: "«…», – передает издание впечатления свердловчанина X",
# "– передает chelyabinsk.74.ru свидетельство очевидца", "приводит его рассказ об аварии: …" - X speaks, the outlet relays.
ACCOUNT_STATEMENT_NOUNS = frozenset({"рассказ", "впечатление", "свидетельство", "воспоминание"})
STATEMENT_NOUNS = frozenset({"слово", "цитата", "высказывание", "ответ", "мнение", "комментарий", "реплика",
                             "оценка"}) | ACCOUNT_STATEMENT_NOUNS
# Verbs that relay words only with the words as their object ("передает слова X «Y»";
# "передает ТАСС" alone names the outlet that speaks).
WORDS_PASSING_VERBS = frozenset({"передавать", "передать"})
# Passive relays: "приводятся слова президента на сайте Кремля" - the words' owner speaks.
PASSIVE_RELAY_VERBS = frozenset({"приводиться", "цитироваться", "передаваться"})
# What "со ссылкой на" may name instead of its author: "на данные властей" - the owner speaks
# ("со ссылкой на рассказ коллег" - the colleagues: review cr40 F11).
REFERRED_DATA = frozenset({"данные", "информация", "сведения", "оценка", "подсчет", "расчет", "слово", "рассказ"})
# A social-network handle ("@user_42") at most this many characters after a cue verb speaks.
HANDLE_WINDOW = 40
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]")
# A handle written without "@" ("– удивляется valeria.wagnerr", "– пишет ivan_77"): lower-case
# Latin with a dot, an underscore or digits inside; only right after a cue and ending its
# sentence (a web address is a site, see speakers.DOMAIN).
_BARE_HANDLE = re.compile(r"(?<![\w@.\-])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\w@\-])"
                          r"|(?<![\w@.\-])[a-z]{2,}[0-9]+[a-z0-9]*(?![\w@\-]|\.\w)"  # ("olga1975k.")
                          # (mU35) underscores at either end or doubled: "_7kontinent_", "a__shulmina", "polya27_"
                          r"|(?<![\w@.\-])(?=[a-z0-9._]*_)_*[a-z0-9]+(?:[._]+[a-z0-9]+)*(?:[._]*_)?(?![\w@\-])")
SENTENCE_ENDS = frozenset({".", "!", "?"})
# The cue's object after a handle: Cyrillic words only (no Latin, no other handle or site).
_CYRILLIC_OBJECT = re.compile(r"\s+[а-яёА-ЯЁ][а-яёА-ЯЁ0-9 ,«»\-]*")


@dataclass
class Candidate:
    start: int
    stop: int
    rule: str
    cue: str
    cue_token: int | None = None
    speaker_head: int | None = None        # token heading the speaker phrase
    speaker: SpeakerRef | None = None       # already resolved (headline, continuation)
    impersonal_verb: int | None = None      # resolve from "в пресс-службе", "в сообщении X"
    addressee_head: int | None = None
    sources: list[str] = field(default_factory=list)
    negated: bool = False
    hedged: bool = False
    follows: "Candidate | None" = None      # continuation of this candidate
    referred: bool = False                  # the speaker is the one "со ссылкой на" names
    quote: Quote | None = None
    found: str = ""                         # how `attribution.resolve` found the speaker (`quotes.confidence`)
    resolved: SpeakerRef | None = None      # the speaker `resolve` gave, before later passes rename it
    unnamed: bool = False                   # a frame whose owner is no speaker ("согласно материалам дела")
    same_report: bool = False               # (dv36b) "По тем же данным, …": the report of the quote just before


def verb_candidate(ctx: QuoteContext, start: int, stop: int, verb: int, rule: str, klass: str) -> Candidate:
    subject = ctx.subject_of(verb)
    if subject is not None and subject in ctx.kids(verb) and not stance_participle(ctx.tokens[verb]) and (
            ctx.tokens[subject].rel == "nsubj:pass" or ctx.tokens[verb].feats.get("Voice") == "Pass"
            and not _reflexive_cue_subject(ctx, verb, subject)):
        subject = None  # "было объявлено, что …", "сообщается": a passive verb's subject is no speaker
    if subject is not None and accused_as_subject(ctx, verb, subject):
        return _unnamed_accusers(ctx, start, stop, verb, rule, klass)
    told = told_participle(ctx.tokens[verb])
    if not told and (subject is None or start <= ctx.tokens[subject].start < stop
                     and not start <= ctx.tokens[verb].start < stop):
        # (a "subject" inside the content is the content's own: "попросил: … акт произошел …")
        subject = _crossing_subject(ctx, verb, start, stop)
    if subject is None and not told:
        subject = _shared_subject(ctx, verb)
    if subject is None and not told:
        subject = _postposed_subject(ctx, verb, start, stop)
    if subject is None and not told:
        subject = gerund_held_subject(ctx, verb, start, stop)
    if subject is None and not told:
        subject = _name_right_before(ctx, verb, start, stop)
    if lemma(ctx.tokens[verb]) in FOLLOWS_FROM and ctx.source_from(verb) is not None:
        subject = None  # "…, следует из указа президента": the document's owner speaks, not the content's subject
    addressee = ctx.addressee(verb)
    if subject is not None and hearer_as_subject(ctx, verb, subject):
        # (rv20_Q M2) "Как сообщили «КП» в Минздраве": the told outlet, not the speaker
        subject, addressee = None, subject
    cue = cue_lemma(ctx.tokens[verb], bool(ctx.kids(verb, "nsubj")))
    cand = Candidate(start, stop, rule, cue, verb, subject,
                     addressee_head=addressee, negated=ctx.negated(verb),
                     hedged=ctx.hedged(verb, klass, start, stop))
    verb_lemma = lemma(ctx.tokens[verb])
    passive_owner = _passive_relay_owner(ctx, verb)
    if verb_lemma in QUOTING_VERBS or verb_lemma in ("привести", "приводить") and passive_owner is None \
            or verb_lemma in WORDS_PASSING_VERBS and any(
                lemma(ctx.tokens[k]) in STATEMENT_NOUNS or _cited_statement_owner(ctx, k) is not None
                for k in ctx.kids(verb, "obj")):
        _quoting(ctx, cand, verb)
    elif passive_owner is not None:
        cand.speaker_head, cand.impersonal_verb = passive_owner, None
        _relaying_site(ctx, cand, verb, passive_owner)
    elif subject is None:
        cand.impersonal_verb = verb
    _referring(ctx, cand, verb)
    _relayed_by_relative(ctx, cand)
    handle = _handle_after(ctx, verb, start, stop) or _handle_in(ctx, cand.speaker_head) \
        or (_plain_handle_closing(ctx, verb, start, stop) if subject is None else None)
    if handle is not None:
        cand.speaker, cand.speaker_head, cand.impersonal_verb = handle, None, None
    return cand


def told_participle(token: Token) -> bool:
    """(dvA) "Пользователи были проинформированы о том, что …", "Жители предупреждены, что …": a
    passive participle cue names the ones told in the nominative; no nominative near it speaks
    (the parse may hang that nominative on a verb of the content)."""
    return token.feats.get("VerbForm") == "Part" and token.feats.get("Voice") == "Pass" and not stance_participle(token)


def accused_as_subject(ctx: QuoteContext, verb: int, subject: int) -> bool:
    """(rv23_Q H1) "Петрова обвиняют в том, что он …": a verb of accusing in the third person
    plural with no plural subject and no object is indefinite-personal (unnamed accusers); the
    singular noun the parse took for its subject is the accused - the fronted object, which
    never speaks."""
    token, who = ctx.tokens[verb], ctx.tokens[subject]
    return lemma(token) in ACCUSING_VERBS and token.feats.get("VerbForm") == "Fin" \
        and token.feats.get("Number") == "Plur" and token.feats.get("Person", "3") == "3" \
        and who.feats.get("Number") == "Sing" and who.pos in ("NOUN", "PROPN") and not ctx.kids(subject, "conj") \
        and not ctx.kids(verb, "obj")  # (a verb with an object of its own has its accused: "X обвинили ее в …")


def _unnamed_accusers(ctx: QuoteContext, start: int, stop: int, verb: int, rule: str, klass: str) -> Candidate:
    """The quote of an indefinite-personal accusation: spoken by the place it names ("в Кремле
    обвиняют X"), else by no one."""
    return Candidate(start, stop, rule, lemma(ctx.tokens[verb]), verb, None, impersonal_verb=verb,
                     negated=ctx.negated(verb), hedged=ctx.hedged(verb, klass, start, stop), unnamed=True)


def hearer_as_subject(ctx: QuoteContext, verb: int, subject: int) -> bool:
    """(rv20_Q M2) "Как сообщили «КП» в Минздраве", "рассказали РБК в пресс-службе": a plural
    indefinite-personal cue whose speaker is the place it names ("в/на X" in the locative) cannot
    agree with a singular "subject" - an undeclined name the parse took for one is the one told
    (the dative), not the one speaking."""
    token, who = ctx.tokens[verb], ctx.tokens[subject]
    if token.feats.get("Number") != "Plur" or token.feats.get("VerbForm") != "Fin" \
            or who.feats.get("Number") == "Plur" or ctx.kids(subject, "conj") \
            or who.feats.get("Case") not in ("Dat", None) and re.search(r"[а-яё]{2}$", who.text):
        return False  # (a declined word shows its case: only a dative or an undeclined name is told)
    return any({ctx.tokens[p].text.lower() for p in ctx.kids(c, "case")} & {"в", "во", "на"}
               and ctx.tokens[c].feats.get("Case") == "Loc" and ctx.tokens[c].pos in ("NOUN", "PROPN")
               for c in ctx.kids(verb, "obl"))


def _reflexive_cue_subject(ctx: QuoteContext, verb: int, subject: int) -> bool:
    """"Коэн признавался Ремнику, что …": a cue that is a "-ся" verb of its own (not the passive
    of another cue), which the tagger may still call passive, keeps its animate subject."""
    token, who = ctx.tokens[verb], ctx.tokens[subject]
    return lemma(token).endswith(("ся", "сь")) and who.rel == "nsubj" and who.feats.get("Animacy") == "Anim" \
        and who.pos in ("NOUN", "PROPN")


def _postposed_subject(ctx: QuoteContext, verb: int, start: int, stop: int) -> int | None:
    """"– сообщила о смерти певца в Instagram его подруга актриса Анна Белова": a
    singular active verb (a "-ся" one only in a past tense of a gender) whose subject the
    parse lost (hung on nothing, or on itself) takes the nominative person after it in its
    clause that agrees with it - a named person first, else an animate noun."""
    token = ctx.tokens[verb]
    # (a "-ся" cue whose past tense shows a person's gender is active - "поинтересовался у
    # губернатора Путин"; a neuter or present one is an impersonal passive: "сообщалось")
    reflexive = lemma(token).endswith(("ся", "сь")) and not (
        token.feats.get("Tense") == "Past" and token.feats.get("Gender") in ("Masc", "Fem"))
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Sing" \
            or token.feats.get("Voice") == "Pass" or reflexive:
        return None
    s_stop = ctx.sentence_stop(verb)
    nouns, bodies = [], []
    for k in range(verb + 1, s_stop):
        word = ctx.tokens[k]
        if word.pos == "PUNCT" and word.text in ",.;:!?" or start <= word.start < stop:
            break
        if word.pos in ("NOUN", "PROPN") and word.feats.get("Case") == "Nom" \
                and word.rel not in ("obj", "obl", "iobj", "nmod") and agrees(token, word):
            if word.feats.get("Animacy") == "Anim":
                nouns.append(k)
            elif any(m.type in ("ORG", "MEDIA") and not channel_word_form(m.text) for m in ctx.mentions_at(k)):
                # (mR34, rv34_Q C4) "– передает близкий к администрации президента Telegram-канал «Пул первого»":
                # a named outlet or organisation, which the parse hung on the participle phrase before it (a bare
                # "Telegram-канал" the mention layer took for a name is none)
                bodies.append(k)
    named = [k for k in nouns if any(m.type == "PER" and m.start == ctx.tokens[k].start
                                     for m in ctx.res.mentions_in(ctx.tokens[k].start, ctx.tokens[s_stop - 1].stop))]
    return (named or nouns or bodies or [None])[0]


# (mP34) A quoted stretch longer than this is quoted words, not a name in marks.
QUOTED_NAME_CHARS = 40


def _name_right_before(ctx: QuoteContext, verb: int, start: int, stop: int) -> int | None:
    """(mP34) "Отставку главы ГРУ «Коммерсантъ» объяснил тем, что …": a name in the nominative right before a cue
    verb left without a subject (the parse made it an apposition or hung it elsewhere) is its subject, not
    whoever of the verb's gender was named last; no preposition before it ("в «Коммерсанте»" is a place)."""
    k = verb - 1
    while k >= 0 and ctx.tokens[k].text in QUOTE_CHARS:
        k -= 1
    if k < 0 or start <= ctx.tokens[k].start < stop:
        return None
    marks = ctx.in_span(ctx.tokens[k].start)
    if marks is not None and marks.stop - marks.start > QUOTED_NAME_CHARS:
        return None  # (the end of someone's quoted words, not a name in marks)
    token, cue = ctx.tokens[k], ctx.tokens[verb]
    # (an impersonal "-ся" verb has no subject: "В сообщении в соцсети «ВКонтакте» указывается, что …")
    reflexive = lemma(cue).endswith(("ся", "сь")) and not (
        cue.feats.get("Tense") == "Past" and cue.feats.get("Gender") in ("Masc", "Fem"))
    if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Nom" or not agrees(cue, token) \
            or reflexive or cue.feats.get("Voice") == "Pass":
        return None
    if token.rel in ("appos", "flat:name", "nmod") and 0 <= token.head < k and ctx.tokens[token.head].pos == "NOUN":
        return None  # (the name of the noun before it: "в соцсети «ВКонтакте»")
    named = [m for m in ctx.res.mentions_in(token.start, token.stop) if m.type in ("PER", "ORG", "MEDIA")
             and m.stop >= token.stop]
    if not named:
        return None
    first, _ = ctx.doc.token_span(named[0].start, named[0].stop)
    opening = first - 1 if first > 0 and ctx.tokens[first - 1].text in QUOTE_CHARS else first
    if opening > 0 and ctx.tokens[opening - 1].pos == "ADP":
        return None
    return k


def gerund_held_subject(ctx: QuoteContext, verb: int, start: int, stop: int) -> int | None:
    """(mq26) "Об этом информирует газета X, ссылаясь на источники": the parse may hang the
    postposed subject on the gerund joined to the cue; a gerund has no subject of its own (it
    shares the finite verb's), so a nominative noun there, between the cue and the gerund and
    outside the content, is the cue's subject."""
    for gerund in ctx.kids(verb, "conj", "advcl"):
        if gerund < verb or not _gerund(ctx.tokens[gerund]):
            continue
        for k in ctx.kids(gerund, "nsubj"):
            word = ctx.tokens[k]
            if verb < k < gerund and word.pos in ("NOUN", "PROPN") and word.feats.get("Case") in ("Nom", None) \
                    and not start <= word.start < stop and agrees(ctx.tokens[verb], word):
                return k
    return None


def _gerund(token: Token) -> bool:
    """A gerund (the tagger may miss the form of "ссылаясь" when no comma sets it off)."""
    return token.feats.get("VerbForm") == "Conv" or token.text.lower() == "ссылаясь"


def _handle_after(ctx: QuoteContext, verb: int, start: int, stop: int) -> SpeakerRef | None:
    """"– пошутил @user_42", "– дал оценку сериалу пользователь @user": a social-network
    handle right after the cue (within a few words, outside the content) is the speaker."""
    s_stop = ctx.sentence_stop(verb)
    end = ctx.tokens[s_stop - 1].stop if s_stop > verb else ctx.tokens[verb].stop
    text = ctx.doc.text
    m = _HANDLE.search(text, ctx.tokens[verb].stop, end)
    if m is None:
        m = _BARE_HANDLE.search(text, ctx.tokens[verb].stop, end)
        if m is None or DOMAIN.match(text, m.start()) \
                or text[m.end():end].strip(" .!?") and not _object_after_handle(text, ctx.tokens[verb].stop, m, end) \
                or re.search(r"[^\sа-яё,]", text[ctx.tokens[verb].stop:m.start()]):
            # ("– пишет meduza.io": a site; "…, пишет он в nick_1 о …": not the speaker; a
            # parenthetical in commas may stand between: "– написала, в частности, nick_1", dvA)
            return None
    if m.start() > ctx.tokens[verb].stop + HANDLE_WINDOW or start <= m.start() < stop \
            or re.search(r"[.!?;:«»\"]", text[ctx.tokens[verb].stop:m.start()]):
        return None
    return SpeakerRef(None, m.group(0), m.group(0), m.start(), m.end())


def _object_after_handle(text: str, cue_stop: int, handle: re.Match[str], end: int) -> bool:
    """(dvZ) "– процитировала nastya_nega название хита Киркорова": a handle right after the cue, the
    cue's Cyrillic object after it to the sentence end (no preposition before the handle, no other
    word between: "…, пишет он в nick_1 о …" names a place, not the speaker)."""
    rest = text[handle.end():end].rstrip(" .!?")
    return not text[cue_stop:handle.start()].strip() and bool(_CYRILLIC_OBJECT.fullmatch(rest))


def _plain_handle_closing(ctx: QuoteContext, verb: int, start: int, stop: int) -> SpeakerRef | None:
    """"«…», – придумал название нового фильма gadkiy.": a cue with no subject whose sentence
    closes, after a few lower-case Russian words, with a lower-case Latin word (no preposition
    before it, not a network's name) - a user's handle, the speaker."""
    s_stop = ctx.sentence_stop(verb)
    last = s_stop - 1
    while last > verb and ctx.tokens[last].pos == "PUNCT":
        last -= 1
    if last <= verb + 1 or start <= ctx.tokens[last].start < stop:
        return None
    word = ctx.tokens[last]
    between = ctx.doc.text[ctx.tokens[verb].stop:word.start]
    if not SPEAKER_HANDLE.fullmatch(word.text) or word.text in SOCIAL_NETWORKS or DOMAIN.match(ctx.doc.text, word.start) \
            or ctx.tokens[last - 1].pos == "ADP" or re.search(r"[^\sа-яё,]", between) \
            or len(between) > HANDLE_WINDOW:
        return None  # (commas: a parenthetical may stand between, "– написала, в частности, nick", dvA)
    return SpeakerRef(None, word.text, word.text, word.start, word.stop)


def _handle_in(ctx: QuoteContext, head: int | None) -> SpeakerRef | None:
    """"Блогер @user_42 написал": a handle inside the subject's phrase names it."""
    if head is None:
        return None
    first, last = ctx.res.subtree(head)
    m = _HANDLE.search(ctx.doc.text, ctx.tokens[first].start, ctx.tokens[last - 1].stop)
    return SpeakerRef(None, m.group(0), m.group(0), m.start(), m.end()) if m else None


def _referring(ctx: QuoteContext, cand: Candidate, verb: int) -> None:
    """"сообщают СМИ со ссылкой на его жену": the one referred to speaks, the
    subject only relays ("источник" leaves the speaker unknown)."""
    for c in ctx.kids(verb, "obl", "nmod", "advcl", "obj") + [k for k in ctx.kids(verb, "conj") if k > verb] \
            + _gerund_hung_loosely(ctx, verb) + _reference_before_verb(ctx, cand, verb):
        if _referring_gerund(ctx, c):
            target = _referred_by_gerund(ctx, c)
            if target is None or _finite_between(ctx, verb, c):
                continue  # ("X обозначил, что …, информирует Y, ссылаясь на СМИ": the relay's, not X's)
        elif lemma(ctx.tokens[c]) != "ссылка" or not any(
                ctx.tokens[p].text.lower() in ("со", "с") for p in ctx.kids(c, "case")):
            continue
        else:
            target = next((k for k in ctx.kids(c, "nmod", "obl") if k > c and any(
                ctx.tokens[p].text.lower() == "на" for p in ctx.kids(k, "case"))), None)
            if target is None:
                return
        if (ctx.lex.is_source(ctx.tokens[target]) or lemma(ctx.tokens[target]) in REFERRED_DATA) \
                and ctx.owner(target) is not None:
            target = ctx.owner(target)  # "со ссылкой на данные властей": the owner of the data
        if cand.speaker_head is not None:
            relay = ctx.res.from_head(cand.speaker_head)
            if relay is not None:
                cand.sources.append(relay.name)
        cand.speaker_head, cand.impersonal_verb = target, None
        cand.referred = True
        return



# Where relayed words appear: "слова которого приводятся в сообщении телеграм-канала X" - X relays them.
RELAYING_PLACES = frozenset({"сообщение", "публикация", "материал", "статья", "пресс-релиз", "заметка", "эфир"})
RELAYING_VERBS = PASSIVE_RELAY_VERBS | QUOTING_VERBS | {"приводить", "привести"}


def _relayed_by_relative(ctx: QuoteContext, cand: Candidate) -> None:
    """(mB30) "…», – заявил президент, слова которого приводятся в сообщении телеграм-канала X" / "…, слова
    которого приводит X": a relative clause on the speaker saying whose report relays his words names the
    relaying source (wherever the parse hung the relative clause, it follows the speaker in its sentence)."""
    if cand.speaker_head is None:
        return
    # (hT38) a subject before its verb: the relative clause stands between the two ("Нетаньяху, слова которого
    # приводятся на странице канцелярии в Twitter, заявил, что …")
    before_verb = cand.cue_token is not None and cand.speaker_head < cand.cue_token
    reach = cand.cue_token if before_verb else ctx.sentence_stop(cand.speaker_head)
    for clause in range(cand.speaker_head + 1, reach):
        if cand.start <= ctx.tokens[clause].start < cand.stop:
            continue
        words = [k for k in ctx.kids(clause, "nsubj", "nsubj:pass", "obj") if lemma(ctx.tokens[k]) in STATEMENT_NOUNS
                 and any(lemma(ctx.tokens[w]) in ("который", "чей") for w in ctx.kids(k, "nmod", "det"))]
        if not words or lemma(ctx.tokens[clause]) not in RELAYING_VERBS:
            continue
        relay = next((k for k in ctx.kids(clause, "nsubj") if k not in words), None)
        if relay is None:
            place = next((k for k in ctx.kids(clause, "obl") if lemma(ctx.tokens[k]) in RELAYING_PLACES), None)
            relay = ctx.owner(place) if place is not None else None
        if relay is None:
            _relaying_site(ctx, cand, clause, words[0])
            return
        source = ctx.res.from_head(relay) if relay is not None else None
        if source is not None:
            cand.sources.append(source.name)
        return


# Pages that carry relayed words: "приводятся слова президента на сайте Кремля" - the page is the link of the
# source chain (the gold's source: "сайт Кремля", "страница сторонников X в Instagram").
# The publishing sites of `context` and a blog; channels are left to attribution's network places ("в
# Telegram-канале X").
RELAYING_SITE_NOUNS = frozenset(n for n in PUBLISHING_SITE_NOUNS if "канал" not in n) | {"блог"}


def _relaying_site(ctx: QuoteContext, cand: Candidate, verb: int, words: int) -> None:
    """(hT38, rv37_Q C4) "«…», – приводятся слова президента на сайте Кремля", "Путин, слова которого приводятся на
    сайте Кремля": the page a passive relay verb names (hung on the verb, the words or their owner) relays the
    words; it joins the source chain before the speaker."""
    holders = {verb, words, ctx.tokens[words].head} | set(ctx.kids(words, "nmod"))
    for k in range(verb + 1, ctx.sentence_stop(verb)):
        token = ctx.tokens[k]
        if token.head not in holders or token.rel not in ("obl", "nmod"):
            continue
        if lemma(token) in RELAYING_SITE_NOUNS \
                and any(ctx.tokens[p].text.lower() in PLACE_PREPOSITIONS for p in ctx.kids(k, "case")):
            page = _page_phrase(ctx, k)
            if page is not None:
                cand.sources.append(page)
            return


def _page_phrase(ctx: QuoteContext, page: int) -> str | None:
    """"сайте Кремля" -> "сайт Кремля": the page noun in the nominative and its genitive owner as written; None
    for a page with no owner named ("на его странице": the speaker's own page)."""
    owner = ctx.owner(page)
    if owner is None or ctx.kids(owner, "case") or ctx.tokens[owner].text.lower() in ("его", "ее", "её", "их"):
        return None
    last = max(ctx.res.subtree(owner)[1], owner + 1)
    rest = ctx.doc.text[ctx.tokens[page + 1].start:ctx.tokens[last - 1].stop] if page + 1 < last else ""
    word = lemma(ctx.tokens[page])
    if ctx.tokens[page].text[:1].isupper():
        word = word[:1].upper() + word[1:]  # ("Telegram-канал")
    return f"{word} {rest}".strip()


def _reference_before_verb(ctx: QuoteContext, cand: Candidate, verb: int) -> list[int]:
    """(dvI) "Газета Handelsblatt со ссылкой на источники уточняет, что …": a "со ссылкой" standing
    between the subject and its verb belongs to that report, wherever the parse hung it (here on
    the content's verb)."""
    subject = cand.speaker_head
    if subject is None or subject >= verb:
        return []
    return [k for k in range(subject + 1, verb) if lemma(ctx.tokens[k]) == "ссылка"
            and ctx.tokens[k].head != verb]


def _gerund_hung_loosely(ctx: QuoteContext, verb: int) -> list[int]:
    """(mP36) "Об этом информирует Польское радио ссылаясь на источники": with no comma before it the parse
    hangs the gerund of "ссылаться" on the cue as a parataxis or an xcomp, not as an adverbial clause; it
    refers all the same."""
    return [k for k in ctx.kids(verb, "parataxis", "xcomp") if k > verb and _referring_gerund(ctx, k)]


def _referring_gerund(ctx: QuoteContext, c: int) -> bool:
    """(dvD) "информирует УНН ссылаясь на издание Quotidiano": the gerund of "ссылаться" says
    what "со ссылкой на" says (the form is unambiguous; the tagger reads it as a noun when no
    comma sets it off)."""
    token = ctx.tokens[c]
    return token.text.lower() == "ссылаясь" or lemma(token) == "ссылаться" and token.feats.get("VerbForm") == "Conv"


def _referred_by_gerund(ctx: QuoteContext, gerund: int) -> int | None:
    """The noun after the gerund's "на" ("ссылаясь на источники" -> "источники")."""
    return next((k for k in ctx.kids(gerund, "obl", "nmod") if k > gerund and any(
        ctx.tokens[p].text.lower() == "на" for p in ctx.kids(k, "case"))), None)



def _finite_between(ctx: QuoteContext, verb: int, other: int) -> bool:
    """A finite verb stands between the two tokens (the second hangs on another clause's verb)."""
    low, high = sorted((verb, other))
    return any(ctx.tokens[k].feats.get("VerbForm") == "Fin" for k in range(low + 1, high))


def _passive_relay_owner(ctx: QuoteContext, verb: int) -> int | None:
    """"«…», – приводятся слова президента на сайте Кремля": a passive relay verb whose
    subject is the words; their owner (the genitive or the possessive) speaks."""
    token = ctx.tokens[verb]
    passive = lemma(token) in ("приводить", "привести", "цитировать", "передавать") \
        and token.feats.get("Voice") == "Pass"
    if lemma(token) not in PASSIVE_RELAY_VERBS and not passive:
        return None
    nouns = [k for k in ctx.kids(verb, "nsubj", "nsubj:pass", "obj") if lemma(ctx.tokens[k]) in STATEMENT_NOUNS]
    noun = nouns[0] if nouns else _words_after_passive_relay(ctx, verb)
    if noun is None:
        return None
    owner = ctx.possessor(noun)
    return owner if owner is not None else ctx.owner(noun)


def _words_after_passive_relay(ctx: QuoteContext, verb: int) -> int | None:
    """(dvJ) "«…», - приводятся в пресс-релизе компании слова ее директора X": the words the
    passive verb relays come after its place, and the parse may hang them on a verb of the
    quotation; the first bare statement noun after the verb, with no finite verb or
    punctuation between, is its subject."""
    for k in range(verb + 1, ctx.sentence_stop(verb)):
        token = ctx.tokens[k]
        if token.pos == "PUNCT" or token.feats.get("VerbForm") == "Fin":
            return None
        if lemma(token) in STATEMENT_NOUNS and token.feats.get("Case") in ("Nom", "Acc") and not ctx.kids(k, "case"):
            return k
    return None


def _quoting(ctx: QuoteContext, cand: Candidate, verb: int) -> None:
    """"цитирует министра агентство Reuters", "приводит слова министра ТАСС":
    the quoted person speaks; the subject is a reporting source."""
    objects = ctx.kids(verb, "obj")
    subjects = ctx.kids(verb, "nsubj")
    if not objects and len(subjects) > 1:
        # "…, цитирует ТАСС министр": the parser gives two subjects.
        people = [k for k in subjects if ctx.personal(k) and not ctx.is_media(k)]
        media = [k for k in subjects if k not in people]
        if people:
            if media:
                source = ctx.res.from_head(media[0])
                if source is not None:
                    cand.sources.append(source.name)
            cand.speaker_head = people[0]
            cand.impersonal_verb = None
        return
    if not objects and lemma(ctx.tokens[verb]) in QUOTING_VERBS:
        objects = _words_before_quoting_verb(ctx, cand, verb)
    if not objects:
        if lemma(ctx.tokens[verb]) in QUOTING_VERBS and cand.speaker_head is None:
            cand.impersonal_verb = verb
        return
    obj = statement = objects[0]
    # (hT38, rv37_Q C4) "– передает ТАСС заявление Чамбы": a passing verb's statement is its owner's too
    cited_owner = _cited_statement_owner(ctx, obj) \
        if lemma(ctx.tokens[verb]) in QUOTING_VERBS | WORDS_PASSING_VERBS else None
    if lemma(ctx.tokens[obj]) != "слово" and lemma(ctx.tokens[verb]) in QUOTING_VERBS and cited_owner is None:
        people = [k for k in objects + ctx.kids(verb, "nsubj") if ctx.personal(k)]
        obj = people[0] if people else obj
    text_owner = document_text_owner(ctx, obj)
    if text_owner is not None:
        obj = text_owner  # "приводит телеканал текст заявления мэрии": the statement's owner speaks
    elif cited_owner is not None and lemma(ctx.tokens[obj]) not in STATEMENT_NOUNS:
        # (dvY) "– процитировал он заявление офиса Мэй": a statement or message cited by its owner's
        # genitive is the owner's; the one who cites it only relays it
        obj = cited_owner
    elif lemma(ctx.tokens[obj]) in STATEMENT_NOUNS:
        # "цитирует его слова «РИА Новости»": a possessive owns the words, so a name after
        # them (which the parse may hang on the noun) is the relaying source, not an owner
        possessive = ctx.possessor(obj)
        after = ctx.owner(obj)
        owner = possessive if possessive is not None else after
        if owner is None:
            return
        if possessive is not None and after is not None and cand.speaker_head is None:
            cand.speaker_head = after
        obj = owner
    elif lemma(ctx.tokens[verb]) not in QUOTING_VERBS:
        return
    relay = cand.speaker_head if cand.speaker_head is not None else _misparsed_relay(ctx, verb, obj)
    if relay is None:
        relay = _outlet_apposed_to_owner(ctx, obj)
    closing = _outlet_closing_owner(ctx, statement, obj) \
        if cand.speaker_head is None and cited_owner is not None and obj == cited_owner else None
    if closing is not None:
        # (hT38) "– передает заявление следователя ТАСС": the owner's phrase ends before the outlet
        owner_ref = ctx.res.from_phrase(ctx.res.subtree(obj)[0], closing, obj)
        source = ctx.res.from_head(closing)
        if owner_ref is not None and source is not None:
            cand.sources.append(source.name)
            cand.speaker, cand.speaker_head, cand.impersonal_verb = owner_ref, None, None
            cand.cue = lemma(ctx.tokens[verb])
            return
    if relay is not None:
        source = ctx.res.from_head(relay)
        if source is not None:
            cand.sources.append(source.name)
    cand.speaker_head = obj
    cand.cue = lemma(ctx.tokens[verb])
    first, stop = ctx.res.subtree(obj)
    if relay is not None and obj < relay < stop:
        # (sy40) "– передает слова корреспондента ТАСС РИА Новости": the relaying outlet the parse hung inside
        # the owner's phrase (apposed to "ТАСС") ends it
        owner_ref = ctx.res.from_phrase(first, relay, obj)
        if owner_ref is not None:
            cand.speaker, cand.speaker_head = owner_ref, None


def _words_before_quoting_verb(ctx: QuoteContext, cand: Candidate, verb: int) -> list[int]:
    """(rv36_Q C3) "«…», — эти слова командира Павла Виноградова, сказанные им накануне, цитирует ИТАР-ТАСС":
    the words a quoting verb cites stand between the quotation and the verb, and the parse may hang
    them on the quotation's own verb; a statement noun there with no preposition and an owner is the
    verb's object.  A content span that ran on over the words is cut back to the quotation's closing mark."""
    for k in range(verb - 1, -1, -1):
        token = ctx.tokens[k]
        if token.start < cand.start or token.feats.get("VerbForm") == "Fin":
            return []
        if lemma(token) in STATEMENT_NOUNS and token.feats.get("Case") in ("Nom", "Acc") \
                and not ctx.kids(k, "case") and (ctx.possessor(k) is not None or ctx.owner(k) is not None):
            if token.start < cand.stop:
                close = _closing_mark_before(ctx, cand, k)
                if close is None:
                    return []
                cand.stop = ctx.tokens[close].stop
            return [k]
    return []


def _closing_mark_before(ctx: QuoteContext, cand: Candidate, k: int) -> int | None:
    """The quotation's closing mark right before "<comma> — <words>" (None when the words do not follow one)."""
    j = k - 1
    while j > 0 and ctx.tokens[j].pos != "PUNCT":
        j -= 1  # ("эти слова": the determiners before the noun)
    while j > 0 and ctx.tokens[j].text in (",", "—", "–", "-"):
        j -= 1
    token = ctx.tokens[j]
    return j if token.text in ("»", "”", "“", '"') and token.start > cand.start else None


def _organisation_name(ctx: QuoteContext, i: int) -> bool:
    """Token `i` is a word of an organisation's or outlet's proper name ("СФУ", "ТАСС"), no person's."""
    found = ctx.mentions_at(i)
    return ctx.tokens[i].pos in ("PROPN", "X") and any(m.type in ("ORG", "MEDIA") for m in found) \
        and not any(m.type == "PER" for m in found)


def _outlet_apposed_to_owner(ctx: QuoteContext, owner: int) -> int | None:
    """(mB30) "«…», — приводит слова Уайта Las Vegas Review-Journal": an outlet's name in the nominative right
    after the quoted person's name, which the parse hung on that name; a person's name takes no organisation in
    apposition, so the outlet is the relaying subject."""
    if not any(m.type == "PER" for m in ctx.mentions_at(owner)):
        return None
    return next((c for c in ctx.kids(owner, "appos", "nmod", "flat:foreign") if c > owner
                 and ctx.tokens[c].feats.get("Case") in (None, "Nom") and _organisation_name(ctx, c)), None)


# Owners that an outlet's name after them completes: "корреспондент ТАСС" is the outlet's own staff.
OUTLET_STAFF_NOUNS = frozenset({"корреспондент", "журналист", "обозреватель", "редактор", "главред", "сотрудник",
                                "собеседник", "источник", "представитель", "издание", "агентство"})


def _outlet_closing_owner(ctx: QuoteContext, statement: int, owner: int) -> int | None:
    """(hT38, rv37_Q C4) "«…», – передает заявление следователя ТАСС": an outlet's name (a MEDIA mention)
    that closes the sentence right after the statement's owner, which the parse hung on the owner as its
    genitive, is the relaying subject (not when the owner is the outlet's staff: "корреспондента ТАСС")."""
    if lemma(ctx.tokens[owner]) in OUTLET_STAFF_NOUNS:
        return None
    end = ctx.sentence_stop(owner)
    while end > owner + 1 and ctx.tokens[end - 1].pos == "PUNCT":
        end -= 1
    outlet = next((m for m in ctx.mentions_at(end - 1) if m.type == "MEDIA"), None)
    if outlet is None:
        return None
    first = ctx.doc.token_span(outlet.start, outlet.stop)[0]
    # (the parse hung the outlet on the owner's phrase: "следователя ТАСС", "следователя СК Интерфакс")
    attached = owner < first and statement <= ctx.tokens[first].head < first
    return first if attached and lemma(ctx.tokens[first - 1]) not in OUTLET_STAFF_NOUNS else None


# Statements whose "текст" is relayed: "приводит текст заявления X" gives X.
TEXT_OF_STATEMENT_NOUNS = frozenset({"заявление", "обращение", "сообщение", "письмо", "послание", "выступление",
                                     "речь", "пресс-релиз"})


def _misparsed_relay(ctx: QuoteContext, verb: int, words: int) -> int | None:
    """(mA27) "приводит Reuters слова представителя генсека", "цитирует НТВ ростовчанина": the outlet between
    the verb and the words it passes, which the parse took for an indirect object, is the relaying subject."""
    return next((k for k in ctx.kids(verb, "iobj") if verb < k < words and ctx.is_media(k)), None)


# (dvY) What a quoting verb cites when its object is someone's words or message: "процитировала высказывание
# Саркози", "процитировал он заявление офиса Мэй", "процитировал сообщение компании".
CITED_STATEMENT_NOUNS = STATEMENT_NOUNS | TEXT_OF_STATEMENT_NOUNS | frozenset({"фраза"})


def _cited_statement_owner(ctx: QuoteContext, obj: int) -> int | None:
    """The owner (genitive or possessive) of the statement noun a quoting verb takes as object
    ("процитировала высказывание экс-президента Саркози" -> Саркози); None for any other object."""
    if lemma(ctx.tokens[obj]) not in CITED_STATEMENT_NOUNS:
        return None
    possessive = ctx.possessor(obj)
    owner = possessive if possessive is not None else ctx.owner(obj)
    if owner is None or _reflexive_owner(ctx, obj) or _reflexive_owner(ctx, owner):
        return None  # (mC35, cr35 F6) "заявление своего ведомства": the citer's own body - the citer speaks
    return _office_holder_head(ctx, owner)


def _reflexive_owner(ctx: QuoteContext, k: int) -> bool:
    """Token k is "свой" or carries it ("своего ведомства", "свое заявление")."""
    return lemma(ctx.tokens[k]) == "свой" or any(lemma(ctx.tokens[j]) == "свой" for j in ctx.kids(k, "det", "amod"))


def _office_holder_head(ctx: QuoteContext, owner: int) -> int:
    """"заявление офиса Мэй": an office noun with an animate genitive owner speaks for that owner (as
    "говорится в заявлении офиса Мэй" does); any other owner is itself."""
    if lemma(ctx.tokens[owner]) not in OFFICE_NOUNS:
        return owner
    return next((k for k in ctx.kids(owner, "nmod") if k > owner and ctx.tokens[k].feats.get("Case") == "Gen"
                 and ctx.tokens[k].feats.get("Animacy") == "Anim" and ctx.tokens[k].pos in ("NOUN", "PROPN")), owner)


def document_text_owner(ctx: QuoteContext, obj: int) -> int | None:
    """The owner X of "текст заявления X" (None for any other object)."""
    if lemma(ctx.tokens[obj]) != "текст":
        return None
    statement = ctx.owner(obj)
    if statement is None or lemma(ctx.tokens[statement]) not in TEXT_OF_STATEMENT_NOUNS:
        return None
    return ctx.owner(statement)


def _crossing_subject(ctx: QuoteContext, verb: int, start: int, stop: int) -> int | None:
    """"Земан уже пообещал чехам, что … будет повышена плата", "Харви Питт, который …,
    так комментировал …: «…»": the parse hangs a subject standing before the cue on a
    verb after it - an arc crossing the cue, which a well-formed clause never has.  The
    nearest such agentive nominative that agrees with the cue verb, outside the content
    and outside quotation marks, is the cue's subject."""
    cue = ctx.tokens[verb]
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(verb))
    for k in range(verb - 1, s_first - 1, -1):
        token = ctx.tokens[k]
        if token.text in SENTENCE_ENDS and ctx.in_span(token.start) is None:
            return None  # (a full stop the sentence splitter missed: "… президент., Он заявил")
        partitive = _partitive_numeral(ctx, k)
        # ((mP34) "…, что один из активных участников Википедии утверждал, что …": a partitive subject right
        # before the cue is its subject, wherever the parse hung it)
        right_before = partitive and ctx.res.subtree(k)[1] == verb
        if not right_before and (token.rel not in ("nsubj", "nsubj:pass") or token.head <= verb) \
                or start <= token.start < stop or ctx.in_span(token.start) is not None:
            continue
        if (token.pos in ("NOUN", "PROPN", "PRON") or partitive) \
                and token.feats.get("Case") in ("Nom", None) and ctx.agentive(k) and agrees(cue, token):
            return k
    return None


def _partitive_numeral(ctx: QuoteContext, k: int) -> bool:
    """(mP34) "Тогда одна из них сообщила, что …", "один из участников утверждал, что …": the numeral "один" with
    its "из"-group is a subject like a noun (the parse hangs it on the content's verb as well)."""
    return ctx.tokens[k].pos == "NUM" and lemma(ctx.tokens[k]) == "один" \
        and any(lemma(ctx.tokens[c]) == "из" for g in ctx.kids(k, "nmod") for c in ctx.kids(g, "case"))


def _shared_subject(ctx: QuoteContext, verb: int) -> int | None:
    """"Лидер напомнил, что …, и подчеркнул, что …": a singular finite cue verb
    with no subject of its own shares the subject of the cue verb before it."""
    token = ctx.tokens[verb]
    if token.feats.get("Number") == "Plur" or lemma(token).endswith(("ся", "сь")) \
            or token.feats.get("VerbForm") not in ("Fin", None) or token.feats.get("Voice") == "Pass":
        return None
    if _first_or_second_person(ctx, verb):
        return None  # ("…, а я никогда не говорила, что …": the narrator's own words, no one else's subject)
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(verb))
    outside = ctx.in_span(token.start) is None
    for k in range(verb - 1, s_first - 1, -1):
        if outside and ctx.in_span(ctx.tokens[k].start) is not None:
            # ("«…, когда люди говорят: …», – сказал лидер X": a speech verb inside quotation
            # marks is the quoted words' own; a cue outside them shares no subject with it)
            continue
        if ctx.lex.verb_class(ctx.tokens[k]):
            subject = ctx.subject_of(k)
            if subject is not None:
                return subject
            break
    return _main_subject_before(ctx, verb, s_first)


# How many words before a cue verb its own pronoun subject may stand ("я никогда не говорила").
OWN_PRONOUN_WORDS = 4


def _first_or_second_person(ctx: QuoteContext, verb: int) -> bool:
    """The cue verb is in the first or second person: by its form ("говорю", "скажете"), or by a
    first/second-person pronoun subject - its nsubj, or (the parse may hang it elsewhere) a
    nominative "я/мы/ты/вы" a few words before it in its own clause ("— я никогда не говорила")."""
    def personal(k: int) -> bool:
        t = ctx.tokens[k]
        return t.pos == "PRON" and t.feats.get("Person") in ("1", "2") and t.feats.get("Case", "Nom") == "Nom"
    if ctx.tokens[verb].feats.get("Person") in ("1", "2") or any(personal(k) for k in ctx.kids(verb, "nsubj")):
        return True
    for k in range(verb - 1, max(-1, verb - 1 - OWN_PRONOUN_WORDS), -1):
        t = ctx.tokens[k]
        if t.pos in ("PUNCT", "SCONJ") or t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            return False
        if personal(k):
            return True
    return False


def _main_subject_before(ctx: QuoteContext, verb: int, s_first: int) -> int | None:
    """"Конкурент X менее сдержан и уже заявил о …": a main-clause cue verb the parse
    left without a subject (often a second root) shares the nearest agentive
    main-clause subject before it that agrees with it in number and gender - the
    gender its own verb shows, when it shows one ("кандидат … вышла …, объявила":
    a masculine noun for a woman)."""
    if ctx.tokens[verb].rel not in ("root", "conj"):
        return None
    outside = ctx.in_span(ctx.tokens[verb].start) is None
    for k in range(verb - 1, s_first - 1, -1):
        token = ctx.tokens[k]
        head = token.head
        if outside and ctx.in_span(token.start) is not None:
            continue  # (a subject inside quotation marks belongs to the quoted words)
        # (the parse may hang the first clause on the cue verb: "X вышла к журналистам, объявила")
        clause = ctx.tokens[head] if head >= 0 else None
        if token.rel == "nsubj" and clause is not None and (clause.rel in ("root", "conj")
                                                           or clause.rel == "parataxis" and clause.head == verb) \
                and ctx.agentive(k) and agrees(_as_verb(ctx.tokens[verb]), _gender_shown(ctx.tokens[head], token)):
            return k
    return None


def _as_verb(token: Token) -> Token:
    """(mS36) The cue with its verb features (a past tense the tagger took for a noun: "и проскандировала")."""
    feats = verb_form_feats(token)
    return token if feats is token.feats else replace(token, feats=feats)


def _gender_shown(verb: Token, subject: Token) -> Token:
    """The token whose gender and number stand for the subject's referent: its
    past-tense singular verb when that shows a gender, else the subject itself."""
    shows = verb.feats.get("Tense") == "Past" and verb.feats.get("Number") == "Sing" \
        and verb.feats.get("Gender") in ("Masc", "Fem") and verb.pos in ("VERB", "AUX")
    return verb if shows else subject
