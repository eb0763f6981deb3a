"""Framed reports whose content is the rest of the sentence or the one before:
"по словам X, …", "согласно сообщению X, …", "как сообщил X, …", a trailing
"…, сообщил X", an interrupted "…, — заявил X, — …" and "Об этом заявил X".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.nlp.doc import Mention, Token
from khronika.quotes.candidate import STATEMENT_NOUNS, Candidate, hearer_as_subject, verb_candidate
from khronika.quotes.clauses import APPEARING_VERBS, RUMOUR_NOUNS
from khronika.quotes.context import ACCUSING_VERBS, AUTHOR_ASIDES, DASHES, NOMINAL, QuoteContext, RELAY_VERBS
from khronika.quotes.context import INTERROGATIVES, NAMING_VERBS, TURNING_VERBS
from khronika.quotes.context import PUBLISHED_PARTICIPLES, PUBLISHING_SITE_NOUNS
from khronika.quotes.cues import NEGATION_KEEPS, agrees, finite_or_imperative, lemma
from khronika.quotes.description_speakers import SHARE_NOUNS
from khronika.quotes.findings import RESEARCH_NOUNS, study_author_of
from khronika.quotes.headline import headline_quote, past_title_prefix
from khronika.quotes.initials import name_cut_at_initials
from khronika.quotes.marks import QUOTE_CHARS
from khronika.quotes.speakers import ANAPHORIC_ORG, INTRODUCED_ORG, MEDIA_NOUNS, SIDE_NOUNS, SOCIAL_NETWORKS


POSSESSIVES = frozenset({"его", "ее", "её", "их"})
# (qs28) Owners of guidance named by their class noun ("требованиям регулятора", "инструкциям министерства").
ISSUING_BODY_NOUNS = frozenset({"регулятор", "руководство", "правительство", "министерство", "ведомство", "власть",
                                "минздрав", "роспотребнадзор", "комиссия", "совет", "мэрия", "администрация"})
# "По словам X, которого цитирует агентство, …": the longest relative aside on the owner.
RELATIVE_ASIDE_WORDS = 8
# "Как (в свою очередь) сообщила X, …": the cue verb within this many words after "как".
KAK_CUE_WINDOW = 4
# "Это мнение разделяет X": sharing an opinion states it again (only after an opinion noun;
# "разделить" alone divides things).
SHARING_VERBS = frozenset({"разделять", "разделить"})
# Agreement words of "С этим согласен X" (content = the sentence before).
AGREEING = frozenset({"согласный", "согласен", "согласиться", "соглашаться"})
# A trailing frame ("…, сообщил X") of more words than this must be the verb's own
# phrase only: "…, заявил на брифинге в Женеве директор программы ВОЗ по … Майкл Райан".
TRAILING_SHORT_FRAME = 8
TRAILING_LONG_FRAME = 30
# Conjunctions after a comma that end a trailing frame: the narration goes on after them.
NARRATION_CONJUNCTIONS = frozenset({"и", "а", "но", "однако"})
# Relations that open a clause of its own inside a long trailing frame.
_CLAUSE_RELS = frozenset({"conj", "parataxis", "ccomp", "advcl", "csubj", "xcomp"})
# Nouns of an anaphoric opinion frame: "Такое мнение высказал X" (content = the sentence before).
ANAPHORIC_OPINION = frozenset({"мнение", "заявление", "прогноз", "оценка", "точка", "позиция", "предположение",
                               "версия", "вывод", "информация"})
# (dvN) Light verbs that make a speech act of an anaphoric noun: "Такое заявление сделал X", "Такой прогноз
# дал X" (the noun is the verb's object; the verb alone says nothing).
ANAPHOR_SUPPORT_VERBS = {"заявление": frozenset({"сделать", "делать"}),
                         "прогноз": frozenset({"сделать", "делать", "дать", "давать"}),
                         "предположение": frozenset({"сделать", "делать"}),
                         "вывод": frozenset({"сделать", "делать"}),
                         "оценка": frozenset({"дать", "давать"})}
# (dvN) "С таким заявлением выступил X": the determiners before "заявлением" and the verb of appearing with it.
STATEMENT_ANAPHORS = frozenset({"такой", "этот", "подобный", "данный", "аналогичный"})
APPEARING_WITH_VERBS = frozenset({"выступить", "выступать"})


def frame_quotes(ctx: QuoteContext) -> list[Candidate]:
    """Candidates of the frame rules in every sentence unit, plus the headline frame."""
    out = []
    for sentence in range(len(ctx.units)):
        s_first, s_stop = ctx.sentence_range(sentence)
        for i in range(s_first, s_stop):
            cand = _according_to(ctx, i, s_first, s_stop) or _kak_frame(ctx, i, s_first, s_stop) \
                or _trailing(ctx, i, s_first, s_stop)
            if cand:
                out.append(cand)
        about = _about(ctx, sentence, s_first, s_stop)
        if about:
            about.start = past_title_prefix(ctx, about.start, about.stop)
            out.append(about)
    headline = headline_quote(ctx)
    if headline:
        out.append(headline)
    return out


# (dv36a) Words that open an embedded question at the head of a sentence.  (Not "чем", "кто": "Чем раньше …, тем
# лучше", "Кто не работает, тот не ест" are correlative statements.)
QUESTION_OPENERS = INTERROGATIVES - {"чем", "кем", "кто", "кого", "кому", "чего", "чему", "ли"}


def _embedded_question(opening: list[str]) -> bool:
    """(dv36a) The sentence's first words open an embedded question: an interrogative word ("Почему …",
    "Сколько …", "Какие …") or "Что за …" - what the frame before it tells about, not what was said.  Not a
    concessive "Какой бы ни была ситуация, …", which states something."""
    if "бы" in opening[1:3]:
        return False
    return bool(opening) and (opening[0] in QUESTION_OPENERS or opening[:2] == ["что", "за"])


def _rest_of_sentence(ctx: QuoteContext, frame_first: int, frame_last: int, s_first: int, s_stop: int) -> tuple[int, int] | None:
    """Content around a frame: the part after it when it leads, before it when it trails."""
    text = ctx.doc.text
    # (cr32 F11) A «;» bounds the clause a leading or interrupting frame opens, not always the words a trailing
    # one closes ("Цены выросли; инфляция ускорилась вдвое, по данным Росстата" reports both).
    clause_first = _after_semicolon(ctx, s_first, frame_first)
    # (a discourse connective may open the sentence: "Тем не менее, по заверению X, …")
    lead = all(ctx.tokens[k].pos in ("CCONJ", "PUNCT", "ADV", "PART") or ctx.tokens[k].rel in ("cc", "advmod", "fixed", "discourse")
               for k in range(clause_first, frame_first)) or _opening_aside(ctx, clause_first, frame_first) \
        or _after_relative_pronoun(ctx, frame_first) \
        or _interrupts_conjoined_clause(ctx, clause_first, frame_first, frame_last, s_stop)
    if lead or _set_off_inside(ctx, frame_first, frame_last, clause_first, s_stop) \
            or _after_fronted_phrase(ctx, frame_first, frame_last, clause_first, s_stop):
        return _words_after_frame(ctx, frame_first, frame_last, s_stop)
    k = frame_first - 1
    while k > s_first and ctx.tokens[k].text in ",—–(":
        k -= 1
    if frame_last >= s_stop - 1 or all(ctx.tokens[x].pos == "PUNCT" for x in range(frame_last, s_stop)):
        # (cr33 R8) only a data frame reports what stands before the «;» too: "…; обвиняемый вину не признает, по
        # словам его адвоката" gives the lawyer the last clause only
        start = ctx.tokens[s_first if _data_frame(ctx, frame_first, frame_last) else clause_first].start
        return ctx.extend_to_marks(start, ctx.tokens[k].stop)
    start, stop = ctx.tokens[clause_first].start, ctx.tokens[s_stop - 1].stop
    return start, stop if text[stop - 1] not in ".!?…" else stop - 1


# (cr33 R8) Frames that report data, which may cover several clauses of the narration before them.
DATA_FRAME_WORDS = frozenset({"данные", "информация", "сведения", "оценка", "подсчет", "согласно", "статистика"})


def _data_frame(ctx: QuoteContext, frame_first: int, frame_last: int) -> bool:
    """The frame reports data ("по данным Росстата", "согласно статистике") or is a "как"-frame, which closes
    the sentence as a trailing speech verb does ("…, как сообщил министр") - not "по словам X"."""
    return ctx.tokens[frame_first].text.lower() == "как" \
        or any(lemma(ctx.tokens[k]) in DATA_FRAME_WORDS for k in range(frame_first, min(frame_first + 2, frame_last)))


def _after_semicolon(ctx: QuoteContext, s_first: int, frame_first: int) -> int:
    """(mD32, rv32_Q C6) "Актриса выступила с заявлением, поддержав коллег; по ее мнению, …": a «;» before the
    frame ends a clause of the narration - the frame's sentence starts after it."""
    semicolons = [k for k in range(s_first, frame_first) if ctx.tokens[k].text == ";"
                  and ctx.in_span(ctx.tokens[k].start) is None]
    return semicolons[-1] + 1 if semicolons else s_first


def _closing_mark(ctx: QuoteContext, k: int) -> bool:
    """Token k is the closing quotation mark of a quoted stretch."""
    token = ctx.tokens[k]
    return token.text in QUOTE_MARKS and any(span.close_at == token.start for span in ctx.spans)


def _words_after_frame(ctx: QuoteContext, frame_first: int, frame_last: int, s_stop: int) -> tuple[int, int] | None:
    """The reported words of a leading or interrupting frame: those after it (the guide's interrupted-frame
    rule), to the end of the sentence or of the relative clause the frame interrupts."""
    k = frame_last
    while k < s_stop and (ctx.tokens[k].text in ",—–:»" or _closing_mark(ctx, k)):
        k += 1  # (mD32, rv32_Q C6) and the closing mark of a quoted name: "По данным агентства "Прайм", …"
    k = _past_owner_relative(ctx, k, s_stop)
    if k >= s_stop:
        return None
    return ctx.extend_to_marks(ctx.tokens[k].start, ctx.tokens[_relative_clause_end(ctx, frame_first, k, s_stop) - 1].stop)


# Relations of a subordinate clause's verb.
SUBORDINATE_RELS = frozenset({"advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp"})


def _set_off_inside(ctx: QuoteContext, frame_first: int, frame_last: int, s_first: int, s_stop: int,
                    owned: bool = True) -> bool:
    """The frame interrupts its sentence, set off by two commas, so the reported words are the part after it
    ("Инфляция, по словам министра, замедлится"; mA31, rv31_Q C8).  Never inside quoted words, nor after a
    subordinating conjunction or a speech verb, where it qualifies another's words ("Отец сообщил, что она, по
    предварительным данным, умерла …"; dvO).  An unowned report (mB31, rv31_Q C4: "…неизвестно, по некоторым
    данным, ее содержат …") interrupts whatever clause it stands in; an owned frame only one between the main
    clause's subject and its finite predicate ("Состав корпуса, по подсчетам корреспондентов, обновился …", "Это,
    как говорят специалисты, является …"), not one inside a noun phrase ("четырех лучших, по его мнению, бойцов")
    nor one before a subject of its own."""
    if not (s_first < frame_first - 1 and ctx.tokens[frame_first - 1].text == ","
            and frame_last < s_stop - 1 and ctx.tokens[frame_last].text == ",") \
            or ctx.in_span(ctx.tokens[frame_first].start) is not None:
        return False
    if not owned:
        return not any(ctx.tokens[k].pos == "SCONJ" or ctx.is_cue(k) for k in range(s_first, frame_first))
    verb = frame_last + 1
    if ctx.tokens[verb].text.lower() in ("не", "ни") and verb + 1 < s_stop:
        verb += 1
    if not finite_or_imperative(ctx.tokens[verb]) or ctx.in_span(ctx.tokens[verb].start) is not None \
            or ctx.tokens[verb].rel in SUBORDINATE_RELS:
        return False  # ("если вакцинация, как многие думают, исключит …, то …": the words would run past the clause)
    subject = ctx.subject_of(verb)
    # (cr32 F8) a clause of the subject's own may hold any word ("Цены, о которых говорил министр, по данным
    # Росстата, выросли"); only a conjunction before the subject makes the whole a subordinate clause
    return subject is not None and s_first <= subject < frame_first - 1 \
        and not any(ctx.tokens[k].pos == "SCONJ" for k in range(s_first, subject))


def _after_fronted_phrase(ctx: QuoteContext, frame_first: int, frame_last: int, s_first: int, s_stop: int) -> bool:
    """(dvW) "Перед посадкой, по данным очевидцев, самолет сильно накренился", "Огневого воздействия, как сообщает
    Минобороны, на самолет не было", "Санкции, по словам министра, будут сняты": a frame set off by two commas after
    a fronted phrase of the sentence's own clause - no predicate, conjunction or speech verb of its own before the
    frame, every phrase there hung on the sentence's predicate after it - interrupts that clause, so the reported
    words are the part after the frame (the guide's interrupted-frame rule; `_set_off_inside` sees only a subject
    right before a finite verb).  Not a frame inside a noun phrase ("четырех лучших, по его мнению, бойцов
    продала …": the words before hang on a noun after the frame), nor one after an anaphoric "Об этом" of a speech
    verb, whose report it relays ("Об этом, как передает ТАСС, сообщил Песков")."""
    tokens = ctx.tokens
    if not (s_first < frame_first - 1 and tokens[frame_first - 1].text == ","
            and frame_last < s_stop - 1 and tokens[frame_last].text == ",") \
            or ctx.in_span(tokens[frame_first].start) is not None:
        return False
    before = range(s_first, frame_first - 1)
    if any(tokens[k].pos in ("PUNCT", "VERB", "AUX", "SCONJ") or tokens[k].rel == "root" or ctx.is_cue(k)
           for k in before):
        return False
    if _modifier_and_its_noun(tokens[frame_first - 2], tokens[frame_last + 1]):
        return False  # (a modifier before the frame and its noun after it: the frame qualifies one word)
    root = next((k for k in range(frame_last + 1, s_stop) if tokens[k].rel == "root"), None)
    if root is None or ctx.in_span(tokens[root].start) is not None:
        return False
    if [t.text.lower() for t in tokens[s_first:frame_first - 1]] in ANAPHORIC_ABOUT \
            or _fronted_object_of_cue(ctx, root, before):
        return False  # ("Об этом / Такое мнение, как передает ТАСС, высказал Песков": the frame relays that report)
    return all(tokens[k].head == root for k in before if not s_first <= tokens[k].head < frame_first - 1)


def _fronted_object_of_cue(ctx: QuoteContext, root: int, before: range) -> bool:
    """(mC35, cr35 F1) The predicate after the frame is a speech verb and a word before the frame is its object or
    its "о"-topic ("Об инциденте, как сообщает ТАСС, рассказал X", "Эту информацию, как сообщает «Интерфакс»,
    подтвердили в МВД"): the frame relays that report, it does not interrupt reported words.  A fronted adjunct of
    a speech verb ("В минувшую среду, как передает Reuters, сын певицы призвал …") still gives the part after."""
    if not ctx.is_cue(root):
        return False
    return any(ctx.tokens[k].head == root and (ctx.tokens[k].rel == "obj" or TOPIC_PREPOSITIONS & {
        ctx.tokens[c].text.lower() for c in ctx.kids(k, "case")}) for k in before)


# An anaphoric topic opening the sentence: "Об этом, по его словам, известно …" keeps its words whole, as dvW did.
ANAPHORIC_ABOUT = (["об", "этом"], ["о", "том"])
# The prepositions of a speech verb's topic ("рассказал об инциденте", "сообщил о том").
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо"})
# (mC35, cr35 F2) Nouns of a share or a number of a group, whose genitive may follow a frame: "Тысячи, по данным
# полиции, демонстрантов …", "Треть, по данным ВЦИОМ, россиян …".
# (the tagger's lemmas of "Десятки" and "Тысячи" vary: "десятка", "тысячи")
SHARE_OF_GROUP_NOUNS = SHARE_NOUNS | frozenset({"меньшинство", "половина", "треть", "четверть", "тысяча", "тысячи",
                                                "десяток", "десятка", "сотня", "сотни", "миллион"})


def _genitive_form(token: Token) -> bool:
    """A genitive, or an animate plural accusative the tagger chose for the same form ("демонстрантов")."""
    case = token.feats.get("Case")
    return case == "Gen" or case == "Acc" and token.feats.get("Animacy") == "Anim" \
        and token.feats.get("Number") == "Plur"


def _modifier_and_its_noun(before: Token, after: Token) -> bool:
    """The word before a frame modifies the noun right after it ("четырех лучших, по его мнению, бойцов"; a
    capitalised sentence-initial adjective the tagger took for a name, of the noun's number: "Неприступную, как
    считали немцы, крепость …")."""
    if (before.lemma or "").lower() in SHARE_OF_GROUP_NOUNS and _genitive_form(after):
        return True  # (mC35, cr35 F2) a share of a group and the group's genitive: "Треть, по данным ВЦИОМ, россиян"
    if after.pos not in ("NOUN", "PROPN"):
        return False
    return before.pos in ("ADJ", "DET", "NUM") or before.pos == "PROPN" and before.lemma.endswith(("ый", "ий", "ой")) \
        and before.feats.get("Number") == after.feats.get("Number")


# Conjunctions that open a clause after a comma ("…, но, как сказала X, …", "…, так как она, по мнению X, …");
# two-word ones are matched by their second word ("как" of "так как", "что" of "потому что").
CLAUSE_CONJUNCTIONS = frozenset({"но", "а", "однако", "зато", "и", "что", "как", "поскольку", "ибо", "хотя", "если"})
# (mI33, rv33_Q C9) Conjunctions the tagger reads as adverbs: "…, однако апартаменты, по информации риэлторов, …".
ADVERB_CONJUNCTIONS = frozenset({"однако", "зато"})
# The first word of the two-word conjunctions ("так как", "потому что", "поскольку"-less forms).
CONJUNCTION_OPENERS = frozenset({"так", "потому", "оттого"})
# A clause subject before an interrupting frame: at most this many words ("так как она, по мнению X, …").
INTERRUPTED_SUBJECT_WORDS = 4


def _interrupts_conjoined_clause(ctx: QuoteContext, s_first: int, frame_first: int, frame_last: int, s_stop: int) -> bool:
    """(mB27, rv27_Q cause 7) "…, но, как сказала авиакомпания, все рейсы будут совершены …" / "…, так как она,
    по мнению администрации, могла быть воспринята …": the frame interrupts the clause a conjunction opens after a
    comma, before that clause's predicate; the reported words are the part after the frame (the guide's
    interrupted-frame rule), not the narration before the conjunction.  Only before the clause's subject or
    right after the conjunction ("…, а не с марта, как оно предлагает, …" qualifies no subject), and only with
    words after the frame (a sentence cut inside the frame keeps the part before it)."""
    if frame_first - 1 <= s_first or all(ctx.tokens[k].pos == "PUNCT" for k in range(frame_last, s_stop)):
        return False
    k = frame_first - 1 if ctx.tokens[frame_first - 1].text == "," else frame_first
    words = 0
    while k - 1 > s_first and ctx.tokens[k - 1].text.lower() not in CLAUSE_CONJUNCTIONS:
        k -= 1
        token = ctx.tokens[k]
        if token.pos == "PUNCT" or token.pos in ("VERB", "AUX") or words >= INTERRUPTED_SUBJECT_WORDS:
            return False  # (a predicate before the frame: the frame trails that clause)
        words += 1
    conj = k - 1
    if conj <= s_first or ctx.tokens[conj].pos not in ("CCONJ", "SCONJ") \
            and ctx.tokens[conj].text.lower() not in ADVERB_CONJUNCTIONS:
        return False
    if words and not any(ctx.tokens[j].feats.get("Case") == "Nom" and ctx.tokens[j].pos in ("NOUN", "PROPN", "PRON")
                         for j in range(k, frame_first)):
        return False
    if ctx.tokens[conj].text.lower() == "как":
        # (cr27 L2: the comma inside the sentence, never a token before it)
        return ctx.tokens[conj - 1].text.lower() in CONJUNCTION_OPENERS and conj - 2 >= s_first \
            and ctx.tokens[conj - 2].text == ","
    if ctx.tokens[conj].text.lower() == "что" and ctx.tokens[conj - 1].text.lower() in CONJUNCTION_OPENERS:
        return conj - 2 >= s_first and ctx.tokens[conj - 2].text == ","
    if ctx.tokens[conj].text.lower() == "что" and _reported_before(ctx, s_first, conj):
        return False  # ("Отмечается, что, по информации Sky Sports, …": the frame's words are another report's too)
    return ctx.tokens[conj - 1].text == ","


def _reported_before(ctx: QuoteContext, s_first: int, conj: int) -> bool:
    """A speech verb (not the writer's own "напомним") before "что": the clause holding the frame is that
    verb's report, which keeps the whole sentence (the inner frame is its double attribution)."""
    return any(ctx.is_cue(k) and ctx.tokens[k].feats.get("Person") != "1" for k in range(s_first, conj))


def _after_relative_pronoun(ctx: QuoteContext, frame_first: int) -> bool:
    """(dvA) "Соболев, который, по его словам, зашел поздороваться": a frame right after the relative
    pronoun interrupts the relative clause; the reported words are the part after the frame."""
    return frame_first >= 2 and ctx.tokens[frame_first - 1].text == "," \
        and (lemma(ctx.tokens[frame_first - 2]) == "который"
             or ctx.tokens[frame_first - 2].text.lower() in RELATIVE_ADVERBS)


# (mW35, rv35_Q C4) Relative adverbs that open a clause on a place noun like "который" ("в Италии, где, по
# утверждению X, протесты не сказываются на полётах").
RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда"})


def _relative_clause_end(ctx: QuoteContext, frame_first: int, k: int, s_stop: int) -> int:
    """(ma25, rev25_A M2) "Мужчина, который, по данным полиции, угнал машину, был задержан …": the
    words of a frame inside a relative clause end with that clause (the token after its last one);
    the main clause that goes on after it is the narrator's.  Else the sentence end."""
    if not _after_relative_pronoun(ctx, frame_first):
        return s_stop
    verb = ctx.tokens[frame_first - 2].head
    for _ in range(3):  # ("на которые … может рассчитывать": the pronoun may hang on an infinitive)
        if verb < 0 or ctx.tokens[verb].rel == "acl:relcl":
            break
        verb = ctx.tokens[verb].head
    if verb < 0 or ctx.tokens[verb].rel != "acl:relcl":
        return _adverb_clause_end(ctx, frame_first, k, s_stop)
    last = ctx.res.subtree(verb, frozenset({"punct", "parataxis"}))[1]
    # (only at the comma that closes the clause - "перекрыл ему …, и отключил …" may be a conjunct the parse
    # hung elsewhere - and not before a subordinate clause, maybe the speaker's condition: "…, если не изменит курс")
    if not k < last < s_stop or ctx.tokens[last].text != "," \
            or last + 1 < s_stop and ctx.tokens[last + 1].pos == "SCONJ":
        return s_stop
    return last


def _adverb_clause_end(ctx: QuoteContext, frame_first: int, k: int, s_stop: int) -> int:
    """(mC35, cr35 F8) "В Италии, где, по словам министра, протесты не сказываются на полетах, забастовка
    продолжается": a "где"-clause the parse gave no relative head ends at the first comma after a finite verb of
    its own when a clause with a finite verb of its own and no conjunction follows (the narrator's main clause);
    else the sentence end."""
    tokens = ctx.tokens
    if tokens[frame_first - 2].text.lower() not in RELATIVE_ADVERBS:
        return s_stop
    finite = False
    for j in range(k, s_stop - 1):
        if tokens[j].text == "," and finite and not ctx.in_span(tokens[j].start) \
                and tokens[j + 1].pos not in ("CCONJ", "SCONJ") and tokens[j + 1].text.lower() not in ("что", "как") \
                and any(finite_or_imperative(tokens[n]) for n in range(j + 1, _next_comma(ctx, j + 1, s_stop))):
            return j
        finite = finite or finite_or_imperative(tokens[j])
    return s_stop


def _next_comma(ctx: QuoteContext, k: int, s_stop: int) -> int:
    """The first comma from token k on (the sentence stop when there is none)."""
    return next((j for j in range(k, s_stop) if ctx.tokens[j].text == ","), s_stop)


# The possessive pronoun's gender and number ("по его словам": masculine or neuter singular).
POSSESSIVE_AGREEMENT = {"его": ("Sing", ("Masc", "Neut")), "её": ("Sing", ("Fem",)), "ее": ("Sing", ("Fem",)),
                        "их": ("Plur", ())}


def _agrees(token: Token, possessive: Token) -> bool:
    """The possessive "его"/"её"/"их" can stand for `token` (its number and, in the singular, gender)."""
    agreement = POSSESSIVE_AGREEMENT.get(possessive.text.lower())
    if agreement is None:
        return False
    number, genders = agreement
    return token.feats.get("Number") == number and (not genders or token.feats.get("Gender") in genders)


def _sentence_teller(ctx: QuoteContext, frame_first: int, possessive: int, s_first: int) -> int | None:
    """(ma25, rev25_A M3) "Иван Петров рассказал о Сергее Смирнове, который, по его словам, …",
    "«…», - пишет один из участников съемок, которые, по его словам, …": the possessive of a frame inside a
    relative clause is the teller of the sentence - the agreeing subject of its own finite speech verb
    before the relative pronoun - rather than the one he tells about."""
    if not _after_relative_pronoun(ctx, frame_first):
        return None
    for verb in range(s_first, frame_first - 2):
        token = ctx.tokens[verb]
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or not ctx.is_cue(verb):
            continue
        subject = ctx.subject_of(verb)
        if subject is not None and subject < frame_first - 2 \
                and ctx.tokens[subject].pos in ("NOUN", "PROPN", "NUM", "PRON") \
                and _agrees(ctx.tokens[subject], ctx.tokens[possessive]):
            return subject
    return None


# (cr29b H1) An outlet's own findings: "По его данным" after "сообщает агентство X" is the agency's; "По его словам"
# after "Об этом сообщает ТАСС" is the person the report is about.
OUTLET_DATA_NOUNS = frozenset({"данные", "информация", "сведение", "сведения"})
# Relations of a verb inside another clause (the reported words, a relative or adverbial clause).
EMBEDDED_RELS = frozenset({"ccomp", "csubj", "acl", "acl:relcl", "advcl", "xcomp"})


def _outlet_just_cited(ctx: QuoteContext, opening: int, possessive: int, s_first: int) -> int | None:
    """(mR29, rv28_R cause 5) "…, сообщает агентство Associated Press. По его данным, …": a possessive
    frame opening the sentence right after one whose speech verb has an outlet or organisation for its
    subject stands for that outlet (when it agrees), not for the nearest noun of the content before."""
    sent = ctx.sent_of_token(s_first)
    if opening != s_first or sent == 0:
        return None
    p_first, p_stop = ctx.sentence_range(sent - 1)
    for verb in range(p_stop - 1, p_first - 1, -1):
        token = ctx.tokens[verb]
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or not ctx.is_cue(verb) \
                or ctx.in_span(token.start) is not None or token.rel in EMBEDDED_RELS:
            continue  # (a verb of the reported words is not the frame's: "Он добавил, что «Apple не предлагает …»")
        subject = ctx.subject_of(verb)
        if subject is not None and p_first <= subject < p_stop and ctx.names_outlet(subject) \
                and not ctx.personal(subject) and _agrees_or_unmarked(ctx.tokens[subject], ctx.tokens[possessive]) \
                and not _person_cited_by(ctx, subject, possessive, p_first, p_stop):
            return subject
        return None
    return None


def _person_cited_by(ctx: QuoteContext, subject: int, possessive: int, p_first: int, p_stop: int) -> bool:
    """("…, сообщает издание X со ссылкой на представителя компании. По его словам, …": the possessive
    may stand for a person the sentence names besides the outlet - then the outlet is not sure."""
    first, last = ctx.res.subtree(subject, no_pp=True)
    return any((ctx.tokens[k].pos in ("NOUN", "PROPN") and ctx.tokens[k].feats.get("Animacy") == "Anim"
                or ctx.tokens[k].pos == "PRON" and ctx.tokens[k].feats.get("Person") == "3")
               and _agrees(ctx.tokens[k], ctx.tokens[possessive]) for k in range(p_first, p_stop) if not first <= k < last)


def _agrees_or_unmarked(token: Token, possessive: Token) -> bool:
    """`_agrees`, or a foreign name with no gender ("Reuters") for a singular possessive."""
    return _agrees(token, possessive) or token.pos == "PROPN" and "Gender" not in token.feats \
        and possessive.text.lower() != "их"


def _relative_antecedent(ctx: QuoteContext, frame_first: int, possessive: int) -> Mention | None:
    """(dvA) "Станислав Соболев, сотрудник ТЦ, который, по его словам, зашел …": the possessive of a
    frame that interrupts a relative clause is the relative pronoun's antecedent (through an
    apposition to the name it describes) when it agrees with it and a person's name covers it."""
    if not _after_relative_pronoun(ctx, frame_first):
        return None
    verb = ctx.tokens[frame_first - 2].head
    if verb < 0 or ctx.tokens[verb].rel != "acl:relcl":
        return None
    noun = ctx.tokens[verb].head
    # (the parse may hang the clause on a genitive or an apposition of the person: "сотрудник ТЦ")
    while noun >= 0 and ctx.tokens[noun].rel in ("appos", "nmod") and ctx.tokens[noun].feats.get("Animacy") != "Anim" \
            or noun >= 0 and ctx.tokens[noun].rel == "appos":
        noun = ctx.tokens[noun].head
    agreement = POSSESSIVE_AGREEMENT.get(ctx.tokens[possessive].text.lower())
    if noun < 0 or agreement is None or ctx.tokens[noun].pos not in ("NOUN", "PROPN"):
        return None
    number, genders = agreement
    feats = ctx.tokens[noun].feats
    if feats.get("Number") != number or genders and feats.get("Gender") not in genders:
        return None
    token = ctx.tokens[noun]
    return next((m for m in ctx.res.mentions_in(max(0, token.start - 80), token.stop + 80)
                 if m.type == "PER" and m.start <= token.start < m.stop), None)


# (rv20_Q M4) A sentence connective set off by a comma before a frame ("Хотя, по словам X, …",
# "В то же время, по данным СМИ, …", "Кроме того, по данным источников, …", "Вместе с тем, …"):
# function words only, plus the nouns of the fixed connectives ("в то же время", "в свою очередь",
# "с другой стороны", "в частности", "в целом", "в итоге", "в любом случае").
OPENING_ASIDE_WORDS = 5
# (the pronouns of "кроме того", "при этом", "между тем", "вместе с тем", "в то же время", "в свою очередь";
# not a personal one, which is the content's own: "Через него, по мнению X, …")
CONNECTIVE_PRONOUNS = frozenset({"то", "тот", "это", "этот", "свой", "любой", "другой"})
CONNECTIVE_NOUNS = frozenset({"время", "очередь", "сторона", "частность", "целое", "итог", "случай"})


def _opening_aside(ctx: QuoteContext, s_first: int, frame_first: int) -> bool:
    """The words before a frame are a connective closed by a comma right before it: the content
    starts after the frame, not at the sentence start.  A word of the content's own (a noun, a
    verb, a number: "Целью протеста, по словам X, является …", "Всего в мире, по данным ВОЗ, …")
    keeps the whole sentence."""
    if frame_first - s_first < 2 or ctx.tokens[frame_first - 1].text != "," \
            or frame_first - 1 - s_first > OPENING_ASIDE_WORDS:
        return False
    return all(ctx.tokens[k].pos in ("CCONJ", "SCONJ", "ADV", "PART", "ADP", "PRON", "DET")
               and lemma(ctx.tokens[k]) not in ("всего", "о", "об", "про")
               and not (ctx.tokens[k].pos in ("PRON", "DET") and lemma(ctx.tokens[k]) not in CONNECTIVE_PRONOUNS)
               and not (ctx.tokens[k].pos in ("PRON", "DET") and not ctx.kids(k, "case")
                        and not _in_connective_phrase(ctx, k))
               or ctx.tokens[k].pos in ("NOUN", "ADJ") and lemma(ctx.tokens[k]) in CONNECTIVE_NOUNS | {"другой", "любой"}
               for k in range(s_first, frame_first - 1))


def _in_connective_phrase(ctx: QuoteContext, k: int) -> bool:
    """A pronoun of a fixed connective ("в то же время", "в свою очередь", "в любом случае"), not
    one of the content ("Это, как говорят …", "Таким, по ее оценке, стал …")."""
    head = ctx.tokens[k].head
    return 0 <= head < len(ctx.tokens) and lemma(ctx.tokens[head]) in CONNECTIVE_NOUNS and bool(ctx.kids(head, "case"))


def _past_owner_relative(ctx: QuoteContext, k: int, s_stop: int) -> int:
    """"По словам X, которого цитирует «Интерфакс», запрет …": a short relative clause
    on the frame's owner is still the frame; the content starts after its comma."""
    if k >= s_stop or lemma(ctx.tokens[k]) != "который" and not (
            ctx.tokens[k].pos == "ADP" and k + 1 < s_stop and lemma(ctx.tokens[k + 1]) == "который"):
        return k
    for comma in range(k + 2, min(k + RELATIVE_ASIDE_WORDS + 1, s_stop - 1)):
        if ctx.tokens[comma].text in ",—–":
            return comma + 1
    return k


# How many modifiers may stand between "по"/"согласно" and the frame noun ("по последним уточненным данным").
FRAME_MODIFIERS = 2


def _past_frame_modifiers(ctx: QuoteContext, k: int, s_stop: int) -> int:
    """The first token from `k` on that is not one of at most two adjectival modifiers or a
    quantifying determiner ("некоторым", "одним") of the frame noun."""
    stop = min(k + FRAME_MODIFIERS, s_stop - 1)
    while k < stop and (ctx.tokens[k].pos in ("ADJ", "VERB") and ctx.tokens[k].rel == "amod"
                        or _quantifying_determiner(ctx.tokens[k])):
        k += 1
    return k


# (dvR) "судя по словам X" / "Судя по официальным данным, …" reports like "по словам X" / "по данным": the
# gerund belongs to the frame, so the reported words start after it.
JUDGING_GERUND = "судя"


def _according_to(ctx: QuoteContext, i: int, s_first: int, s_stop: int) -> Candidate | None:
    token = ctx.tokens[i]
    low = token.text.lower()
    if i + 1 >= s_stop:
        return None
    norm = _legal_norm_frame(ctx, i, s_first, s_stop)
    if norm is not None:
        return norm
    nxt = ctx.tokens[i + 1]
    cue, noun = None, None
    possessive = None
    opening = i
    if low == "по" and i > s_first and ctx.tokens[i - 1].text.lower() == JUDGING_GERUND:
        opening = i - 1  # (dvR) "Судя по официальным данным, …": the gerund opens the same according-to frame
    same_report = low == "по" and _same_report_words(ctx, i + 1, s_stop)
    if same_report:
        i, nxt = i + 2, ctx.tokens[i + 3]  # (dv36b) "По тем же данным": past "тем же" to the report noun
    if low in ("по", "согласно"):
        # "по достоверной имеющейся информации агентства", (dvG) "согласно обновленным данным":
        # adjectives before the frame noun.
        k = _past_frame_modifiers(ctx, i + 1, s_stop)
        if k > i + 1 and ctx.lex.is_frame(ctx.tokens[k], "po" if low == "по" else "soglasno"):
            i, nxt = k - 1, ctx.tokens[k]
    at = i + 1
    if low in ("по", "согласно") and nxt.text.lower() in POSSESSIVES and i + 2 < s_stop:
        # "по его словам", "по их мнению", (mB31, rv31_Q C4) "согласно его пророчествам": the owner is the
        # possessive pronoun.
        possessive, at = i + 1, _past_adjectives(ctx, i + 2, s_stop)
        nxt = ctx.tokens[at]
    if low == "по" and title_version(ctx, i, s_first):
        return None
    if low == "по" and ctx.lex.is_frame(nxt, "po") and nxt.feats.get("Case", "Dat") == "Dat":
        cue, noun = f"по {nxt.text.lower()}", at
    elif low == "согласно" and ctx.lex.is_frame(nxt, "soglasno"):
        cue, noun = f"согласно {nxt.text.lower()}", at
    elif low == "согласно" and _issued_guidance(ctx, i, s_first):
        cue, noun = f"согласно {nxt.text.lower()}", i + 1
    elif low == "согласно" and (i == s_first or ctx.tokens[i - 1].text in (",", "—", "–", "(")
                                   or ctx.tokens[i].text[:1].isupper()):
        # (a frame opens the sentence or a parenthesis: not "действует согласно X")
        named = _named_dative(ctx, i + 1, s_stop)
        if named is not None:
            return _according_to_name(ctx, i, named, s_first, s_stop)
        research = _research_noun(ctx, i + 1, s_stop)
        if research is not None:
            return _according_to_research(ctx, i, research, s_first, s_stop)
    elif low in ("со", "с") and lemma(nxt) == "слово" and nxt.feats.get("Case") == "Gen":
        cue, noun = "со слов", i + 1
    elif low == "с" and nxt.text.lower() == "точки" and i + 2 < s_stop and ctx.tokens[i + 2].text.lower() == "зрения":
        cue, noun = "с точки зрения", i + 2
    if noun is None and low == "согласно" and lemma(nxt) == "который":
        return _according_to_which(ctx, i, s_stop)
    if noun is None:
        return None
    owner = possessive if possessive is not None else ctx.owner(noun)
    if owner is not None and possessive is None and _clause_subject_as_owner(ctx, noun, owner):
        owner = None  # (mR34) "По официальным данным Уго Чавес скончался …": the clause's subject, no owner
    if owner is None:
        # "Согласно сведениям на сайте аэропорта X": the site's owner gives the information
        owner = next((ctx.owner(k) for k in ctx.kids(noun, "nmod") if lemma(ctx.tokens[k]) in SITE_NOUNS
                      and ctx.owner(k) is not None), None)
    document = _document_antecedent(ctx, noun, s_first) if possessive is None and cue.startswith("согласно") \
        and owner is None else None
    if document is not None and document.author is not None:
        owner = document.author
    if owner is None and document is not None:
        authorless = _authorless_document(ctx, opening, noun, cue, s_first, s_stop, document.seen)
        if authorless is not None:
            return authorless
    if owner is None and same_report:
        return _same_report(ctx, opening, noun, cue, s_first, s_stop)
    if owner is None and possessive is None:
        bare = _bare_report(ctx, opening, noun, cue, s_first, s_stop)
        if bare is not None:
            return bare
    if owner is None:
        return _unowned_report(ctx, opening, noun, cue, s_first, s_stop) if possessive is None else None
    frame_first, frame_last = opening, ctx.res.subtree(noun)[1]
    owner_stop = ctx.res.subtree(owner)[1]
    frame_last = max(frame_last, owner_stop)
    if owner_stop < frame_last and _name_before_finite_verb(ctx, owner_stop):
        frame_last = owner_stop  # (sy40) "По данным полиции Иван Петров скрылся": the subject the parse hung on the frame
    # (dvC) "по сообщениям очевидцев и СМИ, …": owners coordinated with the first are the frame's too
    # (not across a comma: "По словам X, партии A и B …" may be parsed as X's conjuncts)
    frame_last = max([frame_last] + [ctx.res.subtree(c)[1] for c in ctx.kids(owner, "conj") if c > owner
                                      and not any(ctx.tokens[k].text in ",—–:" for k in range(owner, c))])
    frame_last = _cut_at_owner_comma(ctx, noun, owner, frame_last)
    initialled = name_cut_at_initials(ctx.doc, ctx.res.mentions, frame_first, frame_last)
    if initialled is not None and initialled.stop < s_stop:
        frame_last = initialled.stop  # (nm26) "по словам С. Собянина, …": not at the initial's dot
    named_stop = frame_last
    if _wedged_in_noun_phrase(ctx, opening, named_stop, s_stop):
        return None
    frame_last = _frame_phrase_end(ctx, frame_last, s_stop)
    # (dvG) "Согласно отчету X, посвященному …, …", "По словам X, приехавшего на место, …": a participle on the
    # frame's noun or its owner's name (not on another phrase the parse hung on the noun: "в ходе митинга")
    named = frozenset(range(*ctx.res.subtree(owner))) | {noun}
    frame_last = _report_aside_end(ctx, frame_last, s_stop, named, range(named_stop, frame_last))
    content = _rest_of_sentence(ctx, frame_first, frame_last, s_first, s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    if lemma(ctx.tokens[owner]) in CASE_FILE_NOUNS:
        # (a case file's materials say what the investigators found, whom the frame does not name)
        return Candidate(content[0], content[1], "frame", cue, noun, None, unnamed=True)
    cand = Candidate(content[0], content[1], "frame", cue, noun, owner)
    citing = _citing_outlet(ctx, owner)
    if citing is not None:
        cand.sources.append(citing)
    teller = _sentence_teller(ctx, opening, possessive, s_first) if possessive is not None else None
    if teller is None and possessive is not None and lemma(ctx.tokens[noun]) in OUTLET_DATA_NOUNS:
        teller = _outlet_just_cited(ctx, opening, possessive, s_first)
    antecedent = _relative_antecedent(ctx, opening, possessive) if possessive is not None and teller is None else None
    if teller is not None:
        cand.speaker_head = teller
    elif antecedent is not None:
        cand.speaker = ctx.res.ref(antecedent)
    if cue.startswith("согласно") and ctx.lex.is_source(nxt) and possessive is None:
        # (mB39) the frame's own words: "сообщение Кремля", but a bare "документ" whose author the sentences
        # before name, not a phrase glued from the frame and that author ("документ украинский Минздрав")
        pointed_back = document is not None and owner == document.author
        cand.sources.append(ctx.source_name(noun, None if pointed_back else owner))
    return cand


# (mN34) Legal norms that state what they lay down, like a document's words (the gold guide's document speakers):
# "По законам Индонезии, такое преступление влечёт …", "Согласно Конституции, президента избирает парламент",
# "в соответствии с регуляцией ЕС № 261/2004, пассажир может рассчитывать на …".
LEGAL_NORM_NOUNS = frozenset({"закон", "законодательство", "конституция", "регламент", "регуляция", "устав", "кодекс",
                              "директива"})
# The opening words of a norm's frame and the case of the noun after them.
NORM_OPENERS = {("по",): "Dat", ("согласно",): "Dat", ("в", "соответствии", "с"): "Ins"}


def _legal_norm_frame(ctx: QuoteContext, i: int, s_first: int, s_stop: int) -> Candidate | None:
    """(mN34) A frame of a legal norm that opens its clause (or is set off inside it) and is closed by a comma or by
    the law's quoted title: the rest of the sentence is what the norm lays down, the norm (with its owner: "законам
    Индонезии") the speaker.  Not a norm run into its clause ("действует по закону о …", "настаивают на оформлении
    договоров в соответствии с законами страны")."""
    leads = all(ctx.tokens[k].pos in ("CCONJ", "ADV", "PART") for k in range(s_first, i))
    if not leads and ctx.tokens[i - 1].text not in (",", "—", "–", "("):
        return None
    words = next(((opener, case) for opener, case in NORM_OPENERS.items()
                  if tuple(t.text.lower() for t in ctx.tokens[i:i + len(opener)]) == opener), None)
    if words is None or i + len(words[0]) >= s_stop:
        return None
    noun = _norm_noun(ctx, i + len(words[0]), s_stop, words[1])
    end = _norm_frame_comma(ctx, noun, s_stop) if noun is not None else None
    if end is None or words[0] == ("по",) and not _owner_words_only(ctx, noun, end):
        return None  # ("По закону о богохульстве, …, не казнили ни одного человека": under the law, not by its words)
    if not _owner_is_a_body(ctx, noun, end):
        return None  # ("По закону подлости", "законам физики", "закону Мура": no norm anyone laid down)
    if not leads and not _set_off_inside(ctx, i, end, s_first, s_stop, owned=False):
        return None  # (a norm qualifying a clause whose words are no norm's: "…, что, согласно уставу, позволяет …")
    after = _report_aside_end(ctx, end, s_stop) if ctx.tokens[end].text == "," else end
    content = _words_after_frame(ctx, i, after, s_stop)
    if content is None or ctx.doc.text[content[0]:content[1]].count(" ") < 2:
        return None
    first = noun
    while first > i + len(words[0]) and ctx.tokens[first - 1].pos == "ADJ":
        first -= 1  # (its adjectives: "Федеральному закону", not the participle phrase before them)
    cand = Candidate(content[0], content[1], "frame", " ".join(words[0]), noun, noun)
    cand.speaker = ctx.res.phrase_as_named(first, end, noun)
    return cand


# (mN34) How far a norm's noun may stand from the opening words ("Согласно окончательно вступившему в силу
# Федеральному закону"), and how far its frame's closing comma from the noun (a law's quoted title).
NORM_NOUN_WORDS = 7
NORM_FRAME_WORDS = 30


def _norm_noun(ctx: QuoteContext, k: int, s_stop: int, case: str) -> int | None:
    """(mN34) The legal norm's noun in `case` among the next few words, with nothing between that ends a phrase."""
    for j in range(k, min(k + NORM_NOUN_WORDS, s_stop)):
        token = ctx.tokens[j]
        if lemma(token) in LEGAL_NORM_NOUNS and token.feats.get("Case") == case:
            return j
        if token.pos in ("PUNCT", "CCONJ", "SCONJ", "PRON") or token.feats.get("VerbForm") == "Fin":
            return None
    return None


def _norm_frame_comma(ctx: QuoteContext, noun: int, s_stop: int) -> int | None:
    """(mN34) The comma that closes the norm's phrase: the first one outside quotation marks, before any verb of a
    clause or a nominative, its subject ("законам Индонезии, …", "Федеральному закону «О внесении изменений …», …";
    not "В соответствии с законодательством РФ вся медицинская помощь, …"); or the word after a quoted title."""
    quoted = False
    for k in range(noun + 1, min(noun + NORM_FRAME_WORDS, s_stop)):
        token = ctx.tokens[k]
        if token.text in QUOTE_CHARS:
            quoted = not quoted if token.text not in "«»" else token.text == "«"
            if token.text == "»" and k + 1 < s_stop and ctx.tokens[k + 1].text != ",":
                return k + 1  # (a quoted title ends the frame with its comma left out: "… пенсий» с 2019 года …")
        elif not quoted and token.text == ",":
            return k
        elif not quoted and (token.feats.get("VerbForm") == "Fin" or token.pos in ("SCONJ", "AUX")
                             or token.pos in ("NOUN", "PRON", "ADJ", "DET") and token.feats.get("Case") == "Nom"
                             or token.text in ".;:—–"):
            return None
    return None


# Owners that make "закон" a law of nature, science or fate, which no one laid down ("по закону подлости", "законы физики").
NON_LEGAL_LAW_OWNERS = frozenset({"подлость", "жанр", "природа", "физика", "химия", "биология", "математика", "логика",
                                  "механика", "термодинамика", "тяготение", "гравитация", "рынок", "джунгли", "бутерброд",
                                  "притяжение", "сохранение", "эволюция", "вселенная"})


def _owner_is_a_body(ctx: QuoteContext, noun: int, end: int) -> bool:
    """Not a law of nature or fate: no owner word among NON_LEGAL_LAW_OWNERS and no person's name ("закон Мура")."""
    k = noun + 1
    while k < end and ctx.tokens[k].pos == "ADJ":
        k += 1  # ("законам всемирного тяготения")
    if k >= end or ctx.tokens[k].text in QUOTE_CHARS or ctx.tokens[k].pos == "ADP":
        return True  # (no owner, a quoted title, or "закон о …")
    if lemma(ctx.tokens[k]) in NON_LEGAL_LAW_OWNERS:
        return False
    return not any(m.type == "PER" and m.start <= ctx.tokens[k].start < m.stop
                   for m in ctx.res.mentions_in(ctx.tokens[k].start, ctx.tokens[k].stop))


def _owner_words_only(ctx: QuoteContext, noun: int, comma: int) -> bool:
    """(mN34) Only the norm's owner between its noun and the comma ("По законам Индонезии,", "По закону,")."""
    return all(ctx.tokens[k].pos in ("PROPN", "NOUN", "ADJ") and ctx.tokens[k].feats.get("Case") in ("Gen", None)
               for k in range(noun + 1, comma))


def _wedged_in_noun_phrase(ctx: QuoteContext, opening: int, frame_stop: int, s_stop: int) -> bool:
    """(dvS) "за весьма спорное, по мнению норвежского населения, решение о строительстве ЛЭП", "заниматься своим
    любимым, по словам Шмидта, занятием": a frame set off by commas between an adjective and the noun it agrees
    with qualifies that one word - no statement is reported.  The words on either side agree in case and number,
    one of them adjectival (the parse may take either for the noun)."""
    # (the parse may hang the closing comma on the frame noun: the frame's phrase then ends after it)
    comma = frame_stop - 1 if ctx.tokens[frame_stop - 1].text == "," else frame_stop
    if opening < 2 or comma + 1 >= s_stop or ctx.tokens[opening - 1].text != "," or ctx.tokens[comma].text != ",":
        return False
    before, after = ctx.tokens[opening - 2], ctx.tokens[comma + 1]
    adjectival = [t for t in (before, after) if t.pos == "ADJ" or t.pos == "VERB" and t.feats.get("VerbForm") == "Part"]
    if not adjectival or before.pos not in ("ADJ", "VERB", "NOUN") or after.pos not in ("ADJ", "NOUN"):
        return False
    if before.pos == "NOUN" and before.rel.startswith("nsubj") and before.head == comma + 1:
        return False  # (cr33) a predicate after its subject: "Ситуация, по мнению экспертов, критическая"
    cases = {before.feats.get("Case"), after.feats.get("Case")}
    # (an inanimate noun's accusative is its nominative: the tagger may read "спорное … решение" either way)
    same_case = len(cases) == 1 and None not in cases or cases == {"Nom", "Acc"}
    number = before.feats.get("Number")
    return same_case and number is not None and number == after.feats.get("Number")


def _issued_guidance(ctx: QuoteContext, i: int, s_first: int) -> bool:
    """(qs28) "Согласно инструкциям Минздрава, …", "согласно требованиям регулятора, …": a guidance or demand
    noun (`soglasno_issued`) right after an opening "согласно", owned by a person or an organisation.
    Inside a clause ("работы идут согласно инструкции компании") or owned by a law the noun names a norm followed."""
    noun = i + 1
    if not ctx.lex.is_frame(ctx.tokens[noun], "soglasno_issued") \
            or not (i == s_first or ctx.tokens[i - 1].text in (",", "—", "–", "(")):
        return False
    owner = ctx.owner(noun)
    if owner is None:
        return False
    # (cr28 L2, cr28b M3) an owner named in its phrase ("министра здравоохранения Михаила Мурашко") or an
    # issuing body: "согласно инструкции производителя" is a norm followed
    first, last = ctx.res.subtree(owner)
    named = any(ctx.tokens[k].pos == "PROPN" for k in range(first, last))
    return named and ctx.agentive(owner) or ctx.names_outlet(owner) or lemma(ctx.tokens[owner]) in ISSUING_BODY_NOUNS


def _citing_outlet(ctx: QuoteContext, owner: int) -> str | None:
    """(mC28) "По словам премьера Влада Филата, которого цитирует «Интерфакс», …": the subject of a
    relative "которого цитирует X" on the words' owner relays them - X is the quote's source."""
    for clause in ctx.kids(owner, "acl:relcl"):
        if lemma(ctx.tokens[clause]) not in CITING_VERBS \
                or not any(lemma(ctx.tokens[k]) == "который" for k in ctx.kids(clause, "obj")):
            continue
        subject = next(iter(ctx.kids(clause, "nsubj")), None)
        relay = ctx.res.from_head(subject) if subject is not None else None
        if relay is not None:
            return relay.name
    return None


# (mC28) The writer's commenting verbs that open an aside ("Отметим, что …"), see `_writer_aside`.
# (not "Напомним," nor "Повторим,": a reminder is often the very fact the frame reports, see `_writer_aside`)
ASIDE_VERBS = AUTHOR_ASIDES - {"напомнить", "повторить"}
# (mC28) Verbs by which an outlet relays a person's words in a relative clause on that person.
CITING_VERBS = frozenset({"цитировать"})
# (dvF) Sports titles qualified by the body that awards them: "чемпион мира по версии WBC".
TITLE_NOUNS = frozenset({"чемпион", "чемпионка", "титул", "пояс", "звание", "обладатель", "обладательница"})
# How many words before "по версии" the title noun may stand ("чемпиона мира в тяжелом весе по версии").
TITLE_REACH = 5


# (mC32, rv32_Q C5; cr32 F12) Words that make the phrase before a comma-less "по версии" a ranking's
# ("признан лучшим игроком турнира по версии ФИФА", "стал человеком года по версии Time", "самых богатых
# рэперов по версии журнала", "отборочный поединок по версии IBF"): a frame's subject or a predicate is none of
# them ("Водитель по версии следствия превысил …", "Причиной пожара по версии МЧС стало …").
RANKING_LEMMAS = frozenset({"лучший", "худший", "самый", "наилучший", "наихудший", "год", "сезон", "месяц",
                            "неделя", "десятилетие", "век", "рейтинг", "список", "топ", "место", "чемпионат",
                            "турнир", "поединок", "бой"})


def _ranking_word(token: Token) -> bool:
    """A title, a ranking's word, a superlative, an ordinal or a number, or a person named by what he was
    ranked as ("стал игроком", "признан писателем": an animate noun in the instrumental)."""
    word = lemma(token)
    return (word in TITLE_NOUNS or word in RANKING_LEMMAS or token.pos == "NUM"
            or token.feats.get("Degree") == "Sup" or token.feats.get("NumType") == "Ord"
            or token.pos == "NOUN" and token.feats.get("Case") == "Ins" and token.feats.get("Animacy") == "Anim")


def title_version(ctx: QuoteContext, i: int, s_first: int) -> bool:
    """(dvF) "победил …, защитив титул чемпиона мира по версии WBC": "по версии X" after a title
    noun names who awards the title, not who says the rest of the sentence; (mC32) so does "по
    версиям IBO, WBO и WBA", and "по версии X" run on from a ranking's noun phrase, without the
    comma of a frame ("игроком турнира по версии ФИФА"); (cr32 F12) not from any other phrase
    ("Водитель по версии следствия превысил скорость")."""
    if i + 1 >= len(ctx.tokens) or ctx.tokens[i + 1].text.lower() not in ("версии", "версиям"):
        return False
    for k in range(i - 1, max(s_first, i - TITLE_REACH) - 1, -1):
        if ctx.tokens[k].pos == "PUNCT":
            return False
        if _ranking_word(ctx.tokens[k]):
            return True
    return False


# (dvC) "По некоторым сообщениям очевидцев", "по одним данным ООН", "по другим сведениям полиции":
# determiners that pick some of the reports (not a possessive, which owns them: "по его словам").
QUANTIFYING_DETERMINERS = frozenset({"некоторый", "один", "другой", "иной", "многий"})


def _quantifying_determiner(token: Token) -> bool:
    return token.pos in ("DET", "NUM") and token.rel in ("det", "nummod", "amod") \
        and lemma(token) in QUANTIFYING_DETERMINERS


# (dvC) Documents a bare "Согласно документу, …" may point back to, and how many sentences back.
DOCUMENT_NOUNS = frozenset({"документ", "письмо", "постановление", "распоряжение", "указ", "приказ", "доклад", "отчет",
                            "отчёт", "заявление", "законопроект", "пресс-релиз", "заключение"})
DOCUMENT_ANTECEDENT_SENTENCES = 2


@dataclass(frozen=True)
class DocumentAntecedent:
    """(mB39, cr39 F12) What the last sentences show of the document a "Согласно документу" points back to: its
    author's head token (None: none shown), and whether any document (or a verb issuing one) is in view at all."""
    author: int | None
    seen: bool


def _document_antecedent(ctx: QuoteContext, noun: int, s_first: int) -> DocumentAntecedent:
    """(dvC) "…со ссылкой на письмо главы Евросовета Шарля Мишеля. Согласно документу, …", "…постановление
    издал глава региона Андрей Воробьев. Согласно постановлению, …": a bare document noun after "согласно"
    is the document the last sentences named (the same noun, or any document for "документ"); its
    author is that mention's genitive owner, or the subject of the verb that issued it.  (mD39) With no such noun,
    the subject of the last verb issuing a document ("Минздрав утвердил дорожную карту").  (mB39, cr39 F12) One scan
    of the window gives both the author and whether a document is in view (`_authorless_document`'s guard)."""
    first = ctx.sentence_range(max(0, ctx.sent_of_token(noun) - DOCUMENT_ANTECEDENT_SENTENCES))[0]
    wanted = lemma(ctx.tokens[noun])
    issuing = None
    for k in range(s_first - 1, first - 1, -1):
        token = ctx.tokens[k]
        if token.pos == "NOUN" and (lemma(token) == wanted or wanted == "документ" and lemma(token) in DOCUMENT_NOUNS) \
                and (wanted in DOCUMENT_NOUNS or _topic(ctx, k) == _topic(ctx, noun)):
            return DocumentAntecedent(_mention_author(ctx, k) if _points_back(ctx, noun) else None, True)
        if issuing is None and wanted == "документ" and _issues_document(ctx, k):
            issuing = k
    if issuing is None:
        return DocumentAntecedent(None, False)
    issuer = ctx.subject_of(issuing) if _points_back(ctx, noun) else None
    return DocumentAntecedent(issuer if issuer is not None and ctx.agentive(issuer) else None, True)


def _points_back(ctx: QuoteContext, noun: int) -> bool:
    """A bare document noun ("согласно документу"), not another one or one with an owner of its own ("согласно
    новому документу", "согласно этому письму"); (mB39, cr39 F13) or a report noun with a topic complement at most
    ("согласно данным о ценах", taking up "Росстат опубликовал данные о ценах")."""
    if ctx.kids(noun, "det", "amod"):
        return False
    if lemma(ctx.tokens[noun]) in DOCUMENT_NOUNS:
        return not ctx.kids(noun, "nmod")
    # (not a bare "Согласно данным,": an owner cut, as dvC's guard says)
    topic = _topic(ctx, noun)
    return lemma(ctx.tokens[noun]) in AUTHORLESS_REPORT_NOUNS and topic is not None and all(
        topic == lemma(ctx.tokens[k]) for k in ctx.kids(noun, "nmod"))


def _topic(ctx: QuoteContext, noun: int) -> str | None:
    """The lemma of what a report is about ("данные о ценах" → "цена"), None with no topic complement."""
    return next((lemma(ctx.tokens[k]) for k in ctx.kids(noun, "nmod") if k > noun and any(
        ctx.tokens[c].text.lower() in TOPIC_COMPLEMENT_PREPOSITIONS for c in ctx.kids(k, "case"))), None)


def _mention_author(ctx: QuoteContext, mention: int) -> int | None:
    """The author of the document mentioned at `mention`: its agentive genitive owner, or the agentive subject of the
    verb it is the object of; (mB39, cr39 F13) or the agent of the passive issuing it ("Указ был подписан
    президентом").  A report ("данные") only by an owner or an issuing verb ("Росстат опубликовал данные")."""
    owner = ctx.owner(mention)
    if owner is not None and ctx.agentive(owner):
        return owner
    token = ctx.tokens[mention]
    verb = token.head if token.head >= 0 else None
    if verb is None or lemma(token) not in DOCUMENT_NOUNS and lemma(ctx.tokens[verb]) not in DOCUMENT_ISSUING_VERBS:
        return None
    if token.rel == "obj":
        issuer = ctx.subject_of(verb)
    elif token.rel == "nsubj:pass" and lemma(ctx.tokens[verb]) in DOCUMENT_ISSUING_VERBS:
        issuer = next(iter(ctx.kids(verb, "obl:agent")), None)
    else:
        issuer = None
    return issuer if issuer is not None and ctx.agentive(issuer) else None


# (mD39, rv39_Q C4) Verbs that issue a document the next sentence may call "документ" ("Минздрав утвердил дорожную
# карту. Согласно документу, …").
DOCUMENT_ISSUING_VERBS = frozenset({"утвердить", "подписать", "издать", "опубликовать", "обнародовать",
                                    "разработать", "подготовить", "внести", "принять"})
# (mB39, cr39 F2) What such a verb must issue for "документ" to point back to it: a document, not "фото", "участие".
ISSUED_DOCUMENT_NOUNS = DOCUMENT_NOUNS | {
    "план", "программа", "правило", "правила", "карта", "решение", "соглашение", "договор", "стратегия", "регламент",
    "концепция", "закон", "поправка", "резолюция", "декларация", "меморандум", "положение", "порядок", "перечень",
    "список", "проект", "документация", "методика", "рекомендация", "доктрина", "бюджет", "устав", "кодекс"}
# (mB39, cr39 F2) What "принять" adopts (not what it receives: "принял петицию / письмо / заявление / участие").
ADOPTED_DOCUMENT_NOUNS = ISSUED_DOCUMENT_NOUNS - {"письмо", "заявление", "доклад", "отчет", "отчёт", "пресс-релиз",
                                                  "заключение", "список", "проект", "документация"}


def _issues_document(ctx: QuoteContext, verb: int) -> bool:
    """(mB39, cr39 F2) An issuing verb whose object is a document with no author of its own ("утвердил дорожную
    карту", "приняла закон"; not "принял участие", "принял петицию жителей", "опубликовала фото")."""
    token = ctx.tokens[verb]
    if token.pos != "VERB" or lemma(token) not in DOCUMENT_ISSUING_VERBS:
        return False
    documents = ADOPTED_DOCUMENT_NOUNS if lemma(token) == "принять" else ISSUED_DOCUMENT_NOUNS
    return any(lemma(ctx.tokens[obj]) in documents
               and not (ctx.owner(obj) is not None and ctx.agentive(ctx.owner(obj))) for obj in ctx.kids(verb, "obj"))


# (mD39, rv39_Q C4) The prepositions of a complement that tells what a report or document is about or belongs to,
# and names no author: "согласно данным о продажах", "согласно документации к закупке".
TOPIC_COMPLEMENT_PREPOSITIONS = frozenset({"о", "об", "обо", "к", "ко"})
# Report and document nouns an opening "согласно" may stand on with no author named.
AUTHORLESS_REPORT_NOUNS = DOCUMENT_NOUNS | {"документация", "данные", "сведение", "сведения", "информация"}


def _authorless_frame_comma(ctx: QuoteContext, noun: int, s_stop: int) -> int | None:
    """The comma that closes "документу," or "данным о клинических испытаниях," - the noun with no modifier and no
    dependent but a topic complement (о/к + NP); None for any other shape ("данным Росстата", "новому документу")."""
    if lemma(ctx.tokens[noun]) not in AUTHORLESS_REPORT_NOUNS or ctx.kids(noun, "det", "amod", "appos", "nummod"):
        return None
    last = noun + 1
    for k in ctx.kids(noun, "nmod"):
        if k < noun or not any(ctx.tokens[c].text.lower() in TOPIC_COMPLEMENT_PREPOSITIONS for c in ctx.kids(k, "case")):
            return None
        last = max(last, ctx.res.subtree(k)[1])
    if last == noun + 1 and lemma(ctx.tokens[noun]) not in DOCUMENT_NOUNS and not ctx.kids(noun, "acl"):
        return None  # (a bare "Согласно данным," has lost its owner - a cut link - rather than pointing back)
    return last if last < s_stop and ctx.tokens[last].text == "," else None


def _authorless_document(ctx: QuoteContext, opening: int, noun: int, cue: str, s_first: int,
                         s_stop: int, document_seen: bool) -> Candidate | None:
    """(mD39, rv39_Q C4) "Согласно данным о клинических испытаниях, доза способна …", "Согласно документации к
    тендеру, подрядчик должен …", "Согласно документу, прививки будут делать …" (no document with an author just
    before, but a document in view): a frame that opens its sentence on a report or document noun, bare or with a
    topic complement, reports the rest of the sentence by no one the text names (quotes-dev9: "согласно итоговому
    анализу данных" - speaker null, norm unknown) - or by the owner of the site its participle names ("Согласно
    документу, опубликованному на сайте кабмина, …").  Not a frame run into its clause ("работы ведутся согласно
    документации"), nor a bare "документ" with no document in view (`document_seen`: `_document_antecedent`)."""
    if noun != opening + 1 or not all(ctx.tokens[k].pos in ("CCONJ", "PUNCT", "ADV", "PART")
                                      for k in range(s_first, opening)):
        return None
    comma = _authorless_frame_comma(ctx, noun, s_stop)
    if comma is None:
        return None
    bare = comma == noun + 1 and not ctx.kids(noun, "acl")
    if bare and not document_seen:
        return None
    frame_last = _report_aside_end(ctx, comma, s_stop)
    if any(ctx.is_cue(k) and ctx.tokens[k].feats.get("VerbForm") == "Fin"
           and ctx.tokens[k - 1].text in (",", "—", "–") for k in range(frame_last + 1, s_stop)):
        return None  # ("Согласно документу, …, сообщил министр": the frame qualifies the words of the cue's speaker)
    content = _words_after_frame(ctx, opening, frame_last, s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    publisher = ctx.published_in(noun)
    publisher = publisher if publisher is not None else _publishing_agent(ctx, noun)
    if publisher is not None:
        return Candidate(content[0], content[1], "frame", cue, noun, publisher)
    return Candidate(content[0], content[1], "frame", cue, noun, None, unnamed=True)


def _publishing_agent(ctx: QuoteContext, noun: int) -> int | None:
    """(mD39) "Согласно данным, опубликованным Telegram-каналом ВЦИОМ, …": the instrumental agent of a publishing
    participle on the report noun - the channel's owner, or the agent itself when it is a person or a body."""
    for participle in ctx.kids(noun, "acl"):
        if lemma(ctx.tokens[participle]) not in PUBLISHED_PARTICIPLES:
            continue
        for agent in ctx.kids(participle, "obl", "obl:agent"):
            token = ctx.tokens[agent]
            # (the parse may leave a Latin-prefixed agent uncased: "Telegram-каналом")
            case = token.feats.get("Case", "Ins" if token.rel == "obl:agent" else None)
            if case != "Ins" or ctx.kids(agent, "case"):
                continue
            if lemma(token).rpartition("-")[2] in PUBLISHING_SITE_NOUNS:
                return ctx.owner(agent) or _misattached_owner(ctx, agent, participle)
            if ctx.agentive(agent):
                return agent
    return None


def _misattached_owner(ctx: QuoteContext, noun: int, head: int) -> int | None:
    """The genitive name right after `noun` that the parse hung on `head` instead ("каналом ВЦИОМ")."""
    k = noun + 1
    if k < len(ctx.tokens) and ctx.tokens[k].pos == "PROPN" and ctx.tokens[k].feats.get("Case") in ("Gen", None) \
            and ctx.tokens[k].head == head:
        return k
    return None


# (dvC) Report nouns whose frame gives a report even when it names no owner: "По предварительным
# данным, …", "По одним данным, …", "По уточненной информации, …" (quotes-dev6 lead's decision:
# speaker null, norm unknown, like the speakerless "Сообщается, что …").
# (mD40, rv40_Q C8) Calculations report as data do: "Согласно предварительным расчетам, запуск обойдется в …".
UNOWNED_REPORT_NOUNS = frozenset({"данные", "информация", "сведение", "сведения", "оценка", "сообщение", "версия",
                                  "расчет", "подсчет"})


def _unowned_report(ctx: QuoteContext, opening: int, noun: int, cue: str, s_first: int, s_stop: int) -> Candidate | None:
    """"По предварительным данным, все находившиеся на борту погибли": a leading "по"-frame of a report
    noun qualified by a modifier ("предварительным", "последним", "одним", "некоторым", "уточненной"),
    with no owner: the rest of the sentence is reported, by no one the text names.  (mB31, rv31_Q C4) So is a
    frame set off by commas inside its sentence ("Алиев, по официальным данным, получил 89 % голосов"), and a
    leading one whose comma was left out before the clause's subject ("По некоторым данным автомобиль …").  A bare
    "По данным," (an owner lost or cut) and a frame run into its clause ("получил по последним данным 89 %") are
    left alone."""
    if not cue.startswith(("по ", "согласно ")) or lemma(ctx.tokens[noun]) not in UNOWNED_REPORT_NOUNS \
            or noun - opening < 2:
        return None
    if noun + 1 >= s_stop:
        return None
    leads = all(ctx.tokens[k].pos in ("CCONJ", "PUNCT", "ADV", "PART") for k in range(s_first, opening))
    comma = ctx.tokens[noun + 1].text == ","
    if not comma and not (leads and (_clause_subject_word(ctx.tokens[noun + 1])
                                     or _counted_subject(ctx, noun + 1)
                                     or _clause_adjunct_opening(ctx, noun + 1, s_stop))):
        return None  # ("по последним данным ВОЗ на сайте …": something else follows the noun)
    frame_last = _report_aside_end(ctx, noun + 1, s_stop) if comma else noun + 1
    if not leads and (any(lemma(ctx.tokens[k]) in SUBJECT_OWNED_MODIFIERS for k in range(opening + 1, noun))
                      or not _set_off_inside(ctx, opening, frame_last, s_first, s_stop, owned=False)):
        return None  # (a frame that opens its sentence, after a connective at most, or one set off by commas)
    if not leads and any(ctx.is_cue(k) and ctx.tokens[k].feats.get("VerbForm") == "Fin"
                         and ctx.tokens[k - 1].text in (",", "—", "–", "-") for k in range(frame_last + 1, s_stop)):
        # (cr31 H2) "Завод, по предварительным данным, закроется в мае, сообщил губернатор": the sentence is another
        # speaker's words, the frame inside them qualifies them
        return None
    content = _words_after_frame(ctx, opening, frame_last, s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    return Candidate(content[0], content[1], "frame", cue, noun, None, unnamed=True)


# (dv36b) "По тем же данным, …": the determiner and particle that point back to the report just quoted.
SAME_REPORT_WORDS = ("тем", "же")


def _same_report_words(ctx: QuoteContext, k: int, s_stop: int) -> bool:
    """"По тем же данным" / "по тем же сведениям": "тем же" right before a report noun."""
    return k + 2 < s_stop and tuple(ctx.tokens[j].text.lower() for j in (k, k + 1)) == SAME_REPORT_WORDS \
        and lemma(ctx.tokens[k + 2]) in UNOWNED_REPORT_NOUNS


def _same_report(ctx: QuoteContext, opening: int, noun: int, cue: str, s_first: int, s_stop: int) -> Candidate | None:
    """(dv36b) "Кольцова била детей скакалкой, передает телеграм-канал Mash. По тем же данным, преподаватель …": a
    frame that names no owner but says the report is the same as before - the rest of the sentence goes on with
    the speaker of the quote just before (`attribution.resolve`), unknown when there is none."""
    found = _unowned_report(ctx, opening, noun, cue, s_first, s_stop)
    if found is not None:
        found.same_report = True
    return found


# (sp40) Report nouns that, bare after a sentence-opening "Согласно", name the report just quoted (not data, polls
# or forecasts, which may be nobody's: "Согласно результатам, …" is no statement).
BARE_REPORT_NOUNS = frozenset({"сообщение", "релиз", "пресс-релиз", "публикация", "заявление"})


def _bare_report(ctx: QuoteContext, opening: int, noun: int, cue: str, s_first: int, s_stop: int) -> Candidate | None:
    """(sp40) "Об этом написал в Instagram Виторган. Согласно сообщению, супруги давно живут отдельно", "Согласно
    релизу, Ryanair планирует …": a bare report noun right after "Согласно" that opens its sentence, a comma after it -
    the report is the one the text just gave, so the rest of the sentence goes on with the speaker of the quote just
    before (unknown when there is none), as "По тем же данным" does."""
    if not cue.startswith("согласно ") or noun != opening + 1 or lemma(ctx.tokens[noun]) not in BARE_REPORT_NOUNS \
            or noun + 1 >= s_stop or ctx.tokens[noun + 1].text != ",":
        return None
    if not all(ctx.tokens[k].pos in ("CCONJ", "PUNCT", "ADV", "PART") for k in range(s_first, opening)):
        return None
    content = _words_after_frame(ctx, opening, _report_aside_end(ctx, noun + 1, s_stop), s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    found = Candidate(content[0], content[1], "frame", cue, noun, None, unnamed=True)
    found.same_report = True
    return found


# (dvX) Prepositions of a place or time adjunct that may open the reported clause after a comma-less frame
# ("По последним данным на борту находился 201 человек"); not those of a source ("по данным из источников",
# "с сайта", "от полиции", "у источника").
CLAUSE_ADJUNCT_PREPOSITIONS = frozenset({"в", "во", "на", "за", "к", "ко", "после", "до", "при", "среди", "через",
                                         "около", "под", "над", "перед", "между"})
# Nouns after such a preposition that tell where the report itself stands ("по данным на сайте министерства"):
# the phrase belongs to the frame, so the frame is no comma-less opening.
REPORT_PLACE_NOUNS = frozenset({"сайт", "страница", "портал", "аккаунт", "канал", "telegram-канал",
                                "телеграм-канал", "блог", "отчет", "доклад", "сообщение", "заявление", "пресс-релиз",
                                "публикация", "материал", "сводка", "издание", "газета", "сми", "сеть", "соцсеть"})


def _clause_adjunct_opening(ctx: QuoteContext, k: int, s_stop: int) -> bool:
    """(dvX) "По последним данным на борту теплохода находился 201 человек", "По предварительным оценкам на процесс
    может уйти около года": with the comma left out, a leading unowned frame may be followed by a place or time
    adjunct of the reported clause, its finite verb right after the phrase (the subject after the verb).  Not a phrase
    naming where the report stands ("по последним данным на сайте ВОЗ …"), which is the frame's."""
    if k + 1 >= s_stop or ctx.tokens[k].pos != "ADP" or ctx.tokens[k].text.lower() not in CLAUSE_ADJUNCT_PREPOSITIONS:
        return False
    if lemma(ctx.tokens[k + 1]) in REPORT_PLACE_NOUNS or ctx.tokens[k + 1].text.lower() in REPORT_PLACE_NOUNS:
        return False
    verb = next((j for j in range(k + 2, s_stop) if ctx.tokens[j].pos in ("VERB", "AUX")
                 and ctx.tokens[j].feats.get("VerbForm") == "Fin"), None)
    if verb is None:
        return False
    # (a phrase closed by a comma before the clause's verb is the frame's own: "Согласно сообщениям на Reddit, …";
    # and with a subject before the verb the phrase may still qualify the data (mB31's guard: "По последним данным
    # в Москве число заболевших выросло") - only the verb put right after the phrase makes it the clause's)
    return not any(ctx.tokens[j].text == "," or ctx.tokens[j].feats.get("Case") == "Nom"
                   and ctx.tokens[j].pos in ("NOUN", "PROPN", "PRON") for j in range(k + 1, verb))


# Modifiers that give a report frame to the clause's own subject: "…, по собственным данным, «Легион» уничтожил …".
SUBJECT_OWNED_MODIFIERS = frozenset({"собственный", "свой"})


def _clause_subject_as_owner(ctx: QuoteContext, noun: int, owner: int) -> bool:
    """(mR34, rv34_Q C2) "По официальным данным Уго Чавес скончался …", "По имеющейся информации 46 детей, которых …,
    могут остаться без семей": with the comma left out, the parse may hang the reported clause's subject on the frame
    noun as its owner.  Right after the noun, a nominative name followed by a finite verb, or a noun counted by a
    numeral that the parse takes for a subject, is that subject ("по данным полиции" has a genitive owner)."""
    if owner == noun + 1:
        return _name_before_finite_verb(ctx, owner)
    return owner == noun + 2 and _counted_subject(ctx, noun + 1)


def _name_before_finite_verb(ctx: QuoteContext, k: int) -> bool:
    """A nominative noun or name at `k` (with the rest of the name: "Уго Чавес") right before a finite verb: the
    subject of the clause a comma-less frame opens, wherever the parse hung it (mR34: as the frame's owner; sy40: the
    tree of a broken parse, as an apposition of the frame noun after its genitive owner)."""
    if not _clause_subject_word(ctx.tokens[k]):
        return False
    name = k
    k += 1
    while k < len(ctx.tokens) and ctx.tokens[k].head == name and ctx.tokens[k].rel.startswith("flat"):
        k += 1  # (the rest of the name)
    return k < len(ctx.tokens) and ctx.tokens[k].pos in ("VERB", "AUX") \
        and ctx.tokens[k].feats.get("VerbForm") == "Fin"


def _counted_subject(ctx: QuoteContext, k: int) -> bool:
    """"46 детей могут …": a numeral counting the next noun, which the parse takes for a clause subject."""
    token = ctx.tokens[k]
    if token.pos != "NUM" or token.rel != "nummod" or token.head != k + 1:
        return False
    counted = ctx.tokens[k + 1]
    return counted.pos == "NOUN" and counted.rel.startswith("nsubj")


def _clause_subject_word(token: Token) -> bool:
    """(mB31) "По некоторым данным автомобиль принадлежит …": a nominative noun or pronoun right after a
    leading frame whose comma was left out opens the reported clause."""
    return token.pos in ("NOUN", "PROPN", "PRON") and token.feats.get("Case") == "Nom"


def _report_aside_end(ctx: QuoteContext, comma: int, s_stop: int, frame: frozenset[int] | None = None,
                      phrase: range | None = None) -> int:
    """(dvG) "По обновленным данным, учитывающим более широкий набор, …", "Согласно отчету управления,
    посвященному …, …": a participial phrase after the frame's comma is still the frame, and the content
    starts after its own closing comma.  Not a participle in the nominative, the content's subject ("По
    предварительным данным, погибшие являются …"), nor a short one, its predicate ("По словам ведущей, избиты
    были …"); with the frame's tokens given, only a participle hung on one of them or agreeing with one (the
    parse may hang it on a later word), never one hung on a word of the `phrase` after the frame ("По
    сообщению X, в ходе митинга, собравшего …, Y заявил")."""
    after = comma + 1
    if after >= s_stop or ctx.tokens[after].feats.get("VerbForm") != "Part":
        return _aside_end(ctx, comma, s_stop)
    token = ctx.tokens[after]
    if token.feats.get("Case") == "Nom" or token.rel.startswith("nsubj") or token.feats.get("Variant") == "Short":
        return comma
    if frame is not None and token.head not in frame and (
            phrase is not None and token.head in phrase or not any(_agree_in_form(token, ctx.tokens[k]) for k in frame)):
        return comma
    return _aside_end(ctx, comma, s_stop)


def _agree_in_form(participle: Token, noun: Token) -> bool:
    """Same case and number, and the same gender when both show one."""
    a, b = participle.feats, noun.feats
    return noun.pos in ("NOUN", "PROPN") and a.get("Case") == b.get("Case") and a.get("Number") == b.get("Number") \
        and (a.get("Gender") is None or b.get("Gender") is None or a.get("Gender") == b.get("Gender"))


# "по его собственным словам", "по ее личному мнению": adjectives between a possessive and the frame noun.
POSSESSIVE_ADJECTIVES = 2


def _past_adjectives(ctx: QuoteContext, k: int, s_stop: int) -> int:
    """The first token from `k` on that is not one of at most two adjectives ("собственным")."""
    stop = min(k + POSSESSIVE_ADJECTIVES, s_stop - 1)
    while k < stop and ctx.tokens[k].pos == "ADJ" and not ctx.lex.is_frame(ctx.tokens[k], "po"):
        k += 1
    return k


# "Согласно аукционному дому Julien's Auctions, …": adjectives before the named speaker's head noun.
NAMED_DATIVE_WORDS = 3
# (mB31) The press named as a whole after "согласно" ("Согласно СМИ, …"; the dative forms).
PRESS_COLLECTIVES = frozenset({"сми", "прессе", "медиа"})
# Marks around a name after "согласно" ("Согласно «Байонтек», …").
OPENING_MARKS = frozenset({"«", "„", "“", '"'})
CLOSING_MARKS = frozenset({"»", "”", "“", '"'})


def _named_dative(ctx: QuoteContext, k: int, s_stop: int) -> int | None:
    """"Согласно Марку, …", "Согласно The Hollywood Reporter, …": the head of a person,
    organisation or outlet named right after "согласно" (in the dative, or a word that does
    not decline), followed by a comma; not a document ("согласно закону") - the frame nouns
    of the lexicon are read by `_according_to` itself."""
    first = k
    # (dvG) "Согласно «Байонтек», …": a company's name in quotation marks
    quoted = k + 2 < s_stop and ctx.tokens[k].text in OPENING_MARKS
    k += 1 if quoted else 0
    while k < min(first + NAMED_DATIVE_WORDS, s_stop) and ctx.tokens[k].pos == "ADJ":
        k += 1
    if k >= s_stop or ctx.tokens[k].pos not in ("PROPN", "NOUN", "X") \
            or (ctx.tokens[k].feats.get("Case", "Dat") != "Dat" and ctx.tokens[k].text[:1].islower()):
        return None
    if ctx.tokens[k].text.lower() in PRESS_COLLECTIVES and k + 1 < s_stop and ctx.tokens[k + 1].text == ",":
        return k  # (mB31, rv31_Q C4) "Согласно СМИ, …": the press speaks, as in "по данным СМИ"
    names = [m for m in ctx.res.mentions_in(ctx.tokens[first].start, ctx.tokens[s_stop - 1].stop)
             if m.type in ("PER", "ORG", "MEDIA") and m.start <= ctx.tokens[k].start + 1]
    if not names:
        return None
    m_first, m_stop = ctx.doc.token_span(names[0].start, names[0].stop)
    if quoted and m_stop < s_stop and ctx.tokens[m_stop].text in CLOSING_MARKS:
        m_stop += 1
    if m_first > k or m_stop >= s_stop or ctx.tokens[m_stop].text != ",":
        return None  # (the name must end the frame: "Согласно ТАСС, …")
    return k


def _according_to_name(ctx: QuoteContext, i: int, named: int, s_first: int, s_stop: int) -> Candidate | None:
    """"Согласно Марку, …": the named one speaks; the content is the rest of the sentence."""
    comma = next(k for k in range(named, s_stop) if ctx.tokens[k].text == ",")
    content = _rest_of_sentence(ctx, i, comma, s_first, s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    return Candidate(content[0], content[1], "frame", "согласно", named, named)


# "согласно результатам исследования", "согласно выводам экспертизы": nouns of an inquiry's outcome.
OUTCOME_NOUNS = frozenset({"результат", "вывод", "итог"})


def _research_noun(ctx: QuoteContext, k: int, s_stop: int) -> int | None:
    """"Согласно опросу YouGov, …", "Согласно новому исследованию фонда X, …", "Согласно результатам
    исследования …": the dative noun of a study (or of its outcome, owned by a study) after
    "согласно"; the study reports what follows, as its findings do after "показал, что"."""
    first = k
    while k < min(first + NAMED_DATIVE_WORDS, s_stop) and ctx.tokens[k].pos == "ADJ":
        k += 1
    if k >= s_stop or ctx.tokens[k].pos != "NOUN" or ctx.tokens[k].feats.get("Case", "Dat") != "Dat":
        return None
    if lemma(ctx.tokens[k]) in RESEARCH_NOUNS:
        return k
    if lemma(ctx.tokens[k]) in OUTCOME_NOUNS and any(
            lemma(ctx.tokens[c]) in RESEARCH_NOUNS for c in ctx.kids(k, "nmod")):
        return k
    return None


def _according_to_research(ctx: QuoteContext, i: int, noun: int, s_first: int, s_stop: int) -> Candidate | None:
    """The study's frame: its author speaks ("Согласно опросу YouGov", "согласно опросу, проведенному
    Левада-центром"; for "результатам исследования X" the study's author), else no one the text names
    - not whoever the study is about ("опросу среди сторонников X")."""
    if any(ctx.tokens[k].pos not in ("CCONJ", "PUNCT", "ADV", "PART") for k in range(s_first, i)):
        return None  # (inside a longer sentence the study's words cannot be told from the rest)
    frame_last = _aside_end(ctx, _frame_phrase_end(ctx, ctx.res.subtree(noun)[1], s_stop), s_stop)
    content = _rest_of_sentence(ctx, i, frame_last, s_first, s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    studies = [noun] + [k for k in ctx.kids(noun, "nmod") if lemma(ctx.tokens[k]) in RESEARCH_NOUNS]
    authors = [a for a in (study_author_of(ctx, k) for k in studies) if a is not None]
    cue = f"согласно {ctx.tokens[noun].text.lower()}"
    if not authors:
        # (dvG) "Согласно предварительному анализу, …": a study with no author named reports by no one
        # the text names, like the speakerless "по предварительным данным" (quotes-dev6/dev7 decisions).
        return Candidate(content[0], content[1], "frame", cue, noun, None, unnamed=True)
    return Candidate(content[0], content[1], "frame", cue, noun, authors[0])


# "Согласно опросу, проведенному институтом X 27 июня, …": the longest aside on the study.
STUDY_ASIDE_WORDS = 20


def _aside_end(ctx: QuoteContext, k: int, s_stop: int) -> int:
    """After the frame's comma, a participial phrase or a "который"-clause on the study ends at the
    next comma, where the content begins; else `k`."""
    if k + 1 >= s_stop or ctx.tokens[k].text != ",":
        return k
    nxt = ctx.tokens[k + 1]
    if lemma(nxt) != "который" and nxt.feats.get("VerbForm") != "Part":
        return k
    for comma in range(k + 2, min(k + 2 + STUDY_ASIDE_WORDS, s_stop - 3)):
        if ctx.tokens[comma].text == ",":
            return comma
    return k


# (rv20_Q M4) "по словам Лукашенко из инаугурационной речи, …": at most this many words of the
# frame's own phrase the parse hung elsewhere before the comma that closes it.
FRAME_PHRASE_WORDS = 5


def _cut_at_owner_comma(ctx: QuoteContext, noun: int, owner: int, frame_last: int) -> int:
    """(mD40, rv40_Q C5) "По данным из открытых источников, завод заключил контракт … в прошлом году, …": a word of
    the reported clause the parse hung on the frame's noun does not stretch the frame past the comma that closes its
    owner's phrase; `frame_last` when no such comma stands inside it."""
    owner_end = max(noun + 1, ctx.res.subtree(owner)[1])
    for c in ctx.kids(owner, "conj"):
        if c > owner and not any(ctx.tokens[k].text in ",—–:" for k in range(owner, c)):
            owner_end = max(owner_end, ctx.res.subtree(c)[1])
    if owner_end < frame_last and ctx.tokens[owner_end].text == "," \
            and ctx.tokens[owner_end].head in (noun, owner):
        return owner_end
    return frame_last


def _frame_phrase_end(ctx: QuoteContext, frame_last: int, s_stop: int) -> int:
    """The comma closing a frame when only a short prepositional phrase ("из инаугурационной речи",
    "в интервью РБК") stands between the frame's words and it; else `frame_last`."""
    k = frame_last
    if k >= s_stop or ctx.tokens[k].pos != "ADP":
        return frame_last
    while k < s_stop and ctx.tokens[k].text != ",":
        token = ctx.tokens[k]
        if k - frame_last >= FRAME_PHRASE_WORDS or token.pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ") \
                or token.pos in ("NOUN", "PROPN", "PRON") and token.feats.get("Case") == "Nom":
            return frame_last
        k += 1
    return k if k < s_stop - 2 else frame_last


def _according_to_which(ctx: QuoteContext, i: int, s_stop: int) -> Candidate | None:
    """"Мэр подписал распоряжение, согласно которому …": a document noun's relative clause
    opened by "согласно которому" is the document's content; its speaker is the document's
    owner ("распоряжение мэра", "его распоряжение") or the subject of the verb that issued it."""
    which = i + 1
    verb = ctx.tokens[which].head
    if verb < 0 or ctx.tokens[verb].rel != "acl:relcl" or ctx.tokens[verb].head < 0:
        return None
    noun = ctx.tokens[verb].head
    if lemma(ctx.tokens[noun]) in RUMOUR_NOUNS and noun < i:
        return _rumour_according_to_which(ctx, which, noun, s_stop)
    hung_on, noun = noun, _content_noun_above(ctx, noun)
    documented = ctx.lex.is_frame(ctx.tokens[noun], "soglasno") or ctx.lex.is_source(ctx.tokens[noun])
    if not (documented or lemma(ctx.tokens[noun]) in UNOWNED_CONTENT_NOUNS) or noun > i:
        return None
    owner = ctx.possessor(noun) if ctx.possessor(noun) is not None else ctx.owner(noun)
    if noun != hung_on and owner is not None and not ctx.agentive(owner):
        owner = None  # (sp40) "проект закона, согласно которому": the law the bill is of wrote nothing
    governor = ctx.tokens[noun].head
    governed = governor >= 0 and ctx.tokens[governor].pos == "VERB" and ctx.tokens[noun].rel in ("obj", "obl")
    if not documented and governed and lemma(ctx.tokens[governor]) in ENACTING_VERBS:
        return None  # (mE40, cr40 F3) an adopted amendment or a signed agreement is the state of things, as a law is
    if owner is None and governed and ctx.tokens[noun].rel == "obj":
        owner = ctx.subject_of(governor)
    if owner is not None and owner >= i:
        return None
    if not documented:
        owner = None  # (an agreement or a finding is not written by the subject of the verb that governs it)
    if owner is None and (lemma(ctx.tokens[noun]) not in UNOWNED_CONTENT_NOUNS or _under_cue(ctx, noun)):
        return None
    k = which + 1
    while k < s_stop and ctx.tokens[k].text in ",—–:":
        k += 1
    if s_stop - k < 3:
        return None
    # (up to the sentence end: what follows plausibly belongs to the document's content)
    last = s_stop - 1
    if owner is None:
        last = _unowned_clause_last(ctx, verb, k, last)
    if last - k < 2:
        return None
    start, stop = ctx.extend_to_marks(ctx.tokens[k].start, ctx.tokens[last].stop)
    cand = Candidate(start, stop, "frame", "согласно", which, owner, unnamed=owner is None)
    cand.sources.append(ctx.source_name(noun, None))
    return cand


# (mE40, cr40 F3) Verbs that enact an amendment or an agreement ("Депутаты приняли поправку, согласно которой …",
# "Стороны заключили соглашение"): what it says is then the state of things, no report (round 19's "закон" guard).
ENACTING_VERBS = frozenset({"принять", "заключить", "подписать", "одобрить", "ратифицировать"})


# (mE40, cr40 F2) Conjunctions that, after a comma and before a finite verb, go on with the main clause's predicate
# ("Депутаты обсудили поправку, согласно которой …, и проголосовали за нее").
MAIN_CLAUSE_CONJUNCTIONS = frozenset({"и", "а", "но"})


def _finite_at(ctx: QuoteContext, j: int, last: int) -> bool:
    return j <= last and ctx.tokens[j].pos in ("VERB", "AUX") and ctx.tokens[j].feats.get("VerbForm") == "Fin"


def _unowned_clause_last(ctx: QuoteContext, verb: int, k: int, last: int) -> int:
    """(sp40, mE40 cr40 F2) "Законы, согласно которым …, существуют в 59 странах", "В рамках соглашения, согласно
    которому стороны прекращают огонь, войска отойдут …": with no author, the clause is the content and no more - it
    ends at the comma that closes the relative verb's phrase, or else at a comma before the main predicate (the parse
    may hang that predicate inside the clause), also one after "и/а/но"; never at the sentence's own clause."""
    end = ctx.res.subtree(verb, frozenset())[1]
    if k + 2 < end <= last and ctx.tokens[end].text == ",":
        return end - 1
    for j in range(k + 1, last):
        if ctx.tokens[j].text != ",":
            continue
        after = j + 2 if ctx.tokens[j + 1].text.lower() in MAIN_CLAUSE_CONJUNCTIONS else j + 1
        if _finite_at(ctx, after, last):
            return j - 1
    return last


# (sp40) How far up a noun phrase the document a "согласно которому"-clause hangs on may stand.
CONTENT_NOUN_REACH = 4


def _content_noun_above(ctx: QuoteContext, noun: int) -> int:
    """(sp40) "соглашение с протестующими, согласно которому …", "проект поправок к закону «О связи», согласно которому
    …": the parse hangs the clause on the nearest noun; the document it states is the first report or document noun up
    that noun phrase (the noun itself when none is)."""
    k = noun
    for _ in range(CONTENT_NOUN_REACH):
        token = ctx.tokens[k]
        if ctx.lex.is_frame(token, "soglasno") or ctx.lex.is_source(token) or lemma(token) in UNOWNED_CONTENT_NOUNS:
            return k
        if token.rel not in ("nmod", "conj", "appos") or token.head < 0:
            break
        k = token.head
    return noun


def _under_cue(ctx: QuoteContext, noun: int) -> bool:
    """(sp40) The noun stands inside what a speech verb governs or frames ("прокомментировала исследования, согласно
    которым …", "Как писал NEWS.ru, депутаты приняли закон, согласно которому …"): that report already carries the
    clause."""
    k, seen = ctx.tokens[noun].head, 0
    while k >= 0 and seen < len(ctx.tokens):
        if ctx.is_cue(k) or any(ctx.is_cue(c) for c in ctx.kids(k, "parataxis")):
            return True
        k, seen = ctx.tokens[k].head, seen + 1
    return False


# (sp40) Documents, reports and findings whose "согласно которому"-clause states their content even when the text
# names no author ("внесли проект поправок, согласно которому …", "выводы экспертизы, согласно которым …"): the
# clause is reported, by no one the text names.  Not rules or principles ("принцип, согласно которому"), nor votes.
# (round 19's guard: a law passed is the state of the law, no report - "Был принят закон, согласно которому …")
UNOWNED_CONTENT_NOUNS = AUTHORLESS_REPORT_NOUNS | RESEARCH_NOUNS | frozenset({
    "проект", "поправка", "соглашение", "материал", "материалы", "вывод", "директива", "резолюция",
    "сообщение", "публикация", "версия"})


def _rumour_according_to_which(ctx: QuoteContext, which: int, noun: int, s_stop: int) -> Candidate | None:
    """(mB32, rv32_Q C9) "Слухи, согласно которым король собирается отречься …, циркулировали в Бельгии": a
    rumour's "согласно которым"-clause is what the rumour says - reported by no one the text names, and hedged
    (like "появились слухи, что …").  Only a rumour that circulates or appears (its subject): "опроверг слухи,
    согласно которым …" reports a denial.  The clause ends at the last comma before the rumour's predicate."""
    governor = ctx.tokens[noun].head
    if ctx.tokens[noun].rel != "nsubj" or governor < 0 or lemma(ctx.tokens[governor]) not in APPEARING_VERBS \
            or ctx.negated(governor):
        return None
    k = which + 1
    while k < s_stop and ctx.tokens[k].text in ",—–:":
        k += 1
    last = s_stop - 1
    if k < governor < s_stop:
        commas = [j for j in range(k, governor) if ctx.tokens[j].text == "," and not ctx.in_span(ctx.tokens[j].start)]
        if not commas:
            return None  # (no boundary before the rumour's predicate: the clause's end is unclear)
        last = commas[-1] - 1
    if last - k < 2:
        return None
    start, stop = ctx.extend_to_marks(ctx.tokens[k].start, ctx.tokens[last].stop)
    return Candidate(start, stop, "frame", lemma(ctx.tokens[noun]), which, None, hedged=True, unnamed=True)


def _kak_frame(ctx: QuoteContext, i: int, s_first: int, s_stop: int) -> Candidate | None:
    """"Как сообщил Песков, …" / "…, как считают в Кремле"."""
    token = ctx.tokens[i]
    if token.text.lower() != "как" or i + 1 >= s_stop:
        return None
    before = {t.text.lower() for t in ctx.tokens[max(s_first, i - 3):i]}
    if _connective_before(ctx, i, s_first):
        s_first = i  # ("В то же время, как заявил X, …": the frame leads what follows the connective)
    elif before & {"время", "того", "тех", "так", "такой", "то", "после", "тогда", "тем"}:
        return None  # "в то время как", "после того как": time, not a source
    verb = None
    for k in range(i + 1, min(i + KAK_CUE_WINDOW + 1, s_stop)):
        if ctx.is_cue(k):
            verb = k
            break
        if ctx.tokens[k].pos == "PUNCT":
            break  # ("как в свою очередь сообщила …": a few words may come first)
    if verb is None or ctx.tokens[verb].feats.get("VerbForm") == "Inf":
        return None  # ("писал, как планируют отмечать …": an infinitive after "как" is a manner clause)
    if verb == i + 1 and lemma(ctx.tokens[verb]) in SAYING_IDIOM_VERBS and verb + 1 < s_stop \
            and ctx.tokens[verb + 1].text in (",", ")", "—", "–", "-"):
        return None  # "Как говорится, за ним придут другие": a saying, no one's statement
    if lemma(ctx.tokens[verb]) in NAMING_VERBS:
        return _naming_aside(ctx, i, verb, s_stop)
    frame_first = i
    frame_last = ctx.res.subtree(verb, frozenset({"punct", "parataxis", "ccomp", "conj", "acl:relcl"}))[1]
    # The frame clause ends at the first comma after the verb's words.
    k = verb + 1
    while k < s_stop and ctx.tokens[k].text != ",":
        k += 1
    frame_last = min(max(frame_last, verb + 1), k) if k < s_stop else k
    comma, k = k, _outlet_apposition_end(ctx, k, s_stop)
    frame_last = max(frame_last, k) if k < s_stop else frame_last
    # A frame "как сообщила X" has its subject after the verb; when the parse lost it
    # (glued sentences), the first nominative noun before the comma is taken.
    subject = ctx.subject_of(verb)
    if subject is not None and hearer_as_subject(ctx, verb, subject):
        subject = None  # (rv20_Q M2: "Как сообщили «КП» в Минздраве" - КП was told)
    if subject is not None and comma < subject < k:
        subject = None  # (the outlet's apposition is not the subject: the outlet before it is)
    impersonal = lemma(ctx.tokens[verb]).endswith(("ся", "сь")) or ctx.tokens[verb].feats.get("Voice") == "Pass"
    if subject is None and k < s_stop and (s_first == frame_first or comma < k) and not impersonal:
        # ("Как сообщается во время штурма X попытался …": an impersonal verb has no subject to lose)
        subject = next((j for j in range(verb + 1, comma) if ctx.tokens[j].pos in ("NOUN", "PROPN")
                        and ctx.tokens[j].feats.get("Case") in ("Nom", None)), None)
        frame_last = k if subject is not None else frame_last
    if impersonal and subject is None and not ctx.has_source(verb) and _after_relative_pronoun(ctx, frame_first):
        return None  # (ma25, rev25_A H1) "…, который, как утверждается, …": a hedge that names no source
    content = _rest_of_sentence(ctx, frame_first, frame_last, s_first, s_stop)
    if content is None or content[1] - content[0] < 3:
        return None
    if re.match(r"(?i)о(б)?\s+(этом|том)\b", ctx.doc.text[content[0]:content[1]]):
        return None  # "Как передает X, об этом заявил Y": Y's report of the sentence before
    cand = verb_candidate(ctx, content[0], content[1], verb, "frame", ctx.is_cue(verb) or "say")
    if cand.speaker_head is None and subject is not None:
        cand.speaker_head, cand.impersonal_verb = subject, None
    if impersonal and cand.speaker_head is None and _impersonal_aside(ctx, i, verb, s_first):
        # "Как сообщается, забастовку объявили …" / "…, как утверждается, экипаж …": the impersonal
        # report of "Сообщается, что …" set off as an aside; it keeps an unknown speaker (unless
        # the sentences around name the source), like its clause form.
        cand.rule = "clause"
    return cand


def _naming_aside(ctx: QuoteContext, kak: int, verb: int, s_stop: int) -> Candidate | None:
    """(mP34) "доступ к «коробке с письмами», как назвали новый ящик авторы", "«парк будущего», как назвал сквер
    мэр": a "как"-clause of naming after a quotation gives the name in the marks, not the sentence around it, to
    the clause's subject (a nominative agreeing with the verb; the parse may hang the sentence's subject on the
    verb).  No quotation right before the comma: the author's own wording, no one's."""
    if kak < 2 or ctx.tokens[kak - 1].text != ",":
        return None
    span = ctx.in_span(ctx.tokens[kak - 2].start)
    if span is None and ctx.tokens[kak - 2].pos == "PUNCT":
        span = next((s for s in ctx.spans if s.close_at == ctx.tokens[kak - 2].start), None)
    end = next((k for k in range(verb + 1, s_stop) if ctx.tokens[k].text in (",", ".", ";", "—", "–", ")")), s_stop)
    if span is None and end + 1 < s_stop and ctx.tokens[end].text == ",":
        # (the name right after the aside: "Этот проект, как назвал его губернатор, «стройка века» будет …")
        span = next((s for s in ctx.spans if s.open_at == ctx.tokens[end + 1].start), None)
    if span is None or span.stop - span.start < 2:
        return None
    subject = _naming_subject(ctx, verb, end)
    # (the marks kept: the words in them are the namer's own, a mixed quote)
    cand = verb_candidate(ctx, span.open_at, span.close_at + 1, verb, "frame", "opinion")
    if subject is not None:
        cand.speaker_head, cand.impersonal_verb = subject, None
    elif cand.speaker_head is None and not ctx.has_source(verb) \
            or cand.speaker_head is not None and not kak < cand.speaker_head < end:
        # (no one names it: "«убийца авианосцев», как неофициально называют ракетоносец" is a current name; the
        # sentence's subject is what was named, not who named it)
        return None
    return cand


def _naming_subject(ctx: QuoteContext, verb: int, end: int) -> int | None:
    """(mP34) The naming clause's subject: a nominative noun or name after the verb, agreeing with it in number."""
    number = ctx.tokens[verb].feats.get("Number")
    for k in range(verb + 1, end):
        token = ctx.tokens[k]
        if token.pos in ("NOUN", "PROPN") and token.feats.get("Case") in ("Nom", None) \
                and (number is None or token.feats.get("Number") in (number, None)) \
                and token.rel not in ("nmod", "obl", "flat:name", "appos") and not ctx.kids(k, "case"):
            return k
    return None


def _impersonal_aside(ctx: QuoteContext, kak: int, verb: int, s_first: int) -> bool:
    """"Как сообщается, …" / "Причиной, как сообщалось, стал …": an impersonal report verb
    right after "как" (an adverb may stand between: "как ранее сообщалось"), with no subject,
    no named source ("как сообщается в заявлении X" is the source's) and no predicate of the
    sentence before it (not "фотографии, которые, как утверждалось, сделаны …")."""
    return ctx.is_cue(verb) == "inform" and not ctx.negated(verb) and not ctx.has_source(verb) \
        and not ctx.kids(verb, "nsubj", "nsubj:pass") \
        and all(ctx.tokens[k].pos in ("ADV", "PART") for k in range(kak + 1, verb)) \
        and not any(ctx.tokens[k].feats.get("VerbForm") == "Fin" or lemma(ctx.tokens[k]) == "который"
                    for k in range(s_first, kak))


# Files that hold materials but say nothing themselves: "согласно материалам (уголовного) дела".
CASE_FILE_NOUNS = frozenset({"дело"})
# Pages that carry an owner's information ("по данным на сайте министерства").
SITE_NOUNS = frozenset({"сайт", "страница", "портал", "аккаунт", "канал", "telegram-канал"})
# "как говорится," / "как говорят," with nothing after the verb: the idiom "as the saying goes".
SAYING_IDIOM_VERBS = frozenset({"говориться", "говорить"})


# Sentence connectives that end in a comma before "как": "В то же время, как заявил X, …",
# "Между тем, как передает X, …" (without the comma they are the conjunctions "в то время как").
CONNECTIVES_BEFORE_KAK = (("в", "то", "же", "время"), ("то", "же", "время"), ("между", "тем"), ("кроме", "того"),
                          ("помимо", "этого"), ("помимо", "того"))


def _connective_before(ctx: QuoteContext, i: int, s_first: int) -> bool:
    """"В то же время, как заявил X" / "Между тем, как передает X": a connective and its comma open the sentence."""
    if i - 1 <= s_first or ctx.tokens[i - 1].text != ",":
        return False
    words = tuple(t.text.lower() for t in ctx.tokens[s_first:i - 1])
    return words in CONNECTIVES_BEFORE_KAK


# Class nouns of an outlet's apposition: "как передает X, крупнейшая газета страны, …".
OUTLET_NOUNS = frozenset({"газета", "издание", "агентство", "телеканал", "радиостанция", "портал", "журнал",
                          "таблоид", "еженедельник", "ежедневник", "информагентство", "сайт"})


def _outlet_apposition_end(ctx: QuoteContext, comma: int, s_stop: int) -> int:
    """The comma closing "…, крупнейшая англоязычная газета страны," right after a frame's
    outlet (an apposition of the source, not the content); else `comma` itself."""
    if comma >= s_stop:
        return comma
    k = comma + 1
    while k < s_stop and ctx.tokens[k].text != ",":
        if ctx.tokens[k].pos in ("VERB", "AUX") or ctx.tokens[k].text in ".!?:;—–«\"":
            return comma
        k += 1
    heads = [j for j in range(comma + 1, k) if ctx.tokens[j].pos == "NOUN" and ctx.tokens[j].feats.get("Case") == "Nom"]
    if k >= s_stop - 2 or not heads or not 2 < k - comma <= 8 or lemma(ctx.tokens[heads[0]]) not in OUTLET_NOUNS \
            or lemma(ctx.tokens[k + 1]) in ("который", "чей", "где", "что"):
        return comma  # ("Как сообщил X, газета, которую …": the content's own subject and its clause)
    return k


def _trailing(ctx: QuoteContext, i: int, s_first: int, s_stop: int) -> Candidate | None:
    """"…, сообщил Песков." / "…, передает ТАСС." — attribution after the content."""
    lead = _circumstance_before(ctx, i, s_first)
    if lead is not None:
        cand = _trailing_at(ctx, i, s_first, s_stop, lead)
        # (only an inverted frame: "…, 28 сентября передает агентство Reuters")
        return cand if cand is not None and cand.speaker_head is not None and cand.speaker_head > i else None
    about = _about_this_after_comma(ctx, i, s_first) if ctx.tokens[i].pos in ("VERB", "AUX") else None
    if about is not None:
        return _trailing_at(ctx, i, s_first, s_stop, about)
    if i - 1 <= s_first or ctx.tokens[i - 1].text not in (",", "—", "–") and not _spaced_hyphen(ctx, i - 1):
        return None
    return _trailing_at(ctx, i, s_first, s_stop, i - 1)


# (mD32) "…, об этом в ходе прямой линии 13 апреля заявил X": words between "об этом" and its verb, at most.
ABOUT_THIS_GAP = 8


def _about_this_after_comma(ctx: QuoteContext, verb: int, s_first: int) -> int | None:
    """(mD32, rv32_Q C7) "…, выйдя по УДО, об этом заявила его сестра", "…; об этом сообщают таксисты", "…, об
    этом она сообщила": "об этом" of the verb right after a comma or «;» points back at the clauses before it -
    that mark's index, else None.  Only punctuation-free words (a subject, a time) may stand between."""
    for k in range(verb - 1, max(s_first + 2, verb - ABOUT_THIS_GAP) - 1, -1):
        if ctx.tokens[k].pos == "PUNCT":
            return None
        if ctx.tokens[k].text.lower() == "этом" and (k == verb - 1 or ctx.tokens[k].head == verb) \
                and ctx.tokens[k - 1].text.lower() == "об" and ctx.tokens[k - 2].text in (",", ";"):
            if ctx.tokens[s_first].text.lower() == "как" or not _predicate_before(ctx, s_first, k - 2):
                return None  # ("Как передает X, об этом заявил Y": the words before the comma are a relay, no clause)
            if _told_someone(ctx, verb, s_first):
                return None
            return k - 2
    return None


# (cr32 F16) Words opening a subordinate clause: "Когда стало известно о пожаре, об этом сообщили жильцам" tells of
# an act of informing, no statement of a source.
SUBORDINATE_OPENERS = frozenset({"когда", "после", "если", "пока", "хотя", "как только", "едва"})


def _told_someone(ctx: QuoteContext, verb: int, s_first: int) -> bool:
    """(cr32 F16, F3) "…, об этом сообщили всем жильцам дома", "…, об этом он сообщил в полицию", "…, об этом мы писали
    ранее", "Когда стало известно …, об этом …": an act of informing someone, the outlet's own back-reference, or a
    subordinate clause - no source's statement of the clauses before."""
    first = ctx.tokens[s_first]
    if first.pos == "SCONJ" or first.text.lower() in SUBORDINATE_OPENERS:
        return True
    token = ctx.tokens[verb]
    subject = ctx.subject_of(verb)
    if token.feats.get("Person") == "1" or subject is not None and lemma(ctx.tokens[subject]) in ("я", "мы"):
        return True
    for kid in ctx.kids(verb, "iobj", "obl", "obj"):
        case = ctx.tokens[kid].feats.get("Case")
        prepositions = {ctx.tokens[c].text.lower() for c in ctx.kids(kid, "case")}
        if case == "Dat" and not prepositions or case == "Acc" and prepositions & {"в", "во"} \
                or case == "Dat" and prepositions & {"к", "ко"}:
            return True
    return False


def _spaced_hyphen(ctx: QuoteContext, k: int) -> bool:
    """(rc24) "…, - рассказал Нетёсов": a hyphen-minus standing alone between spaces (or after a
    comma) is a dash typed on a keyboard, as reprints and wire copy write it; a hyphen inside
    a word or a range ("6-ти", "2-3") is not."""
    token = ctx.tokens[k]
    if token.text != "-" or token.start == 0 or token.stop >= len(ctx.doc.text):
        return False
    return ctx.doc.text[token.start - 1] in " ,\n" and ctx.doc.text[token.stop] in " \n"


# "…, 28 сентября передает агентство Reuters", "…, в пятницу заявил X", "…, ранее сообщил X",
# "…, также отмечала X": a time phrase (or "также") between the comma and an inverted trailing frame's verb.
TIME_ADVERBS = frozenset({"сегодня", "вчера", "накануне", "ранее", "позже", "позднее", "утром", "вечером", "днем",
                          "днём", "ночью", "также", "тогда", "сейчас", "теперь", "впоследствии"})
TIME_NOUNS = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
                        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                        "октябрь", "ноябрь", "декабрь", "утро", "вечер", "день", "ночь", "неделя", "выходные", "месяц",
                        "год"})
TIME_MODIFIERS = frozenset({"в", "во", "на", "этот", "тот", "прошлый", "минувший", "же"})
CIRCUMSTANCE_WORDS = 4


def _circumstance_before(ctx: QuoteContext, verb: int, s_first: int) -> int | None:
    """Index of the comma before a short time phrase (a date, a weekday, "ранее", "в пятницу")
    that stands right before `verb`, else None.  A "не" that does not deny the content counts
    as well ("…, не исключают эксперты": a hedge, `NEGATION_KEEPS`)."""
    k = verb - 1
    timed = False
    while k > s_first and verb - k <= CIRCUMSTANCE_WORDS and ctx.tokens[k].text != ",":
        token = ctx.tokens[k]
        low, lem = token.text.lower(), lemma(token)
        if low in TIME_ADVERBS or lem in TIME_NOUNS or low.isdigit() and len(low) <= 4 \
                or low == "не" and k == verb - 1 and lemma(ctx.tokens[verb]) in NEGATION_KEEPS:
            timed = True
        elif low not in TIME_MODIFIERS and lem not in TIME_MODIFIERS:
            return None
        k -= 1
    if not timed or k <= s_first or k == verb - 1 or ctx.tokens[k].text != "," or ctx.in_span(ctx.tokens[k].start):
        return None
    return k


def _opens_colon(ctx: QuoteContext, verb: int, s_stop: int) -> bool:
    """(rv23_Q M2) "В телеграмме Президента, в частности, говорится:": a cue that ends its clause
    with a colon announces the words after it; what stands before it is its own frame (the
    source, a hedge), never a content it closes."""
    k = verb + 1
    while k < s_stop and ctx.tokens[k].pos != "PUNCT":
        k += 1
    return k < s_stop and ctx.tokens[k].text == ":"


def _predicate_before(ctx: QuoteContext, s_first: int, lead: int) -> bool:
    """(mq26, rv26_Q L4) "Говорить о … пока преждевременно, заявил X:": the words before the
    frame's comma hold the sentence's own predicate (its root, or a finite verb), so they are a
    clause the frame closes, whatever its colon announces next - unlike "В телеграмме
    Президента, в частности, говорится:", whose words before the cue are only its frame."""
    return any(ctx.tokens[k].rel == "root" or ctx.tokens[k].feats.get("VerbForm") == "Fin"
               for k in range(s_first, lead) if ctx.in_span(ctx.tokens[k].start) is None)


def _trailing_at(ctx: QuoteContext, i: int, s_first: int, s_stop: int, lead: int) -> Candidate | None:
    """The trailing frame of cue `i` whose content ends at the punctuation `lead`."""
    # ("…, продолжал он, …" set off by commas in the narration; a dash after a question is a dialogue's)
    relayed = _relayed_words_object(ctx, i)
    klass = ctx.is_cue(i) or (relayed is not None and "say") \
        or (lead == i - 1 and ctx.tokens[i - 1].text == ","
            and ctx.in_span(ctx.tokens[i].start) is None and ctx.goes_on_speaking(i) and "say")
    if not klass or ctx.tokens[i].feats.get("VerbForm") not in ("Fin", None) and not _document_participle(ctx, i):
        return None
    if ctx.tokens[i].feats.get("Mood") == "Imp":
        return None  # (dvL) "Если вас беспокоит …, обратитесь к врачу": an instruction to the reader reports nothing
    if lemma(ctx.tokens[i]) in TURNING_VERBS and not _turning_frames_words(ctx, i, s_first, lead):
        return None  # (cr29b L2) "Пенсионерка почувствовала себя плохо, обратилась она к врачам": help sought
    if _charge_follows(ctx, i) and not _predicate_before(ctx, s_first, lead):
        return None  # (mB32, rv32_Q C2) "33-летнего Петрова, сына мэра, обвиняют в хищении …": the accused, no content
    if ctx.complementizer(i, s_stop) is not None:
        return None
    if _opens_colon(ctx, i, s_stop) and not _predicate_before(ctx, s_first, lead):
        return None
    subject = ctx.subject_of(i)
    agreeing = _agreeing_subject_after(ctx, i)
    disagreeing = subject is not None and subject < lead and _not_its_subject(ctx, i, subject, agreeing)
    if disagreeing:
        subject = agreeing
    named = _named_after(ctx, i, s_stop) if subject is None else None
    subject = subject if named is None else named
    broken = _outlet_past_break(ctx, i, s_stop) if subject is None else None
    if broken is not None and broken >= 0:
        subject = named = broken
    if broken == -1 and _framed_before(ctx, s_first, lead):
        return None  # (mX35) "X “убивает” Y, заявил министр Z в интервью …, сообщает" + a lost outlet: Z's words
    if subject is None and relayed is not None:
        subject = relayed  # (dvN) "…, приводит слова Климкина." with the outlet lost: the words' owner speaks
    # (mD32) "…, об этом она сообщила в соцсетях": the subject after "об этом" is the frame's own
    fronted = subject is not None and lead < subject < i and ctx.tokens[lead + 1].text.lower() == "об"
    if subject is None or subject < i and not fronted:
        if not (subject is None and (ctx.tokens[i].feats.get("Number") == "Plur" or ctx.has_source(i)
                                     or broken is not None)):
            return None  # (an impersonal "…, говорится на сайте министерства" names its source)
    if subject is None and ctx.tokens[i].feats.get("Person") == "1":
        return None  # (rc24) "… - рассказываем в подробном обзоре": the author's own "we", no report
    if subject is None and any(ctx.tokens[k].feats.get("VerbForm") == "Inf" for k in ctx.kids(i, "xcomp")):
        return None  # (rv20_Q: "Участники пели «Марсельезу», призывали чтить ценности …": a predicate of the narration)
    if subject is None and _topic_after(ctx, i):
        return None  # "Депутаты провели встречу …, рассказали о своих планах": the narration's next predicate
    if subject is None and _object_takes_content_slot(ctx, i, s_first, s_stop):
        return None
    interrupted = _interrupted(ctx, i, subject, s_stop)
    if interrupted is not None:
        return interrupted
    rest = [k for k in range(i + 1, _frame_tail(ctx, i, subject, s_stop)) if ctx.tokens[k].pos != "PUNCT"
            and not _in_parentheses(ctx, k, i, s_stop)]
    if len(rest) > TRAILING_SHORT_FRAME and not _frame_words_only(ctx, i, rest):
        return None
    k = lead
    while k > s_first and (ctx.tokens[k].text in ",—–" or _spaced_hyphen(ctx, k)):
        k -= 1
    if k - s_first < 2:
        return None
    opening = [t.text.lower() for t in ctx.tokens[s_first:s_first + 4]]
    topic_question = opening[:3] == ["о", "том", ","] and opening[3:] != ["что"]
    if opening[:2] in (["об", "этом"], ["о", "том"]) and not topic_question:
        return None  # "Об этом заявил X, передает ТАСС": a source, not a second quote
    if topic_question and ctx.tokens[s_first + 1].head == i:
        # (dvC) "О том, каким должно быть питание …, рассказала врач": the frame's own verb takes the
        # embedded question, which names a topic only (not "О том, кто …, будет объявлено, говорится …")
        return None
    if _embedded_question(opening) and ctx.tokens[k].text != "?":
        return None  # (dv36a) "Что за вакцину …, выяснил «Курьер»": an embedded question names a topic only
    inner = k
    while inner > s_first and ctx.tokens[inner].text in "»”\"“'":
        inner -= 1
    span = ctx.in_span(ctx.tokens[inner].start)
    if span is not None and span.open_at < ctx.tokens[s_first].start:
        return None  # ("«… Я – его вдохновение», – написал X": the end of a longer quote, the direct rules' own)
    if _framed_quote_tail(ctx, s_first, lead):
        return None
    start, stop = ctx.extend_to_marks(ctx.tokens[s_first].start, ctx.tokens[k].stop)
    cand = verb_candidate(ctx, start, stop, i, "trailing", klass)
    if broken == -1:
        cand.speaker_head = cand.impersonal_verb = None  # (the outlet was lost: no one in the content speaks)
    if named is not None and cand.speaker_head is not None and cand.speaker_head < i and not cand.sources:
        cand.speaker_head = named  # (the name closing the frame, not a subject shared from the content)
    if cand.speaker_head is None and subject is not None:
        cand.speaker_head, cand.impersonal_verb = subject, None
    if disagreeing and cand.speaker_head is not None and cand.speaker_head < lead:
        # (the content's own noun is not who speaks: the frame's subject, or its place when impersonal)
        cand.speaker_head, cand.impersonal_verb = subject, (i if subject is None else None)
    return cand


def _charge_follows(ctx: QuoteContext, verb: int) -> bool:
    """(mB32, rv32_Q C2) "Ранее двух сотрудников банка – … – обвинили в домогательствах": a verb of accusing with its
    "в"-charge after it has its whole complement there; the noun phrase before its comma or dash is the accused (the
    fronted object), not words it closes."""
    return lemma(ctx.tokens[verb]) in ACCUSING_VERBS and any(
        c > verb and any(ctx.tokens[p].text.lower() in ("в", "во") for p in ctx.kids(c, "case"))
        for c in ctx.kids(verb, "obl", "nmod"))


# (cr29b L2) Nouns of the words one turns to someone with: "обратился к мэру с вопросом / с просьбой".
SPOKEN_REQUEST_NOUNS = frozenset({"вопрос", "просьба", "призыв", "слово", "заявление", "предложение", "требование",
                                  "обращение"})


def _turning_frames_words(ctx: QuoteContext, verb: int, s_first: int, lead: int) -> bool:
    """(cr29b L2) "…, обратился к премьеру X" frames the words before it only when they are marked as said
    (in marks, before a dash), address the hearer ("Как вы …?", "Помогите нам!"), or the verb names them
    ("обратились к мэру с просьбой"); "Мужчина потерял паспорт, обратился он к участковому" seeks help."""
    if ctx.tokens[lead].text in DASHES or _spaced_hyphen(ctx, lead):
        return True
    content = ctx.tokens[s_first:lead]
    if any(t.text in QUOTE_CHARS or t.text in ("?", "!") or t.feats.get("Person") in ("1", "2")
           or t.feats.get("Mood") == "Imp" for t in content):
        return True
    return any(lemma(ctx.tokens[k]) in SPOKEN_REQUEST_NOUNS and any(
        ctx.tokens[c].text.lower() in ("с", "со") for c in ctx.kids(k, "case")) for k in ctx.kids(verb, "obl", "nmod"))


# (cr29b L3) Objects that name the words before the frame themselves: "…, объяснили причину в авиакомпании".
CONTENT_NAMING_OBJECTS = frozenset({"причина", "подробность", "ситуация", "информация", "детали", "деталь", "суть"})


# (dvN) Verbs that relay someone's words given as their object: "…, приводит слова министра ТАСС".
WORDS_RELAY_FRAME_VERBS = frozenset({"приводить", "привести"})


def _relayed_words_object(ctx: QuoteContext, verb: int) -> int | None:
    """(dvN) "Транзит должен …, приводит слова министра Павла Климкина ТАСС": a finite verb of relaying
    (no speech verb itself) whose direct object, within three words after it, is a statement noun with a genitive
    owner - the trailing frame of the owner's words; that noun, else None."""
    token = ctx.tokens[verb]
    if lemma(token) not in WORDS_RELAY_FRAME_VERBS or token.feats.get("VerbForm") != "Fin" or ctx.negated(verb):
        return None
    words = next((k for k in ctx.kids(verb, "obj") if verb < k <= verb + 3
                  and lemma(ctx.tokens[k]) in STATEMENT_NOUNS and ctx.tokens[k].pos == "NOUN"), None)
    if words is None or not any(ctx.tokens[k].feats.get("Case") == "Gen" for k in ctx.kids(words, "nmod")):
        return None
    if any(lemma(ctx.tokens[k]) == "пример" for k in ctx.kids(verb, "obl")):
        return None  # ("приводит в пример слова X": words held up as an example, not the content before)
    return words


def _object_takes_content_slot(ctx: QuoteContext, verb: int, s_first: int, s_stop: int) -> bool:
    """(mR29, rv28_R cause 13) "Группа ученых … в статье, опубликованной в X, описывают результаты
    экспериментов": a subjectless verb with its own noun object says what it describes itself - the
    unquoted words before it are its (misparsed) subject and circumstances, not reported content."""
    objects = [k for k in ctx.kids(verb, "obj") if ctx.tokens[k].pos == "NOUN" and ctx.tokens[k].feats.get("Case") == "Acc"]
    if ctx.has_source(verb) or any(ctx.has_source(k) for k in objects):
        # (cr29b L3) "…, объяснили причину в авиакомпании" (the parse may hang the source on the object): an
        # object naming the content itself, said by the source
        objects = [k for k in objects if lemma(ctx.tokens[k]) not in CONTENT_NAMING_OBJECTS]
    # (an object naming an organisation or a person may be the misparsed subject: "…, проинформировал профсоюз X")
    return bool(objects) and not any(ctx.names_outlet(k) or ctx.personal(k) for k in objects) \
        and ctx.in_span(ctx.tokens[s_first].start) is None and ctx.tokens[s_first].text not in QUOTE_CHARS


def _framed_quote_tail(ctx: QuoteContext, s_first: int, lead: int) -> bool:
    """(dvG) "«… . Там ничего нет», – рассказали пассажиры в видео, сообщает Telegram-канал Mash": the
    sentence opens inside a quotation begun in an earlier sentence, which closes before this frame and has a
    frame of its own; the outlet relays that quote (its source), it does not say the quote's tail with its
    frame again."""
    span = ctx.in_span(ctx.tokens[s_first].start)
    if span is None or span.open_at >= ctx.tokens[s_first].start or span.stop > ctx.tokens[lead].start:
        return False
    return any(ctx.is_cue(k) for k in range(s_first, lead) if ctx.tokens[k].start >= span.stop)


# Pronouns of a topic that point back at the words before ("…, сообщили об этом в полиции").
TOPIC_ANAPHORS = frozenset({"это", "этот", "то", "тот"})


def _topic_after(ctx: QuoteContext, verb: int) -> bool:
    """(lead, twenty-fifth session) The verb has its own topic after it ("рассказали о своих
    планах", "сообщили о переносе"): a subjectless plural verb with a topic is a predicate of the
    narration's subject, not an impersonal frame of the words before it."""
    return any(c > verb and lemma(ctx.tokens[c]) not in TOPIC_ANAPHORS
               and any(ctx.tokens[p].text.lower() in ("о", "об", "обо") for p in ctx.kids(c, "case"))
               for c in ctx.kids(verb, "obl", "nmod"))


def _not_its_subject(ctx: QuoteContext, verb: int, subject: int, agreeing: int | None) -> bool:
    """(rc24) A noun before a trailing finite verb's comma the verb cannot agree with: a number
    mismatch, or a gender mismatch when an agreeing subject follows the verb (`agreeing`, from
    `_agreeing_subject_after`; a gender mismatch alone is a woman with a masculine title:
    "вице-спикер …, объявила")."""
    token, noun = ctx.tokens[verb], ctx.tokens[subject]
    if token.feats.get("VerbForm") != "Fin" or agrees(token, noun):
        return False
    number_clash = token.feats.get("Number") and noun.feats.get("Number") \
        and token.feats.get("Number") != noun.feats.get("Number") \
        and not ctx.kids(subject, "conj")  # ("Вдова, брат и сын …, заявили иск": coordinated nouns are plural)
    return bool(number_clash) or agreeing is not None


def _agreeing_subject_after(ctx: QuoteContext, verb: int) -> int | None:
    """(rc24) The trailing verb's own subject when the parse also gave it a word of the content that
    does not agree with it ("Эффективность вакцины — 92 процента, заявили в РФПИ", "Президент … был
    убит, подтвердила … его партия", "Компания отменяет …, проинформировали в …" with the verb joined
    to the narration's): the agreeing subject after the verb, else none (an impersonal frame)."""
    return next((k for k in ctx.kids(verb, "nsubj") if k > verb and agrees(ctx.tokens[verb], ctx.tokens[k])), None)


def _document_participle(ctx: QuoteContext, verb: int) -> bool:
    """(rv21_Q H2) "…, сказано в решении суда", "…, указано в письме": a short passive participle
    of a speech verb with a "в"-phrase of a document (a source noun, or any inanimate noun in the
    locative that is no time) is an impersonal cue like "говорится в …", whose issuer speaks."""
    token = ctx.tokens[verb]
    if token.feats.get("Variant") != "Short" or token.feats.get("Voice") != "Pass" \
            or token.feats.get("Number") == "Plur" or token.feats.get("Gender") not in ("Neut", None):
        return False
    for c in ctx.kids(verb, "obl", "nmod"):
        noun = ctx.tokens[c]
        if c > verb and any(ctx.tokens[p].text.lower() in ("в", "во") for p in ctx.kids(c, "case")) \
                and (ctx.lex.is_source(noun) or noun.pos == "NOUN" and noun.feats.get("Animacy") == "Inan"
                     and noun.feats.get("Case") == "Loc" and lemma(noun) not in TIME_NOUNS):
            return True
    return False


# Media verbs that close a paragraph whose outlet (a link the page lost) follows it, or is gone.
BROKEN_FRAME_CLASSES = frozenset({"media", "inform", "write"})
# "BBC .", "агентство Associated Press.": the words of an outlet standing alone after the break.
BROKEN_OUTLET_WORDS = 4


def _outlet_past_break(ctx: QuoteContext, verb: int, s_stop: int) -> int | None:
    """"…, однако таких людей часто убивали, пишет⏎⏎BBC . Верховный суд …" / "…, пишет⏎⏎со
    ссылкой на Reuters." / "…, сообщает⏎⏎Исламабад наложил …": a media verb ends its paragraph
    (the reprint lost the linked outlet's name, or moved it past the break).  The head of the
    outlet's name when the next paragraph opens with it alone (the source after "со ссылкой
    на"), -1 when the next paragraph is a sentence of its own (the speaker is unknown),
    None when the verb does not end a paragraph."""
    if ctx.lex.verb_class(ctx.tokens[verb]) not in BROKEN_FRAME_CLASSES or ctx.negated(verb) \
            or ctx.tokens[verb].feats.get("VerbForm") != "Fin" or ctx.in_span(ctx.tokens[verb].start) is not None \
            or any(ctx.tokens[k].pos != "PUNCT" for k in range(verb + 1, s_stop)):
        return None
    last = ctx.tokens[s_stop - 1]
    if last.text in (".", "!", "?", "…") or s_stop >= len(ctx.tokens):
        return None
    if "\n" not in ctx.doc.text[last.stop:ctx.tokens[s_stop].start]:
        return -1 if _lost_outlet_in_line(ctx, verb, s_stop) else None
    first = s_stop
    words = [t for t in ctx.tokens[first:first + BROKEN_OUTLET_WORDS + 3]]
    low = [t.text.lower() for t in words]
    skip = 3 if low[:3] == ["со", "ссылкой", "на"] else 0
    start = ctx.tokens[first + skip].start
    unit = ctx.unit_at(start)
    unit_stop = ctx.sentence_range(unit)[1] if unit is not None else first + skip + 1
    names = [m for m in ctx.res.mentions_in(start, ctx.tokens[unit_stop - 1].stop)
             if m.type in ("ORG", "MEDIA", "PER") and m.start - start <= len("агентство ")]
    rest = [k for k in range(first + skip, unit_stop) if ctx.tokens[k].pos != "PUNCT"]
    if names and len(rest) <= BROKEN_OUTLET_WORDS:
        return ctx.doc.token_span(names[0].start, names[0].stop)[0]
    if skip or not ctx.tokens[first].text[:1].isupper():
        return None  # (a lower-case line goes on with the frame: not a lost outlet)
    return -1


def _framed_before(ctx: QuoteContext, s_first: int, lead: int) -> bool:
    """A finite cue verb of someone named after it stands among the words a lost outlet's verb closes ("…, заявил
    министр Z в интервью изданию, сообщает"): they are that speaker's frame and words, not the outlet's report."""
    return any(ctx.is_cue(k) and ctx.tokens[k].feats.get("VerbForm") == "Fin"
               and any(c > k for c in ctx.kids(k, "nsubj")) for k in range(s_first, lead))


def _lost_outlet_in_line(ctx: QuoteContext, verb: int, s_stop: int) -> bool:
    """(dvE) "…, отпущена на свободу, сообщает По словам представителя МИД, …": the media verb is the
    last word of its sentence, with no stop, and the next sentence of the same line opens with a
    capital (`nlp.sentence_splits.LOST_OUTLET` cut there): the outlet's name is gone."""
    return verb == s_stop - 1 and (ctx.tokens[s_stop].text[:1].isupper() or _stray_opening_mark(ctx, s_stop)) \
        and ctx.tokens[verb - 1].text == ","


def _stray_opening_mark(ctx: QuoteContext, k: int) -> bool:
    """(mN34) The opening mark a lost link left, cut off by a space from the words after it: "…, передает « Пассажиры,
    приобретавшие билеты, …" (an outlet's quoted name is glued to its mark: "передает «Интерфакс»")."""
    return ctx.tokens[k].text == "«" and k + 1 < len(ctx.tokens) and ctx.tokens[k].stop < ctx.tokens[k + 1].start


def _frame_tail(ctx: QuoteContext, verb: int, subject: int | None, s_stop: int) -> int:
    """Where a trailing frame's own phrase ends: at a comma after the speaker opening a
    converb ("…, сообщил X, комментируя заявление Y") or a relative clause ("…, сказал X,
    слова которого приводит Y") or a time clause ("…, сказал X, когда …") - the speaker's
    circumstances, whatever the parse hung them on; else at the sentence end.  A comma
    before a conjunction ends it too ("…, объяснили в ведомстве, и …", "…, сказал X, а …"):
    the narration goes on."""
    if subject is not None and subject < verb:
        return s_stop
    for k in range((verb if subject is None else subject) + 1, s_stop - 1):
        if ctx.tokens[k].text != "," or ctx.in_span(ctx.tokens[k].start):
            continue
        after = [j for j in range(k + 1, min(k + 3, s_stop)) if ctx.tokens[j].pos != "PUNCT"]
        if after and ctx.tokens[after[0]].text.lower() in FRAME_TIME_CONJUNCTIONS:
            return k  # (mb24) "…, сказал X, когда журналисты спросили его …": when X spoke, the frame's own clause
        if after and lemma(ctx.tokens[after[0]]) in NARRATION_CONJUNCTIONS \
                and (ctx.tokens[after[0]].pos == "CCONJ" or lemma(ctx.tokens[after[0]]) == "однако") \
                and not _own_object(ctx, verb, k):  # (the tagger may call "однако" an adverb)
            return k
        if subject is not None and after and (ctx.tokens[after[0]].feats.get("VerbForm") == "Conv"
                                              or any(lemma(ctx.tokens[j]) in ("который", "чей") for j in after)):
            return k
    return s_stop


def _own_object(ctx: QuoteContext, verb: int, stop: int) -> bool:
    """The verb has a common-noun object before token `stop` ("…, опровергли работу в ГРУ,
    а также …"): a speech act with its own complement in a list of actions, no frame."""
    return any(k < stop and ctx.tokens[k].pos == "NOUN" and ctx.tokens[k].feats.get("Case") == "Acc"
               for k in ctx.kids(verb, "obj"))


def _in_parentheses(ctx: QuoteContext, k: int, first: int, s_stop: int) -> bool:
    """Token `k` stands inside "( … )" between `first` and `s_stop`: an aside such as an
    abbreviation ("Ассоциации туроператоров России (АТОР)"), whatever the parse hung it on."""
    opened = [j for j in range(first, k) if ctx.tokens[j].text == "("]
    return bool(opened) and not any(ctx.tokens[j].text == ")" for j in range(opened[-1], k)) \
        and any(ctx.tokens[j].text == ")" for j in range(k, s_stop))


def _frame_words_only(ctx: QuoteContext, verb: int, rest: list[int]) -> bool:
    """Every word after a trailing cue hangs on it through phrases, not clauses
    (no other finite verb, no clause relation on the way up), so the long tail
    is the speaker's description and the circumstances of the report."""
    if len(rest) > TRAILING_LONG_FRAME:
        return False
    for k in rest:
        if _time_word(ctx, k) or _inside_speaker_phrase(ctx, verb, k) or _phrase_hung_back(ctx, verb, k):
            continue  # (rc24: "…, сообщает РБК со ссылкой на источники в пятницу": a date hung on the content)
        path, node = [], k
        while node != verb:
            if node < verb or node < 0 or len(path) > len(rest):
                return False
            path.append(node)
            node = ctx.tokens[node].head
        # (a relative clause of a frame noun, or a second predicate coordinated with the cue
        # - "…, сообщил X, а затем покинул зал" - is the frame's own business)
        own = max((n for n, x in enumerate(path) if ctx.tokens[x].rel == "acl:relcl"
                   or ctx.tokens[x].rel == "conj" and ctx.tokens[x].head == verb), default=-1)
        if any(ctx.tokens[x].rel in _CLAUSE_RELS and not (ctx.tokens[x].rel == "conj" and _phrase_word(ctx.tokens[x]))
               or ctx.tokens[x].feats.get("VerbForm") == "Fin" for x in path[own + 1:]):
            # (nouns coordinated inside the description are not a clause: "защиты прав и благополучия")
            return False
    return True


def _inside_speaker_phrase(ctx: QuoteContext, verb: int, k: int) -> bool:
    """(mB27, rv27_Q cause 9) "…, заявил министр по европейским делам Румынии Джордже Чамба по итогам …": a word
    between the cue's subject after it and that subject's last word is the speaker's description, even when the
    parse hung it on the content ("Румынии" on "выхода")."""
    subjects = [s for s in ctx.kids(verb, "nsubj") if s > verb]
    if not subjects:
        return False
    first, last = ctx.res.subtree(subjects[0], frozenset({"punct", "parataxis", "acl:relcl", "conj"}))
    return subjects[0] < k < last and not any(ctx.tokens[j].pos == "PUNCT" for j in range(subjects[0], k))


# (mS36) The words of a noun phrase (no verb): what a prepositional phrase hung back on the content may hold.
HUNG_BACK_PHRASE_TAGS = NOMINAL | {"ADJ", "ADP", "CCONJ", "PUNCT"}


def _phrase_hung_back(ctx: QuoteContext, verb: int, k: int) -> bool:
    """(mS36) "…, сообщили участники рабочей группы в проекте предложений по финансированию такого доступа": a
    prepositional phrase after the cue's own subject that the parse hung back across the cue on a word of the content
    (an arc no reading of the sentence allows) is the frame's circumstance - a chain of nouns up to a noun with its
    preposition, no verb or clause on the way."""
    if not any(s > verb for s in ctx.kids(verb, "nsubj")):
        return False
    node, steps = k, 0
    while node > verb and steps <= TRAILING_LONG_FRAME:
        token = ctx.tokens[node]
        if token.pos not in HUNG_BACK_PHRASE_TAGS or token.rel in _CLAUSE_RELS and not _phrase_word(token):
            return False
        if 0 <= token.head < verb:
            return token.pos in ("NOUN", "PROPN") and any(ctx.tokens[c].pos == "ADP" for c in ctx.kids(node, "case"))
        node, steps = token.head, steps + 1
    return False


def _phrase_word(token) -> bool:
    """A conjunct that stays inside a noun phrase: a noun, or a full adjective ("профессор российской и
    европейской политики", rc24); a short adjective ("уверен") predicates a clause."""
    return token.pos in NOMINAL or token.pos == "ADJ" and token.feats.get("Variant") != "Short"


def _time_word(ctx: QuoteContext, k: int) -> bool:
    """A word of a time phrase: a weekday, month or "ранее", a day number, or a preposition or
    modifier of one ("в пятницу", "13 мая")."""
    token = ctx.tokens[k]
    if lemma(token) in TIME_NOUNS or token.text.lower() in TIME_ADVERBS \
            or token.text.isdigit() and len(token.text) <= 4:
        return True
    head = token.head
    return token.rel in ("case", "det", "amod", "nummod") and head >= 0 and lemma(ctx.tokens[head]) in TIME_NOUNS


# Participles of a document's arrival: the name after them received it, never said it
# ("в пресс-релизе, поступившем в редакцию X"; unlike "выпущенном X", which names its issuer).
RECEIPT_VERBS = frozenset({"поступить", "поступать", "прийти", "приходить", "направить", "направлять", "отправить",
                           "отправлять", "прислать", "присылать", "разослать", "рассылать", "попасть", "получить"})


def _named_after(ctx: QuoteContext, verb: int, s_stop: int) -> int | None:
    """"…, пишет бельгийская L’Echo.", "…, сообщает в понедельник, 27 апреля, Аin.ua.": a
    named source closing the sentence after a trailing verb (and its circumstances) that
    the parse left without a subject."""
    for k in range(verb + 1, min(verb + TRAILING_SHORT_FRAME + 1, s_stop)):
        token = ctx.tokens[k]
        found = [m for m in ctx.res.mentions_in(token.start, ctx.tokens[s_stop - 1].stop)
                 if m.type in ("ORG", "MEDIA", "PER") and m.start == token.start]
        if found:
            if _network_as_place(ctx, k, verb):
                return None  # (rv36_Q C3) "…, говорится в описании записи, размещенной на YouTube": where, not who
            _, last = ctx.doc.token_span(found[0].start, found[0].stop)
            rest = [j for j in range(last, s_stop) if ctx.tokens[j].pos != "PUNCT"]
            # (the name's own head: "в Уральской машиностроительной корпорации" is headed by its noun)
            heads = [j for j in range(k, last) if not k <= ctx.tokens[j].head < last and ctx.tokens[j].pos != "PUNCT"]
            if rest:
                return None
            name = heads[0] if ctx.tokens[k].pos == "ADJ" and len(heads) == 1 else k
            return _registered_office_over(ctx, name, verb) or name
        if token.feats.get("VerbForm") == "Fin" or token.rel.startswith("nsubj"):
            return None  # (another clause, or a subject of its own: not a bare frame)
        if token.feats.get("VerbForm") == "Part" and lemma(token) in RECEIPT_VERBS:
            return None  # ("…, сообщается в пресс-релизе, поступившем в редакцию X": the receiver, no source)
    return None


def _network_as_place(ctx: QuoteContext, k: int, verb: int) -> bool:
    """(rv36_Q C3) A social network or video platform after "в"/"на" in a modifier of the document noun ("в описании
    записи, размещенной на YouTube", "в сообщении ведомства во «ВКонтакте»") is the channel the document was put
    on, not the one who wrote it (hung on the cue itself - "сообщается во «ВКонтакте»" - it is all the frame has)."""
    preps = [p for p in ctx.kids(k, "case") if ctx.tokens[p].text.lower() in ("в", "во", "на")]
    if ctx.tokens[k].text.lower() not in SOCIAL_NETWORKS or not preps or ctx.tokens[k].head == verb:
        return False
    # (the document's words stand between: a noun or a participle, however the parse hung the network)
    return any(ctx.tokens[j].pos in ("NOUN", "PROPN") or ctx.tokens[j].feats.get("VerbForm") == "Part"
               for j in range(verb + 1, preps[0]))


def _registered_office_over(ctx: QuoteContext, name: int, verb: int) -> int | None:
    """(dvP) "…, говорится в сообщении офиса премьер-министра страны Терезы Мэй": the name closing the
    frame is the holder of a post under an office noun the registry knows as a body; the office speaks."""
    node, seen = ctx.tokens[name].head, set()
    while node > verb and node not in seen:
        seen.add(node)
        if ctx.res.office_of_post(node) is not None:
            return node
        node = ctx.tokens[node].head
    return None


# Conjunctions opening a clause of the frame's own time after "X сказал,": never the content.
FRAME_TIME_CONJUNCTIONS = frozenset({"когда", "пока"})


def _interrupted(ctx: QuoteContext, verb: int, subject: int | None, s_stop: int) -> Candidate | None:
    """"Санкции, отметил Маас, «никогда не являются самоцелью…»": a frame set off by
    commas inside the sentence; the content is the part after the frame.  An impersonal plural
    frame ends at its place instead ("Предлагаемые поправки, говорят в компании, остановят …")."""
    impersonal = subject is None
    if impersonal:
        subject = _impersonal_place(ctx, verb)
    if subject is None or subject < verb:
        return None
    after = ctx.res.subtree(subject, no_pp=True)[1]
    while after < s_stop and ctx.tokens[after].text in "»”\"":
        after += 1  # (an outlet's closing mark: "Между тем, пишет «Вестник», мост …")
    if after >= s_stop or ctx.tokens[after].text != "," or ctx.in_span(ctx.tokens[verb].start):
        return None
    words = [k for k in range(after + 1, s_stop) if ctx.tokens[k].pos != "PUNCT"]
    if not words:
        return None  # (nothing after the frame's comma: no content)
    if ctx.tokens[words[0]].text.lower() in FRAME_TIME_CONJUNCTIONS:
        return None  # (rc24) "…?» - сказала Биби, когда узнала вердикт": when the speaker spoke, not what
    if _closes_quote_before(ctx, verb) and not _reopens(ctx, after, words[0]):
        return None  # (mb24) "«…», — заявил X, совещание продолжилось …": the narration goes on, not X's words
    if impersonal and lemma(ctx.tokens[words[0]]) in NARRATION_CONJUNCTIONS:
        return None  # ("…, сообщили в компании, однако …": the narration goes on, whatever the tag of "однако")
    coordinated = words and ctx.tokens[words[0]].pos == "CCONJ" \
        and not any(ctx.tokens[k].text in DASHES for k in range(after, words[0]))  # ("…, – А вы …": a new line)
    if words and (ctx.tokens[words[0]].feats.get("VerbForm") in ("Conv", "Part") or coordinated
                  or any(ctx.tokens[k].head == verb for k in words)):
        return None  # "…», – подчеркнул Соловьев, продемонстрировав свои руки" / "…, а затем ушел": the verb's own phrase
    phrase_first, _ = ctx.res.subtree(subject)
    if any(ctx.tokens[k].head == subject or phrase_first <= ctx.tokens[k].head <= after for k in words) \
            or lemma(ctx.tokens[words[0]]) in ("который", "чей") or not any(
            ctx.tokens[k].feats.get("VerbForm") == "Fin" or ctx.tokens[k].rel == "root" for k in words) \
            or any(lemma(ctx.tokens[k]) in RELAY_VERBS | {"приводить", "привести"} for k in words[:4]):
        return None  # "…, рассказал врач, медицинский директор X": an apposition; "…, его слова приводит Y"
    if len(words) < 3 or any(ctx.lex.verb_class(ctx.tokens[k]) and ctx.tokens[k].feats.get("VerbForm") == "Fin"
                             and k < after + 3 for k in words):
        return None
    start, stop = ctx.extend_to_marks(ctx.tokens[after + 1].start, ctx.tokens[s_stop - 1].stop)
    return verb_candidate(ctx, start, stop, verb, "trailing", ctx.is_cue(verb) or "say")


# Quotation marks, opening or closing, as news text types them.
QUOTE_MARKS = "«»„“”\"'"


def _closes_quote_before(ctx: QuoteContext, verb: int) -> bool:
    """(mb24) The content before the frame ends with a quotation mark ("«…», — заявил X, …"):
    its words were marked, so the frame closes them; later words are X's only when marked too."""
    k = verb - 1
    while k >= 0 and (ctx.tokens[k].text in (",", "—", "–") or _spaced_hyphen(ctx, k)):
        k -= 1
    return k >= 0 and k < verb - 1 and ctx.tokens[k].text in QUOTE_MARKS


def _reopens(ctx: QuoteContext, comma: int, first_word: int) -> bool:
    """(mb24) The words after the frame's comma reopen the speech: a dash or a quotation mark
    stands before them ("…», — заявил X, — «…»"), or they lie inside quotation marks."""
    between = range(comma + 1, first_word)
    return any(ctx.tokens[k].text in DASHES or ctx.tokens[k].text in QUOTE_MARKS or _spaced_hyphen(ctx, k)
               for k in between) or ctx.in_span(ctx.tokens[first_word].start) is not None


def _impersonal_place(ctx: QuoteContext, verb: int) -> int | None:
    """(rc24) The "в/на/у"-phrase after a subjectless plural speech verb ("говорят в компании",
    "отметили в Берлине"): who speaks in an impersonal frame, and where the frame's words end."""
    token = ctx.tokens[verb]
    if token.feats.get("Number") != "Plur" or token.feats.get("VerbForm") != "Fin" \
            or ctx.kids(verb, "nsubj", "nsubj:pass"):
        return None
    return next((c for c in ctx.kids(verb, "obl") if c > verb and ctx.tokens[c].pos in ("NOUN", "PROPN")
                 and any(ctx.tokens[p].text.lower() in ("в", "во", "на", "у") for p in ctx.kids(c, "case"))), None)


def _about(ctx: QuoteContext, sentence: int, s_first: int, s_stop: int) -> Candidate | None:
    """"Об этом сообщил Песков." — the content is the sentence before."""
    low = [t.text.lower() for t in ctx.tokens[s_first:s_first + 3]]
    lemmas = [lemma(t) for t in ctx.tokens[s_first:s_first + 3]]
    if sentence == 0:
        return None
    relay = _leading_kak_clause(ctx, s_first, s_stop)
    if relay is not None:
        # "Как передает SalamNews со ссылкой на ТАСС, об этом заявил …"
        s_first = relay
        low = [t.text.lower() for t in ctx.tokens[s_first:s_first + 3]]
        lemmas = [lemma(t) for t in ctx.tokens[s_first:s_first + 3]]
    if low[:3] == ["о", "том", ","]:
        # "О том, что X, сообщил Y" gives X; "О том, кто сменит его, будет объявлено" is a topic
        return _about_clause(ctx, s_first, s_stop)
    if low[:2] in (["об", "этом"], ["о", "том"]):
        skip = 2
    elif low[:2] == ["в", "этом"] and _in_this(ctx, s_first + 1, ctx.tokens[s_first + 1].head):
        skip = 2  # "В этом глава правительства заверила парламент", "В этом признался X"
    elif low[:2] == ["с", "этим"] and len(lemmas) >= 3 and lemmas[2] in AGREEING:
        skip = 2  # "С этим согласен аналитик X": agreeing with the sentence before states it again
    elif low[:1] == ["это"] and ctx.tokens[s_first].rel == "obj" and ctx.is_cue(ctx.tokens[s_first].head):
        skip = 1  # "Это подтвердили в пресс-службе": the sentence before, told again by its object "это"
    elif len(lemmas) >= 2 and lemmas[0] in ("такой", "этот", "это", "подобный") and lemmas[1] in ANAPHORIC_OPINION:
        skip = 2  # "Такое мнение высказала Голубовская", "Такой прогноз дал аналитик"
    elif (cited := _anaphoric_report_object(ctx, s_first, s_stop)) is not None:
        if not _unframed(ctx, sentence - 1, sources_in_place_only=True):
            return None  # (the sentence before reports words of its own: "X заявила, что … . Позже эту версию подтвердила Y")
        start = ctx.unit_chars(_unframed_run_first(ctx, sentence - 1, _refers_back(ctx, cited)))[0]
        stop = ctx.unit_chars(sentence - 1)[1]
        cand = verb_candidate(ctx, start, stop, cited, "about", ctx.is_cue(cited) or "inform")
        cand.cue = lemma(ctx.tokens[cited])
        return cand
    elif (appearing := _appeared_with_statement(ctx, s_first, s_stop)) is not None:
        if _framed_antecedent(ctx, sentence - 1):
            return None  # (the sentence before has its own speaker: the frame adds nothing)
        start, stop = ctx.extend_to_marks(*ctx.unit_chars(sentence - 1))
        cand = verb_candidate(ctx, start, stop, appearing, "about", "say")
        cand.cue = f"{lemma(ctx.tokens[appearing])} с заявлением"
        return cand
    elif (concluding := _conclusion_reached(ctx, s_first, s_stop)) is not None:
        start, stop = ctx.extend_to_marks(*ctx.unit_chars(sentence - 1))
        return verb_candidate(ctx, start, stop, concluding, "about", "opinion")
    else:
        return _anaphor_after(ctx, sentence, s_first, s_stop)
    sharing = lemmas[1] in ANAPHORIC_OPINION if len(lemmas) >= 2 else False
    relay_len = _inner_relay_end(ctx, s_first + skip, s_stop) - s_first - skip
    verb = next((k for k in range(s_first + skip + relay_len, min(s_first + 6 + relay_len, s_stop))
                 if ctx.is_cue(k) or sharing and lemma(ctx.tokens[k]) in SHARING_VERBS), None)
    support = None
    if verb is None and sharing:
        support = _anaphor_support(ctx, s_first + 1, s_stop)
        verb = None if support is not None and _framed_antecedent(ctx, sentence - 1) else support
    governor = ctx.tokens[s_first + 1].head
    if verb is None and skip == 2 and governor > s_first + 1 and governor < s_stop and ctx.is_cue(governor):
        verb = governor  # "Об этом врио главы города Ивану Петрову рассказала директор …": a longer way to the verb
    if verb is None or ctx.complementizer(verb, s_stop) is not None or _future(ctx, s_first, verb):
        return None  # ("Об этом будет объявлено позднее": nothing has been said yet)
    if _unquoted_question(ctx, sentence - 1):
        return None
    before = sentence - 2 if sentence >= 2 and _writer_aside(ctx, sentence - 1) else sentence - 1
    start, stop = ctx.extend_to_marks(*ctx.unit_chars(before))
    if low[:2] in (["об", "этом"], ["о", "том"]) and start == ctx.unit_chars(before)[0]:
        start = ctx.unit_chars(_unframed_run_first(ctx, before, _refers_back(ctx, verb)))[0]
    cand = verb_candidate(ctx, start, stop, verb, "about", ctx.is_cue(verb) or "opinion")
    if support is not None:
        cand.cue = f"{lemma(ctx.tokens[support])} {lemmas[1]}"  # "сделать заявление"
    return cand


# (mA31) "Об этом заявил X" stands for at most this many unframed sentences of one paragraph before it.
ABOUT_RUN_SENTENCES = 4
# Sentence openers of background the report does not repeat ("Ранее …", "Напомним, …", "Как известно, …"), or of an
# example leaning on a sentence before it ("Например, …").
BACKGROUND_OPENERS = ("ранее", "напомним", "напомню", "кроме того", "между тем", "впрочем", "как известно",
                      "например", "в частности")


def _refers_back(ctx: QuoteContext, verb: int) -> bool:
    """The frame's speaker is a personal pronoun or a dropped subject ("Об этом он сказал", "Об этом сообщила"),
    which points to a person the sentences before name."""
    subject = ctx.subject_of(verb)
    return subject is None or ctx.tokens[subject].pos == "PRON"


def _unframed_run_first(ctx: QuoteContext, before: int, stop_at_person: bool = False) -> int:
    """(mA31, rv31_Q C11) "Минздрав ведет переговоры … . Платная вакцинация может … . Об этом сказал X": the
    first of the sentences "об этом" stands for - the one before the frame and the unframed sentences of the
    same paragraph before it (a verb, no quotation mark, no cue word, no according-to phrase, no question,
    no background opener), at most `ABOUT_RUN_SENTENCES` in all."""
    if not _unframed(ctx, before):
        return before
    first = before
    text = ctx.doc.text
    while first > 0 and before - first + 1 < ABOUT_RUN_SENTENCES:
        earlier = first - 1
        start, stop = ctx.unit_chars(earlier)
        part = ctx.doc.part_at(start)
        if "\n" in text[stop:ctx.unit_chars(first)[0]] or part is None or part.kind == "title" \
                or not _unframed(ctx, earlier) or stop_at_person and _names_person(ctx, start, stop):
            break  # (cr31 H4: with a pronoun speaker, a sentence naming someone is narration about the one it points to)
        first = earlier
    return first


def _names_person(ctx: QuoteContext, start: int, stop: int) -> bool:
    """A person's mention (or a role's) lies in [start, stop)."""
    return any(m.type in ("PER", "ROLE") for m in ctx.res.mentions_in(start, stop))


# (mD32) A short quoted name after a word ("Фигурант «московского дела» …"): a name, no one's words.
_QUOTED_NAME = re.compile(r"(?<=\w )[«\"„“][\w\- ]{1,40}[»\"“”]")


def _unframed(ctx: QuoteContext, unit: int, sources_in_place_only: bool = False) -> bool:
    """The sentence reports nobody's words of its own and is no aside or question of the writer (with
    `sources_in_place_only`, a source noun frames it only as the place of words: "в проекте", not "реализация проекта")."""
    s_first, s_stop = ctx.sentence_range(unit)
    start, stop = ctx.unit_chars(unit)
    words = ctx.doc.text[start:stop]
    if any(c in QUOTE_CHARS for c in _QUOTED_NAME.sub("", words)) or words.rstrip().endswith("?") \
            or re.match(rf"(?:{'|'.join(BACKGROUND_OPENERS)})\b", words.lower()):
        return False
    if not any(ctx.tokens[k].pos in ("VERB", "AUX") or ctx.tokens[k].feats.get("VerbForm") == "Part"
               for k in range(s_first, s_stop)):
        return False  # ("Москва, 5 ноября - АиФ-Москва.": a dateline, no statement)
    for k in range(s_first, s_stop):
        token = ctx.tokens[k]
        source = ctx.lex.is_source(token) and (not sources_in_place_only or any(
            ctx.tokens[p].text.lower() in ("в", "во", "на") for p in ctx.kids(k, "case")))
        if ctx.is_cue(k) or lemma(token) in AUTHOR_ASIDES or source \
                or token.text.lower() in ("по", "согласно") and k + 1 < s_stop \
                and (ctx.lex.is_frame(ctx.tokens[k + 1], "po") or ctx.lex.is_frame(ctx.tokens[k + 1], "soglasno")):
            return False
    return True


def _anaphor_support(ctx: QuoteContext, noun: int, s_stop: int) -> int | None:
    """(dvN) "Такое заявление сделал министр X", "Такой прогноз дал аналитик": the finite light verb
    whose object is the anaphoric noun, in the past (a statement made), with a person or an
    organisation as its subject; else None."""
    verbs = ANAPHOR_SUPPORT_VERBS.get(lemma(ctx.tokens[noun]))
    verb = ctx.tokens[noun].head
    if not verbs or not noun < verb < min(noun + 4, s_stop) or lemma(ctx.tokens[verb]) not in verbs \
            or ctx.tokens[verb].feats.get("VerbForm") != "Fin" or ctx.tokens[verb].feats.get("Tense") != "Past" \
            or ctx.negated(verb):
        return None
    subject = ctx.subject_of(verb)
    return verb if subject is not None and subject > verb and ctx.agentive(subject) else None


# Class nouns of bodies and sides that speak though the tagger calls them inanimate ("власти заявили").
SPEAKING_BODIES = ANAPHORIC_ORG | INTRODUCED_ORG | MEDIA_NOUNS | SIDE_NOUNS


# (mS36) An anaphoric report object that opens its sentence, perhaps after a time adverb, beyond "Такое мнение" /
# "Эту информацию" (`ANAPHORIC_OPINION`): "Данную информацию подтвердили в ГУВД", "Позднее эту информацию подтвердил
# X", "Такие данные приводят источники", "Такую цифру озвучивал X" - the sentence before is what X states.
ANAPHORIC_DATA_NOUNS = frozenset({"данные", "сведение", "сведения", "цифра"})
ANAPHORIC_DETERMINERS = frozenset({"такой", "этот", "данный", "указанный", "подобный"})
LEADING_TIME_ADVERBS = frozenset({"позднее", "позже", "впоследствии", "затем", "ранее"})
# Verbs that state data they cite ("привела данные", "озвучил цифру"), outside the cue lexicon (a `block` there).
DATA_CITING_VERBS = frozenset({"привести", "приводить", "озвучить", "озвучивать", "назвать", "называть"})


def _anaphoric_report_object(ctx: QuoteContext, s_first: int, s_stop: int) -> int | None:
    """(mS36) The verb of a sentence opening with an anaphoric report object that the older branch of `_about`
    leaves ("Данную информацию", "Позднее эту информацию", "Такие данные", "Такую цифру"): a finite active verb in the
    past or present, not negated, that takes the noun as its object and no predicate of it ("Эту информацию назвали
    фейком" calls it false)."""
    k = s_first + (1 if ctx.tokens[s_first].text.lower() in LEADING_TIME_ADVERBS else 0)
    if k + 2 >= s_stop:
        return None
    det, noun = ctx.tokens[k], ctx.tokens[k + 1]
    object_ = noun.rel == "obj" or noun.rel == "nsubj" and noun.feats.get("Case") == "Acc"  # (tagged right, parsed not)
    if lemma(det) not in ANAPHORIC_DETERMINERS or not object_ or det.head != k + 1:
        return None
    data = lemma(noun) in ANAPHORIC_DATA_NOUNS or noun.text.lower() in ANAPHORIC_DATA_NOUNS
    if not data and not (lemma(noun) in ANAPHORIC_OPINION and (k > s_first or lemma(det) in ("данный", "указанный"))):
        return None  # (the older branch reads "Такое мнение высказал X", "Эту информацию подтвердили в X")
    verb = noun.head
    token = ctx.tokens[verb] if 0 <= verb < s_stop else None
    if token is None or verb <= k + 1 or token.feats.get("VerbForm") != "Fin" or token.feats.get("Tense") == "Fut" \
            or ctx.negated(verb) or token.feats.get("Person") == "1":
        return None
    if not ctx.is_cue(verb) and lemma(token) not in DATA_CITING_VERBS or ctx.lex.verb_class(token) == "deny":
        return None  # (cr36: "Такие данные опроверг X" - X denies the sentence before, does not state it)
    if any(ctx.tokens[p].text.lower() in ("к", "ко") for c in ctx.kids(verb, "obl") for p in ctx.kids(c, "case")):
        return None  # ("Такие данные привели к панике": a result, not a citation)
    if any(ctx.tokens[c].feats.get("Case") == "Ins" and (ctx.tokens[c].pos in ("NOUN", "ADJ", "PROPN")
                                                         or ctx.tokens[c].feats.get("VerbForm") == "Part")
           and not ctx.tokens[c].rel.startswith("nsubj") and not ctx.kids(c, "case") for c in ctx.kids(verb)):
        return None  # ("Эту информацию назвали фейком": an evaluation of the report, not the report)
    if ctx.complementizer(verb, s_stop) is not None:
        return None
    return verb


def _framed_antecedent(ctx: QuoteContext, sentence: int) -> bool:
    """(dvN) The sentence holds its own report: a cue verb with a content clause and a person, an
    organisation or a group as its subject ("власти Молдовы заявили, что …"); an anaphoric frame
    after it names no new statement ("С данным заявлением выступил X" adds nothing)."""
    first, stop = ctx.sentence_range(sentence)
    for k in range(first, stop):
        if ctx.is_cue(k, need_clause=True) and ctx.complementizer(k, stop) is not None:
            subject = ctx.subject_of(k)
            if subject is not None and (ctx.agentive(subject) or lemma(ctx.tokens[subject]) in SPEAKING_BODIES):
                return True
    return False


def _appeared_with_statement(ctx: QuoteContext, s_first: int, s_stop: int) -> int | None:
    """(dvN) "С таким заявлением выступил глава компании X": the verb of a sentence that opens
    "С таким (этим, подобным) заявлением" + "выступить" in the past, not negated, with an agentive
    subject after it - the statement is the sentence before; else None."""
    words = ctx.tokens[s_first:s_first + 3]
    if len(words) < 3 or words[0].text.lower() not in ("с", "со") or lemma(words[1]) not in STATEMENT_ANAPHORS \
            or lemma(words[2]) != "заявление":
        return None
    verb = next((k for k in range(s_first + 3, min(s_first + 6, s_stop))
                 if lemma(ctx.tokens[k]) in APPEARING_WITH_VERBS and ctx.tokens[k].pos == "VERB"), None)
    if verb is None or ctx.negated(verb) or ctx.tokens[verb].feats.get("VerbForm") != "Fin" \
            or ctx.tokens[verb].feats.get("Tense") != "Past":
        return None
    subject = ctx.subject_of(verb)
    return verb if subject is not None and subject > verb and ctx.agentive(subject) else None


def _writer_aside(ctx: QuoteContext, unit: int) -> bool:
    """(mC28) "Джонсон ушел в отставку. Отметим, что это уже третий министр … Об этом сообщает X":
    a sentence opened by the writer's own commenting verb in the first person plural and a comma
    ("Отметим,", "Заметим,") is the outlet's aside, not the news "об этом" stands for; the sentence before it
    is (both in one paragraph).  Not "Напомним, …": a reminder often is the very fact the frame
    reports ("Напомним, 2018 год объявлен Годом добровольца. Об этом заявил Путин")."""
    first, _ = ctx.units[unit]
    verb, comma = ctx.tokens[first], ctx.tokens[first + 1] if first + 1 < len(ctx.tokens) else None
    if comma is None or comma.text != "," or verb.pos != "VERB" or lemma(verb) not in ASIDE_VERBS \
            or verb.feats.get("Person") != "1" or verb.feats.get("Number") != "Plur":
        return False
    earlier, _ = ctx.unit_chars(unit - 1)
    return "\n" not in ctx.doc.text[earlier:verb.start]


def _unquoted_question(ctx: QuoteContext, sentence: int) -> bool:
    """(dvG) "Стоит ли делать прививку …? Об этом и не только рассказал X": the writer's own question
    before "об этом" names the topic the speaker talked about, not words he said."""
    start, stop = ctx.unit_chars(sentence)
    return ctx.doc.text[start:stop].rstrip().endswith("?") and ctx.in_span(start) is None


# Nouns that, with "эта"/"эти", stand for the report of the sentence before ("подтвердили эту информацию").
ANAPHORIC_REPORTS = frozenset({"информация", "сведение", "сведения", "данные", "новость", "сообщение", "факт"})
# Words of the anaphor ("об этом", "это", "эту информацию", "данные сведения").
ANAPHOR_WORDS = frozenset({"этом", "это", "этот", "эту", "эти", "данный", "данную", "данные"})
# A sentence that only frames the one before is this short.
ANAPHORIC_FRAME_WORDS = 14


def _anaphor_after(ctx: QuoteContext, sentence: int, s_first: int, s_stop: int) -> Candidate | None:
    """"Российский поставщик сообщил об этом, сославшись на указ …", "В МВД подтвердили эту
    информацию.", "Так считают в МЭА.": a short sentence whose main speech verb takes the
    sentence before as its anaphoric object ("об этом"/"это"/"эту информацию" after the verb)
    or opens with "Так" - the content is the sentence before (unless that one is a frame itself)."""
    verb = None
    first = ctx.tokens[s_first]
    if first.text.lower() == "так" and first.head == s_first + 1 and s_first + 1 < s_stop \
            and ctx.lex.verb_class(ctx.tokens[s_first + 1]) in ("say", "opinion", "inform", "claim", "media"):
        verb = s_first + 1  # "Так считают в МЭА", "Так заявил глава ведомства"
    elif any(ctx.tokens[k].text.lower() in ANAPHOR_WORDS for k in range(s_first, s_stop)):
        for k in range(s_first, s_stop):
            token = ctx.tokens[k]
            head = token.head
            if not s_first <= head < k or ctx.tokens[head].rel != "root" or not ctx.is_cue(head):
                continue
            if token.text.lower() == "этом" and any(ctx.tokens[c].text.lower() == "об" for c in ctx.kids(k, "case")) \
                    or _in_this(ctx, k, head) \
                    or token.text.lower() == "это" and token.rel == "obj" \
                    or token.rel == "obj" and lemma(token) in ANAPHORIC_REPORTS and any(
                        lemma(ctx.tokens[d]) in ("этот", "данный") for d in ctx.kids(k, "det")):
                verb = head
                break
    if verb is None or ctx.negated(verb) or ctx.tokens[verb].feats.get("VerbForm") != "Fin" \
            or ctx.complementizer(verb, s_stop) is not None or _future(ctx, s_first, verb) \
            or ctx.in_span(ctx.tokens[verb].start) is not None or ctx.tokens[verb].feats.get("Person") == "1" \
            or ctx.tokens[verb].feats.get("Mood") == "Imp":
        return None  # ("Я заявил об этом Помпео, сказал он": the speaker's own words; "Сообщите об этом нам": a request)
    if any(ctx.tokens[k].feats.get("Case") == "Ins" and ctx.tokens[k].pos in ("NOUN", "PROPN", "PRON")
           and not ctx.tokens[k].rel.startswith("nsubj") for k in ctx.kids(verb)) \
            or any(k != verb and ctx.is_cue(k) and not (ctx.tokens[k].feats.get("VerbForm") == "Conv"
                                                         and ctx.tokens[k].head == verb) for k in range(s_first, s_stop)):
        return None  # ("Он объяснил это волнением": a reason given, no report; a second frame in the sentence)
    # (the frame's own words: up to a comma after the verb - "…, сославшись на указ …" is its circumstance)
    end = next((k for k in range(verb + 1, s_stop) if ctx.tokens[k].text == ","), s_stop)
    if sum(1 for k in range(s_first, end) if ctx.tokens[k].pos != "PUNCT") > ANAPHORIC_FRAME_WORDS:
        return None
    p_first, p_stop = ctx.sentence_range(sentence - 1)
    before = [t.text.lower() for t in ctx.tokens[p_first:p_first + 2]]
    if before in (["об", "этом"], ["о", "том"]) or before[:1] == ["это"]:
        return None  # (the sentence before is a frame of its own: its antecedent is already quoted)
    if sum(1 for k in range(p_first, p_stop) if ctx.tokens[k].pos != "PUNCT") < 3:
        return None
    start, stop = ctx.extend_to_marks(*ctx.unit_chars(sentence - 1))
    return verb_candidate(ctx, start, stop, verb, "about", ctx.is_cue(verb) or "opinion")


def _in_this(ctx: QuoteContext, k: int, verb: int) -> bool:
    """"В этом глава правительства заверила парламент", "В этом признался X": "в этом" as the
    complement of a verb of assuring or admitting (not "в этом году", a determiner; not an accusation,
    whose object is someone else)."""
    token = ctx.tokens[k]
    return token.text.lower() == "этом" and token.rel in ("obl", "iobj", "obj") and verb >= 0 \
        and any(ctx.tokens[c].text.lower() in ("в", "во") for c in ctx.kids(k, "case")) \
        and lemma(ctx.tokens[verb]) not in ACCUSING_VERBS


def _future(ctx: QuoteContext, first: int, verb: int) -> bool:
    """The speech verb is in the future ("сообщит", "будет объявлено"): an act still to come."""
    if ctx.tokens[verb].feats.get("Tense") == "Fut":
        return True
    return any(ctx.tokens[k].text.lower() in ("будет", "будут") for k in range(first, verb))


# "О том, что …, премьер-министр Тереза Мэй заявила": words of the subject between the clause's comma and the verb.
FRONTED_SUBJECT_WORDS = 6


def _about_clause(ctx: QuoteContext, s_first: int, s_stop: int) -> Candidate | None:
    """"О том, что завод закрыт, сообщил директор": the "что"-clause before the verb "о том" hangs on."""
    if s_first + 4 >= s_stop or ctx.tokens[s_first + 3].text.lower() != "что":
        return None  # ("О том, кто займет пост, будет объявлено позднее": an embedded question names a topic)
    verb = ctx.tokens[s_first + 1].head
    if not s_first + 4 < verb < s_stop or not ctx.is_cue(verb) or _future(ctx, s_first, verb):
        return None
    # (the clause ends in the comma before the verb, or before the subject that stands
    # before the verb: "О том, что …, Мэй заявляла 6 июля")
    comma = next((k for k in range(verb - 1, max(s_first + 4, verb - FRONTED_SUBJECT_WORDS - 2), -1)
                  if ctx.tokens[k].text in ",—–"), None)
    if comma is None or any(ctx.tokens[k].pos in ("VERB", "AUX", "SCONJ") or ctx.tokens[k].text in "«»\""
                            for k in range(comma + 1, verb)):
        return None
    last = comma - 1
    while last > s_first + 4 and ctx.tokens[last].text in ",—–":
        last -= 1
    if last - (s_first + 4) < 2:
        return None  # (the clause must end in the comma before the verb)
    start, stop = ctx.extend_to_marks(ctx.tokens[s_first + 4].start, ctx.tokens[last].stop)
    return verb_candidate(ctx, start, stop, verb, "about", ctx.is_cue(verb) or "say")


# (dvC) "К такому выводу пришли авторы исследования": reaching the conclusion of the sentence
# before states it; the verbs of "прийти к выводу" and the anaphoric determiners before "выводу".
CONCLUSION_VERBS = frozenset({"прийти", "приходить"})
CONCLUSION_ANAPHORS = frozenset({"такой", "этот", "подобный", "аналогичный", "тот"})
CONCLUSION_WORDS = 6


def _conclusion_reached(ctx: QuoteContext, s_first: int, s_stop: int) -> int | None:
    """The verb of a sentence that opens "К такому (этому) выводу пришел/пришли X" with its subject
    agentive (a person, an institution, researchers); not in the future and not negated."""
    words = ctx.tokens[s_first:s_first + 3]
    if len(words) < 3 or words[0].text.lower() != "к" or lemma(words[1]) not in CONCLUSION_ANAPHORS \
            or lemma(words[2]) != "вывод":
        return None
    verb = next((k for k in range(s_first + 3, min(s_first + 3 + CONCLUSION_WORDS, s_stop))
                 if lemma(ctx.tokens[k]) in CONCLUSION_VERBS and ctx.tokens[k].pos == "VERB"), None)
    if verb is None or ctx.negated(verb) or _future(ctx, s_first, verb) \
            or ctx.tokens[verb].feats.get("VerbForm") != "Fin":
        return None
    subject = ctx.subject_of(verb)
    return verb if subject is not None and ctx.agentive(subject) else None


def _inner_relay_end(ctx: QuoteContext, k: int, s_stop: int) -> int:
    """(mC30) "Об этом, как сообщает Breaking Defense, заявил министр …": a relay clause "как + verb …" set off
    by commas right after the anaphor names the outlet that passes the report on; the report's own verb comes
    after it.  The token after its closing comma (else `k`)."""
    if not (k + 2 < s_stop and ctx.tokens[k].text == "," and ctx.tokens[k + 1].text.lower() == "как"
            and lemma(ctx.tokens[k + 2]) in RELAY_VERBS | {"сообщаться"}):
        return k
    close = next((j for j in range(k + 3, min(k + 12, s_stop)) if ctx.tokens[j].text == ","), None)
    return close + 1 if close is not None else k


def _leading_kak_clause(ctx: QuoteContext, s_first: int, s_stop: int) -> int | None:
    """Token after "Как сообщает X[ со ссылкой на Y]," when the sentence opens with
    such a relay clause and goes on with "об этом"."""
    if ctx.tokens[s_first].text.lower() != "как":
        return None
    for k in range(s_first + 2, min(s_first + 12, s_stop - 2)):
        if ctx.tokens[k].text == ",":
            nxt = [t.text.lower() for t in ctx.tokens[k + 1:k + 3]]
            return k + 1 if nxt in (["об", "этом"], ["о", "том"]) else None
    return None
