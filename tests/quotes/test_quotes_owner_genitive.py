"""A speaker described by a relation to a named person keeps that person's name in the genitive."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of


@pytest.mark.parametrize("text,content,speaker", [
    # The owner named once in the nominative only: the name is inflected ("Асия" is no dictionary name).
    ("Асия Биби освобождена из тюрьмы. Ее адвокат сообщил, что она покинет страну.",
     "она покинет страну", "адвокат Асии Биби"),
    ("Мария Захарова выступила на брифинге. Ее помощник сообщил, что она занята.",
     "она занята", "помощник Марии Захаровой"),
])
def test_relation_speaker_keeps_the_owner_in_the_genitive(enrich, text, content, speaker):
    assert speaker_of(enrich(text), content, speaker) == speaker
