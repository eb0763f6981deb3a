"""Choosing among overlapping candidates: reports nested in reports are settled
first, then the better-attributed rule wins each overlap (`PRIORITY`).
"""
from __future__ import annotations

from khronika.quotes.candidate import Candidate
from khronika.quotes.clauses import INSTITUTION_NOUNS
from khronika.quotes.context import ACCUSING_VERBS, NAMING_VERBS, RELAY_VERBS, QuoteContext, implicative_infinitive
from khronika.quotes.cues import lemma
from khronika.quotes.speakers import ORG_CLASS_NOUNS, SOCIAL_NETWORKS


# Two candidates are the same quote when they share this share of the shorter one.
SAME_QUOTE_OVERLAP = 0.5
# Rules of framed direct speech: a clause or frame whose cue lies inside one of these is its words
# (an interview's answer too, `interview`: speech reported inside the interviewee's words is no quote of its own).
DIRECT_RULES = ("dash", "colon", "block", "split", "headline", "answer")
PRIORITY = {"topic": 5, "dash": 0, "colon": 1, "block": 1, "split": 0, "clause": 2, "frame": 3, "trailing": 4,
            "headline": 2, "about": 5, "continuation": 6, "answer": 6}


def merge(ctx: QuoteContext, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that stand for distinct quotes (one per overlap, best rule first)."""
    # Clauses whose cue sits inside a chosen direct quote belong to that quote.
    direct = [c for c in candidates if c.rule in DIRECT_RULES]
    candidates = _prefer_nested(ctx, candidates)
    candidates = _drop_participial_frames_in_trailing(ctx, candidates)
    candidates = _drop_directed_infinitives(ctx, candidates)
    candidates = _drop_future_acts(ctx, candidates)
    candidates = _trailing_relay_of_frame(ctx, candidates)
    _split_frame_at_colon_quote(ctx, candidates)
    _cut_clause_before_inner_frame(ctx, candidates)
    _cut_ownerless_according_opening(ctx, candidates)
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (PRIORITY[c.rule], c.start)):
        if cand.rule not in DIRECT_RULES and cand.cue_token is not None and any(
            d.start <= ctx.tokens[cand.cue_token].start < d.stop for d in direct
        ):
            continue
        if cand.rule == "topic" and cand.cue_token is not None and any(
                k.cue_token == cand.cue_token and k.rule in DIRECT_RULES for k in kept):
            continue  # ("«…», — сообщила о смерти певца его подруга": the topic names what the words are about)
        clash = next((k for k in kept if _overlap(k, cand) >= SAME_QUOTE_OVERLAP and not _nested_in_block(k, cand)),
                     None)
        if clash is None:
            kept.append(cand)
        elif clash.rule in ("dash", "colon", "split") and cand.rule == "clause" and cand.start <= clash.start \
                and cand.stop >= clash.stop and cand.stop - cand.start > clash.stop - clash.start:
            # "заявил, что «…»": the clause holding the quoted words is one mixed quote.
            kept[kept.index(clash)] = cand
        elif clash.rule in ("trailing", "about") and cand.rule in ("clause", "frame"):
            kept[kept.index(clash)] = cand
        elif cand.rule == "about" and clash.rule in ("clause", "frame"):
            _reporter_as_source(ctx, cand, clash)
        elif _own_frame_inside(ctx, clash, cand):
            # "X объявил об отмене рейсов. Об этом сказано в сообщении", "X рассказала о …, пишет RT":
            # the sentence has its own frame; a trailing outlet relays it
            if clash.rule == "trailing" and clash.speaker_head is not None:
                relay = ctx.res.from_head(clash.speaker_head)
                if relay is not None:
                    cand.sources.append(relay.name)
            kept[kept.index(clash)] = cand
    return kept


def _reporter_as_source(ctx: QuoteContext, about: Candidate, framed: Candidate) -> None:
    """(mC40, rv40_Q C6) "По оценкам специалистов, завод теряет 7 млн. Об этом сообщил эксперт Иван Орлов": the
    antecedent's own frame names who speaks; the one "Об этом" reports it relays those words (double attribution),
    so he joins the chain rather than being dropped with the anaphoric record."""
    if about.speaker_head is None or framed.speaker_head is None or about.cue_token is None \
            or ctx.tokens[about.speaker_head].pos == "PRON" or not _opens_with_about_this(ctx, about.cue_token):
        return  # ("Об этом он объявил": the pronoun is the antecedent's own speaker; "Эту информацию подтвердила
        # X", "Сам Y назвал это …": a confirmation or a reply, not a relay)
    if _second_teller(ctx, about.cue_token, about.speaker_head):
        return
    reporter = ctx.res.from_head(about.speaker_head)
    owner = ctx.res.from_head(framed.speaker_head)
    if reporter is None or owner is not None and owner.name == reporter.name:
        return
    names = about.sources + _networks_of(ctx, about.cue_token) + [reporter.name]
    framed.sources.extend(n for n in dict.fromkeys(names) if n not in framed.sources)


# (cr40 F6) Words that mark one more person saying the same, not one passing the words on: "Об этом же сообщил и …".
SAME_TOO_WORDS = frozenset({"же", "также", "тоже"})


def _second_teller(ctx: QuoteContext, verb: int, subject: int) -> bool:
    """(cr40 F6) "Об этом же / также сообщил и его заместитель": "же", "также", "тоже" before the subject, or a
    focus "и" right before it, add a second speaker of the same thing - no relay of the antecedent's words."""
    first = ctx.sentence_range(ctx.sent_of_token(verb))[0]
    subject_first = ctx.res.subtree(subject)[0]
    # (the parse may hang the focus "и" on the subject, inside its phrase)
    before = [t.text.lower() for t in ctx.tokens[first:subject_first + 1]]
    return bool(SAME_TOO_WORDS & set(before)) or "и" in before[-2:]


def _opens_with_about_this(ctx: QuoteContext, verb: int) -> bool:
    """The verb's sentence opens with "Об этом" / "О том" (the relay frame)."""
    first, stop = ctx.sentence_range(ctx.sent_of_token(verb))
    return [t.text.lower() for t in ctx.tokens[first:min(first + 2, stop)]] in (["об", "этом"], ["о", "том"])


def _networks_of(ctx: QuoteContext, verb: int | None) -> list[str]:
    """The social networks the verb's "в/на"-places name ("на своей странице в Facebook сообщил"), as written when
    the name does not decline ("ВКонтакте", "Facebook"), else by lemma ("Фейсбук")."""
    if verb is None:
        return []
    found: list[str] = []
    for c in ctx.kids(verb, "obl"):
        if not {ctx.tokens[p].text.lower() for p in ctx.kids(c, "case")} & {"в", "во", "на"}:
            continue
        first, last = ctx.res.subtree(c)
        for token in ctx.tokens[first:last]:
            name = token.text.strip("«»\"")
            if name.lower() in SOCIAL_NETWORKS or lemma(token) in SOCIAL_NETWORKS:
                found.append(name if name.lower() == lemma(token).lower() or name[:1].isascii() and name[:1].isalpha()
                             else lemma(token).capitalize())
    return found


def _own_frame_inside(ctx: QuoteContext, outer: Candidate, topic: Candidate) -> bool:
    """A topic frame ("X объявил об …") of a main clause, with its named or agentive subject,
    inside the sentence an anaphoric or trailing frame takes as its content."""
    if outer.rule not in ("about", "trailing") or topic.rule != "topic" or topic.speaker_head is None \
            or topic.cue_token is None:
        return False
    verb, subject = ctx.tokens[topic.cue_token], ctx.tokens[topic.speaker_head]
    return outer.start <= verb.start < outer.stop and outer.start <= subject.start \
        and (ctx.agentive(topic.speaker_head) or ctx.names_outlet(topic.speaker_head)
             or implicative_infinitive(ctx, topic.cue_token)
             and lemma(subject) in INSTITUTION_NOUNS | ORG_CLASS_NOUNS) \
        and (verb.feats.get("VerbForm") == "Fin" and verb.rel in ("root", "conj", "parataxis")
             or implicative_infinitive(ctx, topic.cue_token))



def _prefer_nested(ctx: QuoteContext, candidates: list[Candidate]) -> list[Candidate]:
    """Settle reports inside reports before the overlap merge:
    "Сообщается, что исламисты заявили, что …" - the named inner speaker wins
    over an impersonal frame with no source; "Q. Об этом заявил Климкин" -
    Климкин's statement wins over a clause inside Q whose subject is not a person."""
    drop: set[int] = set()
    for cand in candidates:
        if cand.rule == "clause" and cand.cue_token is not None and _adverbial_mark(ctx, cand.cue_token) == "если":
            # (q21) "если в распечатке указано, что …": a report only supposed is no statement
            drop.add(id(cand))
    for outer in candidates:
        for inner in candidates:
            if inner is outer or inner.cue_token is None:
                continue
            at = ctx.tokens[inner.cue_token].start
            if not outer.start <= at < outer.stop:
                continue
            if inner.rule == "clause" and _adverbial_mark(ctx, inner.cue_token) is not None and (
                    outer.cue_token is None or not outer.start <= ctx.tokens[outer.cue_token].start < outer.stop):
                # (q21) "…, если исследования подтвердят, что …, отметил X", "По словам X, Y выжил потому,
                # что не считает себя жертвой": a cue verb in an adverbial clause of the outer content is
                # part of those words, not a report of its own
                drop.add(id(inner))
                continue
            if outer.rule == "clause" and inner.rule == "clause" and outer.speaker_head is None \
                    and outer.impersonal_verb is not None and not ctx.has_source(outer.impersonal_verb) \
                    and inner.speaker_head is not None:
                drop.add(id(outer))
            if _impersonal_report_of_topic(ctx, outer, inner):
                drop.add(id(outer))
            if outer.rule == "frame" and inner.rule == "clause" and inner.speaker_head is None \
                    and inner.impersonal_verb is not None and not ctx.has_source(inner.impersonal_verb) \
                    and outer.speaker_head is not None:
                # "По словам Лукашенко, не исключено, что …": the impersonal clause is the
                # named owner's words
                drop.add(id(inner))
            if outer.rule == "about" and inner.rule in ("clause", "frame", "trailing") \
                    and not ctx.personal(inner.speaker_head):
                if _framed_by_named_place(ctx, inner, outer):
                    # (mF39, rv39_Q C6a) "В Кабмине заявили, что Q. Об этом сообщает НБН, ссылаясь на
                    # пресс-службу": the antecedent has its own frame; the anaphoric reporter only relays it
                    drop.add(id(outer))
                    _relay_into(ctx, outer, inner)
                elif inner.rule == "trailing" and ctx.names_outlet(inner.speaker_head) \
                        and inner.start <= outer.start + 2:
                    # "Q, пишет L’Echo. Об этом объявил X": Q already has its own frame.
                    drop.add(id(outer))
                else:
                    drop.add(id(inner))
            if outer.rule == "clause" and inner.rule == "clause" and inner.speaker_head is not None \
                    and outer.speaker_head is not None and inner.stop >= outer.stop - 2 \
                    and _opens_content(ctx, outer, inner):
                # "Марк отметил, что рабочие Visteon рассказали, что …": one quote, the
                # inner speaker speaks and the outer one is the source.
                drop.add(id(outer))
                relay = ctx.res.from_head(outer.speaker_head)
                if relay is not None:
                    inner.sources.append(relay.name)
            comma = _frame_opens_clause(ctx, outer, inner)
            if comma is not None:
                # (dvI) "…писал о том, что, по мнению немецких политиков, такое поведение …": the
                # according-to frame opening the reported clause names whose words they are; the
                # reporter relays them (double attribution, like "пишет X со ссылкой на Y")
                drop.add(id(outer))
                relay = ctx.res.from_head(outer.speaker_head) if outer.speaker_head is not None else None
                if relay is not None and relay.name not in inner.sources:
                    inner.sources.append(relay.name)
                inner.start, inner.stop = ctx.tokens[comma + 1].start, outer.stop
            if outer.rule == "frame" and inner.rule in ("clause", "topic") and inner.speaker_head is not None \
                    and outer.speaker_head is not None and inner.stop >= outer.stop - 2 \
                    and _subject_opens_content(ctx, outer, inner):
                # (rv20_Q M2) "Как сообщает радиостанция Europe 1, глава МВД Дарманен заявил о намерении …",
                # "По словам A, B рассказал, что …": one quote, the inner speaker speaks and the frame's
                # owner is the source
                drop.add(id(outer))
                relay = ctx.res.from_head(outer.speaker_head)
                inner_ref = ctx.res.from_head(inner.speaker_head)
                if relay is not None and relay.name not in inner.sources \
                        and (inner_ref is None or inner_ref.name != relay.name):
                    inner.sources.append(relay.name)
    return [c for c in candidates if id(c) not in drop]


def _framed_by_named_place(ctx: QuoteContext, inner: Candidate, outer: Candidate) -> bool:
    """(mF39) A clause of the anaphoric frame's antecedent with its own impersonal speech verb whose place names
    who spoke ("В Кабинете министров заявили, что …", "в пресс-службе сообщили, что …"), a finite verb of the
    antecedent's main clause, before the anaphoric frame's own sentence."""
    if inner.rule != "clause" or inner.speaker_head is not None or inner.impersonal_verb is None \
            or outer.cue_token is None or inner.cue_token != inner.impersonal_verb:
        return False
    if outer.speaker_head is not None and ctx.personal(outer.speaker_head) \
            and _relaying_outlet_after(ctx, outer.cue_token) is None:
        # (mC39, cr39 F8) "Об этом сообщил адвокат Иван Петров": a person reporting is the speaker, as before;
        # unless an outlet passes the whole report on ("Об этом сообщил глава ведомства Ф., пишет Газета.Ru"),
        # where the person is one relay link of the place's words
        return False
    verb = ctx.tokens[inner.impersonal_verb]
    return verb.feats.get("VerbForm") == "Fin" and verb.rel in ("root", "conj", "parataxis") \
        and ctx.has_source(inner.impersonal_verb) and inner.stop <= ctx.tokens[outer.cue_token].start \
        and not _contrasting_clause_in(ctx, inner)


# (mC39, cr39 F7) Conjunctions after a comma that open the reporter's own contrasting clause
# ("…, однако депутаты с этим не согласны"), which the clause rule's span may run on over.
CONTRAST_CONJUNCTIONS = frozenset({"а", "но", "однако"})


def _contrasting_clause_in(ctx: QuoteContext, inner: Candidate) -> bool:
    """The inner content holds ", а / но / однако" followed by a subject of its own: the span may carry the
    reporter's words past the place's, so the outer record is kept."""
    first, last = ctx.doc.token_span(inner.start, inner.stop)
    for k in range(first + 1, last):
        if ctx.tokens[k - 1].text != "," or lemma(ctx.tokens[k]) not in CONTRAST_CONJUNCTIONS:
            continue
        if any(ctx.tokens[j].rel.startswith("nsubj") and ctx.tokens[j].head > k for j in range(k + 1, last)):
            return True
    return False


def _relay_into(ctx: QuoteContext, outer: Candidate, inner: Candidate) -> None:
    """The anaphoric frame's reporter (and whom it cites) join the inner quote's source chain."""
    names = [name for name in (_relaying_outlet_after(ctx, outer.cue_token),) if name is not None] + outer.sources
    relay = ctx.res.from_head(outer.speaker_head) if outer.speaker_head is not None else None
    if relay is not None:
        names.append(relay.name)
    inner.sources.extend(n for n in names if n not in inner.sources)


def _relaying_outlet_after(ctx: QuoteContext, verb: int | None) -> str | None:
    """"Об этом сообщил X, пишет «Газета.Ru»": the outlet of a relay verb after a comma later in the frame's
    sentence, which passes the whole report on."""
    if verb is None:
        return None
    _, s_stop = ctx.sentence_range(ctx.sent_of_token(verb))
    for k in range(verb + 2, s_stop):
        if ctx.tokens[k - 1].text == "," and lemma(ctx.tokens[k]) in RELAY_VERBS:
            subject = ctx.subject_of(k)
            ref = ctx.res.from_head(subject) if subject is not None else None
            if ref is not None:
                return ref.name
    return None


# (dvL) Non-finite verb forms: a converb ("полагая") or participle ("считающие") frames no clause of the sentence's own.
NON_FINITE = frozenset({"Conv", "Part"})


def _drop_participial_frames_in_trailing(ctx: QuoteContext, candidates: list[Candidate]) -> list[Candidate]:
    """(dvL) "Некоторые сторонники поддерживают ее, полагая, что …, сказал РБК эксперт X": a converb or
    participle frame inside the words of a postposed frame whose speaker is a person is nested speech of
    that speaker (his account of what others think); his quote is the whole sentence.  An outlet's postposed
    frame ("…, пишет ТАСС") relays the inner position instead (double attribution), so it keeps the clause."""
    trailing = [c for c in candidates if c.rule == "trailing" and c.speaker_head is not None
                and c.cue_token is not None and ctx.personal(c.speaker_head)]
    drop = {id(inner) for inner in candidates for outer in trailing
            if inner.rule == "clause" and inner.cue_token is not None
            and ctx.tokens[inner.cue_token].feats.get("VerbForm") in NON_FINITE
            and outer.start <= ctx.tokens[inner.cue_token].start < outer.stop and inner.stop <= outer.stop}
    return [c for c in candidates if id(c) not in drop]


def _drop_directed_infinitives(ctx: QuoteContext, candidates: list[Candidate]) -> list[Candidate]:
    """(qs28) "призвал «остановиться» и не называть его поджигателем": a cue infinitive inside the content of a
    directive ("призвал", "пообещал": class promise or ask) is what the speaker asks or promises, part of that
    quote - not a statement of its own ("его поджигателем")."""
    directives = [c for c in candidates if c.rule == "clause" and c.cue_token is not None
                  and ctx.lex.verb_class(ctx.tokens[c.cue_token]) in ("promise", "ask")]
    return [c for c in candidates if not (
        c.rule == "clause" and c.cue_token is not None and ctx.tokens[c.cue_token].feats.get("VerbForm") == "Inf"
        and any(d is not c and d.start <= ctx.tokens[c.cue_token].start < d.stop for d in directives))]


def _drop_future_acts(ctx: QuoteContext, candidates: list[Candidate]) -> list[Candidate]:
    """(dvQ) "работодатели расскажут о ближайших конкурсах", "министр заявит, что …": a speech verb in
    the future tells of an act still to come - the guide's statements that did not happen are no quotes.
    Quoted words keep their frame ("«…», – скажет он позже": the words exist), so direct rules stay."""
    return [c for c in candidates if c.rule in DIRECT_RULES or c.cue_token is None
            or not future_act(ctx, c.cue_token)]


def future_act(ctx: QuoteContext, verb: int) -> bool:
    """A finite verb in the future indicative ("сообщит", "расскажут") or one under a future auxiliary
    ("будет говорить", "будет объявлено")."""
    token = ctx.tokens[verb]
    if token.pos not in ("VERB", "AUX") or token.feats.get("Mood") == "Imp":
        return False
    if token.feats.get("VerbForm") == "Fin" and token.feats.get("Tense") == "Fut":
        # (the tagger calls some past and present forms future: "поиронизировал", "клянутся")
        return ctx.res.future_form(token.text)
    return any(ctx.tokens[k].text.lower() in ("будет", "будут") for k in ctx.kids(verb, "aux", "aux:pass"))


def _trailing_relay_of_frame(ctx: QuoteContext, candidates: list[Candidate]) -> list[Candidate]:
    """(mE27, rv27_R cause 5) "По данным Belgapom, …, отмечает CNN.": a leading frame whose content runs
    into a trailing frame of the same sentence.  The content ends before the trailing frame, whose
    speaker relays the frame's owner (chain CNN → Belgapom); the trailing candidate (the whole
    sentence with the leading frame) is no quote of its own."""
    drop: set[int] = set()
    for frame in candidates:
        if frame.rule != "frame" or frame.cue_token is None or ctx.tokens[frame.cue_token].start >= frame.start:
            continue
        trailing = next((t for t in candidates if _trails_frame(ctx, frame, t)), None)
        if trailing is not None and _ownerless(frame):
            # (mU35) "По предварительным данным, …, сообщает Mash", "…, говорится в сообщении СК": a report frame
            # that names no owner leaves the speaker to the trailing frame, which states the words
            frame.speaker_head, frame.impersonal_verb = trailing.speaker_head, trailing.impersonal_verb
            frame.stop = trailing.stop
            drop.add(id(trailing))
            continue
        if trailing is None or trailing.speaker_head is None:
            continue
        relay = ctx.res.from_head(trailing.speaker_head)
        owner = ctx.res.from_head(frame.speaker_head, common=True) if frame.speaker_head is not None else None
        frame.stop = trailing.stop
        drop.add(id(trailing))
        if relay is not None and relay.name not in frame.sources and (owner is None or owner.name != relay.name):
            frame.sources.insert(0, relay.name)
    return [c for c in candidates if id(c) not in drop]


def _ownerless(frame: Candidate) -> bool:
    """A report frame with no owner and no one found for it ("По предварительным данным, …")."""
    return frame.unnamed and frame.speaker_head is None and frame.impersonal_verb is None and frame.speaker is None


# (mE27) Words a frame's own clause needs before a colon to be a statement of its own.
CLAUSE_BEFORE_COLON_WORDS = 3
# A clause ending in a word that points ahead ("выглядит следующим образом:", "звучит так:", "таков:")
# only announces the quotation.
CATAPHORIC_STEMS = ("следующ", "образом", "так", "вот")  # ("так" for "таков", "такой", …)


def _split_frame_at_colon_quote(ctx: QuoteContext, candidates: list[Candidate]) -> None:
    """(mE27, rv27_R cause 9) "По словам источников, Дерипаска хочет заняться …: «Бизнесмен планирует …»":
    a leading frame whose content is a clause, a colon and a quotation gives two quotes, the clause
    (indirect) and the quotation (direct) - the frame's content ends at the colon.  The quotation, with no
    speaker of its own, is the frame owner's too."""
    for frame in candidates:
        if frame.rule != "frame" or frame.cue_token is None or ctx.tokens[frame.cue_token].start >= frame.start:
            continue
        quoted = next((c for c in candidates if c.rule in ("colon", "dash") and frame.start < c.start
                       and c.stop <= frame.stop and _clause_then_colon(ctx.doc.text[frame.start:c.start])
                       and not _cue_inside(ctx, c, frame) and _has_predicate(ctx, frame.start, c.start)), None)
        if quoted is None:
            continue
        frame.stop = frame.start + len(ctx.doc.text[frame.start:quoted.start].rstrip(" «\"“„").rstrip(":").rstrip())
        if quoted.speaker_head is None and quoted.speaker is None and quoted.impersonal_verb is None:
            quoted.speaker_head, quoted.referred = frame.speaker_head, frame.referred


# (qs28) Words that may join a clause's content to a frame opening further words ("…, хотя, по её словам, …").
FRAME_CONNECTIVES = frozenset({"хотя", "а", "но", "и", "однако", "причем", "причём", "тогда", "как"})
# (qs28) Words that open a frame phrase ("по её словам", "как сообщил X", "согласно данным X"), at most this many
# words before the frame's cue word.
FRAME_OPENERS = frozenset({"по", "как", "согласно"})
FRAME_OPENER_REACH = 3
# (mB36) Words of an according-to phrase between "согласно" and its comma ("Согласно постановлению,").
ACCORDING_PHRASE_WORDS = 3


def _cut_ownerless_according_opening(ctx: QuoteContext, candidates: list[Candidate]) -> None:
    """(mB36, rv36_Q C1) "Согласно постановлению, в области разрешается …, сообщается в телеграм-канале X": a postposed
    frame's words that open with a "согласно"-phrase no frame candidate stands for (an anaphoric document, not a
    speaker) start after its comma, as the words after "согласно X," do when X speaks."""
    for cand in candidates:
        if cand.rule != "trailing":
            continue
        first, _ = ctx.doc.token_span(cand.start, cand.stop)
        comma = _according_opening_comma(ctx, first, cand.stop)
        if comma is None or any(other.cue_token is not None and first <= other.cue_token < comma
                                for other in candidates):
            continue
        cand.start = ctx.tokens[comma + 1].start


def _according_opening_comma(ctx: QuoteContext, first: int, stop: int) -> int | None:
    """The comma closing a short "согласно"-phrase at token `first` ("Согласно документу, …"), else None."""
    if first >= len(ctx.tokens) or ctx.tokens[first].text.lower() != "согласно":
        return None
    for k in range(first + 1, min(first + ACCORDING_PHRASE_WORDS + 2, len(ctx.tokens))):
        token = ctx.tokens[k]
        if token.text == ",":
            return k if k > first + 1 and k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].start < stop else None
        if token.pos == "PUNCT":
            return None
    return None


# (qs28) Words the clause's content keeps before an inner frame to stand as a statement of its own.
CLAUSE_BEFORE_FRAME_WORDS = 3


def _cut_clause_before_inner_frame(ctx: QuoteContext, candidates: list[Candidate]) -> None:
    """(qs28) "Меркель сообщила, что A, хотя, по её словам, B": a leading frame inside a clause's content,
    set off by a comma after a whole clause A, opens words of their own (B).  The clause ends before the
    frame and its connective, so the sentence gives two quotes instead of one that holds both."""
    for frame in candidates:
        if frame.rule != "frame" or frame.cue_token is None or ctx.tokens[frame.cue_token].start >= frame.start \
                or not _has_clause_predicate(ctx, frame.start, frame.stop):
            continue
        cue_at = ctx.tokens[frame.cue_token].start
        for clause in candidates:
            if not (clause.rule == "clause" or _leading_frame(ctx, clause, frame)) \
                    or not clause.start < cue_at < clause.stop or frame.stop > clause.stop + 2:
                continue
            stop = _content_end_before_frame(ctx, clause.start, frame.cue_token, _owned(frame))
            if stop is not None:
                clause.stop = stop


def _leading_frame(ctx: QuoteContext, outer: Candidate, frame: Candidate) -> bool:
    """(mI33, rv33_Q C9) "Как отметили в агентстве X, A, однако B, по информации Y, C": another frame whose cue
    opens its sentence before its words holds a second frame's sentence part as a clause's content does."""
    return outer.rule == "frame" and outer is not frame and outer.cue_token is not None \
        and ctx.tokens[outer.cue_token].start < outer.start


# (mI33) A clause a connective opens, interrupted by a frame: at most this many words before the frame.
CONJOINED_SUBJECT_WORDS = 4


def _conjoined_subject_opening(ctx: QuoteContext, first: int, start: int) -> int | None:
    """(mI33, rv33_Q C9) "…, однако апартаменты, по информации риэлторов, нуждаются …": the frame interrupts the
    clause a connective opens after a comma, right after that clause's subject (a few words, no verb, one of them
    nominative); the words before the connective are the clause before.  The connective's index, else None."""
    k = first - 1
    if k < 1 or ctx.tokens[k].text != ",":
        return None
    words, k = 0, k - 1
    while k > 0 and ctx.tokens[k].start >= start and ctx.tokens[k].text.lower() not in FRAME_CONNECTIVES:
        if ctx.tokens[k].pos in ("PUNCT", "VERB", "AUX") or words >= CONJOINED_SUBJECT_WORDS:
            return None
        words, k = words + 1, k - 1
    if not words or k < 1 or ctx.tokens[k].start < start or ctx.tokens[k - 1].text != "," \
            or ctx.tokens[k].text.lower() not in FRAME_CONNECTIVES:
        return None
    nominative = any(ctx.tokens[j].feats.get("Case") == "Nom" and ctx.tokens[j].pos in ("NOUN", "PROPN", "PRON")
                     for j in range(k + 1, first - 1))
    return k if nominative else None


def _owned(frame: Candidate) -> bool:
    """The frame names who speaks ("по информации риэлторов"), unlike an impersonal "как сообщают"."""
    return frame.speaker_head is not None or frame.speaker is not None


def _content_end_before_frame(ctx: QuoteContext, start: int, cue: int, owned: bool = False) -> int | None:
    """The end of a clause's words before the frame phrase of `cue` ("по её словам", "как сообщил X"), over a
    comma and a connective; None when no comma sets the frame off or the words before hold no clause.  (mI33) An
    `owned` frame that interrupts a conjoined clause ends the words before that clause's connective."""
    first = min([ctx.res.subtree(cue, frozenset({"punct", "parataxis", "conj", "ccomp", "acl:relcl"}))[0]]
                + [k for k in ctx.kids(cue, "case", "mark", "advmod") if k < cue])  # (the phrase keeps its "по", "как")
    opener = next((j for j in range(first - 1, max(-1, first - FRAME_OPENER_REACH - 1), -1)
                   if ctx.tokens[j].text.lower() in FRAME_OPENERS or ctx.tokens[j].text in ",;:"), None)
    if opener is not None and ctx.tokens[opener].text.lower() in FRAME_OPENERS:
        first = opener  # (the parse may hang "по" elsewhere: "по словам телеведущей")
    conjoined = _conjoined_subject_opening(ctx, first, start) if owned else None
    if conjoined is not None:
        first = conjoined
    k, commas = first - 1, 0
    while k >= 0 and ctx.tokens[k].start >= start and (
            ctx.tokens[k].text == "," or ctx.tokens[k].text.lower() in FRAME_CONNECTIVES):
        commas += ctx.tokens[k].text == ","
        k -= 1
    if not commas or k < 0 or ctx.tokens[k].start < start:
        return None
    stop = ctx.tokens[k].stop
    if len(ctx.doc.text[start:stop].split()) < CLAUSE_BEFORE_FRAME_WORDS or not _has_clause_predicate(ctx, start, stop):
        return None
    opening = ctx.doc.token_span(start, stop)[0]
    segment = max([opening] + [j + 1 for j in range(opening, k) if ctx.tokens[j].text in ",;:"])
    if not _has_clause_predicate(ctx, ctx.tokens[segment].start, stop):
        return None  # (the comma-delimited words right before the frame must be a clause of their own)
    if conjoined is None and any(ctx.tokens[j].head > k and ctx.tokens[j].pos != "PUNCT" for j in range(opening, k + 1)):
        return None  # ("хотя оттенок, как сообщают, не отразился", "в котором, как намекнула X, …": the words
        # before the frame belong to a predicate after it - one clause the frame only interrupts; not when a
        # connective after a comma opens the interrupted clause, whatever the parse hung on its predicate)
    return stop


def _has_clause_predicate(ctx: QuoteContext, start: int, stop: int) -> bool:
    """(qs28) A finite verb or a short form ("принято", "нужна") between `start` and `stop`: a clause."""
    first, last = ctx.doc.token_span(start, stop)
    return _has_predicate(ctx, start, stop) or any(ctx.tokens[k].feats.get("Variant") == "Short"
                                                   for k in range(first, last))


def _has_predicate(ctx: QuoteContext, start: int, stop: int) -> bool:
    """A finite verb (or the predicative "нет") between `start` and `stop`: a clause, not a phrase that only
    qualifies the frame ("в заявлении Нацфронта, распространённом в понедельник: «…»")."""
    first, last = ctx.doc.token_span(start, stop)
    return any(ctx.tokens[k].feats.get("VerbForm") == "Fin" or ctx.tokens[k].text.lower() == "нет"
               for k in range(first, last))


def _cue_inside(ctx: QuoteContext, quoted: Candidate, frame: Candidate) -> bool:
    """The quotation has a cue of its own in the frame's content ("По словам X, брат позвонил и сказал: «…»",
    "…, Маас заявил: «…»"): the clause before the colon frames the quotation, it states nothing itself."""
    return quoted.cue_token is not None and quoted.cue_token != frame.cue_token \
        and frame.start <= ctx.tokens[quoted.cue_token].start < quoted.start


def _clause_then_colon(before: str) -> bool:
    """Text that ends in a colon (and an opening quotation mark) after a clause of some words."""
    clause = before.rstrip(" «\"“„")
    words = clause[:-1].split()
    return clause.endswith(":") and len(words) >= CLAUSE_BEFORE_COLON_WORDS \
        and not any(mark in clause for mark in "«\"“„»”") \
        and not words[-1].lower().strip(",").startswith(CATAPHORIC_STEMS)


def _trails_frame(ctx: QuoteContext, frame: Candidate, trailing: Candidate) -> bool:
    """`trailing` is a trailing frame whose content holds the leading `frame` and ends inside its content,
    its cue verb right after that end: "[По данным X, A], отмечает Y" against "По данным X, [A, отмечает Y]"."""
    if trailing.rule != "trailing" or trailing.cue_token is None or frame.cue_token is None:
        return False
    cue = ctx.tokens[trailing.cue_token]
    return trailing.start <= ctx.tokens[frame.cue_token].start and frame.start < trailing.stop < frame.stop \
        and trailing.stop <= cue.start < frame.stop \
        and not ctx.doc.text[trailing.stop:cue.start].strip(" ,—–-")


# (q21) Subordinators of an adverbial clause (condition, time, cause, concession).
ADVERBIAL_MARKS = frozenset({"если", "когда", "пока", "хотя", "поскольку", "раз", "ибо", "коли", "хоть"})
# (q21) How many words before its cue verb a subordinator may open the clause.
ADVERBIAL_MARK_REACH = 8


def _adverbial_mark(ctx: QuoteContext, cue: int) -> str | None:
    """(q21) The subordinator of the adverbial clause the cue verb heads ("если исследования
    подтвердят", "потому, что не считает"), reached over the verb's conjuncts; None when the verb
    heads no such clause."""
    verb = cue
    for k in range(cue - 1, max(-1, cue - ADVERBIAL_MARK_REACH), -1):
        # (the parse may hang the subordinator elsewhere: "если в распечатке … указано, что …")
        token = ctx.tokens[k]
        if token.pos == "PUNCT" or token.text in ",;:.!?—–()" \
                or token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            break
        if token.text.lower() in ADVERBIAL_MARKS and token.pos == "SCONJ":
            return token.text.lower()
    for _ in range(3):
        for k in ctx.kids(verb, "mark"):
            word = ctx.tokens[k].text.lower()
            if word in ADVERBIAL_MARKS:
                return word
            if word in ("что", "чтобы") and k > 0 and ctx.tokens[k - 1].text == "," and ctx.adverbial_before(k - 1):
                return word
        token = ctx.tokens[verb]
        if token.rel != "conj" or token.head < 0:
            return None
        verb = token.head
    return None


def _impersonal_report_of_topic(ctx: QuoteContext, outer: Candidate, inner: Candidate) -> bool:
    """(mC30) "Ранее сообщалось, что компания AB InBev заявила о намерении открыть …": an impersonal report
    with no source whose whole content is a named subject's statement about a topic - the subject speaks
    (its topic is the quote), as with a "что"-clause inside ("Сообщается, что исламисты заявили, что …").  Only
    a statement made (past tense): one still to come, "объявит о", was made by no one yet."""
    return outer.rule == "clause" and inner.rule == "topic" and outer.speaker_head is None \
        and outer.impersonal_verb is not None and not ctx.has_source(outer.impersonal_verb) \
        and _reflexive_impersonal(ctx, outer.impersonal_verb) \
        and inner.stop >= outer.stop - 2 and inner.speaker_head is not None and inner.cue_token is not None \
        and ctx.tokens[inner.cue_token].feats.get("Tense") == "Past" \
        and (ctx.agentive(inner.speaker_head) or ctx.names_outlet(inner.speaker_head)) \
        and _first_token(ctx, outer) <= inner.speaker_head < inner.cue_token \
        and (inner.cue_token < _first_token(ctx, outer) + 8 or ctx.tokens[inner.cue_token].head == outer.cue_token)


def _reflexive_impersonal(ctx: QuoteContext, verb: int) -> bool:
    """"сообщалось", "отмечается": a report with no one behind it (not an indefinite "заявляют", whose subject
    the parse may have lost)."""
    return lemma(ctx.tokens[verb]).endswith(("ся", "сь")) or ctx.tokens[verb].feats.get("Voice") == "Pass"


def _first_token(ctx: QuoteContext, cand: Candidate) -> int:
    return ctx.doc.token_span(cand.start, cand.stop)[0]


def _opens_content(ctx: QuoteContext, outer: Candidate, inner: Candidate) -> bool:
    """The inner report's subject opens the outer content ("что рабочие … рассказали")."""
    first, _ = ctx.doc.token_span(outer.start, outer.stop)
    return inner.speaker_head is not None and first <= inner.speaker_head < first + 3 \
        and ctx.agentive(inner.speaker_head) and ctx.lex.verb_class(ctx.tokens[inner.cue_token or 0]) \
        and lemma(ctx.tokens[inner.cue_token or 0]) not in NAMING_VERBS | ACCUSING_VERBS \
        and inner.cue_token is not None and inner.cue_token < first + 8


# (dvI) Words of a frame's phrase before its head noun ("по мнению", "по словам", "по данным").
FRAME_OPENING_WORDS = 2
# (mB36, rv36_Q C1) The prepositions that open an according-to frame: "по данным X", "согласно данным X".
FRAME_OPENING_PREPOSITIONS = frozenset({"по", "согласно"})


def _frame_opens_clause(ctx: QuoteContext, outer: Candidate, inner: Candidate) -> int | None:
    """(dvI) A clause report whose content opens with an according-to frame of another, named
    owner ("сообщила, что, по мнению немецких политиков, …"): the comma closing that frame's
    phrase, else None.  A possessive owner ("по его словам") is the reporter himself, and an
    owner the outer report already names changes nothing."""
    if outer.rule != "clause" or inner.rule != "frame" or inner.speaker_head is None or inner.cue_token is None:
        return None
    first, _ = ctx.doc.token_span(outer.start, outer.stop)
    while first < inner.cue_token and ctx.tokens[first].pos == "PUNCT":
        first += 1  # (the clause's content may open with the frame's comma: "что, по мнению …")
    if not first <= inner.cue_token <= first + FRAME_OPENING_WORDS \
            or ctx.tokens[first].text.lower() not in FRAME_OPENING_PREPOSITIONS:
        return None
    owner = ctx.tokens[inner.speaker_head]
    comma = _according_phrase_comma(ctx, inner)
    if owner.pos in ("PRON", "DET") or comma is None or not first < inner.speaker_head < comma \
            or ctx.tokens[comma + 1].start >= outer.stop:
        return None
    outer_ref = ctx.res.from_head(outer.speaker_head) if outer.speaker_head is not None else None
    inner_ref = ctx.res.from_head(inner.speaker_head)
    return comma if inner_ref is None or outer_ref is None or inner_ref.name != outer_ref.name else None


def _according_phrase_comma(ctx: QuoteContext, frame: Candidate) -> int | None:
    """The comma that closes the according-to phrase of `frame`, right after its owner's phrase
    ("по мнению немецких политиков, | …"); None when no comma stands there (cr28 H1: "что по мнению
    экспертов рынок вырастет, а …" has no phrase of its own to cut off)."""
    _, stop = ctx.res.subtree(frame.speaker_head or frame.cue_token or 0)
    _, s_stop = ctx.sentence_range(ctx.sent_of_token(frame.cue_token or 0))
    return stop if stop < s_stop - 1 and ctx.tokens[stop].text == "," else None


# (rv20_Q M2) The subject phrase of a report opening a frame's content starts within this many words.
SUBJECT_OPENS_WORDS = 2


def _subject_opens_content(ctx: QuoteContext, outer: Candidate, inner: Candidate) -> bool:
    """The frame's content is a report of its own: its first words are the subject phrase of
    the sentence's main cue verb ("Как сообщает ТАСС, глава МВД Жеральд Дарманен … заявил о …")."""
    first, _ = ctx.doc.token_span(outer.start, outer.stop)
    head, verb = inner.speaker_head, inner.cue_token
    if outer.cue_token is None or ctx.tokens[outer.cue_token].stop > outer.start:
        return False  # (only a frame that leads its content: not "X сказал, что …, по его словам, …")
    if head is None or verb is None or not ctx.agentive(head) or ctx.tokens[verb].rel != "root" \
            or ctx.tokens[verb].feats.get("VerbForm") != "Fin" \
            or lemma(ctx.tokens[verb]) in NAMING_VERBS | ACCUSING_VERBS:
        return False
    subject_first, _ = ctx.res.subtree(head, no_pp=True)
    return first <= subject_first < first + SUBJECT_OPENS_WORDS and head < verb


def _nested_in_block(a: Candidate, b: Candidate) -> bool:
    """A framed direct quote inside a block quote ("… Как-то вдруг он сказал: «Все, ждем
    ответа»") is the words of another speaker reported in the block: both stand."""
    for block, inner in ((a, b), (b, a)):
        if block.rule == "block" and inner.rule in ("dash", "colon", "split") \
                and block.start <= inner.start and inner.stop <= block.stop + 2:
            return True
    return False


def _overlap(a: Candidate, b: Candidate) -> float:
    inter = min(a.stop, b.stop) - max(a.start, b.start)
    shorter = min(a.stop - a.start, b.stop - b.start)
    return inter / shorter if shorter > 0 and inter > 0 else 0.0
