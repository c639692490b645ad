"""Word lists, as data: one module per concern, each documented where it is defined.

- `quotes/`: reporting (cue) verbs and phrases, role nouns for speaker descriptions, pronouns,
  quotation marks (a package: one module per concern).
- `titles`: person titles and honorifics stripped from canonical names.
- `events/`: event types, trigger lemmas mapped to them, and the words for modality, threats,
  participants and actors (a package: one module per concern).
- `grammar`: relative and gendered pronouns, read by quotes and events alike.
- `time`: month, weekday, number and season words used by the time normaliser.

Extraction modules import these; no extraction module keeps its own word list.
"""
