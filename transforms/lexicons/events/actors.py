"""Pronouns and descriptions that stand for an event's actor or target.

ACTOR_PRONOUNS, POSSESSIVE_PRONOUNS and the role nouns (PERSON_ROLE_NOUNS, ORG_ROLE_NOUNS) are
resolved to an earlier mention; SPEAKER_SELF_PRONOUNS are the speaker of the quote they stand
in. Quote speakers have their own role nouns (`lexicons.quotes.speakers`).
"""

from __future__ import annotations

#: Subject pronouns resolved to the most recent earlier mention of these types.
ACTOR_PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
}

#: In a speaker's own words, "I" and "we" are the speaker (for "we", the speaker standing for
#: their side): “We congratulate Donald Trump,” Putin said makes Putin the congratulator.
SPEAKER_SELF_PRONOUNS: frozenset[str] = frozenset({"i", "we"})
#: Possessive pronouns on an object that make its owner the target ("praised his focus"), with
#: the entity types they can stand for.
POSSESSIVE_PRONOUNS: dict[str, frozenset[str]] = {
    "his": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
}

#: "the president", "the Russian leader": definite descriptions resolved to the most recent
#: person (preferring one introduced with the description's modifier, "Russian President X").
PERSON_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "president",
        "leader",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "governor",
        "mayor",
        "senator",
        "envoy",
        "ambassador",
        "general",
        "commander",
        "secretary",
        "chairman",
        "chairwoman",
        "ceo",
        "pope",
        "dictator",
        "monarch",
    }
)
#: "the company", "the ministry": definite descriptions resolved to the most recent organisation.
ORG_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "company",
        "firm",
        "ministry",
        "agency",
        "department",
        "committee",
        "council",
        "party",
        "union",
        "bank",
        "carrier",
        "manufacturer",
        "airline",
        "automaker",
        "group",
    }
)
