"""Round 23 table tests, made-up sentences (classes read on unread FactRuEval and SlavicNER
news): a finite relay verb the tagger took for a noun (", передаёт ТАСС") still ends the
content before it and still frames a sentence of its own; a second report coordinated with
"а" ("…, а губернатор Сергей Смирнов отметил, что …") ends the first content even with a
long subject phrase, and each verb keeps its own subject when the parse swapped them
("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
QUOTED = [
    ("a relay verb tagged as a noun ends the content",
     "Пресс-служба министерства сообщила, что ведомство собирается провести проверку всех школ города, передаёт ТАСС.",
     "ведомство собирается провести проверку всех школ города", "Пресс-служба министерства"),
    ("a relay verb tagged as a noun frames the sentence before it",
     "Кабул по-прежнему будет для НАТО стратегическим партнёром, передаёт «Интерфакс».",
     "Кабул по-прежнему будет для НАТО стратегическим партнёром", "Интерфакс"),
    ("guard: a relay verb the tagger gets right still works",
     "Директор завода Иван Петров заявил, что производство будет остановлено до весны, сообщает «Интерфакс».",
     "производство будет остановлено до весны", "Иван Петров"),
    ("a second report with a long subject phrase ends the first content",
     "Иван Петров сказал, что завод закроют, а его заместитель Олег Сидоров добавил, что рабочих переведут "
     "на другие предприятия.",
     "завод закроют", "Иван Петров"),
    ("the second report is its own speaker's",
     "Иван Петров сказал, что завод закроют, а его заместитель Олег Сидоров добавил, что рабочих переведут "
     "на другие предприятия.",
     "рабочих переведут на другие предприятия", "Олег Сидоров"),
    ("subjects the parse swapped between two speech verbs: the first report",
     "Мэр города Иван Петров заявил, что мост откроют в мае, а губернатор Сергей Смирнов отметил, что ремонт "
     "дорог завершится летом.",
     "мост откроют в мае", "Иван Петров"),
    ("subjects the parse swapped between two speech verbs: the second report",
     "Мэр города Иван Петров заявил, что мост откроют в мае, а губернатор Сергей Смирнов отметил, что ремонт "
     "дорог завершится летом.",
     "ремонт дорог завершится летом", "Сергей Смирнов"),
    ("guard: a short second report as before",
     "Министр обороны заявил, что учения пройдут в июне, а представитель штаба отметил, что в них примут участие "
     "пять тысяч военных.",
     "учения пройдут в июне", "Министр обороны"),
]


@pytest.mark.parametrize("label,text,content,expected", QUOTED, ids=[c[0] for c in QUOTED])
def test_round23_quoted(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
