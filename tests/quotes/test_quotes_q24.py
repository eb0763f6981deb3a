"""Helper q24 table tests, made-up sentences (span-matched quotes whose speaker's surface is the
gold's but resolves to another actor, counted on gold/quotes, quotes-dev3, quotes-dev4, lead12/p1):
1. a noun that states the sex ("мужчина", "женщина") is never a person whose gender signals lean
   to the other sex, even when too few to be sure;
2. a derived feminine person noun introducing a name ("христианка", "журналистка") makes the name
   a woman's as surely as a verb's agreement: the tagger's guesses at a foreign name's oblique forms
   ("Адвокат Асии Биби" read as a masculine nominative) no longer outvote it;
3. "руководитель направления «X»" is not the person introduced as the head of another named unit
   ("глава консорциума «Базис»");
4. "Она заявила" after an unnamed woman spoke goes on with her, not with a company only a
   subordinate clause was about since; a sentence about the company keeps it the antecedent.
Guards: the same noun for a person of its sex, the same unit, a bare complement, the company as
a sentence's subject."""
from __future__ import annotations

import pytest

from khronika.nlp.salience import Salience
from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    # --- 1. a noun stating the sex
    ("'Мужчина' is not the woman whose gender is unsure",
     "Христианка Асия Биби провела в тюрьме девять лет. Письмо Асии Биби передал ее брат. "
     "Мужчина рассказал, что сестра полна надежды.",
     "сестра полна надежды", "Мужчина"),
    ("guard: 'Мужчина' after the one man",
     "Певец Иван Кулагин вернулся в Москву. Мужчина рассказал, что гастроли прошли хорошо.",
     "гастроли прошли хорошо", "Иван Кулагин"),
    # --- 2. a derived feminine person noun
    ("'журналистка' outweighs the misread oblique forms of her name",
     "Журналистка Нгози Адеби провела в плену месяц. Адвокат Нгози Адеби подал иск. "
     "Ее письмо передал муж Нгози Адеби. Мужчина рассказал, что жена полна надежды.",
     "жена полна надежды", "Мужчина"),
    ("'христианка' outweighs the misread oblique forms of her name",
     "Христианка Асия Биби провела в тюрьме девять лет. Адвокат Асии Биби подал апелляцию. "
     "Ее письмо передал муж Асии Биби. Мужчина рассказал, что жена полна надежды.",
     # (dn28: the man is the husband the sentence before described, as gold/quotes names him - never Асия Биби)
     "жена полна надежды", "муж Асии Биби"),
    # --- 3. the head of another named unit
    ("'руководитель направления «X»' is not the head of the consortium",
     "По словам главы консорциума «Базис» Арсения Брыкина, китайские решения содержат американскую "
     "собственность. Сейчас, как объяснил руководитель направления «Облачные сервисы», ни одна "
     "российская компания не может предложить такое оборудование.",
     "ни одна российская компания не может предложить такое оборудование",
     "руководитель направления «Облачные сервисы»"),
    ("guard: the head of the same named unit",
     "По словам главы консорциума «Базис» Арсения Брыкина, китайские решения содержат американскую "
     "собственность. Сейчас, как объяснил руководитель консорциума «Базис», ни одна российская "
     "компания не может предложить такое оборудование.",
     "ни одна российская компания не может предложить такое оборудование", "Арсений Брыкин"),
    ("guard: a complement with no name of its own",
     "По словам главы консорциума «Базис» Арсения Брыкина, китайские решения содержат американскую "
     "собственность. Сейчас, как объяснил глава консорциума, ни одна российская компания не может "
     "предложить такое оборудование.",
     "ни одна российская компания не может предложить такое оборудование", "Арсений Брыкин"),
    # --- 4. the unnamed woman who just spoke
    ("'Она' goes on with the union's spokeswoman, not the airline of her words",
     "В пятницу началась забастовка пилотов авиакомпании Ryanair. Представитель профсоюза пилотов "
     "рассказала, что работники авиакомпании несут убытки. Так получается потому, что Ryanair продает "
     "билеты по 39 евро. Она также не исключила новую волну протестов.",
     "новую волну протестов", "Представитель профсоюза пилотов"),
    ("guard: a sentence about the company keeps it the antecedent",
     "Представитель профсоюза пилотов рассказала, что работники несут убытки. Компания «Ренова» "
     "продала акции. В четверг она заявила, что выплатит дивиденды.",
     "выплатит дивиденды", "Ренова"),
    ("guard: the company with no speaker before",
     "Российская компания «Совкомфлот» владеет и управляет 122 судами. Накануне она заявила, что "
     "планирует продать старые суда.",
     "планирует продать старые суда", "Совкомфлот"),
]


@pytest.mark.parametrize("label, text, content, expected", CASES, ids=[c[0] for c in CASES])
def test_speaker(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected


# (mechanism, text, name, expected profile gender)
PROFILES = [
    ("'журналистка' makes the name a woman's", "Журналистка Нгози Адеби провела в плену месяц. "
     "Адвокат Нгози Адеби подал иск. Муж Нгози Адеби выступил по телевидению.", "Нгози Адеби", "Fem"),
    ("guard: 'звезда' names anyone", "Звезда «Ювентуса» Криштиану Роналду забил гол. "
     "Тренер Криштиану Роналду похвалил игрока.", "Криштиану Роналду", "Masc"),
]


@pytest.mark.parametrize("label, text, name, expected", PROFILES, ids=[c[0] for c in PROFILES])
def test_profile_gender(enrich, label, text, name, expected):
    doc = enrich(text)
    actor = next((a for a in doc.actors if a.name == name), None)
    assert actor is not None, f"{label}: no actor {name!r}; got {[a.name for a in doc.actors]}"
    assert Salience.build(doc).profiles[actor.id].gender == expected, label
