"""Helper ma25 (twenty-fifth session) table tests mending review rev25_A's findings on this session's rules:
- HIGH 1: a frame after "который," counts as a lead frame only when it names its own source
  ("по словам Петрова", "по данным полиции"); the impersonal aside "который, как утверждается, …" stays no quote;
- HIGH 2: "не исключить + NP" is no quote when the verb removes something from a set ("исключить X из Y")
  or expels someone (an animate object);
- MEDIUM 2: the words after a frame inside a relative clause end with the relative clause;
- MEDIUM 4: a relative cue whose object names a statement ("повторил свою позицию:") keeps its colon quote;
- LOW 1: a colon list is an enumeration only when no finite verb follows it in the sentence.
Made-up sentences (the reviewer's repros); guards keep the rules' intended cases."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("guard HIGH 1: a frame after 'который,' with its own source keeps its quote",
     "Авария\n\nСпасатели нашли автомобиль, который, по словам Ивана Петрова, упал с моста ночью.",
     "упал с моста ночью", "Иван Петров"),
    ("guard HIGH 1: the main clause's report before the aside keeps its quote",
     "Крейсер\n\nУкраинские власти заявили об ударе по крейсеру «Москва», который, как утверждается, обстреляли "
     "пограничники в начале войны.",
     "ударе по крейсеру «Москва»", "Украина"),
    ("guard HIGH 2: an institution does not exclude an event",
     "Завод\n\nАдминистрация завода не исключила сокращения персонала в следующем году.",
     "сокращения персонала в следующем году", "Администрация завода"),
    ("MEDIUM 2: the words after the frame end with the relative clause",
     "Угон\n\nМужчина, который, по данным полиции, угнал машину у соседа, был задержан вечером в пригороде.",
     "угнал машину у соседа", "полиция"),
    ("guard MEDIUM 2: a condition after the relative clause stays the frame's words",
     "Газ\n\nПрезидент раскритиковал Германию, которая, по его мнению, может стать зависимой от России, если не "
     "изменит курс.",
     "может стать зависимой от России, если не изменит курс", "Президент"),
    ("guard MEDIUM 2: a conjunct verb after 'и' stays in the relative clause",
     "Бизнес\n\nК созданию движения Артема Петрова подтолкнул отец, который, по его словам, перекрыл ему "
     "возможность заниматься бизнесом и отключил его объекты от коммуникаций.",
     "перекрыл ему возможность заниматься бизнесом и отключил его объекты от коммуникаций", "Артём Петров"),
    ("MEDIUM 4: a relative cue whose object names the statement frames the colon",
     "Брифинг\n\nНа брифинге выступил министр Иван Петров, который повторил свою позицию:\n\nМы не будем повышать "
     "налоги. Бюджет справится сам.",
     "Мы не будем повышать налоги. Бюджет справится сам", "Иван Петров"),
    ("LOW 1: a list that is the subject of a finite verb is no enumeration",
     "Саммит\n\nПосле саммита выступили министры иностранных дел. Об этом заявили министры: Москва, Пекин и Дели "
     "поддержат проект газопровода.",
     "Москва, Пекин и Дели поддержат проект газопровода", "министры"),
]

# (mechanism, text, words no quote may contain)
ABSENT = [
    ("HIGH 1: the impersonal aside 'который, как утверждается, …' is no quote",
     "Крейсер\n\nУкраинские власти заявили об ударе по крейсеру «Москва», который, как утверждается, обстреляли "
     "пограничники в начале войны.", "обстреляли пограничники"),
    ("HIGH 2: 'не исключила X из списка' removes nothing said",
     "Выборы\n\nИзбирательная комиссия не исключила кандидата Ивана Петрова из списка, хотя жалобы на него "
     "поступали.", "кандидата Ивана Петрова"),
    ("HIGH 2: 'не исключила студентов' is no expulsion hedge",
     "Долги\n\nАдминистрация университета не исключила студентов за долги, предполагая, что они все оплатят.",
     "студентов за долги"),
    ("HIGH 2: a person's literal exclusion from a list is no hedge either",
     "Выборы\n\nПредседатель комиссии Иван Петров не исключил кандидата из списка.", "кандидата из списка"),
    ("guard LOW 1: a list of places after a plural noun is still an enumeration",
     "Забастовка\n\nБортпроводники объявили забастовку в четырех странах: Испании, Португалии, Италии и Бельгии.",
     "Португалии"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_ma25(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_ma25(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, content, expected speaker) - MEDIUM 3: whose "по его словам" inside a relative clause
TELLERS = [
    ("MEDIUM 3: the sentence's own teller, not the one he tells about",
     "Встреча\n\nИван Петров рассказал о Сергее Смирнове, который, по его словам, давно живет в Москве.",
     "давно живет в Москве", "Иван Петров"),
    ("guard MEDIUM 3: with no speech verb in the sentence the antecedent speaks (dvA's case)",
     "Такси\n\nЗадержанным оказался Иван Петров, водитель такси, который, по его словам, просто проезжал мимо.",
     "просто проезжал мимо", "Иван Петров"),
    ("guard MEDIUM 3: a teller who does not agree leaves the antecedent",
     "Встреча\n\nАнна Иванова рассказала о Сергее Смирнове, который, по его словам, давно живет в Москве.",
     "давно живет в Москве", "Сергей Смирнов"),
]


@pytest.mark.parametrize("label,text,content,expected", TELLERS, ids=[c[0] for c in TELLERS])
def test_tellers_ma25(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


FLOOD = ("Паводок\n\nКорреспондент Иван Петров поговорил с жителями поселка о паводке.\n\n- Как вы пережили паводок?"
         "\n\n- Вода поднялась за одну ночь, мы еле успели вынести вещи.\n\n- Помогли ли вам власти?\n\n- Нет, помощи "
         "мы так и не дождались, все делали сами.")
EXPLAINER_ANSWERS = ("\n\n- Можно ли въехать в страну без прививки?\n\n- Можно, если у вас есть отрицательный тест, "
                     "сделанный не ранее чем за трое суток.\n\n- Нужно ли сдавать тест детям?\n\n- Детям до шести лет "
                     "тест сдавать не нужно, остальным нужно.")

# (mechanism, text, words no quote may contain) - MEDIUM 1: interview answers
NO_ANSWERS = [
    ("MEDIUM 1: the outlet's explainer naming a person quotes no one",
     "Новые правила\n\nОтвечаем на главные вопросы о новых правилах въезда, которые подписал премьер Михаил "
     "Мишустин." + EXPLAINER_ANSWERS, "Детям до шести лет"),
    ("MEDIUM 1: the outlet's explainer naming no one quotes no one",
     "Новые правила\n\nОтвечаем на главные вопросы читателей о новых правилах въезда." + EXPLAINER_ANSWERS,
     "Детям до шести лет"),
    ("MEDIUM 1: a quiz after a minister's new questions quotes no one",
     "Тест\n\nМинистр образования Сергей Кравцов предложил новые вопросы для экзамена. Проверьте себя.\n\n- Сколько "
     "будет семью восемь?\n\n- Правильный ответ пятьдесят шесть, его знают почти все школьники.\n\n- Какая река "
     "самая длинная в Европе?\n\n- Правильный ответ Волга, ее длина больше трех тысяч километров.", "Правильный ответ"),
]


@pytest.mark.parametrize("label,text,absent", NO_ANSWERS, ids=[c[0] for c in NO_ANSWERS])
def test_no_answers_ma25(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_interviewer_is_no_speaker_ma25(enrich):
    """MEDIUM 1: the reporter who talked to the residents did not give their answers (speaker unknown)."""
    doc = enrich(FLOOD)
    answers = [q for q in doc.quotes if q.text.startswith(("Вода поднялась", "Нет, помощи"))]
    assert [q.speaker for q in answers] == [None, None], [(q.text, q.speaker) for q in doc.quotes]


def test_interrupting_comma_frame_is_not_direct_ma25(enrich):
    """LOW 3: a comma frame after quoted words that the sentence goes on past interrupts one statement;
    its quoted head alone is no direct quote (guard: the closing frame of test_quotes_l25 stays direct)."""
    doc = enrich("Книга\n\nПисатель Иван Петров выпустил новую книгу. «Война и мир», сказал он, остается его "
                 "любимым романом.")
    assert not [q for q in doc.quotes if q.kind == "direct"], [(q.text, q.kind) for q in doc.quotes]


def test_closing_comma_frame_with_time_clause_is_direct_ma25(enrich):
    """Guard LOW 3: a comma frame that closes its statement stays direct even with a time clause after it."""
    doc = enrich("Церемония\n\nАстронавт Хайдемари Пайпер выступала четвертой. «Это слегка неловко», сказала Пайпер, "
                 "когда она снова вышла к трибуне.")
    assert [q.kind for q in doc.quotes if q.text == "Это слегка неловко"] == ["direct"], \
        [(q.text, q.kind) for q in doc.quotes]
