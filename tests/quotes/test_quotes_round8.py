"""Round 8 table tests: a description joined to the name it was introduced with
("дочь погибшей Мария … Дочь актрисы", "Чиновник мэрии X … Чиновник"), a
capitalised description opening a sentence ("Монарх"), first-person
descriptions ("мой кузен") that are never the story's people, the subject's
gender shown by its own verb ("кандидат … вышла …, объявила"), and an
organisation class noun referring back to the organisation introduced with it
("телекомпании НВО … в заявлении телекомпании").  Made-up sentences, none
taken from a document; each case names its mechanism."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a relative noun repeats the noun a person was introduced with in apposition",
     "В суде выступила дочь погибшей Мария.\n\nДочь актрисы утверждает, что брат был агрессивным.",
     "брат был агрессивным", "Мария"),
    ("an indefinite noun repeats the noun a person was introduced with in apposition (guard)",
     "Чиновник мэрии Иван Петров выступил в Думе. Чиновник заявил, что бюджет будет исполнен.",
     "бюджет будет исполнен", "Иван Петров"),
    ("a modifier of a new referent keeps the description",
     "Представитель полиции Сергей Иванов подтвердил эту информацию. Другой представитель заявил, "
     "что дело закрыто.",
     "дело закрыто", "Другой представитель"),
    ("a possessive pronoun makes a relative, not the person introduced with the noun",
     "Дочь погибшей Мария выступила в суде. Певица Анна Смирнова пришла на заседание. Её дочь заявила, "
     "что мать не виновата.",
     "мать не виновата", "дочь Анны Смирновой"),
    ("a possessive pronoun keeps a post's holder introduced with the role (guard)",
     "Заголовок\n\nПресс-секретарь президента Дмитрий Песков провел брифинг. Его пресс-секретарь заявил, "
     "что встреча состоится.",
     "встреча состоится", "Дмитрий Песков"),
    ("a capitalised person noun opening a sentence is a description, not a name",
     "Накануне король Бельгии Иван Петров выступил с обращением. Он поблагодарил народ за поддержку. "
     "Монарх также призвал граждан к единству, подчеркнув: «Давайте верить в Европу».",
     "Давайте верить в Европу", "Иван Петров"),
    ("a first-person description is someone the speaker knows, never a person of the story",
     "Заголовок\n\nСтэн Петерсон рассказал однажды, как они познакомились:\n"
     "Когда я был молод, я мечтал о другой жизни. Когда я вернулся из армии, мой кузен сказал мне, "
     "что знает одну модель из лавки.",
     "знает одну модель из лавки", "мой кузен"),
    ("the subject's gender is the one its own verb shows, not the noun's",
     "Политик Анна Смирнова провела встречу. Через час кандидат в президенты вышла к журналистам из "
     "квартиры своей дочери Марии, объявила: «Я чувствую себя прекрасно!» и уехала.",
     "Я чувствую себя прекрасно!", "кандидат"),
    ("an organisation class noun refers back to the organisation introduced with it",
     "Заголовок\n\nАктёр Иван Петров работал над ролью в сериале телекомпании НВО.\n\n"
     "«Мы все испытываем шок и печаль в связи с потерей дорогого члена нашей семьи», — говорится в "
     "заявлении телекомпании.",
     "Мы все испытываем шок и печаль в связи с потерей дорогого члена нашей семьи", "НВО"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_round8_speaker(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker, mechanism
