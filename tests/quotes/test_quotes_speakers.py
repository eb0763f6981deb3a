"""Table tests for the speaker-resolution rules added in the attribution pass:
text in, (content, expected speaker name) out.  Sentences are made up, not
taken from the gold."""
from __future__ import annotations

import pytest

# (text, content of the quote, expected speaker name or None)
CASES = [
    # an organisation noun refers back to the organisation introduced with the same noun
    ("Забастовку объявил профсоюз машинистов Deutsche Bahn Union. Поезда стоят. "
     "В профсоюзе заявили, что переговоры продолжатся.",
     "переговоры продолжатся", "Deutsche Bahn Union"),
    # "русская сторона" -> the country, even when the geo layer does not link the adjective
    ("Переговоры шли долго. Русская сторона заявила, что проект является коммерческим.",
     "проект является коммерческим", "Россия"),
    # a role that depends on a name is not that name's holder
    ("Советник госсекретаря Иван Петров прилетел в Белград. "
     "Советник Хиллари Клинтон, который посетил Белград, заявил, что дверь не закрыта.",
     "дверь не закрыта", "Иван Петров"),
    # a definite description picks the person introduced with the same noun and adjective
    ("Белорусский певец Руслан Алехно выступил на шоу. Эстонский певец Яак Йоала спел раньше. "
     "Белорусский певец признался, что волновался перед выступлением.",
     "волновался перед выступлением", "Руслан Алехно"),
    # a web site is its own outlet
    ("В Москве открылся новый музей, сообщает example.ru.",
     "В Москве открылся новый музей", "example.ru"),
    # anaphoric opinion frame: the content is the sentence before
    ("Цены на жилье вырастут в следующем году. Такое мнение высказал экономист Олег Смирнов.",
     "Цены на жилье вырастут в следующем году", "Олег Смирнов"),
    # an unframed quote continues the latest speaker even when his frame was a clause quote
    ("Министр Иван Сидоров выступил в парламенте. «Бюджет будет принят в срок», — подчеркнул он. "
     "Он также заметил, что расходы вырастут.\n\n«Мы не будем повышать налоги в этом году».",
     "Мы не будем повышать налоги в этом году", "Иван Сидоров"),
    ("Министр Иван Сидоров выступил в парламенте. Он подчеркнул, что проект «Северный путь» важен для всех. "
     "«Вопросы бюджета должны решаться в парламенте, а не в правительстве» — подчеркнул он. "
     "При этом он заметил, что в Москве серьезно относятся к замечаниям партнеров. "
     "«Вводить новые налоги все равно не является верным путем».",
     "Вводить новые налоги все равно не является верным путем", "Иван Сидоров"),
]


@pytest.mark.parametrize("text,content,speaker", CASES, ids=[c[2] or "none" for c in CASES])
def test_speaker(enrich, text, content, speaker):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"no quote {content!r}; got {[q.text for q in doc.quotes]}"
    got = found[0].speaker.name if found[0].speaker else None
    assert got == speaker


def test_author_aside_is_not_a_quote(enrich):
    doc = enrich("Напомним, что отставка министра стала второй за неделю.")
    assert doc.quotes == []


def test_outlet_is_not_continued_by_an_unframed_quote(enrich):
    doc = enrich("Суд оправдал фермера. Об этом сообщает Би-би-си.\n\n"
                 "«Становится все труднее жить в этой деревне, потому что соседи нас не уважают».")
    unframed = [q for q in doc.quotes if q.text.startswith("Становится")]
    assert unframed and (unframed[0].speaker is None or unframed[0].speaker.name != "Би-би-си")
