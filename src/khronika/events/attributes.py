"""What an event's context says about it: negation, hypotheticality, date,
place and who reports it.

All of these read the dependency tree around the trigger; the thresholds
(how far up the tree to look) are named and explained where they are set.
"""
from __future__ import annotations

from dataclasses import dataclass

from khronika.nlp.doc import EventActor, TimeExpr
from khronika.events.actors import actors_at
from khronika.events.dating import as_event_date, clause_time, day_before, is_background, narrative_time
from khronika.events.places import contained_place
from khronika.events.tree import VERBAL, Tree
from khronika.quotes.marks import find_quoted

# Words that put what they govern into the future, a plan, a demand or a
# possibility: the governed event has not (yet) happened.
MODAL = frozenset({
    "намерен", "намеренный", "намереваться", "мочь", "хотеть", "планировать", "собираться", "должен", "должный",
    "готовый", "готов", "предложить", "предлагать", "потребовать", "требовать", "призвать", "призывать",
    "угрожать", "пригрозить", "обещать", "пообещать", "попросить", "просить", "надеяться",
    "рассчитывать", "возможный", "возможно", "способный", "стремиться", "пытаться", "попытаться",
    "может", "следует", "нужно", "необходимо", "предстоящий", "планироваться", "согласиться",
    "договориться", "решить", "отказаться",
})
# Light verbs of preparing: the event they govern has not happened yet.
PLANNING_VERBS = frozenset({"готовить", "подготовить", "планировать", "запланировать"})
# (mt) Verbs of setting a day: the act they set for a day ("встреча назначена на 20 августа",
# "перенесли переговоры на пятницу") has not happened in the sentence (not "назначил штраф": no day).
SCHEDULE_VERBS = frozenset({"назначить", "наметить", "намечать", "перенести", "отложить"})
# Nouns of preparing, planning or setting terms: the act in their genitive has not happened yet
# ("о подготовке нападения", "условия переговоров", "план удара").
PLANNING_NOUNS = frozenset({"подготовка", "условие", "план", "намерение", "угроза", "перспектива", "возможность"})
# Verbs of refusing: the act they govern did not happen ("отказалась просить Путина" is a negated
# request, as "не стала просить"; not a plan).
REFUSAL_VERBS = frozenset({"отказаться", "отказываться"})
PLAN_ADJ = frozenset({"возможный", "планируемый", "предстоящий", "будущий", "потенциальный", "новый"})
# (e1) Participles of planning on the trigger: "запланированного визита", "намеченной встречи".
PLAN_PARTICIPLES = frozenset({"запланировать", "планировать", "наметить", "намечать"})
# (e1) Nouns of a collective action that is announced before it happens: "объявили о забастовке",
# "объявляет забастовку пилотов" are announced strikes (the gold guide's "announced strikes" are
# hypothetical); announcing sanctions or a mobilisation enacts them and stays real.
ANNOUNCED_ACTIONS = frozenset({"забастовка", "стачка", "акция", "митинг", "демонстрация", "шествие"})
ANNOUNCE_VERBS = frozenset({"объявить", "объявлять", "анонсировать"})
# (e1) Nouns between an announcing verb and the action: "объявили о проведении забастовки".
HOLDING_NOUNS = frozenset({"проведение", "начало"})
CONDITION_MARKS = frozenset({"если", "чтобы", "ежели", "коли"})
PLACE_PREPS = frozenset({"в", "на", "под", "около", "возле", "у"})
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
# A time dates an event only when it belongs to the trigger's own clause
# (`dating.clause_time`: the trigger, the verb a nominal trigger is the subject
# or object of, a participle modifying it, "полученные 26 января ответы", ...).
# A time inside another noun phrase ("на позиции 1997 года") does not date the
# clause's event.
# "когда был подписан акт": a "когда" this many tokens before the trigger
# introduces the trigger's clause even when the parser attached it elsewhere.
WHEN_WINDOW = 4


def is_refused(tree: Tree, i: int) -> bool:
    """The trigger is the infinitive a refusal verb governs ("отказался подписать соглашение")."""
    head = tree.head(i)
    return head is not None and tree.tok(i).rel == "xcomp" and tree.lemma(head) in REFUSAL_VERBS


def is_negated(tree: Tree, i: int, light_verbs: frozenset[str]) -> bool:
    if any(tree.lemma(c) in ("не", "ни") for c in tree.children[i]):
        return True
    if is_refused(tree, i):
        return True
    head = tree.head(i)
    if head is not None and tree.tok(i).rel == "xcomp" and any(tree.lemma(c) == "не" for c in tree.children[head]):
        return True  # "не смогли договориться"
    if head is not None and tree.tok(i).pos not in VERBAL and tree.lemma(head) in light_verbs:
        if any(tree.lemma(c) == "не" for c in tree.children[head]):
            return True
        # "не стали вести переговоры": the light verb is the infinitive of a negated verb
        governor = tree.head(head)
        return governor is not None and tree.tok(head).rel == "xcomp" \
            and any(tree.lemma(c) == "не" for c in tree.children[governor])
    return False


def _past_form(word: str) -> bool:
    """(e1) A finite form with the past suffix ("обговорил", "провели"): the tagger now and then
    calls it future; a Russian future form never ends so."""
    return word.lower().endswith(("л", "ла", "ло", "ли"))


def _future_aux(word: str) -> bool:
    """(mt) A future form of "быть" ("буду", "будет", "будут"), whatever the tagger's tense."""
    return word.lower() in ("буду", "будешь", "будет", "будем", "будете", "будут")


def _verb_is_irrealis(tree: Tree, v: int) -> bool:
    feats = tree.tok(v).feats
    if (feats.get("Tense") == "Fut" and not _past_form(tree.tok(v).text)) or feats.get("Mood") in ("Cnd", "Imp"):
        return True
    kids = tree.children[v]
    if any(tree.lemma(c) == "бы" for c in kids):
        return True
    if any(tree.lemma(c) in CONDITION_MARKS for c in tree.kids(v, "mark")):
        return True
    if any(tree.lemma(c) in ("будет", "быть") and tree.tok(c).feats.get("Tense") == "Fut" for c in kids):
        return True
    if any(_future_aux(tree.tok(c).text) for c in tree.kids(v, "aux", "aux:pass")):
        return True  # (mt) "будут бастовать": the tagger reads "будут" as present
    head = tree.head(v)
    if head is not None and tree.tok(v).rel in ("xcomp", "ccomp", "csubj") and tree.lemma(head) in MODAL:
        return tree.tok(v).feats.get("VerbForm") == "Inf" or any(tree.lemma(c) == "чтобы" for c in kids)
    if head is not None and tree.tok(v).feats.get("VerbForm") == "Inf" and tree.lemma(head) in PLANNING_NOUNS \
            and tree.tok(head).pos == "NOUN":
        return True  # (e1) "о планах провести забастовку", "намерение подписать": the plan's act
    if head is not None and tree.tok(v).rel == "conj" and head < v and tree.tok(head).pos in VERBAL:
        # "чтобы защищать страну и поддерживать сотрудников": a conjunct shares its first verb's mood
        return _verb_is_irrealis(tree, head)
    return False


# Verbs of an event taking place: a noun trigger that is their subject in the past happened.
TOOK_PLACE_VERBS = frozenset({"состояться", "пройти", "проходить", "завершиться", "закончиться", "начаться"})


def _took_place(tree: Tree, i: int) -> bool:
    """"Встреча состоялась", "переговоры прошли": the noun trigger is the subject of a verb of taking
    place in the past indicative."""
    head = tree.head(i)
    if head is None or tree.tok(i).rel != "nsubj" or tree.lemma(head) not in TOOK_PLACE_VERBS:
        return False
    feats = tree.tok(head).feats
    return feats.get("Tense") == "Past" and feats.get("Mood", "Ind") == "Ind" and not _verb_is_irrealis(tree, head)


# Verbs of agreeing to do something: "согласилась выплатить" is a concession made.
AGREE_TO_VERBS = frozenset({"согласиться", "соглашаться", "договориться"})


def agreed_to(tree: Tree, i: int) -> bool:
    """The trigger is an infinitive under a past indicative verb of agreeing ("компания согласилась
    выплатить штраф"): for a concession the agreeing is the act, and it has happened."""
    head = tree.head(i)
    if head is None or tree.tok(i).feats.get("VerbForm") != "Inf" or tree.lemma(head) not in AGREE_TO_VERBS:
        return False
    feats = tree.tok(head).feats
    return feats.get("Tense") == "Past" and feats.get("Mood", "Ind") == "Ind" and not _verb_is_irrealis(tree, head)


def is_hypothetical(tree: Tree, i: int, light_verbs: frozenset[str]) -> bool:
    token = tree.tok(i)
    if is_refused(tree, i):
        return _verb_is_irrealis(tree, tree.head(i))  # the refusal itself may be a plan
    if token.pos in VERBAL or token.feats.get("VerbForm") in ("Fin", "Inf"):
        return _verb_is_irrealis(tree, i)
    if _took_place(tree, i):
        return False  # (rev18_C 7) "Запланированная встреча состоялась": the plan was carried out
    if any(tree.lemma(c) in PLAN_ADJ - {"новый"} for c in tree.kids(i, "amod") + tree.kids(i, "acl")):
        return True  # ((e1) also as "acl": "предстоящей 25-26 июля забастовкой", parsed so around a date)
    if any(tree.lemma(c) in PLAN_PARTICIPLES and tree.tok(c).feats.get("VerbForm") == "Part"
           for c in tree.kids(i, "amod")):
        return True  # (e1) "запланированного визита"
    head = tree.head(i)
    if head is None:
        return False
    if _announced_action(tree, i):
        return True
    if tree.lemma(head) in MODAL and token.rel in ("obj", "obl", "nmod") \
            and not (token.rel == "obl" and tree.prep(i) == "в"):
        return True  # ((e1) "в ходе визита договорился": the scene of the agreement, not its content)
    if tree.lemma(head) in PLANNING_VERBS:
        return True  # "готовят забастовку": prepared, not yet happened
    if tree.lemma(head) in SCHEDULE_VERBS and token.rel in ("obj", "nsubj:pass", "nsubj") and _set_for_a_day(tree, i) \
            and (not _past_setting(tree, head) or _set_after_publication(tree, i)):
        # (mt) "встреча назначена на 20 августа"; (mend ge) a past setting ("назначили на 16 июля", "была
        # назначена на …") is news of a day that has come, unless the day lies after the publication
        return True
    if tree.lemma(head) in PLANNING_NOUNS and tree.tok(head).pos == "NOUN" and token.rel == "nmod":
        return True  # "о подготовке нападения", "условия переговоров"
    if tree.lemma(head) in light_verbs:
        return _verb_is_irrealis(tree, head)
    return False


def _announced_action(tree: Tree, i: int) -> bool:
    """(e1) A strike or protest noun announced: the object of "объявить" ("объявляет забастовку"),
    its "о"-phrase ("объявили о забастовке"), or through "о проведении/начале" ("объявили о
    проведении забастовки"); as a past verb's object it has begun ("объявили забастовку"); not after
    an imperfective past ("уже объявляли забастовку": held ones),
    nor with "также/тоже" ("О забастовке объявили также пилоты …": they join the strike told before)."""
    if tree.lemma(i) not in ANNOUNCED_ACTIONS:
        return False
    j, head = i, tree.head(i)
    if head is not None and tree.lemma(head) in HOLDING_NOUNS and tree.tok(i).rel == "nmod":
        j, head = head, tree.head(head)
    if head is None or tree.lemma(head) not in ANNOUNCE_VERBS:
        return False
    feats = tree.tok(head).feats
    if feats.get("Aspect") == "Imp" and feats.get("Tense") == "Past":
        return False  # "уже объявляли забастовку, ставшую крупнейшей": strikes they have held
    if any(tree.lemma(c) in ("также", "тоже") for c in tree.kids(head, "advmod")):
        return False  # "О забастовке объявили также пилоты …": joining a strike told before, as it stands
    if tree.tok(j).rel == "obj":
        # (rev18_C 1) "объявили забастовку и не вышли на работу": a strike declared in the past has begun;
        # "объявляет забастовку", "объявили о забастовке", "объявили забастовку на 10 ноября" announce one to come
        return feats.get("Tense") != "Past" or _set_for_a_day(tree, j)
    return tree.tok(j).rel == "obl" and tree.prep(j) == "о"


def _set_for_a_day(tree: Tree, j: int) -> bool:
    """(rev18_E 9) The action is set for a day: a "на" phrase of it holds a time ("забастовку на 10 ноября")."""
    return bool(_days_set(tree, j))


def _days_set(tree: Tree, j: int) -> list[TimeExpr]:
    """The times in the "на" phrases of token `j` and of its head ("забастовку на 10 ноября")."""
    doc = tree.doc
    head = tree.head(j)
    found = []
    for c in tree.kids(j) + (tree.kids(head) if head is not None else []):
        if tree.prep(c) != "на":
            continue
        first, last = tree.tok(c).start, tree.tok(c).stop
        found += [t for t in doc.times if t.start <= first < t.stop or first <= t.start < last]
    return found


def _past_setting(tree: Tree, verb: int) -> bool:
    """(mend ge) A scheduling verb told as past: a past finite form ("назначили", "перенесли") or a past copula
    over its short participle ("была назначена", "были перенесены")."""
    feats = tree.tok(verb).feats
    if feats.get("VerbForm") == "Fin" and feats.get("Tense") == "Past":
        return True
    return any(tree.tok(c).feats.get("Tense") == "Past" for c in tree.kids(verb, "aux", "aux:pass", "cop"))


def _set_after_publication(tree: Tree, j: int) -> bool:
    """(mend ge) A day set for token `j` lies after the article's publication date."""
    published = (getattr(tree.doc.article, "published", None) or "")[:10]
    if not published:
        return False
    return any(t.value and t.granularity in ("day", "month", "year") and t.value > published[:len(t.value)]
               for t in _days_set(tree, j))


@dataclass
class DateChoice:
    value: str | None
    granularity: str | None
    from_article: bool


def _time_heads(tree: Tree, times: list[TimeExpr], sentence_start: int, sentence_stop: int) -> list[tuple[TimeExpr, int, int]]:
    """(time, head token, first token) for the resolved times inside a sentence."""
    out = []
    for time in times:
        if time.value is None or not (sentence_start <= time.start < sentence_stop):
            continue
        first, last = tree.doc.token_span(time.start, time.stop)
        span = range(first, last)
        heads = [j for j in span if tree.head(j) not in span]
        if heads:
            out.append((time, heads[0], first))
    return out


def choose_date(tree: Tree, i: int, sentence_index: int, published: str | None, news: bool = True) -> DateChoice:
    """The event's own date (issue 5), the first of:

    1. "в 1997 году, когда был подписан акт": the time a relative "когда" clause modifies;
    2. a time of the trigger's own clause (`dating.clause_time`: the trigger, its participles, the
       verb it is an argument of or an infinitive under, a frame "в конце ..." or scene "в
       телеобращении 31 октября" on them, the first of two joined verbs); a week is given as
       its month;
    3. "накануне" on that clause: the day before the narrative's day (`dating.day_before`: the
       last day named before it in its paragraph, else the publication day);
    4. the publication day (`date_from_article`), only for the news itself: `news` (the title
       and lead) and not a background event (`dating.is_background`: "оправданной судом",
       "Ранее суд оправдал", "как сообщалось");
    5. the time of the narrative the sentence continues (`dating.narrative_time`: "Акция
       состоялась 12 июня 2019 года. Полицейские задержали более 500 человек"), for a
       completed past act of a sentence without a time of its own;
    6. none.

    `published` is the article's publication timestamp (None for related headlines, whose
    relative times belong to the crawl)."""
    own = own_date(tree, i, sentence_index, published, news)
    if own is not None:
        return own
    if published and news and not is_background(tree, i):
        return DateChoice(published[:10], "day", True)
    time = narrative_time(tree, i, sentence_index)
    if time is not None:
        value, granularity = as_event_date(time)
        return DateChoice(value, granularity, False)
    return DateChoice(None, None, False)


def own_date(tree: Tree, i: int, sentence_index: int, published: str | None, news: bool = True) -> DateChoice | None:
    """The date the trigger's own sentence gives (`choose_date` steps 1–3: a "когда" clause's time, the
    clause's time, "накануне"), or None when only the publication day or the narrative could date it."""
    sentence = tree.doc.sentences[sentence_index]
    candidates = _time_heads(tree, tree.doc.times, sentence.start, sentence.stop)
    # "в 1997 году, когда был подписан акт": a relative "когда" clause is dated
    # by the time it modifies, the nearest one before "когда".
    when = [c for c in tree.kids(i, "advmod") if tree.lemma(c) == "когда"]
    when += [j for j in range(max(sentence.token_start, i - WHEN_WINDOW), i) if tree.lemma(j) == "когда"]
    time = None
    if when:
        before = [c for c in candidates if c[2] < when[0]]
        if before:
            time = max(before, key=lambda c: c[2])[0]
    time = time or clause_time(tree, i, candidates, contrast_shares=not (news and published))
    if time is not None:
        value, granularity = as_event_date(time)
        return DateChoice(value, granularity, False)
    said, previous_day = day_before(tree, i, published)
    if said:  # "накануне": the day before the narrative's day, or no date when that day is not known
        return DateChoice(previous_day, "day" if previous_day else None, False)
    return None


def _place_at(tree: Tree, j: int, contained: bool = True) -> EventActor | None:
    """The place of a locative "в/на X"; with `contained`, a place noun naming its place counts
    ("в провинции Идлиб" → Идлиб)."""
    mention = tree.mention_of[j]
    if tree.prep(j) not in PLACE_PREPS:
        return None
    if mention is None:
        return contained_place(tree, j) if contained else None
    if mention.type not in PLACE_TYPES:
        return None
    actor = tree.doc.actor(mention.actor_id) if mention.actor_id else None
    if actor is not None and actor.type not in PLACE_TYPES:
        return None
    return EventActor(mention.actor_id, actor.name if actor else mention.normal)


def choose_location(tree: Tree, i: int, used: set[int], contained: bool = True) -> EventActor | None:
    """A place in "в/на X" attached to the trigger, or to the verb the trigger is subject/object of.

    This is the first rule of the event's place.  The coder reads it twice: without `contained` places
    ("в городе X", "в аэропорту X") before the actors, for the actor rules that read a place (an unnamed
    agent's state), and with them after the actors, when it falls back to `places.fallback_place` (a
    building's town, a local institution's seat, protesters' state, the object's place, a protest's place):
    the places this session added change no actor (rev18_C 3)."""
    hosts = [i]
    head = tree.head(i)
    if head is not None and tree.tok(i).rel in ("nsubj", "nsubj:pass", "obj", "obl") and tree.tok(head).pos in VERBAL:
        hosts.append(head)
    hosts += [c for c in tree.kids(i, "acl")]
    for host in hosts:
        for c in tree.children[host]:
            if c in used:
                continue
            place = _place_at(tree, c, contained)
            if place is not None:
                return place
    return None


# ---- who reports the event ----

def _frame_speaker(tree: Tree, sentence_index: int) -> list[int]:
    """Sentence-level attribution frames: "по словам X", "согласно сообщению X",
    "говорится в сообщении X", "..., передает X"."""
    sentence = tree.doc.sentences[sentence_index]
    for j in range(sentence.token_start, sentence.token_stop):
        lemma = tree.lemma(j)
        if lemma == "слово" and tree.prep(j) == "по":
            return tree.kids(j, "nmod")
        if lemma in ("сообщение", "заявление", "данные", "информация") and tree.prep(j) in ("согласно", "в"):
            head = tree.head(j)
            if tree.prep(j) == "в" and (head is None or tree.lemma(head) not in ("говориться", "отмечаться", "указываться", "сообщаться")):
                continue
            return tree.kids(j, "nmod")
        if lemma in ("передавать", "сообщать") and (tree.tok(j).rel == "parataxis" or _second_root(tree, j, sentence)):
            return tree.kids(j, "nsubj")
    return []


def presupposed(tree: Tree, i: int, speech_verbs: frozenset[str] = frozenset()) -> bool:
    """(e1) The event is told as known, not as anyone's claim: an attributive participle ("адвокат
    Азии Биби, оправданной Верховным судом, покинул страну, сообщает Би-би-си" — the news the outlet
    reports is the lawyer's flight; the acquittal is presupposed).  The design gold codes every
    participle trigger with reported_by null (12 of 12).  Not inside the speaker's own words in
    quotation marks («Задержанные полицией активисты отпущены», — сказала Волк), nor when the noun it
    describes is what a speech verb reports ("МИД сообщил о задержанных в Польше журналистах"):
    there the claim is the speaker's (rev18_C 4)."""
    token = tree.tok(i)
    if token.feats.get("VerbForm") != "Part" or token.rel not in ("acl", "amod"):
        return False
    if _inside_marks(tree, i):
        return False
    noun = tree.head(i)
    verb = tree.head(noun) if noun is not None else None
    return not (verb is not None and tree.lemma(verb) in speech_verbs and tree.tok(noun).rel in ("obj", "obl"))


def _inside_marks(tree: Tree, i: int) -> bool:
    """The token stands between quotation marks of its sentence."""
    doc = tree.doc
    start = tree.tok(i).start
    index = doc.sentence_at(start)
    if index is None:
        return False
    sentence = doc.sentences[index]
    offset = start - sentence.start
    return any(span.start <= offset < span.stop for span in find_quoted(doc.text[sentence.start:sentence.stop]))


# (e1) Documents that carry their author's act ("говорится в постановлении", "следует из документа"):
# not a speaker or outlet, so never the event's reporter.
DOCUMENT_NOUNS = frozenset({
    "постановление", "документ", "сообщение", "заявление", "решение", "приговор", "определение",
    "письмо", "доклад", "отчет", "отчёт", "релиз", "пресс-релиз", "коммюнике", "резолюция", "указ", "текст",
})


def document_reporter(name: str) -> bool:
    """(e1) A reporter that is only a bare document noun ("постановление"): the document is its
    author's act ("Федеральный суд отклонил ходатайство", from the court's ruling), not a claim."""
    return name.strip().lower() in DOCUMENT_NOUNS


def _reports(tree: Tree, verb: int, i: int) -> bool:
    """(e1) Whether the speech verb carries the trigger as what it says.  The trigger is the
    verb's own act or the scene of the speech, not a claim, when the branch of the verb that
    holds it is an infinitive ("согласилась выплатить штраф"), an adverbial clause ("прокомментировала,
    назвав её слова …") or a circumstance that is not "о …" ("во время визита в Оман заявил",
    "сказал на совместной пресс-конференции")."""
    branch, seen = i, {i}
    while tree.head(branch) is not None and tree.head(branch) != verb and tree.head(branch) not in seen:
        branch = tree.head(branch)  # (a head cycle of a faulty parse ends the walk)
        seen.add(branch)
    rel = tree.tok(branch).rel
    if rel in ("xcomp", "advcl"):
        return False
    prep = tree.prep(branch)
    if prep == "на" and tree.lemma(verb) in COMPLAINT_VERBS:
        return True  # (rev18_C 6) "пожаловался на обстрелы": what the complaint is about
    return not (rel in ("obl", "iobj") and prep not in (None, "о", "об", "обо", "про"))


# Speech verbs whose "на …" is what is said: a complaint about it.
COMPLAINT_VERBS = frozenset({"пожаловаться", "жаловаться", "сетовать", "посетовать"})


def _second_root(tree: Tree, j: int, sentence) -> bool:
    """(e1) "…объявляет забастовку, 3 июля передает агентство Reuters": the parser makes the trailing
    frame a root of its own; a root after another root of the sentence is such a frame."""
    if tree.tok(j).rel != "root" or not any(tree.tok(k).rel == "root" for k in range(sentence.token_start, j)):
        return False
    # (rev18_C 9) a clause with content of its own ("…, Reuters сообщает о новых протестах") is no frame
    return not (tree.kids(j, "obj", "ccomp") or any(tree.prep(c) == "о" for c in tree.kids(j, "obl")))


def reporter(tree: Tree, i: int, sentence_index: int, speech_verbs: frozenset[str],
             light: int | None = None) -> str | None:
    """The speaker whose claim the event is, from the syntax (used without a quotes layer).

    `light` is the trigger's own light verb ("передали ответ"), never a reporting verb for it."""
    for a in tree.ancestors(i, 5):
        if a != light and tree.lemma(a) in speech_verbs and tree.tok(a).pos in VERBAL:
            if not _reports(tree, a, i):
                continue
            speakers = tree.kids(a, "nsubj") or [c for c in tree.kids(a, "obl") if tree.prep(c) == "в"]
            names = [f.actor.name for s in speakers for f in actors_at(tree, s)]
            if names:
                return names[0]
    for s in _frame_speaker(tree, sentence_index):
        names = [f.actor.name for f in actors_at(tree, s)]
        if names:
            return names[0]
    return None
