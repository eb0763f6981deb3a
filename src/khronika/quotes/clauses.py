"""Indirect and mixed speech: a speech verb governing a "что"/"будто"-clause
("заявил, что …", "сообщили в пресс-службе, что …"; mixed when the content
carries quotation marks), plus the topic ("сообщил о …"), naming ("назвал
… ошибкой") and accusing ("обвинил … в …") complements of cue verbs, "не
исключил" with a noun phrase, and report nouns that appeared or were published
("появилась информация о том, что …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.nlp.doc import Token
from khronika.quotes.candidate import STATEMENT_NOUNS, Candidate, verb_candidate
from khronika.quotes.context import (ACCUSING_VERBS, DASHES, HEARSAY_WORD, NAMING_VERBS, QuoteContext,
                                     implicative_infinitive, misread_participle)
from khronika.quotes.marks import QUOTE_CHARS, QuotedSpan
from khronika.quotes.cues import agrees, lemma
from khronika.quotes.description_speakers import SHARE_NOUNS
from khronika.quotes.findings import anonymous_poll, research_finding, study_author
from khronika.quotes.speakers import (ANAPHORIC_ORG, ANONYMOUS, INTRODUCED_ORG, MEDIA_NOUNS, ORG_CLASS_NOUNS,
                                      PRESS_NOUNS, SIDE_NOUNS)


# Subjects that can speak although the tagger calls them inanimate ("власти заявляют о …").
# Statement nouns whose genitive owner speaks a "(о том,) что"-clause ("заявления Меркель о том, что …").
OWNED_STATEMENT_NOUNS = frozenset({"заявление", "утверждение", "обещание", "предупреждение", "слово", "признание",
                                   "высказывание"})
# "не стал комментировать": a negated helper before a speech infinitive declines to speak.
DECLINING_HELPERS = frozenset({"стать", "захотеть", "пожелать"})
INSTITUTION_NOUNS = ANAPHORIC_ORG | INTRODUCED_ORG | MEDIA_NOUNS | SIDE_NOUNS
# Cue verbs that things do too: "тема требует внимания", "практика говорит о том, что …".
THING_VERBS = frozenset({"требовать", "говорить", "указывать", "подсказывать",
                         # (rv23_Q M3) "это напоминает дележку …: …" (resembles), "рынок начал рассчитывать, что …"
                         "напоминать", "рассчитывать"})
# "сообщил о …": the topic must be a real phrase, not "о переговорах".
ABOUT_TOPIC_MIN_TOKENS = 4
# Announcement verbs report an event even in a short topic ("объявил о капитуляции Японии",
# "О смерти Мендонсы сообщила его дочь"); "рассказал о …" often names only a subject matter.
ANNOUNCE_VERBS = frozenset({"сообщить", "сообщать", "заявить", "заявлять", "объявить", "объявлять",
                            "сообщаться", "сообщиться"})  # ("Сообщалось о десятках задержанных")
ANNOUNCE_TOPIC_MIN_TOKENS = 2
# (mN34) Events a speaker announces of itself, whole in one word: "объявил об отставке", "Об отречении монарх заявил",
# "объявили о забастовке" (the gold's one-word topics); any other lone noun names a subject matter ("заявил о
# решении", "сообщил о переговорах").
SELF_ANNOUNCED_EVENTS = frozenset({"отставка", "отречение", "забастовка", "стачка", "голодовка", "помолвка", "развод",
                                   "банкротство", "дефолт", "капитуляция"})
# Topic nouns that name no event or state: "сообщил об этом решении" is handled by the
# anaphoric rule, "заявил о своей позиции/отношении" names only a subject matter.
# "высказался об инциденте", "говорил о ситуации": these verbs name a subject matter, never a content.
TOPIC_ONLY_VERBS = frozenset({"высказаться", "высказываться", "говорить", "поговорить", "рассуждать", "размышлять",
                              "вспоминать", "вспомнить", "упоминать", "упомянуть", "шутить", "пошутить",
                              "отозваться", "отзываться", "спорить", "беседовать", "побеседовать"})
# (qs28) Words of the speaker's quoted in a directive's infinitive phrase: one lower-case word is enough ("пообещал
# «разобраться» с протестующими", "обещал принять меры против «провокаторов»"); a name is capitalised.
QUOTED_INFINITIVE_WORDS = 1
# (dvU) Threats are directives too: "Многие комментаторы пригрозили «отписаться»", "угрожали вывезти ее за границу
# «живой или по частям»" carry the speaker's words in the infinitive phrase, as "пообещал «разобраться»" does.  The
# lexicon files them as claims (they also take "что"-clauses), so they are named here.
THREAT_VERBS = frozenset({"пригрозить", "угрожать", "грозить", "грозиться"})
# "призвал жителей области «…»": at most this many words of the addressee before a quoted infinitive.
ADDRESSEE_WORDS = 6
# "дал понять, что …": an infinitive is a support word only after "дать".
SUPPORT_INFINITIVE_VERBS = frozenset({"дать", "давать"})
# "не исключил еще одну волну забастовок": an attitude frame with a noun phrase.
NOT_EXCLUDING_VERBS = frozenset({"исключить", "исключать"})
# "приводит слова X о том, что …": relaying words (a `block` verb elsewhere).
WORDS_RELAY_VERBS = frozenset({"приводить", "привести"})
# Report nouns whose что-clause is content when the report appeared or was published
# ("появилась информация о том, что …", "обнародовала сведения о том, что …").
REPORT_NOUNS = frozenset({"информация", "сообщение", "слух", "сведение", "сведения", "новость", "известие",
                          "объявление"})  # (dvO) "Ryanair выпустила объявление, что отменила …"
RUMOUR_NOUNS = frozenset({"слух"})
REPORT_PLACES = frozenset({"пресса", "сми", "печать"})
APPEARING_VERBS = frozenset({"появиться", "появляться", "поступить", "поступать", "просочиться", "просачиваться",
                             "распространиться", "распространяться", "прийти", "приходить",
                             # (mB32, rv32_Q C9) "в сети циркулируют слухи, что …": reports that circulate
                             "циркулировать"})
PUBLISHING_VERBS = frozenset({"обнародовать", "опубликовать", "публиковать", "распространить", "распространять",
                              "выпустить", "выпускать"})  # (dvO) "Правительство выпустило сообщение, что …"
# "признал решение «шокирующим»": a naming verb only with a quoted evaluation ("суд признал
# его виновным" is a ruling, not a statement).
QUOTED_NAMING_VERBS = frozenset({"признать", "признавать", "объявить", "объявлять"})
# Opinion verbs with a small clause: "депутаты считают жесткий вариант безумием", "именует
# действия полиции преступными" - an object and an instrumental predicate, stated like "назвал X Y"
# (without the predicate the verb counts or names: "считать голоса", "именовать судно").
EVALUATING_VERBS = frozenset({"считать", "именовать", "счесть", "посчитать"})  # (mB27: "сочла X «Y»")
# Evaluations with a "как"-predicate: "оценил ситуацию как критическую", "обозначает последние
# недели кампании как потерю времени" (without "как" they measure or mark: "оценил ущерб в …").
AS_VERBS = frozenset({"охарактеризовать", "характеризовать", "оценить", "оценивать", "расценить", "расценивать",
                      "квалифицировать", "обозначить", "обозначать", "описать", "описывать"})
EVALUATION_VERBS = EVALUATING_VERBS | AS_VERBS
# "объявило сведения «государственной тайной»": only with a quoted instrumental ("объявил войну «…»" declares).
DECLARING_VERBS = frozenset({"объявить", "объявлять"})
# Collective subjects that state evaluations like an institution ("руководство компании назвало …").
LEADERSHIP_NOUNS = frozenset({"руководство", "командование", "власть"})
# A quoted predicate opens at most this many tokens after the object's head.
QUOTED_PREDICATE_WINDOW = 6
EMPTY_TOPICS = frozenset({"это", "то", "тот", "он", "она", "они", "что", "позиция", "отношение", "вопрос", "тема",
                          "ситуация", "результат", "итог", "подробность", "деталь", "судьба",
                          # (dvC) "рассказал о рекомендациях для пожилых", "сообщил о причинах аварии": which
                          # advice or causes the words do not say - a topic only, like "подробность"
                          "рекомендация", "причина", "особенность", "нюанс"})


def clause_content(ctx: QuoteContext, first: int, cue: int, stop_token: int) -> tuple[int, int] | None:
    """Char span of a complement clause from token `first` up to `stop_token`,
    cut before a coordinated second speech verb or a trailing attribution."""
    last = first
    i = first
    bearer = _participle_bearer(ctx, cue)
    while i < stop_token:
        token = ctx.tokens[i]
        if bearer is not None and i > first and token.text == "," and not ctx.in_span(token.start) \
                and _bearer_predicate(ctx, i + 1, stop_token, bearer):
            break  # the participial phrase ends where its noun's own predicate goes on
        if i > first and token.text in ",;" and i + 1 < stop_token:
            nxt = ctx.tokens[i + 1]
            after = ctx.tokens[i + 2] if i + 2 < stop_token else None
            if nxt.text in DASHES and after is not None and ctx.is_cue(i + 2):
                break
            second = _after_connective(ctx, i + 1, stop_token)
            if second is not None and ctx.is_cue(second) and (
                    _coordinated(ctx, second, cue) if second == i + 2 and nxt.text.lower() in ("а", "и")
                    else _conjoined(ctx, second, cue)):
                break  # "…, и (но, однако, а также) уточнил, что …": a second report of the speaker
            if ctx.is_cue(i + 1) and _coordinated(ctx, i + 1, cue) and not ctx.in_span(nxt.start) \
                    and not _content_own_predicate(ctx, first, i + 1):
                break
            if ctx.lex.verb_class(nxt) and not ctx.in_span(nxt.start) and any(
                    k > i + 1 for k in ctx.kids(i + 1, "nsubj")):
                break  # "…, сообщает РИА Новости": an inverted attribution ends the content
            if _lost_outlet_verb(ctx, i + 1, stop_token):
                break  # (mX35) "…, что всему виной неприязнь, пишет" + a new sentence: the relay's verb
            if _next_report(ctx, i + 1, stop_token):
                break  # "Критики говорят, что …, сторонники пишут, что …": another speaker's report
            if token.text == "," and _speakers_second_predicate(ctx, first, i, cue, stop_token):
                break  # "признался, что стремился опозорить его, и захотел повторить бой"
            if token.text == "," and _speakers_remark_after_contrast(ctx, first, i, cue, stop_token):
                break  # (cS38) "сообщила, что документ выйдет на неделе, но конкретную дату не называла"
            if token.text == "," and (_speakers_consequence(ctx, first, i, cue, stop_token)
                                      or _other_group_goes_on(ctx, i, cue, stop_token)):
                break  # "опасаются, что …, поэтому предлагают …"; "Одни отметили, что …, другие подметили …"
        if token.text.lower() in ("а", "и") and i > first and i + 1 < stop_token and ctx.is_cue(i + 1) \
                and _coordinated(ctx, i + 1, cue) and not _content_subjects_verb(ctx, first, i + 1, cue):
            break
        last = i
        i += 1
    if last < first or last >= len(ctx.tokens):
        return None  # a complementizer ending the text has no content after it
    start, stop = ctx.tokens[first].start, ctx.tokens[last].stop
    return ctx.extend_to_marks(start, stop)


# Verb classes of a relaying outlet whose name a reprint lost ("…, пишет" at the sentence end).
LOST_OUTLET_CLASSES = frozenset({"media", "inform", "write"})


def _lost_outlet_verb(ctx: QuoteContext, k: int, stop_token: int) -> bool:
    """A finite media verb after a comma is the clause's last word (the outlet's name and the full stop were lost:
    "…, пишет Так или иначе, …" split by `nlp.sentence_splits`): it relays the content, it is none of it."""
    token = ctx.tokens[k]
    return ctx.lex.verb_class(token) in LOST_OUTLET_CLASSES and token.feats.get("VerbForm") == "Fin" \
        and not ctx.in_span(token.start) and all(ctx.tokens[j].pos == "PUNCT" for j in range(k + 1, stop_token))


# Connectives that join a second verb of the same subject after a comma ("…, но уточнил, что …").
CONNECTIVES = frozenset({"а", "и", "но", "однако"})
# Words that may follow the connective before that verb ("а также", "но при этом", "однако тут же").
CONNECTIVE_ADVERBS = (("также",), ("затем",), ("потом",), ("тут", "же"), ("при", "этом"), ("все", "же"), ("всё", "же"),
                      ("вместе", "с", "тем"), ("тем", "не", "менее"))


def _conjoined(ctx: QuoteContext, verb: int, cue: int) -> bool:
    """The parse joins `verb` to the cue verb itself ("заявил, что …, но уточнил, что …"), not to a
    verb of the content ("Отмечается, что «…» – X пожелали …, а также выразили надежду")."""
    token = ctx.tokens[verb]
    return token.rel == "conj" and (token.head == cue or token.head == ctx.tokens[cue].head
                                    and ctx.tokens[cue].rel == "conj")


def _after_connective(ctx: QuoteContext, k: int, stop_token: int) -> int | None:
    """The token after a connective opening at `k` ("и", "но", "однако", "а также", "но при
    этом"), or None when `k` opens no connective."""
    if k >= stop_token or ctx.tokens[k].text.lower() not in CONNECTIVES:
        return None
    j = k + 1
    for words in CONNECTIVE_ADVERBS:
        if [t.text.lower() for t in ctx.tokens[j:j + len(words)]] == list(words):
            j += len(words)
            break
    return j if j < stop_token else None


# A second report's subject phrase has at most this many words ("а глава ведомства Иван Петров").
# (dvF: 5 -> 8) "…, а глава японского МИДа Сэйдзи Маэхара отметил, что …": a post, its body and a
# two-word name make six words before the second speaker's verb.
REPORT_SUBJECT_WINDOW = 8


def _next_report(ctx: QuoteContext, k: int, stop_token: int) -> bool:
    """After a comma, a short subject phrase and a lexicon cue verb of its own with a
    complement clause: a second report ("…, сторонники пишут, что …") begins."""
    if k >= stop_token or ctx.in_span(ctx.tokens[k].start):
        return False
    for j in range(k + 1, min(k + REPORT_SUBJECT_WINDOW + 1, stop_token)):
        token = ctx.tokens[j]
        if token.text in ",;:" or ctx.in_span(token.start) or token.feats.get("Person") in ("1", "2"):
            return False  # ("…, мы говорили, что …": the speaker's own words go on)
        if not _report_opening(ctx.tokens[j - 1], j - 1 == k):
            return False  # ("…, которые попросили …", "…, поскольку они заявили …": a clause of the content)
        subjects = [s for s in ctx.kids(j, "nsubj") if k <= s < j] or _unparsed_subject(ctx, k, j)
        if ctx.lex.verb_class(token) and subjects and ctx.complementizer(j, stop_token) is not None \
                and all(ctx.tokens[s].feats.get("Person") not in ("1", "2") for s in subjects):
            return True
    return False


def _unparsed_subject(ctx: QuoteContext, k: int, verb: int) -> list[int]:
    """"…, а губернатор Сергей Смирнов отметил, что …" with the subjects of the two verbs
    swapped by the parse: the first nominative noun after the comma, agreeing with the
    finite verb, is its subject."""
    token = ctx.tokens[verb]
    if token.feats.get("VerbForm") != "Fin":
        return []
    for s in range(k, verb):
        noun = ctx.tokens[s]
        if noun.pos in ("NOUN", "PROPN") and noun.feats.get("Case") == "Nom":
            return [s] if noun.feats.get("Number") == token.feats.get("Number") and agrees(token, noun) else []
    return []


# Connectives that may open a second speaker's report after a comma.  ("однако" and "хотя" too, as in
# "утверждали, что …, хотя активист X заявлял, что …", were tried in the thirty-eighth session: no firing on
# unread text, so not added.)
REPORT_CONNECTIVES = frozenset({"а", "но"})


def _report_opening(token: Token, first: bool) -> bool:
    """A word that may open a new report's subject phrase ("а", "другие", "сторонники",
    "они"), unlike relative words and subordinating conjunctions."""
    if first and token.text.lower() in REPORT_CONNECTIVES:
        return True
    if token.pos == "PRON":
        return lemma(token) in ("он", "она", "они")
    return token.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM")


def _speakers_second_predicate(ctx: QuoteContext, first: int, comma: int, cue: int, stop_token: int) -> bool:
    """(mS34, rv34_Q C1) "признался, что стремился опозорить россиянина, и захотел повторить бой": predicates of
    one subject joined by a lone "и" take no comma, so a comma before "и" + a subjectless finite verb agreeing with
    the cue verb closes the content clause and goes on with the speaker's own predicate.  Only at the content's
    first comma (after an inner clause, "знает, кто виноват, и готов …", the comma closes that clause), and in the
    cue's aspect: a series of the speaker's acts ("рассказал …, и пожелал удачи"), not a state of the content
    ("рассказали, что покупатели не захотели эвакуироваться, и продолжали шопинг")."""
    speaker_verb = ctx.tokens[cue]
    if speaker_verb.pos not in ("VERB", "AUX") or speaker_verb.feats.get("VerbForm") != "Fin":
        return False
    if any(ctx.tokens[k].text == "," and not ctx.in_span(ctx.tokens[k].start) for k in range(first, comma)):
        return False
    k = comma + 1
    if k >= stop_token or ctx.tokens[k].text.lower() != "и" or ctx.in_span(ctx.tokens[k].start):
        return False
    k += 1
    while k < stop_token and ctx.tokens[k].pos in ("ADV", "PART"):
        k += 1  # ("…, и тут же захотел …")
    if k >= stop_token:
        return False
    verb = ctx.tokens[k]
    if _content_predicate_takes(ctx, first, comma, verb):
        return False  # (the content's own subject may go on: "что Путин провел встречу, и поручил …")
    return verb.pos == "VERB" and verb.feats.get("VerbForm") == "Fin" and not ctx.kids(k, "nsubj", "nsubj:pass") \
        and verb.feats.get("Person") not in ("1", "2") and all(
            verb.feats.get(f) == speaker_verb.feats.get(f) for f in ("Tense", "Aspect", "Number")) \
        and agrees(verb, speaker_verb)


# (cS38, rv37_Q C2) Connectives of a contrast the narrator draws with the speaker's words ("…, но …", "…, хотя …").
CONTRAST_CONNECTIVES = frozenset({"но", "однако", "хотя"})


def _speakers_remark_after_contrast(ctx: QuoteContext, first: int, comma: int, cue: int, stop_token: int) -> bool:
    """(cS38, rv37_Q C2) "Министр сообщила, что документ будет опубликован на неделе, но конкретную дату не
    называла", "…, хотя точных сроков Ryanair не назвала": after a contrast connective, a finite verb in the cue
    verb's tense, number and gender whose subject is the speaker - unsaid or named again - is the speaker's own
    predicate, and the narrator's.  Only when the speaker cannot be that verb's subject inside the content: the verb
    is a speech verb (a remark on what was said), or the content's predicate has a subject of its own that the verb
    does not agree with ("пытался уйти от столкновения, но не справился" goes on with the content's subject)."""
    speaker_form = _speaker_form(ctx, cue)
    k = comma + 1
    if speaker_form is None or k >= stop_token or ctx.tokens[k].text.lower() not in CONTRAST_CONNECTIVES \
            or ctx.in_span(ctx.tokens[k].start):
        return False
    verb = _clause_finite_verb(ctx, k + 1, stop_token)
    if verb is None or not _same_form(ctx.tokens[verb], speaker_form) \
            or any(ctx.tokens[j].text.lower() == HEARSAY_WORD for j in range(k + 1, verb)):
        return False  # ("…, но якобы сам сообщил о …": the hearsay word keeps the clause in the claim)
    content_subjects = _nearest_content_subjects(ctx, first, comma)
    if any(ctx.tokens[s].pos == "PRON" and agrees(ctx.tokens[verb], ctx.tokens[s]) for s in content_subjects):
        return False  # ("заявил, что он должен был стать …, но сам сообщил …": the content's "он" goes on)
    # (a genitive the parse made the subject is the negated verb's object: "однако денег не выделил")
    subjects = [s for s in ctx.kids(verb, "nsubj", "nsubj:pass") if ctx.tokens[s].feats.get("Case") != "Gen"]
    if subjects and not all(_names_speaker_again(ctx, s, cue) for s in subjects):
        return False
    if _content_actor_agrees(ctx, content_subjects, verb):
        return False  # (mC38, cr38 F4) "что пациент пришел в сознание, но ничего не рассказал": the content's actor
    if _speaking_verb(ctx, verb):
        return True
    if _content_predicate_takes(ctx, first, comma, ctx.tokens[verb]):
        return False
    if content_subjects:
        return not any(agrees(ctx.tokens[verb], ctx.tokens[s]) for s in content_subjects)
    return ctx.tokens[verb].feats.get("Number") == "Sing" and _impersonal_plural_content(ctx, first, comma)


def _content_actor_agrees(ctx: QuoteContext, content_subjects: list[int], verb: int) -> bool:
    """(mC38, cr38 F4) An active subject of the content that can act - a person, a name, an animate noun - and that
    agrees with the verb after the contrast may be its subject too ("что министр подал в отставку, но не объяснил
    причин"), so the clause stays in the content.  A passive subject undergoes the content's event and speaks no
    remark ("что был похищен гражданин, однако не сообщил подробностей"); a thing cannot "не уточнить"."""
    return any(ctx.tokens[s].rel == "nsubj" and ctx.agentive(s) and agrees(ctx.tokens[verb], ctx.tokens[s])
               for s in content_subjects)


# Classes of verbs of speaking itself: a remark on what was (not) said.  Not attitudes a content's subject may hold
# too ("компания выросла, но не ожидала такого роста", "…, но надеется отыграться", "…, но отказалась").
SPEAKING_CLASSES = frozenset({"say", "inform", "claim", "write", "media", "ask", "promise", "manner"})


def _speaking_verb(ctx: QuoteContext, verb: int) -> bool:
    """A verb of speaking ("не уточнил", "сказала"), naming ("не назвала сроков"), or a declining helper with one
    ("не стала раскрывать")."""
    token = ctx.tokens[verb]
    if ctx.lex.verb_class(token) in SPEAKING_CLASSES or lemma(token) in NAMING_VERBS:
        return True
    return lemma(token) in DECLINING_HELPERS and any(
        ctx.lex.verb_class(ctx.tokens[k]) in SPEAKING_CLASSES for k in ctx.kids(verb, "xcomp"))


def _impersonal_plural_content(ctx: QuoteContext, first: int, comma: int) -> bool:
    """The content's predicate is a subjectless 3rd plural ("что дороги отремонтируют к осени"): nobody in
    particular, so a singular verb after it is not the content's."""
    return any(ctx.tokens[k].pos == "VERB" and ctx.tokens[k].feats.get("VerbForm") == "Fin"
               and ctx.tokens[k].feats.get("Number") == "Plur" and ctx.tokens[k].feats.get("Person") == "3"
               and not ctx.kids(k, "nsubj", "nsubj:pass") for k in range(first, comma))


def _topic_end_before_remark(ctx: QuoteContext, first: int, last: int, verb: int) -> int:
    """(cS38) "объявила об отмене 190 рейсов, однако в четверг сказала о еще 100 рейсах": a topic ends before
    the speaker's own predicate after a contrast, as a content clause does (`_speakers_remark_after_contrast`)."""
    for j in range(first + 1, last):
        if ctx.tokens[j].text == "," and not ctx.in_span(ctx.tokens[j].start) \
                and _speakers_remark_after_contrast(ctx, first, j, verb, last):
            return j
    return last


def _clause_finite_verb(ctx: QuoteContext, k: int, stop_token: int) -> int | None:
    """The first finite verb of the clause opening at `k`, up to its next comma or mark, else None."""
    while k < stop_token and ctx.tokens[k].text not in ",;:—–()«»\"" and not ctx.in_span(ctx.tokens[k].start):
        token = ctx.tokens[k]
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            return k
        k += 1
    return None


@dataclass(frozen=True)
class PredicateForm:
    """The tense, number and gender of the speaker's finite predicate."""
    tense: str | None
    number: str | None
    gender: str | None


def _speaker_form(ctx: QuoteContext, cue: int) -> PredicateForm | None:
    """The form of the cue's finite predicate: the cue verb itself, or for an infinitive the predicate it hangs on
    ("чиновники вынуждены были заявить, что …": "вынуждены были", past plural); None when there is none."""
    token = ctx.tokens[cue]
    if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
        return PredicateForm(token.feats.get("Tense"), token.feats.get("Number"), token.feats.get("Gender"))
    if token.feats.get("VerbForm") != "Inf" or token.rel != "xcomp" or token.head < 0:
        return None
    head = ctx.tokens[token.head]
    if head.pos in ("VERB", "AUX") and head.feats.get("VerbForm") == "Fin":
        return PredicateForm(head.feats.get("Tense"), head.feats.get("Number"), head.feats.get("Gender"))
    links = [ctx.tokens[k] for k in ctx.kids(token.head, "cop", "aux") if ctx.tokens[k].feats.get("VerbForm") == "Fin"]
    if head.feats.get("Variant") != "Short" or not links:
        return None
    return PredicateForm(links[0].feats.get("Tense"), head.feats.get("Number"), head.feats.get("Gender"))


def _same_form(verb: Token, form: PredicateForm) -> bool:
    """A 3rd-person verb in the speaker's predicate's tense and number, whose gender does not differ from it."""
    return verb.feats.get("Person") not in ("1", "2") and verb.feats.get("Tense") == form.tense \
        and verb.feats.get("Number") == form.number \
        and (verb.feats.get("Number") == "Plur" or verb.feats.get("Gender") == form.gender)


def _names_speaker_again(ctx: QuoteContext, subject: int, cue: int) -> bool:
    """The subject names the cue verb's own subject again: the same word ("Ryanair … , хотя … Ryanair не назвала")."""
    return any(lemma(ctx.tokens[s]) == lemma(ctx.tokens[subject]) for s in ctx.kids(cue, "nsubj"))


# (mW35, rv35_Q C4) Words opening the speakers' own consequence after their report ("…, поэтому предлагают …").
CONSEQUENCE_OPENERS = frozenset({"поэтому"})
# Group words of speakers split in two ("Одни отметили, что …, другие подметили …"; "В Сети заметили, что …,
# некоторые сравнили …").
GROUP_WORDS = frozenset({"один", "другой", "некоторый", "иной", "многий", "третий"})


def _finite_number(token: Token) -> str | None:
    """The number of a finite verb or a short adjective ("уверены"), None for other words."""
    if token.pos == "VERB" and token.feats.get("VerbForm") == "Fin" or token.pos in ("ADJ", "AUX") \
            and token.feats.get("Variant") == "Short":
        return token.feats.get("Number")
    return token.feats.get("Number") if token.pos == "ADJ" and token.rel == "root" else None


def _speakers_consequence(ctx: QuoteContext, first: int, comma: int, cue: int, stop_token: int) -> bool:
    """(mW35, rv35_Q C4) "Дипломаты опасаются, что страна заблокирует рестрикции, поэтому предлагают подождать":
    "поэтому" and a subjectless finite verb in the cue's number but not in the number of the content's verb before
    the comma go on with the speakers' own predicate; the content ends at the comma."""
    if not ctx.kids(cue, "nsubj"):
        return False  # (mC35, cr35 F7) "В МЧС сообщили, что …, поэтому эвакуируют жителей": the institution's words
    k = comma + 1
    if k < stop_token and ctx.tokens[k].text.lower() in ("и", "а"):
        k += 1
    if k >= stop_token or ctx.tokens[k].text.lower() not in CONSEQUENCE_OPENERS or ctx.in_span(ctx.tokens[k].start):
        return False
    k += 1
    while k < stop_token and ctx.tokens[k].pos in ("ADV", "PART"):
        k += 1
    if k >= stop_token:
        return False
    verb, speaker_number = ctx.tokens[k], _finite_number(ctx.tokens[cue])
    content_numbers = {_finite_number(ctx.tokens[j]) for j in range(first, comma)} - {None}
    # (a present plural the tagger read as a gerund: "поэтому не упускают случая")
    misread_plural = verb.feats.get("VerbForm") == "Conv" and verb.text.lower().endswith(("ют", "ут", "ят", "ат"))
    number = "Plur" if misread_plural else verb.feats.get("Number")
    return verb.pos == "VERB" and (verb.feats.get("VerbForm") == "Fin" and verb.feats.get("Person") == "3"
                                   or misread_plural) \
        and speaker_number is not None and number == speaker_number \
        and bool(content_numbers) and speaker_number not in content_numbers \
        and not any(ctx.tokens[j].rel.startswith("nsubj") and ctx.tokens[j].head == k for j in range(k + 1, stop_token))


def _other_group_goes_on(ctx: QuoteContext, comma: int, cue: int, stop_token: int) -> bool:
    """(mW35, rv35_Q C4) "Одни отметили, что …, другие подметили сходство …", "В Сети заметили, что …, некоторые
    сравнили …": a plural group word right after the comma and then a finite verb in the cue's tense is another part
    of the speakers going on - when the cue's own subject is a group word too, or it has none."""
    if comma + 2 >= stop_token:
        return False
    group, verb, speaker = ctx.tokens[comma + 1], ctx.tokens[comma + 2], ctx.tokens[cue]
    if lemma(group) not in GROUP_WORDS or group.feats.get("Number") != "Plur" or group.feats.get("Case") != "Nom" \
            or verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Number") != "Plur" \
            or verb.feats.get("Tense") != speaker.feats.get("Tense"):
        return False
    if any(lemma(ctx.tokens[j]) in GROUP_WORDS | SHARE_NOUNS for j in range(cue + 1, comma)):
        return False  # (mC35, cr35 F3) "…, что одни страны поддержали, другие выступили против": the content's own pair
    subjects = ctx.kids(cue, "nsubj", "nsubj:pass")
    return all(lemma(ctx.tokens[j]) in GROUP_WORDS for j in subjects)


def _content_predicate_takes(ctx: QuoteContext, first: int, comma: int, verb: Token) -> bool:
    """A finite verb of the content before the comma that the second verb agrees with and whose subject is not the
    speaker: its own nominative subject ("Путин провел") or none in the 3rd plural ("их задержали")."""
    for k in range(first, comma):
        token = ctx.tokens[k]
        if token.pos not in ("VERB", "AUX") or token.feats.get("VerbForm") != "Fin" \
                or any(token.feats.get(f) != verb.feats.get(f) for f in ("Number", "Tense")) or not agrees(verb, token):
            continue
        subjects = ctx.kids(k, "nsubj", "nsubj:pass")
        if any(ctx.agentive(j) for j in subjects) or not subjects and token.feats.get("Number") == "Plur":
            return True
    return False


def _content_own_predicate(ctx: QuoteContext, first: int, verb: int) -> bool:
    """(mB36, rv36_Q C1) "предложила, чтобы девушки, которые столкнулись с …, написали ей": a cue verb whose own
    nominative subject stands inside the content, after its opening, is the content's predicate, not a second report
    of the speaker."""
    return any(first <= s < verb for s in ctx.kids(verb, "nsubj", "nsubj:pass"))


def _content_subjects_verb(ctx: QuoteContext, first: int, verb: int, cue: int) -> bool:
    """(mB36, rv36_Q C1) "добавил, что музыкант был оптимистом и верил в себя": after a lone "и" (no comma), a
    subjectless verb the parse joins to the content's predicate, with no complement clause of its own, agreeing with
    that predicate's subject but unlike the speaker's cue verb (another aspect, tense, gender or number) goes on with
    the content's subject; the speaker's second report takes the cue's form ("заявил, что …, и подчеркнул")."""
    if _content_own_predicate(ctx, first, verb):
        return True
    token, speaker_verb = ctx.tokens[verb], ctx.tokens[cue]
    head = token.head
    if token.rel != "conj" or not first <= head < verb or ctx.kids(verb, "nsubj", "nsubj:pass") \
            or token.feats.get("VerbForm") != "Fin" or ctx.complementizer(verb, ctx.sentence_stop(verb)) is not None:
        return False
    subjects = _nearest_content_subjects(ctx, first, verb)
    if not subjects or not all(agrees(token, ctx.tokens[s]) for s in subjects):
        return False
    if ctx.lex.verb_class(token) in ("say", "inform", "promise", "claim") and agrees(token, speaker_verb) \
            and token.feats.get("Tense") == speaker_verb.feats.get("Tense"):
        return False  # (cr36) "говорил, что …, и пообещал …": a speech act agreeing with the speaker is the speaker's
    return not agrees(token, speaker_verb) or any(
        token.feats.get(f) != speaker_verb.feats.get(f) for f in ("Aspect", "Tense", "Number"))


def _nearest_content_subjects(ctx: QuoteContext, first: int, verb: int) -> list[int]:
    """The nominative subjects of the content's last predicate before `verb` that has its own ("музыкант, по его
    мнению, был оптимистом и верил …" -> музыкант, whatever the parse hangs "верил" on)."""
    for k in range(verb - 1, first - 1, -1):
        subjects = [s for s in ctx.kids(k, "nsubj", "nsubj:pass") if first <= s < k]
        if subjects:
            return subjects
    return []


def _participle_bearer(ctx: QuoteContext, cue: int) -> int | None:
    """The noun a postposed participle cue modifies ("горничная …, утверждающая, что …"), else None."""
    token = ctx.tokens[cue]
    if token.feats.get("VerbForm") != "Part" or token.rel != "acl" or not 0 <= token.head < cue:
        return None
    return token.head


def _bearer_predicate(ctx: QuoteContext, k: int, stop_token: int, bearer: int) -> bool:
    """"горничная, утверждающая, что X домогался её, неоднократно лгала": after a comma,
    a finite verb agreeing with the participle's noun, with no nominative subject of its
    own before it, is that noun's predicate - the content ended at the comma."""
    noun = ctx.tokens[bearer]
    while k < stop_token and ctx.tokens[k].text not in ",;:—–()«»\"":
        token = ctx.tokens[k]
        if token.pos in ("NOUN", "PROPN", "PRON") and token.feats.get("Case") == "Nom":
            return False
        if token.pos in ("VERB", "AUX") and (token.feats.get("VerbForm") == "Fin" or token.feats.get("Variant") == "Short") \
                and token.feats.get("Number") == noun.feats.get("Number") and agrees(token, noun):
            return True
        k += 1
    return False


def _coordinated(ctx: QuoteContext, i: int, cue: int) -> bool:
    token = ctx.tokens[i]
    if not ctx.kids(i, "nsubj") and ctx.lex.verb_class(token) and ctx.complementizer(i, ctx.sentence_stop(i)):
        return True  # "…, и подчеркнул, что …": a second report of the same speaker
    return token.head == cue or (token.rel in ("conj", "parataxis") and ctx.tokens[token.head].head in (cue, -1)) \
        or token.head == ctx.tokens[cue].head and token.rel == "conj"


def clause_quotes(ctx: QuoteContext) -> list[Candidate]:
    """Candidates of cue verbs with a complement (clause, topic, naming, accusing) in every sentence unit."""
    out = []
    for sentence in range(len(ctx.units)):
        s_first, s_stop = ctx.sentence_range(sentence)
        for i in range(s_first, s_stop):
            cand = _clause_at(ctx, i, s_stop)
            if cand:
                out.append(cand)
    return out


# Verbs of finding out whose infinitive or embedded question is an inquiry, not a finding (cr36; dv39a "установить").
INQUIRY_VERBS = frozenset({"выяснить", "установить"})


def _clause_at(ctx: QuoteContext, i: int, s_stop: int) -> Candidate | None:
    token = ctx.tokens[i]
    if token.pos == "NOUN" and lemma(token) in OWNED_STATEMENT_NOUNS:
        return _owned_statement(ctx, i, s_stop)
    if token.pos not in ("VERB", "AUX", "ADJ", "") and not (token.pos == "NOUN" and token.rel == "acl"):
        return None  # (a participle the tagger took for a noun: "журналисту, заявившему о …")
    if _declined(ctx, i):
        return None
    comp = ctx.complementizer(i, s_stop)
    if comp is None:
        return _naming(ctx, i, s_stop) or _accusing(ctx, i) or _comparing(ctx, i, s_stop) \
            or _about_topic(ctx, i, s_stop) or _quoted_infinitive(ctx, i) or _not_excluded(ctx, i)
    if _inside_later_brackets(ctx, i, comp):
        # (mS39) "передал предмет (позже станет известно, что это телефон)": the aside's own clause;
        # (cr39 F15) the verb's own "что" may follow the aside: "сообщил (позже уточнили, что …), что …"
        comp = _complementizer_after_aside(ctx, comp, s_stop)
        if comp is None:
            return None
    if lemma(token) in INQUIRY_VERBS and (token.feats.get("VerbForm") in ("Inf", "Part") or ctx.tokens[comp].rel != "mark"):
        # (cr36) "попытались выяснить, что вызывает болезнь": an inquiry, not a finding; (dv39a) "Установлено, что",
        # "было выяснено, что": impersonal, nobody's statement (the guide's "стало известно")
        return None
    if lemma(token) == "установить" and ctx.kids(i, "obj"):
        return None  # (dv39a) "установила столь высокую планку, что …": setting a thing, the clause its result
    if _statement_object(ctx, i, comp):
        return None  # (left to the statement noun: _owned_statement)
    if _enumeration_colon(ctx, comp, s_stop):
        return None
    if _refused_act_colon(ctx, i, comp):
        return None
    if _topic_spelled_out(ctx, i, comp, s_stop):
        return None
    if _relative_after_topic(ctx, i, comp):
        return _about_topic(ctx, i, s_stop)  # (mO34) the report is its "о"-topic; the "что" clause comments on it
    report = _report_noun(ctx, i, comp)
    if report is not None:
        return _report_noun_candidate(ctx, i, report, comp, s_stop)
    relayed = _relayed_words(ctx, i, comp)
    criticised = _criticised_for(ctx, i, comp)
    if criticised is not None:
        return _criticism_candidate(ctx, i, criticised, comp, s_stop)
    klass = ctx.is_cue(i, need_clause=True) or (relayed and "say")
    support = None if ctx.lex.verb_class(token) or relayed else _support_noun(ctx, i, comp)
    if support is not None:
        klass = ctx.lex.support[lemma(ctx.tokens[support])]
    # (a verb outside the lexicon before a colon: the syntactic fallback, when the words after it are personal)
    # ((dvL) and after a manner verb, whose colon words are the ones said: "обратился к россиянам: Вы …")
    personal = support is None and not relayed and ctx.lex.verb_class(token) in (None, "manner") \
        and _personal_words_after_colon(ctx, i, comp, s_stop)
    if personal:
        klass = "say"
    # (qb) "Опрос показал, что …", "расчеты показали: …": a study's result is reported as its authors'
    finding = not klass and support is None and research_finding(ctx, i)
    if finding and anonymous_poll(ctx, i):
        return None  # (mO34) "Другой опрос показал, что …": poll data nobody named stands for, no statement
    if finding:
        klass = "inform"
    if not klass or klass == "manner":
        return None  # (manner-of-speaking verbs frame direct speech, not что-clauses)
    if support is None and not ctx.lex.verb_class(token) and not relayed and not personal and not finding and (
            not _governs(ctx, i, comp) or ctx.tokens[comp].rel != "mark"):
        return None  # the syntactic fallback needs the parse to agree ("…, что дает надежду": a relative "что")
    if not finding and _thing_subject(ctx, i):
        return None
    if _no_one_in_particular(ctx, i) or _impersonal_epistemic(ctx, i, klass) or _unattached_infinitive(ctx, i) \
            or _proposed_act(ctx, i):
        return None
    if _inside_infinitive_phrase(ctx, i, comp):
        return None
    if _opening_infinitive(ctx, i):
        return None
    span = ctx.in_span(token.start)
    if span is not None and span.stop - span.start > 30:
        return None  # a verb inside someone's quote
    if _first_person_singular(ctx, i):
        return None  # (dvC) "я не верила, что …": a speaker's own words (marks lost or unbalanced), nested speech
    word = ctx.tokens[comp]
    if word.text.lower() == "чтобы" and (klass not in ("promise", "ask") or _purpose_clause(ctx, comp, s_stop)):
        return None
    content = clause_content(ctx, comp + 1, i, _relative_clause_stop(ctx, i, comp, _aside_close(ctx, comp, s_stop)))
    if content is None or content[1] - content[0] < 3:
        return None
    cand = verb_candidate(ctx, content[0], content[1], i, "clause", klass)
    cand.hedged = cand.hedged or word.text.lower() in ("будто", "якобы")
    if support is not None:
        cand.cue = f"{lemma(token)} {lemma(ctx.tokens[support])}"  # "сделать вывод"
    if support is not None and _answered_statement(ctx, support):
        cand.speaker_head, cand.impersonal_verb = None, None
    if finding:
        # (the study speaks through its author only: not through whoever its phrase names -
        # "Проверка деятельности компании «Газпром» показала": unknown)
        cand.speaker_head, cand.impersonal_verb = study_author(ctx, i), None
    return cand


def _relative_clause_stop(ctx: QuoteContext, verb: int, comp: int, stop_token: int) -> int:
    """(sy40) "Вместо Джонсона, который накануне обвинил Мэй в том, что она …, МИД возглавит Хант": a report
    in a relative clause ends with that clause - at the comma after the verb's whole phrase, where the
    sentence's own clause goes on.  Only when the parse hung the content clause on the verb (its phrase runs
    past the complementizer's next word); else the parse says nothing of where the clause ends."""
    if ctx.tokens[verb].rel != "acl:relcl":
        return stop_token
    end = ctx.res.subtree(verb, frozenset())[1]
    while comp + 2 < end < stop_token and ctx.tokens[end].text == "," and end + 1 < stop_token \
            and ctx.tokens[end + 1].text.lower() in REASON_SUBORDINATORS:
        end = _subordinate_clause_end(ctx, end + 1, stop_token)
    return end if comp + 2 < end < stop_token and ctx.tokens[end].text == "," else stop_token


# (cr40 F8) Words opening a reason or condition clause the parse may hang above the relative verb: the clause is
# still part of what was said ("заявил, что закон нужно отменить, поскольку он нарушает Конституцию, выступил …").
REASON_SUBORDINATORS = frozenset({"поскольку", "так", "потому", "хотя", "если", "чтобы", "ибо"})


def _subordinate_clause_end(ctx: QuoteContext, first: int, stop_token: int) -> int:
    """(cr40 F8) Where the subordinate clause opened at `first` ends: past its verb's phrase ("так как", "потому
    что": the opening words hang on each other before the verb); `stop_token` when the parse gives no verb after."""
    head = ctx.tokens[first].head
    while head is not None and first < head <= first + 1:
        head = ctx.tokens[head].head
    if head is None or not first < head < stop_token:
        return stop_token
    return max(ctx.res.subtree(head, frozenset())[1], first + 1)


def _complementizer_after_aside(ctx: QuoteContext, comp: int, s_stop: int) -> int | None:
    """The "что" right after the bracketed aside that holds `comp` closes (", что"), or None."""
    close = _aside_close(ctx, comp, s_stop)
    after = close + 2
    if after < s_stop and ctx.tokens[close + 1].text == "," and ctx.tokens[after].text.lower() == "что":
        return after
    return None


def _aside_close(ctx: QuoteContext, comp: int, s_stop: int) -> int:
    """(cr39 F15) Where the clause of a complementizer inside brackets ends: at the ")" closing them ("(позже
    уточнили, что речь идет о 2021 годе)"); `s_stop` when no bracket opened in its sentence before it is open."""
    first = ctx.sentence_range(ctx.sent_of_token(comp))[0]
    if _bracket_depth(ctx, first, comp) <= 0:
        return s_stop
    depth = 0
    for k in range(comp + 1, s_stop):
        depth += {"(": 1, ")": -1}.get(ctx.tokens[k].text, 0)
        if depth < 0:
            return k
    return s_stop


def _bracket_depth(ctx: QuoteContext, first: int, stop: int) -> int:
    """Brackets opened and not closed among tokens [first, stop)."""
    depth = 0
    for k in range(first, stop):
        depth = max(depth + {"(": 1, ")": -1}.get(ctx.tokens[k].text, 0), 0)
    return depth


def _inside_later_brackets(ctx: QuoteContext, verb: int, comp: int) -> bool:
    """The complementizer stands inside brackets opened after the verb and not closed before it: a writer's
    aside with its own predicate ("(позже станет известно, что …)"), not the verb's content."""
    depth = 0
    for k in range(verb + 1, comp):
        depth += {"(": 1, ")": -1}.get(ctx.tokens[k].text, 0)
        depth = max(depth, 0)
    return depth > 0


# (dvG) Subject pronouns that name no speaker: "Никто не надеялся, что …" (no one said it), "Любой
# иммунолог вам расскажет, что …" (anyone would: the writer's own claim).
NO_ONE_WORDS = frozenset({"никто", "любой"})


def _no_one_in_particular(ctx: QuoteContext, verb: int) -> bool:
    """The verb's subject is "никто" or a noun under "любой": nothing was said by anyone the text names."""
    for subject in ctx.kids(verb, "nsubj"):
        if lemma(ctx.tokens[subject]) in NO_ONE_WORDS \
                or any(lemma(ctx.tokens[k]) in NO_ONE_WORDS for k in ctx.kids(subject, "det", "amod")):
            return True
    return False


def _unattached_infinitive(ctx: QuoteContext, verb: int) -> bool:
    """(dvG) "это все равно, что думать, будто …": an infinitive cue the parse hung on no verb that
    could give it a subject (a parataxis or the root, with no subject of its own) says what anyone might
    think or say, not what someone did."""
    token = ctx.tokens[verb]
    return token.feats.get("VerbForm") == "Inf" and token.rel in ("parataxis", "root") \
        and not ctx.kids(verb, "nsubj", "nsubj:pass")


def _proposed_act(ctx: QuoteContext, verb: int) -> bool:
    """(mS34, rv34_Q C9) "Шифрин предложил авиаперевозчику предупреждать пассажиров о невозможности …": an infinitive
    cue under a verb of proposing, asking or promising (class `promise`) is the act proposed - nobody said anything
    about its topic yet (README: "предложил + infinitive" is not a quote)."""
    token = ctx.tokens[verb]
    head = token.head
    return token.feats.get("VerbForm") == "Inf" and token.rel == "xcomp" and 0 <= head < verb \
        and ctx.lex.verb_class(ctx.tokens[head]) == "promise"


def _inside_infinitive_phrase(ctx: QuoteContext, verb: int, comp: int) -> bool:
    """(dvN) "Киев требует от партнеров дать ему гарантии, что транзит будет сохранен": the clause
    completes a noun of the verb's infinitive complement (an act asked for, itself no speech), so it
    is part of what is demanded, not what the subject states."""
    clause = ctx.tokens[comp].head
    if clause < 0 or ctx.tokens[clause].rel != "acl":
        return False
    noun = ctx.tokens[clause].head
    if noun >= 0 and lemma(ctx.tokens[noun]) in ("то", "тот"):
        noun = ctx.tokens[noun].head
    if noun < 0 or ctx.tokens[noun].pos != "NOUN":
        return False
    infinitive = ctx.tokens[noun].head
    return verb < infinitive < noun < comp and ctx.tokens[infinitive].head == verb \
        and ctx.tokens[infinitive].rel == "xcomp" and ctx.tokens[infinitive].feats.get("VerbForm") == "Inf" \
        and not ctx.lex.verb_class(ctx.tokens[infinitive])


def _purpose_clause(ctx: QuoteContext, comp: int, s_stop: int) -> bool:
    """(dvG) "призвало сторонников выйти на улицы, чтобы продемонстрировать поддержку": a "чтобы"
    with an infinitive states a purpose; a directive's "чтобы"-clause has a finite verb
    ("требовала, чтобы НАТО исключило …").  With the speaker's quoted words in it ("посоветовали лететь
    в Турцию, чтобы «разгрузить курорт»") it stays a quote (the README's infinitive-with-quoted-words exception)."""
    head = ctx.tokens[comp].head
    if not (0 <= head < len(ctx.tokens) and ctx.tokens[head].feats.get("VerbForm") == "Inf"):
        return False
    return not any(ctx.tokens[k].text in QUOTE_CHARS for k in range(comp, s_stop))


def _impersonal_epistemic(ctx: QuoteContext, verb: int, klass: str) -> bool:
    """(mB27, rv27_Q cause 8) "Не исключено, что …" / "Решено, что …"-like short neuter passives of an attitude
    verb with no subject, agent or named source: an impersonal epistemic frame (the guide's "Считается, что …"),
    which reports no one's position.  "Сообщается, что …" (a report verb) and "X не исключил, что …" stay."""
    token = ctx.tokens[verb]
    return klass in ("hedge", "opinion") and token.feats.get("Variant") == "Short" \
        and token.feats.get("Voice") == "Pass" and token.feats.get("Gender") == "Neut" \
        and not ctx.kids(verb, "nsubj", "nsubj:pass", "obl:agent") and not ctx.has_source(verb)


def _first_person_singular(ctx: QuoteContext, verb: int) -> bool:
    """The cue's subject is "я": whoever says "я считаю, что …" in a news text is quoted saying it,
    so the clause is nested in that quotation (not annotated apart), never a third party's report."""
    subject = ctx.subject_of(verb)
    return subject is not None and ctx.tokens[subject].text.lower() == "я" and subject in ctx.kids(verb)


def _enumeration_colon(ctx: QuoteContext, comp: int, s_stop: int) -> bool:
    """(dvA) "объявили забастовку в четырех странах: Испании, Португалии, Италии и Бельгии": a colon
    after a plural noun that opens a list of names spells out that noun - an enumeration, not the
    words of the verb's subject."""
    if ctx.tokens[comp].text != ":" or comp < 1 or comp + 3 >= s_stop:
        return False
    noun = ctx.tokens[comp - 1]
    first, comma, second = ctx.tokens[comp + 1:comp + 4]
    return noun.pos == "NOUN" and noun.feats.get("Number") == "Plur" and comma.text == "," \
        and all(t.pos == "PROPN" and t.text[:1].isupper() for t in (first, second)) \
        and not _list_as_subject(ctx, comp, s_stop)


# (dvJ) Verbs of criticising someone "за то, что …": the reproach is what the speaker stated.
CRITICISING_VERBS = frozenset({"критиковать", "раскритиковать", "покритиковать", "ругать", "отругать",
                               "осудить", "осуждать"})


def _criticised_for(ctx: QuoteContext, verb: int, comp: int) -> int | None:
    """(dvJ) "Он раскритиковал коммунальщиков за то, что те позволили льду …": a verb of criticising
    with its object and "за то, что": the object (the criticised), else None.  With a noun only
    ("раскритиковал Apple за накрутку цены") nothing is stated (an NP complement, gold/quotes)."""
    if lemma(ctx.tokens[verb]) not in CRITICISING_VERBS or ctx.negated(verb) or comp < verb + 4 \
            or ctx.tokens[comp].text.lower() != "что" \
            or [t.text.lower() for t in ctx.tokens[comp - 3:comp]] != ["за", "то", ","]:
        return None
    objects = [k for k in ctx.kids(verb, "obj") if verb < k < comp - 3]
    return objects[0] if objects else None


def _criticism_candidate(ctx: QuoteContext, verb: int, criticised: int, comp: int, s_stop: int) -> Candidate | None:
    """The reproach as «X за то, что …» (like «обвинить X в …»: the text starts with the criticised)."""
    # (a colon after the reproach opens the critics' own words, which have their own frame: "…за то, что она
    # хвалит цирк: «Не верю …», – пишет X")
    colon = next((k for k in range(comp + 1, s_stop) if ctx.tokens[k].text == ":"), s_stop)
    content = clause_content(ctx, comp + 1, verb, colon)
    if content is None or content[1] - content[0] < 3:
        return None
    start = ctx.tokens[ctx.res.subtree(criticised, frozenset({"punct", "parataxis", "acl:relcl"}))[0]].start
    return verb_candidate(ctx, min(start, content[0]), content[1], verb, "clause", "claim")


def _topic_spelled_out(ctx: QuoteContext, verb: int, comp: int, s_stop: int) -> bool:
    """(dvJ) "рассказал Малкову о деятельности экспертных советов: по социальной поддержке граждан и по
    вопросам …": a colon right after the verb's "о"-topic followed by words with no verb of their own
    spells out that topic (which councils), not the subject's words."""
    if ctx.tokens[comp].text != ":":
        return False
    topics = [k for k in ctx.kids(verb, "obl", "nmod") if k < comp and any(
        ctx.tokens[c].text.lower() in ("о", "об", "обо") for c in ctx.kids(k, "case"))]
    if not any(ctx.res.subtree(k)[0] <= comp - 1 < ctx.res.subtree(k)[1] for k in topics):
        return False
    return not any(t.pos in ("VERB", "AUX") or t.text in QUOTE_CHARS for t in ctx.tokens[comp + 1:s_stop])


def _relative_after_topic(ctx: QuoteContext, verb: int, comp: int) -> bool:
    """(mO34) "Джонсон и Дэвис заявили о сложении своих полномочий, что «несколько удивило» Мэй", "фракции заявили
    о выходе из коалиции, что, как предполагается, позволит …": a "что" after a comma that closes the verb's
    "о"-topic (not "о том", nor after a correlative "от того,") is the relative pronoun standing for the whole
    report ("which surprised May"), the subject of its clause - a content clause has a subject of its own before
    its verb.  Told by the clause's
    finite verb in the singular (neuter in the past, as "что" wants) with no nominative before it."""
    if ctx.tokens[comp].text.lower() != "что" or comp < 2 or ctx.tokens[comp - 1].text != "," \
            or lemma(ctx.tokens[comp - 2]) in ("то", "тот"):
        return False  # ("о радости от того, что …": the correlative "того" opens a content clause)
    topics = [k for k in ctx.kids(verb, "obl", "nmod") if verb < k < comp and lemma(ctx.tokens[k]) not in ("то", "тот")
              and any(ctx.tokens[c].text.lower() in ("о", "об", "обо") for c in ctx.kids(k, "case"))]
    if not any(_runs_to_comma(ctx, k, comp - 1) for k in topics):
        return False
    head = ctx.tokens[comp].head
    if head <= comp:
        return False
    feats = ctx.tokens[head].feats
    if ctx.tokens[head].pos not in ("VERB", "AUX") or feats.get("VerbForm") != "Fin" or feats.get("Number") != "Sing" \
            or feats.get("Tense") == "Past" and feats.get("Gender") != "Neut":
        return False
    if feats.get("Tense") != "Past" and any(ctx.kids(k, "nsubj", "nsubj:pass") for k in (head, *ctx.kids(head, "xcomp"))):
        return False  # (a subject after the verb: "о рисках, что может начаться паводок" is a content clause)
    return not any(t.pos in ("NOUN", "PROPN", "PRON", "DET") and t.feats.get("Case") == "Nom"
                   for t in ctx.tokens[comp + 1:head])


def _runs_to_comma(ctx: QuoteContext, topic: int, comma: int) -> bool:
    """The words from the topic noun to the comma are its phrase: no verb, no other comma between (the parse
    may hang a genitive of a long topic elsewhere: "о выходе из состава парламентской коалиции «…»,")."""
    return all(t.pos not in ("VERB", "AUX") and t.text != "," for t in ctx.tokens[topic + 1:comma])


def _list_as_subject(ctx: QuoteContext, comp: int, s_stop: int) -> bool:
    """(ma25, rev25_A L1) "заявили министры: Москва, Пекин и Дели поддержат проект": a list of names
    right followed by a finite verb (adverbs may stand between) is that verb's subject - the start of
    someone's words, not an enumeration."""
    k = comp + 1
    while k < s_stop and (ctx.tokens[k].pos == "PROPN" or ctx.tokens[k].text.lower() in (",", "и")):
        k += 1
    while k < s_stop and ctx.tokens[k].pos in ("ADV", "PART"):
        k += 1
    return k < s_stop and ctx.tokens[k].pos in ("VERB", "AUX") and ctx.tokens[k].feats.get("VerbForm") == "Fin"


# First-person words: in a sentence after a colon they show someone's own words.  (Second-person
# ones do not: "гражданин обращается в суд: Вы можете подать иск онлайн" addresses the reader of
# an explainer.)
PERSONAL_PRONOUNS = frozenset({"я", "мы", "мой", "наш"})


def _personal_words_after_colon(ctx: QuoteContext, verb: int, colon: int, s_stop: int) -> bool:
    """"Певица присоединилась к поздравлениям: Мои поздравления Жанне!", "X поблагодарил Y
    следующими словами: Благодарю вас за доверие": a finite verb of a person or organisation
    (any verb but a `block` one: "увидел:", "узнал:") before a colon, and after it an upper-case
    sentence, outside quotation marks, in the first person - someone's own words, not the
    narration (nor a how-to text's "вы")."""
    token = ctx.tokens[verb]
    if ctx.tokens[colon].text != ":" or colon + 1 >= s_stop or token.pos != "VERB" \
            or token.feats.get("VerbForm") != "Fin" or token.feats.get("Person") in ("1", "2") \
            or lemma(token) in ctx.lex.blocked or ctx.negated(verb) or ctx.in_span(token.start) is not None:
        return False
    first = ctx.tokens[colon + 1]
    if not first.text[:1].isupper() or ctx.in_span(first.start) is not None \
            or first.pos == "PROPN" and colon + 2 >= s_stop:
        return False
    subject = ctx.subject_of(verb)
    if subject is None or not ctx.agentive(subject) or ctx.tokens[subject].feats.get("Person") in ("1", "2"):
        return False
    if any(ctx.tokens[k].feats.get("Animacy") == "Inan" for k in ctx.kids(verb, "obj")):
        return False  # ("купил книгу: …", "выпустила продукт: …": the colon tells about the thing)
    words = [ctx.tokens[k] for k in range(colon + 1, s_stop) if ctx.in_span(ctx.tokens[k].start) is None]
    persons = ("1", "2") if _animate_addressee(ctx, verb) else ("1",)
    pronouns = PERSONAL_PRONOUNS | ADDRESS_PRONOUNS if "2" in persons else PERSONAL_PRONOUNS
    return any(lemma(t) in pronouns or t.pos in ("VERB", "AUX") and t.feats.get("Person") in persons
               for t in words)


# Second-person words: someone's own words too when the verb before the colon names whom they are
# said to ("Путин обратился к россиянам: Вы проявили мужество", "поблагодарил медиков: Вы спасли …").
ADDRESS_PRONOUNS = frozenset({"вы", "ты", "ваш", "твой"})


def _animate_addressee(ctx: QuoteContext, verb: int) -> bool:
    """The verb has an animate object, dative, or "к" + animate ("обратился к жителям области",
    "поблагодарил медиков"); "обращается в суд" has none."""
    for k in ctx.kids(verb, "obj") + ctx.kids(verb, "iobj") + ctx.kids(verb, "obl"):
        token = ctx.tokens[k]
        if not (token.pos in ("NOUN", "PROPN") and token.feats.get("Animacy") == "Anim"
                or token.pos == "PRON" and token.feats.get("PronType") == "Prs"
                and token.feats.get("Person") in ("1", "3")):
            continue
        if token.rel == "obl":
            cases = [ctx.tokens[c].text.lower() for c in ctx.kids(k, "case")]
            if cases != ["к"]:
                continue
        return True
    return False


def _owned_statement(ctx: QuoteContext, noun: int, s_stop: int) -> Candidate | None:
    """"отреагировали на заявления Меркель о том, что Украина …": a statement noun with its
    speaker in the genitive and a "(о том,) что"-clause: the clause is that speaker's words."""
    owner = ctx.owner(noun)
    if owner is None:
        return _reproached_statement(ctx, noun, s_stop) or _possessed_statement(ctx, noun, s_stop)
    if ctx.in_span(ctx.tokens[noun].start) is not None \
            or not (ctx.agentive(owner) or lemma(ctx.tokens[owner]) in ORG_CLASS_NOUNS):
        return None
    k = ctx.res.subtree(owner, no_pp=True)[1]
    words = [t.text.lower() for t in ctx.tokens[k:min(k + 4, s_stop)]]
    if words[:4] == ["о", "том", ",", "что"]:
        comp = k + 3
    elif words[:2] == [",", "что"]:
        comp = k + 1
    else:
        comp = _about_that_of(ctx, noun, owner, s_stop)
        if comp is None:
            return None
        owner = _named_owner(ctx, owner, comp - 2)
    return _statement_clause(ctx, noun, comp, owner, s_stop)


def _statement_clause(ctx: QuoteContext, noun: int, comp: int, owner: int, s_stop: int) -> Candidate | None:
    """The "что"-clause at `comp` after the statement noun `noun`, as `owner`'s words.  ("Слова X о том, что …,
    вызвали протесты": the noun's own predicate ends the clause.)"""
    head = ctx.tokens[noun].head
    commas = [k for k in range(comp + 1, head) if ctx.tokens[k].text == ","] if comp < head < s_stop else []
    content = clause_content(ctx, comp + 1, noun, commas[-1] if commas else s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    return Candidate(content[0], content[1], "clause", lemma(ctx.tokens[noun]), noun, owner)


def _possessed_statement(ctx: QuoteContext, noun: int, s_stop: int) -> Candidate | None:
    """(mC36, rv36_Q C2) "Его первым заявлением стали его слова о том, что …": a statement noun owned by a third-person
    possessive and followed by "о том, что": the clause is the words of the one the possessive stands for."""
    owner = ctx.possessor(noun)
    if owner is None or ctx.in_span(ctx.tokens[noun].start) is not None \
            or [t.text.lower() for t in ctx.tokens[noun + 1:min(noun + 5, s_stop)]] != ["о", "том", ",", "что"]:
        return None
    return _statement_clause(ctx, noun, noun + 4, owner, s_stop)


def _reproached_statement(ctx: QuoteContext, noun: int, s_stop: int) -> Candidate | None:
    """(dvZ) "раскритиковали Собчак за слова о том, что «…»", "Глацких, раскритикованная за высказывание о том, что
    …, …": a statement noun with no owner of its own, under "за" of a verb of criticising, is the words of the one
    criticised - the verb's object, or the noun a participle of it qualifies."""
    owner = _reproached_one(ctx, noun)
    if owner is None or ctx.in_span(ctx.tokens[noun].start) is not None or not ctx.agentive(owner) \
            or [t.text.lower() for t in ctx.tokens[noun + 1:min(noun + 5, s_stop)]] != ["о", "том", ",", "что"]:
        return None
    comp = noun + 4
    participle = ctx.tokens[ctx.tokens[noun].head].feats.get("VerbForm") == "Part"
    # (the participial phrase closes at the comma before its noun's own predicate: "…, раскритикованная за
    # высказывание о том, что A, ушла …"; mC35, cr35 F10: not at a comma inside A, "что пенсии, по ее мнению, …")
    end = next((k for k in range(comp + 1, s_stop - 1) if ctx.tokens[k].text == ","
                and _owners_predicate(ctx.tokens[k + 1], ctx.tokens[ctx.tokens[noun].head])), s_stop) \
        if participle else s_stop
    content = clause_content(ctx, comp + 1, noun, end)
    if content is None or sum(1 for k in range(comp + 1, end) if ctx.tokens[k].pos != "PUNCT"
                              and content[0] <= ctx.tokens[k].start < content[1]) < 2:
        return None  # (a word count: one word is no statement)
    return Candidate(content[0], content[1], "clause", lemma(ctx.tokens[noun]), noun, owner)


def _noun_before_participle(ctx: QuoteContext, participle: int) -> int | None:
    """(sy38) "Директор … Ольга Глацких, раскритикованная за …, заявила": the parse hung the participial phrase on
    the later verb; the noun phrase right before its comma, in the participle's case, is what it qualifies (the
    phrase's head, up its name and apposition links)."""
    if participle < 2 or ctx.tokens[participle - 1].text != ",":
        return None
    k = participle - 2
    seen = set()
    while ctx.tokens[k].rel in NAME_PART_RELS and 0 <= ctx.tokens[k].head < k and k not in seen:
        seen.add(k)
        k = ctx.tokens[k].head
    noun = ctx.tokens[k]
    if noun.pos not in NOMINAL_HEADS or noun.feats.get("Case") != ctx.tokens[participle].feats.get("Case"):
        return None
    return k


def _owners_predicate(verb: Token, participle: Token) -> bool:
    """A finite verb (or a short participle) in the participle's form: its noun's own predicate (the participle, not
    the noun, which may be a post noun of another gender: "Директор …, раскритикованная …, заявила")."""
    return verb.pos in ("VERB", "AUX") and verb.feats.get("VerbForm") in ("Fin", "Part") \
        and (verb.feats.get("VerbForm") == "Fin" or verb.feats.get("Variant") == "Short") \
        and verb.feats.get("Number") == participle.feats.get("Number") \
        and verb.feats.get("Gender") in (None, participle.feats.get("Gender"))


def _reproached_one(ctx: QuoteContext, noun: int) -> int | None:
    """The one criticised "за" the statement noun: the object before it of a verb of criticising, or the noun before
    it that a participle of such a verb qualifies ("чиновница, раскритикованная за …"); None otherwise."""
    verb = ctx.tokens[noun].head
    if verb < 0 or verb > noun or lemma(ctx.tokens[verb]) not in CRITICISING_VERBS or ctx.negated(verb) \
            or not any(ctx.tokens[c].text.lower() == "за" for c in ctx.kids(noun, "case")):
        return None
    if ctx.tokens[verb].feats.get("VerbForm") == "Part":
        head = ctx.tokens[verb].head
        if 0 <= head < verb and ctx.tokens[verb].rel in ("acl", "amod"):
            return head
        return _noun_before_participle(ctx, verb)
    objects = [k for k in ctx.kids(verb, "obj") if verb < k < noun]
    return objects[0] if objects else None


def _about_that_of(ctx: QuoteContext, noun: int, owner: int, s_stop: int) -> int | None:
    """(mB32, rv32_Q C9) "слова чиновницы Ольги Глацких в адрес подростков о том, что …", "заявления директора
    корпорации Apple С.Джобса о том, что …": a phrase (an addressee, an initial) between the owner's name and "о том,
    что" that the owner's phrase does not cover; the "что" when the parse hung that "о том" on the statement noun
    itself, else None."""
    for k in ctx.kids(noun, "nmod"):
        if owner < k < s_stop - 2 and ctx.tokens[k].text.lower() == "том" \
                and [t.text.lower() for t in ctx.tokens[k - 1:k + 3]] == ["о", "том", ",", "что"]:
            return k + 2
    return None


def _named_owner(ctx: QuoteContext, owner: int, about: int) -> int:
    """(mB32) "слова свердловской чиновницы Ольги Глацких в адрес подростков о том, что …", "слова ученого из
    института … Хидэаки Накадзимы о том, что …": the person's name after the owner's description, wherever the parse
    hung it, is who speaks - the last genitive name before "о том" (not one a place is named after: "имени X");
    the owner itself when there is none.  (cr32 F10) Not a name governed by a preposition's noun or a preposition:
    "слова адвоката по делу Ивана Петрова", "заявление министра в адрес Алексея Навального", "слова губернатора в
    интервью Ксении Собчак" name the case, the addressee, the interviewer - the owner speaks."""
    names = [k for k in range(owner + 1, about)
             if ctx.tokens[k].pos == "PROPN" and ctx.tokens[k].feats.get("Case") == "Gen"
             and lemma(ctx.tokens[k - 1]) != "имя" and not _after_preposition(ctx, owner, k)
             and any(m.type == "PER" and m.start == ctx.tokens[k].start for m in ctx.mentions_at(k))]
    return names[-1] if names else owner


def _after_preposition(ctx: QuoteContext, owner: int, name: int) -> bool:
    """The name (its first word after any other name words) follows a preposition or a preposition's noun ("в
    адрес", "по делу", "в интервью"), not the owner's own description ("ученого из Национального института …
    Японии Хидэаки Накадзимы": after a proper name of the institute's)."""
    j = name - 1
    while j > owner and ctx.tokens[j].pos == "PROPN" and ctx.tokens[j].text[:1].isupper() \
            and any(m.type == "PER" for m in ctx.mentions_at(j)):
        j -= 1
    if ctx.tokens[j].pos == "ADP":
        return True
    return ctx.tokens[j].pos == "NOUN" and j - 1 > owner and ctx.tokens[j - 1].pos == "ADP"


def _statement_object(ctx: QuoteContext, verb: int, comp: int) -> bool:
    """"прокомментировал заявление Байдена о том, что …": the clause is the owner's statement."""
    return any(ctx.tokens[k].pos == "NOUN" and lemma(ctx.tokens[k]) in OWNED_STATEMENT_NOUNS
               and (ctx.owner(k) is not None and ctx.owner(k) < comp
                    # (mC36) "вспомнили его обещание о том, что …": the possessive's
                    or ctx.possessor(k) is not None and comp == k + 4) for k in range(verb + 1, comp))


def _declined(ctx: QuoteContext, verb: int) -> bool:
    """"не стал комментировать предположение, что …", "не стала уточнять, что …": a speech
    infinitive under a negated "стать" is a refusal; nothing was said."""
    token = ctx.tokens[verb]
    if token.feats.get("VerbForm") != "Inf" or token.head < 0:
        return False
    helper = ctx.tokens[token.head]
    return lemma(helper) in DECLINING_HELPERS and ctx.negated(token.head)


# (dvF) Verbs of refusing: with the infinitive of an act they report the act refused, not words.
REFUSING_VERBS = frozenset({"отказаться", "отказываться"})


def _refused_act_colon(ctx: QuoteContext, verb: int, comp: int) -> bool:
    """(dvF) "комитет отказался утвердить назначение: сенаторам не нравились его взгляды": a colon
    after a refusal to act (an infinitive that is no speech verb) gives the reason, not the
    refuser's words."""
    if ctx.tokens[comp].text != ":" or lemma(ctx.tokens[verb]) not in REFUSING_VERBS:
        return False
    return any(ctx.tokens[k].feats.get("VerbForm") == "Inf" and not ctx.lex.verb_class(ctx.tokens[k])
               for k in ctx.kids(verb, "xcomp") if k < comp)


def _relayed_words(ctx: QuoteContext, verb: int, comp: int) -> bool:
    """"Газета приводит слова инженера X о том, что …": relaying someone's words, whose
    что-clause is the content (`candidate._quoting` gives the words' owner)."""
    return lemma(ctx.tokens[verb]) in WORDS_RELAY_VERBS and ctx.tokens[comp].text.lower() == "что" and any(
        verb < k < comp and lemma(ctx.tokens[k]) in STATEMENT_NOUNS for k in ctx.kids(verb, "obj"))


def _report_noun(ctx: QuoteContext, verb: int, comp: int) -> int | None:
    """"появилась информация о том, что …", "в прессе появились слухи, что …", "обнародовала
    сведения о том, что …": a report noun, subject of a verb of appearing or object of a
    verb of publishing, whose что-clause (not negated) is the content: that noun, else None."""
    verb_lemma = lemma(ctx.tokens[verb])
    if verb_lemma in APPEARING_VERBS:
        nouns = ctx.kids(verb, "nsubj")
    elif verb_lemma in PUBLISHING_VERBS:
        nouns = ctx.kids(verb, "obj")
    else:
        return None
    nouns = [n for n in nouns if verb < n < comp and lemma(ctx.tokens[n]) in REPORT_NOUNS]
    if not nouns or ctx.negated(verb) or ctx.tokens[comp].text.lower() != "что" \
            or any(ctx.tokens[k].pos in ("VERB", "AUX") for k in range(nouns[0] + 1, comp)):
        return None
    return nouns[0]


def _report_noun_candidate(ctx: QuoteContext, verb: int, noun: int, comp: int, s_stop: int) -> Candidate | None:
    content = clause_content(ctx, comp + 1, verb, s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    cand = verb_candidate(ctx, content[0], content[1], verb, "clause", "inform")
    if lemma(ctx.tokens[verb]) in APPEARING_VERBS:
        # (a report that appeared speaks for the place it appeared in - "на сайте газеты X",
        # "в британской прессе" - else for nobody: never a dropped subject)
        cand.speaker_head, cand.impersonal_verb = _report_place(ctx, verb), None
    cand.hedged = cand.hedged or lemma(ctx.tokens[noun]) in RUMOUR_NOUNS
    cand.cue = lemma(ctx.tokens[noun])
    return cand


def _report_place(ctx: QuoteContext, verb: int) -> int | None:
    """Where a report appeared, as its speaker: the owner of a page ("на сайте газеты X"),
    an outlet or organisation named by the place itself ("в британской прессе", "в «Ведомостях»")."""
    for c in ctx.kids(verb, "obl"):
        if not any(ctx.tokens[p].text.lower() in ("в", "во", "на") for p in ctx.kids(c, "case")) \
                or ctx.tokens[c].feats.get("Case") == "Acc":
            continue  # ("в прессу просочилась …": where it went, not who said it)
        if ctx.lex.is_source(ctx.tokens[c]):
            return ctx.owner(c)
        if lemma(ctx.tokens[c]) in REPORT_PLACES or ctx.names_outlet(c):
            return c
    return None


def _support_noun(ctx: QuoteContext, verb: int, comp: int) -> int | None:
    """"сделал вывод, что …", "выступил с заявлением, что …", "дал понять, что …": a
    support verb whose speech noun (lexicon kind `support`) carries the что-clause:
    that noun, when the clause hangs on it (or on the verb) and a person or an
    organisation is the subject."""
    if ctx.tokens[verb].pos != "VERB" or ctx.tokens[comp].text.lower() not in ("что", "будто", ":"):
        return None
    nouns = [c for c in ctx.kids(verb, "obj", "obl", "xcomp", "iobj") if c < comp and lemma(ctx.tokens[c]) in ctx.lex.support]
    nouns = [c for c in nouns if ctx.tokens[c].feats.get("VerbForm") != "Inf"
             or lemma(ctx.tokens[verb]) in SUPPORT_INFINITIVE_VERBS]
    if not nouns:
        return None
    clause = ctx.tokens[comp].head
    anchors = {verb, *nouns}
    above = ctx.tokens[clause].head if clause >= 0 else -1
    hangs = clause >= 0 and (above in anchors or above >= 0 and lemma(ctx.tokens[above]) in ("то", "тот")
                             and ctx.tokens[above].head in anchors)
    if ctx.tokens[comp].text == ":":
        hangs = comp == ctx.res.subtree(nouns[-1])[1] or comp == nouns[-1] + 1
    elif not hangs and clause >= 0 and ctx.tokens[clause].head < 0:
        # (mB31, rv31_Q C5) "перевозчик выступил с заявлением, что …" with the clause parsed as a second root:
        # the "что" right after the comma that ends the noun's phrase is the noun's
        hangs = ctx.tokens[comp - 1].text == "," and ctx.res.subtree(nouns[-1])[1] == comp - 1
    subject = ctx.subject_of(verb)
    if not hangs or subject is None or not (ctx.agentive(subject) or lemma(ctx.tokens[subject]) in INSTITUTION_NOUNS
                                            or _substantive_group(ctx, subject)):
        return None
    return nouns[-1]


def _answered_statement(ctx: QuoteContext, noun: int) -> bool:
    """(dvJ) "Комментаторы отреагировали на заявления о том, что …", "ответил на предположение, что …":
    a speech noun after "на" is what the subject answers, someone else's words (here unnamed),
    not the subject's own statement."""
    return any(ctx.tokens[k].text.lower() == "на" for k in ctx.kids(noun, "case"))


# (dvF) Quantifiers that stand for people when they head the subject alone: "Некоторые обращают внимание …".
GROUP_QUANTIFIERS = frozenset({"некоторый", "многий", "другой", "иной"})


def _substantive_group(ctx: QuoteContext, subject: int) -> bool:
    """(dvF) "Некоторые обращают внимание на то, что …", "Многие выразили опасение, что …": a plural
    quantifier with no noun of its own is an unnamed group of people (the verb rules already take
    "Некоторые считают, что …")."""
    token = ctx.tokens[subject]
    return lemma(token) in GROUP_QUANTIFIERS and token.feats.get("Number") == "Plur" \
        and not any(ctx.tokens[k].pos in ("NOUN", "PROPN") for k in ctx.kids(subject))


def _thing_subject(ctx: QuoteContext, verb: int) -> bool:
    """"видео, которое подтверждает, что …": the subject is a relative pronoun standing
    for a plain thing (no organisation, person or document), so nobody speaks; so is
    "тема требует …", "практика говорит о том, что …" with a verb that things do too."""
    subject = ctx.subject_of(verb)
    if lemma(ctx.tokens[verb]) in THING_VERBS and _demonstrative_before(ctx, verb):
        return True  # ("пока это все напоминает …: X …": the parse lost or outranked the demonstrative subject)
    if subject is not None and lemma(ctx.tokens[verb]) in THING_VERBS and ctx.tokens[subject].rel == "nsubj":
        token = ctx.tokens[subject]
        if lemma(token) in ("что", "это", "всё", "все"):
            return True  # ("…, что говорит о том, что …", "Это говорит о том, что …")
        return token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" and not ctx.lex.is_source(token) \
            and lemma(token) not in INSTITUTION_NOUNS and not ctx.res.mentions_in(
                token.start, ctx.tokens[ctx.res.subtree(subject)[1] - 1].stop)
    if subject is None or lemma(ctx.tokens[subject]) != "который" or ctx.tokens[verb].rel != "acl:relcl":
        return False
    noun = ctx.tokens[verb].head
    token = ctx.tokens[noun]
    return token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" and not ctx.lex.is_source(token) \
        and not ctx.res.mentions_in(token.start, token.stop + 1)


def _opening_infinitive(ctx: QuoteContext, verb: int) -> bool:
    """(rv23_Q M3) "Признать, что правительство поторопилось, означает …": an infinitive that
    opens its sentence has no one to govern it - it is the subject of the sentence's own
    predicate (or a general precept), an act nobody performed, so no report."""
    token = ctx.tokens[verb]
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(verb))
    opening = all(ctx.tokens[k].pos == "PUNCT" for k in range(s_first, verb))
    return opening and token.feats.get("VerbForm") == "Inf"


def _demonstrative_before(ctx: QuoteContext, verb: int) -> bool:
    """"это (все, уже) напоминает": the demonstrative "это" right before the verb, past adverbs
    and particles only - a subject standing for a state of things."""
    k = verb - 1
    while k >= 0 and ctx.tokens[k].pos in ("ADV", "PART", "DET") and lemma(ctx.tokens[k]) != "это":
        k -= 1
    return k >= 0 and ctx.tokens[k].text.lower() == "это"


def _about_topic(ctx: QuoteContext, i: int, s_stop: int) -> Candidate | None:
    """"WSJ сообщила о продаже «Совкомфлотом» танкеров": what was reported,
    as an indirect quote (the topic phrase after "о"), when it is long enough."""
    klass = ctx.lex.verb_class(ctx.tokens[i])
    if klass not in ("say", "inform", "claim", "write") or ctx.negated(i) or lemma(ctx.tokens[i]) in TOPIC_ONLY_VERBS:
        return None  # "пока не сообщала об итогах": nothing was said
    if klass == "write" and (not _press_subject(ctx, ctx.subject_of(i))
                             or any(lemma(ctx.tokens[k]) in COVERAGE_ADVERBS for k in ctx.kids(i, "advmod"))):
        return None  # (mC36) "писала о самостоятельности и свободе выбора", "Газета подробно писала о склоке": a
        # subject matter written about, or the press's cross-reference to its coverage (gold: "Как уже писал X")
    if _noun_infinitive(ctx, i):
        return None  # (dvD) "имеет полномочия объявить о роспуске парламента": a power, not a report
    if _proposed_act(ctx, i):
        return None
    # (dvX) "агентство Press Association, которое и сообщило об установлении …": the relative pronoun's antecedent
    antecedent = _relative_antecedent(ctx, i, ctx.subject_of(i))
    subject = antecedent
    if subject is not None and not ctx.agentive(subject) and not ctx.names_outlet(subject) \
            and lemma(ctx.tokens[subject]) not in INSTITUTION_NOUNS | ORG_CLASS_NOUNS \
            and not _share_of_speakers(ctx, subject) and not _country_announces(ctx, subject, i):
        return None  # "проект рассказывает о водружении флагов": a thing tells no news (an
        # institution named by its class noun does: "прокуратура сообщила о задержании …")
    announce = lemma(ctx.tokens[i]) in ANNOUNCE_VERBS and (ctx.tokens[i].feats.get("VerbForm") != "Inf"
                                                           or implicative_infinitive(ctx, i))
    idea_topics = _idea_topics(ctx, i)
    for c in ctx.kids(i, "obl", "iobj", "obj") + _misattached_topic(ctx, i, s_stop) + idea_topics:
        preps = ctx.kids(c, "case")
        if not preps or ctx.tokens[preps[0]].text.lower() not in ("о", "об"):
            continue
        if c < i and not (announce and _fronted_topic(ctx, preps[0], i)):
            continue
        if c not in idea_topics and any(
                i < k < c and ctx.tokens[k].pos == "NOUN" and ctx.tokens[k].feats.get("Case") == "Acc"
                and ctx.tokens[k].feats.get("Animacy") == "Inan" for k in ctx.kids(i, "obj")):
            continue  # ("комментируя публикацию решения о санкциях": the object's own topic; not
            # "предупредить пассажиров о …", whose object is the addressee)
        if lemma(ctx.tokens[c]) in EMPTY_TOPICS or not announce and _told_subject_matter(ctx, c):
            return None
        first, last = ctx.res.subtree(c, frozenset({"punct", "parataxis", "conj", "cc"}))
        # (names coordinated inside the topic belong to it: "об обиде Ивана Сидорова и Петра Кузина")
        for owner in ctx.kids(c, "nmod"):
            for other in ctx.kids(owner, "conj"):
                if other > owner and ctx.tokens[other].pos == "PROPN":
                    last = max(last, ctx.res.subtree(other, frozenset({"punct", "parataxis"}))[1])
        for other in ctx.kids(c, "conj"):
            # "о десятках задержанных и о попытках нападения": coordinated topics are one content
            if other > c and (any(ctx.tokens[p].text.lower() in ("о", "об") for p in ctx.kids(other, "case"))
                              or _shares_preposition(ctx, c, other)):
                last = max(last, ctx.res.subtree(other, frozenset({"punct", "parataxis"}))[1])
        last = max(last, _inner_conjuncts_end(ctx, c, first, last), _prepositional_conjuncts_end(ctx, c, first, last))
        first = max(first, preps[0] + 1)
        misparsed = _misparsed_fronted_subject(ctx, preps[0], i) if c < i and not ctx.kids(i, "nsubj") else None
        if c < i:
            last = min(last, i if misparsed is None else misparsed)
        short = ANNOUNCE_TOPIC_MIN_TOKENS if announce else ABOUT_TOPIC_MIN_TOKENS
        if announce and last - first == 1 and lemma(ctx.tokens[first]) in SELF_ANNOUNCED_EVENTS:
            short = 1
        if last - first < short:
            return None
        if c > i:
            last = _crossing_tail_end(ctx, i, last, s_stop)  # (only a topic long enough by itself)
            last = _topic_end_before_remark(ctx, first, last, i)
        start, stop = ctx.extend_to_marks(ctx.tokens[first].start, ctx.tokens[last - 1].stop)
        cand = _spoken_by_antecedent(ctx, verb_candidate(ctx, start, stop, i, "topic", klass), antecedent)
        if misparsed is not None:
            cand.speaker_head, cand.impersonal_verb = misparsed, None
        return cand
    return None


# (mC36) Adverbs of the press's coverage of a subject matter: "подробно писала о склоке", "много пишут об …", "как
# уже писал X" refer to the coverage, not to an event reported.
COVERAGE_ADVERBS = frozenset({"подробно", "много", "неоднократно", "часто", "активно", "уже"})


def _press_subject(ctx: QuoteContext, subject: int | None) -> bool:
    """(mC36, rv36_Q C2) "«Коммерсант» писал о возбуждении уголовного дела", "СМИ писали о задержании …": the press
    writing about an event reports it, as "сообщил о" does; anyone else's writing names a subject matter."""
    if subject is None:
        return False
    token = ctx.tokens[subject]
    return lemma(token) in PRESS_NOUNS or token.text in PRESS_NOUNS \
        or any(m.type == "MEDIA" and m.start <= token.start < m.stop for m in ctx.mentions_at(subject))


# Punctuation that ends a topic's tail.
TAIL_STOPS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "«", "»", "\""})


def _crossing_tail_end(ctx: QuoteContext, verb: int, last: int, s_stop: int) -> int:
    """(mB36, rv36_Q C1) "предположила, что каждая женщина сталкивалась с домогательствами, и рассказала о подруге,
    которой пришлось уволиться из-за некорректного поведения начальника": words after the topic up to the sentence's
    end that the parse hangs on a word before the cue verb (an arc crossing the cue, which Russian word order does
    not make) belong to the topic; not a finite verb ("заявил о своих намерениях и сделал предложения": the
    speaker's own second predicate).  The end of the topic's words (exclusive)."""
    end, crossing = last, False
    while end < s_stop and ctx.tokens[end].text not in TAIL_STOPS and ctx.tokens[end].text not in ".!?…":
        head = ctx.tokens[end].head
        if ctx.tokens[end].feats.get("VerbForm") == "Fin":
            return last
        if 0 <= head < verb:
            crossing = True
        elif not last <= head < s_stop:
            return last
        end += 1
    at_sentence_end = all(ctx.tokens[k].pos == "PUNCT" and ctx.tokens[k].text in ".!?…" for k in range(end, s_stop))
    return end if crossing and at_sentence_end else last


# (mK33, rv33_Q C3) Nouns of a put-forward idea: "высказал идею о необходимости создания …" states what the idea is.
IDEA_NOUNS = frozenset({"идея", "мысль", "версия"})


def _idea_topics(ctx: QuoteContext, verb: int) -> list[int]:
    """(mK33, rv33_Q C3) "Макрон высказал идею о необходимости создания организации": the "о"-phrase of the
    verb's idea object (right after it) is the content, as after "заявил о необходимости …"."""
    return [c for k in ctx.kids(verb, "obj") if k > verb and lemma(ctx.tokens[k]) in IDEA_NOUNS
            for c in ctx.kids(k, "nmod") if k + 1 in ctx.kids(c, "case")]


# (dvM) Topics a narrating verb tells about without stating anything: a life story, a talk whose words it does
# not give ("рассказала о жизни прадеда", "рассказала о ночном разговоре с артистом").
# (dvR) and one's path or experience: "рассказала о своем тернистом пути к успеху", "рассказал об опыте
# электронного голосования в Эстонии" name what was talked about, not what was said.
TOLD_STORY_TOPICS = frozenset({"жизнь", "биография", "детство", "юность", "разговор", "беседа", "путь", "опыт"})


def _told_subject_matter(ctx: QuoteContext, topic: int) -> bool:
    """(dvM) "проект, рассказывающий о героях войны", "рассказала о жизни и подвиге прадеда": after a
    narrating (not an announcing) verb, a person or a life story is a subject matter - a person is no
    event or state that could be reported (`TOLD_STORY_TOPICS`); not people with a relative clause, a
    participle or a count that states something of them ("рассказал о пациентах, которые заразились в
    больнице", "рассказал о трех сбитых дронах")."""
    token = ctx.tokens[topic]
    return lemma(token) in TOLD_STORY_TOPICS or token.pos in NOMINAL_HEADS and token.feats.get("Animacy") == "Anim" \
        and not ctx.kids(topic, "acl:relcl", "acl", "nummod") and not any(
            ctx.tokens[k].feats.get("VerbForm") == "Part" for k in ctx.kids(topic, "amod"))


def _country_announces(ctx: QuoteContext, subject: int, verb: int) -> bool:
    """(rv28_Q 10) "Белоруссия заявила о резком ухудшении …": a country named as the subject of an
    announcement verb speaks through its government, as "власти Белоруссии" do."""
    token = ctx.tokens[subject]
    return lemma(ctx.tokens[verb]) in ANNOUNCE_VERBS and any(
        m.type == "GPE" and m.start <= token.start < m.stop for m in ctx.res.mentions_in(token.start, token.stop))


# Parts of speech whose conjuncts inside an "о"-topic are the topic's own.
CONJOINED_INSIDE = frozenset({"PROPN", "VERB"})


def _inner_conjuncts_end(ctx: QuoteContext, topic: int, first: int, last: int) -> int:
    """(rv28_Q B) "о договоренности вернуть Афанасьева и Солошенко", "о необходимости обеспечить … и
    защитить …": a name or a verb joined to a name or a verb inside the topic (not to the topic noun
    itself) belongs to the topic; the end of the last such conjunct.  (A common noun joined to a noun
    inside may as well be a second topic: "о создании совета и амнистии".)"""
    end = last
    for k in range(first, last):
        if k == topic or ctx.tokens[k].pos not in CONJOINED_INSIDE:
            continue
        for other in ctx.kids(k, "conj"):
            if other >= last and ctx.tokens[other].pos == ctx.tokens[k].pos:
                end = max(end, ctx.res.subtree(other, frozenset({"punct", "parataxis"}))[1])
    return end


def _prepositional_conjuncts_end(ctx: QuoteContext, topic: int, first: int, last: int) -> int:
    """(mC31, rv31_Q C6) "о намерении расторгнуть контракт на поставку и транзит газа": a noun joined by
    "и" to a prepositional noun inside the topic, in its case and without a preposition of its own, is
    governed by the same preposition - one phrase of the topic; the end of the last such conjunct.
    (Not a bare genitive's conjunct, which may be a second topic: "о создании совета и амнистии".)"""
    end = last
    for k in range(first, last):
        if k == topic or ctx.tokens[k].pos != "NOUN" or not ctx.kids(k, "case"):
            continue
        for other in ctx.kids(k, "conj"):
            if other >= last and _shares_preposition_of(ctx, k, other):
                end = max(end, ctx.res.subtree(other, frozenset({"punct", "parataxis", "conj", "cc"}))[1])
    return end


def _noun_joined_in_case(ctx: QuoteContext, noun: int, other: int) -> bool:
    """Noun `other` is joined to `noun` by "и" in `noun`'s case ("действия и заявления", "поставку и транзит")."""
    case = ctx.tokens[noun].feats.get("Case")
    return ctx.tokens[other].pos == "NOUN" and case is not None and ctx.tokens[other].feats.get("Case") == case \
        and any(ctx.tokens[k].text.lower() == "и" for k in ctx.kids(other, "cc"))


def _shares_preposition_of(ctx: QuoteContext, noun: int, other: int) -> bool:
    """Noun `other`, joined by "и" to `noun` in its case without a preposition, shares `noun`'s preposition."""
    return not ctx.kids(other, "case") and _noun_joined_in_case(ctx, noun, other)


def _shares_preposition(ctx: QuoteContext, topic: int, other: int) -> bool:
    """(dvD) "об уходе с рынка и закрытии производств": a noun joined by "и" in the topic's case,
    without a preposition of its own, is governed by the same "о"."""
    return ctx.tokens[topic].feats.get("Case") == "Loc" and _shares_preposition_of(ctx, topic, other)


def _noun_infinitive(ctx: QuoteContext, verb: int) -> bool:
    """(dvD) An infinitive that completes a noun ("полномочия объявить", "право заявить", "намерение
    сообщить"): what one may or means to say, not what was said."""
    token = ctx.tokens[verb]
    return token.feats.get("VerbForm") == "Inf" and 0 <= token.head < len(ctx.tokens) \
        and ctx.tokens[token.head].pos == "NOUN"


def _share_of_speakers(ctx: QuoteContext, subject: int) -> bool:
    """(dvD) "Ряд компаний заявил об уходе …": a share noun speaks as the group in its genitive."""
    return lemma(ctx.tokens[subject]) in SHARE_NOUNS and any(
        ctx.agentive(k) or lemma(ctx.tokens[k]) in INSTITUTION_NOUNS | ORG_CLASS_NOUNS
        for k in ctx.kids(subject, "nmod"))


def _not_excluded(ctx: QuoteContext, verb: int) -> Candidate | None:
    """"Она не исключила еще одну волну забастовок в ближайшее время": an attitude frame
    with a noun phrase (the guide's "не исключить + NP"); the content is the object with
    the circumstances after it."""
    token = ctx.tokens[verb]
    if lemma(token) not in NOT_EXCLUDING_VERBS or token.feats.get("VerbForm") not in ("Fin", "Conv") \
            or not any(ctx.tokens[k].text.lower() == "не" for k in ctx.kids(verb, "advmod")):
        return None
    objects = [k for k in ctx.kids(verb, "obj") if k > verb and ctx.tokens[k].pos == "NOUN"]
    subject = ctx.subject_of(verb)
    if not objects or subject is None or not (ctx.agentive(subject) or _institution_noun(ctx, subject)):
        return None
    if _literal_exclusion(ctx, verb, objects):
        return None
    first, last = ctx.res.subtree(objects[0], frozenset({"punct", "parataxis", "acl:relcl"}))
    for k in ctx.kids(verb, "obl"):
        if k > objects[0]:
            last = max(last, ctx.res.subtree(k, frozenset({"punct", "parataxis", "acl:relcl"}))[1])
    start, stop = ctx.extend_to_marks(ctx.tokens[first].start, ctx.tokens[last - 1].stop)
    cand = verb_candidate(ctx, start, stop, verb, "clause", "hedge")
    cand.cue = f"не {lemma(ctx.tokens[verb])}"
    return cand


# Deverbal event nouns, whose own "из"-phrase is no set removed from ("вывод войск из Сирии").
EVENT_NOUN_ENDINGS = ("ние", "тие", "ция", "вод", "ход")


def _literal_exclusion(ctx: QuoteContext, verb: int, objects: list[int]) -> bool:
    """(ma25, rev25_A H2) "не исключила кандидата из списка" / "не исключила студентов": the verb's
    literal sense - removing someone (an animate object) or something from a set ("из + Gen" on the
    verb or on an object that names no event) - states no attitude."""
    if any(ctx.tokens[k].feats.get("Animacy") == "Anim" for k in objects):
        return True
    heads = [verb] + [k for k in objects if not lemma(ctx.tokens[k]).endswith(EVENT_NOUN_ENDINGS)]
    return any(ctx.tokens[k].text.lower() == "из" and ctx.tokens[k].rel == "case"
               and ctx.tokens[ctx.tokens[k].head].head in heads for k in range(verb + 1, len(ctx.tokens))
               if ctx.tokens[k].head >= 0)


def _institution_noun(ctx: QuoteContext, k: int) -> bool:
    """(dvA) "администрация ТРК не исключила поджог": an institution noun heading a phrase is as
    able to hold a position as a named organisation, though no mention covers the noun itself."""
    return ctx.tokens[k].pos == "NOUN" and lemma(ctx.tokens[k]) in INSTITUTION_NOUNS


def _quoted_infinitive(ctx: QuoteContext, verb: int) -> Candidate | None:
    """"Акчурин предложил «установить по аналогии» День оленя": a directive with an
    infinitive is no quote, unless the infinitive phrase carries the speaker's
    quoted words (then it is a mixed quote)."""
    klass = ctx.lex.verb_class(ctx.tokens[verb])
    threat = klass not in ("promise", "ask") and lemma(ctx.tokens[verb]) in THREAT_VERBS
    if klass not in ("promise", "ask") and not threat or ctx.negated(verb):
        return None
    subject = ctx.subject_of(verb) if threat else None
    if threat and (subject is None or not ctx.agentive(subject)):
        return None  # (a thing "грозит «обвалить» рынок": no one's words)
    for inf in ctx.kids(verb, "xcomp", "obj", "ccomp"):
        if inf < verb or ctx.tokens[inf].feats.get("VerbForm") != "Inf":
            continue
        first, last = ctx.res.subtree(inf, frozenset({"parataxis", "ccomp", "advcl", "acl:relcl"}))
        if first <= verb:
            continue  # (qs28) a parse that hangs words before the directive on its infinitive gives no phrase
        start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
        # quoted words, not a quoted name ("брать в кавычки «Донецкая Народная Республика»")
        # (an addressee may stand between: "призвал жителей области «…»")
        if first > verb + 2 and not _addressee_between(ctx, verb, first) \
                or not any(start - 2 <= sp.open_at < stop and ctx.doc.text[sp.start:sp.start + 1].islower()
                           and _quoted_own_words(ctx, sp) for sp in ctx.spans):
            return None
        start, stop = ctx.extend_to_marks(start, stop)
        if first > verb + 1 and ctx.tokens[first - 1].text == "«" \
                and ctx.doc.text.count("»", start, stop) > ctx.doc.text.count("«", start, stop):
            start = ctx.tokens[first - 1].start  # (qs28) "«разобраться» с протестующими": a quoted first word's mark
        if first > verb + 1 and ctx.tokens[first - 1].text in "«„“\"" and stop < len(ctx.doc.text) \
                and ctx.doc.text[stop] in "»“”\"":
            # (a wholly quoted phrase keeps both marks, which make it mixed and are stripped later)
            start, stop = ctx.tokens[first - 1].start, stop + 1
        else:
            start, stop = _whole_quoted_phrase(ctx, first, start, stop)
        return verb_candidate(ctx, start, stop, verb, "clause", klass)
    return None


def _whole_quoted_phrase(ctx: QuoteContext, first: int, start: int, stop: int) -> tuple[int, int]:
    """(mA40, rv40_Q C7) "призвал чиновников «никого не просить и не уговаривать, это бесполезно»": an infinitive
    phrase that opens a quotation whose closing mark the parse's phrase stops short of (a comma inside the marks)
    runs to that mark - all the quoted words are the speaker's, with both marks (mixed)."""
    if first == 0 or ctx.tokens[first - 1].text not in "«„“\"":
        return start, stop
    opened = ctx.tokens[first - 1].start
    span = next((sp for sp in ctx.spans if sp.open_at == opened), None)
    if span is None or span.close_at < stop or ctx.doc.sentence_at(span.close_at) != ctx.doc.sentence_at(opened):
        return start, stop
    return opened, span.close_at + 1


def _quoted_own_words(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """Quoted words that are the speaker's own: two or more, or one that is not an attribute in
    scare quotes (cr28 L3: "пообещал построить «умные» остановки" quotes a label, not words said)."""
    words = re.findall(r"\w+", ctx.doc.text[span.start:span.stop])
    if len(words) != QUOTED_INFINITIVE_WORDS:
        return len(words) > QUOTED_INFINITIVE_WORDS
    first, _ = ctx.doc.token_span(span.start, span.stop)
    return ctx.tokens[first].pos != "ADJ"


def _addressee_between(ctx: QuoteContext, verb: int, first: int) -> bool:
    """"призвал жителей области «не поддаваться панике»": the few words between a directive
    and its infinitive are the verb's own addressee or circumstance (no clause, no comma)."""
    between = [k for k in range(verb + 1, first) if ctx.tokens[k].text not in "«„“\"'"]
    if len(between) > ADDRESSEE_WORDS:
        return False
    for k in between:
        token = ctx.tokens[k]
        if token.pos in ("PUNCT", "VERB", "AUX", "SCONJ") or token.feats.get("VerbForm") == "Fin":
            return False
        node, steps = k, 0
        while node >= 0 and ctx.tokens[node].head != verb:
            node, steps = ctx.tokens[node].head, steps + 1
            if node < verb or node >= first or steps > ADDRESSEE_WORDS:
                return False  # (also a head cycle a faulty parse can leave)
        if node < 0 or ctx.tokens[node].rel not in ("obj", "iobj", "obl", "advmod"):
            return False
    return True


# (dv19a) Nouns of the medium a statement is made in ("рассказала в соцсетях о …", "рассказал в интервью о …"):
# an "о"-phrase the parse hangs on them is the verb's topic (a meeting's "о"-phrase is its own agenda, so no
# "совещание", "заседание" here).
STATEMENT_MEDIUM_NOUNS = frozenset({"соцсеть", "сеть", "интервью", "эфир", "блог", "микроблог", "instagram",
                                    "инстаграм", "telegram", "телеграм", "twitter", "твиттер", "facebook", "фейсбук",
                                    "пост", "публикация", "видеообращение", "обращение", "письмо"})
MEDIUM_PREPOSITIONS = frozenset({"в", "во"})


def _medium_preposition(ctx: QuoteContext, verb: int, k: int) -> bool:
    """(dv19a) Token k is the "в" of the verb's own medium phrase ("рассказала в соцсетях")."""
    token = ctx.tokens[k]
    if token.text.lower() not in MEDIUM_PREPOSITIONS or token.rel != "case" or token.head <= k:
        return False
    medium = ctx.tokens[token.head]
    return medium.head == verb and medium.rel == "obl" and (
        lemma(medium) in STATEMENT_MEDIUM_NOUNS or medium.text.lower() in STATEMENT_MEDIUM_NOUNS)


def _misattached_topic(ctx: QuoteContext, verb: int, s_stop: int) -> list[int]:
    """"напомнил главврачам больниц области об их ответственности": an "о"-phrase
    right after the verb and its addressee that the parse hung on another noun.
    (dv19a) Also after the medium the verb speaks in: "рассказала в соцсетях о покупке квартиры"."""
    for k in range(verb + 1, min(verb + 7, s_stop)):
        token = ctx.tokens[k]
        if _medium_preposition(ctx, verb, k):
            continue
        if token.text.lower() in ("о", "об") and token.rel == "case":
            owner = ctx.tokens[token.head].head if token.head > k else -1
            # ("сообщить информацию о гражданстве": the phrase belongs to the verb's own object)
            return [token.head] if token.head > k and owner != verb and not (
                owner >= 0 and ctx.tokens[owner].head == verb and ctx.tokens[owner].rel == "obj") else []
        if token.pos in ("VERB", "PUNCT", "SCONJ", "CCONJ", "ADP"):
            return []
    return []


# "В ночь с воскресенья на понедельник о своей отставке объявил X": words of a leading circumstance.
FRONTED_CIRCUMSTANCE_WORDS = 7


def _fronted_topic(ctx: QuoteContext, prep: int, verb: int) -> bool:
    """"О смерти Мендонсы сообщила его дочь": the topic opens the sentence and
    the verb follows it directly, its subject after it."""
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(verb))
    # (or opens a clause: "…, затем о решении уйти в отставку заявила министр X")
    k = prep - 1
    while k >= s_first and ctx.tokens[k].pos in ("ADV", "CCONJ", "PART"):
        k -= 1
    opens = k < s_first or ctx.tokens[k].text in (",", ";", "—", "–")
    if not opens and k >= s_first and _fronted_circumstance(ctx, s_first, prep, verb):
        opens = True  # ("В ночь на понедельник о своей отставке объявил Дэвис": a time phrase may lead)
    # (cS38) quotation marks around a name inside the topic do not break it: "О создании «плаща-невидимки» сообщалось"
    if not opens or any(ctx.tokens[k].pos == "PUNCT" and ctx.tokens[k].text not in QUOTE_CHARS
                        for k in range(prep, verb)):
        return False
    subjects = ctx.kids(verb, "nsubj")
    if any(k > verb for k in subjects):
        return True
    if not subjects and _impersonal_report(ctx, verb) and not any(
            lemma(ctx.tokens[k]) in RELATIVE_WORDS for k in range(prep, verb)):
        # (a relative's topic, "об уходе которого было объявлено накануне", says nothing itself: gold non-quote)
        return True  # (cS38, rv37_Q C3) "О создании X сообщалось в июле", "Об отставке было объявлено в пятницу"
    if not subjects and _misparsed_fronted_subject(ctx, prep, verb) is not None:
        return True  # (dvC) "О назначении консерватора Ханта Тереза Мэй объявила": the name hung on the topic
    # "Об отставке правительства премьер-министр Борисов заявил …": the subject may stand
    # between the topic and the verb (a named or agentive one; the verb's own clause, no comma)
    return any(prep < k < verb and (ctx.agentive(k) or ctx.names_outlet(k)
                                     or lemma(ctx.tokens[k]) in INSTITUTION_NOUNS) for k in subjects)


# Relative words that make a fronted topic a relative clause's ("об уходе которого").
RELATIVE_WORDS = frozenset({"который", "чей"})


def _impersonal_report(ctx: QuoteContext, verb: int) -> bool:
    """(cS38, rv37_Q C3) A report made, with nobody named: a passive in "-ся" ("сообщалось", "сообщается"), a
    neuter short passive participle ("было объявлено", "сообщено"), or a subjectless 3rd plural ("сообщили в
    полиции").  Not a report still to come ("будет объявлено", "может быть объявлено"): nothing was said yet."""
    token = ctx.tokens[verb]
    if token.feats.get("Tense") == "Fut" or any(
            ctx.tokens[k].feats.get("Tense") == "Fut" or ctx.tokens[k].feats.get("VerbForm") == "Inf"
            for k in ctx.kids(verb, "aux", "aux:pass", "cop")):
        return False
    if token.rel in ("xcomp", "ccomp", "csubj") and ctx.tokens[token.head].pos in ("VERB", "AUX", "ADJ"):
        return False  # ("может быть объявлено", "должно быть сообщено": governed by a modal)
    feats = token.feats
    if feats.get("VerbForm") == "Fin" and feats.get("Voice") == "Pass":
        return feats.get("Gender") == "Neut" or feats.get("Person") == "3" and feats.get("Number") == "Sing"
    if feats.get("VerbForm") == "Part" and feats.get("Variant") == "Short":
        return feats.get("Voice") == "Pass" and feats.get("Gender") == "Neut"
    return feats.get("VerbForm") == "Fin" and feats.get("Number") == "Plur" and feats.get("Person") in (None, "3") \
        and not _unparsed_subject_after(ctx, verb)


def _unparsed_subject_after(ctx: QuoteContext, verb: int) -> bool:
    """A subject after the verb that the parse did not attach: a nominative noun or a counted phrase ("объявили
    более 20 государств") before the clause's next punctuation - the 3rd plural is not impersonal then."""
    for k in range(verb + 1, ctx.sentence_stop(verb)):
        token = ctx.tokens[k]
        if token.pos == "PUNCT":
            return False
        if token.pos in ("NOUN", "PROPN", "PRON") and token.feats.get("Case") == "Nom" or token.pos == "NUM" \
                and _counts_plural(ctx, k):
            return True
    return False


def _counts_plural(ctx: QuoteContext, number: int) -> bool:
    """A numeral counting a genitive plural noun ("20 государств"), not a date ("5 мая") or a year."""
    nxt = number + 1
    return nxt < len(ctx.tokens) and ctx.tokens[nxt].pos == "NOUN" \
        and ctx.tokens[nxt].feats.get("Case") == "Gen" and ctx.tokens[nxt].feats.get("Number") == "Plur"


def _misparsed_fronted_subject(ctx: QuoteContext, prep: int, verb: int) -> int | None:
    """(dvC) "О назначении консерватора Джереми Ханта Тереза Мэй объявила …": the parse may hang
    the verb's nominative subject on the fronted topic (an apposition of a genitive noun).  A
    nominative name or agent noun that ends right before the verb, whose head inside the topic is
    in another case, is the verb's subject; the topic ends before it."""
    for k in range(prep + 2, verb):
        token = ctx.tokens[k]
        head = token.head
        if token.feats.get("Case") != "Nom" or token.pos not in ("PROPN", "NOUN") \
                or not prep < head < k or ctx.tokens[head].feats.get("Case") in (None, "Nom") \
                or token.rel not in ("appos", "nmod", "conj", "flat:name"):
            continue
        if ctx.res.subtree(k)[1] == verb and ctx.agentive(k) \
                and not any(ctx.tokens[j].pos == "PUNCT" for j in range(k, verb)):
            return k
        return None
    return None


def _fronted_circumstance(ctx: QuoteContext, s_first: int, prep: int, verb: int) -> bool:
    """The words before a fronted "о"-phrase are the verb's own circumstance (a time or place
    phrase without punctuation or a verb of its own) that opens the sentence."""
    words = range(s_first, prep)
    if not words or len(words) > FRONTED_CIRCUMSTANCE_WORDS or any(
            ctx.tokens[k].pos in ("PUNCT", "VERB", "AUX", "SCONJ", "PRON") for k in words):
        return False
    top = [k for k in words if not s_first <= ctx.tokens[k].head < prep]
    return len(top) == 1 and ctx.tokens[top[0]].head == verb and ctx.tokens[top[0]].rel in ("obl", "advmod")


def _governs(ctx: QuoteContext, verb: int, comp: int) -> bool:
    clause = ctx.tokens[comp].head
    return clause >= 0 and ctx.tokens[clause].head == verb and ctx.tokens[clause].rel in ("ccomp", "obj", "parataxis")


def _naming(ctx: QuoteContext, i: int, s_stop: int) -> Candidate | None:
    """"Захарова назвала отставку признаком кризиса": an evaluation stated by
    the speaker; the content is the object with its predicate (or the predicate
    alone: "назвал целью захвата «…»")."""
    verb_lemma = lemma(ctx.tokens[i])
    quoted_only = verb_lemma in QUOTED_NAMING_VERBS
    if verb_lemma in EVALUATION_VERBS:
        return _evaluating(ctx, i, s_stop)
    if verb_lemma not in NAMING_VERBS and not quoted_only \
            or ctx.tokens[i].feats.get("VerbForm") == "Part" and not _speaking_participle(ctx, i):
        return None
    # ("назвав происходящее «…»": a participle the parse made a second predicate is the object)
    objects = [k for k in ctx.kids(i, "obj") if k > i] or [
        k for k in ctx.kids(i, "xcomp") if k > i and ctx.tokens[k].feats.get("VerbForm") == "Part"
        and ctx.tokens[k].feats.get("Case") == "Acc" and not ctx.kids(k, "case", "obj")]
    predicates = [] if quoted_only else [
        k for k in ctx.kids(i, "xcomp", "obl") + _adjective_clauses(ctx, i)
        if _instrumental(ctx.tokens[k]) and not ctx.kids(k, "case")
    ] or _fronted_instrumental_object(ctx, i) \
        or _predicate_after(ctx, objects[0] if objects else i, s_stop) or _predicate_of_object(ctx, objects[:1]) \
        or (_predicate_after_relative(ctx, objects[0], s_stop) if objects else []) \
        or _predicate_after_phrase(ctx, objects[:1], s_stop)
    predicates = predicates or _quoted_predicate(ctx, objects[0] if objects else None, s_stop) \
        or ([] if quoted_only else _predicate_before_object(ctx, i, objects[:1]))
    if not objects and predicates:
        objects = _object_between(ctx, i, predicates[0])
    return _naming_candidate(ctx, i, s_stop, objects, predicates, quoted_only)


def _object_between(ctx: QuoteContext, verb: int, predicate: int) -> list[int]:
    """(mS34, rv34_Q C1) "назвал антимагнитский закон аморальным" with the noun hung on its own adjective: an
    accusative noun between the naming verb and its predicate, with no preposition, is the named object."""
    found = [k for k in range(verb + 1, predicate) if ctx.tokens[k].pos in ("NOUN", "PROPN")
             and ctx.tokens[k].feats.get("Case") == "Acc" and not ctx.kids(k, "case")]
    if not found or any(ctx.tokens[k].text in ",;:—–" for k in range(verb + 1, predicate)):
        return []
    # (sy38) the tree of a broken parse may make the adjective the noun's head: the phrase starts at the adjective
    head = ctx.tokens[found[0]].head
    return [head] if verb < head < found[0] and ctx.tokens[head].pos == "ADJ" else found[:1]


def _adjective_clauses(ctx: QuoteContext, verb: int) -> list[int]:
    """(mB32, rv32_Q C2) "называет заражение вирусом через почтовые отправления маловероятным": an adjective the parse
    hung on the naming verb as a clause of its own is its predicate (tried before an instrumental inside the object's
    phrase, "вирусом", which belongs to the object)."""
    return [k for k in ctx.kids(verb, "advcl") if k > verb and ctx.tokens[k].pos == "ADJ"]


def _fronted_instrumental_object(ctx: QuoteContext, verb: int) -> list[int]:
    """(mB32, rv32_Q C2) "Стилем Лимаренко эксперты называют «эффективность без излишеств»": a naming verb takes no
    instrumental object, so an instrumental noun the parse made its object before it is the fronted predicate."""
    return [k for k in ctx.kids(verb, "obj") if k < verb and ctx.tokens[k].pos == "NOUN"
            and ctx.tokens[k].feats.get("Case") == "Ins" and not ctx.kids(k, "case")][:1]


def _predicate_before_object(ctx: QuoteContext, verb: int, objects: list[int]) -> list[int]:
    """(dvH) "назвала «значимым» визит делегации": an instrumental word between the naming verb and
    its object that the parse hung on the object as a modifier - a modifier agrees with its noun in
    case, so an instrumental one on a noun in another case is the predicate put first."""
    if not objects:
        return []
    obj = objects[0]
    noun_case = ctx.tokens[obj].feats.get("Case")
    return [k for k in ctx.kids(obj, "amod") if verb < k < obj and noun_case not in (None, "Ins")
            and ctx.tokens[k].feats.get("Case") == "Ins"][:1]


# Instrumental endings the tagger may read as another case: an adjective's ("назвал газопровод
# антиевропейским", an xcomp tagged nominative) and a plural noun's ("…, дармоедами", tagged an adverb).
INSTRUMENTAL_ENDINGS = ("ым", "им", "ыми", "ими", "ами", "ями",
                        "нием", "тием")  # (mB27: a deverbal noun's singular, "«причесыванием»", tagged nominative)


def _instrumental(token: Token, predicate_slot: bool = False) -> bool:
    """An instrumental word: by the tag, or by its ending when it is an xcomp (or stands
    where only a predicate can: `predicate_slot`)."""
    return token.feats.get("Case") == "Ins" or (token.rel == "xcomp" or predicate_slot) \
        and token.pos in ("NOUN", "ADJ", "ADV") and len(token.text) > 4 \
        and token.text.lower().endswith(INSTRUMENTAL_ENDINGS)


def _speaking_participle(ctx: QuoteContext, i: int) -> bool:
    """"лидеры, называющие его диктатором", "журналисты, обвинившие министра в коррупции": an
    active participle of a naming or accusing verb that modifies a noun (the noun speaks;
    `_naming_candidate`/`_accusing` check that it can) - not "так называемый", not "называющий
    себя" (a self-description)."""
    token = ctx.tokens[i]
    if token.feats.get("Voice") == "Pass" or token.rel != "acl" or not 0 <= token.head < i:
        return False  # (the noun before its participle: a head after it is a misparse)
    noun = ctx.tokens[token.head]
    # (participle and noun agree in case: "лидеры, называющие" - not "смерти женщины" for "…, обвиняющие")
    return noun.pos in NOMINAL_HEADS and noun.feats.get("Case") == token.feats.get("Case") \
        and _agrees_in_number(ctx, token.head, i) \
        and not any(ctx.tokens[k].text.lower() == "себя" for k in range(i + 1, min(i + 3, len(ctx.tokens))))


def _agrees_in_number(ctx: QuoteContext, noun: int, participle: int) -> bool:
    """(sy38) A participle agrees with its noun in number too: "ни Мэй, ни …, что Джавид и Уильямсон, прямо
    обвиняющие Россию" - the tree of a broken parse may hang the plural participle on a far singular name.
    Coordinated singular nouns take a plural participle ("Джавид и Уильямсон, обвиняющие")."""
    of_noun = ctx.tokens[noun].feats.get("Number")
    of_participle = ctx.tokens[participle].feats.get("Number")
    if not of_noun or not of_participle or of_noun == of_participle:
        return True
    return of_participle == "Plur" and bool(ctx.kids(noun, "conj"))


NOMINAL_HEADS = frozenset({"NOUN", "PROPN"})


def _evaluating(ctx: QuoteContext, i: int, s_stop: int) -> Candidate | None:
    """"Депутаты считают жесткий вариант безумием", "оценил ситуацию как критическую": an
    evaluation by the subject - an object after the verb and, after the object, an instrumental
    predicate (`EVALUATING_VERBS`) or a "как"-phrase (`AS_VERBS`); the content is both."""
    if ctx.tokens[i].feats.get("VerbForm") not in ("Fin", "Conv", "Inf") and not _speaking_participle(ctx, i):
        return None  # (dvI: "Украина, считающая этот кредит политически обусловленным": the noun evaluates)
    if ctx.tokens[i].feats.get("Tense") == "Fut":
        return None  # (dvI: "когда они сочтут это необходимым": an evaluation still to come is no statement)
    if (ctx.tokens[i].feats.get("VerbForm") == "Part" or misread_participle(ctx.tokens[i])) \
            and not _evaluating_subject(ctx, i):
        return None  # (dvI: "есть фанатки, считающие Маликова богом": a group described, inside another's words)
    as_verb = lemma(ctx.tokens[i]) in AS_VERBS
    # (the parse may take an accusative object for an oblique: "обозначает недели … как потерю")
    objects = [k for k in ctx.kids(i, "obj") if k > i] or ([
        k for k in ctx.kids(i, "obl") if k > i and ctx.tokens[k].feats.get("Case") == "Acc"
        and not ctx.kids(k, "case")] if as_verb else [])
    # ("охарактеризовал происходящее как «…»": a participle used as a noun, parsed as a second predicate)
    objects = objects or ([k for k in ctx.kids(i, "xcomp") if k == i + 1
                           and ctx.tokens[k].feats.get("VerbForm") == "Part"
                           and ctx.tokens[k].feats.get("Case") == "Acc" and not ctx.kids(k, "case", "obj")]
                          if as_verb else [])
    # (dvM) "В авиакомпании забастовку охарактеризовали как «ненужную»": the object put before the verb
    objects = objects or (_fronted_as_object(ctx, i) if as_verb else [])
    if not objects and not as_verb:
        fronted = _fronted_evaluation(ctx, i)
        if fronted is not None:
            return _naming_candidate(ctx, i, s_stop, [fronted[1]], [fronted[0]], False, predicate_ends_at_comma=True)
    if not objects:
        return None
    if as_verb:
        # (a nominal predicate, not a clause: "описывал то, как …" tells a topic)
        nominal = ctx.tokens[objects[0]].feats.get("VerbForm") != "Part"
        predicates = [k for k in ctx.kids(i, "obl", "advcl", "xcomp")
                      + ctx.kids(objects[0], *(("nmod",) if nominal else ("nmod", "obl")))
                      + _as_adjective_on_object(ctx, objects[0])
                      if k > objects[0] and ctx.tokens[k].pos in ("NOUN", "ADJ", "PROPN")
                      and any(ctx.tokens[p].text.lower() == "как" for p in ctx.kids(k, "case", "mark"))
                      and not any(ctx.tokens[j].text == "," for j in range(objects[0], k))] \
            or _as_phrase_after_object(ctx, objects[0], s_stop)
    else:
        # (the parse may hang the predicate on the object, past its relative clause:
        # "считают вариант, о котором мечтают другие, безумием")
        predicates = [k for k in ctx.kids(i, "xcomp", "obl", "iobj") + ctx.kids(objects[0], "nmod", "acl", "acl:relcl")
                      if k > objects[0] and ctx.tokens[k].pos in ("NOUN", "ADJ")
                      and _instrumental(ctx.tokens[k]) and not ctx.kids(k, "case")] \
            or _predicate_after_relative(ctx, objects[0], s_stop) or _adjective_after_object(ctx, objects[0], s_stop)
        if not predicates:
            fronted_predicate = _predicate_before(ctx, i, objects[0])
            if fronted_predicate is not None:
                return _naming_candidate(ctx, i, s_stop, objects[:1], [fronted_predicate], False,
                                         predicate_ends_at_comma=True)
    if not predicates:
        return None
    return _naming_candidate(ctx, i, s_stop, objects, sorted(predicates)[:1], False, predicate_ends_at_comma=True)


def _fronted_as_object(ctx: QuoteContext, verb: int) -> list[int]:
    """(dvM) "В самой авиакомпании предстоящую забастовку охарактеризовали как «ненужную»": an accusative
    object before a "как"-evaluating verb (none after it) is what was evaluated; the content is then the
    part after the verb (the naming convention for the inverted order, `_named_content`)."""
    return [k for k in ctx.kids(verb, "obj") if k < verb and ctx.tokens[k].pos in NOMINAL_HEADS
            and ctx.tokens[k].feats.get("Case") == "Acc" and not ctx.kids(k, "case")][:1]


def _as_adjective_on_object(ctx: QuoteContext, obj: int) -> list[int]:
    """(dvM) "охарактеризовало забастовку как «ненужную»": the parse may hang the "как"-adjective on
    the object as a clause (`acl`); an adjective agreeing with the object after "как" is the predicate."""
    case = ctx.tokens[obj].feats.get("Case")
    return [k for k in ctx.kids(obj, "acl") if ctx.tokens[k].pos == "ADJ"
            and ctx.tokens[k].feats.get("Case") == case]


# (dv19b) How far after the object's head a "как" of the predicate may open.
AS_PHRASE_WINDOW = 5


def _as_phrase_after_object(ctx: QuoteContext, obj: int, s_stop: int) -> list[int]:
    """(dv19b) "Б.Обама охарактеризовал Дж.Коми как высококвалифицированного сотрудника, способного решать …":
    the parse may hang the "как"-noun on a word of the clause after it (the participle's verb), out of the
    evaluating verb's reach; a "как" within a few words after the object, with no comma or colon between, marks
    the predicate - the noun or adjective it is the case marker of, after it."""
    for k in range(obj + 1, min(obj + AS_PHRASE_WINDOW, s_stop)):
        token = ctx.tokens[k]
        if token.text in (",", ";", ":", "(") or token.text in QUOTE_CHARS:
            return []
        if token.text.lower() == "как" and token.rel in ("case", "mark"):
            head = token.head
            return [head] if head > k and head < s_stop and ctx.tokens[head].pos in ("NOUN", "ADJ", "PROPN") else []
    return []


# Words that may stand between an evaluating verb and its fronted predicate ("счел откровенной провокацией").
PREDICATE_MODIFIERS = frozenset({"ADV", "ADJ", "DET"})


def _predicate_before(ctx: QuoteContext, verb: int, obj: int) -> int | None:
    """(dvI) "считает главной угрозой терроризм": an instrumental noun or adjective hung on the
    evaluating verb between it and its accusative object is the predicate put first; what was
    evaluated is the part after the verb, predicate and object (the naming convention)."""
    # (an inanimate object the tagger read as nominative: "считает главной угрозой терроризм")
    cases = ("Acc", "Nom") if ctx.tokens[obj].rel == "obj" else ("Acc",)
    if ctx.tokens[obj].feats.get("Case") not in cases or ctx.tokens[obj].pos not in NOMINAL_HEADS:
        return None
    for k in ctx.kids(verb, "xcomp", "obl", "iobj"):
        token = ctx.tokens[k]
        if verb < k < obj and token.pos in ("NOUN", "ADJ") and token.feats.get("Case") == "Ins" \
                and not ctx.kids(k, "case") and _only_modifiers_between(ctx, verb, k):
            return k
    return None


def _fronted_evaluation(ctx: QuoteContext, verb: int) -> tuple[int, int] | None:
    """(dvI) "МИД счел провокацией письма США": the predicate right after the evaluating verb, the
    accusative object the parse hung on it as a bare nominal dependent (a noun takes no bare
    accusative, so it is the verb's object); returns (predicate, object)."""
    for k in ctx.kids(verb, "xcomp", "obl"):
        token = ctx.tokens[k]
        if k < verb or token.pos != "NOUN" or token.feats.get("Case") != "Ins" or ctx.kids(k, "case") \
                or not _only_modifiers_between(ctx, verb, k):
            continue
        obj = next((j for j in ctx.kids(k, "nmod", "obj") if j > k and ctx.tokens[j].pos in NOMINAL_HEADS
                    and ctx.tokens[j].feats.get("Case") == "Acc" and not ctx.kids(j, "case")), None)
        if obj is not None:
            return k, obj
    return None


def _evaluating_subject(ctx: QuoteContext, participle: int) -> bool:
    """(dvI) "Украина, считающая этот кредит …, решила …": a participle of evaluating states the
    position of the noun it hangs on when that noun is the subject of a verb after the participial
    phrase (the sentence is about what the evaluator did) or heads a verbless sentence («Танкер»,
    именуя действия … преступными); a noun described by it elsewhere ("есть фанатки, считающие
    Маликова богом") is only characterised."""
    noun = ctx.tokens[participle].head
    if noun < 0 or not noun < participle:
        return False
    token = ctx.tokens[noun]
    return token.rel == "root" or token.rel.startswith("nsubj") and token.head > participle


def _adjective_after_object(ctx: QuoteContext, obj: int, s_stop: int) -> list[int]:
    """(dvI) "считающая этот кредит политически обусловленным": an instrumental adjective or
    passive participle right after the object's phrase (adverbs aside) is its predicate, wherever
    the parse hung it (a noun there may be an instrument: "считает деньги руками")."""
    k = ctx.res.subtree(obj)[1]
    while k < s_stop and ctx.tokens[k].pos == "ADV":
        k += 1
    if k >= s_stop:
        return []
    token = ctx.tokens[k]
    predicate = token.feats.get("Case") == "Ins" and token.pos == "ADJ"
    return [k] if predicate and not ctx.kids(k, "case") else []


def _only_modifiers_between(ctx: QuoteContext, verb: int, predicate: int) -> bool:
    """Only adverbs and the predicate's own modifiers stand between the verb and the predicate."""
    return all(ctx.tokens[j].pos in PREDICATE_MODIFIERS for j in range(verb + 1, predicate))


def _predicate_after_relative(ctx: QuoteContext, obj: int, s_stop: int) -> list[int]:
    """"считают вариант, о котором мечтают противники, безумием", "назвал россиян, просящих помощи
    у государства, дармоедами", "назвал людей, которые требуют поддержки, «дармоедами»": the
    instrumental predicate (one word, or quoted words) right after the comma that closes the
    object's relative clause or participial phrase, wherever the parse hung it."""
    k = obj + 1
    if k >= s_stop or ctx.tokens[k].text != ",":
        return []
    opening = k + 2 if k + 2 < s_stop and ctx.tokens[k + 1].pos == "ADP" else k + 1
    if opening >= s_stop:
        return []
    participle = opening == k + 1 and ctx.tokens[opening].feats.get("VerbForm") == "Part" \
        and ctx.tokens[opening].feats.get("Case") == ctx.tokens[obj].feats.get("Case") is not None
    if lemma(ctx.tokens[opening]) != "который" and not participle:
        return []
    for j in range(opening + 1, s_stop - 1):
        if ctx.tokens[j].text in ";:«»\"" or ctx.in_span(ctx.tokens[j].start):
            return []
        if ctx.tokens[j].text == ",":
            return _closing_predicate(ctx, j + 1, s_stop)
    return []


def _closing_predicate(ctx: QuoteContext, n: int, s_stop: int) -> list[int]:
    """An instrumental predicate that opens at token `n` and ends the clause: one word
    ("…, безумием."), or quoted words with an instrumental among their first ones ("…, «дармоедами».")."""
    span = ctx.in_span(ctx.tokens[n + 1].start) if n + 1 < s_stop and ctx.tokens[n].text in "«„“\"" else None
    if span is not None and span.open_at == ctx.tokens[n].start:
        inside = [j for j in range(n + 1, s_stop) if ctx.tokens[j].stop <= span.stop]
        after = inside[-1] + 1 if inside else s_stop
        while after < s_stop and ctx.tokens[after].text in "»”\"“":
            after += 1
        words = [j for j in inside if ctx.tokens[j].pos != "PUNCT"]
        if words and (after >= s_stop or ctx.tokens[after].pos == "PUNCT") and any(
                _instrumental(ctx.tokens[j], predicate_slot=True) for j in words[:4]):
            return [inside[-1]]
        return []
    nxt = ctx.tokens[n]
    end = n + 1 >= s_stop or ctx.tokens[n + 1].pos == "PUNCT"
    if _instrumental(nxt, predicate_slot=True) and not ctx.kids(n, "case") and end:
        return [n]
    return []


def _naming_candidate(ctx: QuoteContext, i: int, s_stop: int, objects: list[int], predicates: list[int],
                      quoted_only: bool, predicate_ends_at_comma: bool = False) -> Candidate | None:
    """The naming candidate of verb `i` with its object and predicate, when the subject can speak
    (with `predicate_ends_at_comma` the content ends at a comma after the predicate: "расценил это
    как угрозу, при этом …" goes on with another clause)."""
    if not predicates:
        return None
    if quoted_only and lemma(ctx.tokens[i]) in DECLARING_VERBS and not _instrumental_in(ctx, predicates[0]):
        return None  # ("объявил войну «коррупции»": a declaration, not an evaluation)
    subject = _relative_antecedent(ctx, i, ctx.subject_of(i))
    speaking = subject is not None and _evaluating_speaker(ctx, subject)
    sourced = subject is None and (_in_document(ctx, i) or _impersonal_institution(ctx, i))
    impersonal_quoted = not speaking and not sourced and subject is None \
        and _impersonal_quoted_naming(ctx, i, objects, predicates)
    if not speaking and not sourced and not impersonal_quoted:
        return None  # (an impersonal "В документе газопровод называют …" names its source)
    content = _named_content(i, objects, predicates)
    first = min(_preposed_predicate_start(ctx, i, _with_left_modifiers(ctx, k)) if k > i else k for k in content)
    last = max(ctx.res.subtree(k)[1] for k in content)
    # (rv33_Q C4: and to the predicate: "считает себя сторонником и преемником Кана")
    last = max([last] + [_joined_noun_end(ctx, k) for k in content])
    if impersonal_quoted:
        last = min(last, _quoted_end(ctx, predicates[0]))  # ("«вундеркиндом» в фигурном катании": the mark ends it)
    for k in range(first + 1, last):
        if ctx.tokens[k].text.lower() in ("и", ",") and k + 1 < last and ctx.tokens[k + 1].pos == "VERB" \
                and ctx.tokens[k + 1].feats.get("VerbForm") in ("Fin", "Conv"):
            last = k  # "назвал инцидент «…» и напомнил …": the second verb is not content
            break
    if predicate_ends_at_comma:
        last = next((k for k in range(predicates[0] + 1, last) if ctx.tokens[k].text == ","
                     and not ctx.in_span(ctx.tokens[k].start)), last)
    last = _stated_reason_end(ctx, last, i, s_stop)
    start, stop = ctx.extend_to_marks(ctx.tokens[first].start, ctx.tokens[last - 1].stop)
    start, stop = ctx.extend_to_marks(_opening_of_whole_quotation(ctx, start, stop), stop)
    cand = verb_candidate(ctx, start, stop, i, "clause", "opinion")
    if impersonal_quoted:
        cand.impersonal_verb = None  # (no one named: "Замену таблички в Славянске назвали «…»" - not the town)
    return _spoken_by_antecedent(ctx, cand, subject)


def _quoted_end(ctx: QuoteContext, k: int) -> int:
    """The token after the quoted span that holds token `k`."""
    span = ctx.in_span(ctx.tokens[k].start)
    return next(j for j in range(k, len(ctx.tokens)) if ctx.tokens[j].start >= span.stop)


def _plural_subject_before(ctx: QuoteContext, verb: int) -> bool:
    """A plural verb before `verb` in its sentence has a subject: the verbs are coordinated and share it
    ("Власти Франции признали произошедшее терактом, назвали нападение «…»", parsed as two roots)."""
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(verb))
    return any(ctx.tokens[k].rel == "nsubj" and 0 <= ctx.tokens[k].head < verb
               and ctx.tokens[ctx.tokens[k].head].feats.get("Number") == "Plur" for k in range(s_first, verb))


# (mK33) Places where a name is current, not said by someone: "в народе называют «утюгом»".
CURRENT_NAME_PLACES = frozenset({"народ", "просторечие", "обиход", "быт", "простонародье"})


def _impersonal_quoted_naming(ctx: QuoteContext, verb: int, objects: list[int], predicates: list[int]) -> bool:
    """(mK33, rv33_Q C3) "Спортсменку неоднократно называли «вундеркиндом»": a naming verb in the impersonal
    plural (no subject anywhere in its clause) with an object and a quoted instrumental predicate reports
    someone's quoted words, speaker null (quotes-dev6: "назвали худшей авиакомпанией").  Not a name current
    among people ("в народе называют «…»"), not a relative's object ("которую называют «…»": a nickname)."""
    token = ctx.tokens[verb]
    if lemma(token) not in NAMING_VERBS or token.feats.get("VerbForm") != "Fin" \
            or token.feats.get("Number") != "Plur" or token.feats.get("Person") in ("1", "2"):
        return False
    objects = objects or ctx.kids(verb, "obj")  # (the object is often fronted: "Певицу называли «…»")
    if not objects or not predicates or ctx.kids(verb, "nsubj", "nsubj:pass", "csubj") \
            or _plural_subject_before(ctx, verb):
        return False
    if ctx.in_span(ctx.tokens[predicates[0]].start) is None \
            or lemma(ctx.tokens[objects[0]]) in ("который", "что", "себя"):
        return False
    s_first, s_stop = ctx.sentence_range(ctx.sent_of_token(verb))
    if any(k != verb and ctx.is_cue(k) and (ctx.tokens[verb].head == k and ctx.tokens[verb].rel in ("ccomp", "parataxis")
                                            or ctx.tokens[k].head == verb and ctx.tokens[k].rel in ("parataxis", "advcl"))
           for k in range(s_first, s_stop)):
        return False  # (cr33) another frame says whose words they are: "…», – отмечают риелторы"
    return not any(lemma(ctx.tokens[c]) in CURRENT_NAME_PLACES for c in ctx.kids(verb, "obl"))


def _evaluating_speaker(ctx: QuoteContext, subject: int) -> bool:
    """A subject that states an evaluation or a charge: a person, organisation or outlet by name or agent noun,
    an unnamed source ("источник назвал сроки «…»"), an institution by its class noun ("Правительство страны
    объявило сведения «…»"), the press ("СМИ называют его «…»"), a country ("Северная Корея назвала …") or a
    group ((dvM) "Некоторые называют его …")."""
    return _named_speaker_word(ctx, subject) or lemma(ctx.tokens[subject]) in ANONYMOUS \
        or lemma(ctx.tokens[subject]) in ORG_CLASS_NOUNS | LEADERSHIP_NOUNS \
        or ctx.tokens[subject].text.lower() in PRESS_NOUNS or _country_subject(ctx, subject) \
        or _substantive_group(ctx, subject)


def _joined_noun_end(ctx: QuoteContext, obj: int) -> int:
    """(mC31, rv31_Q C6) "назвало неприемлемыми действия и заявления посла": nouns joined to the named
    object by "и" in its case are named with it; the end of the last one (the object's end without)."""
    end = ctx.res.subtree(obj)[1]
    for other in ctx.kids(obj, "conj"):
        if other > obj and _noun_joined_in_case(ctx, obj, other):
            end = max(end, ctx.res.subtree(other)[1])
    # (sy40) and names joined to a name apposed to it: "сравнил их с библейскими Марией и Иосифом"
    for name in ctx.kids(obj, "appos"):
        for other in ctx.kids(name, "conj"):
            if other > name and _name_joined_in_case(ctx, name, other):
                end = max(end, ctx.res.subtree(other)[1])
    return end


def _name_joined_in_case(ctx: QuoteContext, name: int, other: int) -> bool:
    """Name or noun `other` is joined to `name` by "и" in `name`'s case ("Марией и Иосифом")."""
    case = ctx.tokens[name].feats.get("Case")
    return ctx.tokens[other].pos in ("NOUN", "PROPN") and case is not None \
        and ctx.tokens[other].feats.get("Case") == case \
        and any(ctx.tokens[k].text.lower() == "и" for k in ctx.kids(other, "cc"))


def _opening_of_whole_quotation(ctx: QuoteContext, start: int, stop: int) -> int:
    """(dvM) "охарактеризовали как «ненужную»", "назвала «мерзким»": a content that is one quotation
    entire begins at its opening mark, so the speaker's quoted words are seen (a mixed quote); a
    content that only opens with a quoted fragment keeps its start."""
    span = next((s for s in ctx.spans if s.open_at < start and stop <= s.close_at + 1
                 and not ctx.doc.text[s.open_at + 1:start].strip()), None)
    return span.open_at if span is not None else start


def _country_subject(ctx: QuoteContext, subject: int) -> bool:
    """(dvH) "Северная Корея назвала визит «значимым»": a country named as the subject of a naming
    verb stands for its government, which states the evaluation."""
    token = ctx.tokens[subject]
    first = ctx.tokens[ctx.res.subtree(subject)[0]]
    return any(m.type == "GPE" and m.start <= token.start < m.stop
               for m in ctx.res.mentions_in(first.start, token.stop))


def _named_content(verb: int, objects: list[int], predicates: list[int]) -> list[int]:
    """(dvD) The heads of a naming's content: its object and predicate, or the object alone when
    the predicate is fronted before the verb ("Главной угрозой он назвал терроризм", "Причиной
    аварии следователи назвали …"): the subject and verb stand between, and what was named is
    the part after the verb (quotes-dev6/-dev7 convention for the inverted order)."""
    if objects and predicates and predicates[0] < verb < objects[0]:
        return objects[:1]
    if objects and predicates and objects[0] < verb < predicates[0]:
        return predicates[:1]  # (dvM) "забастовку охарактеризовали как «ненужную»": the object fronted
    return objects[:1] + predicates[:1]


def _instrumental_in(ctx: QuoteContext, last: int) -> bool:
    """An instrumental word in the quoted predicate ending at `last` ("«государственной тайной»")."""
    span = ctx.in_span(ctx.tokens[last].start)
    if span is None:
        return ctx.tokens[last].feats.get("Case") == "Ins"
    return any(t.feats.get("Case") == "Ins" for t in ctx.tokens if span.start <= t.start and t.stop <= span.stop)


def _quoted_predicate(ctx: QuoteContext, obj: int | None, s_stop: int) -> list[int]:
    """"назвала события в городе «круговоротом насилия»", "признал решение «шокирующим»":
    a quoted predicate opening right after the object's phrase (its prepositional
    phrases included), whatever the parse hung it on.  It must be an evaluation - an
    instrumental word in it, or a lower-case start (the tagger may miss the instrumental:
    "«верхом безответственности»") - not a name given in the nominative ("назвал компанию
    «Ромашка»") nor a name inside the object before its predicate."""
    if obj is None:
        return []
    k = obj + 1
    while k < s_stop and k - obj <= QUOTED_PREDICATE_WINDOW and ctx.tokens[k].text not in "«„“\"":
        if ctx.tokens[k].pos in ("VERB", "AUX") or ctx.tokens[k].text in ",.;:—–()":
            return []
        k += 1
    span = ctx.in_span(ctx.tokens[k + 1].start) if k + 1 < s_stop else None
    if span is None or span.open_at != ctx.tokens[k].start:
        return []
    inside = [j for j in range(k + 1, s_stop) if ctx.tokens[j].stop <= span.stop]
    words = [j for j in inside if ctx.tokens[j].pos != "PUNCT"]
    if not words:
        return []
    evaluative = [j for j in words[:4] if ctx.tokens[j].pos in ("NOUN", "ADJ")
                  and ctx.tokens[j].feats.get("Case") == "Ins" and not ctx.kids(j, "case")]
    after = inside[-1] + 1
    while after < s_stop and ctx.tokens[after].pos == "PUNCT" and ctx.tokens[after].text in "»”\"“":
        after += 1
    if after < s_stop and ctx.tokens[after].pos in ("NOUN", "PROPN", "ADJ"):
        return []  # (the quoted words modify the word after them: "назвал имя «самого авторитетного» человека",
        # "операторов «большой тройки» виновными")
    if evaluative or ctx.doc.text[span.start:span.start + 1].islower():
        # (a lower-case start whatever the tagger read: "«верхом безответственности»",
        # "«круговоротом насилия»")
        return [inside[-1]]
    return []


def _impersonal_institution(ctx: QuoteContext, verb: int) -> bool:
    """"В мэрии ситуацию назвали вопиющей": a plural finite verb with no subject whose
    "в/на"-phrase names an institution or organisation where it was said."""
    token = ctx.tokens[verb]
    if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Plur":
        return False
    # (an institution, not any place: "которую в народе называют «…»" names nobody)
    return any(any(ctx.tokens[p].text.lower() in ("в", "во", "на") for p in ctx.kids(c, "case"))
               and (lemma(ctx.tokens[c]) in INSTITUTION_NOUNS | ORG_CLASS_NOUNS or ctx.names_outlet(c))
               for c in ctx.kids(verb, "obl") + under_fronted_predicate(ctx, verb))


def under_fronted_predicate(ctx: QuoteContext, verb: int) -> list[int]:
    """(dvD) "Главной же целью в военном ведомстве назвали …": the parse hangs the place phrase
    between a fronted predicate and its verb on the predicate; it is the verb's."""
    return [c for k in ctx.kids(verb, "xcomp", "obl") if k < verb and _instrumental(ctx.tokens[k])
            for c in ctx.kids(k, "nmod") if k < c < verb]


def _preposed_predicate_start(ctx: QuoteContext, verb: int, first: int) -> int:
    """(mW35, rv35_Q C3) "назвал легитимным и защищенным законодательством ЕС право …": instrumental adjectives or
    participles (joined by "и" or a comma) between the naming verb and the content's first word are a predicate put
    before the object; the parse may hang them on the object, so the content starts at the first of them."""
    k = first
    while k - 1 > verb:
        token = ctx.tokens[k - 1]
        if token.pos in ("ADJ", "VERB") and token.feats.get("Case") == "Ins" \
                and token.feats.get("VerbForm") in (None, "Part"):
            k -= 1
        elif token.text.lower() in ("и", ",") and k - 2 > verb and ctx.tokens[k - 2].feats.get("Case") == "Ins" \
                and ctx.tokens[k - 2].pos in ("ADJ", "VERB"):
            k -= 1
        else:
            break
    return k


# "…, так как …", "…, поскольку …", "…, потому что …": the speaker's stated reason for the evaluation.
REASON_OPENERS = (("так", "как"), ("поскольку",), ("потому", "что"), ("ведь",))


def _stated_reason_end(ctx: QuoteContext, last: int, verb: int, s_stop: int) -> int:
    """(mW35, rv35_Q C3) "назвал эту забастовку «ненужной», так как такие действия наносят вред": a reason clause right
    after the evaluation is the speaker's (README: continuations that plausibly belong to the content); the content
    runs on as a clause of the naming verb does (mC35, cr35 F5: not over the speaker's next predicate, "…, поскольку
    оно принято без обсуждения, и покинул заседание")."""
    comma = last + 1 if last < s_stop and ctx.tokens[last].text in "»\"”" else last  # (past the predicate's mark)
    if comma >= s_stop or ctx.tokens[comma].text != ",":
        return last
    words = [ctx.tokens[k].text.lower() for k in range(comma + 1, min(comma + 3, s_stop))]
    if not any(tuple(words[:len(opener)]) == opener for opener in REASON_OPENERS):
        return last
    reason = clause_content(ctx, comma + 1, verb, s_stop)
    end = s_stop if reason is None else next(
        (k for k in range(comma + 1, s_stop) if ctx.tokens[k].start >= reason[1]), s_stop)
    end = next((k for k in range(comma + 2, end) if _namers_next_predicate(ctx, k, verb, end)), end)
    while end > last and ctx.tokens[end - 1].pos == "PUNCT" and ctx.tokens[end - 1].text not in "»\"”":
        end -= 1
    return end


def _namers_next_predicate(ctx: QuoteContext, comma: int, verb: int, stop: int) -> bool:
    """(mC35, cr35 F5) ", а затем ушел из студии": a comma, "и"/"а", maybe an adverb, and a finite verb of the naming
    verb's form with no subject of its own - the speaker's next act, not the reason's."""
    if ctx.tokens[comma].text != "," or comma + 2 >= stop or ctx.tokens[comma + 1].text.lower() not in ("и", "а"):
        return False
    k = comma + 3 if ctx.tokens[comma + 2].pos == "ADV" and comma + 3 < stop else comma + 2
    nxt, namer = ctx.tokens[k], ctx.tokens[verb]
    return nxt.pos == "VERB" and nxt.feats.get("VerbForm") == "Fin" and not ctx.kids(k, "nsubj") \
        and all(nxt.feats.get(f) == namer.feats.get(f) for f in ("Number", "Gender", "Tense"))


def _with_left_modifiers(ctx: QuoteContext, k: int) -> int:
    """First token of `k` with the adjectives right before it ("радикальным шагом")."""
    while k - 1 >= 0 and ctx.tokens[k - 1].rel in ("amod", "det") and (
            ctx.tokens[k - 1].head == k or ctx.tokens[k].head == k - 1):  # (an adjective the parse made the head)
        k -= 1
    return k


def _in_document(ctx: QuoteContext, verb: int) -> bool:
    """The verb has "в документе/заявлении/докладе …" (a lexicon `source` noun with "в")."""
    return any(ctx.lex.is_source(ctx.tokens[c]) and any(ctx.tokens[p].text.lower() in ("в", "во")
                                                         for p in ctx.kids(c, "case"))
               for c in ctx.kids(verb, "obl", "nmod"))


# (dvO) Verbs of comparing: "сравнил X с Y" states an evaluation like "назвал X Y" (quotes-dev9 decision).
COMPARING_VERBS = frozenset({"сравнить", "сравнивать"})


def _comparing(ctx: QuoteContext, i: int, s_stop: int) -> Candidate | None:
    """(dvO) "Бриджен сравнил бывшего министра с Невиллом Чемберленом", "Мясников сравнил отмену мер с
    открыванием бутылки": a speaker's comparison is an evaluation he states; the content is the object
    with its "с"-phrase, the speaker as for a naming (`_naming_candidate`: a person, an organisation or a
    group that speaks).  A finite verb or a gerund ("…, сравнив их с фанатиками": the subject's), not
    negated; not a participle nor an infinitive ("не стал сравнивать": nothing was said)."""
    if lemma(ctx.tokens[i]) not in COMPARING_VERBS or ctx.negated(i) \
            or ctx.tokens[i].feats.get("VerbForm") not in ("Fin", "Conv"):
        return None
    objects = [k for k in ctx.kids(i, "obj") if k > i]
    # (the parse may hang the "с"-phrase on the object: "сравнил брак с покупкой автомобиля")
    comparands = [k for k in ctx.kids(i, "obl", "nmod") + (ctx.kids(objects[0], "nmod") if objects else [])
                  if objects and k > objects[0] and ctx.tokens[k].feats.get("Case") == "Ins"
                  and any(ctx.tokens[p].text.lower() in ("с", "со") for p in ctx.kids(k, "case"))]
    if not objects or not comparands:
        return None
    if any(lemma(ctx.tokens[c]) in FINDING_VERBS for c in ctx.kids(i, "conj")):
        return None  # (cr31 M8) "сравнил цены в магазинах с ценами на рынках и обнаружил разницу": a measurement
    return _naming_candidate(ctx, i, s_stop, objects[:1], [_spelled_out(ctx, comparands[0])], False)


# (cr31 M8) Verbs of finding that make a comparison an act of measuring, not a stated evaluation.
FINDING_VERBS = frozenset({"обнаружить", "выяснить", "установить", "найти", "определить", "получить", "увидеть"})


def _spelled_out(ctx: QuoteContext, k: int) -> int:
    """(dvO) "сравнил события в Турции с тем, что происходило на Украине": a demonstrative "тот" is
    spelled out by its clause, which the phrase of the pronoun leaves out - the content runs to that
    clause's end (its verb's phrase); any other word stands for itself."""
    if lemma(ctx.tokens[k]) != "тот":
        return k
    return next((c for c in ctx.kids(k, "acl", "acl:relcl") if c > k), k)


def _accusing(ctx: QuoteContext, i: int) -> Candidate | None:
    """"Лавров обвинил Запад в попытках испортить отношения": the charge is what the
    speaker stated; the content is the object with its "в"-phrase."""
    if lemma(ctx.tokens[i]) not in ACCUSING_VERBS or ctx.negated(i) \
            or ctx.tokens[i].feats.get("VerbForm") == "Part" and not _speaking_participle(ctx, i):
        return None
    objects = [k for k in ctx.kids(i, "obj") if k > i]
    charges = [k for k in ctx.kids(i, "obl", "nmod") if k > i and any(
        ctx.tokens[p].text.lower() in ("в", "во") for p in ctx.kids(k, "case"))] or _charge_on_object(ctx, objects)
    if not charges:
        fronted = _fronted_charge(ctx, i)
        if fronted is not None:
            return fronted
    if not objects or not charges:
        return None
    subject = _relative_antecedent(ctx, i, ctx.subject_of(i))
    if subject is None or not _evaluating_speaker(ctx, subject):
        return None  # (an institution by its class noun accuses too: "разведка обвинила канал в …"; (dvM) so
        # does an unnamed group: "некоторые обвиняют Бузову в лицемерии"; (mB32) and the press, a country: "Британские
        # СМИ обвинили россиянку в …", "Азербайджан и Армения обвинили друг друга в …")
    last = ctx.res.subtree(charges[0], frozenset({"punct", "parataxis", "acl:relcl"}))[1]
    governor = ctx.tokens[charges[0]].head
    if governor > charges[0] and ctx.sent_of_token(governor) == ctx.sent_of_token(i) \
            and ctx.tokens[governor].feats.get("VerbForm") != "Fin" and not ctx.lex.verb_class(ctx.tokens[governor]):
        # (dvF: the charge hung on a word after it - "в провокации с целью дискредитировать …")
        last = max(last, ctx.res.subtree(governor, frozenset({"punct", "parataxis", "acl:relcl"}))[1])
    # (dvF) the accused phrase with its modifiers before it ("американские спецслужбы в …")
    first = min(ctx.res.subtree(objects[0], frozenset({"punct", "parataxis", "acl:relcl"}))[0], charges[0])
    start, stop = ctx.extend_to_marks(ctx.tokens[max(first, i + 1)].start, ctx.tokens[last - 1].stop)
    return _spoken_by_antecedent(ctx, verb_candidate(ctx, start, stop, i, "clause", "claim"), subject)


# (mD40) Nouns of a time or a phase that a fronted "в"-phrase may name instead of a charge ("В начале года …").
FRONTED_TIME_NOUNS = frozenset({"начало", "конец", "середина", "ход", "рамка", "период", "время", "год", "месяц",
                                "неделя", "день", "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                                "август", "сентябрь", "октябрь", "ноябрь", "декабрь"})
# (cr40 F1) Nouns of a medium, a venue or an occasion of speaking that a fronted "в"-phrase names where the charge
# was made, not what it is ("В эфире телеканала министра обвинил ведущий", "В суде бизнесмена обвинил партнер");
# the lexicon's source nouns (интервью, обращение, канал, статья, выступление …) are refused besides.
FRONTED_VENUE_NOUNS = frozenset({"эфир", "суд", "заседание", "соцсеть", "сеть", "программа", "передача", "беседа",
                                 "разговор", "конференция", "пресс-конференция", "брифинг", "шоу", "видео",
                                 "видеообращение", "ролик", "сюжет", "репортаж", "колонка", "микроблог", "подкаст",
                                 "книга", "фильм", "интервью", "instagram", "facebook", "twitter", "youtube"})


def _speaking_venue(ctx: QuoteContext, k: int) -> bool:
    """(cr40 F1) A fronted "в"-noun that names a medium or venue of the accusation, not the charge."""
    return lemma(ctx.tokens[k]) in FRONTED_VENUE_NOUNS or ctx.tokens[k].text.lower() in FRONTED_VENUE_NOUNS \
        or ctx.lex.is_source(ctx.tokens[k])


def _fronted_charge(ctx: QuoteContext, verb: int) -> Candidate | None:
    """(mD40, rv40_Q C9) "В «нападках на ислам» Макрона обвинил премьер-министр Пакистана": the charge fronted as
    the sentence's first phrase, the accused object between it and the verb, the accuser after the verb - the
    content is the charge with the accused ("В «нападках на ислам» Макрона").  Only that inverted order: a fronted
    "в"-phrase before a subject is a time or a place ("В ноябре Соловьев обвинил …"); not a named place or a time."""
    s_first = ctx.sentence_range(ctx.sent_of_token(verb))[0]
    charges = [k for k in ctx.kids(verb, "obl") if k < verb and ctx.tokens[k].pos == "NOUN"
               and ctx.tokens[k].feats.get("Case") == "Loc" and lemma(ctx.tokens[k]) not in FRONTED_TIME_NOUNS
               and not _speaking_venue(ctx, k)
               and any(ctx.tokens[p].text.lower() in ("в", "во") for p in ctx.kids(k, "case"))]
    objects = [k for k in ctx.kids(verb, "obj") if k < verb]
    subject = ctx.subject_of(verb)
    if len(charges) != 1 or len(objects) != 1 or subject is None or subject < verb \
            or not _evaluating_speaker(ctx, subject):
        return None
    charge, accused = charges[0], objects[0]
    (first, charge_end), (accused_first, last) = ctx.res.subtree(charge), ctx.res.subtree(accused)
    # (the phrase's own preposition and marks stand outside its subtree: "В «нападках …» Макрона")
    before = [ctx.tokens[k] for k in range(s_first, first)] + [ctx.tokens[k] for k in range(charge_end, accused_first)]
    if not charge < accused or last != verb or any(t.pos != "PUNCT" and t.head != charge for t in before) \
            or any(m.type in ("LOC", "GPE", "ORG") for m in ctx.mentions_at(charge)):
        return None
    start, stop = ctx.extend_to_marks(ctx.tokens[s_first].start, ctx.tokens[last - 1].stop)
    return verb_candidate(ctx, start, stop, verb, "clause", "claim")


# Relations of a name's later words to its head ("Станислава Жаркова", "Кино danz").
NAME_PART_RELS = frozenset({"flat", "flat:name", "flat:foreign", "appos"})


def _relative_antecedent(ctx: QuoteContext, verb: int, subject: int | None) -> int | None:
    """(mB31, rv31_Q C3) "чиновника Жаркова, который назвал жителей …", "компанией X, которая обвинила блогера
    в …": a relative pronoun subject stands for the noun its clause modifies - that noun is who can speak."""
    token = ctx.tokens[verb]
    if subject is None or lemma(ctx.tokens[subject]) != "который":
        return subject
    if token.rel == "acl:relcl" and 0 <= token.head < subject:
        return _agreeing_antecedent(ctx, token.head, subject)
    # (the parse may hang the clause on a later word: the antecedent's last word stands before the comma,
    # and its name's head before that: "компанией Кино danz, которая …")
    if subject < 2 or ctx.tokens[subject - 1].text != ",":
        return subject
    k = subject - 2
    while ctx.tokens[k].rel in NAME_PART_RELS and 0 <= ctx.tokens[k].head < k:
        k = ctx.tokens[k].head
    return _agreeing_antecedent(ctx, k, subject)


def _agreeing_antecedent(ctx: QuoteContext, noun: int, pronoun: int) -> int:
    """(cr31 M2) The noun "который" stands for: `noun` or a genitive owner in its phrase that agrees with the pronoun
    in number and, in the singular, gender ("мужем актрисы, которая назвала" -> актрисы); the pronoun itself (no
    speaker) when none does."""
    def agrees(k: int) -> bool:
        a, b = ctx.tokens[k].feats, ctx.tokens[pronoun].feats
        if a.get("Number") and b.get("Number") and a["Number"] != b["Number"]:
            return False
        # (a name's gender is the tagger's guess: "компанией Киноdanz, которая …")
        return b.get("Number") == "Plur" or ctx.tokens[k].pos == "PROPN" or not (a.get("Gender") and b.get("Gender")) \
            or a["Gender"] == b["Gender"]
    seen, k = set(), noun
    while k not in seen and 0 <= k < pronoun:
        seen.add(k)
        if agrees(k):
            return k
        owners = [c for c in ctx.kids(k, "nmod") if k < c < pronoun and ctx.tokens[c].feats.get("Case") == "Gen"]
        if not owners:
            break
        k = owners[0]
    return pronoun


def _spoken_by_antecedent(ctx: QuoteContext, cand: Candidate, antecedent: int | None) -> Candidate:
    """(mB31) A candidate whose subject is a relative pronoun is spoken by the pronoun's antecedent (found by
    `_relative_antecedent` even where the parse hung the clause on a later word)."""
    head = cand.speaker_head
    if antecedent is not None and head is not None and head != antecedent and lemma(ctx.tokens[head]) == "который":
        cand.speaker_head = antecedent
    return cand


# (mB31) The longest parenthesis after the accused that the charge may follow ("(Евгения Баженова)").
ACCUSED_PARENTHESIS_WORDS = 6


def _past_parenthesis(ctx: QuoteContext, k: int) -> int:
    """The token after a parenthesis at `k` (or after its closing mark, when the parse kept the rest of it in the
    accused's phrase); `k` itself when there is none."""
    if k < len(ctx.tokens) and ctx.tokens[k].text == ")":
        return k + 1
    if k < len(ctx.tokens) and ctx.tokens[k].text == "(":
        close = next((j for j in range(k + 1, min(k + ACCUSED_PARENTHESIS_WORDS + 2, len(ctx.tokens)))
                      if ctx.tokens[j].text == ")"), None)
        return close + 1 if close is not None else k
    return k


def _named_speaker_word(ctx: QuoteContext, k: int) -> bool:
    """An agentive word, or (mB31) a word of a person's, organisation's or outlet's name ("Киноdanz", two
    tokens, the relative clause's antecedent)."""
    return ctx.agentive(k) or any(m.type in ("PER", "ORG", "MEDIA") for m in ctx.mentions_at(k))


def _charge_on_object(ctx: QuoteContext, objects: list[int]) -> list[int]:
    """(dvF) "обвинил американские спецслужбы и аргентинскую полицию в совместной провокации с целью
    …": the parse hung the "в"-charge on the accused or on a word after it rather than on the verb; the
    charge is then the prepositional noun right after the accused phrase.  A place ("обвинил полицию в
    Киеве") is no charge."""
    if not objects:
        return []
    accused = [objects[0]] + [c for c in ctx.kids(objects[0], "conj") if c > objects[0]]
    for noun in accused:
        hung = [k for k in ctx.kids(noun, "nmod") if k > noun and any(
            ctx.tokens[p].text.lower() in ("в", "во") for p in ctx.kids(k, "case"))]
        if hung:
            return hung[:1]
    k = max(ctx.res.subtree(n, frozenset({"parataxis", "acl:relcl"}))[1] for n in accused)
    k = _past_parenthesis(ctx, k)  # (mB31) "обвинила блогера BadComedian (Евгения Баженова) в нарушении …"
    # (sy38) or right after the last accused word, when the parse hung the words after it on the accused
    # ("… полицию в совместной провокации с целью …": "целью" on "полицию" - its phrase runs to the end)
    for after in dict.fromkeys((k, accused[-1] + 1)):
        noun = _charge_at(ctx, after)
        if noun is not None:
            return [noun]
    return []


def _charge_at(ctx: QuoteContext, k: int) -> int | None:
    """The noun of a "в"-phrase opening at `k` that can be a charge: a locative, not a place."""
    if k + 1 >= len(ctx.tokens) or ctx.tokens[k].text.lower() not in ("в", "во"):
        return None
    noun = next((j for j in range(k + 1, min(k + 4, len(ctx.tokens))) if ctx.tokens[j].pos == "NOUN"), None)
    if noun is None or ctx.tokens[noun].feats.get("Case") != "Loc" \
            or any(m.type == "LOC" for m in ctx.res.mentions_in(ctx.tokens[noun].start, ctx.tokens[noun].stop)):
        return None
    return noun


def _predicate_of_object(ctx: QuoteContext, objects: list[int]) -> list[int]:
    """"назвал решение X о переезде «жалким поступком»": the parse hung the instrumental
    predicate on the object, after the object's own modifiers."""
    if not objects:
        return []
    return [k for k in ctx.kids(objects[0], "nmod") if k > objects[0] and ctx.tokens[k].pos == "NOUN"
            and ctx.tokens[k].feats.get("Case") == "Ins" and not ctx.kids(k, "case")][:1]


def _predicate_after_phrase(ctx: QuoteContext, objects: list[int], s_stop: int) -> list[int]:
    """(mB32, rv32_Q C2) "назвал свой уход из спорта шуткой, написав в Twitter": the parse hung the instrumental
    predicate on a later verb; the one right after the object's whole phrase (its prepositional modifiers
    included), still before the clause's comma, is the naming's predicate."""
    if not objects:
        return []
    return _predicate_after(ctx, ctx.res.subtree(objects[0])[1] - 1, s_stop)


def _predicate_after(ctx: QuoteContext, after: int, s_stop: int) -> list[int]:
    """The instrumental predicate the parse did not attach to the verb:
    "назвал Vestas «мировым лидером»" (within a few words, no preposition)."""
    for k in range(after + 1, min(after + 5, s_stop)):
        token = ctx.tokens[k]
        if token.pos in ("ADP", "VERB") or token.text in ",.;:":
            return []
        if token.pos == "NOUN" and token.feats.get("Case") == "Ins" and not ctx.kids(k, "case"):
            return [k]
    return []
