"""Helper ls24 (twenty-fourth session): Unicode's line and paragraph breaks in text input.

RuNormAS texts end the headline and each paragraph with U+2028 (LINE SEPARATOR) and no "\n";
the text reader folded it into a space, so the headline was glued to the first sentence.
U+2028, U+0085 (NEL) and U+000B (vertical tab) now end a line, U+2029 (PARAGRAPH SEPARATOR)
and U+000C (form feed) a paragraph, in text dumps (JSONL records too), in HTML text, in the
sentence splitter and in the eval's offset-keeping documents; no character is replaced where
offsets matter.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.eval.ner import doc_for_text
from khronika.eval.shared_docs import load_gold_document, shared_available
from khronika.extract import extract_page
from khronika.extract import furniture as fx
from khronika.extract.text import blocks
from khronika.ingest.rawpage import RawPage
from khronika.nlp import natasha_adapter as nat
from khronika.nlp.sentence_splits import refine

TITLE = "Фрегат «Адмирал Макаров» прибыл на Корфу"
FIRST = "Фрегат Черноморского флота прибыл в порт Керкира на острове Корфу, сообщили в Минобороны."
SECOND = "Экипаж корабля примет участие в мероприятиях форума «Русская неделя на Ионических островах»."
THIRD = "«Адмирал Макаров» пробудет на Корфу до 2 октября."
BREAKS = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"]

# page text → (title, paragraphs)
TEXT_CASES = [
    *[(sep.join([TITLE, FIRST, SECOND, THIRD]), (TITLE, [FIRST, SECOND, THIRD])) for sep in BREAKS],
    # RuNormAS's layout: a doubled separator, and one at the very end
    (f"{TITLE}\u2028{FIRST}\u2028\u2028{SECOND}\u2028", (TITLE, [FIRST, SECOND])),
    # mixed with ordinary line ends
    (f"{TITLE}\r\n{FIRST}\u2029{SECOND}\n\n{THIRD}", (TITLE, [FIRST, SECOND, THIRD])),
    # a paragraph wrapped with line separators is still one paragraph (its lines do not end sentences),
    # as one wrapped with "\n" is
    (f"{TITLE}\u2029Фрегат Черноморского флота\u2028прибыл в порт Керкира\u2028на острове Корфу.",
     (TITLE, ["Фрегат Черноморского флота прибыл в порт Керкира на острове Корфу."])),
]


@pytest.mark.parametrize("text,expected", TEXT_CASES)
def test_text_dump_breaks(text: str, expected: tuple[str, list[str]]) -> None:
    article = extract_page(RawPage(source="page.txt", data=text.encode("utf-8"), kind="text"))
    assert (article.title, article.paragraphs) == expected


def test_jsonl_record_text_breaks() -> None:
    # A JSONL record's text is read as a dump; its title field comes first.
    article = extract_page(RawPage(source="dump.jsonl#1", data=f"{TITLE}\n\n{FIRST}\u2028{SECOND}", kind="text"))
    assert (article.title, article.paragraphs) == (TITLE, [FIRST, SECOND])


# blocks: a line separator ends a line, a paragraph separator a block
BLOCK_CASES = [
    ("а\u2028б", [["а", "б"]]),
    ("а\x85б\x0bв", [["а", "б", "в"]]),
    ("а\u2029б", [["а"], ["б"]]),
    ("а\x0cб", [["а"], ["б"]]),
    ("а\u2028\u2028б", [["а"], ["б"]]),  # an empty line between two separators
    ("а\u2029\u2029\u2029б\u2029", [["а"], ["б"]]),
    ("а \u2028 б\r\nв\rг", [["а", "б", "в", "г"]]),
]


@pytest.mark.parametrize("text,expected", BLOCK_CASES)
def test_blocks(text: str, expected: list[list[str]]) -> None:
    assert blocks(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="аб \n" + "".join(BREAKS), max_size=60))
def test_blocks_as_with_newlines(text: str) -> None:
    """A line separator reads as "\\n", a paragraph separator as a blank line.  (No "\\r" here: "\\r\\u2028"
    is two line ends, as Unicode has it, where "\\r\\n" is one.)"""
    newlines = text.translate(str.maketrans({"\u2028": "\n", "\x85": "\n", "\x0b": "\n",
                                             "\u2029": "\n\n", "\x0c": "\n\n"}))
    assert blocks(text) == blocks(newlines)


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85"])
def test_html_text_breaks(sep: str) -> None:
    # (long enough for khronika's own body reader; the trafilatura fallback folds these characters itself)
    html = (f"<html><body><h1>{TITLE}</h1><article><p>{FIRST}{sep}{SECOND}</p><p>{THIRD} {FIRST}</p>"
            "</article></body></html>")
    article = extract_page(RawPage(source="page.html", data=html.encode("utf-8"), kind="html"))
    assert article.paragraphs == [FIRST, SECOND, f"{THIRD} {FIRST}"]


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in refine(text, nat.sentences(text))]


# one part's text → sentences: a headline with no full stop ends at the break
@pytest.mark.parametrize("sep", BREAKS)
def test_sentence_breaks(sep: str) -> None:
    assert _sentences(f"{TITLE}{sep}{FIRST}") == [TITLE, FIRST]


def test_eval_doc_parts_end_at_every_break() -> None:
    text = f"{TITLE}\u2028{FIRST}\u2029{SECOND}\x85{THIRD}"
    doc = doc_for_text(text)
    assert doc.text == text
    assert [(p.kind, text[p.start:p.stop]) for p in doc.parts] == [
        ("title", TITLE), ("paragraph", FIRST), ("paragraph", SECOND), ("paragraph", THIRD)]


_ALPHABET = "абвгдАБВГД .,«»\n" + "".join(BREAKS)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_eval_doc_offsets_as_with_newlines(text: str) -> None:
    """A separator is a line end exactly as "\\n" is: the same parts at the same offsets, the text untouched."""
    doc = doc_for_text(text)
    as_newlines = doc_for_text(text.translate(str.maketrans(dict.fromkeys(BREAKS, "\n"))))
    assert doc.text == text
    assert [(p.kind, p.start, p.stop) for p in doc.parts] == [(p.kind, p.start, p.stop) for p in as_newlines.parts]
    assert not any(sep in text[p.start:p.stop] for p in doc.parts for sep in BREAKS)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([TITLE, FIRST, SECOND, THIRD]), min_size=1, max_size=4),
       st.lists(st.sampled_from(BREAKS + ["\n"]), min_size=3, max_size=3))
def test_sentences_are_offsets_into_the_text(lines: list[str], seps: list[str]) -> None:
    """Sentences are spans of the unchanged text and none runs across a break."""
    text = "".join(line + sep for line, sep in zip(lines[:-1], seps)) + lines[-1]
    spans = refine(text, nat.sentences(text))
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(a2 >= b1 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert not any(sep in text[a:b] for a, b in spans for sep in BREAKS + ["\n"])


@pytest.mark.skipif(not shared_available(), reason="needs ../shared/data (KHRONIKA_SHARED) for a RuNormAS text")
def test_runormas_gold_document_title() -> None:
    article = load_gold_document({"dataset": "runormas-named-train", "path": "texts_and_ann/1000048.txt"})
    assert article.title == TITLE
    assert article.paragraphs[0].startswith("Фрегат Черноморского флота «Адмирал Макаров» прибыл")


# A line opening with a social network's name: article text when the name is the subject of a stated verb
# (these come out as separate lines once U+2028 ends a line), page furniture otherwise.
NETWORK_LINES = [
    ("Telegram-канал WarJournal опубликовал фото награждения израильтянки.", False),
    ("Telegram-канал пишет, что 13 сентября здесь пройдут выборы. За пост мэра будут бороться двое.", False),
    ("Telegram-канал «Взгляд человека в лампасах», как принято считать, ведется военными.", False),
    ("Telegram: @rian_ru", True),
    ("Telegram-канал «Известий» — самые свежие новости.", True),
    ("Telegram: подписывайтесь на наш канал!", True),
    ("Telegram", True),
    ("ВКонтакте Одноклассники Telegram", True),
]


@pytest.mark.parametrize("line,junk", NETWORK_LINES)
def test_network_lines(line: str, junk: bool) -> None:
    assert fx.is_junk(line) is junk


def test_network_line_kept_in_a_runormas_layout() -> None:
    cited = "Telegram-канал Mash сообщил, что владелец автомобиля – боец ММА из Чечни."
    text = "\u2028".join([TITLE, FIRST, cited, THIRD])
    article = extract_page(RawPage(source="page.txt", data=text.encode("utf-8"), kind="text"))
    assert article.paragraphs == [FIRST, cited, THIRD]


def test_corus_record_with_a_raw_line_separator(tmp_path) -> None:
    """The extract eval reads JSON lines at "\\n" only: a raw U+2028 inside a record's text is no record end."""
    import json

    from khronika.eval.extract import corus_dumps

    folder = tmp_path / "corus-news-samples"
    folder.mkdir()
    record = {"url": "https://example.ru/1", "title": TITLE, "date": "2019-09-26", "text": f"{FIRST}\u2028{SECOND}"}
    (folder / "articles.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    titles, days = corus_dumps(tmp_path)
    assert (titles.total, titles.agree, days.total, days.agree) == (1, 1, 1, 1)
