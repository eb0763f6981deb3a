"""Review cr28 (twenty-eighth session) mends: table rows of made-up sentences.
- H1: an according-to frame opening a reported clause with no comma after its owner is no frame
  phrase to cut off: the reporter's quote keeps the whole clause (it was dropped: its start moved past
  its end);
- M1: "в торговой сети «X»", "в розничной сети" are retail chains that speak, not the Net;
- M5: a pronoun after "российский политик" is not a named German minister;
- L1: "опубликовали доклад, где говорится" names no speaker (a document is no speaker);
- L3: "пообещал построить «умные» остановки" quotes a label, not words said;
- L2: "согласно инструкции производителя" is a norm followed, not a quote;
- cr28b M1–M4 (the second review of the late changes): guards that keep a named social network the medium,
  a named minister's recommendations his words, and a nationality never written near a person no objection."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("H1: an opinion frame with no comma after its owner stays inside the reporter's clause",
     "Рынок\n\nМинистр финансов Антон Силуанов сообщил, что по мнению экспертов рынок вырастет в следующем году.",
     "по мнению экспертов рынок вырастет в следующем году", "Антон Силуанов"),
    ("H1 guard: with its comma the frame's owner speaks, as before",
     "Посол\n\nГазета сообщила, что, по мнению немецких политиков, такое поведение посла неприемлемо.",
     "такое поведение посла неприемлемо", "немецкие политики"),
    ("M5: a pronoun after a described subject of another nationality is not the named person",
     "Санкции\n\nГлава МИД Германии Гайко Маас призвал ввести санкции. Российский политик отверг обвинения. "
     "«Это абсурд», — говорит он.",
     "Это абсурд", "Российский политик"),
    ("M5 guard: the same nationality goes on to the named person",
     "Санкции\n\nГлава МИД Германии Гайко Маас призвал ввести санкции. Немецкий политик повторил свои требования. "
     "«Это необходимо», — говорит он.",
     "Это необходимо", "Гайко Маас"),
    ("M5 guard (cr28b M2): no nationality written near the named person says nothing against it",
     "Совещание\n\nКанцлер Олаф Шольц провел совещание с членами правительства. На нем немецкий политик отверг "
     "обвинения. «Мы не будем это обсуждать», — сказал он.",
     "Мы не будем это обсуждать", "Олаф Шольц"),
    ("L1: a document «где говорится» with no owner gives no speaker, not the document",
     "Доклад\n\nПравозащитники опубликовали доклад, где говорится, что число задержаний выросло.",
     "число задержаний выросло", None),
    ("M1: a retail chain named after «сети» speaks",
     "Цены\n\nВ торговой сети «Пятерочка» сообщили, что цены на хлеб не вырастут.",
     "цены на хлеб не вырастут", "Пятёрочка"),
    ("M1 guard (cr28b M4): a named social network is still the medium, no speaker",
     "Завод\n\nВ соцсети «ВКонтакте» пишут, что завод закроют уже в марте.",
     "завод закроют уже в марте", None),
    ("L2 guard (cr28b M3): a named person's recommendations are his words",
     "Прививки\n\nСогласно рекомендациям министра здравоохранения Михаила Мурашко, прививку нужно сделать до конца "
     "месяца.",
     "прививку нужно сделать до конца месяца", "Михаил Мурашко"),
    ("M1 guard: the Net is no speaker",
     "Отставка\n\nВ Сети сообщают, что министр подал в отставку.",
     "министр подал в отставку", None),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_cr28(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may contain)
ABSENT = [
    ("L3: one quoted adjective in a promise is a label in scare quotes, not the speaker's words",
     "Транспорт\n\nМэр Сергей Собянин пообещал построить в городе «умные» остановки.",
     "построить"),
    ("L2: a manufacturer's instruction followed is no statement",
     "Лекарство\n\nСогласно инструкции производителя, препарат принимают дважды в день.",
     "препарат принимают дважды в день"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_cr28(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
