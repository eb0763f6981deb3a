"""Events between actors: who did what to whom, when, where, according to whom.

- `lexicon.py`    the rule data: `data/event_lexicon.tsv` (Russian predicates and
                  nominalisations → PLOVER type, mode, argument roles), `data/plover_cameo.tsv`
                  (type/mode → CAMEO code, root, QuadClass, Goldstein), `data/event_actor_hints.tsv`
- `tree.py`       the dependency tree of one Doc as the coder walks it (`Tree`, `Found`)
- `paths.py`      role paths over the dependency parse → tokens
- `actors.py`     tokens → actors (mentions, conjuncts, pronouns, representatives, governments)
- `pronouns.py`, `groups.py`, `titles.py`, `focus.py`  pronoun antecedents, descriptive
                  groups, described persons, what the document is about
- `discourse.py`  implicit arguments through the salience model (`nlp/salience.py`):
                  unresolved pronouns, bare institution nouns ("ведомство"), quote
                  speakers for "я/мы", zero subjects, a mobilisation's adversary
- `recovery.py`   arguments the parse leaves unattached or the text implicit (round 8): active
                  verbs coordinated with passives, passives' patients from the coordination or the
                  previous sentence, "где" clauses, detached "который", the authority of a speaker's
                  title, protests against decisions, joining verbs, accused agents, visit places
- `attributes.py` negation, hypotheticality, date, place, attribution
- `coder.py`      `EventCoder.code(doc)` → `list[Event]`
- `component.py`  the `events` pipeline component (article and related headlines) and
                  `build_pipeline()` (enrichment order with events last)
- `export.py`     JSONL records and the GDELT 2.0 event-table layout (`to_gdelt_rows`)

Event types are exactly PLOVER's 16 (`lexicon.PLOVER_TYPES`).
"""
