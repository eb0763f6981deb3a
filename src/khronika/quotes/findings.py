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
    if lemma(token) not in FINDING_VERBS or token.pos != "VERB":
        return False
    subject = ctx.subject_of(verb)
    if subject is None:
        return False
    if lemma(ctx.tokens[subject]) == "который" and token.rel == "acl:relcl":
        subject = token.head
    return 0 <= subject < len(ctx.tokens) and lemma(ctx.tokens[subject]) in RESEARCH_NOUNS


def study_author(ctx: QuoteContext, verb: int) -> int | None:
    """The token heading the first person, organisation or outlet named inside the study's phrase
    ("Опрос, проведенный центром «Левада»", "исследование ВОЗ", "Приведенные Институтом расчеты"):
    the author speaks for the study.  None when the phrase names nobody."""
    subject = ctx.subject_of(verb)
    if subject is None:
        return None
    if lemma(ctx.tokens[subject]) == "который":
        subject = ctx.tokens[verb].head
    first, stop = ctx.res.subtree(subject, frozenset({"conj", "parataxis", "acl:relcl"}))
    stop = min(stop, verb)
    if first >= stop:
        return None
    for mention in ctx.res.mentions_in(ctx.tokens[first].start, ctx.tokens[stop - 1].stop):
        if mention.type in ("PER", "ORG", "MEDIA"):
            m_first, m_stop = ctx.doc.token_span(mention.start, mention.stop)
            return next((k for k in range(m_first, m_stop) if not m_first <= ctx.tokens[k].head < m_stop), m_first)
    return None
