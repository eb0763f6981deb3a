"""dvW (thirty-fifth session) table tests: a frame set off by commas after a fronted phrase of its clause.

"Перед посадкой, по данным очевидцев, самолет сильно накренился", "Огневого воздействия, как сообщает Минобороны, на
самолет не было": the phrase before the frame (no predicate of its own) hangs on the clause's predicate after it, so
the frame interrupts that clause and the reported words are the part after it (the guide's interrupted-frame rule).
Before, only a subject right before a finite verb was cut off ("Инфляция, по словам министра, замедлится"); a fronted
adverbial, object or predicate noun, or an analytic predicate ("будут сняты"), kept the whole sentence with the frame
inside it.  A second rule: a speech gerund shares the social network its speech verb names as the place of
the statement ("написал в Twitter, …, добавив, что …").  Sentences are made up or taken from design sets and unread
text."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_of

# (mechanism, text, expected content, expected speaker name or None for an unnamed source)
FRONTED_PHRASE_CASES = [
    ("a fronted adverbial before an according-to frame",
     "Перед посадкой, по данным очевидцев, самолет сильно накренился.",
     "самолет сильно накренился", "очевидцы"),
    ("a fronted genitive of a negated existence before a «как»-frame",
     "Огневого воздействия, как сообщает Минобороны, на самолет не было.",
     "на самолет не было", "Минобороны"),
    ("a fronted prepositional phrase before a «как»-frame (design set dev16)",
     "При личном досмотре, как сообщала полиция, у него нашли наркотики.",
     "у него нашли наркотики", "полиция"),
    ("a fronted time phrase, the subject after the frame",
     "В пятницу, по словам министра Антона Силуанова, санкции будут сняты.",
     "санкции будут сняты", "Антон Силуанов"),
    ("a subject before an analytic predicate",
     "Санкции, по словам министра Антона Силуанова, будут сняты уже в марте.",
     "будут сняты уже в марте", "Антон Силуанов"),
    ("a fronted predicate noun (unread text)",
     "Третьим последствием санкций, по словам Дмитрия Медведева, станет продовольственный кризис.",
     "станет продовольственный кризис", "Дмитрий Медведев"),
    ("a speakerless «как сообщалось» after a fronted predicate noun (unread text)",
     "Причиной нападения, как сообщалось, стал последний урок учителя.",
     "стал последний урок учителя", None),
    ("a fronted time phrase before an outlet's «как»-frame over a report of an appeal (design set dev15)",
     "В минувшую среду, как передает агентство Reuters, сын певицы призвал всю семью преодолеть распри.",
     "сын певицы призвал всю семью преодолеть распри", "Reuters"),
]

# Guards: the whole sentence stays the content, or no quote takes the frame's relayed report.
KEPT_CASES = [
    ("guard: a predicate before the frame, which trails its clause",
     "Самолет разбился в понедельник, по данным МЧС, в районе Хмеймима.",
     "Самолет разбился в понедельник"),
    ("guard: a frame inside a noun phrase, its modifier before and its noun after",
     "Четырех лучших, по его мнению, бойцов продала Россия.",
     "Четырех лучших, по его мнению, бойцов продала Россия"),
    ("guard: a sentence-initial adjective tagged as a name before the frame, its noun after it (unread text)",
     "Неприступную, как считали немцы, крепость Кенигсберг советские войска взяли за четыре дня.",
     "Неприступную, как считали немцы, крепость Кенигсберг"),
]


@pytest.mark.parametrize("label,text,content,expected", FRONTED_PHRASE_CASES,
                         ids=[c[0] for c in FRONTED_PHRASE_CASES])
def test_dvW_fronted_phrase_before_frame(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,content", KEPT_CASES, ids=[c[0] for c in KEPT_CASES])
def test_dvW_fronted_phrase_guards(enrich, label, text, content):
    doc = enrich(text)
    assert any(q.text.startswith(content) for q in doc.quotes), \
        f"{label}: {[q.text for q in doc.quotes]}"


def test_dvW_frame_relaying_a_report_gives_no_quote_of_its_own(enrich):
    """(unread brexit_ru.txt_file_1138) "Об этом, как передает ТАСС, сообщил Песков": the «как»-frame relays the
    report of the predicate after it; the antecedent is Песков's words, ТАСС is the source, and no quote holds
    the frame's predicate as words."""
    doc = enrich("Москва рассчитывает на просветление Лондона. Об этом, как передает ТАСС, сообщил пресс-секретарь "
                 "президента России Дмитрий Песков.")
    assert speaker_of(doc, "Москва рассчитывает на просветление Лондона", "relay") == "Дмитрий Песков"
    assert quote_of(doc, "Москва рассчитывает на просветление Лондона", "relay").source_chain[1] == "ТАСС"
    assert_no_quote_with(doc, "сообщил пресс-секретарь", "relay")


# (dvW) A speech gerund adds to the statement of the speech verb it goes with: the network that verb names is the
# gerund's place too.  (mechanism, text, content of the gerund's quote, expected network in its source chain or None)
GERUND_PLACE_CASES = [
    ("a gerund on the verb that names the network",
     "Илон Маск написал в Twitter, что компания строит дракона, добавив, что этот рынок был обделен вниманием.",
     "этот рынок был обделен вниманием", "Twitter"),
    ("a gerund after another gerund of the verb (design set dev17)",
     "Предприниматель Илон Маск сообщил об этом в Twitter, не став уточнять подробности, отметив лишь, что этот "
     "рынок был обделен вниманием.",
     "этот рынок был обделен вниманием", "Twitter"),
    ("a gerund the parse hung on the quoted words before the frame (design set dev8)",
     "«Ксюша вчера заявила, что дизайнер попросил ее!», – написала Ольга Бузова в Instagram, предположив, что "
     "речь идет о директоре Balenciaga.",
     "речь идет о директоре Balenciaga", "Instagram"),
    ("guard: a place of the verb that is no network",
     "Министр заявил на пресс-конференции, что санкции снимут, добавив, что переговоры продолжатся.",
     "переговоры продолжатся", None),
]


@pytest.mark.parametrize("label,text,content,network", GERUND_PLACE_CASES, ids=[c[0] for c in GERUND_PLACE_CASES])
def test_dvW_gerund_shares_the_network_of_its_verb(enrich, label, text, content, network):
    chain = quote_of(enrich(text), content, label).source_chain
    if network is None:
        assert len(chain) == 2, f"{label}: {chain}"
    else:
        assert network in chain, f"{label}: {chain}"
