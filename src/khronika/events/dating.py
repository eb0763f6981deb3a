"""The pieces of an event's date that read the tree (issue 5): which times belong to the
trigger's own clause, "накануне", the week a gold date cannot hold, and the background
events the publication day does not date.  `attributes.choose_date` puts them in order.
"""
from __future__ import annotations

from datetime import date, timedelta

from khronika.events.tree import NOMINAL, VERBAL, Tree
from khronika.nlp.doc import TimeExpr

# "в конце октября", "в начале 2016 года": the time hangs on a noun that only frames it;
# the frame is where the clause attaches it.
FRAME_NOUNS = frozenset({"конец", "начало", "середина", "половина", "разгар", "течение", "ход"})
# "в телеобращении к народу 31 октября осудил", "на пресс-конференции 5 мая заявил": a day
# date of the noun phrase that sets the scene of the act ("в/на ...") dates the act.  A year
# ("на позиции 1997 года") or a date "от" ("указ от 5 мая") names the thing, not the act.
SCENE_PREPS = frozenset({"в", "на"})
# How many infinitive links ("согласилась выплатить", "решила начать вводить") lead from the
# trigger up to the verb whose time it shares.
XCOMP_STEPS = 2
# Adverbs that put the clause before the news: "Ранее суд оправдал", "недавно оправдана".
EARLIER_ADVERBS = frozenset({"ранее", "прежде", "недавно"})
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


def clause_time(tree: Tree, i: int, candidates: list[tuple[TimeExpr, int, int]]) -> TimeExpr | None:
    """The time of the trigger's own clause (`clause_hosts`; of several, the one nearest the
    trigger: "Об этом в среду сообщил адвокат … после приговора в конце октября вспыхнули
    протесты"); failing that, for a verb joined to an earlier one ("В 2017 году он приехал в
    Италию, но ... его арестовали"), the time of the first verb, which the conjoined one shares."""
    hosts, verb = clause_hosts(tree, i)
    own = [t for t, h, _ in candidates if h in hosts or _attachment(tree, t, h) in hosts or _premodifies(tree, i, h)]
    if own:
        return min(own, key=lambda t: abs(t.start - tree.tok(i).start))
    first = tree.head(verb)
    if first is not None and tree.tok(verb).rel == "conj" and first < verb and _verbal(tree, first) and _verbal(tree, verb):
        shared = [t for t, h, _ in candidates if h == first or _attachment(tree, t, h) == first]
        if shared:
            return shared[0]
    return None


def day_before(tree: Tree, i: int, published: str | None) -> str | None:
    """"Дэвис, который накануне объявил о своем уходе": "накануне" as an adverb of the clause
    (not the preposition "накануне выборов") is the day before the publication day."""
    if not published:
        return None
    hosts, _ = clause_hosts(tree, i)
    for host in hosts:
        for c in tree.kids(host, "advmod"):
            if tree.lemma(c) == "накануне" and not tree.kids(c):
                try:
                    return (date.fromisoformat(published[:10]) - timedelta(days=1)).isoformat()
                except ValueError:
                    return None
    return None


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
            if lemma in EARLIER_ADVERBS and tree.tok(c).rel == "advmod":
                return True
            if lemma in REPORT_VERBS and tree.tok(c).feats.get("Tense") == "Past" \
                    and any(tree.lemma(m) == "как" for m in tree.kids(c, "mark")):
                return True
    return False

