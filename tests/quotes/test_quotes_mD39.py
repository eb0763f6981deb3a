"""Helper mD39 (thirty-ninth session), review rv39_Q C4: documents and data with no author in their frame.

(1) "Согласно данным о продажах, …", "Согласно документации к тендеру, …", "Согласно документу, …" (no document with
an author just before): an opening "согласно" on a report or document noun, bare or with a topic complement (о/к +
NP), reports the rest of the sentence by no one the text names (quotes-dev9's "согласно итоговому анализу данных":
speaker null, norm unknown) - or by the owner of the site its participle names, or by whoever issued the thing a bare
"документ" points back to ("Минздрав утвердил дорожную карту. Согласно документу, …").
(2) "В пояснительной записке говорится, что …": a bill's explanatory note is by whoever the text shows bringing in
or drafting the bill before it ("Депутаты ЛДПР внесли в Госдуму законопроект").
Guards: a frame run into its clause, a bare "Согласно данным," (an owner cut), a postposed speech cue, an owned
report, another kind of note.  Made-up sentences; rows marked old=False failed on the code before mD39."""
from __future__ import annotations

import pytest

from quote_checks import assert_body_speaker, quote_of

# (rule, text, quoted words, expected speaker name or None for a quote with no speaker, passes on the old code)
SPEAKER_ROWS = [
    ("«согласно данным о + NP»: no author", "Согласно данным о продажах, спрос на самокаты вырос вдвое.",
     "спрос на самокаты вырос вдвое", None, False),
    ("«согласно данным о + NP» with an adjective in the topic",
     "Согласно данным о клинических испытаниях, даже небольшая доза препарата способна убить вирус за двое суток.",
     "даже небольшая доза препарата способна убить вирус за двое суток", None, False),
    ("«согласно документации к + NP»: no author",
     "Согласно документации к тендеру, подрядчик должен сдать мост до 1 июня.",
     "подрядчик должен сдать мост до 1 июня", None, False),
    ("a bare «согласно документу» after an issuing verb: its subject",
     "Минздрав России утвердил дорожную карту вакцинации. Согласно документу, прививки будут делать в четыре этапа.",
     "прививки будут делать в четыре этапа", "Минздрав России", False),
    ("a bare «согласно документу» after a decree with no issuer in view: no speaker",
     "Соответствующий указ опубликован вечером.\n\nСогласно документу, кабинету министров поручено подготовить "
     "поправки.", "кабинету министров поручено подготовить поправки", None, False),
    ("«согласно документу, опубликованному на сайте X»: the site's owner",
     "Власти выделили деньги регионам. Согласно документу, опубликованному на сайте правительства, регионы получат "
     "дотации.", "регионы получат дотации", "правительство", False),
    ("«согласно информации, опубликованной в X»: the outlet",
     "Согласно информации, опубликованной в «Коммерсанте», завод закроют летом.", "завод закроют летом",
     "Коммерсантъ", False),
    ("an explanatory note: the subject that brought in the bill",
     "Депутаты ЛДПР внесли в Госдуму законопроект о пенсиях. В пояснительной записке говорится, что расходы вырастут.",
     "расходы вырастут", "Депутаты ЛДПР", False),
    ("an explanatory note: a group «от + party» that brought in the bill",
     "Парламентарии от ЛДПР внесли в Госдуму новый законопроект о выходном дне. В пояснительной записке указывается, "
     "что перенос выходного позволит людям отдохнуть.", "перенос выходного позволит людям отдохнуть",
     "Парламентарии от ЛДПР", False),
    ("an explanatory note, postposed frame: the ministry that drafted the bill, taken up as «документ» since",
     "Законопроект разработал Минтруд. Документ опубликован на портале. Учёт взносов не уменьшит пенсионных прав "
     "граждан, говорится в пояснительной записке.", "Учёт взносов не уменьшит пенсионных прав граждан", "Минтруд",
     False),
    ("«согласно данным, опубликованным X-каналом Y»: the channel's owner",
     "Согласно данным, опубликованным официальным Telegram-каналом ВЦИОМ, явка составила 46,9%.",
     "явка составила 46,9%", "ВЦИОМ", False),
    ("an explanatory note: the authors of the initiative as a subject",
     "Депутаты внесли в Думу законопроект о надбавках. Авторы инициативы предлагают начислять надбавку раньше. "
     "«Все пенсионеры нуждаются в помощи», – говорится в пояснительной записке.", "Все пенсионеры нуждаются в помощи",
     "Авторы инициативы", False),
    ("guard: the explanatory note after another law passed",
     "Депутаты ЛДПР внесли в Госдуму законопроект о пенсиях. Как писал сайт, депутаты Государственной думы приняли "
     "закон о взносах. Документ устанавливает обязанность фонда учитывать взносы. Учёт взносов не уменьшит "
     "пенсионных прав граждан, говорится в пояснительной записке.",
     "Учёт взносов не уменьшит пенсионных прав граждан", None, True),
    ("a bare «согласно документу» with a document in view but no author: no speaker",
     "В сети появился проект постановления о транспорте.\n\nСогласно документу, с 1 июня проезд подорожает.",
     "с 1 июня проезд подорожает", None, False),
    ("guard: an owned report keeps its owner", "Согласно данным Росстата, цены выросли на пять процентов.",
     "цены выросли на пять процентов", "Росстат", True),
    ("guard: an explanatory note with no bill brought in before it",
     "В пояснительной записке говорится, что расходы вырастут. Такие данные приводят авторы проекта.",
     "расходы вырастут", None, True),
    ("guard: another kind of note", "В его доме нашли предсмертную записку. В записке говорится, что он устал.",
     "он устал", None, True),
]


@pytest.mark.parametrize("label,text,content,speaker,old", SPEAKER_ROWS, ids=[r[0] for r in SPEAKER_ROWS])
def test_document_speaker(enrich, label, text, content, speaker, old):
    assert_body_speaker(enrich(text), content, speaker, label)


# (rule, text with no «согласно» frame, passes on the old code)
NO_FRAME_ROWS = [
    ("guard: a frame run into its clause", "Работы ведутся согласно документации к проекту.", True),
    ("guard: a bare «Согласно данным,» has lost its owner", "Согласно данным, цены выросли на пять процентов.", True),
]


@pytest.mark.parametrize("label,text,old", NO_FRAME_ROWS, ids=[r[0] for r in NO_FRAME_ROWS])
def test_no_authorless_frame(enrich, label, text, old):
    doc = enrich(text)
    assert not [q for q in doc.quotes if q.cue.startswith("согласно")], f"{label}: {[q.text for q in doc.quotes]}"


def test_postposed_cue_keeps_its_frame(enrich):
    """guard (passes on the old code): "Согласно документу, …, сообщил министр" - the cue's speaker and cue."""
    doc = enrich("Согласно документу, прививки будут делать в четыре этапа, сообщил министр Иван Петров.")
    quote = quote_of(doc, "прививки будут делать в четыре этапа", "postposed cue")
    assert quote.cue == "сообщить" and quote.speaker is not None and quote.speaker.name == "Иван Петров"
