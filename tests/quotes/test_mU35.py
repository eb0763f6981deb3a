"""mU35 (thirty-fifth session) table tests: quotes the system left without a speaker though the text names one.

Read from a sample of the unread text's null-speaker records: an inner frame set off by non-breaking hyphens
(U+2011) typed for dashes; "большинство" with the plural verb it takes by sense; a report frame that names no
owner ("По предварительным данным, …") followed by a trailing frame that does ("…, сообщает Mash"); a user's bare
handle with underscores at either end or doubled ("_7kontinent_", "a__shulmina"), and a plural "пользователи"
that is no single user's handle.  Sentences are made up or taken from unread text; each row fails on the code
before mU35.  (mC35, cr35 X1: the one table of the underscored-handle rows; dvY's and dvZ's copies were merged here,
and mV35's own copy of the rule, which changed nothing after mU35's, was dropped.)"""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("an inner frame between non-breaking hyphens: the words before it",
     "\"Мне 73 года, \u2011 рассказывает Вячеслав Черняев. \u2011 Считаю, что еще пожить можно\".",
     "Мне 73 года", "Вячеслав Черняев"),
    ("an inner frame between non-breaking hyphens: the words after it",
     "\"Рады, честно говоря, рады, \u2011 признается Мария Волошина. \u2011 И у меня дети\".",
     "И у меня дети", "Мария Волошина"),
    ("'большинство' with a plural verb is its subject",
     "Большинство историков считают, что в возрасте шести лет ее разлучили с родителями.",
     "в возрасте шести лет ее разлучили с родителями", "Большинство историков"),
    ("an ownerless report frame takes the trailing frame's outlet",
     "По предварительным данным, мужчина украл три пары часов и кольца с камнями, сообщает Mash.",
     "мужчина украл три пары часов и кольца с камнями", "Mash"),
    ("an ownerless report frame takes the trailing document frame's owner",
     "Во вторник в Самарской области грузовой вагон смертельно травмировал двух мужчин, сообщает Следственный "
     "комитет.\n\nПо предварительным данным, погибшие являются работниками железной дороги, говорится в сообщении "
     "в телеграм-канале СК.",
     "погибшие являются работниками железной дороги", "Следственный комитет России"),
    ("a handle with an underscore at either end",
     "«Ну вы даете! Очень круто!», – считает _7kontinent_.",
     "Ну вы даете! Очень круто!", "_7kontinent_"),
    ("a handle with a doubled underscore",
     "«Юле нужен хороший педагог», – считает a__shulmina.",
     "Юле нужен хороший педагог", "a__shulmina"),
    ("a handle ending with an underscore after digits",
     "«Надо и созвездие назвать в честь тебя», – пошутила oksana999_.",
     "Надо и созвездие назвать в честь тебя", "oksana999_"),
    ("a handle closing with two underscores, no full stop (quotes-dev18; was dvY's row)",
     "«Зачем ты с ней связался, Вась?», – спросил ilya_avto__\n\n«Зачем?», – написала elvira_istrafilova.",
     "Зачем ты с ней связался, Вась?", "ilya_avto__"),
    ("a handle opening and closing with underscores, dots inside (dev18 slot 15; was dvZ's row)",
     "Тина Канделаки опубликовала фото в Instagram.\n\n«Филипп 146% кавказец», – написала _a.n.n.a_k._",
     "Филипп 146% кавказец", "_a.n.n.a_k._"),
    ("a handle closing with an underscore before the full stop (unread runormas 914040; was dvY's and dvZ's row)",
     "Татьяна Навка опубликовала видео. «Интересно, Волочкова так смогла бы?», – спросила alla_burberry_. "
     "Навка периодически публикует ролики.",
     "Интересно, Волочкова так смогла бы?", "alla_burberry_"),
    ("a doubled underscore inside a handle (unread pool, runormas 989536; was dvZ's row)",
     "Собчак прокомментировала пост.\n\n«Сарказм в ее репертуаре», – сетует foma__neveruwiy.",
     "Сарказм в ее репертуаре", "foma__neveruwiy"),
    ("guard: a singular user after a handle's comment is that user (was dvY's row)",
     "«Сарказм в ее репертуаре», – иронизирует @igiss. При этом пользователь отметил, что Ксения ревнует.",
     "Ксения ревнует", "@igiss"),
    ("guard: a handle with one inner underscore (was dvY's row)",
     "«Зачем?», – написала elvira_istrafilova.", "Зачем?", "elvira_istrafilova"),
    ("plural users after one user's handle are no single user",
     "«Сарказм в ее репертуаре», – сетует foma_neveruwiy. Также пользователи предположили, что «Ксения немножко "
     "ревнует бывшего мужа».",
     "Ксения немножко ревнует бывшего мужа", "пользователи"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mU35_named_speaker(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
