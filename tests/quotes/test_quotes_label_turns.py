"""A transcript's turns (review rv28_R cause 2): a paragraph that is only a person's name and a colon
labels the paragraphs after it, up to the next label, as that person's direct words.  Made-up texts;
guards keep narration, a lone label and third-person cards out."""
from __future__ import annotations

import pytest

TRANSCRIPT = ("Как снимали сериал\n\n"
              "Авторы книги вспоминают, как работали над сезоном.\n\n"
              "Анна Петрова (продюсер):\n\n"
              "Мы долго не могли найти режиссера. Я звонила всем знакомым.\n\n"
              "Сначала казалось, что сроки сорвутся, но мы успели.\n\n"
              "Иван Сидоров:\n\n"
              "Я написал сценарий за месяц и почти сразу пожалел об этом.\n\n"
              "У продюсера Ольги Лебедевой большой опыт работы на телевидении.\n\n"
              "Анна Петрова:\n\n"
              "Я считаю этот сезон нашим лучшим.\n\n"
              "Книга выходит в августе в издательстве «Эксмо».")

# (what, text, content, speaker name or None for "no quote of that content")
CASES = [
    ("a turn after a label with a bracketed role", TRANSCRIPT,
     "Мы долго не могли найти режиссера. Я звонила всем знакомым", "Анна Петрова"),
    ("a turn's later paragraph that speaks itself", TRANSCRIPT,
     "Сначала казалось, что сроки сорвутся, но мы успели", "Анна Петрова"),
    ("the next label's turn", TRANSCRIPT,
     "Я написал сценарий за месяц и почти сразу пожалел об этом", "Иван Сидоров"),
    ("the last turn: its first paragraph", TRANSCRIPT, "Я считаю этот сезон нашим лучшим", "Анна Петрова"),
    ("guard: an editor's third-person note between turns", TRANSCRIPT,
     "У продюсера Ольги Лебедевой большой опыт работы на телевидении", None),
    ("guard: narration after the last turn", TRANSCRIPT, "Книга выходит в августе в издательстве «Эксмо»", None),
    ("guard: one label alone is a heading, not a transcript",
     "Итоги года\n\nАнна Петрова:\n\nМы долго не могли найти режиссера. Я звонила всем знакомым.",
     "Мы долго не могли найти режиссера. Я звонила всем знакомым", None),
    ("guard: a turn with no first or second person is a card, not words",
     "Участники\n\nАнна Петрова:\n\nРодилась в Москве в 1980 году, окончила ВГИК.\n\n"
     "Иван Сидоров:\n\nРодился в Туле в 1975 году, окончил МГУ.",
     "Родилась в Москве в 1980 году, окончила ВГИК", None),
]


@pytest.mark.parametrize("what,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_label_turns(enrich, what, text, content, speaker):
    quotes = enrich(text).quotes
    found = [q for q in quotes if q.text == content]
    if speaker is None:
        assert not [q for q in quotes if content[:30] in q.text], f"{what}: {[(q.text, q.speaker) for q in quotes]}"
        return
    assert found and found[0].speaker is not None, f"{what}: {[(q.text, q.speaker) for q in quotes]}"
    assert found[0].speaker.name == speaker and found[0].kind == "direct", what
