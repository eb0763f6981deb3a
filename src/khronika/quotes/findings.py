"""Findings of research reported as their authors' statement: "Опрос ВЦИОМ показал, что …",
"Исследование, которое провели в Оксфорде, показало, что …", "Приведенные Институтом расчеты
показали: …".  A verb of showing is no speech verb (the lexicon blocks it: "видео показывает, что"),
but with a study, a survey or a count as its subject the clause reports what that document says
(the design gold annotates "расчеты показали: …" with the calculations' author as speaker).
"""
from __future__ import annotations

from khronika.quotes.context import QuoteContext
from khronika.quotes.cues import lemma

# Verbs of showing and proving whose content is a result.
FINDING_VERBS = frozenset({"показать", "показывать", "продемонстрировать", "демонстрировать", "выявить",
                           "выявлять", "доказать", "доказывать", "свидетельствовать", "засвидетельствовать"})
# Nouns of an inquiry that publishes its result: studies, surveys, counts, audits, examinations.
# (Not "опыт", "практика", "история", "время": they "show" what the author concludes.)
RESEARCH_NOUNS = frozenset({"исследование", "опрос", "анкетирование", "соцопрос", "расчет", "подсчет", "анализ",
                            "экспертиза", "проверка", "аудит", "мониторинг", "перепись", "испытание",
                            "эксперимент", "тестирование", "обследование", "вскрытие", "расследование",
                            "моделирование", "замер", "измерение"})


def research_finding(ctx: QuoteContext, verb: int) -> bool:
    """The verb is a verb of showing whose subject (or, in a relative clause, whose
    antecedent) is a research noun: "Опрос показал, что …", "анализы, которые показали, что …"."""
    token = ctx.tokens[verb]
    if lemma(token) not in FINDING_VERBS or token.pos != "VERB" or _unrealised(ctx, verb):
        return False
    subject = _study_noun(ctx, verb)
    return subject is not None and lemma(ctx.tokens[subject]) in RESEARCH_NOUNS


# Verbs of carrying out or presenting a study: their agent is its author ("опрос, проведенный
# Левада-центром", "приведенные Институтом расчеты", "исследование, которое провели в Оксфорде").
# (Not "сдать": "анализы, которые сдал X" names the one examined.)
CONDUCT_VERBS = frozenset({"провести", "проводить", "осуществить", "осуществлять", "выполнить", "выполнять",
                           "произвести", "производить", "подготовить", "готовить", "сделать", "составить",
                           "организовать", "опубликовать", "публиковать", "обнародовать", "представить",
                           "привести", "приводить"})
# Nouns of examining something take what they examine in the genitive ("проверка деятельности X",
# "вскрытие тела X", "аудит компании X"); the other study nouns take their author ("опрос ВЦИОМ").
EXAMINED_GENITIVE_NOUNS = frozenset({"проверка", "аудит", "вскрытие", "обследование", "испытание", "тестирование",
                                     "замер", "измерение"})
# A genitive author is an organisation or an outlet ("исследование Pfizer"); a person in the genitive may
# as well be the one studied ("обследование Иванова", "анализы Петрова").
GENITIVE_AUTHORS = ("ORG", "MEDIA")


def _unrealised(ctx: QuoteContext, verb: int) -> bool:
    """A result not (yet) obtained: "Проверка может показать, что …" (an infinitive under a modal),
    "Вскрытие покажет, что …" (future), "показало бы" (conditional) - the guide's statements that
    did not happen are no quotes."""
    token = ctx.tokens[verb]
    return token.feats.get("VerbForm") == "Inf" or token.feats.get("Tense") == "Fut" \
        or any(lemma(ctx.tokens[k]) == "бы" for k in ctx.kids(verb, "aux"))


# (mO34) Nouns of a survey of opinion: with no pollster named its figures are nobody's statement (the design
# gold's non-quotes: "Другой опрос показал, что …", "Социологические опросы показывают, что …"), unlike a
# study or a test, whose result the gold keeps with an unknown author ("другие испытания выявили, что …").
POLL_NOUNS = frozenset({"опрос", "соцопрос", "анкетирование"})


def anonymous_poll(ctx: QuoteContext, verb: int) -> bool:
    """The subject of the verb of showing is a survey that names no author: "Опрос общественного мнения
    показал, что …" (not "Опрос ВЦИОМ показал", "опрос, проведенный Левада-центром, показал")."""
    subject = _study_noun(ctx, verb)
    return subject is not None and lemma(ctx.tokens[subject]) in POLL_NOUNS and study_author_of(ctx, subject) is None


def study_author(ctx: QuoteContext, verb: int) -> int | None:
    """The author of the study that is the subject of a verb of showing (see `study_author_of`)."""
    subject = _study_noun(ctx, verb)
    return study_author_of(ctx, subject) if subject is not None else None


def _study_noun(ctx: QuoteContext, verb: int) -> int | None:
    """The subject of the verb of showing, or in a relative clause ("анализы, которые показали")
    the noun "который" stands for."""
    subject = ctx.subject_of(verb)
    if subject is None:
        return None
    if lemma(ctx.tokens[subject]) == "который" and ctx.tokens[verb].rel == "acl:relcl":
        subject = ctx.tokens[verb].head
    return subject if 0 <= subject < len(ctx.tokens) else None


def study_author_of(ctx: QuoteContext, noun: int) -> int | None:
    """The token heading the study's author: the agent of a verb that carried it out ("опрос,
    проведенный центром «Левада»", "Приведенные Институтом расчеты"), else an organisation or an
    outlet in the genitive on the study noun itself ("исследование ВОЗ").  Never what the study is
    about ("опрос о доверии к X", "опрос среди сторонников X", "вскрытие тела X"): None then."""
    agent = _conducting_agent(ctx, noun)
    return agent if agent is not None else _genitive_author(ctx, noun)


def _conducting_agent(ctx: QuoteContext, noun: int) -> int | None:
    """The instrumental agent of a passive participle of conducting on the study, the subject of such
    a relative clause, or an organisation it was conducted in ("провели в Оксфорде")."""
    # (the participle may agree with the study's genitive: "опросу общественного мнения, проведенного X")
    phrase = [noun] + [k for k in ctx.kids(noun, "nmod") if k > noun and not ctx.kids(k, "case")]
    for verb in (v for k in phrase for v in ctx.kids(k, "acl", "amod", "acl:relcl")):
        if lemma(ctx.tokens[verb]) not in CONDUCT_VERBS:
            continue
        for k in ctx.kids(verb, "obl:agent", "obl", "nsubj"):
            token = ctx.tokens[k]
            preps = {ctx.tokens[p].text.lower() for p in ctx.kids(k, "case")}
            if lemma(token) == "который" or token.pos not in ("NOUN", "PROPN"):
                continue
            if not preps and (token.rel == "nsubj" or token.feats.get("Case") == "Ins"):
                named = _named_as(ctx, k, ("PER", "ORG", "MEDIA"))
                if named is not None or ctx.agentive(k):  # ("институтом STEM/MARK", "учеными Оксфорда")
                    return named if named is not None else k
            if preps & {"в", "во"} and _named_as(ctx, k, ("ORG",)) is not None:
                return k
    return None


def _genitive_author(ctx: QuoteContext, noun: int) -> int | None:
    """An organisation or outlet named right after the study noun, with no preposition ("опрос
    «Левада-центра»", "исследования компании Pfizer"), unless the noun takes its object there."""
    if lemma(ctx.tokens[noun]) in EXAMINED_GENITIVE_NOUNS:
        return None
    for k in ctx.kids(noun, "nmod", "appos", "flat:name"):
        if k > noun and not ctx.kids(k, "case"):
            head = _named_as(ctx, k, GENITIVE_AUTHORS)
            if head is not None:
                return head
    return None


def _named_as(ctx: QuoteContext, k: int, types: tuple[str, ...]) -> int | None:
    """The head token of a mention of `types` that covers token `k` or its apposed name ("компании
    «Газпром»"), not one deeper in its phrase ("деятельности компании X")."""
    spots = [k] + ctx.kids(k, "appos", "flat:name")
    first, last = ctx.res.subtree(k, frozenset())  # (adjectives and conjuncts: "Испанского фонда науки и технологий")
    for mention in ctx.res.mentions_in(ctx.tokens[first].start, ctx.tokens[last - 1].stop):
        if mention.type not in types:
            continue
        m_first, m_stop = ctx.doc.token_span(mention.start, mention.stop)
        if any(m_first <= spot < m_stop for spot in spots):
            return next((t for t in range(m_first, m_stop) if not m_first <= ctx.tokens[t].head < m_stop), m_first)
    return None
