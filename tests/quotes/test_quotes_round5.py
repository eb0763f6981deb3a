"""Round 5 table tests: cue coverage from general verb and noun classes, registry
roles read against the article's date, unnamed groups and role persons.  Made-up
sentences, none taken from a gold document; each case names its mechanism."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

from khronika.extract.article import Article
from khronika.nlp.doc import Doc, TimeExpr
from khronika.quotes.period import article_year, registry_roles_hold

# (mechanism, text, content of the quote, expected speaker name)
FOUND = [
    ("according-to frame with a deverbal speech noun",
     "По заявлению Ивана Петрова, реформа провалилась из-за чиновников.",
     "реформа провалилась из-за чиновников", "Иван Петров"),
    ("according-to frame with a confession noun",
     "По признанию Марии Смирновой, она не ожидала такого успеха.",
     "она не ожидала такого успеха", "Мария Смирнова"),
    ("according-to frame with a reckoning noun, plural",
     "По расчетам экономиста Ивана Петрова, инфляция составит пять процентов.",
     "инфляция составит пять процентов", "Иван Петров"),
    ("support verb + speech noun: 'сделал вывод, что'",
     "Иван Петров сделал вывод, что реформа провалилась.",
     "реформа провалилась", "Иван Петров"),
    ("support verb + speech noun with a preposition: 'выступил с заявлением, что'",
     "Иван Петров выступил с заявлением, что цены вырастут.",
     "цены вырастут", "Иван Петров"),
    ("support verb + noun + 'на том, что'",
     "Иван Петров акцентировал внимание на том, что цены растут.",
     "цены растут", "Иван Петров"),
    ("'дал понять, что': an infinitive support word after 'дать'",
     "Иван Петров дал понять, что не намерен уходить в отставку.",
     "не намерен уходить в отставку", "Иван Петров"),
    ("a statement read off a document: 'Как следует из доклада X'",
     "Как следует из доклада компании «Ростсталь», цены на сталь вырастут к осени.",
     "цены на сталь вырастут к осени", "Ростсталь"),
    ("a trailing frame with a mental-state adjective",
     "Цены на жилье в столице вырастут к осени, согласен Иван Петров.",
     "Цены на жилье в столице вырастут к осени", "Иван Петров"),
    ("a trailing frame with a memory verb",
     "В детстве я мечтал стать летчиком и много читал, вспоминает Иван Петров.",
     "В детстве я мечтал стать летчиком и много читал", "Иван Петров"),
    ("a discourse connective before an according-to frame is not content",
     "Тем не менее, по словам Ивана Петрова, полуостров будет готов к зиме.",
     "полуостров будет готов к зиме", "Иван Петров"),
    ("plural pronoun: the latest unnamed group subject",
     "Организаторы акции подали заявку в мэрию. Они подчеркнули, что митинг пройдет мирно.",
     "митинг пройдет мирно", "Организаторы акции"),
    ("plural pronoun: a group named with its organisation is the group, not the organisation",
     "Депутаты Госдумы приняли закон в первом чтении. Как они отметили, закон защитит вкладчиков.",
     "закон защитит вкладчиков", "Депутаты Госдумы"),
    ("plural possessive in a frame: the latest unnamed group",
     "Жители поселка Лесной пожаловались на запах с завода. По их словам, дышать невозможно уже неделю.",
     "дышать невозможно уже неделю", "Жители поселка Лесной"),
    ("a role with another organisation's complement is a new person, not the earlier holder",
     "Официальный представитель МИД Мария Смирнова провела брифинг. "
     "Представитель министерства обороны Олег Сидоров прокомментировал учения. "
     "Представитель Минтранса сообщил, что мост откроют в мае.",
     "мост откроют в мае", "Представитель Минтранса"),
    ("a role with the same complement refers back to its holder",
     "Пресс-секретарь профсоюза пилотов «Небо» Олег Сидоров рассказал о забастовке. "
     "Рейсы отменены. Пресс-секретарь профсоюза заявил, что пилоты требуют повышения зарплаты.",
     "пилоты требуют повышения зарплаты", "Олег Сидоров"),
    ("an institution noun with its own owner does not refer back to the last organisation",
     "Журнал «Северный вестник» вышел с новой обложкой. "
     "В пресс-службе ГМХЦ журналистам сообщили, что номер сняли с продажи.",
     "номер сняли с продажи", "пресс-служба ГМХЦ"),
    ("a described source in an oblique case keeps its gender for a later pronoun",
     "Основатель сети «Мебельград» Иван Петров передал компанию сыновьям. "
     "Об этом сообщает газета «Северный вестник» со ссылкой на представителя сети.\n\n"
     "По его словам, Петров-старший больше не будет управлять компанией.",
     "Петров-старший больше не будет управлять компанией", "представитель сети"),
]

FOUND += [
    ("a что-clause right after the verb without the comma web text often drops",
     "Менеджер группы Иван Петров сказал что концерт перенесут на осень.",
     "концерт перенесут на осень", "Иван Петров"),
    ("the addressee of the cue is not its speaker",
     "Как рассказали «Известиям» в пресс-службе министерства, проверка продлится месяц.",
     "проверка продлится месяц", "пресс-служба министерства"),
    ("an animate accusative role with a full name: the name is the role's holder",
     "«Мы не допустим эскалации конфликта на границе», — цитирует министра Ивана Петрова агентство.",
     "Мы не допустим эскалации конфликта на границе", "Иван Петров"),
    ("'такими словами X прокомментировал': the quote named by an anaphoric instrumental",
     "«Мы не допустим эскалации конфликта на границе» — такими словами министр Иван Петров "
     "прокомментировал решение суда.",
     "Мы не допустим эскалации конфликта на границе", "Иван Петров"),
    ("'Это мнение разделяет X': content is the sentence before",
     "Цены на нефть упадут до сорока долларов за баррель. Это мнение разделяет аналитик Иван Петров.",
     "Цены на нефть упадут до сорока долларов за баррель", "Иван Петров"),
    ("'С этим согласен X': content is the sentence before",
     "Цены на нефть упадут до сорока долларов за баррель. С этим согласен аналитик Иван Петров.",
     "Цены на нефть упадут до сорока долларов за баррель", "Иван Петров"),
    ("a role's holder is not the person named in its complement",
     "Студент Ахмед Саидов предстал перед судом. Как сообщил репортерам адвокат Саидова, "
     "его подзащитный никому не угрожал.",
     "его подзащитный никому не угрожал", "адвокат Саидова"),
]

# (mechanism, text, content that must not be a quote)
NOT_FOUND = [
    ("a manner-of-speaking verb frames direct speech, not a что-clause",
     "Мальчик кричал, что его брат съел все конфеты.", "его брат съел все конфеты"),
    ("a memory verb with an 'о'-phrase names a subject matter, not a content",
     "Иван Петров долго вспоминал о своем детстве в деревне под Тулой.", "своем детстве в деревне под Тулой"),
    ("an infinitive support word only after 'дать'",
     "Иван Петров хочет понять, что случилось с заводом.", "случилось с заводом"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", FOUND, ids=[c[0] for c in FOUND])
def test_found(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker, mechanism


@pytest.mark.parametrize("mechanism,text,content", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_found(enrich, mechanism, text, content):
    doc = enrich(text)
    assert all(content not in q.text for q in doc.quotes), mechanism


ROLE_TEXT = "Бюджет страны сбалансирован, заявил на совещании в правительстве глава Минфина."


@pytest.mark.parametrize("published,holder_allowed", [
    ("2011-03-15T10:00:00+03:00", False),   # before the registry's period: not today's minister
    ("2022-01-28T16:49:00+03:00", True),
])
def test_registry_role_read_against_the_article_date(pipeline, published, holder_allowed):
    doc = pipeline(Article(id="t", source="test", title="", published=published, language="ru",
                           lead=ROLE_TEXT, paragraphs=[ROLE_TEXT]))
    quote = next(q for q in doc.quotes if q.text.startswith("Бюджет страны"))
    registry_holder = bool(quote.speaker and quote.speaker.actor_id and quote.speaker.actor_id.startswith("per:"))
    assert registry_holder == holder_allowed
    if not holder_allowed:
        assert quote.speaker is not None and quote.speaker.name == "глава Минфина"


def _doc(published: str | None, times: list[TimeExpr]) -> Doc:
    article = Article(id="t", source="test", title="", published=published, language="ru", lead="", paragraphs=[])
    return Doc(article=article, text="", parts=[], times=times)


@pytest.mark.parametrize("published,times,year,holds", [
    ("2012-05-01T10:00:00+04:00", [], 2012, False),
    (None, [TimeExpr(0, 5, "17 февраля 2011 года", "2011-02-17", "day", anchored=False),
            TimeExpr(6, 9, "1945 году", "1945", "year", anchored=False)], 2011, False),
    # a bare year counts only when no fuller date is given
    (None, [TimeExpr(0, 5, "в 2019 году", "2019", "year", anchored=False),
            TimeExpr(6, 9, "в марте 2012 года", "2012-03", "month", anchored=False)], 2012, False),
    (None, [TimeExpr(0, 5, "в 2020 году", "2020", "year", anchored=False)], 2020, True),
    # unknown: the registry's holders are not read in (the text may be from any year)
    (None, [TimeExpr(0, 5, "вчера", None, "day", anchored=False)], None, False),
    # a birth date is history, not the article's date
    (None, [TimeExpr(0, 5, "2 ноября 1948 года", "1948-11-02", "day", anchored=False)], None, False),
])
def test_article_year(published, times, year, holds):
    doc = _doc(published, times)
    assert article_year(doc) == year
    assert registry_roles_hold(doc) == holds
