"""mL33 table tests (review rv33_Q C5, quotation boundaries at marks): a guillemet left with a space after it,
right after a word ('информирует « Персонал …'), where a page dropped a linked outlet's name, opens nothing - the
quote is the glued «…» before the dash frame.  Made-up sentences in the shape of unread text (ryan-ru_file_32).
Guards keep spaced quotes that close before any other opener, and a spaced opener after a sentence stop.
A paragraph after a colon frame that quotes someone with a dash frame of its own («…», — отметил он) is the
narration after a statement the page lost, not the colon's block quote (unread text 40598_text)."""
from __future__ import annotations

import pytest

from khronika.quotes.marks import find_quoted
from quote_checks import assert_no_quote_with, speaker_of


def spans(text: str) -> list[str]:
    return [text[s.start:s.stop] for s in find_quoted(text)]


# (label, text, expected quoted spans)
SPANS = [
    ("an orphan « after 'информирует' opens nothing",
     "Авиакомпания отменила рейсы, информирует « Персонал требует прибавки. «Забастовка необоснованна», "
     "— сообщили в компании.",
     ["Забастовка необоснованна"]),
    ("an orphan « after 'сообщает' opens nothing; the glued inner name is a span of its own",
     "«Это не так», — добавил он, сообщает « До этого, как напоминает RT, власти обсуждали «Северный поток».",
     ["Это не так", "Северный поток"]),
    ("guard: a spaced quote that closes before any other opener is kept",
     "Джонсон заявил, что королевство « движется к статусу колонии », теряя выгоды.",
     [" движется к статусу колонии "]),
    ("guard: a spaced opener after a sentence stop is kept",
     "Он ушел. « Не надо быть экспертом. Грозный «Император» проиграл», – написал он.",
     [" Не надо быть экспертом. Грозный «Император» проиграл", "Император"]),
]

# (label, text, content, speaker, kind, cue)
QUOTES = [
    ("the dash frame's quote starts at the glued «, not at the orphan before the narration",
     "Забастовка в Бельгии\n\n"
     "Авиакомпания Ryanair отменила 600 рейсов, информирует « Персонал лоукостера требует прибавки. «Эта "
     "забастовка необоснованна и не несет ничего, кроме вреда пассажирам», — сообщили в Ryanair.",
     "Эта забастовка необоснованна и не несет ничего, кроме вреда пассажирам", "Ryanair", "direct", "сообщить"),
    ("a paragraph quoting someone with its own dash frame is no block: its quotes keep their speakers",
     "Бегун сбежал из сборной\n\n"
     "Бегун сбежал из расположения сборной, сообщила федерация легкой атлетики.\n\n"
     "В заявлении федерации говорится:\n\n"
     "В прошлом году бегун стал чемпионом страны. Тренер сборной Игорь Волков сообщил журналистам, что "
     "о бегуне ничего не известно. «К нам никаких просьб от него не поступало», — отметил он.",
     "о бегуне ничего не известно", "Игорь Волков", "indirect",
     "сообщить"),
]

# (label, text, words no quote may hold)
NO_BLOCK = [
    ("the narration after a colon whose statement the page lost is no block quote",
     "Бегун сбежал из сборной\n\n"
     "Бегун сбежал из расположения сборной, сообщила федерация легкой атлетики.\n\n"
     "В заявлении федерации говорится:\n\n"
     "В прошлом году бегун стал чемпионом страны. Тренер сборной Игорь Волков сообщил журналистам, что "
     "о бегуне ничего не известно. «К нам никаких просьб от него не поступало», — отметил он.",
     "стал чемпионом страны"),
]


@pytest.mark.parametrize("label,text,expected", SPANS, ids=[c[0] for c in SPANS])
def test_mL33_spans(label, text, expected):
    assert spans(text) == expected, label


@pytest.mark.parametrize("label,text,content,speaker,kind,cue", QUOTES, ids=[c[0] for c in QUOTES])
def test_mL33_quotes(enrich, label, text, content, speaker, kind, cue):
    doc = enrich(text)
    assert speaker_of(doc, content, label) == speaker, label
    quote = next(q for q in doc.quotes if q.text == content)
    assert (quote.kind, quote.cue) == (kind, cue), label


@pytest.mark.parametrize("label,text,absent", NO_BLOCK, ids=[c[0] for c in NO_BLOCK])
def test_mL33_no_block(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
