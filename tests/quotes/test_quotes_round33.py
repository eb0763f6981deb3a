"""Round 33 table tests, made-up sentences; the mechanisms are those of the misses of the third blind
dev set (gold/quotes-dev3) and of quotes-dev2 part 1:
- an opinion verb with an object and a predicate states an evaluation like "назвал X Y": "считают X
  Y-instrumental" ("считают жесткий вариант безумием", also past a relative clause of the object),
  "оценил/охарактеризовал/обозначает X как Y"; not without the predicate ("считает голоса", "оценили
  ущерб в …"), not impersonal ("его считают …");
- a second speech verb of the same speaker after "но", "однако", "а также", "но при этом" ends the
  first verb's content and gives its own quote, as after "и" and "а" already;
- an anaphoric organisation is never one it cannot be: "говорится в сообщении" after a report of an
  unnamed press office whose name opens with an adjective ("объединенная пресс-служба судов") is that
  office's, not the channel it posted on; "компания" is no group of people NER typed as an
  organisation ("украинские правоохранители")."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

LEAD = 'Дебаты в парламенте продолжались до вечера. '

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("small clause: object and instrumental predicate",
     LEAD + 'Депутаты оппозиции считают новый законопроект ошибкой.',
     'новый законопроект ошибкой', 'Депутаты оппозиции'),
    ("small clause: the predicate after the object's relative clause",
     LEAD + 'Умеренные депутаты считают жесткий вариант, о котором мечтают их противники, безумием.',
     'жесткий вариант, о котором мечтают их противники, безумием', 'Умеренные депутаты'),
    ("small clause: adjective predicate, negated opinion",
     'Профсоюз пилотов не считает требования компании обоснованными.',
     'требования компании обоснованными', 'Профсоюз пилотов'),
    ("'как'-predicate: оценить X как Y",
     'Министр финансов Иван Петров оценил ситуацию на рынке как критическую.',
     'ситуацию на рынке как критическую', 'Иван Петров'),
    ("'как'-predicate: an outlet characterises",
     'Газета «Вечерний город» охарактеризовала реформу как провал.',
     'реформу как провал', 'Вечерний город'),
    ("'как'-predicate: the content ends at the comma after the predicate",
     'Прокурор Иван Петров расценил поступок как угрозу обществу, при этом защита с ним не согласилась.',
     'поступок как угрозу обществу', 'Иван Петров'),
    ("second verb after 'но'",
     'Мэр Иван Петров заявил, что мост откроют в мае, но уточнил, что сроки могут сдвинуться.',
     'мост откроют в мае', 'Иван Петров'),
    ("second verb after 'но': its own quote",
     'Мэр Иван Петров заявил, что мост откроют в мае, но уточнил, что сроки могут сдвинуться.',
     'сроки могут сдвинуться', 'Иван Петров'),
    ("second verb after 'однако', the first content quoted",
     'Депутат Анна Петрова считает, что «закон нужен стране», однако уточнила, что поправки пока черновые.',
     'закон нужен стране', 'Анна Петрова'),
    ("second verb after 'однако': its own quote",
     'Депутат Анна Петрова считает, что «закон нужен стране», однако уточнила, что поправки пока черновые.',
     'поправки пока черновые', 'Анна Петрова'),
    ("second verb after 'а также'",
     'Губернатор Сергей Смирнов сообщил, что дорогу отремонтируют, а также добавил, что школу откроют в сентябре.',
     'дорогу отремонтируют', 'Сергей Смирнов'),
    ("second verb after 'но при этом'",
     'Тренер Олег Иванов признал, что команда сыграла плохо, но при этом подчеркнул, что игроки старались.',
     'команда сыграла плохо', 'Олег Иванов'),
    ("guard: 'и' still splits",
     'Мэр Иван Петров заявил, что мост откроют в мае, и добавил, что сроки могут сдвинуться.',
     'мост откроют в мае', 'Иван Петров'),
    ("guard: 'но' without a speech verb stays inside the content",
     'Мэр Иван Петров заявил, что строители работают, но жители недовольны.',
     'строители работают, но жители недовольны', 'Иван Петров'),
    ("a statement after an adjective-led press office's report is the office's, not its channel's",
     'Суд продлил срок задержания чиновника на 72 часа, сообщает объединенная пресс-служба судов города в '
     'Telegram-канале.\n\n«Чиновник вину не признал», – говорится в сообщении.',
     'Чиновник вину не признал', 'объединенная пресс-служба судов города'),
    ("a statement after an adjective-led press office's report, no channel",
     'Суд продлил срок задержания чиновника, сообщает региональная пресс-служба судов.\n\n'
     '«Чиновник вину не признал», – говорится в сообщении.',
     'Чиновник вину не признал', 'региональная пресс-служба судов'),
    ("'компания' is no group of people",
     'Украинские правоохранители задержали танкер в порту Херсона.\n\n'
     '«Капитану отказали в выходе из порта», — заявляет компания.',
     'Капитану отказали в выходе из порта', 'компания'),
    ("guard: 'компания' is the company named before",
     'Компания «Ромашка» задержала выплаты сотрудникам.\n\n«Выплаты возобновятся в мае», — заявляет компания.',
     'Выплаты возобновятся в мае', 'Ромашка'),
    ("guard: a group of people still speaks as itself",
     'Украинские правоохранители заявили, что танкер задержан законно.',
     'танкер задержан законно', 'Украинские правоохранители'),
]

# (mechanism, text, words no quote may contain)
ABSENT = [
    ("guard: 'считать' without a predicate counts",
     'Избирательная комиссия считает голоса избирателей.', 'голоса избирателей'),
    ("guard: 'считать' with an infinitive is no small clause",
     'Актриса Анна Петрова считает своим долгом помогать детям.', 'долгом'),
    ("guard: an impersonal 'считают' has no speaker",
     'Его считают лучшим игроком сезона.', 'лучшим игроком'),
    ("guard: 'оценить' with an amount measures",
     'Эксперты оценили ущерб в пять миллионов рублей.', 'ущерб'),
    ("guard: 'описывал то, как …' tells a topic, no 'как'-predicate",
     'Автор письма описывал то, как пройдет праздник.', 'праздник'),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round33(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_round33_absent(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
