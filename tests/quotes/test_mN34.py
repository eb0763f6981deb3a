"""mN34 (thirty-fourth session) table tests, made-up sentences and sentences of design sets: span misses of the
design sets mended by construction.
- an event a speaker announces of itself, whole in one word ("объявил об отставке", "Об отречении монарх заявил"):
  the gold guide's "о + event NP", which the two-token minimum of announced topics left out;
- a legal norm's frame that opens its clause ("По законам Индонезии, …", "Согласно Конституции, …", "В соответствии
  с законодательством Пакистана, …"): the norm's words, like a document's, the norm itself the speaker;
- a media verb whose outlet was lost with its link, leaving a stray opening mark ("…, передает « Пассажиры, …"):
  the words before it are the lost outlet's, an unknown speaker;
- a gerund cue's speaker, the plain-noun subject of the verb it hangs on ("Контрразведка заявила о …, обвинив …");
- decisions and plans of a named owner after an opening "согласно" ("Согласно решению FDA, …")."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
EVENT_CASES = [
    ("a fronted one-word event before its subject (quotes-dev15)",
     'Об отречении король Альберт II заявил ещё 3 июля.',
     'отречении', 'Альберт II'),
    ("a one-word event after the verb",
     'Министр финансов Иван Петров объявил об отставке.',
     'отставке', 'Иван Петров'),
    ("a strike announced by its strikers",
     'Пилоты авиакомпании «Северный ветер» объявили о забастовке. Рейсы отменены.',
     'забастовке', 'Пилоты авиакомпании «Северный ветер»'),
]


@pytest.mark.parametrize("label,text,content,expected", EVENT_CASES, ids=[c[0] for c in EVENT_CASES])
def test_mN34_one_word_event(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


EVENT_GUARDS = [
    ("guard: a lone noun of no event names a subject matter",
     'Министр объявил о решении.', 'решении'),
    ("guard: an event word under a verb of talking",
     'Министр рассказал об отставке.', 'отставке'),
]


@pytest.mark.parametrize("label,text,absent", EVENT_GUARDS, ids=[c[0] for c in EVENT_GUARDS])
def test_mN34_one_word_event_guards(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


NORM_CASES = [
    ("'По законам X,' (quotes-dev11)",
     'По законам Индонезии, такое преступление влечёт за собой до трёх лет заключения и штраф.',
     'такое преступление влечёт за собой до трёх лет заключения и штраф', 'законы Индонезии'),
    ("'В соответствии с законодательством X,'",
     'В соответствии с законодательством Пакистана, за богохульство грозит смертная казнь.',
     'за богохульство грозит смертная казнь', 'законодательство Пакистана'),
    ("'Согласно … Федеральному закону «…»,' with a participle phrase and a quoted title (quotes-dev14)",
     'Согласно окончательно вступившему в силу Федеральному закону «О внесении изменений в отдельные акты», с 2019 '
     'года в России начнётся повышение пенсионного возраста.',
     'с 2019 года в России начнётся повышение пенсионного возраста',
     'Федеральный закон «О внесении изменений в отдельные акты»'),
    ("a law's quoted title ends the frame with its comma left out (quotes-dev14)",
     'Согласно вступившему в силу Федеральному закону «О внесении изменений в отдельные акты» с 2019 года в России '
     'начнётся повышение пенсионного возраста.',
     'с 2019 года в России начнётся повышение пенсионного возраста',
     'Федеральный закон «О внесении изменений в отдельные акты»'),
    ("'Согласно Конституции,' (qb's former guard: the later gold sets annotate norms)",
     'Согласно Конституции, президент избирается на шесть лет.',
     'президент избирается на шесть лет', 'Конституция'),
    ("'Согласно закону,' (qb's former guard)",
     'Согласно закону, предельный возраст для нахождения на государственной службе составляет 60 лет.',
     'предельный возраст для нахождения на государственной службе составляет 60 лет', 'закон'),
]


@pytest.mark.parametrize("label,text,content,expected", NORM_CASES, ids=[c[0] for c in NORM_CASES])
def test_mN34_legal_norm_frame(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


NORM_GUARDS = [
    ("guard: a norm run into its clause",
     'Он был осужден по закону о госизмене, но позже помилован.', 'помилован'),
    ("guard: a norm inside a noun phrase (quotes-dev8's non-quote)",
     'Компании настаивают на оформлении договоров в соответствии с законами той страны, где они работают.',
     'где они работают'),
    ("guard: 'по закону о …' is under the law (unread text)",
     'По закону о богохульстве, действующему в Пакистане с 1985 года, не казнили ни одного человека.',
     'не казнили'),
    ("guard: a frame with no comma before the clause's subject (unread text)",
     'В соответствии с законодательством РФ вся медицинская помощь, в том числе вакцинация, оказывается на '
     'добровольной основе.', 'добровольной основе'),
]


@pytest.mark.parametrize("label,text,absent", NORM_GUARDS, ids=[c[0] for c in NORM_GUARDS])
def test_mN34_legal_norm_guards(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, content of the quote)
LOST_OUTLET_CASES = [
    ("the opening mark of a lost link after 'передает' (quotes-dev3)",
     'Ирландская авиакомпания Ryanair отменила 600 рейсов из-за угрозы забастовки бортпроводников в Бельгии, '
     'Португалии и Испании, передает « Пассажиры, приобретавшие билеты на отмененные рейсы, получили СМС-сообщения.',
     'Ирландская авиакомпания Ryanair отменила 600 рейсов из-за угрозы забастовки бортпроводников в Бельгии, '
     'Португалии и Испании'),
    ("the opening mark of a lost link before a lower-case fragment (quotes-dev10)",
     'Авиакомпания отменила 600 рейсов из-за угрозы забастовки, информирует « получили рекомендации об '
     'альтернативных маршрутах.',
     'Авиакомпания отменила 600 рейсов из-за угрозы забастовки'),
]


@pytest.mark.parametrize("label,text,content", LOST_OUTLET_CASES, ids=[c[0] for c in LOST_OUTLET_CASES])
def test_mN34_lost_outlet_mark(enrich, label, text, content):
    assert speaker_of(enrich(text), content, label) is None, label


def test_mN34_outlet_name_glued_to_its_mark(enrich):
    label = "guard: an outlet's quoted name is no lost link"
    text = 'Авиакомпания отменила 600 рейсов из-за угрозы забастовки, передает «Интерфакс».'
    assert speaker_of(enrich(text), 'Авиакомпания отменила 600 рейсов из-за угрозы забастовки', label) == 'Интерфакс'


# (mechanism, text, content of the quote, expected speaker name)
GERUND_CASES = [
    ("a gerund cue shares its finite verb's plain-noun subject (quotes-dev4)",
     'Ранее контрразведка заявила о расширении присутствия на рынке, обвинив канал RT Deutsch во влиянии на '
     'общественность.',
     'канал RT Deutsch во влиянии на общественность', 'контрразведка'),
]


@pytest.mark.parametrize("label,text,content,expected", GERUND_CASES, ids=[c[0] for c in GERUND_CASES])
def test_mN34_gerund_shares_subject(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name)
ISSUED_CASES = [
    ("a named body's decision (unread text)",
     'Согласно решению FDA, производителю вакцины придется два года отслеживать реакции на прививку.',
     'производителю вакцины придется два года отслеживать реакции на прививку', 'FDA'),
    ("a named body's plan (quotes-dev8)",
     'Согласно плану правительства Великобритании, после Brexit страна создаст зону свободной торговли с ЕС.',
     'после Brexit страна создаст зону свободной торговли с ЕС', 'Правительство Великобритании'),
]


@pytest.mark.parametrize("label,text,content,expected", ISSUED_CASES, ids=[c[0] for c in ISSUED_CASES])
def test_mN34_issued_frame(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_mN34_plan_with_no_owner(enrich):
    assert_no_quote_with(enrich('Согласно плану полета, экипажу станции предстоит провести 51 научный эксперимент.'),
                         'научный эксперимент', "guard: a plan no one named issued")
