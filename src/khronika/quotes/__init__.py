"""Reported speech: who said what, to whom, according to whom.

Public surface:
- `extract_quotes(doc, lexicon, registry=None, nominative=...)` - quotes of a
  parsed `Doc` (needs sentences, tokens with syntax, mentions, actors);
- the `quotes` pipeline component (registered in `component.py`);
- `headline_quotes(light_doc, lexicon, ...)` - the "Песков: …" quote of one
  related headline's light Doc (kept apart from the article's quotes);
- `Lexicon.load()` - the speech-cue lexicon in `data/speech_verbs.tsv`.

Modules: `marks` (quotation-mark spans), `cues` (lexicon), `speakers`
(speaker, pronoun and role resolution), `description_types` (which actors a
description such as "оратор" or "издание" can refer back to), `context` (the Doc as the rules read
it), `candidate` (candidate quotes from cue verbs), the rule families `direct`,
`clauses`, `frames` and `headline`, `merge` (overlapping candidates),
`attribution` (candidate -> Quote), `period` (whether the registry's role
holders hold at the article's date), `ranker` (a learned choice among a quote's
candidate speakers, fitted by `bench/speaker_fit.py` into `data/speaker_weights.json`;
used only when that file says `"enabled": true`), `extract` (runs them in order), `component`.
"""
from khronika.quotes.component import extract_quotes, headline_quotes
from khronika.quotes.cues import Lexicon

__all__ = ["Lexicon", "extract_quotes", "headline_quotes"]
