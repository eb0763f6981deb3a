"""Round 37 table tests, made-up sentences (mechanisms of the misses of the blind set
gold/quotes-dev4):
- an institution named only by its class noun ("прокуратура", "разведка", "контрразведка")
  reports a topic ("сообщила о …") and accuses ("обвинила X в Y") like a named one;
- a woman's name the name layer misreads as a man's genitive ("профессор … Анча Баранова",
  normal form "Анча Баранов") still names the head of its phrase - the speaker is that
  person, not another professor of the text;
- a bare "чиновник" right after a quote of an unnamed official ("Представитель МИД …") is
  that official (none when the text named a person in between);
- a "-ся" cue in a past tense of a gender ("поинтересовался у губернатора Путин") takes the
  nominative person after it when the parse lost its subject;
- a group's "из"-phrase naming an organisation or place ("Биологи из Оксфорда") stays in the
  name "они"/"их" gets; other prepositional phrases ("в четверг") do not;
- a straight quotation mark glued between a sentence's stop and a capital letter
  ('аккредитацию."Мы …') opens a quote (paragraphs a scraper glued together);
- a name in guillemets keeps its prepositional words ("организация «Репортеры без границ»");
- an institution's field in two conjoined genitives stays whole ("Министерство труда и
  социальной защиты", "НИИ вакцин и сывороток"), an acronym keeps its capitals ("НИИ", not
  "Нии"); not when the conjunct brings a country along, nor the head's own conjuncts."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    ("class noun reports a topic: 'прокуратура сообщила о'",
     "",
     "Вчера вечером районная прокуратура сообщила о задержании двух подозреваемых в поджоге склада.",
     "задержании двух подозреваемых в поджоге склада", "районная прокуратура"),
    ("class noun reports a topic: 'разведка заявила о'",
     "",
     "Накануне британская разведка заявила о росте числа кибератак на энергетические компании.",
     "росте числа кибератак на энергетические компании", "британская разведка"),
    ("class noun accuses: 'контрразведка обвинила X в Y'",
     "",
     "Французская контрразведка обвинила телеканал в распространении недостоверных сведений.",
     "телеканал в распространении недостоверных сведений", "Французская контрразведка"),
    ("a woman's name read as a man's genitive still names the phrase's head",
     "",
     "«Данных пока мало», – заключает профессор Ирина Лядова.\n\n"
     "Хотя доцент кафедры генетики в Университете Джорджа Мэнсона Анча Баранова высказывает сомнение, "
     "что эффект удастся доказать на взрослых.",
     # (mC27) the name in apposition to the nominative "доцент" keeps its written nominative: no "Анча Баранов"
     "эффект удастся доказать на взрослых", "Анча Баранова"),
    ("'чиновник' after a quote of an unnamed ministry official",
     "",
     "Представитель министерства финансов Чили опроверг сообщения о том, что бюджет будет сокращен. "
     "«Все социальные программы сохранятся», – сказал чиновник.",
     "Все социальные программы сохранятся", "Представитель министерства финансов Чили"),
    ("guard: 'чиновник' after a person the text named since",
     "",
     "Представитель министерства финансов Чили опроверг сообщения о том, что бюджет будет сокращен. "
     "Вечером выступил вице-министр Хорхе Перес. «Все социальные программы сохранятся», – сказал чиновник.",
     "Все социальные программы сохранятся", "чиновник"),
    ("'-ся' cue with its subject after an addressee",
     "",
     "Глава области Игорь Смирнов встретился с президентом.\n\n"
     "«Как идет строительство школ?» – поинтересовался у губернатора Путин.",
     "Как идет строительство школ?", "Владимир Путин"),
    ("a group's 'из'-phrase with a place stays in the name 'они' gets",
     "",
     "Биологи из Оксфорда изучили статистику прививок. Они считают, что число заболевших снизилось вдвое.",
     "число заболевших снизилось вдвое", "Биологи из Оксфорда"),
    ("guard: a time phrase after the group is no part of its name",
     "",
     "Врачи в четверг изучили статистику прививок. Они считают, что число заболевших снизилось вдвое.",
     "число заболевших снизилось вдвое", "Врачи"),
    ("a straight mark glued after a stop opens a quote",
     "",
     "Посол Иван Петров прибыл в столицу в марте, после того как МИД выдал ему аккредитацию.\"Мы готовы к "
     "диалогу. Никаких условий мы не ставим\", - сказал дипломат журналистам.",
     "Мы готовы к диалогу. Никаких условий мы не ставим", "Иван Петров"),
    ("a name in guillemets keeps 'без' and its noun",
     "",
     "Международная организация «Репортеры без границ» заявила, что давление на редакции усилилось.",
     "давление на редакции усилилось", "Международная организация «Репортеры без границ»"),
    ("a name in guillemets keeps 'в' and its noun",
     "",
     "Благотворительный фонд «Помощь детям в беде» сообщил, что сбор средств завершен.",
     "сбор средств завершен", "Благотворительный фонд «Помощь детям в беде»"),
    ("a ministry's field in two conjoined genitives",
     "",
     "Министерство труда и социальной защиты сообщило, что пособия будут проиндексированы.",
     "пособия будут проиндексированы", "Министерство труда и социальной защиты"),
    ("two conjoined genitives after an acronym in the locative",
     "",
     "Как сообщили в НИИ вакцин и сывороток, испытания начнутся весной.",
     "испытания начнутся весной", "НИИ вакцин и сывороток"),
    ("guard: the head's own conjunct is no genitive field of it",
     "",
     "Пилоты и бортпроводники заявили, что забастовка продолжится.",
     # (mF33) two unnamed groups joined by "и" are one speaker (quotes-dev7 «Лоббисты и активисты»)
     "забастовка продолжится", "Пилоты и бортпроводники"),
]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round37(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
