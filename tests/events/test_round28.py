"""Round 28 (issue 5): actor naming, fourth pass — a group named after its owner by a bare class noun ("сторонники
партии") takes the name the document gives that owner (the gold guide names groups whole: "сторонники
Техрик-э-Лабайк", "журналисты «Фонтанки»").

- A bare genitive class noun of a named organisation ("партия", "движение", "группировка") under a group's head
  stands for the one organisation the document named earlier with that noun ("партии «Новый путь»"); the name
  replaces the noun, a name the text quotes keeps its quotes.
- Two different organisations named earlier with the noun, or none: the noun stays as written.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, has_event

# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    ("Лидер партии «Новый путь» Иван Петров обвинил мэрию Москвы в коррупции. Сторонники партии вышли на акцию "
     "протеста против мэрии Москвы.", "PROTEST", {"сторонник «Новый путь»"}, set()),
    ("Лидер движения «Новая сила» Иван Петров обвинил мэрию Москвы в коррупции. Сторонники движения вышли на акцию "
     "протеста против мэрии Москвы.", "PROTEST", {"сторонник «Новая сила»"}, set()),
    ("Глава партии Техрик-э-Лабайк Мухаммад Кадри заявил, что судьи Верховного суда Пакистана заслуживают смерти. "
     "После решения суда сторонники партии вышли на акции протеста против Верховного суда Пакистана.", "PROTEST",
     {"сторонник Техрик-э-Лабайк"}, {"Верховный суд Пакистана"}),
]

# paragraph, type, source: the class noun stays (no earlier name, or two different ones)
PLAIN = [
    ("Сторонники партии вышли на акцию протеста против мэрии Москвы.", "PROTEST", {"сторонник партии"}),
    ("Лидер партии «Яблоко» Николай Рыбаков встретился с главой партии «Родина». Сторонники партии вышли на акцию "
     "протеста против мэрии Москвы.", "PROTEST", {"сторонник партии"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round28_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, type_, source", PLAIN)
def test_round28_plain(code_paragraph, text: str, type_: str, source: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, set()), found
