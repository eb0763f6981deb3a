"""Round 28 table tests, made-up sentences (classes counted over 280 unread news of the test sets'
mix, reported speech the system did not find at all): an impersonal report verb set off as an
aside ("Как сообщается, …", "…, как утверждается, …") is a quote with an unknown speaker, and a
connective "Кроме того," may open a "как считает X" frame; an "о"-topic fronted before its
announcing verb is the content even with the subject or a time phrase around it, and so is
"О том, что …" with the subject before the verb; a media verb that closes its paragraph (a
reprint that lost the linked outlet's name) frames the clause before it, the outlet being the
name alone on the next line ("со ссылкой на Y" giving Y), else unknown; a short sentence whose
speech verb takes the sentence before as an anaphoric object after it ("сообщил об этом",
"подтвердили эту информацию") or opens with "Так" ("Так считают в X") quotes that sentence; a
closing mark no opening mark matches (the reprint lost it) followed by a dash frame quotes the
closer's sentence."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with

# (mechanism, text (paragraphs split by blank lines), content of the quote, kind, expected speaker name)
FOUND = [
    ("'Как сообщается,' opening the sentence: impersonal report, unknown speaker",
     "Пилоты авиакомпании начали забастовку. Как сообщается, забастовку объявили сразу три профсоюза.",
     "забастовку объявили сразу три профсоюза", "indirect", None),
    ("'Кроме того, как утверждается,': the connective may come first",
     "Самолет упал при посадке. Кроме того, как утверждается, экипаж не реагировал на команды диспетчера.",
     "экипаж не реагировал на команды диспетчера", "indirect", None),
    ("'Как сообщалось ранее,': an adverb between 'как' and the verb",
     "Суд отпустил фермера. Как сообщалось ранее, в 2015 году фермера приговорили к двум годам тюрьмы.",
     "в 2015 году фермера приговорили к двум годам тюрьмы", "indirect", None),
    ("'Кроме того, как считает X,': a named opinion frame after the connective",
     "Губернатор может уйти в отставку. Кроме того, как считает политолог Игорь Лапин, на решение может "
     "повлиять допрос мэра.",
     "на решение может повлиять допрос мэра", "indirect", "Игорь Лапин"),
    ("a fronted 'о'-topic with the subject before the verb",
     "Правительство страны ушло в отставку. Об отставке правительства премьер-министр Иван Сомов заявил во "
     "время выступления в парламенте.",
     "отставке правительства", "indirect", "Иван Сомов"),
    ("a fronted 'о'-topic after a leading time phrase",
     "Кабинет министров покинули двое. В ночь на понедельник о своей отставке объявил Игорь Лапин.",
     "своей отставке", "indirect", "Игорь Лапин"),
    ("'О том, что …, X заявляла': the subject between the clause and the verb",
     "Правительство критикуют за задержку. О том, что правительство на этой неделе опубликует доклад, "
     "Ольга Миронова заявляла в пятницу.",
     "правительство на этой неделе опубликует доклад", "indirect", "Ольга Миронова"),
    ("a media verb closing its paragraph, the outlet alone on the next line",
     "Фермера оправдали в среду. Пока никого из осужденных не казнили, однако таких людей часто убивали, пишет"
     "\n\nBBC . Верховный суд отменил приговор.",
     "Пока никого из осужденных не казнили, однако таких людей часто убивали", "indirect", "Би-би-си"),
    ("a media verb closing its paragraph, 'со ссылкой на Y' on the next line: Y",
     "Фермера оправдали в среду. Лидер партии призвал сторонников выйти на улицы, пишет\n\nсо ссылкой на "
     "Reuters. Суд отменил приговор.",
     "Лидер партии призвал сторонников выйти на улицы", "indirect", "Reuters"),
    ("a media verb closing its paragraph, the outlet lost: unknown speaker, not the content's subject",
     "Фермера оправдали в среду. Демонстранты блокируют дороги и улицы, сообщает\n\nВласти запретили "
     "собрания на неделю.",
     "Демонстранты блокируют дороги и улицы", "indirect", None),
    ("'X сообщил об этом, сославшись на …': the anaphor after the verb",
     "Газ больше не идет через Польшу по этому участку. Российский поставщик сообщил об этом, сославшись на "
     "указ президента.",
     "Газ больше не идет через Польшу по этому участку", "indirect", "Российский поставщик"),
    ("'В МВД подтвердили эту информацию': a report noun with 'эта' after the verb",
     "Убийцей депутата стал бывший военный. В МВД Украины подтвердили эту информацию.",
     "Убийцей депутата стал бывший военный", "indirect", "МВД Украины"),
    ("a closing mark whose opening mark was lost, then a dash frame: the closer's sentence is quoted",
     "Министр потребовал санкций. Бывший канцлер – самый яркий тому пример. Нужно изучить, как в этой ситуации "
     "может действовать Евросоюз», — заявил министр Иван Сомов.",
     "Нужно изучить, как в этой ситуации может действовать Евросоюз", "direct", "Иван Сомов"),
    ("the same with a straight closing mark",
     "Россия готовилась к разрыву заранее. Это помогает объяснить отказ многих стран поддержать санкции\", - "
     "написал в статье профессор Игорь Лапин.",
     "Это помогает объяснить отказ многих стран поддержать санкции", "direct", "Игорь Лапин"),
    ("'Так считают в X': the sentence before is the opinion",
     "Добыча нефти в стране может упасть до минимума. Так считают в Международном энергетическом агентстве.",
     "Добыча нефти в стране может упасть до минимума", "indirect", "Международное энергетическое агентство"),
]

# (mechanism, text, a string no quote may contain)
NOT_FOUND = [
    ("guard: 'как говорится,' is a saying",
     "Фермер вернулся домой. Как говорится, за ним придут другие.", "за ним придут другие"),
    ("guard: 'которые, как утверждалось, …' inside a relative clause of a narrated sentence",
     "Полиция прояснила ситуацию с фотографиями, которые, как утверждалось, сделаны в квартире журналиста.",
     "Полиция прояснила ситуацию"),
    ("guard: a negated confirmation reports nothing",
     "Принц сдал водительские права после аварии. Полиция не подтвердила эту информацию.",
     "Принц сдал водительские права"),
    ("guard: 'объяснил это волнением' gives a reason (guide: not a quote)",
     "Певец не пожал руку коллеге на сцене. Он объяснил это волнением.", "Певец не пожал руку"),
    ("guard: a first-person 'заявил об этом' inside unframed words is the speaker's own",
     "Санкции против газопровода - неверный путь. Я заявил об этом госсекретарю, сказал министр.",
     "Санкции против газопровода"),
    ("guard: the sentence before that is a frame itself is not quoted again",
     "Принц сдал права. Об этом говорится в сообщении дворца. Полиция подтвердила эту информацию.",
     "Об этом говорится"),
    ("guard: a lone closer before a dash without punctuation is a term defined, not speech",
     "Компания достроила газопровод Северный поток» — газопровод из России в Германию.",
     "Компания достроила"),
    ("guard: an imperative 'Сообщите об этом' asks for a report",
     "Стали свидетелем интересного события? Сообщите об этом нашим журналистам.", "Стали свидетелем"),
    ("guard: 'Так и случилось' has no speech verb",
     "Принц сдал водительские права после аварии. Так и случилось.", "Принц сдал водительские права"),
    ("guard: a media verb inside its sentence with a period keeps the old reading",
     "Фермера оправдали в среду. Суд отменил приговор, пишет газета. Демонстранты вышли на улицы.",
     "Демонстранты вышли на улицы"),
]


@pytest.mark.parametrize("label,text,content,kind,expected", FOUND, ids=[c[0] for c in FOUND])
def test_round28_found(enrich, label, text, content, kind, expected):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    assert found[0].kind == kind, label
    assert (found[0].speaker.name if found[0].speaker else None) == expected, label


@pytest.mark.parametrize("label,text,absent", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_round28_not_found(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
