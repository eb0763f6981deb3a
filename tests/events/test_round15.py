"""Round 15 (issue 5): recall by whole gold events — participants of the one gathering a story names are
named after it ("участники акции «День гнева»", as the gold guide names such groups); an accusative noun
the parser hung under the verb's prepositional phrase is the verb's object ("принимает в Белом доме
коллегу X", "призывает демонстрантов разойтись"); an appeal lodged "в" a court is aimed at it, a motion with no
addressee at the court of the case; a wrongdoing ("нарушил", "подрывает") told by a speaker is the speaker's
accusation; unnamed police in a story about one foreign state are "полиция <страны>" (the guide's name);
general wordings with no lexicon entry: resigning over "разногласия с X" (REJECT), agreeing to pay
someone (CONCEDE), telling of harassment "со стороны X" (ACCUSE).  Sentences written for the tests, not
taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # participants of the one named gathering: a gathering noun before the «name» ...
    ("В субботу в центре города прошла акция протеста «Стоп стройка». Полиция задержала 20 участников акции.",
     "COERCE", {"полиция"}, {"участник акции «Стоп стройка»"}),
    # ... or a «name» that begins with the gathering noun
    ("В Казани прошел «Марш Петрова». Полицейские задержали более 300 участников акции.", "COERCE",
     {"полиция"}, {"участник «Марш Петрова»"}),
    # ... also for a count standing for them
    ("Вчера прошёл митинг «Свободу Ивану». Участники митинга вышли к мэрии. Полиция задержала 40 человек.",
     "COERCE", {"полиция"}, {"участник митинга «Свободу Ивану»"}),
    # the group's own gathering named where it stands keeps that name
    ("Полиция задержала 20 участников акции «Зелёный город».", "COERCE", {"полиция"},
     {"участник акции «Зелёный город»"}),
    # a stray accusative under the verb's prepositional phrase is its object
    ("Премьер Мария Смирнова принимает в своей резиденции испанского коллегу Ивана Петрова.", "CONSULT",
     {"Иван Петров"}, {"Мария Смирнова"}),
    ("Полиция задержала в центре Казани журналиста Ивана Петрова.", "COERCE", {"полиция"}, {"Иван Петров"}),
    ("Полиция призывает демонстрантов мирно разойтись.", "REQUEST", {"полиция"}, {"демонстрант"}),
    # unnamed police in a story about one foreign state in view: "полиция <страны>"
    ("В Пакистане продолжаются протесты. Полиция призывает демонстрантов мирно разойтись.", "REQUEST",
     {"полиция Пакистана"}, {"демонстрант"}),
    ("В Индии прошли митинги. Полицейские задержали Ивана Петрова.", "COERCE", {"полиция Индии"}, {"Иван Петров"}),
    # ... and in Russia, or with no state in view, plain "полиция"
    ("В Казани прошла акция. Полиция задержала Ивана Петрова.", "COERCE", {"полиция"}, {"Иван Петров"}),
    # an appeal lodged "в" a court is aimed at it; a motion with no addressee goes to the court of the case
    ("Тогда Мария Смирнова подала апелляцию в Верховный суд Индии.", "REJECT", {"Мария Смирнова"},
     {"Верховный суд Индии"}),
    ("Окружной суд Берлина рассмотрел дело «Альфа» против Польши. Ходатайство было подано Польшей в мае.",
     "REQUEST", {"Польша"}, {"Окружной суд Берлина"}),
    # a wrongdoing told by a speaker is the speaker's accusation (claim)
    ("Министр Иван Петров заявил, что Франция нарушила договор о торговле.", "ACCUSE", {"Иван Петров"},
     {"Франция"}),
    ("Мария Смирнова считает, что Польша подрывает безопасность Европы.", "ACCUSE", {"Мария Смирнова"},
     {"Польша"}),
    ("Министр Иван Петров заявил, что Франция вмешивается во внутренние дела Польши.", "ACCUSE", {"Иван Петров"},
     {"Франция"}),
    # a failed duty told by a speaker accuses whoever failed it
    ("По словам министра Ивана Петрова, Франция не выполняет свои обязательства.", "ACCUSE", {"Иван Петров"},
     {"Франция"}),
    ("Минск считает, что Москва задолжала ему 200 млн долларов.", "ACCUSE", {"Белоруссия"}, {"Россия"}),
    # a death wished on someone by a speaker threatens them (the entry's type)
    ("Судьи Верховного суда Индии заслуживают смерти, заявил Иван Петров.", "THREATEN", {"Иван Петров"},
     {"судья Верховного суда Индии"}),
    # a shot at someone is an attack
    ("Охранник синагоги Иван Петров стрелял в Марию Смирнову.", "ASSAULT", {"Иван Петров"}, {"Мария Смирнова"}),
    # asylum sought "в" a country is asked of that country
    ("Иван Петров попросил политического убежища в Канаде.", "REQUEST", {"Иван Петров"}, {"Канада"}),
    ("В ноябре Мария Смирнова подавала запрос на политическое убежище в Уругвае.", "REQUEST", {"Мария Смирнова"},
     {"Уругвай"}),
    # resigning over a disagreement with someone rejects them
    ("Министр финансов Иван Петров подал в отставку из-за разногласий с премьер-министром Марией Смирновой.",
     "REJECT", {"Иван Петров"}, {"Мария Смирнова"}),
    # agreeing to pay someone is a concession to them
    ("Концерн Siemens согласился выплатить Греции компенсацию.", "CONCEDE", {"Siemens"}, {"Греция"}),
    ("Компания Boeing согласилась заплатить Индонезии штраф.", "CONCEDE", {"Boeing"}, {"Индонезия"}),
    # telling of someone's harassment accuses them
    ("Журналистка Анна Смирнова рассказала о домогательствах со стороны депутата Ивана Петрова.", "ACCUSE",
     {"Анна Смирнова"}, {"Иван Петров"}),
    ("О домогательствах со стороны тренера Петра Сидорова заявила гимнастка Мария Козлова.", "ACCUSE",
     {"Мария Козлова"}, {"Пётр Сидоров"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round15_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # two named gatherings: the group is not named after either (no guessing)
    ("В Казани прошел «Марш Петрова», а в Уфе митинг «Свободу Ивану». Полиция задержала 30 участников акции.",
     "COERCE:участник «Марш Петрова»"),
    ("В Казани прошел «Марш Петрова», а в Уфе митинг «Свободу Ивану». Полиция задержала 30 участников акции.",
     "COERCE:участник акции «Свободу Ивану»"),
    # a gathering of another kind than the named one is not it
    ("В субботу прошла забастовка «Стоп конвейер». Полиция задержала 20 участников митинга.",
     "COERCE:участник митинга «Стоп конвейер»"),
    # a genitive under the prepositional phrase is that noun's own modifier, not the verb's object
    ("Полиция провела обыск в доме журналиста Ивана Петрова.", "COERCE:полиция>Иван Петров"),
    # a disagreement, payment or harassment with nobody named on the other side is not coded
    ("Министр подал в отставку из-за разногласий в правительстве.", "REJECT"),
    ("Ранее о домогательствах заявили журналистки Анна Смирнова и Мария Козлова.", "ACCUSE"),
    ("Компания Boeing согласилась выплатить компенсацию.", "CONCEDE"),
    # an inanimate accusative adverbial is no object (a time)
    ("Полиция задерживала всю ночь.", "COERCE"),
    # a motion with no court named anywhere is not addressed to a guessed one
    ("Ходатайство было подано Польшей в мае.", "REQUEST"),
    # a wrongdoing narrated without a speaker, denied, or relayed by an outlet accuses no one
    ("Франция нарушила договор о торговле.", "ACCUSE"),
    ("Министр Иван Петров заявил, что Франция не нарушала договор.", "ACCUSE"),
    ("Франция нарушила договор о торговле, сообщает ТАСС.", "ACCUSE"),
    ("Полицейские стреляли в воздух.", "ASSAULT"),
    ("Иван Петров выстрелил в человека в спортивном центре «Альфа-арена».", "ASSAULT"),
    # the teller is the nearest reporting verb's subject, not the outlet relaying the sentence
    ("Судьи Верховного суда Индии заслуживают смерти, заявили члены партии, сообщает Arab News.",
     "THREATEN:Arab News"),
    # the asker is the kin noun, not the possessor named after it (a name not in its nominative form)
    ("Ранее муж 50-летней журналистки Марии Смирновой попросил убежища в Канаде.", "REQUEST:Мария Смирнова>Канада"),
    # only the trigger's first "с" phrase is the other side (a later one belongs to a nested noun)
    ("Министр Иван Петров ушёл из-за разногласий с премьер-министром по вопросу об отношениях с Евросоюзом.",
     "REJECT:Евросоюз"),
    # a wrongdoing wished away or feared is not told as done
    ("«Не хочу, чтобы журналисты вмешивались в мою жизнь», — заявила актриса Мария Смирнова.", "ACCUSE"),
    ("Министр Иван Петров заявил, что Франция может нарушить договор.", "ACCUSE"),
    # ... nor a pronoun teller resolved by guess
    ("Министры Иван Петров и Пётр Сидоров ушли. Они сочли, что правительство Франции пытается саботировать реформу.",
     "ACCUSE"),
    # a duty fulfilled is no accusation
    ("Франция выполнила свои обязательства, заявил министр Иван Петров.", "ACCUSE"),
    # ... nor does a speaker accuse their own state
    ("Лавров заявил, что Россия нарушила договор.", "ACCUSE"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round15_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
