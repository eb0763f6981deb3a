"""Helper dvL (twenty-ninth session) table tests for the rules made after the blind quotes-dev11 score
(slots 13-24):
- "Крупнейший банк России Сбербанк сообщил …": an organisation's name closing a nominative subject phrase
  names the head noun; the place in the genitive before it only qualifies the noun;
- "…, однако в марте правительство Великобритании заявило, что …", "…, врио главы региона Иван Сидоренко
  заявил, что …": a singular past verb whose parse subject is missing, or is only a noun of another gender
  before a comma, takes the nominative phrase that opens its own comma stretch (past verbs agree in gender);
- "Многие депутаты поддерживают закон, полагая, что …, сказал политолог X": a converb or participle frame
  inside a person's postposed frame is nested speech; the person's quote is the whole sentence (an outlet's
  postposed frame keeps the inner frame: double attribution);
- "…?, обратился к премьеру лидер оппозиции X": turning to someone is a manner-of-speaking frame of the words
  said (direct speech only, never a что-clause), also before a colon with unmarked personal words; an
  imperative ("…, обратитесь к врачу") is never a postposed frame.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("an organisation's name closing the subject phrase after a place in the genitive",
     "Банки\n\nКрупнейший банк России Сбербанк сообщил, что отменит комиссии.",
     "отменит комиссии", "Сбербанк"),
    ("the same with a Latin name and a 'сообщить о' frame",
     "Рейсы\n\nКрупнейший лоукостер Европы Ryanair сообщил об отмене 250 рейсов в Германию.",
     "отмене 250 рейсов в Германию", "Ryanair"),
    ("guard: a person's name closing the phrase still names it",
     "Визит\n\nОфициальный представитель МИД России Мария Захарова заявила, что визит не планируется.",
     "визит не планируется", "Мария Захарова"),
    ("a verb whose parse subject is a noun of another gender before the comma",
     "Визит\n\nМинистр Борис Джонсон в декабре впервые посетил Москву, однако в марте правительство "
     "Великобритании заявило, что таких контактов не будет.",
     "таких контактов не будет", "Правительство Великобритании"),
    ("a subjectless verb after a comma: the post named by its nominative apposition",
     "Жилье\n\nОбласть первой заключила с фондом договор о поддержке, врио главы региона Иван Сидоренко "
     "заявил, что будут построены 300 домов.",
     "будут построены 300 домов", "Иван Сидоренко"),
    ("guard: the same stretch that the parse already gave its subject",
     "Жилье\n\nРеспублика первой подписала с фондом соглашение о поддержке, врио главы региона Иван Сидоренко "
     "заявил, что будут построены 300 домов.",
     "будут построены 300 домов", "Иван Сидоренко"),
    ("guard: a post of another gender than the verb with the name right after it (no comma)",
     "Визит\n\nМинистр Анна Петрова заявила, что контактов не будет.",
     "контактов не будет", "Анна Петрова"),
    ("guard: a subject before a participial phrase set off by commas",
     "Больница\n\nВрач, лечившая Петрова в больнице, заявила, что угрозы нет.",
     "угрозы нет", "Врач"),
    ("guard: a subject in its own stretch after 'а'",
     "Рейсы\n\nКомпания сократила рейсы, а ее директор Иван Сидоренко заявил, что убытки велики.",
     "убытки велики", "Иван Сидоренко"),
    ("a converb frame inside a person's postposed frame: the person's words are the whole sentence",
     "Закон\n\nМногие депутаты поддерживают закон, полагая, что он защитит детей, сказал журналистам политолог "
     "Иван Сидоренко.",
     "Многие депутаты поддерживают закон, полагая, что он защитит детей", "Иван Сидоренко"),
    ("guard: an outlet's postposed frame relays the inner position",
     "Закон\n\nМногие депутаты поддерживают закон, полагая, что он защитит детей, пишет ТАСС.",
     "он защитит детей", "Многие депутаты"),
    ("a postposed 'обратиться к' frame after a question that lost its marks",
     "Брекзит\n\nКак вы можете договориться с Европой, если не можете договориться с собственной партией?, "
     "обратился к премьеру лидер оппозиции Иван Сидоренко.",
     "Как вы можете договориться с Европой, если не можете договориться с собственной партией?", "Иван Сидоренко"),
    ("a colon 'обратиться к' frame with quoted words",
     "Эфир\n\nВ какой-то момент эксперт Иван Сидоренко обратился к ведущему: «Дайте мне договорить!».",
     "Дайте мне договорить!", "Иван Сидоренко"),
    ("guard: a colon 'обратиться к' frame with unmarked personal words",
     "Обращение\n\nГубернатор Иван Сидоренко обратился к землякам: Вы проявили терпение и мужество.",
     "Вы проявили терпение и мужество", "Иван Сидоренко"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvl(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label



# (mechanism, text, words no quote may contain)
NO_QUOTE = [
    ("an imperative is no postposed frame",
     "Здоровье\n\nСайт не отвечает за диагнозы читателей. Если вас беспокоит состояние вашего здоровья, "
     "обратитесь к врачу.",
     "беспокоит"),
    ("'обратиться' takes no что-clause",
     "Суд\n\nКомпания обратилась в суд, что стало неожиданностью для конкурентов.",
     "неожиданностью"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_no_quote_dvl(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
