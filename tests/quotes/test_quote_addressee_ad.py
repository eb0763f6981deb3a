"""Quote addressees the cue names without a name (ad, issue 4, twenty-second session).  Made-up or
shortened sentences of the frames found on unread documents of /work/shared/data; the conventions are
gold/quotes/README.md's (`addressee`: the canonical one spoken to, "журналистам" counts).

1. a third-person pronoun in the dative ("намекнул ему", "сообщил ей") stands for the most salient
   earlier person of its gender other than the speaker; a plural "им" is left unresolved;
2. a collective audience or the press in the dative ("сообщил прессе", "рассказали СМИ");
3. a bare outlet noun in the dative ("рассказали изданию", "пояснил газете") is the outlet named before
   (as written when the resolver finds none);
4. a verb of addressing with "к" ("«…», – обратился Никитин к Путину") - not "обратился к теме";
5. a postposed speaker the parse hung on the hearer as a nominative apposition ("– поинтересовался у
   губернатора Путин"): the hearer is the post noun alone, read as the holder of the post.
"""
from __future__ import annotations

import pytest

from khronika.nlp.doc import Doc, Quote


def quote_of(doc: Doc, content: str, label: str) -> Quote:
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    return found[0]


# (rule, text, content of the quote, expected addressee name; None = none)
ADDRESSEES = [
    ("1: a masculine pronoun, not the speaker",
     "Путин встретился с Макроном. Он сказал ему, что Россия изучит ответы.",
     "Россия изучит ответы", "Эммануэль Макрон"),
    ("1: a feminine pronoun",
     "Мария Иванова пришла в суд. Судья сообщил ей, что заседание переносится.",
     "заседание переносится", "Мария Иванова"),
    ("1: a pronoun before a postposed speaker",
     "Иван Ургант зашел в лифт. Дмитрий Хрусталев намекнул ему, что тут другой принцип.",
     "тут другой принцип", "Иван Ургант"),
    ("guard 1: a plural pronoun stays unresolved",
     "Министр встретился с фермерами. Министр Иван Петров сказал им, что субсидии сохранятся.",
     "субсидии сохранятся", None),
    ("2: the press",
     "Сильвио Берлускони сообщил прессе, что сохраняет премьерские амбиции.",
     "сохраняет премьерские амбиции", "пресса"),
    ("3: an outlet named before",
     "Газета The Washington Post пишет о новом главе ФБР. Как рассказали изданию осведомленные источники, "
     "наибольшие шансы имеет Майкл Мэйсон.",
     "наибольшие шансы имеет Майкл Мэйсон", "The Washington Post"),
    ("3: an agency named before",
     "Агентство Reuters связалось с министром. Министр Иван Петров заявил агентству, что сделка состоится.",
     "сделка состоится", "Reuters"),
    ("4: addressing someone with 'к'",
     "Губернатор Никитин встретился с Путиным. «Тоже рассчитываем здесь на вашу поддержку», – обратился "
     "Никитин к Путину.",
     "Тоже рассчитываем здесь на вашу поддержку", "Владимир Путин"),
    ("4: a plain noun after 'к'",
     "Сергей Шнуров выложил видео. «Под дождиком работая, ну вот», – обратился Шнуров к продюсеру в Instagram.",
     "Под дождиком работая, ну вот", "продюсер"),
    ("guard 4: a topic after 'к' is no hearer",
     "Министр Лавров обратился к теме санкций. «Это незаконно», – сказал Лавров.",
     "Это незаконно", None),
]


@pytest.mark.parametrize("label,text,content,expected", ADDRESSEES, ids=[c[0] for c in ADDRESSEES])
def test_addressee(enrich, label, text, content, expected):
    quote = quote_of(enrich(text), content, label)
    assert (quote.addressee.name if quote.addressee else None) == expected, label


def test_postposed_speaker_on_the_hearer(enrich):
    """5: "поинтересовался у губернатора Путин" (gold/quotes-dev4): the governor, not Putin twice."""
    doc = enrich("Губернатор Московской области Андрей Воробьев встретился с президентом Владимиром Путиным. "
                 "«Хотел бы начать со стройки», – поинтересовался у губернатора Путин.")
    quote = quote_of(doc, "Хотел бы начать со стройки", "5")
    assert quote.speaker is not None and quote.speaker.name == "Владимир Путин"
    assert quote.addressee is not None and quote.addressee.name.replace("ё", "е") == "Андрей Воробьев"
