"""Review cr27 (twenty-seventh session) of the session's rules, as table tests on made-up sentences:
- a whole name in the genitive that the parser hung as an apposition ("Ученик Ивана Петрова") is no name written
  in the nominative: it is normalised, and the speaker stays the described person (mC27's apposition rule);
- a surname one letter from a registry person's ("Шульц" beside "Олаф Шольц") is another person (mC27's spelling
  variants reach only people the document itself introduces);
- a short quotation after a speech verb of its sentence ("сказал журналистам «Все под контролем», — пишет X") is
  quoted words, not a name in the narration (dvG's rule)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("a genitive name hung as an apposition is normalised; the described person speaks",
     "Турнир\n\nУченик Ивана Петрова заявил, что выиграет турнир.", "выиграет турнир", "Ученик Ивана Петрова"),
    ("guard: a foreign first name the tagger read as an oblique case keeps its written form",
     "Совет ЕС\n\nБрекзит должен состояться вовремя, заявил министр по европейским делам Румынии Джордже Чамба.",
     "Брекзит должен состояться вовремя", "Джордже Чамба"),
    ("a surname one letter from a registry person's is another man",
     "Коалиция\n\nКанцлер Германии Олаф Шольц провел переговоры в Берлине. Глава СДПГ Шульц заявил, что коалиция "
     "сохранится.", "коалиция сохранится", "Шульц"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_cr27(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_a_short_quotation_after_a_speech_verb_is_quoted_words(enrich):
    doc = enrich("Паводок\n\nГлава МЧС сказал журналистам «Все под контролем», — пишет «Интерфакс».")
    assert [q.text for q in doc.quotes] == ["Все под контролем"]  # (not the narration up to the mark)


def test_a_short_name_in_the_narration_is_no_quote(enrich):
    doc = enrich("Вакцина\n\nПроизводство белков — это то, что лежит в основе «ЭпиВакКороны», — в стране пытались "
                 "наладить выпуск вакцины.")
    assert_no_quote_with(doc, "ЭпиВакКороны", "a short quoted name after a word of the narration")
