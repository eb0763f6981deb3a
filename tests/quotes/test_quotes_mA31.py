"""Helper mA31 (thirty-first session) table tests mending review rv31_Q's causes C1, C11 and C8:
- C1: a quote interrupted by its own dash frame is split at that frame even when a dash before it opens no
  frame ("втроём, — прийти в суд, — сказала она. — …"), and at every frame when there are several
  (quotes/direct.py `_inner_frames`, `_inner_attribution`): no frame is left inside the words;
- C11: "Об этом сказал X" stands for the unframed sentences of the paragraph before it, not only the last one
  (quotes/frames.py `_unframed_run_first`);
- C8: a frame set off by commas between a clause's subject and its predicate ("Инфляция, по словам министра,
  замедлится") is cut out of the words, which start after it as the guide has them (quotes/frames.py
  `_set_off_inside`); the subject before it is still no antecedent of the frame's owner (quotes/attribution.py
  `_clause_start`).
Made-up sentences; guards keep the rules' intended cases and the answers they must not move."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    # (review cr31 H4) "Об этом он сказал" covers the sentences after the one naming him, not that one
    ("C11: the run stops at the sentence naming the speaker",
     "Новости\n\nГлава Минфина Антон Силуанов провел совещание. Бюджет будет сбалансирован. Дефицит не превысит 1 % "
     "ВВП. Об этом он сказал журналистам.",
     "Бюджет будет сбалансирован. Дефицит не превысит 1 % ВВП", "Антон Силуанов"),
    # (review cr31 H3) "— добавил он" inside the quotation goes on with the speaker its first frame named
    ("C1: a later inner frame's pronoun is the first frame's speaker",
     "Новости\n\nГлава МИД Сергей Лавров прибыл в Анкару. «Мы готовы к переговорам, — сказал пресс-секретарь "
     "президента Дмитрий Песков. — Но условия не изменились, — добавил он. — Ответ за Киевом».",
     "Но условия не изменились", "Дмитрий Песков"),
    ("C1: an inner frame after a dash that opens no frame splits the quote (words before it)",
     "Новости\n\nАнна Петрова рассказала о планах семьи. «Мы все вместе, втроём — с дочкой и мамой, — придём в суд, "
     "— сказала Петрова. — По крайней мере пока нам никто этого не запрещал».",
     "Мы все вместе, втроём — с дочкой и мамой, — придём в суд", "Анна Петрова"),
    ("C1: ... and the words after it",
     "Новости\n\nАнна Петрова рассказала о планах семьи. «Мы все вместе, втроём — с дочкой и мамой, — придём в суд, "
     "— сказала Петрова. — По крайней мере пока нам никто этого не запрещал».",
     "По крайней мере пока нам никто этого не запрещал", "Анна Петрова"),
    ("C1: a quote with two inner frames: the middle words end at the second frame",
     "Новости\n\nФермер Иван Сидоров недоволен ценами. «Урожай в этом году хороший, — говорит Сидоров. — Но закупщики "
     "платят меньше, чем в прошлом году, — добавил он. — Придется искать новых покупателей».",
     "Но закупщики платят меньше, чем в прошлом году", "Иван Сидоров"),
    ("C1: ... and the words after the second frame",
     "Новости\n\nФермер Иван Сидоров недоволен ценами. «Урожай в этом году хороший, — говорит Сидоров. — Но закупщики "
     "платят меньше, чем в прошлом году, — добавил он. — Придется искать новых покупателей».",
     "Придется искать новых покупателей", "Иван Сидоров"),
    ("C11: 'Об этом сказал X' after two unframed sentences covers both",
     "Новости\n\nМинздрав ведет переговоры с шестью производителями вакцин. Платная вакцинация может начаться "
     "параллельно с бесплатной.\n\nОб этом сказал премьер-министр Денис Шмыгаль в интервью агентству.",
     "Минздрав ведет переговоры с шестью производителями вакцин. Платная вакцинация может начаться параллельно с "
     "бесплатной", "Денис Шмыгаль"),
    ("C11: ... in the same paragraph, stopping at a sentence with its own according-to frame",
     "Новости\n\nПо данным полиции, нарушений стало меньше. Больше всего нарушений зарегистрировано в Москве. С начала "
     "кампании возбуждено 53 уголовных дела. Об этом заявила в среду пресс-служба Кремля.",
     "Больше всего нарушений зарегистрировано в Москве. С начала кампании возбуждено 53 уголовных дела",
     "Пресс-служба Кремля"),
    ("guard C11: a sentence with its own speech verb before the run stays out",
     "Новости\n\nГубернатор Олег Лебедев заявил, что дороги отремонтируют летом. На ремонт выделят сто миллионов "
     "рублей. Об этом сообщила пресс-служба правительства области.",
     "На ремонт выделят сто миллионов рублей", "пресс-служба правительства области"),
    ("guard C11: a background sentence ('Ранее …') stays out",
     "Новости\n\nРанее завод выпускал тракторы. Теперь на нем будут собирать автобусы. Об этом сообщил директор "
     "завода Иван Петров.",
     "Теперь на нем будут собирать автобусы", "Иван Петров"),
    ("C8: 'X, по словам Y, Z' keeps only Z",
     "Новости\n\nИнфляция, по словам министра финансов Ивана Петрова, замедлится к концу года.",
     "замедлится к концу года", "Иван Петров"),
    ("C8: 'X, как говорят специалисты, Z' keeps only Z",
     "Новости\n\nЭто, как говорят специалисты, является единственным способом покончить с пандемией.",
     "является единственным способом покончить с пандемией", "специалисты"),
    ("C8: the subject before the frame is no antecedent of a description in it",
     "Новости\n\n«Компромисс был достигнут еще в прошлом году», – заявил преподаватель университета Зеэв Ханин. "
     "«Договариваться тут не о чем», – считает эксперт. Второй аргумент Либермана, по мнению эксперта, заключается "
     "в том, что вопрос призыва вторичен.",
     "заключается в том, что вопрос призыва вторичен", "Зеэв Ханин"),
    ("guard C8: a frame inside a noun phrase leaves the sentence as before",
     "Новости\n\nРанее боец назвал четырех лучших, по его мнению, бойцов всех времен.",
     "Ранее боец назвал четырех лучших, по его мнению, бойцов всех времен", None),
    ("guard C8: a leading frame as before",
     "Новости\n\nПо словам министра финансов Ивана Петрова, инфляция замедлится к концу года.",
     "инфляция замедлится к концу года", "Иван Петров"),
    ("guard C1: one inner frame splits as before",
     "Новости\n\n«Урожай в этом году хороший, — говорит фермер Иван Сидоров. — Но закупщики платят меньше».",
     "Но закупщики платят меньше", "Иван Сидоров"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mA31(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may hold)
NO_FRAME_INSIDE = [
    ("C1: the inner frame is not left in the words",
     "Новости\n\nАнна Петрова рассказала о планах семьи. «Мы все вместе, втроём — с дочкой и мамой, — придём в суд, "
     "— сказала Петрова. — По крайней мере пока нам никто этого не запрещал».",
     "сказала Петрова"),
    ("C1: nor the second of two inner frames",
     "Новости\n\nФермер Иван Сидоров недоволен ценами. «Урожай в этом году хороший, — говорит Сидоров. — Но закупщики "
     "платят меньше, чем в прошлом году, — добавил он. — Придется искать новых покупателей».",
     "добавил он"),
]


@pytest.mark.parametrize("label,text,absent", NO_FRAME_INSIDE, ids=[c[0] for c in NO_FRAME_INSIDE])
def test_no_frame_inside_mA31(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
