"""Typography around quotes: quotation-mark glyphs, signature dashes, label stops, title case.

The glyph sets decide which marks open and close a quotation (`transforms.quotes.marks` builds
its pattern from them); SIGNATURE_DASHES and LABEL_STOPS delimit a speaker's name outside the
quote; TITLE_MINOR_WORDS tells a quoted title ("Profiles in Courage") from an utterance. No
words of speaking are here.
"""

from __future__ import annotations

#: Quotation-mark glyphs that open or close a quotation whatever the spacing around them
#: (straight marks and the typewriter form '' are decided by spacing alone).
OPENING_GLYPHS: frozenset[str] = frozenset({"“", "«", "„", "``"})
CLOSING_GLYPHS: frozenset[str] = frozenset({"”", "»"})
#: Marks that open or close by the spacing around them: the straight mark and typewriter ''.
SPACING_GLYPHS: frozenset[str] = frozenset({'"', "''"})
#: Every double quotation mark.
QUOTE_GLYPHS: frozenset[str] = OPENING_GLYPHS | CLOSING_GLYPHS | SPACING_GLYPHS

#: Dashes that sign a quote with its speaker's name: “…” ― Karen Lee.
SIGNATURE_DASHES: frozenset[str] = frozenset({"—", "―", "–", "-", "--"})

#: Punctuation that ends a speaker label before a colon ("HEADLINE - Ana Tembe: “…”").
LABEL_STOPS: frozenset[str] = frozenset({".", ";", "-", "—", "–", "―", "--", "(", ")"})

#: Short words that titles leave in lower case ("Profiles in Courage", "Law and Order"). A quote
#: whose other words are all capitalised is the title of a book, show or song, a slogan or a
#: sign ("Make America Great Again"), not an utterance: `partial` unless a cue presents it.
TITLE_MINOR_WORDS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "nor",
        "so",
        "yet",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "over",
        "to",
        "up",
        "with",
        "vs",
        "via",
    }
)
