"""Word lists for event extraction, one module per concern; import each list from its module.

- `plover`: the event types (PLOVER's and newsetl's), loaded into the `event_types` table.
- `triggers`: verb and noun lemmas mapped to (event type, PLOVER mode or None).
- `objects`: triggers coded by their object (person objects, light verbs, recoded objects).
- `threats`: when a warning is a threat; types that borrow from the action they announce.
- `senses`: senses in which a trigger word is no event, or not a second one.
- `modality`: hypothetical, negated, future and counterfactual markers.
- `participants`: prepositions and group nouns for targets, agents and places.
- `actors`: pronouns and role nouns resolved to an earlier mention.

Thresholds are in `transforms.events.settings`; the behaviour is specified in docs/events.md.
"""
