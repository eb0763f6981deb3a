"""Helper bA38 (thirty-eighth session), review rv37_Q C1 (a): a body described by its type.

"«…», – добавили в полиции" after "сообщили в областном ГУМВД" is the ГУМВД; "добавили в надзорном
органе" after a prosecutor's office is that office; "по сообщениям сетевого издания", "на портале
сообщается" after tut.by are tut.by (`quotes.typed_bodies`): the type noun's class against the
classes the names of the bodies that spoke just before show, one such body in view.  Guards: a
plural ("в правоохранительных органах": an unnamed body, quotes-dev15), a complement or another
adjective ("в полиции Москвы", "в британской полиции"), two bodies of the class in view, a body
named only as a target, a habit ("обычно советуют в полиции"), another place in the frame, a
speaker that is a person or an outlet of another class.
Made-up sentences (the review's probes re-made with invented facts); rows marked old=False failed
on the code before bA38."""
from __future__ import annotations

import pytest

from quote_checks import assert_body_speaker

GUMVD = "В Твери водитель выстрелил по автомобилю такси, сообщили в областном ГУМВД.\n\n"
SHOT = "«Зачинщиком конфликта оказался местный житель», – добавили в полиции."
ONLINER = "Водомет был применен на главной площади, сообщается в Telegram-канале сетевого издания onliner.by.\n\n"

# (rule, text, quoted words, expected speaker name or None for a quote with no speaker, passes on the old code)
ROWS = [
    ("«в полиции» after the ГУМВД that spoke", GUMVD + SHOT, "Зачинщиком конфликта оказался местный житель",
     "ГУМВД", False),
    ("«по данным ведомства» after it", GUMVD + SHOT + "\n\nЗлоумышленник, по данным ведомства, сделал два выстрела.",
     "сделал два выстрела", "ГУМВД", False),
    ("«в полиции» after «ГУ МВД по … области»",
     "Блогер разместил ролик в сети, сообщили в ГУ МВД по Свердловской области.\n\n«Проверка по факту публикации "
     "проводится», – уточнили в полиции.", "Проверка по факту публикации проводится",
     "ГУ МВД по Свердловской области", False),
    ("«в надзорном органе» (no speaker before) after a prosecutor's office",
     "Самолет авиакомпании «Сибирь» совершил посадку в Омске, сообщила Западно-Сибирская транспортная прокуратура."
     "\n\n«Посадка произошла в штатном режиме», – добавили в надзорном органе.", "Посадка произошла в штатном режиме",
     "Западно-Сибирская транспортная прокуратура", False),
    ("«по сообщениям сетевого издания» after an outlet by its address",
     ONLINER + "Тем временем в Могилеве, по сообщениям сетевого издания, были задержаны несколько человек.",
     "были задержаны несколько человек", "onliner.by", False),
    ("«на портале сообщается» (no speaker before) after it",
     ONLINER + "Также на портале сообщается, что акции проходят и в Витебске.", "акции проходят и в Витебске",
     "onliner.by", False),
    ("the frame's place is the body's own",
     "В Москве водитель выстрелил по автомобилю такси, сообщили в ГУ МВД по Москве.\n\nТем временем в Москве, по "
     "данным полиции, задержаны двое.", "задержаны двое", "ГУ МВД по Москве", False),
    ("a press office speaks for the body its phrase names",
     "В Нацполиции Украины утверждают, что активисты не нападали на храм. «В полицию поступило сообщение от жителя "
     "поселка», – сообщает пресс-служба Нацполиции в Львовской области.\n\n«Проверка по факту конфликта проводится», "
     "– добавили в полиции.", "Проверка по факту конфликта проводится", "Национальная полиция Украины", False),
    ("guard: the press office of another police body",
     "В МВД Украины утверждают, что активисты не нападали на храм. «В полицию поступило сообщение от жителя поселка», "
     "– сообщает пресс-служба ГУ МВД по Москве.\n\n«Проверка по факту конфликта проводится», – добавили в полиции.",
     "Проверка по факту конфликта проводится", "полиция", True),
    ("guard: a plural is an unnamed body",
     "Блогер разместил ролик в сети, сообщили в ГУ МВД по Свердловской области.\n\nВ правоохранительных органах "
     "уточнили, что проверка уже проводится.", "проверка уже проводится", None, True),
    ("guard: a complement names another police", GUMVD + "«Такие случаи бывают редко», – добавили в полиции Москвы.",
     "Такие случаи бывают редко", "полиция Москвы", True),
    ("guard: an adjective names another police",
     GUMVD + "«Такие случаи бывают редко», – добавили в британской полиции.",
     "Такие случаи бывают редко", "британская полиция", True),
    ("guard: two police bodies in view",
     "Водитель выстрелил по автомобилю такси, сообщили в ГУ МВД по Москве. Задержанного доставили в УВД по Западному "
     "округу.\n\n" + SHOT, "Зачинщиком конфликта оказался местный житель", "полиция", True),
    ("guard: a body named only as a target",
     "Водитель выстрелил по автомобилю такси. Задержанного доставили в ГУ МВД по Москве.\n\n" + SHOT,
     "Зачинщиком конфликта оказался местный житель", "полиция", True),
    ("guard: a habit", GUMVD + "«Не открывайте дверь незнакомцам», – обычно советуют в полиции.",
     "Не открывайте дверь незнакомцам", "полиция", True),
    ("guard: another place in the frame",
     "В Москве водитель выстрелил по автомобилю такси, сообщили в ГУ МВД по Москве.\n\nТем временем в Твери, по "
     "данным полиции, задержаны двое.", "задержаны двое", "полиция", True),
    ("guard: an outlet is no police", "Водитель выстрелил по автомобилю такси, сообщает РБК.\n\n" + SHOT,
     "Зачинщиком конфликта оказался местный житель", "полиция", True),
    ("guard: a person is no police", "Водитель выстрелил по автомобилю такси, заявил Иван Петров.\n\n" + SHOT,
     "Зачинщиком конфликта оказался местный житель", "полиция", True),
    ("guard: an unresolved description is no named body",
     "Об этом узнала газета. По данным издания, встреча продолжалась час.\n\nПечатное издание сообщает также, что "
     "встреча была тайной.", "встреча была тайной", "Печатное издание", True),
]


@pytest.mark.parametrize("rule, text, content, speaker, old", ROWS, ids=[r[0][:50] for r in ROWS])
def test_typed_bodies(enrich, rule, text, content, speaker, old):
    assert_body_speaker(enrich(text), content, speaker, rule)
