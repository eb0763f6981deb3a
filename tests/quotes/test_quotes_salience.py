"""Table tests for the salience-based speaker resolver (`nlp/salience.py` and
its use in `quotes/speakers.py`): made-up sentences, not taken from any gold
document.  Each case names the linguistic mechanism it checks."""
from __future__ import annotations

import pytest

from khronika.nlp.salience import Agreement, Salience

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("pronoun: the latest speaker and subject, not the earlier speaker",
     "Министр обороны Иван Петров заявил, что армия готова к учениям. "
     "Ранее заместитель министра Олег Смирнов утверждал, что закупки техники отстают от плана. "
     "По его словам, поставки задерживаются на полгода.",
     "поставки задерживаются на полгода", "Олег Смирнов"),
    ("pronoun: a person named in reported content is less salient than the speaker",
     "Губернатор Иван Петров сообщил, что мэр Олег Смирнов подал в отставку. "
     "Он также отметил, что выборы пройдут осенью.",
     "выборы пройдут осенью", "Иван Петров"),
    ("pronoun: feminine 'она' is an organisation whose class noun is feminine",
     "Российская компания «Ростсталь» отчиталась о прибыли. "
     "Накануне она заявила, что планирует продать старые заводы.",
     "планирует продать старые заводы", "Ростсталь"),
    ("institution noun: the organisation in subject position, not one named in passing",
     "Министерство транспорта сообщило о начале ремонта моста. "
     "В работах участвуют рабочие компании «Мостострой». "
     "Ведомство объявило, что ремонт продлится месяц.",
     "ремонт продлится месяц", "Министерство транспорта"),
    ("role noun: the person introduced with the same noun",
     "Спортсмен Петр Иванов перенес операцию на руке. Комментатор Олег Смирнов поддержал его. "
     "При этом сам спортсмен признался, что травма мешала ему на ринге.",
     "травма мешала ему на ринге", "Пётр Иванов"),
    ("organisation noun introduced in the genitive after a person noun",
     "Представитель профсоюза пилотов Nordflug Union рассказал о забастовке. Рейсы отменены. "
     "В профсоюзе отметили, что пилоты хотят повышения зарплаты.",
     "пилоты хотят повышения зарплаты", "Nordflug Union"),
    ("a full name closing the speaker phrase names its head, however the parse attached it",
     "Соглашение подписали мэр Казани Олег Смирнов и губернатор Иван Петров. "
     "«Границы уточнены, спор закрыт», — сказал журналистам глава комиссии городской думы по земельным "
     "вопросам Андрей Сидоров.",
     "Границы уточнены, спор закрыт", "Андрей Сидоров"),
    ("unnamed subject pronouns keep the actor the text talks about salient",
     "Полиция задержала Ивана Петрова в аэропорту. Он планировал вылететь в Стамбул. "
     "Он не ответил на вопросы следователей. Губернатор Олег Смирнов поручил проверить аэропорт. "
     "Петров отказался от адвоката. По его словам, он ни в чем не виноват.",
     "он ни в чем не виноват", "Иван Петров"),
    ("a described speaker named after the best named antecedent wins",
     "Полиция задержала Ивана Петрова в аэропорту. Его отец сказал, что шокирован арестом. "
     "По его словам, сын никогда не интересовался политикой.",
     "сын никогда не интересовался политикой", "отец Ивана Петрова"),
    ("a relative pronoun stands for the noun its clause modifies",
     "Газета процитировала официального представителя городской администрации, который заявил, "
     "что ремонт дороги завершится в мае.",
     "ремонт дороги завершится в мае", "официальный представитель городской администрации"),
    ("'газета' means an outlet, even one named sentences earlier than an organisation",
     "Сенатор Иван Петров покинет свой пост, пишет газета «Северный вестник». Его место может занять "
     "губернатор Олег Смирнов. Решение примет комиссия. Ранее комиссия «Открытый город» проверила счета. "
     "Как отмечает газета, голосование пройдет в марте.",
     "голосование пройдет в марте", "Северный вестник"),
    ("a participant role ('прокурор') is not the protagonist; the verb's gender rules a woman out",
     "Суд оставил Марию Ивановой в колонии. Мария Иванова подала жалобу. "
     "Прокурор заявил, что решение было законным.",
     "решение было законным", "Прокурор"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_salient_speaker(enrich, mechanism, text, content, speaker):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"no quote {content!r}; got {[q.text for q in doc.quotes]}"
    got = found[0].speaker.name if found[0].speaker else None
    assert got == speaker, mechanism


def test_organisation_profile_takes_gender_and_head_from_its_class_noun(enrich):
    doc = enrich("Российская компания «Ростсталь» отчиталась о прибыли.")
    salience = Salience.build(doc)
    actor = next(a for a in doc.actors if a.name == "Ростсталь")
    profile = salience.profiles[actor.id]
    assert profile.gender == "Fem"
    assert "компания" in profile.heads


def test_person_gender_from_the_verb_of_an_indeclinable_name(enrich):
    doc = enrich("Ким Ли Сун выступила на конференции в Сеуле.")
    salience = Salience.build(doc)
    person = next(a for a in doc.actors if a.type == "PER")
    assert salience.profiles[person.id].gender == "Fem"


def test_rank_prefers_repeated_subject_to_a_single_recent_mention(enrich):
    doc = enrich("Иван Петров приехал в Казань. Иван Петров осмотрел завод. "
                 "Вечером Иван Петров встретился с рабочими, среди которых был Олег Смирнов. Вечером")
    salience = Salience.build(doc)
    ranked = salience.rank(Agreement(frozenset({"PER"}), "Masc"), len(doc.text) - 1)
    names = [doc.actor(c.actor_id).name for c in ranked]
    assert names[0] == "Иван Петров" and "Олег Смирнов" in names


def test_rank_filters_by_gender_and_type(enrich):
    doc = enrich("Мария Иванова и Иван Петров приехали в Казань вместе с делегацией «Газпрома». Вечером")
    salience = Salience.build(doc)
    ranked = salience.rank(Agreement(frozenset({"PER"}), "Fem"), len(doc.text) - 1)
    assert [doc.actor(c.actor_id).name for c in ranked] == ["Мария Иванова"]


def test_name_seen_only_in_an_oblique_case_gets_its_nominative(pipeline):
    from khronika.nlp import natasha_adapter as nat
    from khronika.nlp.pipeline import Resources
    from khronika.quotes.component import name_nominative

    convert = name_nominative(nat.morph_vocab(Resources()))
    assert convert("Соной Ованнисян", "Fem") == "Сона Ованнисян"
    assert convert("Дана Уайт", "Masc") == "Дана Уайт"      # "-а" may be a man's nominative
    assert convert("Сергей Петров", "Masc") == "Сергей Петров"
    assert convert("Марией Захаровой", "Fem") == "Мария Захарова"
