"""Contents: the words a cue reports, as a token span.

A verb's clause, infinitive, object or prepositional object, by its kind of cue; a statement
noun's or stance adjective's that-clause, infinitive or preposition; whose statement a noun is.
The span stays in the cue's paragraph and leaves out the writer's additions. Does not build
rows or resolve speakers.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from transforms.grammar import has_passive_auxiliary, has_to_marker, subjects_of
from transforms.lexicons.quotes.beliefs import BELIEF_CUES, INTENTION_CUES
from transforms.lexicons.quotes.objects import (
    ANONYMITY_VERBS,
    ARMED_FORCE_NOUNS,
    OBJECT_CONTINUATION_DEPS,
    OBJECT_CUES,
    PHYSICAL_SENSE_CUES,
    PHYSICAL_TARGET_NOUNS,
    REGARD_AS_CUES,
    STATEMENT_OBJECT_CUES,
    UNSPOKEN_OBJECTS,
)
from transforms.lexicons.quotes.phrases import (
    ADJECTIVE_CUES,
    CUE_NOUNS,
    NOUN_PREPOSITION_CUES,
    PREPOSITION_CUES,
)
from transforms.lexicons.quotes.speech import CUE_VERBS
from transforms.quotes.cues import cue_lemma
from transforms.quotes.settings import MIN_CONTENT_TOKENS
from transforms.types import PLACE_TYPES


def _content_child(verb: Token) -> Token | None:
    """The child that carries what the verb reports: a clause for any cue ("said that …"), an
    infinitive for intentions ("plans to …"), an object for verbs that take one ("denied it")."""
    lemma = cue_lemma(verb)
    by_dep = {child.dep_: child for child in verb.children}
    clauses = [child for child in verb.children if child.dep_ == "ccomp"]
    if clauses:
        # The nearest: in "X said A, and Y said B" a parser may hang Y's report on X's cue.
        by_dep["ccomp"] = min(clauses, key=lambda clause: abs(clause.i - verb.i))
    if "ccomp" in by_dep:
        return by_dep["ccomp"]
    if "xcomp" in by_dep and lemma in INTENTION_CUES:
        return None if _asks_anonymity(by_dep["xcomp"]) else by_dep["xcomp"]
    if "xcomp" in by_dep and (lemma in CUE_VERBS or lemma in BELIEF_CUES):
        # "said legalizing it could create jobs": the parser takes a gerund subject for an
        # open complement. An infinitive ("is said to be") is not a report of this kind.
        clause = by_dep["xcomp"]
        if clause.i > verb.i and not has_to_marker(clause):
            return clause
    if "dobj" in by_dep and (lemma in OBJECT_CUES or lemma in STATEMENT_OBJECT_CUES):
        # "met on Friday to discuss defence spending": a purpose, not something said.
        if _is_purpose_clause(verb) or _acts_physically(verb, lemma):
            return None
        if by_dep["dobj"].lemma_.lower() in UNSPOKEN_OBJECTS.get(lemma, frozenset()):
            return None  # "recalled its ambassador"
        return by_dep["dobj"]
    if "dobj" in by_dep and lemma in REGARD_AS_CUES and _has_as_phrase(verb):
        return by_dep["dobj"]
    prepositions = PREPOSITION_CUES.get(lemma, ())
    if "prep" in by_dep and by_dep["prep"].lower_ in prepositions:
        objects = [child for child in by_dep["prep"].children if child.dep_ in ("pobj", "pcomp")]
        return objects[0] if objects else None
    return None


def _asks_anonymity(clause: Token) -> bool:
    return clause.lemma_.lower() in ANONYMITY_VERBS and has_passive_auxiliary(clause)


def _is_purpose_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and has_to_marker(verb)


def _acts_physically(verb: Token, lemma: str) -> bool:
    """Whether a PHYSICAL_SENSE_CUES verb has a place or an armed force for its subject, or a
    place or a thing attacked with force for its object."""
    if lemma not in PHYSICAL_SENSE_CUES:
        return False
    if any(
        s.ent_type_ in PLACE_TYPES | {"NORP"}
        or s.lower_ in ARMED_FORCE_NOUNS
        or s.lemma_.lower() in ARMED_FORCE_NOUNS
        for s in subjects_of(verb)
    ):
        return True
    return any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in PHYSICAL_TARGET_NOUNS
        for o in verb.children
    )


def _has_as_phrase(verb: Token) -> bool:
    """Whether an "as" phrase follows the verb's object: "sees the deal as a mistake"."""
    return any(child.dep_ == "prep" and child.lower_ == "as" for child in verb.rights)


def complement_span(verb: Token) -> Span | None:
    child = _content_child(verb)
    if child is None and verb.dep_ == "parataxis" and verb.lemma_.lower() in CUE_VERBS:
        # A parenthetical cue: "Bob, they said, ordered them to wait" reports its host clause.
        child = verb.head
    if child is None:
        return None
    start, end = child.left_edge.i, child.right_edge.i + 1
    doc = verb.doc
    if child.dep_ == "dobj":
        # The object with what is said about it: "accused Trump of suggesting violence"; not
        # what a comma sets off ("backed the plan, putting her at odds with …").
        for sibling in verb.rights:
            if (
                sibling.i > child.i
                and sibling.dep_ in OBJECT_CONTINUATION_DEPS
                and not _comma_between(doc, child.right_edge.i, sibling.left_edge.i)
            ):
                end = max(end, sibling.right_edge.i + 1)
    if child.dep_ == "xcomp" and has_passive_auxiliary(verb) and has_to_marker(child):
        # "The House is expected to pass the bill": what is expected is the whole clause.
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
        start = subjects[0].left_edge.i if subjects else start
    start, end = _within_paragraph(doc, start, end, verb.i)
    if child.dep_ != "dobj":
        end = _end_before_writer_additions(doc, child, start, end)
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1  # "A, and" when the parser leaves the next clause's conjunction in the content
    return doc[start:end] if end - start >= MIN_CONTENT_TOKENS else None


def _end_before_writer_additions(doc: Doc, clause: Token, start: int, end: int) -> int:
    """Where a reported clause ends before a relative clause that a comma sets off at its end:
    "said the attention helped Lee, who needs no help" - the writer's aside, not the report."""
    for token in doc[max(start, clause.i) : end]:
        if (
            token.dep_ == "relcl"
            and token.right_edge.i + 1 >= end
            and doc[token.left_edge.i - 1].text == ","
            and token.left_edge.i - 1 > start
        ):
            return token.left_edge.i - 1
    return end


def _comma_between(doc: Doc, left: int, right: int) -> bool:
    return any(doc[i].text == "," for i in range(left + 1, right))


def _within_paragraph(doc: Doc, start: int, end: int, cue: int) -> tuple[int, int]:
    """The part of a content's token range in the cue's paragraph: a parser's subtree can run
    over a paragraph break (into a headline, or into the next paragraph's quote)."""
    last = max(end, cue + 1)
    for token in doc[min(start, cue) : last]:  # a slice yields its tokens cheaper than doc[i]
        i = token.i
        if "\n" not in token.text and ("\n" not in token.whitespace_ or i + 1 == last):
            continue
        if i < cue:
            start = max(start, i + 1)
        else:
            return start, min(end, i if token.is_space else i + 1)
    return start, end


def is_noun_cue(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False  # before reading the lemma, a string lookup
    lemma = token.lemma_.lower()
    return lemma in CUE_NOUNS or lemma in NOUN_PREPOSITION_CUES


def is_adjective_cue(token: Token) -> bool:
    return token.pos_ == "ADJ" and token.lower_ in ADJECTIVE_CUES


def _stance_prepositions(token: Token) -> tuple[str, ...]:
    if token.pos_ == "ADJ":
        return ADJECTIVE_CUES.get(token.lower_, ())
    lemma = token.lemma_.lower()
    return NOUN_PREPOSITION_CUES.get(lemma, ())


def noun_complement_span(noun: Token) -> Span | None:
    """What a statement noun (or stance adjective) reports: "the claim that taxes will rise",
    "his plan to run", "eager to run", or the object of its preposition: "her support for the
    plan", "critical of the plan"."""
    prepositions = _stance_prepositions(noun)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return trim_punct(noun.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1])
        if child.dep_ not in ("acl", "ccomp", "relcl", "xcomp"):
            continue
        first = child.left_edge
        if (first.lower_ == "that" and first.dep_ == "mark") or (
            child.dep_ in ("acl", "xcomp") and has_to_marker(child)
        ):
            start = first.i + 1 if first.dep_ == "mark" else first.i
            end = child.right_edge.i + 1
            while end > start and noun.doc[end - 1].is_punct:
                end -= 1
            return noun.doc[start:end] if end - start >= MIN_CONTENT_TOKENS else None
    return None


def holder_of(noun: Token) -> Token | None:
    """Whose statement a noun is: "Trump's claim", or the subject of "Trump made the claim"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ == "amod" and noun.pos_ == "ADJ":
        return noun.head  # "voters critical of the plan"
    if noun.dep_ in ("dobj", "nsubj", "attr", "acomp") and noun.head.pos_ in ("VERB", "AUX"):
        subjects = subjects_of(noun.head)
        return subjects[0] if subjects and subjects[0] is not noun else None
    return None


def trim_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct:
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]
