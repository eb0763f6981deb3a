"""Helper dvP (thirty-first session) table tests for the rule made after the blind quotes-dev13 score
(slots 13-24): the British prime minister's office speaks as that office.
- "В заявлении Даунинг-стрит говорится: …", "…, сообщает Даунинг-стрит": the seat is the prime minister's
  office (a registry body of its own, `org:uk-pm-office`), not the British government;
- "офис премьер-министра Соединенного Королевства Терезы Мэй объявил …", "в офисе британского премьера
  Терезы Мэй сказали …": an office noun over its post is the office the registry knows by that post, not
  the post's holder (nor the holder at the article's date);
- "в офисе премьер-министра страны Терезы Мэй": a bare "страны" (or a place the registry does not pair
  with the office) is the named holder's registry country;
- "…, говорится в сообщении офиса премьер-министра страны Терезы Мэй": the name closing a trailing frame is
  the holder under such an office, so the office speaks.
Made-up sentences; guards keep the old answers where the rule must not fire: an office the registry does
not know still speaks for its holder ("в офисе шерифа"), the government and
a spokesperson of Downing Street stay what they were."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

PM_OFFICE = "офис премьер-министра Великобритании"

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("a statement of Downing Street with a colon frame",
     "Отставка\n\nВ заявлении Даунинг-стрит говорится: Сегодня премьер-министр приняла отставку министра.",
     "Сегодня премьер-министр приняла отставку министра", PM_OFFICE),
    ("a trailing 'сообщает Даунинг-стрит'",
     "Отставка\n\nМинистр иностранных дел ушел в отставку, сообщает Даунинг-стрит.",
     "Министр иностранных дел ушел в отставку", PM_OFFICE),
    ("the office over its post and the holder's name, the place spelled out",
     "Отставка\n\nРанее сегодня офис премьер-министра Соединенного Королевства Терезы Мэй объявил о том, что "
     "глава МИД Борис Джонсон покинул свой пост.",
     "глава МИД Борис Джонсон покинул свой пост", PM_OFFICE),
    ("'в офисе британского премьера X сказали' is the office, not X",
     "Отставка\n\nВ офисе британского премьера Терезы Мэй сказали, что министр ушел в отставку.",
     "министр ушел в отставку", PM_OFFICE),
    ("an office named without its holder is not the holder at the article's date",
     "Отставка\n\nМинистр ушел в отставку. Об этом журналистам сказали в офисе премьера Великобритании.",
     "Министр ушел в отставку", PM_OFFICE),
    ("'страны' after the post: the named holder's country",
     "Отставка\n\nВ офисе премьер-министра страны Терезы Мэй заявили, что министр ушел в отставку.",
     "министр ушел в отставку", PM_OFFICE),
    ("'Об этом сообщает офис премьер-министра страны X': the subject phrase, 'страны' as the holder's country",
     "Отставка\n\nМинистр иностранных дел ушел в отставку. Об этом сообщает офис премьер-министра страны Терезы Мэй.",
     "Министр иностранных дел ушел в отставку", PM_OFFICE),
    ("'говорится в сообщении офиса премьер-министра страны X': the name closing the frame is the office's",
     "Отставка\n\nПремьер-министр приняла отставку министра, говорится в сообщении офиса премьер-министра страны "
     "Терезы Мэй.",
     "Премьер-министр приняла отставку министра", PM_OFFICE),
    # (review cr31 M5) an office noun with an owner of its own is that owner's, not the office introduced before
    ("guard: 'в офисе адвоката X' after the PM's office is the lawyer's",
     "Визит\n\nОфис премьер-министра Великобритании сообщил, что визит состоится. В офисе адвоката Ивана Петрова "
     "заявили, что жалоба подана.",
     "жалоба подана", "Иван Петров"),
    ("guard: an office the registry does not know speaks for its holder",
     "Суд\n\nВ офисе шерифа подтвердили, что задержанный освобожден.",
     "задержанный освобожден", "шериф"),
    ("guard: the British government stays the government",
     "Вакцины\n\nБританское правительство заявило, что вакцины можно сочетать.",
     "вакцины можно сочетать", "Правительство Великобритании"),
    ("guard: a spokesperson of Downing Street stays a description",
     "Отставка\n\nПредставитель Даунинг-стрит заявил, что премьер приняла отставку.",
     "премьер приняла отставку", "Представитель Даунинг-стрит"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvp(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
