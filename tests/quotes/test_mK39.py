"""(mK39) Review rv39_Q C2: quotation marks inside an indirect content around a term or a title are the narrator's,
not the speaker's words, so the quote stays `indirect` (gold/quotes/README.md: names, titles and scare quotes are no
quoted words).  Made-up sentences with invented names; "guard" rows passed on the old code and must keep passing: the
speaker's own words in marks keep a content `mixed`.  A lower-case title after its noun («по программе «реновации»»)
and an inscription after «с надписью» fired nowhere on unread text: they are on the branch mK39-nofire."""
from __future__ import annotations

import pytest

from quote_checks import quote_of

# (label, text, content of the quote, expected kind)
CASES = [
    ("a term after «так называемая»",
     "В министерстве считают, что так называемая «реформа» лишь ухудшит положение жителей.",
     "так называемая «реформа» лишь ухудшит положение жителей", "indirect"),
    ("a three-word term after «так называемой»",
     "Депутат Олег Петров заявил, что после так называемой «оптимизации сельских школ» учителей стало меньше.",
     "после так называемой «оптимизации сельских школ» учителей стало меньше", "indirect"),
    ("a code article's title after its number and code",
     "В полиции отметили, что нарушителей могут наказать по ст. 6.3 КоАП «Нарушение законодательства в области "
     "обеспечения санитарно-эпидемиологического благополучия населения».",
     "нарушителей могут наказать по ст. 6.3 КоАП «Нарушение законодательства в области обеспечения "
     "санитарно-эпидемиологического благополучия населения»", "indirect"),
    ("a long code article's title in brackets",
     "В полиции сообщили, что возбуждено уголовное дело по ч. 1 ст. 166 УК РФ («Неправомерное завладение "
     "автомобилем или иным транспортным средством без цели хищения»).",
     "возбуждено уголовное дело по ч. 1 ст. 166 УК РФ («Неправомерное завладение автомобилем или иным "
     "транспортным средством без цели хищения»)", "indirect"),
    ("a show's title with a finite verb after «программа»",
     "Актриса Анна Котова заявила, что программа «Пусть говорят» показала себя не с лучшей стороны.",
     "программа «Пусть говорят» показала себя не с лучшей стороны", "indirect"),
    ("a programme's title with a finite verb after «программы»",
     "Мэр Иван Орлов рассказал, что в рамках программы «Соловей поет в Каро» покажут десять фильмов.",
     "в рамках программы «Соловей поет в Каро» покажут десять фильмов", "indirect"),
    ("a show's name with an imperative after «шоу»",
     "Продюсер Мария Орлова сообщила, что ведущий возвращается в шоу «Давай поженимся».",
     "ведущий возвращается в шоу «Давай поженимся»", "indirect"),
    ("a piece's headline after «под заголовком»",
     "Сенатор Олег Петров заявил, что статья под заголовком «Почему вирус не убил больше русских» написана "
     "плохо.",
     "статья под заголовком «Почему вирус не убил больше русских» написана плохо", "indirect"),
    ("a name in straight marks after an unclosed straight mark earlier in the text",
     "Депутат Олег Петров написал: \"Цитирую: \"Завтра всех исключат\", - пересказал он. Как сообщал канал ранее, "
     "фракция \"Новая сила\" исключила из своего состава двух депутатов.",
     "фракция \"Новая сила\" исключила из своего состава двух депутатов", "indirect"),
    ("guard: the speaker's evaluative word stays mixed",
     "Эксперт Иван Котов заявил, что компании «тихо» уходят с рынка.",
     "компании «тихо» уходят с рынка", "mixed"),
    ("guard: the speaker's quoted clause after a title noun stays mixed",
     "Министр Олег Петров заявил, что программа «работает плохо и требует денег».",
     "программа «работает плохо и требует денег»", "mixed"),
    ("guard: the speaker's words in the instrumental after «назвал это учение» stay mixed (not a title)",
     "Председатель партии Иван Орлов назвал это учение «руководящей идеей партии и государства».",
     "это учение «руководящей идеей партии и государства»", "mixed"),
    ("guard: people in marks after «программу» are the speaker's words (no title)",
     "Критик Иван Орлов заявил, что редакция пригласила на программу «непримиримых антагонистов».",
     "редакция пригласила на программу «непримиримых антагонистов»", "mixed"),
    ("guard: a clause of the speaker's words in marks stays mixed",
     "Министр Олег Петров заявил, что реформа «уже дала первые результаты в трех регионах страны».",
     "реформа «уже дала первые результаты в трех регионах страны»", "mixed"),
]


@pytest.mark.parametrize("label, text, content, kind", CASES, ids=[c[0][:60] for c in CASES])
def test_kind_of_marked_terms(enrich, label, text, content, kind):
    quote = quote_of(enrich(text), content, label)
    assert quote.kind == kind, f"{label}: {quote.kind}"
