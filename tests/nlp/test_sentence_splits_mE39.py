"""mE39 (thirty-ninth session, review cr39 F3, F11): a glued stop inside a web address, an e-mail or a handle, after a
Latin title abbreviation, or between two Latin words ("Ozon.Travel") ends no sentence; and the glued-stop checks look
back only over the word before the stop, so a crawl that lost all its breaks (one long razdel sentence) is split in
linear time.  Made-up sentences (the review's reproductions)."""
from __future__ import annotations


import pytest

from khronika.nlp import natasha_adapter as nat
from khronika.nlp.sentence_splits import refine, split_points


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in refine(text, nat.sentences(text))]


# (mechanism, text): one sentence, no split at the glued stop
WHOLE = [
    ("a web address with www.", "Смотрите трансляцию на www.Sport-Express.Ru сегодня вечером."),
    ("an e-mail", "Пишите на почту ivan.Petrov@mail.ru до пятницы."),
    ("a link with a path", "Ссылка на канал: https://t.me/Channel.Новости выходят каждый час."),
    ("a Latin title abbreviation", "Выступил Prof.Иванов из МГУ."),
    ("a Latin title abbreviation before a Latin name", "На встречу пришла Mrs.Smith с мужем."),
    ("two Latin words: a brand's service", "Сервис Ozon.Travel запущен в мае."),
    ("two Latin words: a company's name", "Ресторан Ginza.Project открыт после ремонта."),
    ("two Latin words: a user's handle", "Пользователь Ivan.Petrov написал пост."),
]


@pytest.mark.parametrize("label,text", WHOLE, ids=[c[0] for c in WHOLE])
def test_mE39_no_split_inside_names(label, text):
    assert _sentences(text) == [text], label


# (mechanism, text, expected sentences): glued boundaries the guards above must keep
SPLITS = [
    ("a Latin word before a Cyrillic sentence", "Об этом он написал в Facebook.Позже пост был удален.",
     ["Об этом он написал в Facebook.", "Позже пост был удален."]),
    ("a Latin outlet before a Cyrillic sentence", "Об этом пишет The Bell.Оно ссылается на источники.",
     ["Об этом пишет The Bell.", "Оно ссылается на источники."]),
    ("a name with a number", "Сборная выиграла Евро-2020.Сборная вернулась домой.",
     ["Сборная выиграла Евро-2020.", "Сборная вернулась домой."]),
]


@pytest.mark.parametrize("label,text,expected", SPLITS, ids=[c[0] for c in SPLITS])
def test_mE39_glued_splits_kept(label, text, expected):
    assert _sentences(text) == expected, label


# The review's cost probe (cr39 F11): glued units, three stops each.  The cost itself is measured by
# bench/sentence_splits.py (time per character at growing sizes, razdel alone as the baseline), not here.
GLUED_UNIT = ("Жители города пожаловались на ямы.Мэр заявил, что дороги починят к маю.Сайт Фонтанка.Ру пишет, что "
              "«денег нет».Потом ")


def test_mE39_long_glued_text_is_split_at_every_glued_stop():
    assert len(split_points(GLUED_UNIT * 200)) == 3 * 200
