"""Helper q21 table tests (wrong speakers and missed quotes on unread text: a report inside
someone's words, "что" that opens no content, places the parse hung elsewhere, foreign outlets),
made-up sentences, one row per case - each rule has rows the old code failed:
1. a "что" after a subordinator of cause, time or purpose ("в связи с тем, что", "из-за того, что",
   "потому, что") opens no content of the verb before it (unless the clause is hearsay: "якобы");
2. a cue verb heading an adverbial clause ("если исследования подтвердят, что", "потому, что не считает")
   inside another report's content is part of those words; a report only supposed ("если … указано,
   что") is no statement;
3. a "что" the parse makes the subject or object of the clause's verb is a relative pronoun or a
   question word ("…, что влечет за собой", "объясняем, что случилось"), not a complementizer;
4. the correlative "то" of "подчеркивают то, что" is no subject: the impersonal place speaks;
5. a place before the cue that the parse hung on a word inside the content clause is the place that
   reports ("в департаменте … предупреждали, что намеченная … акция …");
6. outlet names in other European languages ("De Standaard", "Le Soir", "… Zeitung") are outlets for
   "издание".
Guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    # --- 1. a subordinator's "что" is no content of the verb before it
    ("'в связи с тем, что' inside the content of 'заявила'",
     "В рамках следствия Анна Смирнова заявила, что соседки допускали грубые высказывания в ее адрес в связи "
     "с тем, что она приехала из другого города.",
     "соседки допускали грубые высказывания в ее адрес в связи с тем, что она приехала из другого города",
     "Анна Смирнова"),
    ("guard: 'из-за того, что' inside a content clause stays in it",
     "Министр промышленности Иван Петров заявил, что завод закроют из-за того, что он убыточен.",
     "завод закроют из-за того, что он убыточен", "Иван Петров"),
    ("guard: 'из-за того, что … якобы' is still the complaint's content",
     "Супруга футболиста Дарья Смирнова написала в полицию заявление из-за того, что муж якобы угрожал ей "
     "убийством.",
     "муж якобы угрожал ей убийством", "Дарья Смирнова"),
    # --- 2. a cue verb of an adverbial clause inside someone's words
    ("'потому, что не считает' inside a 'по словам' frame",
     "По словам директора приморского центра «Амурский тигр» Сергея Арамилева, козел смог выжить рядом с "
     "тигром лишь потому, что не считает себя жертвой.",
     "козел смог выжить рядом с тигром лишь потому, что не считает себя жертвой", "Сергей Арамилев"),
    ("'если исследования подтвердят, что' inside a trailing frame",
     "Уже в феврале должны поступить 210 тысяч доз вакцины. Еще 700 тысяч доз - это китайская вакцина, если "
     "исследования подтвердят, что ее эффективность превышает 70 процентов, отметил министр Максим Степанов.",
     "Еще 700 тысяч доз - это китайская вакцина, если исследования подтвердят, что ее эффективность превышает "
     "70 процентов", "Максим Степанов"),
    ("guard: a report opening a 'Как сообщает' frame is the inner speaker's",
     "Как сообщает ТАСС, министр промышленности Иван Петров заявил, что завод закроют в марте.",
     "завод закроют в марте", "Иван Петров"),
    # --- 3. "что" as a pronoun
    ("guard: a dropped subject after 'заявил в суде, что'",
     "Актер Михаил Петров заявил в суде, что является индивидуальным предпринимателем, а не актером.",
     "является индивидуальным предпринимателем, а не актером", "Михаил Петров"),
    ("guard: 'пообещала, что создаст'",
     "Блогер Диана Смирнова пообещала, что создаст для них «группу поддержки».",
     "создаст для них «группу поддержки»", "Диана Смирнова"),
    ("guard: 'повторяя, что делает это' (the parse's object 'что' beside an object)",
     "После этого Джон Смит сбривает усы, все время повторяя, что делает это не ради Шерлока.",
     "делает это не ради Шерлока", "Джон Смит"),
    # --- 4. the correlative "то"
    ("'В самой авиакомпании подчеркивают то, что'",
     "Из-за забастовки пилотов Ryanair в Европе отменено 400 рейсов. В самой авиакомпании подчеркивают то, "
     "что 85% рейсов выполняется.",
     "85% рейсов выполняется", "Ryanair"),
    ("guard: a named subject before 'подчеркнул то, что'",
     "Министр промышленности Иван Петров подчеркнул то, что завод будет работать.",
     "завод будет работать", "Иван Петров"),
    # --- 6. outlets named in other languages
    ("'сообщает издание' after 'Об этом пишет De Standaard'",
     "В международном аэропорту столицы Бельгии отменено около 450 рейсов из-за забастовки грузчиков компании "
     "Aviapartner. Об этом пишет De Standaard. Переговоры между руководством и профсоюзами продолжаются уже "
     "четвертые сутки, сообщает издание.",
     "Переговоры между руководством и профсоюзами продолжаются уже четвертые сутки", "De Standaard"),
]

# (mechanism, text, a word no quote's text may contain)
NO_QUOTES = [
    ("'из-за того, что' after 'попросила остановить'",
     "После 11 раундов команда боксера попросила остановить поединок из-за того, что он пропустил много "
     "ударов и выглядел плохо.",
     "пропустил"),
    ("'признана виновной …, что … влечет'",
     "Асия Биби была признана виновной в оскорблении пророка Мухаммеда, что, в соответствии с "
     "законодательством Пакистана, влечет за собой высшую меру наказания.",
     "влечет"),
    ("'объясняем, что случилось' (a question word)",
     "Мы быстро, просто и понятно объясняем, что случилось, почему это важно и что будет дальше.",
     "случилось"),
    ("'не уточнила, что стало причиной' (a question word)",
     "«Мы не должны закрывать глаза на то, что произошло!» – заявила модель Дарья Смирнова. При этом девушка "
     "не уточнила, что стало причиной конфликта.",
     "стало причиной"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_quote_speakers_q21(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quote_q21(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_place_hung_on_the_content(enrich):
    """5. "в департаменте … предупреждали, что намеченная … акция …": the department reports."""
    doc = enrich("Напомним, в воскресенье полицейские задержали более 25 человек у здания Мосгоризбиркома. Еще в "
                 "пятницу в департаменте региональной безопасности и противодействия коррупции Москвы "
                 "предупреждали, что намеченная на 14 июля акция будет являться несанкционированным публичным "
                 "мероприятием.")
    speaker = speaker_of(doc, "намеченная на 14 июля акция будет являться несанкционированным публичным "
                              "мероприятием", "hung place")
    assert speaker is not None and speaker.startswith("департамент региональной безопасности"), speaker


def test_supposed_report_is_no_quote(enrich):
    """2. "если в распечатке указано, что …, то …": a report only supposed."""
    doc = enrich("Ориентироваться нужно на референсные значения: если в распечатке из лаборатории указано, что у "
                 "вас положительный результат на антитела, то вакцинация не является строго необходимой.")
    assert_no_quote_with(doc, "положительный результат", "supposed report")
