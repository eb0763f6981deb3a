"""Table tests for the round-3 quote rules (frames, topics, speakers):
text in, (content, expected speaker name) out.  Sentences are made up, not
taken from the gold."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (rule, text, content of the quote, expected speaker name or None)
FOUND = [
    ("announce verb with a short event topic",
     "Снимок сделали после того, как президент Франции Жак Ширак объявил о начале переговоров.",
     "начале переговоров", "Жак Ширак"),
    ("fronted topic of an announcement, possessive relation named after its owner",
     "Вчера в Лиссабоне умер писатель Жозе Сарамаго. О смерти писателя сообщила его жена.",
     "смерти писателя", "жена Жозе Сарамаго"),
    ("a pronoun goes back to a described speaker of the same gender",
     "Вчера в Лиссабоне умер писатель Жозе Сарамаго. О смерти писателя сообщила его жена. "
     "Она рассказала, что писатель долго болел.",
     "писатель долго болел", "жена Жозе Сарамаго"),
    ("naming verb with a gerund and a predicate the parse left unattached",
     "Ирина Волкова выступила на форуме. Называя проект «важнейшим шагом» для региона, Волкова призвала к диалогу.",
     "проект «важнейшим шагом» для региона", "Ирина Волкова"),
    ("accusing verb: object and charge",
     "Министр Олег Лебедев обвинил соседей в попытках сорвать переговоры.",
     "соседей в попытках сорвать переговоры", "Олег Лебедев"),
    ("«…», сказал X with no dash",
     "«Мы обсудили положение в регионе и договорились о новых встречах», сказал господин Лебедев на пресс-конференции.",
     "Мы обсудили положение в регионе и договорились о новых встречах", "Лебедев"),
    ("interrupted frame: the content follows the frame",
     "Санкции, отметил Олег Лебедев, «никогда не являются самоцелью, но служат инструментом».",
     "никогда не являются самоцелью, но служат инструментом", "Олег Лебедев"),
    ("dash in place of a colon after a cue verb",
     "Ирина Волкова процитировала поэта – «не вынесла душа поэта…»",
     "не вынесла душа поэта…", "Ирина Волкова"),
    ("quoted words right after a cue gerund",
     "Олег Лебедев закончил беседу, сказав «мы готовы к работе и ждем ответа партнеров».",
     "мы готовы к работе и ждем ответа партнеров", "Олег Лебедев"),
    ("со ссылкой на: the one referred to speaks",
     "В Москве госпитализирован актер Иван Орлов, сообщают СМИ со ссылкой на его брата Петра Орлова.",
     "В Москве госпитализирован актер Иван Орлов", "Пётр Орлов"),
    ("by-the-words frame with adjectives before the noun",
     "По достоверной имеющейся информации агентства Reuters, профсоюзы планируют новые забастовки.",
     "профсоюзы планируют новые забастовки", "Reuters"),
    ("'Как, в свою очередь, сообщила X' with a few words before the verb",
     "Как в свою очередь сообщила глава ведомства Анна Смирнова, прививки начнутся в марте.",
     "прививки начнутся в марте", "Анна Смирнова"),
    ("anaphoric 'об этом' after a relay clause takes the title",
     "Как передает ТАСС, об этом заявил официальный представитель Еврокомиссии Иван Котов.",
     "ЕС может продлить переговоры", "Иван Котов"),
    ("an organisation short name continues the fuller one introduced before",
     "МИД России выступил с заявлением. В МИДе добавили, что ответ последует в ближайшее время.",
     "ответ последует в ближайшее время", "МИД России"),
    ("a directive with an infinitive that carries quoted words is a mixed quote",
     "Олег Лебедев предложил «установить по аналогии» новый праздник.",
     "«установить по аналогии» новый праздник", "Олег Лебедев"),  # (qs28: the opening mark kept too)
    ("the words of X are quoted on someone's page: X speaks",
     "Депутат Олег Лебедев покинул зал. Слова Лебедева приводятся на странице сторонников мэра Ивана Котова в Instagram: "
     "«Этому нарушению нет ни объяснения, ни прощения».",
     "Этому нарушению нет ни объяснения, ни прощения", "Олег Лебедев"),
    ("a role repeated with its head noun after adjectives in the introduction",
     "Об этом заявил официальный представитель Еврокомиссии Иван Котов. "
     "Представитель ЕК подчеркнул, что переговоры продолжатся на следующей неделе.",
     "переговоры продолжатся на следующей неделе", "Иван Котов"),
    ("glued sentences are read apart",
     "Вакцинация стартует 18 января, заявила вице-премьер Татьяна Орлова в эфире телеканала.Она добавила, "
     "что ожидает новых поставок.",
     "Вакцинация стартует 18 января", "Татьяна Орлова"),
    ("a pronoun goes back to an unnamed described subject",
     "Вчера 33-летний мужчина вышел во двор. Хотя он сообщил, что ничего не знал о запрете, на него составили протокол.",
     "ничего не знал о запрете, на него составили протокол", "33-летний мужчина"),
    ("a directive verb with a чтобы-clause",
     "Министр Олег Лебедев требовал, чтобы соседи вывели войска из приграничных районов.",
     "соседи вывели войска из приграничных районов", "Олег Лебедев"),
    ("a name's closing mark belongs to the subject's mention",
     "Медиахолдинг «Полярная звезда» признал, что не смог вовремя донести до жителей решение властей.",
     "не смог вовремя донести до жителей решение властей", "Полярная звезда"),
    ("an outlet that found out reports",
     "Газета The Financial Times узнала, что компания готовит продажу своих заводов.",
     "компания готовит продажу своих заводов", "The Financial Times"),
    ("a relation with a genitive name is that name's relative, not the name",
     "Муж Анны Орловой выразил надежду, что его жену скоро отпустят.",
     "его жену скоро отпустят", "муж Анны Орловой"),
]

# (rule, text, a content that must NOT be reported)
NOT_FOUND = [
    ("infinitive announcement did not happen", "Премьеру придется объявить о роспуске правительства.",
     "роспуске правительства"),
    ("embedded question gives only a topic", "Министр Олег Лебедев рассказал, чего ожидает от переговоров в Брюсселе.",
     "чего ожидает от переговоров в Брюсселе"),
    ("topic-only verb", "Ведущий Олег Лебедев высказался об инциденте с выгнанным из студии гостем.",
     "инциденте с выгнанным из студии гостем"),
    ("empty topic noun", "Писатель Олег Лебедев рассказал о своем отношении к коллегам по цеху.",
     "своем отношении к коллегам по цеху"),
    ("a thing is no speaker", "Опубликовано видео, которое подтверждает, что охранник избивал задержанных.",
     "охранник избивал задержанных"),
    ("relative 'что' after a non-speech verb",
     "Процесс будет возглавлять председатель суда Олег Лебедев, что дает надежду на справедливость.",
     "дает надежду на справедливость"),
    ("a quoted name in an infinitive phrase is no speech",
     "Олег Лебедев предложил брать в кавычки полное наименование «Донецкая Народная Республика».",
     "брать в кавычки полное наименование «Донецкая Народная Республика»"),
    ("a quoted fragment inside a sentence is not a direct quote of its own",
     "Пожары иногда действительно приводят «к позитивным последствиям для леса в целом», подтвердил ученый Петр Цветков.",
     "к позитивным последствиям для леса в целом"),
    ("the verb's own gerund after an interrupted frame",
     "«Руки у меня идеально чистые», – подчеркнул Олег Лебедев, продемонстрировав зрителям свои руки.",
     "продемонстрировав зрителям свои руки"),
]


@pytest.mark.parametrize("rule,text,content,speaker", FOUND, ids=[c[0] for c in FOUND])
def test_found_with_speaker(enrich, rule, text, content, speaker):
    title = "ЕС может продлить переговоры" if "об этом" in text else ""
    got = speaker_of(enrich(text, title=title), content, rule)
    assert got == speaker, f"{rule}: speaker {got!r}"


@pytest.mark.parametrize("rule,text,content", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_a_quote(enrich, rule, text, content):
    doc = enrich(text)
    assert content not in [q.text for q in doc.quotes], rule


def test_impersonal_frame_continues_the_previous_speaker(enrich):
    doc = enrich("Олег Лебедев заявил, что в области учредят новый праздник. "
                 "Отмечается, что праздник будет посвящен работникам транспорта.")
    found = [q for q in doc.quotes if q.text.startswith("праздник будет")]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Олег Лебедев"


def test_relayed_outlet_keeps_its_own_frame_before_an_anaphoric_one(enrich):
    doc = enrich("Забастовки пройдут в пяти странах Европы, пишет бельгийская газета Le Soir. "
                 "Об этом объявил представитель профсоюза.")
    found = [q for q in doc.quotes if q.text.startswith("Забастовки пройдут")]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Le Soir"


def test_related_headline_frame_is_a_quote_of_its_own():
    from khronika.extract.article import Article, RelatedItem
    from khronika.nlp.pipeline import Pipeline
    from khronika.quotes import Lexicon, headline_quotes

    pipeline = Pipeline.build(["segment", "morph", "ner", "actors", "times", "related"])
    article = Article(id="t", source="test", title="Погода", published="2022-01-28T16:49:00+03:00", language="ru",
                      lead="В Москве потеплело.", paragraphs=["В Москве потеплело."],
                      related=[RelatedItem(title="Песков: переговоры с Киевом продолжатся на следующей неделе")])
    doc = pipeline(article)
    quotes = headline_quotes(doc.related[0], Lexicon.load())
    assert [q.text for q in quotes] == ["переговоры с Киевом продолжатся на следующей неделе"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Дмитрий Песков"
    assert doc.quotes == []  # the article's own quotes stay apart


def test_a_dotted_name_is_not_cut_as_glued_sentences(enrich):
    doc = enrich("Как сообщается в Telegram-канале СТОПКОРОНАВИРУС.РФ, в списке шесть новых препаратов.")
    assert "в списке шесть новых препаратов" in [q.text for q in doc.quotes]


def test_stray_space_before_a_closing_straight_mark():
    from khronika.quotes.marks import find_quoted, outermost

    text = '"Транзит должен идти по европейским правилам ", - отметил министр.'
    spans = outermost(find_quoted(text))
    assert [text[s.start:s.stop].strip() for s in spans] == ["Транзит должен идти по европейским правилам"]


def test_default_pipeline_codes_sidebar_headline_quotes_apart():
    from khronika.extract.article import Article, RelatedItem
    from khronika.nlp.pipeline import Pipeline

    pipeline = Pipeline.build(disable=["syntax", "events"])
    article = Article(id="t", source="test", title="Погода", published="2022-01-28T16:49:00+03:00", language="ru",
                      lead="В Москве потеплело.", paragraphs=["В Москве потеплело."],
                      related=[RelatedItem(title="Песков: переговоры с Киевом продолжатся на следующей неделе"),
                               RelatedItem(title="В Днепре открылся новый мост")])
    record = pipeline(article).to_record()
    assert record["quotes"] == []
    [with_quote, without] = record["related"]
    assert [q["text"] for q in with_quote["quotes"]] == ["переговоры с Киевом продолжатся на следующей неделе"]
    assert with_quote["quotes"][0]["speaker"]["name"] == "Дмитрий Песков"
    assert without["quotes"] == []
