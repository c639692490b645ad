"""Pronouns and descriptions that stand for an event's actor or target.

ACTOR_PRONOUNS, POSSESSIVE_PRONOUNS and the role nouns (PERSON_ROLE_NOUNS, ORG_ROLE_NOUNS) are
resolved to an earlier mention; SPEAKER_SELF_PRONOUNS are the speaker of the quote they stand
in. The role nouns are groups of `lexicons.roles`.
"""

from __future__ import annotations

from transforms.lexicons.roles import BODY_NOUNS, COMPANY_NOUNS, OFFICE_NOUNS

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
#: Offices only: "the lawyer" or "the official" does not stand for a named actor.
PERSON_ROLE_NOUNS: frozenset[str] = OFFICE_NOUNS

#: "the company", "the ministry": definite descriptions resolved to the most recent organisation.
ORG_ROLE_NOUNS: frozenset[str] = COMPANY_NOUNS | BODY_NOUNS
