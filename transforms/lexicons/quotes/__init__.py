"""Word lists for quote extraction, one module per concern; import each list from its module.

- `speech`: verbs of speaking that cue direct quotes, continuation cues, lemma repairs.
- `beliefs`: verbs of belief and intention (a clause or an infinitive is the content).
- `objects`: verbs whose object is the content, and the senses in which it is not.
- `phrases`: cues built on a preposition, a noun or an adjective.
- `speakers`: pronouns, role nouns and labels that name (or rule out) a speaker.
- `marks`: quotation-mark glyphs, signature dashes, label stops, title-case minor words.

Numeric thresholds are in `transforms.quotes.settings`, not here.
"""
