"""Post-rules over raw NER spans: fix errors Slovnet is known to make.

Each rule is a small function `(doc, spans) -> spans`; `apply_rules` runs
them in order.  Spans are `RawSpan` (doc offsets + type) so the rules know
nothing about Natasha.  Word lists are static tables, data not logic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.nlp.doc import Doc

# Time-zone and clock abbreviations Slovnet tags as places ("(по МСК)").
TIME_ZONES = frozenset({"мск", "msk", "gmt", "utc", "cet", "cest", "eet", "est", "edt", "pst", "pdt", "екб"})
# Relative-day and calendar words capitalised at a sentence start or in a
# sidebar ("Вчера в 23:35") that Slovnet sometimes tags as a name.
TIME_WORDS = frozenset({
    "вчера", "сегодня", "завтра", "позавчера", "послезавтра", "сейчас", "ныне",
    "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу",
    "воскресенье", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
    "сентябрь", "октябрь", "ноябрь", "декабрь",
})
# Names that are always the organisation when Slovnet calls them a place:
# "Кремль" as a speaker or source is the Russian presidency.
ALWAYS_ORG = frozenset({"кремль", "кремля", "кремлю", "кремлем", "кремлём", "кремле"})

_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
# Common nouns and bare legal forms Slovnet tags as organisations ("СМИ
# сообщили", "ПАО" alone): they name no one.
NOT_NAMES = frozenset({"сми", "пао", "оао", "зао", "ооо", "ао", "гуп", "фгуп", "нко"})
# Lemmas of craft and vehicle nouns: a quoted name after one ("крейсер
# «Варяг»", "корабля «Союз МС-22»") names a ship or spacecraft, not an
# organisation.
VEHICLE_NOUNS = frozenset({
    "корабль", "шаттл", "челнок", "спутник", "ракета", "ракетоноситель", "станция", "модуль", "телескоп",
    "зонд", "марсоход", "луноход", "грузовик", "лодка", "субмарина", "крейсер", "авианосец", "эсминец",
    "фрегат", "корвет", "ледокол", "судно", "танкер", "сухогруз", "теплоход", "паром", "яхта", "лайнер",
    "самолет", "вертолет", "истребитель", "бомбардировщик", "беспилотник", "поезд",
})
_OPENING_QUOTES = "«„\"“"
# Lemmas of nouns that class a quoted name as a work, a prize, a substance, an
# event or a venue, not an organisation ("премии «Эмми»", "анестетик
# «Пропофол»", "картина «Артист»", "стадион «Лужники»"): the tagger calls such
# names organisations.  Theatres, museums, clinics and airports are left out:
# they are organisations as often as buildings.
NAMED_THING_NOUNS = frozenset({
    "премия", "награда", "приз", "статуэтка", "орден", "медаль",
    "фильм", "кинофильм", "картина", "лента", "сериал", "мультфильм", "спектакль", "мюзикл", "опера", "балет",
    "песня", "альбом", "сингл", "клип", "книга", "роман", "повесть", "рассказ", "поэма", "стихотворение",
    "произведение", "марка", "бренд",
    "препарат", "лекарство", "вещество", "анестетик", "антидепрессант", "яд", "вакцина",
    "стадион", "арена", "площадь", "кладбище",
    "операция", "учение", "фестиваль", "конкурс", "турнир", "выставка", "акция", "марафон", "форум",
})


@dataclass
class RawSpan:
    start: int
    stop: int
    type: str
    source: str = "ner"


def _word(doc: Doc, span: RawSpan) -> str:
    return doc.text[span.start:span.stop].lower().replace("ё", "е").strip("«»\"' ")


def drop_time_words(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """МСК is not a place; "Вчера"/"Сегодня" are never entities."""
    return [
        s for s in spans
        if _word(doc, s) not in TIME_ZONES and _word(doc, s) not in TIME_WORDS and not _CLOCK.match(_word(doc, s))
    ]


_PLACE_TAIL = re.compile(r" (?:по|при|против) [а-яё]")


def cut_place_at_preposition(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A place name ends before "по/при/против" + a common word: the tagger
    runs "РФ | по развитию гражданского общества" into one place."""
    for span in spans:
        if span.type in ("LOC", "GPE"):
            match = _PLACE_TAIL.search(doc.text, span.start, span.stop)
            if match:
                span.stop = match.start()
    return spans


def drop_common_nouns(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    return [s for s in spans if _word(doc, s) not in NOT_NAMES]


def _declined(token) -> bool:
    # A quoted name in apposition keeps its nominative ("премии «Эмми»", "фильма «Артист»"); a
    # declined one is the noun's owner ("акции «Мечела»", "форума «Единой России»").
    return token.feats.get("Case") not in (None, "Nom") and token.text.lower().replace("ё", "е") != _lemma(token)


def drop_named_vehicles(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A quoted name seen once after a craft noun ("крейсера «Варяг»") or a
    noun for a work, prize, substance, event or venue ("премии «Эмми»") names
    that thing everywhere in the document ("экипаж «Варяга»", "получил «Эмми»")."""
    def quoted_first(span: RawSpan) -> int | None:
        first, last = doc.token_span(span.start, span.stop)
        if span.type != "ORG" or first >= last:
            return None
        if doc.text[span.start] in _OPENING_QUOTES:
            return first + 1 if first + 1 < last else None
        return first if first > 0 and doc.tokens[first - 1].text in _OPENING_QUOTES else None

    vehicles = set()
    for span in spans:
        k = quoted_first(span)
        if k is not None:
            before = _list_head(doc, k - 2)  # the word before the opening quote (of the list's first name)
            if before >= 0 and _lemma(doc.tokens[before]) in VEHICLE_NOUNS | NAMED_THING_NOUNS \
                    and not _declined(doc.tokens[k]):
                vehicles.add(_key(doc, k, k + 1))
    if not vehicles:
        return spans
    return [s for s in spans if (k := quoted_first(s)) is None or _key(doc, k, k + 1) not in vehicles]


_CLOSING_QUOTES = frozenset("»“\"”")
_LIST_JOINERS = frozenset({",", "и"})
MAX_LISTED_NAMES = 12


def _list_head(doc: Doc, index: int) -> int:
    """(rv21_Q A2) The token before a quoted name, looked up past a colon and past the quoted names listed
    before it: in "Автор книг: «Батальоны просят огня», «Горячий снег» и «Тишина»" and "под торговыми марками
    «Раундап», «Глифор», «Торнадо»" every listed name hangs on "книг", "марками"."""
    for _ in range(MAX_LISTED_NAMES):
        if index < 1 or doc.tokens[index].text not in _LIST_JOINERS or doc.tokens[index - 1].text not in _CLOSING_QUOTES:
            break
        # back to the opening quote of the name before: "«Горячий снег» и" → the token before "«Горячий"
        opening = next((j for j in range(index - 2, max(-1, index - 2 - MAX_QUOTED_TOKENS - 1), -1)
                        if doc.tokens[j].text in _OPENING_QUOTES), None)
        if opening is None:
            return -1
        index = opening - 1
    if index >= 1 and doc.tokens[index].text == ":":
        index -= 1
    return index


# Lemmas of nouns that class a quoted name as an organisation: "компания
# «Танкер»", "фондом \"Дорога будущего\"", "телеграм-канал «Опер слил»",
# "ООО «АргоРечТур»".  The tagger misses such names when they are common words
# or unknown to it.
ORG_CLASS_NOUNS = frozenset({
    "компания", "авиакомпания", "телекомпания", "фирма", "корпорация", "госкорпорация", "концерн", "холдинг",
    "медиахолдинг", "банк", "фонд", "агентство", "информагентство", "издательство", "телеканал", "канал",
    "радиостанция", "студия", "киностудия", "лейбл", "партия", "движение", "объединение", "организация",
    "ассоциация", "союз", "клуб", "предприятие", "завод", "комбинат", "фабрика", "верфь", "видеоблог",
    "группировка", "ооо", "оао", "зао", "ао", "пао", "гуп", "фгуп", "муп", "ано", "нко", "тоо",
})
# Lemmas of nouns that, as the predicate of "является", say a quoted name is a
# business: "«Танкер», которая является оператором судна".
ORG_PREDICATE_NOUNS = ORG_CLASS_NOUNS | frozenset({
    "оператор", "владелец", "производитель", "перевозчик", "разработчик", "поставщик", "застройщик",
    "подрядчик", "дистрибьютор", "ритейлер", "собственник", "учредитель",
})
_CLOSING = {"«": "»", "„": "“", "\"": "\"", "“": "”"}
MAX_QUOTED_TOKENS = 6


def _class_noun(token, nouns: frozenset[str]) -> bool:
    """The noun, or the last part of a compound ("телеграм-канал")."""
    lemma = _lemma(token)
    return token.pos in ("NOUN", "PROPN") and (lemma in nouns or lemma.rsplit("-", 1)[-1] in nouns)


def _predicated_org(doc: Doc, close: int) -> bool:
    """"«X», которая является оператором …", "«X» является крупнейшим
    производителем", "«X» — компания …": a copula or a dash after the quoted
    name, then (adjectives and) an organisation noun."""
    k = close + 1
    tokens = doc.tokens
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k < len(tokens) and _lemma(tokens[k]) == "который":
        k += 1
    if k < len(tokens) and (_lemma(tokens[k]) == "являться" or (tokens[k].text in ("—", "–") and k == close + 1)):
        k += 1
    else:
        return False
    while k < len(tokens) and tokens[k].pos == "ADJ" and k - close <= 6:
        k += 1
    return k < len(tokens) and _class_noun(tokens[k], ORG_PREDICATE_NOUNS)


def add_quoted_org_names(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A capitalised name in quotes that an organisation noun classes, before it
    ("компании «Танкер»") or as the predicate after it ("«Танкер», которая
    является оператором судна"), is an organisation: the name without its
    quotes.  The tagger's place for it becomes an organisation; a person or a
    span running past the quotes is left alone."""
    tokens = doc.tokens
    added = []
    for q, token in enumerate(tokens):
        closing = _CLOSING.get(token.text)
        if closing is None or q + 1 >= len(tokens) or not tokens[q + 1].text[:1].isupper():
            continue
        c = next((k for k in range(q + 2, min(q + 2 + MAX_QUOTED_TOKENS, len(tokens))) if tokens[k].text == closing),
                 None)
        if c is None or "\n" in doc.text[token.start:tokens[c].stop]:
            continue
        before = (q > 0 and _class_noun(tokens[q - 1], ORG_CLASS_NOUNS)
                  and "\n" not in doc.text[tokens[q - 1].start:token.start])
        if not before and not _predicated_org(doc, c):
            continue
        start, stop = tokens[q + 1].start, tokens[c - 1].stop
        overlapping = [s for s in spans if s.start < tokens[c].stop and token.start < s.stop]
        if not overlapping:
            added.append(RawSpan(start, stop, "ORG", "rule"))
        for span in overlapping:
            inside = token.start <= span.start and span.stop <= tokens[c].stop
            if inside and span.type in ("LOC", "GPE"):
                span.start, span.stop, span.type = start, stop, "ORG"
    return spans + added


def quoted_place_is_org(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A place name in guillemets is no place: Russian quotes a place's name
    only when it names something else, a club or a company ("Месси
    («Барселона»)", "матч с «Краснодаром»", "агентству «Москва»").  After a
    common noun the quotes name a station, an airfield or a residence
    ("метро «Сходненская»", "аэродрома «Лахта»"): left alone, unless the noun
    classes organisations ("клубов «Металлист»")."""
    tokens = doc.tokens
    for span in spans:
        if span.type not in ("LOC", "GPE"):
            continue
        start, stop = span.start, span.stop
        if doc.text[start:start + 1] == "«" and doc.text[stop - 1:stop] == "»":
            start, stop = start + 1, stop - 1
        if doc.text[start - 1:start] != "«" or doc.text[stop:stop + 1] != "»":
            continue
        first, _ = doc.token_span(start - 1, stop)
        before = first - 1
        if before > 0 and tokens[before].text == "и" and tokens[before - 1].text == "»":
            continue  # the second of a pair ("«Металлист» и «Днепр»"): its class noun is out of sight, left alone
        if before >= 0 and tokens[before].pos == "NOUN" and not _class_noun(tokens[before], ORG_CLASS_NOUNS):
            continue
        span.start, span.stop, span.type = start, stop, "ORG"
    return spans


def kremlin_is_org(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    for span in spans:
        if _word(doc, span) in ALWAYS_ORG:
            span.type = "ORG"
    return spans


def strip_quotes_and_dashes(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """Trim stray punctuation Slovnet leaves at span edges (a photo credit's slash too:
    "Фото: ФедералПресс /Евгений Поторочин")."""
    out = []
    for span in spans:
        start, stop = span.start, span.stop
        while start < stop and doc.text[start] in " -—–,.:;/\\":
            start += 1
        while stop > start and (doc.text[stop - 1] in " -—–,:;(/\\"
                                or (doc.text[stop - 1] == ")" and "(" not in doc.text[start:stop])
                                or doc.text[start:stop].endswith("()")):
            stop -= 2 if doc.text[start:stop].endswith("()") else 1
        if stop > start:
            span.start, span.stop = start, stop
            out.append(span)
    return out


def strip_doubled_apostrophes(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """''Samsung Electronics'': doubled apostrophes (wiki markup, used as quotes
    in Wikinews texts) at a span's edge are no part of the name."""
    out = []
    for span in spans:
        while doc.text.startswith("''", span.start) and span.stop - span.start > 2:
            span.start += 2
        while doc.text[span.start:span.stop].endswith("''") and span.stop - span.start > 2:
            span.stop -= 2
        out.append(span)
    return out


_PAREN = re.compile(r"\s*\(([^()]+)\)\s*$")
_BULLETS = re.compile(r"\s*[•·|]\s*")
# A comma ends a person's or a place's name ("Иванов, Петров"); an
# organisation's may hold one ("Бюро по контролю за оборотом алкоголя, табачных изделий").
_LIST_SEPARATORS = re.compile(r"\s*[•·|,]\s*")


def split_parenthesis(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """"Джоэл Саймон (Joel Simon)" is two names of one person, not one name."""
    out = []
    for span in spans:
        text = doc.text[span.start:span.stop]
        match = _PAREN.search(text)
        if match and match.start() > 0:
            out.append(RawSpan(span.start, span.start + match.start(), span.type, span.source))
            out.append(RawSpan(span.start + match.start(1), span.start + match.end(1), span.type, span.source))
        elif "(" in text and ")" not in text and text.index("(") > 0:
            out.append(RawSpan(span.start, span.start + len(text[:text.index("(")].rstrip()), span.type, span.source))
        else:
            out.append(span)
    return out


def split_bullets(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """List separators ("Эль Сальвадор • Эфиопия") end a name."""
    out = []
    for span in spans:
        text = doc.text[span.start:span.stop]
        offset = 0
        separators = _LIST_SEPARATORS if span.type in ("PER", "LOC") else _BULLETS
        for piece in separators.split(text):
            at = text.find(piece, offset)
            if piece.strip():
                out.append(RawSpan(span.start + at, span.start + at + len(piece), span.type, span.source))
            offset = at + len(piece)
    return out


# Parts of speech that never open a name: "Всё-таки Проди", "Однако Путин".
_NOT_NAME_POS = frozenset({"ADV", "PART", "CCONJ", "SCONJ", "ADP", "PRON", "DET", "VERB", "AUX", "INTJ", "NUM"})


def trim_leading_function_words(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    out = []
    for span in spans:
        first, last = doc.token_span(span.start, span.stop)
        while (last - first > 1 and doc.tokens[first].pos in _NOT_NAME_POS
               and doc.tokens[first].text.replace("-", "").isalpha()):
            first += 1
        if first < last:
            span.start = max(span.start, doc.tokens[first].start)
        if last - first == 1 and doc.tokens[first].pos in _NOT_NAME_VERBAL and doc.tokens[first].text.isalpha():
            continue  # a capitalised verb opening a sentence: "Умер …", "Отметим, …"
        out.append(span)
    return out


# Parts of speech a one-word name never has (the tagger calls "Умер" a person).
_NOT_NAME_VERBAL = frozenset({"VERB", "AUX"})
# Titles written with a capital before a name ("Папа римский Франциск").
_TITLES = frozenset({
    "папа", "патриарх", "митрополит", "архиепископ", "кардинал", "король", "королева", "принц", "принцесса",
    "султан", "эмир", "шейх", "император", "императрица", "царь", "царица", "князь", "княгиня",
})


def trim_leading_titles(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A person's name starts at the name: "королеве | Елизавете II", "Папа
    римский | Франциск" (lower-case words and titles before a capitalised word)."""
    for span in spans:
        if span.type != "PER":
            continue
        first, last = doc.token_span(span.start, span.stop)
        k = first
        while (k + 1 < last and doc.tokens[k].text.isalpha()
               and (doc.tokens[k].text.islower() or _lemma(doc.tokens[k]) in _TITLES)):
            k += 1
        if k > first and doc.tokens[k].text[:1].isupper():
            span.start = doc.tokens[k].start
    return spans


def merge_adjacent_persons(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """"Радия | Хабирова" split by the tagger: two person spans with only a space between are one name."""
    out: list[RawSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        if (prev and prev.type == span.type == "PER" and doc.text[prev.stop:span.start] == " "
                and len(doc.text[prev.start:prev.stop].split()) == 1 and len(doc.text[span.start:span.stop].split()) == 1):
            prev.stop = span.stop
        else:
            out.append(span)
    return out


_GEN_PLACE = frozenset({"LOC", "GPE"})


def extend_org_with_place(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """"МВД | Киргизии", "Верховного суда | США": an organisation followed
    directly by a genitive place name includes it; the place stays a mention too."""
    ordered = sorted(spans, key=lambda s: s.start)
    extra = []
    for org, place in zip(ordered, ordered[1:]):
        if org.type != "ORG" or place.type not in _GEN_PLACE or doc.text[org.stop:place.start] != " ":
            continue
        first, last = doc.token_span(place.start, place.stop)
        if first < last and (doc.tokens[first].feats.get("Case") == "Gen" or doc.tokens[first].text.isupper()):
            extra.append(RawSpan(org.start, place.stop, "ORG", org.source))
            # The short name stays as ORG_CORE: NEREL annotates it nested,
            # factRuEval does not; it never becomes an actor of its own.
            org.type = "ORG_CORE"
    return ordered + extra


# "Совет при президенте по правам человека", "МВД по Башкирии", "комитет
# ООН против пыток": a prepositional tail that is part of the official name.
# Lemma of the preposition → the case its noun phrase takes.
NAME_TAIL_PREPOSITIONS = {"по": ("Dat",), "при": ("Loc",), "против": ("Gen",)}
# Lemmas of nouns that head such names, besides abbreviations ("МВД", "УФСБ").
INSTITUTION_HEADS = frozenset({
    "совет", "комитет", "комиссия", "бюро", "управление", "агентство", "служба", "департамент", "центр",
    "фонд", "институт", "министерство", "ведомство", "палата", "суд", "трибунал", "группа", "отдел",
    "секретариат", "инспекция", "надзор", "координатор", "общество", "союз", "ассоциация", "федерация",
    "училище", "академия", "управа", "штаб", "сборная", "консорциум", "организация",
})
# Agencies named by an abbreviation that have regional branches "по" a
# place ("МВД по Башкирии", "УФСБ по Пермскому краю"); other abbreviations
# take no tail ("обстрел ВСУ | по Горловке").
BRANCH_ABBREVIATIONS = frozenset({
    "мвд", "умвд", "гумвд", "омвд", "фсб", "уфсб", "мчс", "ск", "ску", "су", "фсин", "уфсин", "фнс", "уфнс",
    "ифнс", "фссп", "уфссп", "фас", "уфас", "фмс", "уфмс", "гибдд", "пфр", "опфр", "фтс", "цб", "гу", "уф",
    "росреестр", "роспотребнадзор", "росгвардия", "росприроднадзор", "ростехнадзор", "росздравнадзор",
    "минюст", "минздрав", "минобрнауки", "гувд", "увд", "овд", "рувд", "гпу", "сбу",
})
MAX_TAIL_TOKENS = 8
_TAIL_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _name_tail(doc: Doc, first: int, last: int, places_only: bool) -> int:
    """Index one past a prepositional tail starting at token `last`, or
    `last`.  The tail's noun phrase is its first noun (in the case the
    preposition takes) with agreeing adjectives, a genitive chain after it
    ("по развитию информационного общества") and "и" joining another noun
    of the same case.  With `places_only` the first noun must be a name
    ("МВД по Башкирии", not "директора НАСА по космическим полётам")."""
    end = k = last
    while k < len(doc.tokens) and (doc.tokens[k].lemma or doc.tokens[k].text.lower()) in NAME_TAIL_PREPOSITIONS:
        cases = NAME_TAIL_PREPOSITIONS[doc.tokens[k].lemma or doc.tokens[k].text.lower()]
        j = k + 1
        nouns = 0
        while j < len(doc.tokens) and j - k <= MAX_TAIL_TOKENS:
            token = doc.tokens[j]
            case = token.feats.get("Case")
            if token.pos in _TAIL_WORD_POS:
                if token.pos != "ADJ":
                    if nouns == 0 and (case not in cases or (places_only and not token.text[:1].isupper())):
                        break
                    if nouns and case != "Gen" and not (doc.tokens[j - 1].text == "и" and case in cases):
                        break
                    if (nouns and token.text[:1].isupper() and not token.text.isupper()
                            and doc.tokens[j - 1].text != "и"):
                        break  # a name after the phrase: "по Москве | Юрия Девяткина"
                    nouns += 1
                elif case not in cases and case != "Gen":
                    break
            elif not (token.text == "и" and nouns and j + 1 < len(doc.tokens)
                      and doc.tokens[j + 1].pos in _TAIL_WORD_POS):
                if not (token.text == "," and nouns and j + 1 < len(doc.tokens)
                        and doc.tokens[j + 1].pos in _TAIL_WORD_POS and doc.tokens[j + 1].feats.get("Case") in cases):
                    break  # a comma only between coordinated words: "по природным ресурсам, собственности и …"
            j += 1
        while j > k + 1 and doc.tokens[j - 1].pos != "NOUN" and doc.tokens[j - 1].pos != "PROPN":
            j -= 1  # end on a noun
        if not nouns or "\n" in doc.text[doc.tokens[first].start:doc.tokens[j - 1].stop]:
            break
        end = k = j
    return end


def _lemma(token) -> str:
    return (token.lemma or token.text.lower()).replace("ё", "е")


def _place_tail(doc: Doc, spans: list[RawSpan], last: int) -> int:
    """Index one past "по <place>" when a place name found by the tagger starts right after
    "по" ("УФСБ по | Свердловской области", "МВД по | Республике Татарстан"), or `last`."""
    if last + 1 >= len(doc.tokens) or _lemma(doc.tokens[last]) != "по":
        return last
    start = doc.tokens[last + 1].start
    place = next((s for s in spans if s.type in ("LOC", "GPE") and s.start == start), None)
    if place is None or "\n" in doc.text[doc.tokens[last].start:place.stop]:
        return last
    _, stop = doc.token_span(place.start, place.stop)
    return stop


# Abbreviated names of a body's units that take the body's name after them: "ГУ МЧС",
# "ГСУ СК по Москве", "ТУ Росимущества".
UNIT_ABBREVIATIONS = frozenset({"гу", "гсу", "су", "ту", "уу"})


def join_unit_abbreviations(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A unit's abbreviation tagged apart from the body named right after it becomes one
    name with it; the body's own name stays inside as its core."""
    out = list(spans)
    for unit in spans:
        if unit.type != "ORG" or doc.text[unit.start:unit.stop].lower() not in UNIT_ABBREVIATIONS:
            continue
        body = max((s for s in spans if s.type == "ORG" and s.start == unit.stop + 1
                    and doc.text[unit.stop] == " "), key=lambda s: s.stop, default=None)
        if body is None:
            continue
        out = [s for s in out if s is not unit]
        out.append(RawSpan(unit.start, body.stop, "ORG", unit.source))
        body.type = "ORG_CORE"
    return sorted(out, key=lambda s: (s.start, -s.stop))


def extend_org_with_name_tail(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """An institution's name followed by "по …"/"при …"/"против …" takes the
    tail in; the short name stays as ORG_CORE and names inside the tail stay
    mentions of their own (nested, as NEREL annotates them)."""
    extra = []
    for span in spans:
        if span.type != "ORG":
            continue
        first, last = doc.token_span(span.start, span.stop)
        if first >= last or last >= len(doc.tokens) or doc.text[span.stop:doc.tokens[last].start] != " ":
            continue
        head = doc.tokens[first]
        outer = first - 1
        outer_head = (outer >= 0 and doc.tokens[outer].text.islower()
                      and _lemma(doc.tokens[outer]) in INSTITUTION_HEADS)
        institution = outer_head or _lemma(head) in INSTITUTION_HEADS
        if not institution and head.text.lower().replace("ё", "е") not in BRANCH_ABBREVIATIONS:
            continue
        end = _place_tail(doc, spans, last) if not institution else last
        if end == last:
            end = _name_tail(doc, first, last, places_only=not institution)
        if end == last:
            continue
        if outer_head:
            # "комитета | Совета Федерации | по экономической политике": the
            # tail names the outer body, the inner name is another organisation.
            # A name the tagger ended on the outer head ("Главного управления | МВД |
            # по Самарской области") is that body's: it grows to the tail's end.
            start = doc.tokens[outer].start
            opening = next((s for s in spans if s.type == "ORG" and s.stop == doc.tokens[outer].stop
                            and s.start < start), None)
            if opening is not None:
                start, opening.type = opening.start, ""
            extra.append(RawSpan(start, doc.tokens[end - 1].stop, "ORG", span.source))
        else:
            extra.append(RawSpan(span.start, doc.tokens[end - 1].stop, "ORG", span.source))
            if any(s.type == "ORG_CORE" and s.start == span.start for s in spans):
                span.type = ""  # "Совет при президенте | РФ": its short name is already the core
            else:
                span.type = "ORG_CORE"
    return [s for s in spans if s.type] + extra


def balance_quotes(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """«Исламское государство» with one guillemet lost at the edge: take the
    closing quote that follows, or drop a dangling one."""
    for span in spans:
        text = doc.text[span.start:span.stop]
        for left, right in (("«", "»"), ("„", "“"), ('"', '"')):
            if left == right:
                if text.count(left) % 2 and doc.text[span.stop:span.stop + 1] == right:
                    span.stop += 1
                continue
            if text.count(left) > text.count(right):
                if doc.text[span.stop:span.stop + 1] == right:
                    span.stop += 1
                elif text.startswith(left):
                    span.start += 1
            elif text.count(right) > text.count(left) and text.endswith(right):
                span.stop -= 1
    return [s for s in spans if s.stop > s.start]


PROPAGATED = frozenset({"ORG"})  # persons and places: tried on NEREL train, no gain
MIN_PROPAGATED_CHARS = 3


def _key(doc: Doc, first: int, last: int) -> tuple[str, ...]:
    return tuple((t.lemma or t.text).lower().replace("ё", "е") for t in doc.tokens[first:last])


def propagate_within_doc(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A name tagged once is the same name elsewhere in the document: the
    tagger misses repeats of organisation names ("Кировлеса", "Amazon").
    Matching is by lemma sequence; for types in PROPAGATED only (a person
    propagates its surname — the last word — if enabled).  Names seen with
    two types are left alone."""
    keys: dict[tuple[str, ...], set[str]] = {}
    for span in spans:
        if span.type not in PROPAGATED:
            continue
        first, last = doc.token_span(span.start, span.stop)
        if span.type == "PER":
            first = last - 1
        token = doc.tokens[first] if first < last else None
        if token is None or not token.text[:1].isupper() or span.stop - token.start < MIN_PROPAGATED_CHARS:
            continue
        keys.setdefault(_key(doc, first, last), set()).add(span.type)
    wanted = {k: types.pop() for k, types in keys.items() if len(types) == 1}
    if not wanted:
        return spans
    covered = [False] * len(doc.tokens)
    for span in spans:
        first, last = doc.token_span(span.start, span.stop)
        for i in range(first, last):
            covered[i] = True
    lengths = sorted({len(k) for k in wanted}, reverse=True)
    added = []
    i = 0
    while i < len(doc.tokens):
        step = 1
        if not covered[i] and doc.tokens[i].text[:1].isupper():
            for n in lengths:
                if i + n <= len(doc.tokens) and not any(covered[i:i + n]) and _key(doc, i, i + n) in wanted:
                    type_ = wanted[_key(doc, i, i + n)]
                    added.append(RawSpan(doc.tokens[i].start, doc.tokens[i + n - 1].stop, type_, "propagate"))
                    step = n
                    break
        i += step
    return spans + added


def split_at_sentences(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A name never runs across a sentence boundary: a title without a full
    stop ("… прибыл на Кипр | Фрегат …") or a glued stop makes the tagger
    join the last word of one sentence to the first of the next."""
    out = []
    for span in spans:
        cuts = [s.start for s in doc.sentences if span.start < s.start < span.stop]
        edges = [span.start] + cuts + [span.stop]
        for left, right in zip(edges, edges[1:]):
            piece = doc.text[left:right]
            left, right = left + len(piece) - len(piece.lstrip()), left + len(piece.rstrip())
            if right > left:
                out.append(RawSpan(left, right, span.type, span.source))
    return out


def split_stacked_quoted_names(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """"Офис «Башинформа» Медиахолдинг «Башинформ»": a caption line run into
    the sentence gives two descriptor + quoted-name groups in one ORG span.
    A capitalised common noun right after a closing quote, with another quoted
    name after it, starts a second name."""
    out = []
    for span in spans:
        first, last = doc.token_span(span.start, span.stop)
        cut = next((k for k in range(first + 1, last - 1)
                    if span.type == "ORG" and doc.tokens[k - 1].text == "»" and doc.tokens[k].text[:1].isupper()
                    and doc.tokens[k].pos == "NOUN" and doc.text.find("«", doc.tokens[k].stop, span.stop) >= 0), None)
        if cut is None:
            out.append(span)
            continue
        out.append(RawSpan(span.start, doc.tokens[cut - 1].stop, span.type, span.source))
        out.append(RawSpan(doc.tokens[cut].start, span.stop, span.type, span.source))
    return out


def extend_org_with_capitalised_modifier(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """"Объединенной | судостроительной корпорации": a capitalised adjective or participle in the
    name's case right before an organisation's name, inside a sentence, is the name's first word
    (the tagger reads the participle as a verb and leaves it out)."""
    for span in spans:
        if span.type != "ORG":
            continue
        first, _ = doc.token_span(span.start, span.stop)
        if first < 1 or first >= len(doc.tokens):
            continue
        before, head = doc.tokens[first - 1], doc.tokens[first]
        sentence = doc.sentence_at(before.start)
        if sentence is None or doc.sentences[sentence].start == before.start:
            continue  # a sentence's first word is capitalised anyway
        if (before.text[:1].isupper() and not before.text.isupper() and before.pos in ("ADJ", "VERB")
                and before.feats.get("Case") and before.feats.get("Case") == head.feats.get("Case")
                and head.text[:1].islower() and doc.text[before.stop:head.start] == " "):
            span.start = before.start
    return spans


# A social-network handle ("– написал @Kornilov1968"): not after a word character (an e-mail address).
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,}(?:\.[A-Za-z0-9_]+)*")


def add_social_handles(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """Handles are names of the account's owner: the tagger leaves them out or cuts them
    at the "@".  Typed PER, the commonest owner; a span the tagger put over one is replaced."""
    handles = [RawSpan(m.start(), m.end(), "PER", "handle") for m in _HANDLE.finditer(doc.text)]
    if not handles:
        return spans
    kept = [s for s in spans if not any(s.start < h.stop and h.start < s.stop for h in handles)]
    return sorted(kept + handles, key=lambda s: (s.start, -s.stop))


# "(USADA)", "(Space Adventures)", "(СКП)": a Latin-script name or an
# abbreviation in parentheses.
_PAREN_ALIAS = re.compile(r" ?\(([A-Z][A-Za-z0-9&.'’ -]{0,58}[A-Za-z0-9.]|[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{1,9})\)")
# Abbreviations of states: "(США)" after an organisation says whose it is.
STATE_ABBREVIATIONS = frozenset({"США", "РФ", "КНР", "КНДР", "ОАЭ", "ЮАР", "ФРГ", "ГДР", "СССР", "ЕС", "USA", "UK",
                                 "UAE", "US", "EU", "PRC", "DPRK"})


def parenthesised_org_alias(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    """A foreign name or an abbreviation in parentheses right after an
    organisation names the same organisation: "Антидопинговое агентство США
    (USADA)", "фирма «Спейс адвентчерс» (Space Adventures)".  The tagger
    misses it or calls an abbreviation a place; a person's name there is left alone."""
    added = []
    for org in spans:
        if org.type != "ORG":
            continue
        stop = org.stop + (1 if doc.text[org.stop:org.stop + 1] in "»\"“" else 0)
        match = _PAREN_ALIAS.match(doc.text, stop)
        if match is None or match.group(1) in STATE_ABBREVIATIONS:
            continue
        start, end = match.span(1)
        inside = [s for s in spans if s.start < end and start < s.stop]
        if not inside:
            added.append(RawSpan(start, end, "ORG", "rule"))
        for span in inside:
            if (span.start, span.stop) == (start, end) and span.type in ("LOC", "GPE"):
                span.type = "ORG"
    return spans + added


RULES = [split_at_sentences, split_stacked_quoted_names,
         strip_quotes_and_dashes, split_parenthesis, split_bullets, strip_quotes_and_dashes,
         strip_doubled_apostrophes,
         trim_leading_function_words, drop_time_words, drop_common_nouns, cut_place_at_preposition,
         kremlin_is_org, merge_adjacent_persons, balance_quotes, add_quoted_org_names, quoted_place_is_org,
         propagate_within_doc, drop_named_vehicles, extend_org_with_place,
         extend_org_with_name_tail, join_unit_abbreviations, extend_org_with_capitalised_modifier,
         add_social_handles, parenthesised_org_alias]


# Nouns after which a person's name names a place or a thing ("улица
# Александра Невского", "премия Кирилла Серебренникова" stays the tagger's).
_COMMEMORATING = frozenset({
    "улица", "площадь", "проспект", "переулок", "бульвар", "набережная", "шоссе", "проезд", "станция",
    "метро", "имя", "им", "район", "парк", "сквер", "аэропорт", "мост", "церковь", "собор", "храм",
    "монастырь", "лавра", "памятник", "музей", "театр", "университет", "институт", "школа", "завод",
    "фонд", "премия", "орден", "медаль", "корабль", "пароход", "ледокол", "фестиваль", "стадион", "лицей",
})


def _grammemes(vocab, word: str) -> list[set[str]]:
    return [set(str(p.tag).replace(" ", ",").split(",")) for p in vocab.parse(word.lower())]


def persons_by_name_grammar(doc: Doc, spans: list[RawSpan], vocab) -> list[RawSpan]:
    """"Ивану Сабурову" tagged as a place or an organisation: a first name
    the dictionary knows followed by a surname (or a "-ский" adjective) in
    the same case is a person (not after "улица", "имени", "премия" …)."""
    for span in spans:
        if span.type not in ("LOC", "ORG") or span.source != "ner":
            continue
        first, last = doc.token_span(span.start, span.stop)
        if last - first != 2 or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha()
                                         for t in doc.tokens[first:last]):
            continue
        if first > 0 and _lemma(doc.tokens[first - 1]).strip(".") in _COMMEMORATING:
            continue
        given = _grammemes(vocab, doc.tokens[first].text)
        family = _grammemes(vocab, doc.tokens[first + 1].text)
        if not given or "Geox" in given[0] or "Orgn" in given[0]:
            continue
        for name in (g for g in given if "Name" in g):
            cases = name & {"nomn", "gent", "datv", "accs", "ablt", "loct"}
            if any(cases & f and ("Surn" in f or ("ADJF" in f and doc.tokens[first + 1].text.endswith(("ский", "цкий"))))
                   for f in family):
                span.type = "PER"
                break
    return spans


def apply_rules(doc: Doc, spans: list[RawSpan]) -> list[RawSpan]:
    for rule in RULES:
        spans = rule(doc, spans)
    return spans
