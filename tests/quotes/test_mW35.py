"""mW35 (thirty-fifth session) table tests: causes of review rv35_Q mended by construction (made-up sentences).

- C3, the content of "назвать X Y": a predicate of instrumental adjectives put before the object ("назвал легитимным и
  защищенным законодательством ЕС право …") and a stated reason after the evaluation (", так как …") are content.
- C4, a frame inside a "где"-clause ("в Италии, где, по утверждению X, …") gives the words after the frame; the
  speakers' own consequence ("…, поэтому предлагают …", a verb in the speakers' number) and another group of them
  ("Одни отметили, что …, другие подметили …") end the content.
- C6, a quoted title that opens with a number after a preposition or a title noun ("в «12 стульях»", "песню «3
  сентября»") is a name, not the speaker's words: the quote stays indirect.
- C5, the addressee of a letter or petition: the dative of the letter "в котором" stands for, of the verb or the
  participle sending it, or an undeclined name after it ("направил письмо Мэй", "поданном Т.Мэй").
(mW35-nofire keeps the rules of C3, C4, C6, C10 and C11 that fired on no unread text, with their tests.)"""
from __future__ import annotations

import pytest

from quote_checks import quote_of

# (mechanism, text, the whole content of the quote, expected speaker name)
NAMING_CONTENT_CASES = [
    ("preposed coordinated instrumental predicate",
     "Министр провел встречу с профсоюзами. При всем этом он назвал легитимным и защищенным законодательством ЕС "
     "право граждан на митинги.",
     "легитимным и защищенным законодательством ЕС право граждан на митинги", "Министр"),
    ("stated reason after a quoted evaluation",
     "Директор завода Иван Сидоров назвал эту забастовку «ненужной», так как такие действия наносят вред "
     "предприятию.",
     "эту забастовку «ненужной», так как такие действия наносят вред предприятию", "Иван Сидоров"),
]


@pytest.mark.parametrize("label,text,content,expected", NAMING_CONTENT_CASES, ids=[c[0] for c in NAMING_CONTENT_CASES])
def test_mW35_naming_content(enrich, label, text, content, expected):
    quote = quote_of(enrich(text), content, label)
    assert quote.speaker is not None and quote.speaker.name == expected, label


# (mechanism, text, the whole content of the quote)
CLAUSE_EDGE_CASES = [
    ("'по утверждению' frame inside a 'где'-clause: the words after the frame",
     "Рейсы отменены в Италии и Греции, где, по утверждению главы профсоюза Ивана Петрова, протесты не сказываются "
     "на полётах.",
     "протесты не сказываются на полётах"),
    ("'поэтому' + a predicate in the speakers' number ends the content",
     "Дипломаты опасаются, что страна заблокирует рестрикции, поэтому предлагают еще подождать с голосованием.",
     "страна заблокирует рестрикции"),
    ("'поэтому' + a present plural the tagger read as a gerund",
     "Поклонники актрисы до сих пор уверены, что Петров разбил Ивановой сердце, поэтому не упускают случая кинуть "
     "камень в его огород.",
     "Петров разбил Ивановой сердце"),
    ("'Одни отметили, что …, другие подметили …': the other group's predicate is theirs",
     "Одни отметили, что актриса для своего возраста находится в прекрасной форме, другие подметили сходство снимка "
     "с манерой позирования балерины.",
     "актриса для своего возраста находится в прекрасной форме"),
    ("a group of the impersonal speakers with its own predicate",
     "В Сети заметили, что в восстановленном варианте вместо мужчины получилась женщина, некоторые сравнили новую "
     "мозаику с работой школьника.",
     "в восстановленном варианте вместо мужчины получилась женщина"),
]

# Guards: the content's own consequence (its own subject, or the content's number) stays content.
CLAUSE_EDGE_GUARDS = [
    ("a consequence with its own subject",
     "Эксперты сообщили, что цены выросли, поэтому покупатели отказываются от покупок.",
     "цены выросли, поэтому покупатели отказываются от покупок"),
    ("a consequence in the content's number",
     "Министр сказал, что рабочие бастуют, поэтому заводы стоят.",
     "рабочие бастуют, поэтому заводы стоят"),
]


@pytest.mark.parametrize("label,text,content", CLAUSE_EDGE_CASES, ids=[c[0] for c in CLAUSE_EDGE_CASES])
def test_mW35_clause_edge(enrich, label, text, content):
    quote_of(enrich(text), content, label)


@pytest.mark.parametrize("label,text,content", CLAUSE_EDGE_GUARDS, ids=[c[0] for c in CLAUSE_EDGE_GUARDS])
def test_mW35_clause_edge_guards(enrich, label, text, content):
    quote_of(enrich(text), content, label)


# (mechanism, text, title or None, the whole content of the quote, expected kind)
KIND_CASES = [
    ("a title opening with a number after a preposition is a name, not quoted words",
     "Критики заявили, что фильм снят как в «12 стульях».", "",
     "фильм снят как в «12 стульях»", "indirect"),
    ("a title opening with a number after a title noun",
     "Певец Иван Петров заявил, что мог бы спеть песню «3 сентября» с другими артистами.", "",
     "мог бы спеть песню «3 сентября» с другими артистами", "indirect"),
]


@pytest.mark.parametrize("label,text,title,content,kind", KIND_CASES, ids=[c[0] for c in KIND_CASES])
def test_mW35_kind(enrich, label, text, title, content, kind):
    assert quote_of(enrich(text, title=title), content, label).kind == kind, label


# (mechanism, text, the whole content of the quote, expected addressee name)
ADDRESSEE_CASES = [
    ("the dative of the letter 'в котором' stands for",
     "Министр Иван Сидоров направил письмо премьеру Петру Петрову, в котором сообщил, что уходит в отставку.",
     "уходит в отставку", "Пётр Петров"),
    ("the dative of the verb sending the letter",
     "Министр Иван Сидоров направил премьеру Петру Петрову письмо, в котором сообщил, что уходит в отставку.",
     "уходит в отставку", "Пётр Петров"),
    ("an undeclined name after the letter sent",
     "Премьер Тереза Мэй провела заседание. Министр Дэвис направил письмо Мэй, в котором сообщил, что уходит в "
     "отставку.",
     "уходит в отставку", "Тереза Мэй"),
    ("the dative of a participle of sending on the petition",
     "Премьер Петр Петров получил прошение. «Я не могу больше работать», - написал Иван Сидоров в прошении об "
     "отставке, поданном премьеру Петрову.",
     "Я не могу больше работать", "Пётр Петров"),
    ("an undeclined name after the participle of sending, tagged in another case",
     "Премьер Тереза Мэй получила прошение. «Я не могу больше работать», - написал Д.Дэвис в прошении об отставке, "
     "поданном Т.Мэй.",
     "Я не могу больше работать", "Тереза Мэй"),
]


@pytest.mark.parametrize("label,text,content,expected", ADDRESSEE_CASES, ids=[c[0] for c in ADDRESSEE_CASES])
def test_mW35_addressee_of_letter(enrich, label, text, content, expected):
    quote = quote_of(enrich(text), content, label)
    assert quote.addressee is not None and quote.addressee.name == expected, label

