"""Round 12 table tests: frame shapes the lead found on unread news pages, in made-up
sentences - relays "со ссылкой на" a common noun, words owned by a possessive with the
relaying outlet after them, a source closing a trailing frame after its circumstances
(and a web address the tokenizer splits), a feminine pronoun for an organisation whose
class noun is feminine, an agency dateline that is no antecedent, a cue with a
non-speech sense ("отмечать праздник"), demonyms ("сказал немец") for the person of
that nationality ("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("'Об этом пишет X со ссылкой на' a common noun: the institution referred to speaks",
     "Власти города закрыли три школы на карантин. Об этом пишет Лента.ру со ссылкой на мэрию.",
     "Власти города закрыли три школы на карантин", "мэрия"),
    ("guard: 'со ссылкой на источники' leaves the speaker unknown (the guide's convention)",
     "Власти города закрыли три школы на карантин. Об этом пишет Meduza.io со ссылкой на источники.",
     "Власти города закрыли три школы на карантин", None),
    ("'цитирует его слова X': the one 'его' stands for speaks, not the outlet after the words",
     "Нападающий Илья Куликов ответил на критику. «Мы не сдадимся и будем бороться до конца», — цитирует "
     "его слова «РИА Новости».",
     "Мы не сдадимся и будем бороться до конца", "Илья Куликов"),
    ("a source closing a trailing frame after a date, spelled as a web address the tokenizer splits",
     "Киевский метрополитен возобновит работу, сообщает в понедельник, 27 апреля, Аin.ua.",
     "Киевский метрополитен возобновит работу", "Аin.ua"),
    ("a feminine pronoun reaches an organisation introduced with a feminine class noun",
     "Израиль усилил охрану границы, сообщила газета The Jerusalem Post. В четверг она информировала, что "
     "армия перебросила на север две бригады.",
     "армия перебросила на север две бригады", "The Jerusalem Post"),
    ("guard: a person of the pronoun's gender still wins over the organisation",
     "Министр Анна Петрова посетила завод, сообщила газета «Вести». В четверг она заявила, что завод закроют.",
     "завод закроют", "Анна Петрова"),
    ("a demonym: the person introduced with that nationality",
     "Россиянин Андрей Рублев обыграл немца Александра Зверева. «Я плохо подавал сегодня», — сказал немец.",
     "Я плохо подавал сегодня", "Александр Зверев"),
    ("a demonym: the salient person of its gender whose words name no other nationality",
     "Немецкий теннисист Александр Зверев проиграл Андрею Рублеву. «Я плохо подавал сегодня», "
     "— признался россиянин.",
     "Я плохо подавал сегодня", "Андрей Рублёв"),
    ("a feminine demonym with no other nationality in the text",
     "Теннисистка Эмма Радукану проиграла в первом круге. «Я не смогла собраться», — призналась британка.",
     "Я не смогла собраться", "Эмма Радукану"),
    ("guard: a demonym of the wrong gender names nobody",
     "Вратарь Йенс Леманн раскритиковал тренера. «Он ничего не понимает в футболе», — сказала американка.",
     "Он ничего не понимает в футболе", "американка"),
    ("guard: 'отметил, что' with a content clause stays a cue",
     "Мэр Иван Сомов отметил, что праздник пройдет без парада.",
     "праздник пройдет без парада", "Иван Сомов"),
]

# Classes read off a batch of unread pages after the lead's items (checked on corus samples).
CASES += [
    ("an impersonal report 'в' an institution no name resolves: the institution itself",
     "За сутки в области умерли три человека. Об этом сообщили в оперативном штабе.",
     "За сутки в области умерли три человека", "оперативный штаб"),
    ("guard: a place that speaks for its owner still gives the owner",
     "Кандидат в мэры Иван Сомов провел встречу с жителями. В штабе кандидата заявили, что встреча удалась.",
     "встреча удалась", "Иван Сомов"),
    ("a bare expert noun right after a named person's quote is that person again",
     "Цены на аренду падают. «Собственники стали сговорчивее», — говорит риелтор Марина Лосева. Спрос упал "
     "на треть. При этом, говорит эксперт, в центре города цены почти не изменились.",
     "в центре города цены почти не изменились", "Марина Лосева"),
    ("a scientist noun after the named scientist's report",
     "Глава центра Александр Гинцбург рассказал, что испытания займут месяц. Ученый также добавил, что "
     "препарат показал высокую эффективность.",
     "препарат показал высокую эффективность", "Александр Гинцбург"),
    ("guard: another person named in between leaves the expert unnamed",
     "Цены на аренду падают, говорит риелтор Марина Лосева. Инвестор Олег Зуев купил три квартиры. При этом, "
     "говорит эксперт, в центре города цены почти не изменились.",
     "в центре города цены почти не изменились", "эксперт"),
    ("guard: an expert of an organisation the quoted person was not introduced with",
     "Цены на аренду падают, говорит риелтор Марина Лосева. По словам эксперта рейтингового агентства, "
     "арендодателям нужно забыть про старые ставки.",
     "арендодателям нужно забыть про старые ставки", "эксперт рейтингового агентства"),
    ("a second impersonal report 'в штабе' after the institution was introduced",
     "Об этом сообщили в оперативном штабе. «За весь период зафиксировано 2631 случай», — сообщили в штабе.",
     # (mq24) the bare noun takes up the body its introduction described
     "За весь период зафиксировано 2631 случай", "оперативный штаб"),
    ("'Накануне сообщалось': an earlier report does not continue the statement just quoted",
     "Об этом сообщили в оперативном штабе. «За весь период зафиксировано 2631 случай», — сообщили в штабе. "
     "Накануне сообщалось о смерти 119 человек.",
     "смерти 119 человек", None),
    ("'со ссылкой на данные X': the owner of the data speaks",
     "Не менее ста человек погибли в Индии. Об этом со ссылкой на данные властей страны сообщило агентство "
     "Reuters.",
     "Не менее ста человек погибли в Индии", "власти Индии"),  # (mC31: "страны" is the country just named)
]

# (mechanism, text with paragraphs, content of the quote, expected speaker name)
DIALOGUE_CASES = [
    ("a dialogue line with a dash inside its words: the attribution is the dash before a cue",
     "Президент оценил ситуацию в областях.\n\n— Если так, то у нас останутся только две области — Брестская "
     "и Гомельская, — которые мы должны контролировать. Специалисты говорят, что они позже всех и выйдут, "
     "— сказал Александр Лукашенко.",
     "Если так, то у нас останутся только две области — Брестская и Гомельская, — которые мы должны "
     "контролировать. Специалисты говорят, что они позже всех и выйдут", "Александр Лукашенко"),
]

# (mechanism, text, a string that no quote may equal and no speaker may be named)
NO_QUOTE_CASES = [
    ("'отмечать' with a direct object and no clause is to celebrate, after 'писал, как'",
     "Ранее ВашГород.ру писал, как планируют отмечать День Победы в Кузбассе.", "Кузбасс"),
    ("an infinitive after 'как' is a manner clause, not a 'как сообщил X' frame",
     "Ранее ВашГород.ру писал, как в Кузбассе будут отмечать День Победы: парада не будет.", "Кузбасс"),
    ("'Как объяснить, почему …': an infinitive after 'как' frames nothing",
     "Но кто это делает? Как объяснить, почему это происходит? Никто не знает.", "почему это происходит"),
    ("an agency dateline is no pronoun's antecedent",
     "INTERFAX.RU - Израиль усилил охрану границы. В четверг она информировала, что армия перебросила на "
     "север две бригады.", "INTERFAX.RU"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round12(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTE_CASES, ids=[c[0] for c in NO_QUOTE_CASES])
def test_round12_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label, speakers=True)


@pytest.mark.parametrize("label,text,content,expected", DIALOGUE_CASES, ids=[c[0] for c in DIALOGUE_CASES])
def test_round12_dialogue(enrich, label, text, content, expected):
    doc = enrich(text)
    assert speaker_of(doc, content, label) == expected, label
    assert not any(q.speaker is not None and q.speaker.name == "специалисты" for q in doc.quotes), \
        f"{label}: speech nested in the line is no quote of its own"
