"""Round 36 table tests, made-up sentences (authority speakers named as fully as the document
allows, counted over the read gold: dev, dev2 part 1, dev3):
- an authority phrase ending in a bare genitive "города" ("пресс-служба судов города") takes the
  one city the sentence names, else the one city the text named before;
- bare plural prosecutors or investigators ("По версии прокуроров") are those of the state the
  story is about: named at least twice and more often than any other state, not Russia, and no
  other state named in the sentence;
- an outlet named in Cyrillic with its Latin name in brackets right after it ("газета «Кориера
  делла Сера» (Corriere della Sera)") is named in Latin (same number of words; not an
  abbreviation, not a body that is no outlet);
- a person's two-word name with a slip in the first name ("Дональт Туск": same surname, same
  first letter, one letter changed or two swapped) is the one registry person it misspells."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    ("'судов города' takes the city of its sentence",
     "",
     "Губернатор Ивановской области задержан.\n\n"
     "Ленинский районный суд Новосибирска продлил срок задержания на 72 часа, сообщает "
     "объединенная пресс-служба судов города в Telegram-канале.",
     "Ленинский районный суд Новосибирска продлил срок задержания на 72 часа",
     "объединенная пресс-служба судов Новосибирска"),
    ("guard: 'судов города' with two cities in the sentence",
     "",
     "Ленинский районный суд Новосибирска продлил арест жителя Томска на 72 часа, сообщает "
     "объединенная пресс-служба судов города в Telegram-канале.",
     "Ленинский районный суд Новосибирска продлил арест жителя Томска на 72 часа",
     "объединенная пресс-служба судов города"),
    ("bare 'прокуроров' in a story set in the USA",
     "",
     "Россиянина обвиняют в крупнейшей хакерской атаке в США.\n\n"
     "Его экстрадировали в США в прошлом году.\n\n"
     "По версии прокуроров, он продавал похищенные данные банковских карт.",
     "он продавал похищенные данные банковских карт", "прокуроры США"),
    ("guard: bare 'прокуроров' in a story set in Russia",
     "",
     "Жителя Тулы обвиняют в крупной краже в России.\n\n"
     "Его задержали в России в прошлом году.\n\n"
     "По версии прокуроров, он продавал похищенные данные банковских карт.",
     "он продавал похищенные данные банковских карт", "прокуроры"),
    ("guard: bare 'прокуроров' when the sentence names another state",
     "",
     "Россиянина обвиняют в крупнейшей хакерской атаке в США.\n\n"
     "Его экстрадировали в США в прошлом году.\n\n"
     "По версии прокуроров, он продавал похищенные данные в Германии.",
     "он продавал похищенные данные в Германии", "прокуроры"),
    ("an outlet's Latin name in brackets after its Cyrillic one",
     "",
     "Выборы в Италии завершились.\n\n"
     "«Наконец всё позади, мы выбираем», пишет на первой странице ежедневная газета \"Ла стампа\" (La Stampa).",
     "Наконец всё позади, мы выбираем", "La Stampa"),
    ("an abbreviation in brackets is no part of the outlet's name",
     "",
     "Выборы в Латвии завершились.\n\n"
     "«Наконец всё позади, мы выбираем», пишет на первой странице ежедневная газета «Балтийский курьер» (BK).",
     "Наконец всё позади, мы выбираем", "Балтийский курьер"),
    ("guard: a club is no outlet",
     "",
     "Матч в Италии завершился.\n\n"
     "«Мы довольны игрой», заявил клуб «Рома» (Roma Calcio).",
     "Мы довольны игрой", "Рома"),
    ("a known person's first name with a slip",
     "",
     "Председатель Евросовета Дональт Туск прокомментировал отставку министра.\n\n"
     "«Политики приходят и уходят», написал Дональт Туск в Twitter.",
     "Политики приходят и уходят", "Дональд Туск"),
    ("guard: an unknown person with a slip-like name",
     "",
     "Аналитик Дональт Смит прокомментировал отставку министра.\n\n"
     "«Политики приходят и уходят», написал Дональт Смит в Twitter.",
     "Политики приходят и уходят", "Дональт Смит"),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round36(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
