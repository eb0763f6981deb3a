"""A page's own summary as its text when its body has none (review rev22_B L4).

A page whose article block is empty (a flash still being written, a page whose text a script
fills in) may still say what it reports in its metadata: the description (JSON-LD
`description`, `og:description`, `<meta name="description">`, in that order; see
`html.read_metadata`).  When the body has no article text, a description that reads as a
summary of real sentences becomes the article's text, one lead paragraph, and the record says
so (`extractor="description"` and a warning), as trafilatura falls back to the metadata.  A
description that is page furniture (a subscribe line), the headline again, too short to be a
sentence, or the outlet describing itself ("Последние новости России и мира…") is not used;
nor is a page's default text (review rev23_B M2), by the reasons a reader would give: it
speaks to the reader ("Включите JavaScript…", "Оформите подписку…", "Страница, которую вы
ищете, не найдена") or it lists the outlet's kinds of content and says nothing happened (no
verb: "Новости, статьи, фото, видео.").  Only an article page's descriptions are read, the
best first (`html._descriptions`, `html._is_article_page`); one cut mid-word ends with "…"
(`as_cut`).
"""
from __future__ import annotations

import re
from functools import cache
from html import unescape
from typing import Any

from khronika.extract.text import normalise_space

EXTRACTOR = "description"
# The warning of a page whose text is its description: `extract` shows it, the store keeps it.
SUMMARY_IS_TEXT = "body: no article text on the page; its description (page metadata) is the text"
# What `khronika show` and the web article page say of such a text (review rev23_B L5).
TEXT_NOTE = "text: the page's description (page metadata); the page had no article text"
TEXT_NOTE_RU = "Текст — описание страницы из её метаданных: текста статьи на странице не было."
# Fewer words than this is a label or a headline, not a summary.
MIN_WORDS = 6
# A description cut short without an ellipsis still reads as text when it is this long.
CUT_SHORT_WORDS = 15
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+")
_ENDS_AS_SENTENCE = re.compile(r"[.!?…][»\"”)]*$")
# How many more times a description's entities are unescaped (`description_text`).
UNESCAPE_ROUNDS = 3
# The outlet describing itself rather than the article: its rubric of news, its own site.  "A
# site" or "an edition" is the outlet itself only where the description names what it is (at
# its start, or after the outlet's name and a dash): "сообщается на сайте Кремля", "со ссылкой
# на официальный сайт президента" are attributions in a summary (review rev23_B L2).
SITE_BLURB = re.compile(
    r"(?i)(?:последние|главные|свежие|актуальные|оперативные|все)\s+новости"
    r"|новости\s+(?:дня|часа|онлайн|сегодня|россии\s+и\s+мира|вашего\s+города)"
    r"|(?:^|^[^.!?:]{1,60}?\s[—–-]\s)(?:(?:официальный|новостной|информационный)\s+(?:сайт|портал)"
    r"|интернет-(?:издание|портал|газета))|на\s+нашем\s+сайте")
# Markup inside a description (JSON-LD is not HTML: its tags arrive as text, review rev23_B L3);
# a block's tag parts words, an inline one does not.
_BLOCK_TAG = re.compile(r"(?i)</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|table)\b[^<>]*>")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Quoted words are someone's, not the description's own address to the reader.
_QUOTED = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|\"[^\"]*\"")


def description_text(description: str | None) -> str:
    """The description as text, spaces normalised.  An entity left in it is unescaped again
    (up to `UNESCAPE_ROUNDS` times): JSON-LD is not HTML, so its `&amp;nbsp;` arrives as written,
    and outlets' templates escape a meta tag's text twice (`&amp;quot;`)."""
    text = description or ""
    for _ in range(UNESCAPE_ROUNDS):
        if "&" not in text or (plain := unescape(text)) == text:
            break
        text = plain
    return normalise_space(_TAG.sub("", _BLOCK_TAG.sub(" ", text)))


def reads_as_summary(text: str, title: str) -> bool:
    """Whether a description is a summary of what the page reports: Russian sentences of some
    words (ending as a sentence does, or long enough to be one cut short), not the headline
    again and not the outlet's self-description."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or _bare(text) == _bare(title):
        return False
    if len(_CYRILLIC_WORD.findall(text)) * 2 < len(words):
        return False
    if not _ENDS_AS_SENTENCE.search(text) and len(words) < CUT_SHORT_WORDS:
        return False
    return SITE_BLURB.search(text) is None and reports_a_happening(text)


def reports_a_happening(text: str) -> bool:
    """Whether a text reads as a report, not a page's default words (review rev23_B M2): it
    does not speak to the reader (as "вы": a verb of the second person plural, an imperative
    to "вы", the pronouns "вы", "ваш", outside quotes: a notice asking to subscribe, to enable
    JavaScript, a 404's "the page you are looking for"; a singular "ты" is a proverb's or a
    quote's, "Пришла беда — отворяй ворота"), and it is not a list of the outlet's kinds of
    content with no verb ("Новости, статьи, фото, видео.", "Новости региона: политика,
    экономика, спорт": a sentence with no verb may be a summary, "По сути, это всё та же
    модель…", a rubric list says nothing happened)."""
    morph = _morph()
    own = text
    while (unquoted := _QUOTED.sub(" ", own)) != own:
        own = unquoted
    if any(_addresses_the_reader(morph.parse(word.lower())[0]) for word in _WORD.findall(own)):
        return False
    parses = [morph.parse(word.lower())[0] for word in _WORD.findall(text)]
    if any(_is_predicate(p.tag) for p in parses):
        return True
    return sum(p.normal_form in OUTLET_CONTENT for p in parses) < MIN_CONTENT_KINDS


# An outlet's kinds of content and its rubrics: a description naming some of them and no verb
# is the outlet's blurb.
OUTLET_CONTENT = frozenset(
    "новость статья материал фото фотография фоторепортаж видео видеоролик инфографика радио подкаст интервью "
    "репортаж аналитика мнение колонка комментарий рубрика тема событие газета журнал издание портал сайт "
    "политика экономика бизнес финансы общество происшествие спорт культура наука технология авто "
    "недвижимость здоровье погода шоу-бизнес туризм".split())
MIN_CONTENT_KINDS = 2


def _addresses_the_reader(parse: Any) -> bool:
    tag = parse.tag
    if parse.normal_form in ("вы", "ваш"):
        return True
    return tag.number == "plur" and (tag.person == "2per" or tag.mood == "impr" and "excl" in tag)


def _is_predicate(tag: Any) -> bool:
    return tag.POS == "PRTS" or tag.POS == "VERB" and tag.mood == "indc"


def as_cut(text: str) -> str:
    """A description as text: one cut short (`reads_as_summary` took it for its length) ends
    with "…" in place of the word it was cut in (a lower-case word the dictionary does not
    know: "…производительности труда предприя") or after (a conjunction, a preposition or a
    particle cannot end a sentence: "…появится уверенность, что"), review rev23_B L1."""
    words = text.split()
    if _ENDS_AS_SENTENCE.search(text) or len(words) < 2:
        return text
    last = _WORD.fullmatch(words[-1].strip(",;:—–-"))
    if last is None or not last.group().islower() or not _cut_at(last.group()):
        return text
    return " ".join(words[:-1]).rstrip(",;:—–- ") + "…"


def _cut_at(word: str) -> bool:
    morph = _morph()
    return not morph.word_is_known(word) or morph.parse(word)[0].tag.POS in ("CONJ", "PREP", "PRCL")


@cache
def _morph() -> Any:
    """The morphological dictionary (pymorphy3), loaded once, when a page first has only its
    description (~0.3 s)."""
    from pymorphy3 import MorphAnalyzer

    return MorphAnalyzer()


def _bare(line: str) -> str:
    """A line without its case and closing punctuation: the headline with a full stop is the headline."""
    return normalise_space(line).rstrip(" .!?…»\"”").lower()
