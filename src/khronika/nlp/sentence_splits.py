"""Sentence boundaries razdel misses, found inside its sentences.

- A line break inside a part (RuNormAS keeps the title on the first line,
  ended by U+2028 and no full stop; any of Unicode's line and paragraph
  breaks counts): a new sentence starts after it when the next line opens
  with a capital letter.
- A full stop (or "!", "?") glued to the next sentence ("заявил.Она"):
  razdel keeps one sentence; a new one starts at the capital when the word
  before the stop is no abbreviation (a short or known one: "ул.Ленина",
  "г.Москва", "А.Пушкин").
- A media verb whose outlet's name (and the full stop) a reprint lost, right before a
  capitalised sentence opener ("…, сообщает По словам X, …"): a new sentence starts there.
- (mX35, rv35_Q C7) A full stop a reprint lost between a lower-case word and a capitalised
  sentence opener ("…будет отменено 190 задуманных В официальном оповещении Ryanair прибавила,
  что …"): no sentence goes on with a capitalised preposition, adverb or pronoun after a
  lower-case word, so a new sentence starts at the opener (not inside quotation marks, nor in
  "закона О страховании вкладов" or "гепатиты В и С", where the capital is a name's).
- An agency dateline that ends in a dash ("INTERFAX.RU - Суд вынес …",
  "Москва (Рейтер) - Суд …", "(ТАСС) — …"): the dateline is no part of the
  sentence, or a quote or event read from it would start with the agency.

And boundaries that are none (razdel's, or the glued stop's): inside a short quoted name
("шоу «Голос. Дети» …", see `quoted_titles`) the pieces are joined again, and so are those razdel
makes at a «;» inside brackets ("в городе Розенхайме (Бавария; Германия) в кругу семьи").
"""
from __future__ import annotations

import re

from khronika.nlp.quoted_titles import QuotedTitle, quoted_titles

# Every line break Unicode has (vertical tab, form feed, NEL, U+2028/U+2029 as well as "\n").
LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x85\u2028\u2029]+\s*(?=[A-ZА-ЯЁ«\"])")
GLUED_STOP = re.compile(r"(?<=[а-яёА-ЯЁ])[.!?]+(?=[А-ЯЁ][а-яё])")
WORD_BEFORE = re.compile(r"([а-яёА-ЯЁ]+)$")
# At a sentence start: an optional place and date, then an upper-case web address or an
# agency name (bare or in brackets/slashes), then a dash and the sentence proper.
AGENCY = r"(?:[A-Z][A-Z0-9-]*\.(?:RU|COM|UA|BY|KZ)|ИНТЕРФАКС|ТАСС|РИА Новости|Рейтер|Reuters|AFP|REGNUM|ПРАЙМ|Прайм|РБК)"
DATELINE = re.compile(
    r"^\s*(?:[А-ЯЁA-Z][\w .,-]{0,40}?\s+)?[(/]?" + AGENCY + r"[)/]?\s*[-–—]\s+(?=[А-ЯЁA-Z«\"„])")
# (dvE) A reprint that lost the linked outlet's name after a media verb and the full stop with it:
# "…, сообщает По словам представителя МИД, …".  A new sentence starts at the capitalised word that
# opens a sentence (a preposition, "Как", "Ранее", "Напомним" - never the start of an outlet's name).
# (mN34) Or at the opening mark the lost link left, cut off from its name by a space: "…, передает « Пассажиры,
# приобретавшие билеты, …" (an outlet's quoted name is glued to its mark: "передает «Интерфакс»"; cr34 F8: or, spaced,
# closed within a few words on the same line: "пишет « Коммерсантъ »").
LOST_OUTLET = re.compile(
    r",\s+(?:сообщает|сообщают|сообщил[аио]?|передает|передаёт|передают|пишет|пишут|информирует)"
    r"\s+(?=(?:По|Согласно|Как|Ранее|Напомним|Кроме|Также|При|Об?|В|На|Из-за|После|Однако|Хотя)\s|«\s+(?![^«»\n]{0,40}\s»)\w)")
# (mX35) A capitalised sentence opener right after a lower-case word and a space: a reprint's lost full stop.  The
# opener must be followed by a lower-case word of two letters or more ("гепатиты В и С", "в группе В Лиги" are a
# letter's name, not a sentence start).
LOST_STOP = re.compile(
    r"(?<=[а-яёa-z]) +(?=(?:По|Согласно|Как|Ранее|Напомним|Кроме|Также|При|Об?|В|Во|На|Из-за|После|Однако|Для|До|"
    r"Сегодня|Вчера|Накануне|Позже|Он|Она|Они|Это|Эта|Этот|Так|Таким|Всего)\s+[а-яё]{2})")
# (mB36, rv36_Q C1) Or after a closing quotation mark, before any word of two letters: "…, заявив, что "вопросы …
# решаться в Европе, а не в США" Ранее США усилили давление …" (the full stop after the mark was lost).
LOST_STOP_AFTER_MARK = re.compile(
    r"(?<=\w[»\"”]) +(?=(?:По|Согласно|Как|Ранее|Напомним|Кроме|Также|При|Об?|В|Во|На|Из-за|После|Однако|Для|До|"
    r"Сегодня|Вчера|Накануне|Позже|Он|Она|Они|Это|Эта|Этот|Так|Таким|Всего|Хотя)\s+\w{2})")
# Nouns a name follows without marks ("Федерального закона О несостоятельности"): no lost stop after them.
NAMED_BY_TITLE = re.compile(r"(?:закон|законом|закона|закону|фильм|фильма|фильме|книга|книги|книге|песня|песни|песне)$")
# (mC35, cr35 F4) Documents whose unquoted title opens with "О"/"Об" ("подписал указ О мерах …", "постановление О
# порядке выплат"): no lost stop between the noun and "О" (other openers after them do start a sentence: "…
# ответственное решение После строительства …").
TITLED_DOCUMENT = re.compile(r"(?<![а-яё])(?:указ|постановлени|распоряжени|приказ|положени|решени)[а-яё]{0,3}$")
ABOUT_OPENER = re.compile(r" +Об? ")
# (mC35, cr35 F4) The letter "В" before a verb ("гепатит В передается", "категории В выдаются", "корпус В будет
# сдан") names a variant; the preposition "В" opening a sentence is followed by its object ("В ответ", "В среду").
LETTER_BEFORE_VERB = re.compile(r" +В\s+(?!(?:ответ|совет|бюджет|кабинет|интернет|пакет|предмет|штат)\b)"
                                r"[а-яё]+(?:ет|ют|ут|ят|ит|ат|ется|ются|ится|ятся|утся|атся)\b")
# The word before a gap that is no lost full stop: a preposition, or a word right after a full stop.
DANGLING_WORD = re.compile(r"(?:(?<![\w-])(?:в|во|на|по|с|со|к|ко|о|об|у|из|от|до|за|для|при)|[.!?]\s+[а-яё]+)$")
# Capitalised words only, from the sentence's start: a caption's bare name ("Эммануэль Макрон", "Ryanair").
CAPTION = re.compile(r"\s*(?:[A-ZА-ЯЁ][\w'’.-]*\s+)*[A-ZА-ЯЁ][\w'’.-]*$")
MIN_WORD = 3  # "ул.", "г.", "им." and initials are shorter
ABBREVIATIONS = frozenset({
    "стр", "тыс", "млн", "млрд", "руб", "коп", "обл", "акад", "проф", "просп", "пер", "рис", "табл",
    "напр", "англ", "нем", "франц", "лат", "прим", "ред", "иллюстр", "пос", "дер", "наб", "пл",
})


def sentence_ends(word: str) -> bool:
    """A full stop glued after `word` may end a sentence: no abbreviation and no
    initial ("Дж.Эшби", "Вл.Путин", "ул.Ленина" are one sentence)."""
    if word.lower() in ABBREVIATIONS:
        return False
    return len(word) >= MIN_WORD or (len(word) >= 2 and word.isupper())


def split_points(text: str) -> list[int]:
    """Offsets within `text` (one razdel sentence) where a new sentence starts."""
    points = [m.end() for m in LINE_BREAK.finditer(text) if text[: m.start()].strip()]
    dateline = DATELINE.match(text)
    if dateline is not None and dateline.end() < len(text):
        points.append(dateline.end())
    points.extend(match.end() for match in LOST_OUTLET.finditer(text))
    points.extend(match.end() for pattern in (LOST_STOP, LOST_STOP_AFTER_MARK) for match in pattern.finditer(text)
                  if _lost_stop(text, match.start()))
    for match in GLUED_STOP.finditer(text):
        before = WORD_BEFORE.search(text[: match.start()])
        if before and sentence_ends(before.group(1)):
            points.append(match.end())
    return sorted(set(points))


def _lost_stop(text: str, at: int) -> bool:
    """The gap at `at` is a lost full stop: outside quotation marks and not after a noun a title follows, nor
    after a preposition whose object was the lost link ("сообщает пресс-служба в Ранее …": the frame and its
    place read on as one sentence), nor after a verb a displaced outlet's stop stands before ("Об этом The
    Guardian. сообщает Сегодня …": the outlet and its verb read together), nor after a bare name opening the
    sentence (a photo caption, "Эммануэль Макрон В понедельник заявил …": events.tree reads it as a caption)."""
    before = text[:at]
    if LETTER_BEFORE_VERB.match(text, at) or ABOUT_OPENER.match(text, at) and TITLED_DOCUMENT.search(before.lower()):
        return False
    if before.count("«") > before.count("»") or before.count('"') % 2 or before.count("„") > before.count("“"):
        return False
    return NAMED_BY_TITLE.search(before.lower()) is None and DANGLING_WORD.search(before) is None \
        and CAPTION.match(before) is None


def refine(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """razdel's (start, stop) sentences of `text`, split at the points above and
    joined across quoted names; trailing white space stays outside every sentence."""
    titles = quoted_titles(text)
    out: list[tuple[int, int]] = []
    for start, stop in sentences:
        edges = [start] + [start + p for p in split_points(text[start:stop])] + [stop]
        for left, right in zip(edges, edges[1:]):
            piece = text[left:right]
            trimmed = len(piece.rstrip())
            if not trimmed:
                continue
            if out and (_cuts_title(left, text, titles) or _inside_brackets(text[out[-1][0]:out[-1][1]])):
                out[-1] = (out[-1][0], left + trimmed)
            else:
                out.append((left, left + trimmed))
    return out


def _inside_brackets(sentence: str) -> bool:
    """The sentence ends at a «;» while a bracket it opened is still open: razdel's break, not the writer's."""
    return sentence.endswith(";") and sentence.count("(") > sentence.count(")")


def _cuts_title(start: int, text: str, titles: list[QuotedTitle]) -> bool:
    return any(title.holds_break(start, text) for title in titles)
