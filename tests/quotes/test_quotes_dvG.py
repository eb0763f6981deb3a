"""Helper dvG (twenty-seventh session) table tests for the rules made after the blind quotes-dev9 score
(slots 1-12):
- "согласно" takes the frame noun after one or two modifiers, as "по" does ("Согласно последним данным X, …"),
  and a speakerless "согласно"-frame of a report noun with a modifier is a report by no one named, like
  "По предварительным данным, …" (quotes-dev6 lead's decision); a participial phrase on such a noun
  ("По обновленным данным, учитывающим …, …", "По словам X, приехавшего на место, …") is part of the frame,
  the content starts after it (a nominative participle begins the content: "По данным МВД, погибшие …");
- "Согласно «Газпрому», …": an organisation's name in quotation marks after "согласно" speaks;
- "Согласно предварительному анализу, …": a study with no author named speaks for no one (quotes-dev7's
  speakerless «По итогам испытаний»), not for the study noun;
- an embedded question opened by a preposition ("не уточнил, из каких архивов …") gives a topic, no content;
- "Никто не …, что" and "Любой X расскажет, что" name no speaker: no quote;
- "Не исключено, что …" (a negated impersonal short participle) is the writer's conjecture: no quote;
- "призвало … выйти на улицы, чтобы продемонстрировать …": a "чтобы" with an infinitive is a purpose, no directive;
- "Об этом рассказал X" after the writer's own question names a topic, not X's words;
- "По его мнению" after a quotation of many sentences reaches the speaker as the pronoun "он" does;
- "«… . …», – рассказали пассажиры …, сообщает Telegram-канал Mash": the outlet relays the framed quotation,
  it makes no second quote of its last sentence and frame;
- "лежит в основе «ЭпиВакКороны», — в стране пытались …": a short quoted name after a word of the narration
  is no direct quote of the dash after it;
- "это все равно, что думать, будто …": an infinitive cue hung on no verb has no speaker: no quote;
- "«…», – заявил X, передает ТАСС. Отмечается, что …": the impersonal report after a relayed quote is the
  relaying outlet's (quotes-dev8's «Уточняется» after «сообщает Telegram-канал Mash»).
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = no one named)
SPEAKERS = [
    ("a speakerless 'согласно' frame of a report noun with a modifier",
     "Вакцина\n\nСогласно обновленным данным, эффективность вакцины составила 95%.",
     "эффективность вакцины составила 95%", None),
    ("'согласно' reaches the frame noun past its modifiers",
     "Больница\n\nСогласно последним данным Минздрава, число заболевших выросло на пять процентов.",
     "число заболевших выросло на пять процентов", "Минздрав"),
    ("a participial phrase on a speakerless report noun is part of the frame",
     "Вакцина\n\nПо обновленным данным, учитывающим более широкий набор данных, эффективность вакцины составила 95%.",
     "эффективность вакцины составила 95%", None),
    ("a participial phrase on an owned frame's noun is part of the frame",
     "Авария\n\nПо данным МВД, опубликованным в пятницу, число погибших достигло пяти человек.",
     "число погибших достигло пяти человек", "МВД"),
    ("a participial phrase on the frame's owner is part of the frame",
     "Авария\n\nПо словам Ивана Петрова, приехавшего на место аварии, число погибших достигло пяти человек.",
     "число погибших достигло пяти человек", "Иван Петров"),
    ("guard: a nominative participle after an owned frame begins the content",
     "Авария\n\nПо данным МВД, погибшие являются работниками железной дороги.",
     "погибшие являются работниками железной дороги", "МВД"),
    ("guard: a short participle after the frame is the content's predicate",
     "Нападение\n\nПо словам ведущей Анны Ивановой, избиты были два работника группы, а ее саму толкнули.",
     "избиты были два работника группы, а ее саму толкнули", "Анна Иванова"),
    ("guard: a participle on a phrase after the frame is no part of the frame",
     "Митинг\n\nПо сообщению агентства Dawn, в ходе оппозиционного митинга, собравшего меньше участников, чем "
     "ожидалось, число задержанных достигло десяти.",
     "в ходе оппозиционного митинга, собравшего меньше участников, чем ожидалось, число задержанных достигло "
     "десяти", "Dawn"),
    ("guard: an owned 'по данным' frame keeps its owner",
     "Больница\n\nПо данным Минздрава, число заболевших выросло на пять процентов.",
     "число заболевших выросло на пять процентов", "Минздрав"),
    ("an organisation's name in quotation marks after 'согласно'",
     "Газ\n\nСогласно «Газпрому», поставки газа в Европу выросли на пять процентов.",
     "поставки газа в Европу выросли на пять процентов", "Газпром"),
    ("guard: a name without marks after 'согласно'",
     "Газ\n\nСогласно ТАСС, поставки газа в Европу выросли на пять процентов.",
     "поставки газа в Европу выросли на пять процентов", "ТАСС"),
    ("a study with no author named speaks for no one",
     "Вакцина\n\nСогласно предварительному анализу, эффективность вакцины превзошла 90%.",
     "эффективность вакцины превзошла 90%", None),
    ("guard: a study's author still speaks",
     "Выборы\n\nСогласно опросу YouGov, за консерваторов проголосовал бы 41% избирателей.",
     "за консерваторов проголосовал бы 41% избирателей", "YouGov"),
    ("guard: a complement without 'что' opened by a preposition that asks nothing",
     "Реформа\n\nПремьер-министр Иван Петров сказал, в стране скоро начнется налоговая реформа.",
     "в стране скоро начнется налоговая реформа", "Иван Петров"),
    ("guard: a named subject beside 'никто' keeps its quote",
     "Реформа\n\nНикто из министров не возражал, а премьер Иван Петров заявил, что реформа продолжится.",
     "реформа продолжится", "Иван Петров"),
    ("guard: 'не исключил, что' with a speaker stays a quote",
     "Выборы\n\nМинистр финансов Иван Петров не исключил, что выборы пройдут досрочно.",
     "выборы пройдут досрочно", "Иван Петров"),
    ("guard: a directive's 'чтобы'-clause with a finite verb",
     "Протест\n\nМинистр Иван Петров призвал граждан, чтобы они не выходили на улицы.",
     "они не выходили на улицы", "Иван Петров"),
    ("guard: a purpose clause with the speaker's quoted words stays a quote",
     "Сочи\n\nЖителям города не понравилось увиденное. В комментариях они посоветовали отдыхающим лететь в "
     "Турцию, чтобы «разгрузить российский курорт».",
     "разгрузить российский курорт", "Жители города"),
    ("guard: a participle in the nominative after a speakerless frame begins the content",
     "Авария\n\nГрузовой вагон травмировал двух мужчин. По предварительным данным, погибшие являются работниками "
     "железной дороги.",
     "погибшие являются работниками железной дороги", None),
    ("guard: the quotation itself keeps its frame's speaker",
     "Самолет\n\n«Так и не сказали, что вообще происходит. Там ничего нет», – рассказали пассажиры в видео, "
     "сообщает Telegram-канал Mash.",
     "Так и не сказали, что вообще происходит. Там ничего нет", "пассажиры"),
    ("guard: a quotation of one sentence opening a paragraph with a dash frame",
     "Газ\n\n«Цены на газ вырастут в следующем году», — заявил министр энергетики Иван Петров.",
     "Цены на газ вырастут в следующем году", "Иван Петров"),
    ("guard: an infinitive under a finite verb with a subject",
     "Штат\n\nМинистр Иван Петров решил заявить, что компания сократит штат.",
     "компания сократит штат", "Иван Петров"),
    ("an impersonal report after a quote an outlet relays goes on in the outlet's voice",
     "Переговоры\n\n«Мы готовы к переговорам», – заявил министр Иван Петров, передает ТАСС. Отмечается, что "
     "встреча пройдет в Минске.",
     "встреча пройдет в Минске", "ТАСС"),
    ("guard: with no relaying outlet the impersonal report goes on with the speaker",
     "Переговоры\n\n«Мы готовы к переговорам», – заявил министр Иван Петров. Отмечается, что встреча пройдет "
     "в Минске.",
     "встреча пройдет в Минске", "Иван Петров"),
    ("guard: a social network is no relaying outlet",
     "Переговоры\n\n«Мы готовы к переговорам», – написал министр Иван Петров в своем Telegram-канале. "
     "Отмечается, что встреча пройдет в Минске.",
     "встреча пройдет в Минске", "Иван Петров"),
    ("guard: 'Об этом рассказал X' after a statement",
     "Вакцина\n\nВакцинация в области начнется в январе. Об этом рассказал главный эпидемиолог области "
     "Александр Раздорский.",
     "Вакцинация в области начнется в январе", "Александр Раздорский"),
    ("'по его мнению' after a quotation of many sentences",
     "Курсанты\n\nЛидер ЛДПР Владимир Жириновский заявил, что курсантов нужно не наказывать, а поощрять.\n\n"
     "«Это их досуг. Они танцевали, не напились пьяные. Они танцуют, они молоды. Мы старые, так не можем уже. "
     "Форма одежды тоже нормальная. Жарко там, топят хорошо. Это общежитие, это их дом. Никто не имеет права "
     "заглядывать туда. Другое дело, выложили в соцсеть», - заявил он RT.\n\n"
     "По его мнению, гонения на этих молодых людей надо немедленно прекратить.",
     "гонения на этих молодых людей надо немедленно прекратить", "Владимир Жириновский"),
    ("guard: 'по его мнению' after a nearer man of the same gender",
     "Курсанты\n\nЛидер ЛДПР Владимир Жириновский заявил, что курсантов нужно не наказывать, а поощрять. "
     "Ректор института Сергей Краснов с этим не согласился.\n\n"
     "По его мнению, курсанты нарушили устав.",
     "курсанты нарушили устав", "Сергей Краснов"),
    ("guard (lead): a short quotation opening the paragraph under a title is no name in the narration",
     "Встреча\n\n«Мы шокированы этим решением», — сказал представитель генсека ООН Антониу Гутерриш.",
     "Мы шокированы этим решением", "Антониу Гутерриш"),
]

# (mechanism, text, a string no quote may contain)
ABSENT = [
    ("guard: a bare 'согласно данным' names no report",
     "Вакцина\n\nСогласно данным, эффективность вакцины превзошла 90%.",
     "эффективность вакцины превзошла"),
    ("guard: a document's name in quotation marks is no speaker",
     "Дороги\n\nСогласно «Правилам дорожного движения», водитель обязан пропустить пешехода.",
     "водитель обязан пропустить пешехода"),
    ("an embedded question opened by a preposition",
     "Архив\n\nПри этом Кравчук не уточнил, из каких архивов он почерпнул эту информацию.",
     "из каких архивов"),
    ("'никто' as the subject: no one said it",
     "Вакцина\n\nНикто не надеялся, что мРНК-технология на такое способна.",
     "мРНК-технология на такое способна"),
    ("'любой X' as the subject: a hypothetical speaker",
     "Вакцина\n\nЛюбой иммунолог вам расскажет, что антитела со временем исчезают.",
     "антитела со временем исчезают"),
    ("a negated impersonal participle ('не исключено, что') is the writer's conjecture (was un23's guard)",
     "Выборы\n\nБерлускони уже заявил, что в случае создания такого кабинета его партия будет находиться в "
     "оппозиции. Однако если такое правительство все-таки не будет сформировано, не исключено, что в стране "
     "могут быть проведены досрочные выборы.",
     "досрочные выборы"),
    ("'Не исключено, что' opening a sentence",
     "Физика\n\nНе исключено, что открытие приведет к появлению нового класса устройств.",
     "нового класса устройств"),
    ("a purpose clause after an appeal with an infinitive",
     "Протест\n\nПравительство призвало сторонников президента выйти в четверг на улицы, чтобы продемонстрировать "
     "массовую поддержку.",
     "продемонстрировать массовую поддержку"),
    ("an outlet after a quotation of several sentences with its own frame relays it, no second quote",
     "Самолет\n\n«Так и не сказали, что вообще происходит. Там ничего нет», – рассказали пассажиры в видео, "
     "сообщает Telegram-канал Mash.",
     "рассказали пассажиры"),
    ("a short quoted name after a word of the narration, then a dash",
     "Вакцина\n\nПроизводство белков — это то, что лежит в основе «ЭпиВакКороны», — в стране пытались наладить "
     "начиная с 1980-х.",
     "ЭпиВакКороны"),
    ("an infinitive hung on no verb: anyone's thought",
     "Почта\n\nТакой вывод следует признать поспешным: это все равно, что думать, будто «Почта России» работает "
     "надежнее, чем сотовая связь.",
     "работает надежнее"),
    ("'Об этом рассказал X' after the writer's own questions",
     "Вакцина\n\nНужно ли прививаться от ковида? Чем прививают в России? Об этом рассказал главный эпидемиолог "
     "области Александр Раздорский.",
     "Чем прививают"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvg(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_dvg(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
