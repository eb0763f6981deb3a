"""`khronika eval quotes`: the attributes of the matched quotes (q1) - kind confusion, addressee
P/R, source P/R against the reporting sources of the chain, negated/hedged agreement."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.eval.quotes import (AttributeCounts, GoldQuote, SpeakerMatcher, attribute_counts, load_gold,
                                  reporting_sources, score_attributes)
from khronika.nlp.doc import Quote, SpeakerRef

LEMMAS = {"кремля": "кремль", "макрону": "макрон", "эммануэлю": "эммануэль", "сообщении": "сообщение",
          "журналистам": "журналист", "журналисты": "журналист"}
SEED = Path(__file__).resolve().parents[2] / "examples" / "pages" / "000_seed.txt"


def matcher() -> SpeakerMatcher:
    return SpeakerMatcher(lambda w: LEMMAS.get(w, w))


def ref(name: str | None) -> SpeakerRef | None:
    return SpeakerRef(None, name, name) if name else None


def system(kind: str = "indirect", speaker: str | None = "Путин", addressee: str | None = None,
           chain: tuple[str, ...] = (), negated: bool = False, hedged: bool = False) -> Quote:
    """A system quote whose source chain is outlet, `chain`, speaker."""
    links = ["article", *chain] + ([speaker] if speaker else [])
    return Quote(text="x", kind=kind, start=0, stop=1, sentence=0, cue="сказать", speaker=ref(speaker),
                 addressee=ref(addressee), source_chain=links, negated=negated, hedged=hedged)


def gold(kind: str = "indirect", addressee: str | None = None, source: str | None = None,
         negated: bool = False, hedged: bool = False) -> GoldQuote:
    return GoldQuote("x", kind, "Путин", "Путин", "сказать", addressee, source, negated, hedged)


# (label, gold quote, system quote, attribute, expected (tp, system, gold))
CASES = [
    ("addressee: both, the same one (surname)", gold(addressee="Эммануэль Макрон"), system(addressee="Макрону"),
     "addressee", (1, 1, 1)),
    ("addressee: both, another one", gold(addressee="Эммануэль Макрон"), system(addressee="журналисты"),
     "addressee", (0, 1, 1)),
    ("addressee: gold only", gold(addressee="журналисты"), system(), "addressee", (0, 0, 1)),
    ("addressee: system only", gold(), system(addressee="журналистам"), "addressee", (0, 1, 0)),
    ("addressee: neither", gold(), system(), "addressee", (0, 0, 0)),
    ("source: the document of the chain", gold(source="сообщение Кремля"), system(chain=("сообщение Кремля",)),
     "source", (1, 1, 1)),
    ("source: one of two links", gold(source="ТАСС"), system(chain=("ТАСС", "сообщение Кремля")),
     "source", (1, 1, 1)),
    ("source: the speaker is no source", gold(source="Путин"), system(), "source", (0, 0, 1)),
    ("source: a chain without speaker ends with a source",
     gold(source="Reuters"), system(speaker=None, chain=("Reuters",)), "source", (1, 1, 1)),
    ("source: system only", gold(), system(chain=("Instagram",)), "source", (0, 1, 0)),
    ("hedged: both", gold(hedged=True), system(hedged=True), "hedged", (1, 1, 1)),
    ("hedged: gold only", gold(hedged=True), system(), "hedged", (0, 0, 1)),
    ("negated: system only", gold(), system(negated=True), "negated", (0, 1, 0)),
]


@pytest.mark.parametrize("label,g,s,attribute,expected", CASES, ids=[c[0] for c in CASES])
def test_attribute_counts(label, g, s, attribute, expected):
    c = getattr(attribute_counts(g, s, matcher()), attribute)
    assert (c.tp, c.system, c.gold) == expected, label


@pytest.mark.parametrize("chain,speaker,expected", [
    (("article", "ТАСС", "Песков"), "Песков", ["ТАСС"]),
    (("article", "Песков"), "Песков", []),
    (("article", "Reuters"), None, ["Reuters"]),
    (("article",), None, []),
])
def test_reporting_sources(chain, speaker, expected):
    quote = Quote(text="x", kind="direct", start=0, stop=1, sentence=0, cue="c", speaker=ref(speaker),
                  source_chain=list(chain))
    assert reporting_sources(quote) == expected


def test_kind_confusion_and_flag_agreement():
    golds = [gold("direct"), gold("indirect"), gold("indirect", hedged=True), gold("mixed")]
    systems = [system("direct"), system("mixed"), system("indirect"), system("mixed")]
    counts = score_attributes(golds, systems, [(0, 0), (1, 1), (2, 2), (3, 3)], matcher())
    table = counts.table()
    assert table["pairs"] == 4
    assert table["kind"]["agree"] == 3 and table["kind"]["rate"] == 0.75
    assert table["kind"]["confusion"]["indirect"] == {"direct": 0, "indirect": 1, "mixed": 1}
    assert table["hedged"]["agree"] == 3 and table["hedged"]["recall"] == 0.0
    assert table["negated"]["agree"] == 4


def test_counts_add_up():
    total = AttributeCounts()
    for g, s in [(gold(addressee="журналисты"), system(addressee="журналистам")), (gold(), system())]:
        total.add(attribute_counts(g, s, matcher()))
    assert total.pairs == 2 and (total.addressee.tp, total.addressee.system, total.addressee.gold) == (1, 1, 1)


def test_load_gold_reads_the_attributes(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"doc": {"dataset": "seed", "path": "x.txt"}, "quotes": [
        {"text": "t", "kind": "indirect", "speaker": "он", "speaker_norm": "Путин", "cue": "рассказать",
         "addressee": "Эммануэль Макрон", "source": "сообщение Кремля", "negated": False, "hedged": True},
        {"text": "u", "kind": "direct", "speaker_norm": "unknown"},
    ]}, ensure_ascii=False), encoding="utf-8")
    first, second = load_gold(tmp_path)[0].quotes
    assert (first.addressee, first.source, first.negated, first.hedged) == \
        ("Эммануэль Макрон", "сообщение Кремля", False, True)
    assert (second.addressee, second.source, second.negated, second.hedged) == (None, None, False, False)


def test_cli_prints_the_attribute_tables_after_the_scores(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    (shared / "seed").mkdir(parents=True)
    (shared / "data").mkdir()
    shutil.copy(SEED, shared / "seed" / "seed.txt")
    monkeypatch.setenv("KHRONIKA_SHARED", str(shared))
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "seed.json").write_text(json.dumps({"doc": {"dataset": "seed", "path": "seed.txt"}, "quotes": [
        {"text": "ответы США содержат «не так много поводов для оптимизма»", "kind": "indirect",
         "speaker": "Дмитрий Песков", "speaker_norm": "Дмитрий Песков", "cue": "рассказать",
         "addressee": "журналисты", "source": None, "negated": False, "hedged": False},
    ], "non_quotes": []}, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "quotes", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["scores"]["attributed/overlap"]["tp"] == 1
    attributes = data["attributes"]
    assert attributes["pairs"] == 1 and attributes["kind"]["confusion"]["indirect"]["mixed"] == 1
    assert attributes["addressee"]["gold"] == 1
    result = CliRunner().invoke(main, ["eval", "quotes", str(folder), "--attribute-misses"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.index("Quote attribution") < text.index("Quote kinds") < text.index("Quote attributes")
    assert "seed.json\tkind\tindirect\tmixed" in text
