"""mP34 (thirty-fourth session) table tests: the design sets' wrong speakers mended by construction.

- A "как"-clause of naming after a quotation ("«парк будущего», как назвал сквер мэр X") gives the quoted name to
  the clause's subject, not the sentence around it; with no quotation before it ("или, как его здесь называют,
  Яна Веллена") or no one naming ("как неофициально называют …": a current name) it reports nothing.
- A partitive subject "один/одна из X" before the cue is its subject even when the parse hangs it on another verb
  (before: the latest person of the verb's gender, "Тогда одна из них сообщила" read as Асия Биби).
- A nominative name right before a cue verb the parse left without a subject is its subject ("Отставку главы
  ГРУ «Коммерсантъ» объяснил тем, что …"), not the latest person of the verb's gender.
- The scorer reads "A, B и C" and "A, B, C" as the same list of speakers, and "официальный представитель X" as
  the "представитель X".
Sentences are made up or taken from design sets and unread text."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
NAMING_ASIDE_CASES = [
    ("a quoted name before 'как назвал X'",
     'В Москве открылся «парк будущего», как назвал новый сквер мэр Сергей Собянин.',
     'парк будущего', 'Сергей Собянин'),
    ("quotes-dev9: 'как назвали … авторы', the sentence's subject parsed on the naming verb",
     'На первом этапе доступ к «коробке с письмами», как назвали новый универсальный ящик авторы, будет '
     'осуществляться только по приглашениям.',
     'коробке с письмами', 'авторы'),
]


@pytest.mark.parametrize("label,text,content,expected", NAMING_ASIDE_CASES, ids=[c[0] for c in NAMING_ASIDE_CASES])
def test_mP34_naming_aside(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may hold)
NAMING_ASIDE_NOTHING = [
    ("the unread text's 'или, как его здесь просто называют, Яна Веллена': no quotation, the author's words",
     'Дюссельдорф продолжает праздновать 350-летие своего курфюрста Иоганна Вильгельма, или, как его здесь '
     'просто называют, Яна Веллена.',
     'праздновать'),
    ("guard: a current name no one gives ('как неофициально называют')",
     'Ракетоносец, или «убийца авианосцев», как неофициально называют подводную лодку, станет участником парада.',
     'убийца авианосцев'),
]


@pytest.mark.parametrize("label,text,absent", NAMING_ASIDE_NOTHING, ids=[c[0] for c in NAMING_ASIDE_NOTHING])
def test_mP34_naming_aside_reports_nothing(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, content of the quote, expected speaker name; None = unknown)
PARTITIVE_CASES = [
    ("the unread text's 'Тогда одна из них сообщила' hung on the content's verb: not the latest woman",
     'В перерыве Асия Биби выпила воды из кувшина. Тех, кто рисковал замолвить за нее словечко, как правило, '
     'убивали. Тогда одна из них сообщила, что «нечистая христианка» не может пить из той же посуды.',
     # (nF38) now the description itself, the gold's own wording for this sentence (gold/quotes asia_bibi 107)
     '«нечистая христианка» не может пить из той же посуды', 'одна из них'),
    ("the unread text's 'один из активных участников Википедии утверждал' hung on an earlier verb",
     'Основатель Википедии Джимми Уэйлс предложил проверять дипломы редакторов. Вся эта история с проверкой '
     'дипломов началась после того, как выяснилось, что один из активных участников Википедии утверждал, что '
     'он профессор Католического права.',
     'он профессор Католического права', 'один из активных участников Википедии'),
]


@pytest.mark.parametrize("label,text,content,expected", PARTITIVE_CASES, ids=[c[0] for c in PARTITIVE_CASES])
def test_mP34_partitive_subject(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name; None = unknown)
NAME_BEFORE_CUE_CASES = [
    ("the unread text's fronted object, then '«Коммерсантъ» объяснил тем, что'",
     'Генерал Александр Сидоров освобожден от должности. Отставку главы ГРУ «Коммерсантъ» объяснил тем, '
     'что в апреле президент поручил чиновникам покинуть советы директоров.',
     'в апреле президент поручил чиновникам покинуть советы директоров', 'Коммерсантъ'),
    ("guard: the pool text's impersonal 'в соцсети «ВКонтакте» указывается'",
     'Роскомнадзор предупредил об опасности пиратских ссылок. В сообщении Роскомнадзора в соцсети «ВКонтакте» '
     'указывается, что «под прикрытием ссылок могут скрываться 33 типа угроз».',
     'под прикрытием ссылок могут скрываться 33 типа угроз', 'Роскомнадзор'),
    ("guard: a subject the parse found stays",
     'Генерал Александр Сидоров освобожден от должности. Отставку генерала министр Петр Иванов объяснил тем, что '
     'он достиг предельного возраста.',
     'он достиг предельного возраста', 'Пётр Иванов'),
]


@pytest.mark.parametrize("label,text,content,expected", NAME_BEFORE_CUE_CASES,
                         ids=[c[0] for c in NAME_BEFORE_CUE_CASES])
def test_mP34_name_right_before_cue(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.fixture(scope="module")
def matcher():
    from khronika.eval.quotes import default_matcher
    return default_matcher()


# (gold speaker, system speaker name, same)
LIST_CASES = [
    ("Валерий Сюткин, Сергей Шнуров, Константин Меладзе", "Валерий Сюткин, Сергей Шнуров и Константин Меладзе", True),
    ("Pfizer и BioNTech", "Pfizer, BioNTech", True),
    ("Pfizer и BioNTech", "Pfizer", False),
    ("Валерий Сюткин, Сергей Шнуров, Константин Меладзе", "Валерий Сюткин и Сергей Шнуров", False),
    # quotes-dev7: "официальный" qualifies the post, the spokesman is the same
    ("официальный представитель премьер-министра Великобритании", "представитель премьера", True),
    ("дочь Анджея Дуды", "Анджей Дуда", False),
]


@pytest.mark.parametrize("gold,system,same", LIST_CASES, ids=[f"{c[0]} ~ {c[1]}" for c in LIST_CASES])
def test_mP34_scorer_lists(matcher, gold, system, same):
    from khronika.nlp.doc import SpeakerRef
    assert matcher.same(gold, SpeakerRef(None, system, system, 0, len(system))) is same
