"""Helper dR37a (thirty-seventh session) table tests: a person description as speaker resolved to the one person
the text introduced with its head noun (description_speakers._introduced_person):
- the introduction before the name, back to a comma, a verb or the sentence's start, or apposed after it ("Олег
  Петров (брат Сергея)", "Стивен Бенджамин, адвокат Насира", "Соколов — студент МГУ"); a hyphenated post ending in
  the noun ("врач-терапевт" for "терапевт"; mA37: not after a rank prefix - the Моравецкий row, "премьер-министр"
  for "Министр", went with cr37 F3, see test_mA37.py);
- the description's complement repeated by the introduction ("студент МГУ", "адвокат Насира"), or, for a relation
  noun, an owner no name gives ("брат погибшего": the story's victim);
- a title's first word the tagger calls a name ("Эксперт назвал …") is a person description of the title
  (attribution._capitalised_opener), so the body's main voice names it.
A title's description is the one person its lead introduces with the noun ("Студент МГУ признал …" over "Студент
МГУ Иван Соколов …" or "Иван Соколов, студент МГУ, …").
Guards: the genitive owner after the noun ("брат Сергея Петрова", "Мать блогера Анастасии Зубриной") is not the one
described; a complement the introduction does not repeat; a possessive ("его брат").  A verb between the noun and a
name ends the introduction ("Следователь рассказал … по делу X": an old wrong answer mended).
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    ("apposition in brackets; the relation's owner is the story's victim",
     '',
     'Родственники погибшего в аварии Сергея Петрова отказались от компенсации. Оба – и Анна Петрова '
     '(вдова Сергея), и Олег Петров (брат Сергея) – написали адвокату письмо. «Только суд», – заявил брат '
     'погибшего.',
     'Только суд', 'Олег Петров'),
    ('apposition after a comma, the owner named in both',
     '',
     'Стивен Бенджамин, адвокат Насира Ахмеда, подал апелляцию в понедельник. Суд рассмотрит ее в мае. «Мы'
     ' будем бороться до конца», – сказал адвокат Насира.',
     'Мы будем бороться до конца', 'Стивен Бенджамин'),
    ('a dash predicate introduces the noun and its complement',
     '',
     'Задержан Иван Соколов. Соколов — студент МГУ, ему 20 лет. Полиция отпустила его вечером. «Я ничего '
     'не нарушал», – сказал студент МГУ.',
     'Я ничего не нарушал', 'Иван Соколов'),
    ("a title's opener tagged as a name: the body's main voice",
     'Эксперт назвал раскол в коалиции неизбежным',
     'Разногласия в коалиции могут привести к досрочным выборам. Об этом заявил газете ВЗГЛЯД политолог '
     'Станислав Петров. «Раскол уже произошел», – сказал Петров. «Коалиция не доживет до осени», – добавил'
     ' Петров. «Выборы будут в июле», – отметил Петров.',
     'раскол в коалиции неизбежным', 'Станислав Петров'),
    ("a title's description is the one its lead introduces with the noun",
     'Студент МГУ признал, что бросил бутылку в полицейского',
     'Студент МГУ Иван Соколов отправлен в СИЗО на два месяца. На допросе Соколов признал, что подобрал '
     'пустую бутылку.',
     'бросил бутылку в полицейского', 'Иван Соколов'),
    ("a title's description: the name apposed before the noun",
     'Студент МГУ признал, что бросил бутылку в полицейского',
     'Иван Соколов, студент МГУ, отправлен в СИЗО на два месяца. На допросе Соколов признал, что подобрал '
     'пустую бутылку.',
     'бросил бутылку в полицейского', 'Иван Соколов'),
    ('guard: the genitive owner right after the noun is not the one described',
     '',
     'Вчера брат Сергея Петрова пришел в суд. Суд рассмотрит дело в мае. «Только суд», – заявил брат погибшего.',
     'Только суд', 'брат погибшего'),
    ("a verb between the noun and a name ends the introduction (old: the one named after 'по делу')",
     '',
     'Следователь рассказал об угрозах свидетелям по делу Рауфа Арашукова. Суд продлил арест. «Давление на'
     ' свидетелей продолжается», – заявил следователь.',
     'Давление на свидетелей продолжается', 'следователь'),
    ("guard: a complement the introduction does not repeat ('студент МГУ' of 'студент РГУ')",
     '',
     'Задержан Иван Соколов. Соколов — студент РГУ, ему 20 лет. Полиция отпустила его вечером. «Я ничего '
     'не нарушал», – сказал студент МГУ.',
     'Я ничего не нарушал', 'студент МГУ'),
    ('guard: his brother is not the brother the text introduced',
     '',
     'Олег Петров (брат Сергея) пришел в суд. Иван Котов тоже пришел. «Только суд», – заявил его брат.',
     'Только суд', 'брат Ивана Котова'),
    ("guard: a genitive chain after the noun names its owner ('Мать блогера Анастасии Зубриной')",
     '',
     'Мать блогера Анастасии Зубриной опубликовала видео. На видео девушка едет на мотоцикле. «Ничего не '
     'предвещало беды», – написала мать погибшей.',
     'Ничего не предвещало беды', 'мать погибшей'),
    ('guard: a vice-president is no president (a compound post is its last part only without a rank prefix)',
     '',
     'Вице-президент компании Андрей Смирнов выступил на форуме. Форум прошел в Москве. «Мы вырастем вдвое», – '
     'заявил президент компании.',
     'Мы вырастем вдвое', 'президент компании'),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_dR37a_introduced_person(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
