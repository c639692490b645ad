"""Name-structure word lists for entity label repair.

Lowercased. `NAME_PARTICLES` may sit inside a person's name ("Ludwig van Beethoven"), so they do
not split a PERSON span the way other lowercase words do. `KNOWN_ORGANISATIONS` are abbreviations
and names the NER model often labels as places ("U.N.") that are organisations wherever they
occur.
"""

from __future__ import annotations

NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "bin",
        "bint",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "st",
        "ul",
        "van",
        "von",
        "y",
        "zu",
    }
)

KNOWN_ORGANISATIONS: frozenset[str] = frozenset(
    {
        "u.n.",
        "un",
        "united nations",
        "eu",
        "european union",
        "nato",
        "opec",
        "gop",
        "imf",
        "wto",
        "who",
        "fifa",
        "uefa",
        "ioc",
        "osce",
        "asean",
        "african union",
        "red cross",
        "interpol",
        "kremlin",
        "pentagon",
        "white house",
        "nasdaq",
        "nymex",
    }
)
