"""Helper mA32 (thirty-second session) table tests mending review rv32_Q's cause C1 (a speaker left as a
description although the article names the body):
- a bare channel noun ("отмечает канал", "по данным телеграм-канала") is the one channel the text named before
  with a channel noun, however far back and whoever spoke since (quotes/speakers.py `_sole_named_channel`);
- "пресс-служба главы республики" names the one republic the text names after the noun "республика"
  (quotes/region_speakers.py `_named_republic`);
- "Глава Минздрава" is the one person named before as "министр здравоохранения" (quotes/speakers.py
  `_spelt_out_holder`, on `_post_spelt_out`).
Made-up sentences; guards keep the answers the rules must not move."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("channel: a bare channel noun far after the channel named (glued 'Telegram-каналом Mash')",
     "Новости\n\nВ Сети появилось видео с места падения самолета.\n\nВидео опубликовано Telegram-каналом Mash.\n\n"
     "На записи видны куски фюзеляжа.\n\nПри этом, отмечает канал, самолет начал разваливаться еще в воздухе.",
     "самолет начал разваливаться еще в воздухе", "Mash"),
    ("channel: 'по данным телеграм-канала' after another speaker spoke",
     "Новости\n\nМестный житель устроил во дворе концерт для детей, сообщает телеграм-канал Mash.\n\n"
     "«Думайте своей головой», – сказала женщина.\n\n"
     "По данным телеграм-канала, несколько лет назад жильцы добились сноса площадки.",
     "несколько лет назад жильцы добились сноса площадки", "Mash"),
    ("guard channel: two channels named leave the noun bare",
     "Новости\n\nЖитель устроил концерт, сообщает телеграм-канал Mash. Полиция приехала через час, пишет "
     "Telegram-канал Baza.\n\n«Думайте своей головой», – сказала женщина.\n\n"
     "По данным телеграм-канала, несколько лет назад жильцы добились сноса площадки.",
     "несколько лет назад жильцы добились сноса площадки", "телеграм-канал"),
    ("guard republic: a republic of Russia named by no 'республика X' stays bare",
     "Новости\n\nМинистр здравоохранения России Михаил Мурашко заявил, что вакцина поступит в регионы.\n\n"
     "В Татарстане началась вакцинация, сообщили в минздраве республики.",
     "В Татарстане началась вакцинация", "минздрав республики"),
    ("republic named after the noun 'республика': the press office of its head",
     "Новости\n\nВ республику Коми поступило 4,4 тысячи доз вакцины, сообщает пресс-служба главы республики.",
     "В республику Коми поступило 4,4 тысячи доз вакцины", "пресс-служба главы Республики Коми"),
    # (unread slavicner coronavirus_ru_11, shortened)
    ("ministry head: 'Глава Минздрава' after 'министр здравоохранения X', an unnamed minister between",
     "Новости\n\nОб этом в эфире 13 января рассказал министр здравоохранения Максим Степанов, комментируя данные "
     "Guardian о том, что эффективность вакцины оказалась на 30% ниже, чем заявляли до сих пор.\n\nСейчас Украина "
     "занимает 17 место в мировом рейтинге по общему количеству случаев заболеваемости коронавирусом. Шестой день "
     "продолжается локдаун. Шестой день наиболее обсуждаемой темой является не собственно сам локдаун, а носки. "
     "Вернее то, что свободно купить их в Украине теперь нельзя. А еще лампочки, канцтовары, батарейки, детские "
     "игрушки. В то же время работают катки, а на горнолыжных курортах аншлаг. О целесообразности ограничений "
     "поговорим с министром здравоохранения Украины.\n\nГлава Минздрава также заявил, что в Украине будут "
     "поставки вакцин и других производителей.",
     "в Украине будут поставки вакцин и других производителей", "Максим Степанов"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mA32(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
