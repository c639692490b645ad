"""Modality: whether an event is negated, hypothetical, counterfactual or still to come by grammar.

Reads auxiliaries, markers and the verbs that govern the trigger's clause ("denied that …",
"promised to …", "is going to …"). Does not date events (see `dating`).
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.grammar import is_to_infinitive
from transforms.lexicons.events.modality import (
    COUNTERFACTUAL_MODALS,
    DIRECTIVE_VERBS,
    FUTURE_AUXILIARIES,
    FUTURE_GOVERNORS,
    HYPOTHETICAL_MARKERS,
    IRREALIS_GOVERNORS,
    IRREALIS_NOUNS,
    NEGATING_GOVERNORS,
)

#: A noun trigger's roles in a clause whose verb can govern it: "any meeting had been planned".
_CLAUSE_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _clause_governors(token: Token) -> list[Token]:
    """The verbs whose complement the trigger's clause is, nearest first: for "denied that any
    meeting had been planned", the noun "meeting" gives [planned, denied]."""
    governors: list[Token] = []
    current = token
    if token.pos_ == "NOUN" and token.dep_ in _CLAUSE_NOUN_ROLES and token.head.i != token.i:
        current = token.head
        governors.append(current)
    while current.dep_ in ("xcomp", "ccomp", "conj") and current.head.i != current.i:
        current = current.head
        governors.append(current)
    return governors


def is_negated(token: Token) -> bool:
    if any(child.dep_ == "neg" for child in token.children):
        return True
    if any(child.lower_ in ("never", "no") for child in token.children):
        return True
    return any(g.lemma_.lower() in NEGATING_GOVERNORS for g in _clause_governors(token))


def is_counterfactual(token: Token) -> bool:
    """ "would have (never) invaded": modal + "have" + participle, so it did not happen."""
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    has_modal = any(a in COUNTERFACTUAL_MODALS for a in auxiliaries)
    return has_modal and "have" in auxiliaries and token.tag_ == "VBN"


def _purpose_of(verb: Token) -> Token | None:
    """The verb a to-infinitive of purpose hangs on: "visit" in "will visit Paris to meet X",
    whose mood and time the purpose shares."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    return verb.head if is_to_infinitive(verb) else None


def is_hypothetical(token: Token) -> bool:
    if (governor := _purpose_of(token)) is not None and is_hypothetical(governor):
        return True
    # "Iran's threat to impose sanctions": what is threatened is not done.
    irrealis_noun = token.head.lemma_.lower() in IRREALIS_NOUNS
    if token.dep_ == "acl" and is_to_infinitive(token) and irrealis_noun:
        return True
    for child in token.children:
        if child.dep_ not in ("aux", "auxpass", "mark"):
            continue
        # The lemma catches contractions: the "wo" of "won't" is "will".
        if child.lower_ in HYPOTHETICAL_MARKERS or child.lemma_.lower() in HYPOTHETICAL_MARKERS:
            return True
    current = token
    while current.dep_ in ("xcomp", "ccomp", "conj") and current.head.i != current.i:
        lemma = current.head.lemma_.lower()
        if lemma in IRREALIS_GOVERNORS:
            return True
        # Only a directive's to-infinitive: "told reporters that he met Macron" is a report.
        if current.dep_ == "xcomp" and lemma in DIRECTIVE_VERBS:
            return True
        current = current.head
    return False


def is_future_by_grammar(token: Token) -> bool:
    """Whether the grammar presents the event as still to come: a future auxiliary, also up a
    chain of to-infinitives, or a FUTURE_GOVERNORS word above it (see docs/events.md)."""
    verb = token
    while True:
        if any(
            child.dep_ in ("aux", "auxpass") and child.lemma_.lower() in FUTURE_AUXILIARIES
            for child in verb.children
        ):
            return True
        if (purpose_of := _purpose_of(verb)) is not None:
            verb = purpose_of
            continue
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        governor = verb.head
        lemma = governor.lemma_.lower()
        # "go" only as "is going to": "went to see" is past.
        if lemma in FUTURE_GOVERNORS and (lemma != "go" or governor.tag_ == "VBG"):
            return True
        verb = governor
