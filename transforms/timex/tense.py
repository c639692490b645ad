"""The tense a time expression is read in: the governing verb's tense, aspect and modality, with
cues for expectations ("is due", "payable") and deadlines seen from the past perfect.

Decides which occurrence of an underspecified date ("Monday", "Feb. 3") a sentence points to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.lexicons.time import (
    DEADLINE_PREPOSITIONS,
    FUTURE_CUES,
    FUTURE_VERBS,
    PAST_CUES,
)
from transforms.timex.calendar import Tense

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(len(span.doc)):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _in_past_perfect(verbs: list[Token]) -> bool:
    """'had been scheduled to expire', 'had filed': a viewpoint already in the past."""
    return any(aux.lower_ in ("had", "'d") for verb in verbs for aux in _auxiliaries(verb))


def _expectation_tense(candidate: Token) -> Tense | None:
    """'plans to', 'is expected to', 'will try': the future. A plan reported in the past
    ('planned a rally for Saturday', 'was scheduled to open Monday') says nothing about whether
    its date has come yet, so the nearer occurrence is the best guess."""
    auxiliaries = _auxiliaries(candidate)
    if any(aux.lower_ in _FUTURE_AUX for aux in auxiliaries):
        return "future"
    if candidate.lemma_ not in FUTURE_VERBS:
        return None
    past_form = candidate.tag_ == "VBD" or (
        candidate.tag_ == "VBN" and not any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries)
    )
    return "present" if past_form else "future"


def _is_to_infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and any(aux.lower_ == "to" for aux in _auxiliaries(verb))


def sentence_tense(span: Span) -> Tense:
    """Past, present or future, read from the verb the expression hangs off and its auxiliaries."""
    before = [token.lower_ for token in span.doc[max(span.start - 3, 0) : span.start]]
    verb = _governing_verb(span)
    verbs = [verb] if verb is not None else []
    if (
        verb is not None
        and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj")
        and verb.head is not verb
    ):
        verbs.append(verb.head)  # "will try to meet Monday", "is expected to arrive Monday"
        if verb.head.dep_ == "acomp" and verb.head.head is not verb.head:
            verbs.append(verb.head.head)  # "had been due to expire": the tense is on "been"
    # the cue nearest the expression decides: "detained by Iran since May" looks back
    for word in reversed(before):
        if word in FUTURE_CUES or word in DEADLINE_PREPOSITIONS:
            # "had been due to expire Friday", "had filed by Wednesday": a deadline seen from a
            # viewpoint already in the past, which may or may not have passed
            return "present" if _in_past_perfect(verbs) else "future"
        if word in PAST_CUES:
            return "past"
    if verb is None:
        return "past"
    for candidate in verbs:
        expectation = _expectation_tense(candidate)
        if expectation is not None:
            return expectation
        if candidate is not verb and (
            candidate.lower_ == "going"  # "going to meet Monday"
            # "is to resume trading Tuesday"
            or (_is_to_infinitive(verb) and candidate.lemma_ == "be" and candidate.tag_ != "VBD")
        ):
            return "future"
    if any(aux.tag_ == "MD" for aux in _auxiliaries(verb)):
        return "present"
    if (
        verb.tag_ == "VBG"
        and not _auxiliaries(verb)
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        verb = verb.head
    if verb.tag_ in ("VBD", "VBN") or any(
        aux.tag_ == "VBD" or aux.lower_ in ("has", "have") for aux in _auxiliaries(verb)
    ):
        return "past"
    if _is_possessive(span):
        # "a premium over Thursday's closing price", "after Wednesday's ruling": a day whose
        # price or ruling is already a fact
        return "past"
    return "present"


def _is_possessive(span: Span) -> bool:
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return span[-1].tag_ == "POS" or (following is not None and following.tag_ == "POS")
