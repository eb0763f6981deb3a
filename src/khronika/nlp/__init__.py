"""nlp/: the Doc, the pipeline and the enrichment components.

Components (registered in `components.py`, run in `pipeline.DEFAULT_ORDER`):
    segment  sentences and tokens, per part (razdel)
    morph    POS, UD features, lemma (Slovnet morph + pymorphy)
    syntax   head (index into Doc.tokens, -1 for roots) and UD relation
    ner      mentions: Slovnet NER + post-rules (`ner_rules`), registry
             gazetteer, geo-adjectives (`geo`), "посольство США"-style
             organisations (`org_descriptors`), normal forms
    actors   canonical actors (`actors`): registry ids, surname coreference,
             appositive roles, ROLE mentions for bare roles
    times    time expressions resolved against `published` (`times`)
    related  one light Doc per related headline

Helpers other rooms may reuse (no model loading of their own):
    roles.resolve_role(doc, registry, "президент России") -> actor id
    roles.antecedent(doc, offset)                          -> nearest earlier actor
    roles.role_before / role_after                         -> role phrase at a token
    actors.actor_at(doc, start, stop)                      -> actor of a span
    components.registry(resources)                         -> the loaded Registry
    registry.unknown_actor_id(type, normal)                -> "x:per:..." ids

Natasha/Slovnet/razdel objects never leave `natasha_adapter.py` and
`slovnet_packed.py` (Slovnet's models run over whole documents).
"""
