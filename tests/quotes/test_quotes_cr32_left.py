"""Review cr32's findings the thirty-second session left, mended by the lead in the thirty-third session.
- F12: a comma-less "по версии X" is a ranking's awarder only after a ranking's words ("лучшим игроком
  сезона", "человеком года", "самых богатых", "чемпионом мира"), not after a frame's subject or predicate.
- F11: a «;» bounds the clause a leading frame opens, not the words a trailing frame closes.
- F8: an owned frame set off by commas after the subject's own clause ("Цены, о которых говорил министр,
  по данным Росстата, выросли") reports the words after it.
- F9: "Глава Минздрава заявил" is not a former minister, nor a woman.
- F13: a plural pronoun after another plural referent does not take up an unnamed source.
- F4: a bare "канала" is not the one named channel when another outlet spoke since.
Also two of review rv33_Q C4 (a joined predicate, a «;» inside brackets).  Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import speaker_name, speaker_of


def quote_with(doc, words: str, label: str):
    """The one quote whose text holds `words`."""
    found = [q for q in doc.quotes if words in q.text]
    assert len(found) == 1, f"{label}: {[(q.text, q.speaker and q.speaker.name) for q in doc.quotes]}"
    return found[0]


# (mechanism, text, words of the content, expected speaker name; None = no quote holds the words)
FRAMES = [
    ("F12: a subject before 'по версии'",
     "Авария\n\nВодитель по версии следствия превысил скорость и выехал на встречную полосу.",
     "превысил скорость", "следствие"),
    ("F12: a predicate's instrumental that ranks nothing",
     "Пожар\n\nПричиной пожара по версии МЧС стало короткое замыкание в электропроводке.",
     "короткое замыкание", "МЧС России"),
    ("F12: an adverbial before 'по версии'",
     "Кража\n\nВ ночь на субботу по версии полиции злоумышленники проникли в магазин через окно.",
     "проникли в магазин", "полиция"),
    ("F12 guard: a ranking",
     "Футбол\n\nЛучшим игроком сезона по версии болельщиков стал Артем Дзюба.", "Дзюба", None),
    ("F12 guard: a person ranked as what he became",
     "Футбол\n\nМесси признан игроком турнира по версии ФИФА.", "Месси", None),
    ("F12 guard: a title",
     "Бокс\n\nОн стал чемпионом мира по версии WBC.", "чемпионом мира", None),
    ("F12 guard: a superlative's phrase",
     "Рейтинг\n\nОна вошла в список самых богатых жителей Великобритании по версии газеты The Times.",
     "самых богатых", None),
]


@pytest.mark.parametrize("label,text,words,expected", FRAMES, ids=[c[0] for c in FRAMES])
def test_ranking_or_frame(enrich, label, text, words, expected):
    doc = enrich(text)
    if expected is None:
        assert not [q for q in doc.quotes if words in q.text], label
    else:
        assert speaker_name(quote_with(doc, words, label)) == expected, label


# (mechanism, text, exact content, expected speaker)
CONTENTS = [
    ("F11: a trailing frame reports the words before the «;» as well",
     "Цены\n\nЦены выросли на пять процентов; инфляция ускорилась вдвое, по данным Росстата.",
     "Цены выросли на пять процентов; инфляция ускорилась вдвое", "Росстат"),
    ("F11: as a trailing 'как сообщил' does",
     "Цены\n\nЦены выросли на пять процентов; инфляция ускорилась вдвое, как сообщил министр экономики.",
     "Цены выросли на пять процентов; инфляция ускорилась вдвое", "министр экономики"),
    ("F11 guard: a leading frame after a «;»",
     "Актриса\n\nАктриса выступила с заявлением, поддержав коллег; по ее мнению, съемки надо прекратить.",
     "съемки надо прекратить", "Актриса"),
    ("F8: an owned frame after the subject's relative clause",
     "Цены\n\nЦены на продукты, о которых говорил министр, по данным Росстата, выросли на пять процентов.",
     "выросли на пять процентов", "Росстат"),
    ("F8: an owned frame after a conditional clause inside the subject's clause",
     "Закон\n\nНовый закон, если его примут, по мнению экспертов, ударит по малому бизнесу.",
     "ударит по малому бизнесу", "эксперты"),
    ("F9: not a former minister",
     "Назначение\n\nБывший министр здравоохранения Вероника Скворцова возглавила ФМБА.\n\n"
     "Глава Минздрава заявил, что реформа здравоохранения продолжится.",
     "реформа здравоохранения продолжится", "Глава Минздрава"),
    ("F9 guard: the minister the text named",
     "Коронавирус\n\nМинистр здравоохранения Михаил Мурашко посетил больницу.\n\n"
     "Глава Минздрава заявил, что реформа здравоохранения продолжится.",
     "реформа здравоохранения продолжится", "Михаил Мурашко"),
    ("F4: another outlet spoke after the named channel",
     "Блогер\n\nКак сообщил Telegram-канал Mash, в Москве задержали блогера. Позже Baza сообщила, что блогера "
     "отпустили. По данным канала, задержанный уже дома.",
     "задержанный уже дома", "Baza"),
    ("F4 guard: a person spoke since",
     "Блогер\n\nКак сообщил Telegram-канал Mash, в Москве задержали блогера. Позже женщина сказала, что блогера "
     "отпустили. По данным канала, задержанный уже дома.",
     "задержанный уже дома", "Mash"),
]


@pytest.mark.parametrize("label,text,content,expected", CONTENTS, ids=[c[0] for c in CONTENTS])
def test_contents_and_speakers(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_a_pronoun_after_another_plural_referent_is_no_unnamed_source(enrich):
    """F13: «Они» are the suspects, not the police sources."""
    doc = enrich("Задержание\n\nИсточники в полиции сообщили, что задержаны двое подозреваемых. Они заявили, что "
                 "невиновны.")
    quote = quote_with(doc, "невиновны", "F13")
    assert quote.speaker is None or not quote.speaker.unnamed, quote.speaker


def test_a_pronoun_taking_up_the_sources_stays_theirs(enrich):
    """F13 guard: nothing but the sources to take up."""
    doc = enrich("Задержание\n\nИсточники в полиции сообщили, что задержан подозреваемый. Они также заявили, что "
                 "он невиновен.")
    quote = quote_with(doc, "он невиновен", "F13 guard")
    assert quote.speaker is not None and quote.speaker.unnamed and quote.speaker.text == "Они", quote.speaker


# (rv33_Q C4, thirty-third session) A naming's predicate joined by "и" is named whole.
JOINED_PREDICATES = [
    ("a second instrumental predicate", "Политика\n\nИванов считает себя сторонником и преемником Петрова.",
     "себя сторонником и преемником Петрова"),
    ("a second verb is no predicate", "Политика\n\nИванов назвал Петрова предателем и пообещал подать в суд.",
     "Петрова предателем"),
]


@pytest.mark.parametrize("label,text,content", JOINED_PREDICATES, ids=[c[0] for c in JOINED_PREDICATES])
def test_joined_predicates(enrich, label, text, content):
    assert speaker_of(enrich(text), content, label) == "Иванов", label


def test_a_semicolon_inside_brackets_ends_no_sentence_of_a_quote(enrich):
    """(rv33_Q C4) razdel's break at «(Бавария; Германия)» left the trailing verb only the words after it."""
    doc = enrich("Смерть\n\nМанзарек умер в германском городе Розенхайме (Бавария; Германия) в кругу семьи, сообщила "
                 "публицист Хейди Робинсон-Фицджеральд.")
    assert speaker_of(doc, "Манзарек умер в германском городе Розенхайме (Бавария; Германия) в кругу семьи",
                      "C4") == "Хейди Робинсон-Фицджеральд"
