"""Round 5 (issue 5): arguments through the discourse model and lemma families.
Sentences written for the tests, not taken from any gold document."""
from __future__ import annotations

import pytest

from event_checks import coded




# paragraph, type, source, target
DISCOURSE = [
    # a bare institution noun refers back to the organisation the text is talking about
    ("Роскомнадзор проверил работу Twitter. Ведомство потребовало от Twitter удалить запрещённые материалы.",
     "REQUEST", {"Роскомнадзор"}, {"Twitter"}),
    # a rejection without a target answers the act aimed at its source in the last sentences
    ("Прокуратура Перу обвинила Алана Гарсию в получении взяток. Гарсия отверг обвинения.",
     "REJECT", {"Алан Гарсия"}, {"Прокуратура Перу"}),
    # a pronoun with no agreeing name nearby: the discourse model knows the company is feminine
    ("Компания Odebrecht признала вину. Суд оштрафовал её.", "COERCE", {"суд"}, {"Odebrecht"}),
    # what the subject does "на встрече" it does as a participant
    ("На встрече в Минске представители Киева и Москвы не смогли договориться.", "CONSULT",
     {"Украина"}, {"Россия"}),
    # "со стороны X" names the agent of a nominal act; "в адрес" / "в отношении" parsed as fixed prepositions
    ("Решение вызвало резкую критику в адрес Ивана Петрова со стороны Евросоюза.", "ACCUSE", {"Евросоюз"},
     {"Иван Петров"}),
    # a prepositional pronoun form the tagger reads as an adverb ("в отношении неё"); a singular
    # pronoun does not take a plural name ("Власти Перу") as its antecedent
    ("Компания Odebrecht признала вину. Власти Перу ввели санкции в отношении неё.", "SANCTION", {"Перу"},
     {"Odebrecht"}),
    ("Иван Петров вышел на пикет. Следственный комитет возбудил дело против него.", "ACCUSE",
     {"Следственный комитет России"}, {"Иван Петров"}),
    # the agent of a passive participle owns the thing judged ("решение, принятое правительством Польши")
    ("Франция раскритиковала решение, принятое правительством Польши.", "ACCUSE", {"Франция"}, {"Польша"}),
    # ... and the speaker of "заявил о несогласии" is the one who disagrees
    ("Дэвид Дэвис заявил о несогласии с планом, предложенным Терезой Мэй.", "REJECT", {"Дэвид Дэвис"},
     {"Тереза Мэй"}),
    # "власти страны": the state the story is about
    ("Журналист Иван Петров провел в тюрьме Пакистана восемь лет. Власти страны освободили Ивана Петрова.",
     "RETREAT", {"Пакистан"}, {"Иван Петров"}),
    # a mobilisation without a stated adversary is against the other state the text is about
    ("Конфликт Грузии с Абхазией обострился. Грузия объявила мобилизацию.", "MOBILIZE", {"Грузия"}, {"Абхазия"}),
    # a state's soldiers are its armed forces when the registry knows them (the guide's "ВСУ")
    ("Украинские военные обстреляли Донецк.", "ASSAULT", {"Вооружённые силы Украины"}, {"Донецк"}),
    ("Войска Украины атаковали позиции ДНР.", "ASSAULT", {"Вооружённые силы Украины"}, {"ДНР"}),
    # an army in the genitive of an attack noun is the attacker
    ("Обстрел ВСУ по Горловке продолжался всю ночь.", "ASSAULT", {"Вооружённые силы Украины"}, {"Горловка"}),
    # ... but at home "силовики" stays the guide's name for law enforcement
    ("Российские силовики задержали Ивана Петрова.", "COERCE", {"Российские силовики"}, {"Иван Петров"}),
    # coordinated verbs share one object
    ("Полиция задержала и допросила Ивана Петрова.", "COERCE", {"полиция"}, {"Иван Петров"}),
]

# lemma families: the other aspect, the nominalisation, near-synonyms of a coded class
FAMILIES = [
    ("Турция поможет Украине.", "AID", {"Турция"}, {"Украина"}),
    ("Евросоюз продлил санкции против России.", "SANCTION", {"Евросоюз"}, {"Россия"}),
    ("Франция возразила Германии.", "REJECT", {"Франция"}, {"Германия"}),
    ("Боевики совершили покушение на Ивана Петрова.", "ASSAULT", {"боевик"}, {"Иван Петров"}),
    ("Польша пожаловалась на Белоруссию.", "ACCUSE", {"Польша"}, {"Белоруссия"}),
    ("Суд признал движение «Свобода» экстремистской организацией.", "COERCE", {"Суд"}, {"Свобода"}),
    # (round 8: staff of a named authority acting as subject are the authority, "сотрудники КГБ" → КГБ)
    ("Сотрудники КГБ инициировали расследование против Ивана Петрова.", "ACCUSE", {"КГБ"}, {"Иван Петров"}),
    # a class noun before a foreign name stands for the name
    ("Профсоюз Vereinigung Cockpit объявил забастовку против Lufthansa.", "PROTEST", {"Vereinigung Cockpit"},
     {"Lufthansa"}),
]


@pytest.mark.parametrize("text, type_, source, target", DISCOURSE + FAMILIES)
def test_round5(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    doc = code_paragraph(text)
    assert (type_, source, target) in coded(doc), coded(doc)


# paragraph, type that must NOT be coded
NOT_CODED = [
    # a rejection with nothing it answers stays uncoded
    ("Иван Петров отверг обвинения.", "REJECT"),
    # ... and with no other state in view there is no adversary
    ("Вечером Грузия объявила мобилизацию.", "MOBILIZE"),
    # an institution noun with two equally salient candidates is ambiguous
    ("Twitter и Facebook получили письма. Компания отказалась отвечать Роскомнадзору.", "REJECT"),
]


@pytest.mark.parametrize("text, type_", NOT_CODED)
def test_round5_not_coded(code_paragraph, text: str, type_: str) -> None:
    found = coded(code_paragraph(text))
    assert not [c for c in found if c[0] == type_], found


def test_army_is_not_the_target_of_its_own_shelling(code_paragraph) -> None:
    found = coded(code_paragraph("Следователи изучают последствия обстрела ВСУ мирного населения Донбасса."))
    assert not [c for c in found if c[0] == "ASSAULT" and "Вооружённые силы Украины" in c[2]], found

