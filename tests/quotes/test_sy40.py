"""(sy40) Quotes over the trees the syntax stage decodes (nlp/tree_decode.py) where slovnet's argmax heads held a
cycle or a token heading itself.  Each case fails on the tree decoding without the mend named with it ("tree"),
or on main's argmax heads as well ("main, tree").  Sentences made up, or taken from the unread sample (named)."""
from __future__ import annotations

import pytest

from quote_checks import assert_headline_speaker, assert_no_quote_with, speaker_of

# (mend and the old code that fails, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("clauses._name_joined_in_case - tree: names joined to a name apposed to the comparand "
     "(unread nerel 141316)",
     "Понтифик сравнил их с библейскими Марией и Иосифом, проделавшими непростой путь из Назарета в Вифлеем.",
     "их с библейскими Марией и Иосифом", "Понтифик"),
    ("clauses._relative_clause_stop - tree: a report in a relative clause ends with the clause "
     "(unread brexit_1139)",
     "Вместо ушедшего со скандалом Бориса Джонсона, который накануне обвинил Терезу Мэй в том, что она фактически "
     "ведет Великобританию к статусу колонии, МИД возглавит Джереми Хант.",
     "она фактически ведет Великобританию к статусу колонии", "Борис Джонсон"),
    ("clauses._relative_clause_stop - main, tree: the same with a made-up sentence",
     "Вместо уволенного министра Петра Сомова, который накануне обвинил губернатора в том, что он разорил "
     "область, ведомство возглавит Игорь Лапин.",
     "он разорил область", "Пётр Сомов"),
    ("clauses._subordinate_clause_end (cr40 F8) - main: a reason clause hung above the relative verb is still said",
     "Депутат, который заявил, что закон нужно отменить, поскольку он нарушает Конституцию, выступил в Думе.",
     "закон нужно отменить, поскольку он нарушает Конституцию", "Депутат"),
    ("clauses._subordinate_clause_end (cr40 F8) - main: so is a condition clause",
     "Министр, который заявил, что налоги вырастут, если бюджет не примут, ушел в отставку.",
     "налоги вырастут, если бюджет не примут", "Министр"),
    ("clauses._relative_clause_stop (cr40 F8 guard): a coordinated clause ends with the relative clause",
     "Министр, который заявил, что цены вырастут, а зарплаты упадут, ушел в отставку.",
     "цены вырастут, а зарплаты упадут", "Министр"),
]


@pytest.mark.parametrize("label, text, content, expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_sy40_speakers(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mend and the old code that fails, text, a speaker no quote may have)
NO_SPEAKER = [
    ("clauses._agrees_in_number (sy38) - tree: a plural participle is no modifier of a singular name far before "
     "it (unread brexit_1166)",
     "Понятно, что ни Мэй, ни ее потенциальные преемники - что Джонсон, гордящийся тем, что сумел добиться высылки "
     "российских дипломатов, что Джавид и Уильямсон, прямо обвиняющие Россию в смерти женщины, отравившейся "
     "«новичком» в Эймсбери, на это никогда не пойдут.", "Мэй"),
]


@pytest.mark.parametrize("label, text, absent", NO_SPEAKER, ids=[c[0] for c in NO_SPEAKER])
def test_sy40_no_speaker(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label, speakers=True)


# (mend and the old code that fails, title, body)
NO_HEADLINE = [
    ("headline.prefix_speaker - tree: a rubric whose parsed head is an adverb is judged by its noun "
     "(unread tgcontest honey_pool_16)",
     "Пенсии по-новому: в чем проблема со страховым стажем",
     "Не все украинцы имеют право на пенсионные выплаты из-за страхового стажа, сообщает \"Апостроф\"."),
]


@pytest.mark.parametrize("label, title, body", NO_HEADLINE, ids=[c[0] for c in NO_HEADLINE])
def test_sy40_no_headline(enrich, label, title, body):
    assert_headline_speaker(enrich(body, title=title), title.split(": ", 1)[1], None, label)


def test_sy40_participle_accusers_keep_their_accusation(enrich):
    """(sy40) Replaces the qd guard "a participle the parse hung on a noun after it (no agreement) is left alone":
    its premise was argmax hanging "обвиняющие" on "женщины" (a cycle); the tree hangs it on its own nouns
    "Сидоров и Иванов", and by the gold guide ("обвинить X в Y": indirect, text = X Y) and the participle rule
    ("журналисты, обвинившие министра в коррупции") their accusation is a quote of theirs - never of another
    name in the sentence, nor of the woman."""
    doc = enrich("Понятно, что ни Мэй, ни ее преемники - что Петров, что Сидоров и Иванов, прямо обвиняющие Россию в "
                 "смерти женщины, отравившейся «новичком» в Эймсбери, на это никогда не пойдут.")
    found = [q for q in doc.quotes if q.text.startswith("Россию в смерти женщины")]
    assert found, [(q.text, q.speaker and q.speaker.name) for q in doc.quotes]
    assert found[0].speaker is not None and found[0].speaker.name == "Сидоров и Иванов", found[0].speaker
    assert_no_quote_with(doc, "Мэй", "no quote of Мэй", speakers=True)


def test_cr40_f5_content_does_not_start_inside_a_word(enrich):
    """(cr40 F5, attribution._whole_words) A topic content cut from a subtree whose first token is the second half of
    a word the tokenizer split at a script change («Cултана» with a Latin C; unread runormas 911674's title, a
    made-up body): no quote starts or ends inside a word."""
    doc = enrich("Протурецкие боевики обнаружили брошенный БТР.",
                 title="Блогеры сообщили об оказавшемся у боевиков «Cултана Мурада» российском БТР")
    text = doc.text
    cut = [q.text for q in doc.quotes if q.start > 0 and text[q.start - 1].isalnum() and text[q.start].isalnum()
           or q.stop < len(text) and text[q.stop - 1].isalnum() and text[q.stop].isalnum()]
    assert doc.quotes and not cut, [(q.text, q.start, q.stop) for q in doc.quotes]


F7_TEXT = ("«ВСУ подготовили вертолетные площадки для боевой и санавиации в зоне ООС. Речь идет о подконтрольных Киеву "
           "донбасских городах – Лисичанск, Краматорск и Северодонецк», – сообщает Telegram-канал WarGonzo со ссылкой на "
           "источники в донбасской контрразведке.")


def test_cr40_f7_unnamed_source_text_has_no_preposition(enrich):
    """(cr40 F7, unnamed_sources._mention; unread runormas 956153) The unnamed source "со ссылкой на" names is
    written without the preposition: "источники в донбасской контрразведке", not "на источники …"."""
    doc = enrich(F7_TEXT)
    found = [q for q in doc.quotes if q.text.startswith("ВСУ подготовили")]
    assert found and found[0].speaker is not None, [(q.text, q.speaker) for q in doc.quotes]
    assert found[0].speaker.text == "источники в донбасской контрразведке", found[0].speaker
