"""Interview answers: in a question-and-answer article the interviewer's questions and the
interviewee's answers are paragraphs opened by a dash ("- Стоит ли …?" / "- Официально …").
An answer paragraph carries no frame of its own, yet it is the interviewee's direct speech
(gold/quotes README: quoted words with no frame, speaker null, cue `none`, norm the speaker
the context makes clear).  The lead (the title and the paragraphs before the first question)
must announce an interview ("побеседовала с …", "ответил на вопросы", "в интервью"): a
question-and-answer explainer in the outlet's own voice quotes no one.  The interviewee is the
one person the lead names, not the interviewer (the subject of "поговорил с", "спросил"); when it
names no one or several, the answers keep no speaker: dash-marked words of an announced interview are
someone's direct speech (the README's unframed quoted words: speaker null).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from khronika.nlp.doc import Part, SpeakerRef
from khronika.quotes.blocks import BLOCK_MIN_WORDS, words_span
from khronika.quotes.candidate import Candidate
from khronika.quotes.context import QuoteContext
from khronika.quotes.cues import lemma

# Two dash-opened questions and two answers at least make the article an interview (one
# exchange may be a quoted dialogue inside a report).
MIN_QUESTIONS = 2
MIN_ANSWERS = 2
# A question may end with a remark after its "?" ("… мог бы дать толчок? Кроме прочего, я
# имею в виду …"): a "?" in its last sentences makes the paragraph a question.
QUESTION_TAIL_SENTENCES = 2
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
# A dash after the words and a lower-case word: an author's remark inside a dialogue line
# ("Ваше величество! – почтительно склонился премьер-министр, – …"), so the line is framed.
_REMARK = re.compile(r"[,.!?…]\s*(?:[—–]|-(?=\s))\s*[а-яё]")
# Quotation marks that close in the paragraph without opening in it: the dialogue is inside a
# quoted story (an anecdote someone told), whose teller speaks, not its characters.
_CLOSING_MARKS = "»”"
_OPENING_MARKS = "«„“"
# A dash opening a paragraph: an em or en dash, or a hyphen followed by a space (web text).
_OPENING_DASH = re.compile(r"\s*(?:[—–]|-(?=\s))\s*")
# Words of a lead that announce an interview: the questions are put to someone.
# (ma25, rev25_A M1: not a bare "вопрос", the word of an outlet's explainer "Отвечаем на главные вопросы")
INTERVIEW_WORDS = frozenset({"интервью", "беседа", "беседовать", "побеседовать", "поговорить", "разговор",
                             "спросить", "расспросить", "собеседник"})
# "ответил на вопросы", "задали вопросы": "вопрос" announces an interview with a verb of answering
# or asking that is neither the outlet's first person ("Отвечаем на вопросы") nor an imperative.
QUESTION_VERBS = frozenset({"ответить", "отвечать", "задать", "задавать"})
# The subjects of these verbs are the interviewer, never the one who answers
# ("Корреспондент Иван Петров поговорил с жителями").
INTERVIEWER_VERBS = frozenset({"беседовать", "побеседовать", "поговорить", "спросить", "расспросить", "задать",
                               "задавать", "взять"})
# Steps from a name up to the subject it belongs to ("Корреспондент Иван Петров": apposition, name parts).
SUBJECT_CLIMB = 2
# Ends of a list item or a lead-in rather than of an answer.
_NOT_ANSWER_END = (":", ";", ",")


def interview_answers(ctx: QuoteContext, framed: Sequence[Candidate]) -> list[Candidate]:
    """One direct candidate per unframed dash-opened answer paragraph of an interview.
    `framed` are the dialogue candidates: a paragraph with a frame of its own ("…, -
    поясняет X. - …") is left to them."""
    text = ctx.doc.text
    body = [p for p in ctx.doc.parts if p.kind == "paragraph"]
    questions = [p for p in body if _dash_opened(text, p) and _question(text, p)]
    if len(questions) < MIN_QUESTIONS:
        return []
    first_question = questions[0].start
    if not _announces_interview(ctx, first_question):
        return []
    speaker = _interviewee(ctx, first_question)
    out = []
    for part in body:
        if part.start < first_question or not _dash_opened(text, part) or _question(text, part) \
                or any(part.start <= c.start < part.stop for c in framed):
            continue
        start, stop = words_span(text, _OPENING_DASH.match(text, part.start).end(), part.stop)
        words = text[start:stop]
        if len(re.findall(r"\w+", words)) < BLOCK_MIN_WORDS or words.endswith(_NOT_ANSWER_END) \
                or _REMARK.search(words) or _closes_outer_quote(words):
            continue
        out.append(Candidate(start, stop, "answer", "none", speaker=speaker))
    return out if len(out) >= MIN_ANSWERS else []


def _dash_opened(text: str, part: Part) -> bool:
    match = _OPENING_DASH.match(text, part.start, part.stop)
    return match is not None and bool(re.search(r"[—–-]", match.group(0))) and match.end() < part.stop


def _question(text: str, part: Part) -> bool:
    sentences = _SENTENCE_END.split(text[part.start:part.stop].strip())
    return any(sentence.endswith("?") for sentence in sentences[-QUESTION_TAIL_SENTENCES:])


def _closes_outer_quote(words: str) -> bool:
    return sum(words.count(c) for c in _CLOSING_MARKS) > sum(words.count(c) for c in _OPENING_MARKS)


def _announces_interview(ctx: QuoteContext, before: int) -> bool:
    first, last = ctx.doc.token_span(0, before)
    return any(lemma(ctx.tokens[k]) in INTERVIEW_WORDS or _questions_put(ctx, k) for k in range(first, last))


def _questions_put(ctx: QuoteContext, k: int) -> bool:
    """"ответил на вопросы", "задал вопросы": questions someone answered or was asked."""
    verb = ctx.tokens[k].head
    if lemma(ctx.tokens[k]) != "вопрос" or verb < 0:
        return False
    feats = ctx.tokens[verb].feats
    return lemma(ctx.tokens[verb]) in QUESTION_VERBS and feats.get("Person") != "1" and feats.get("Mood") != "Imp"


def _interviewer(ctx: QuoteContext, first: int, last: int) -> bool:
    """The name at tokens [first, last) is the subject of a verb of talking to or asking someone."""
    if first >= last:
        return False
    k = first
    for _ in range(SUBJECT_CLIMB + 1):
        token = ctx.tokens[k]
        if token.rel.startswith("nsubj") and token.head >= 0 and lemma(ctx.tokens[token.head]) in INTERVIEWER_VERBS:
            return True
        if token.head < 0 or token.rel not in ("appos", "flat:name", "flat", "nsubj"):
            return False
        k = token.head
    return False


def _interviewee(ctx: QuoteContext, before: int) -> SpeakerRef | None:
    """The one person the title and the lead paragraphs before the first question name (one
    actor however written; a name glossed in brackets after it, "Фридриху фон Болену
    (Friedrich von Bohlen)", is the same one); the fullest mention names them."""
    text = ctx.doc.text
    persons = [m for m in ctx.doc.mentions if m.type == "PER" and m.stop <= before and m.normal.strip()]
    persons = [m for n, m in enumerate(persons)
               if not (n and re.fullmatch(r"\s*\(\s*", text[persons[n - 1].stop:m.start]))]
    persons = [m for m in persons if not _interviewer(ctx, *ctx.doc.token_span(m.start, m.stop))]
    if len({m.actor_id or m.normal for m in persons}) != 1:
        return None
    mention = max(persons, key=lambda m: len(m.normal.split()))
    first, last = ctx.doc.token_span(mention.start, mention.stop)
    return ctx.res.from_head(first) if first < last else None
