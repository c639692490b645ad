"""Grammar tests on a spaCy dependency parse, shared by the quote and event extractors.

Each function reads one token's parse neighbourhood (children, head, tag) and answers one
question: is this clause passive, is it a to-infinitive, what is its subject, what does a
relative pronoun stand for. They hold no word lists beyond the pronouns in the lexicons and no
extractor policy; they never resolve entities (see `transforms.mentions`).
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.lexicons.grammar import RELATIVE_PRONOUNS

#: Dependencies of a clause's subject, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, active or passive ("nsubj", "nsubjpass")."""
    return [child for child in verb.children if child.dep_ in SUBJECT_DEPS]


def active_subject(verb: Token) -> Token | None:
    """The verb's first active subject ("nsubj"), if any."""
    return next((child for child in verb.children if child.dep_ == "nsubj"), None)


def has_to_marker(verb: Token) -> bool:
    """Whether "to" marks the verb as an infinitive: "plans to run", "is said to be"."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def is_to_infinitive(verb: Token) -> bool:
    """A base-form verb marked by "to" ("to discuss"), not a participle or a finite verb."""
    return verb.tag_ == "VB" and has_to_marker(verb)


def has_passive_auxiliary(verb: Token) -> bool:
    """Whether a passive auxiliary hangs on the verb: "is expected", "was named"."""
    return any(child.dep_ == "auxpass" for child in verb.children)


def is_passive_clause(verb: Token) -> bool:
    """A passive clause: a passive auxiliary or subject ("he was charged"), or a past participle
    modifying a noun ("Weber, arrested on Monday")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def first_pobj(preposition: Token) -> Token | None:
    """The first object of a preposition: "Iran" in "on Iran"."""
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def passive_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive: "analysts" in "is expected by analysts to …"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return first_pobj(child)
    return None


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause ("officials" in
    "officials who said"), through coordinated verbs ("a man who called and threatened")."""
    if pronoun.lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" and clause.head.i != clause.i else None
