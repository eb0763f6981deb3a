"""The pieces of an event's date that read the tree (issue 5): which times belong to the
trigger's own clause, "накануне", the week a gold date cannot hold, the background
events the publication day does not date, and the time of the narrative a body sentence
continues.  `attributes.choose_date` puts them in order.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from khronika.events.tree import NOMINAL, VERBAL, Tree
from khronika.nlp.doc import Event, TimeExpr

# "в конце октября", "в начале 2016 года": the time hangs on a noun that only frames it;
# the frame is where the clause attaches it.
FRAME_NOUNS = frozenset({"конец", "начало", "середина", "половина", "разгар", "течение", "ход",
                         # (mx23, rv23_Q M10) the part of the day the date is told with: "Утром 4 апреля 2017 года
                         # … задержан", "вечером 5 мая"; the parser hangs the date on the noun
                         "утро", "вечер", "ночь", "полдень"})
# "в телеобращении к народу 31 октября осудил", "на пресс-конференции 5 мая заявил": a day
# date of the noun phrase that sets the scene of the act ("в/на ...") dates the act.  A year
# ("на позиции 1997 года") or a date "от" ("указ от 5 мая") names the thing, not the act.
SCENE_PREPS = frozenset({"в", "на"})
# How many infinitive links ("согласилась выплатить", "решила начать вводить") lead from the
# trigger up to the verb whose time it shares.
XCOMP_STEPS = 2
# Adverbs that put the clause before the news: "Ранее суд оправдал", "недавно оправдана".
EARLIER_ADVERBS = frozenset({"ранее", "прежде", "недавно"})
# Conjunctions of a contrast, across which a joined verb does not share the first verb's time.
CONTRAST_CONJUNCTIONS = frozenset({"но", "однако", "а", "зато"})
EARLIER_ADJECTIVES = frozenset({"недавний"})   # "недавним решением суда"
# "Как сообщалось/сообщали X, ...": the event was reported before the article.
REPORT_VERBS = frozenset({"сообщать", "сообщаться", "писать"})
# How far up the tree a background cue still governs the trigger ("Ранее в газете была
# опубликована статья, в которой утверждалось, что власти готовят меры").
BACKGROUND_DEPTH = 4


def _verbal(tree: Tree, j: int) -> bool:
    return tree.tok(j).pos in VERBAL


def clause_hosts(tree: Tree, i: int) -> tuple[set[int], int]:
    """Tokens whose time is the trigger's own, and the verb of the trigger's clause.

    The trigger, its participles ("полученные 26 января ответы"), the verb a nominal trigger
    is the subject, object or adverbial of ("26 января США передали ответ"), and the verbs an
    infinitive trigger depends on ("В конце 2016 года она согласилась выплатить штраф")."""
    hosts = {i, *tree.kids(i, "acl")}
    hosts.update(c for c in tree.kids(i, "amod") if tree.tok(c).feats.get("VerbForm") == "Part")
    verb = i
    head = tree.head(i)
    if head is not None and not _verbal(tree, i) and tree.tok(i).rel in ("obj", "nsubj", "nsubj:pass", "obl"):
        verb = head
        hosts.add(head)
    for _ in range(XCOMP_STEPS):
        head = tree.head(verb)
        if head is None or tree.tok(verb).rel != "xcomp" or not _verbal(tree, head):
            break
        verb = head
        hosts.add(head)
    return hosts, verb


def _attachment(tree: Tree, time: TimeExpr, time_head: int) -> int | None:
    """The token a time dates: its head, or the head of the frame or scene noun it hangs on."""
    head = tree.head(time_head)
    if head is None or tree.tok(head).pos not in NOMINAL or tree.prep(time_head) == "от":
        return head
    if tree.lemma(head) in FRAME_NOUNS:
        return tree.head(head)
    if time.granularity == "day" and tree.tok(head).rel == "obl" and tree.prep(head) in SCENE_PREPS:
        return tree.head(head)
    return head


def _premodifies(tree: Tree, i: int, time_head: int) -> bool:
    """"предстоящей 25-26 июля забастовкой": a time inside the words that modify a nominal
    trigger from the left (however the parser hung it) dates the trigger."""
    if _verbal(tree, i):
        return False
    left = [c for c in tree.kids(i, "amod", "acl") if c < i]
    return bool(left) and min(left) < time_head < i


def clause_time(tree: Tree, i: int, candidates: list[tuple[TimeExpr, int, int]],
                contrast_shares: bool = True) -> TimeExpr | None:
    """The time of the trigger's own clause (`clause_hosts`; of several, the one nearest the
    trigger: "Об этом в среду сообщил адвокат … после приговора в конце октября вспыхнули
    протесты"); failing that, for a verb joined to an earlier one ("В 2017 году он приехал в
    Италию, но ... его арестовали"), the time of the first verb, which the conjoined one shares.
    Without `contrast_shares` (the news of the title and lead, which the publication day dates) not
    across a contrast: "В 2010 году суд приговорил Биби, но Верховный суд оправдал её" turns to the
    news (rev18_A 3)."""
    hosts, verb = clause_hosts(tree, i)
    own = [t for t, h, first in candidates if h in hosts or _attachment(tree, t, h) in hosts or _premodifies(tree, i, h)
           or _in_own_phrase(tree, i, t, h) or _after_own_conjunction(tree, i, first)]
    if own:
        return min(own, key=lambda t: abs(t.start - tree.tok(i).start))
    writer = _document_writer(tree, verb)
    if writer is not None:
        written = [t for t, h, _ in candidates if h == writer or _attachment(tree, t, h) == writer]
        if written:
            return min(written, key=lambda t: abs(t.start - tree.tok(i).start))
    first = tree.head(verb)
    if first is not None and tree.tok(verb).rel == "conj" and first < verb and _verbal(tree, first) and _verbal(tree, verb) \
            and (contrast_shares or not any(_contrast(tree, c) for c in tree.kids(verb, "cc"))):
        shared = [t for t, h, _ in candidates if h == first or _attachment(tree, t, h) == first]
        if shared:
            return shared[0]
    return None


# (mx23) Conjunctions that open a clause of their own: "…, и в марте 2015 года она была приговорена".
CLAUSE_CONJUNCTIONS = frozenset({"и", "а", "но", "однако"})


def _after_own_conjunction(tree: Tree, i: int, first: int) -> bool:
    """(mx23, rv23_Q M10) A time right after the conjunction that opens a verbal trigger's clause, with no comma and
    no other finite verb between it and the trigger, is the clause's own however the parser hung it ("ее арестовали,
    и в ноябре 2010 года судом провинции она была приговорена": the parse hangs the month on "арестовали")."""
    if not _verbal(tree, i) or not 0 < first < i or tree.lemma(first - 1) not in CLAUSE_CONJUNCTIONS:
        return False
    return not any(tree.tok(j).pos == "PUNCT" or tree.tok(j).pos in VERBAL and tree.head(j) != i
                   and tree.tok(j).feats.get("VerbForm") == "Fin" for j in range(first, i))


def _in_own_phrase(tree: Tree, i: int, time: TimeExpr, time_head: int) -> bool:
    """(nx, rv20_Q) A day date closing a nominal trigger's own phrase dates it, wherever the parser hung it
    inside: "на встрече с префектами 18 октября" (the day on "префектами").  A year there names the thing
    ("встреча с ветеранами войны 1941 года")."""
    if _verbal(tree, i) or time.granularity != "day":
        return False
    head = tree.head(time_head)
    return head is not None and head != i and tree.head(head) == i and tree.tok(head).rel == "nmod" \
        and tree.tok(head).pos in NOMINAL


# (nx, rv20_Q) Documents whose content a "в котором/где" clause tells: "29 апреля 2011 года он написал письмо, в
# котором обвинил X" - the act told in the document is dated by the writing of it.
DOCUMENT_NOUNS = frozenset({"письмо", "обращение", "заявление", "статья", "послание", "колонка",
                            "пост", "сообщение", "интервью", "доклад", "отчёт", "отчет", "записка", "жалоба",
                            "телеграмма", "петиция", "книга", "выступление", "речь"})


def _document_writer(tree: Tree, verb: int) -> int | None:
    """The verb of a document noun ("написал [письмо]") whose "в котором"/"где" clause holds `verb` (or holds the
    verb `verb` is joined to: "в котором раскритиковал X и обвинил его")."""
    if tree.tok(verb).rel == "conj" and tree.head(verb) is not None and _verbal(tree, tree.head(verb)):
        verb = tree.head(verb)
    noun = tree.head(verb)
    if noun is None or tree.tok(verb).rel != "acl:relcl":
        return None
    relative = next((c for c in tree.children[verb] if tree.lemma(c) == "который" and tree.prep(c) == "в"
                     or tree.lemma(c) == "где"), None)
    if relative is None:
        return None
    if tree.lemma(noun) not in DOCUMENT_NOUNS:
        noun = _agreeing_document(tree, noun, relative)
        if noun is None:
            return None
    writer = tree.head(noun)
    return writer if writer is not None and _verbal(tree, writer) and tree.lemma(writer) in WRITING_VERBS else None


def _agreeing_document(tree: Tree, noun: int, relative: int) -> int | None:
    """(mx23, rv23_Q M10) The parser hangs a "в котором" clause on the noun just before it, which may be the
    document's addressee ("написал письмо в газету X, в котором обвинил …"): the document noun a few words before
    that noun, with no comma or verb between, when the relative word agrees with it (not "в которой" of the газета;
    in the singular "котором" is masculine or neuter alike)."""
    if tree.lemma(relative) != "который":
        return None
    for j in range(noun - 1, max(-1, noun - DOCUMENT_PHRASE_WORDS), -1):
        token = tree.tok(j)
        if token.pos in ("PUNCT", "VERB", "AUX"):
            return None
        if tree.lemma(j) in DOCUMENT_NOUNS:
            return j if _agrees(token.feats, tree.tok(relative).feats) else None
    return None


# (mx23) How far before the clause's noun the document noun may stand ("письмо в газету Fatto Quotidiano").
DOCUMENT_PHRASE_WORDS = 6


def _agrees(noun: dict, relative: dict) -> bool:
    """The relative word agrees with the noun: same number; in the singular feminine with feminine only."""
    if not noun.get("Number") or noun.get("Number") != relative.get("Number"):
        return False
    return noun.get("Number") == "Plur" or (noun.get("Gender") == "Fem") == (relative.get("Gender") == "Fem")


# (ra, review rev20_A L1) Verbs that make or issue a document, whose date is its content's; a reader's
# ("зачитал обращение, в котором …") or anyone else's act on the document says nothing of when it was written.
WRITING_VERBS = frozenset({"написать", "писать", "направить", "направлять", "отправить", "отправлять",
                           "опубликовать", "публиковать", "подписать", "подписывать", "выступить", "выступать",
                           "издать", "издавать", "выпустить", "выпускать", "распространить", "распространять",
                           "составить", "составлять", "подготовить", "обнародовать", "разместить", "размещать",
                           "принять", "принимать", "прислать", "присылать", "передать", "передавать",
                           "записать", "записывать", "оставить", "обратиться"})


def _contrast(tree: Tree, c: int) -> bool:
    """A conjunction of contrast ("но", "однако", "а", "зато"), not "а также" / "но и" (rev18_E 6)."""
    if tree.lemma(c) not in CONTRAST_CONJUNCTIONS:
        return False
    after = tree.lemma(c + 1) if c + 1 < len(tree.doc.tokens) else ""
    return after not in ("также", "и") and not any(tree.lemma(f) in ("также", "и") for f in tree.children[c])


def day_before(tree: Tree, i: int, published: str | None) -> tuple[bool, str | None]:
    """"Дэвис, который накануне объявил о своем уходе": "накануне" as an adverb of the clause
    (not the preposition "накануне выборов") is the day before the narrative's day: the last time
    before the trigger in its paragraph when that is a day ("9 июля суд приговорил … Накануне
    полиция задержала" → 8 July), none when it is not a day, else the day before publication
    (rev18_A 5).  (said, day): `said` when the clause has that "накануне", so that an event whose
    "накануне" cannot be resolved gets no other date either."""
    hosts, _ = clause_hosts(tree, i)
    if not any(tree.lemma(c) == "накануне" and not tree.kids(c) for host in hosts for c in tree.kids(host, "advmod")):
        return False, None
    # the narrative's day: times of earlier sentences of the paragraph that set one (`_narrative_anchor`: not a
    # span's end or a plan's day), not the trigger's own sentence ("Арестованный в 2016 году … накануне
    # освобожден") (rev18_E 4)
    index = tree.doc.sentence_at(tree.tok(i).start)
    start = tree.doc.sentences[index].start if index is not None else tree.tok(i).start
    earlier = [t for t in _times_before(tree, i) if t.stop <= start]
    if earlier and _narrative_anchor(tree, [earlier[-1]]) is None:
        earlier = []  # (a time that sets no narrative day leaves the publication day as the reference)
    if earlier:
        last = earlier[-1]
        day = last.value if last.granularity == "day" and last.value else None
    else:
        day = published[:10] if published else None
    if day is None:
        return True, None
    try:
        return True, (date.fromisoformat(day[:10]) - timedelta(days=1)).isoformat()
    except ValueError:
        return True, None


def _times_before(tree: Tree, i: int) -> list[TimeExpr]:
    """The time expressions before the trigger in its paragraph, in text order."""
    doc = tree.doc
    start = tree.tok(i).start
    part = doc.part_at(start)
    if part is None:
        return []
    return sorted((t for t in doc.times if doc.part_at(t.start) is part and t.stop <= start), key=lambda t: t.start)


def as_event_date(time: TimeExpr) -> tuple[str | None, str | None]:
    """(value, granularity) an event date can hold: day, month, year (the gold has no weeks).
    "на прошлой неделе" → the month of that week's Thursday (the month most of it lies in)."""
    if time.granularity == "week" and time.value:
        try:
            year, week = time.value.split("-W")
            thursday = date.fromisocalendar(int(year), int(week), 4)
        except ValueError:
            return None, None
        return f"{thursday.year:04d}-{thursday.month:02d}", "month"
    return time.value, time.granularity


def is_background(tree: Tree, i: int) -> bool:
    """The trigger tells of something before the news, which the publication day does not date:
    - an attributive participle ("Асии Биби, оправданной Верховным судом");
    - "ранее", "прежде", "недавно" on the trigger or a clause above it, "недавний" on the
      trigger ("Ранее Верховный суд оправдал", "недавним решением суда");
    - a past "как сообщалось / как сообщали X" on the trigger or a clause above it."""
    token = tree.tok(i)
    if token.feats.get("VerbForm") == "Part" and token.rel in ("acl", "amod"):
        return True
    if any(tree.lemma(c) in EARLIER_ADJECTIVES for c in tree.kids(i, "amod")):
        return True
    for j in [i, *tree.ancestors(i, BACKGROUND_DEPTH)]:
        for c in tree.children[j]:
            lemma = tree.lemma(c)
            if lemma in EARLIER_ADVERBS and tree.tok(c).rel == "advmod" and not any(
                    tree.tok(k).rel == "fixed" or tree.lemma(k) in ("не", "чем") for k in tree.kids(c)):
                return True  # (not "прежде всего", "не ранее чем через час": rev18_A 4; "совсем недавно" is: rev18_E 5)
            if lemma in REPORT_VERBS and tree.tok(c).feats.get("Tense") == "Past" \
                    and any(tree.lemma(m) == "как" for m in tree.kids(c, "mark")):
                return True
    return False



# How many sentences back, inside one paragraph, the narrative's current time still holds.
NARRATIVE_REACH = 2
# Words before the trigger that move the narrative away from that time: to a later, unstated
# one ("Позднее экстремисты вытеснили", "После отстранения от власти арестован"), to an earlier
# one ("за месяц до того Картер избил"), or to another scene ("Между тем партия и
# правительство заключили соглашение", "Тем временем").
SHIFT_WORDS = frozenset({"позднее", "позже", "потом", "затем", "впоследствии", "вскоре", "спустя", "после", "через",
                         "до", "раньше", "прежде", "ранее", "перед"})
SHIFT_PAIRS = (("между", "тем"), ("тем", "временем"))
# "По информации AP, Франция и Испания предложили ей убежище": a sentence that names its own
# source brings a piece of news of its own, not the narrative's next step.
SOURCE_NOUNS = frozenset({"информация", "данные", "слово", "сведение", "сообщение", "оценка"})
# Time phrases the time tagger leaves unresolved still give a sentence a time of its own: a
# frame "в конце лета", "в разгар курортного сезона", a season, "несколько дней назад".
SEASON_NOUNS = frozenset({"лето", "весна", "осень", "зима"})
# "О задержании стало известно 8 февраля": the day of a report is the news's day, not the acts';
# "родился в 1974 году": a birth dates no later act of the person's story.
NON_ANCHORS = frozenset({"сообщить", "сообщать", "сообщаться", "рассказать", "объявить", "писать", "родиться"})
# A time that opens or closes a span or names a plan ("со 2 ноября ввели", "до 2025 года",
# "назначены на 15 января") is not the day the sentence's act happened.
SPAN_PREPS = frozenset({"с", "со", "до", "к", "ко", "по", "на", "от", "после", "через", "за", "около", "между"})


def _perfective_past(tree: Tree, j: int | None) -> bool:
    """A completed act told in the past, which moves a narrative on ("задержали", "был
    задержан", "задержан"); an imperfective past ("Россия требовала") tells of a state or a
    course of action, with no day of its own."""
    if j is None or not _verbal(tree, j) or tree.tok(j).feats.get("Aspect") != "Perf":
        return False
    auxiliaries = [tree.tok(c).feats.get("Tense") for c in tree.kids(j, "aux", "aux:pass", "cop")]
    if any(tense != "Past" for tense in auxiliaries):
        return False  # "будет введено"
    feats = tree.tok(j).feats
    return feats.get("Tense") == "Past" and feats.get("Mood", "Ind") == "Ind"


def _shifted(tree: Tree, first: int, i: int) -> bool:
    """A word before the trigger that moves the narrative to another time or scene, or names
    the sentence's own source ("по информации AP")."""
    words = [tree.tok(j).text.lower() for j in range(first, i)]
    if SHIFT_WORDS & set(words) or any(tuple(words[k:k + 2]) in SHIFT_PAIRS for k in range(len(words) - 1)):
        return True
    return any(tree.lemma(j) in SOURCE_NOUNS and tree.prep(j) == "по" for j in range(first, i))


def _untagged_time(tree: Tree, first: int, stop: int) -> bool:
    """The sentence has a time phrase the time tagger did not resolve (`SEASON_NOUNS`, a frame
    noun after "в", "назад")."""
    for j in range(first, stop):
        lemma = tree.lemma(j)
        if lemma == "назад" or lemma in SEASON_NOUNS or (lemma in FRAME_NOUNS and tree.prep(j) == "в"):
            return True
    return False


def _no_anchor(tree: Tree, j: int) -> bool:
    """"стало известно", "сообщил", "родился": a verb whose time dates no act that follows."""
    if tree.lemma(j) in NON_ANCHORS:
        return True
    return tree.lemma(j) == "стать" and any(tree.lemma(c) in ("известно", "известный") for c in tree.children[j])


def _main_act(tree: Tree, i: int, verb: int) -> bool:
    """The trigger is the act the sentence tells: a verb of the main clause (or one joined to
    it), or the subject or object of such a verb ("провели переговоры"); not an act inside
    another's argument ("подал апелляцию на освобождение") or said by someone ("заявил, что ...")."""
    if i != verb and tree.tok(i).rel not in ("obj", "nsubj", "nsubj:pass", "xcomp"):
        return False
    head = tree.head(verb)
    return head is None or (tree.tok(verb).rel == "conj" and tree.head(head) is None)


def _narrative_anchor(tree: Tree, times: list[TimeExpr]) -> TimeExpr | None:
    """The time a sentence sets for the narrative: its last time, when that time is plain (not a
    span's start or end or a plan's day, `SPAN_PREPS`) and dates a completed past act of the
    sentence (`_attachment`) that is not a report or a birth (`NON_ANCHORS`)."""
    time = times[-1]
    if time.value is None:
        return None
    first, last = tree.doc.token_span(time.start, time.stop)
    heads = [j for j in range(first, last) if tree.head(j) not in range(first, last)]
    if not heads:
        return None
    head = tree.head(heads[0])
    frame = head if head is not None and tree.lemma(head) in FRAME_NOUNS else None
    preps = {tree.tok(first).text.lower(), tree.prep(heads[0]), tree.prep(frame) if frame is not None else None}
    if preps & SPAN_PREPS:
        return None  # "со 2 ноября", "до конца марта"
    host = _attachment(tree, time, heads[0])
    return time if _perfective_past(tree, host) and not _no_anchor(tree, host) else None


def narrative_time(tree: Tree, i: int, sentence_index: int) -> TimeExpr | None:
    """"Акция состоялась 12 июня 2019 года. … Полицейские задержали более 500 человек.": a
    completed past act that the sentence tells (`_perfective_past`, `_main_act`), in a sentence
    that names no time of its own (tagged or not, `_untagged_time`), takes the time of the
    narrative it continues: the time of the nearest sentence with a time, up to
    `NARRATIVE_REACH` sentences back in the same paragraph, when that time sets the narrative
    (`_narrative_anchor`).  Not for background events (`is_background`), and not when a word
    before the trigger moves to a later or earlier time or another scene, or names the
    sentence's own source (`_shifted`)."""
    doc = tree.doc
    sentence = doc.sentences[sentence_index]
    part = doc.part_at(sentence.start)
    if part is None or part.kind == "title" or any(sentence.start <= t.start < sentence.stop for t in doc.times) \
            or _untagged_time(tree, sentence.token_start, sentence.token_stop):
        return None
    _, verb = clause_hosts(tree, i)
    if not _perfective_past(tree, verb) or not _main_act(tree, i, verb) or is_background(tree, i) \
            or _shifted(tree, sentence.token_start, i):
        return None
    for k in range(sentence_index - 1, max(-1, sentence_index - 1 - NARRATIVE_REACH), -1):
        earlier = doc.sentences[k]
        if doc.part_at(earlier.start) is not part:
            return None
        times = [t for t in doc.times if earlier.start <= t.start < earlier.stop]
        if times:
            return _narrative_anchor(tree, times)
        if _shifted(tree, earlier.token_start, earlier.token_stop):
            return None  # (rev18_E 2) a sentence between that moved the time ("До этого …") ends the narrative
    return None


def later_report_dates(first: Event, later: Event, dated_by_own_sentence: Callable[[Event], bool] | None) -> None:
    """A later report of one event dates and places its first report when the first lacks them: a date from the
    later report's text replaces none, or the publication day when the later report's own sentence gives it."""
    replaces_publication_day = first.date_from_article and (dated_by_own_sentence is None
                                                            or dated_by_own_sentence(later))
    if (first.date is None or replaces_publication_day) and not later.date_from_article and later.date:
        first.date, first.date_granularity, first.date_from_article = later.date, later.date_granularity, False
    if first.location is None and later.location is not None:
        first.location = later.location
