"""Interview answers: in a question-and-answer article the interviewer's questions and the
interviewee's answers are paragraphs opened by a dash ("- Стоит ли …?" / "- Официально …").
An answer paragraph carries no frame of its own, yet it is the interviewee's direct speech
(gold/quotes README: quoted words with no frame, speaker null, cue `none`, norm the speaker
the context makes clear).  The lead (the title and the paragraphs before the first question)
must announce an interview ("побеседовала с …", "ответил на вопросы", "в интервью"): a
question-and-answer explainer in the outlet's own voice quotes no one.  The interviewee is the
one person the lead names; when it names no one or several, the answers keep no speaker.
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
INTERVIEW_WORDS = frozenset({"интервью", "беседа", "беседовать", "побеседовать", "поговорить", "разговор",
                             "вопрос", "спросить", "расспросить", "собеседник"})
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
    return any(lemma(ctx.tokens[k]) in INTERVIEW_WORDS for k in range(first, last))


def _interviewee(ctx: QuoteContext, before: int) -> SpeakerRef | None:
    """The one person the title and the lead paragraphs before the first question name (one
    actor however written; a name glossed in brackets after it, "Фридриху фон Болену
    (Friedrich von Bohlen)", is the same one); the fullest mention names them."""
    text = ctx.doc.text
    persons = [m for m in ctx.doc.mentions if m.type == "PER" and m.stop <= before and m.normal.strip()]
    persons = [m for n, m in enumerate(persons)
               if not (n and re.fullmatch(r"\s*\(\s*", text[persons[n - 1].stop:m.start]))]
    if len({m.actor_id or m.normal for m in persons}) != 1:
        return None
    mention = max(persons, key=lambda m: len(m.normal.split()))
    first, last = ctx.doc.token_span(mention.start, mention.stop)
    return ctx.res.from_head(first) if first < last else None
