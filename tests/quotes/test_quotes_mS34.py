"""Review rv34_Q causes mended by mS34 (thirty-fourth session):
- C1: content boundaries - a speaker's second predicate after ", и" ends the content clause; a naming object the
  parse hung on its own adjective is named with it.
- C9: an infinitive cue under a verb of proposing, asking or promising is no speech frame.
Made-up sentences and sentences of unread text (not of any gold set)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, exact content of a quote that must exist, expected speaker name)
CONTENTS = [
    ("C1: a second predicate of the speaker after ', и'",
     "Бой\n\nБоксер Иван Петров признался, что хотел победить досрочно, и захотел провести реванш.",
     "хотел победить досрочно", "Иван Петров"),
    ("C1: an adverb before the second predicate",
     "Допинг\n\nВ апреле агентство ВАДА признало, что ситуация с применением мельдония стала беспрецедентной, и поэтому "
     "потребовало введения дополнительных мер.",
     "ситуация с применением мельдония стала беспрецедентной", "ВАДА"),
    ("C1: unread text, a posted video",
     "Спектакль\n\nВ апреле Алексей Панин в рамках репетиции нового спектакля заявил, что сошел с ума, и выложил ролик "
     "в соцсеть.",
     "сошел с ума", "Алексей Панин"),
    ("C1: a naming object hung on its adjective",
     "Закон\n\nМихаил Прохоров назвал антимагнитский закон аморальным.",
     "антимагнитский закон аморальным", "Михаил Прохоров"),
]


@pytest.mark.parametrize("label,text,content,expected", CONTENTS, ids=[c[0] for c in CONTENTS])
def test_contents_mS34(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may hold)
ABSENT = [
    ("C1: the second predicate is no content",
     "Бой\n\nБоксер Иван Петров признался, что хотел победить досрочно, и захотел провести реванш.", "захотел"),
    ("C1: unread text, the consul's photo is no content",
     "Полк\n\nГенеральный консул США во Владивостоке Майкл Кийс сообщил, что впечатлен акцией «Бессмертный полк», и "
     "разместил в соцсетях фотографию своего деда.", "разместил"),
    ("C9: an infinitive under 'предложил' is no frame",
     "Авиакомпания\n\nЮморист Ефим Шифрин предложил авиаперевозчику предупреждать заранее пассажиров о невозможности "
     "зарегистрироваться на рейсы онлайн.", "невозможности"),
    ("C9: unread text, an infinitive under 'призвал'",
     "Журналист\n\nЖурналист Ренат Давлетгильдеев рассказал о домогательствах со стороны депутата и призвал мужчин "
     "рассказывать о случаях сексуальных домогательств со стороны чиновников и депутатов.", "случаях"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_mS34(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
