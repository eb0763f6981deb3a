"""Texts that end mid-frame: the quote finder must look no further than the text."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # A narrating verb and its comma as the last tokens (a page cut after "Напомним,").
    "Врач рассказала о последствиях курения. Напомним,",
    "Министр рассказал,",
    "Пресс-служба сообщила,",
    "Эксперт написал, как",
])
def test_text_ending_after_a_frame_comma(enrich, text):
    doc = enrich(text)
    assert all(q.text.strip() for q in doc.quotes)  # no crash, and nothing empty is reported
