"""Events: who did what to whom, where and when, coded to PLOVER types.

A trigger is a verb whose lemma is in the event lexicon (`transforms.lexicons.events`), or a light
verb whose object makes it one ("surged military aid" is AID), or a nominalisation from the noun
lexicon ("Monday's meeting", "a Jan. 9 dinner"). Participants come from the dependency parse and
must be entity mentions:
- actor: the subject (or the passive "by" agent); for nouns, a possessor or "with" object;
- target: the direct object, or the object of "with/to/against/on";
- location: a place mention (GPE, LOC, FAC) in an "in/at/near" phrase attached to the trigger.
A verb event needs an actor or a target; a noun event needs a date, place or participant.

The date is the time expression attached to the trigger in the parse ("on Jan. 20", "Monday's"),
else the only day-level date in the sentence; `date_source` says which. Publication day is never
used as a fallback here. `negated` marks "did not", "never"; `hypothetical` marks modals,
conditionals and complements of "promise/plan/threaten to".

Does not: resolve pronoun actors, merge repeated reports of one event, or code sub-types beyond
the lexicon's mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from transforms.entities import EntityMentionSpan
from transforms.lexicons.events import (
    HYPOTHETICAL_MARKERS,
    IRREALIS_GOVERNORS,
    NOUN_TRIGGERS,
    OBJECT_SENSITIVE,
    VERB_TRIGGERS,
)
from transforms.timex import TimexSpan

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_TARGET_PREPOSITIONS = frozenset({"with", "to", "against", "on", "for"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})


@dataclass(frozen=True)
class Participant:
    role: str
    mention: EntityMentionSpan


@dataclass(frozen=True)
class EventSpan:
    """One event trigger with its type, participants and date."""

    event_type: str
    mode: str | None
    trigger: str
    trigger_lemma: str
    start_char: int
    end_char: int
    sentence_index: int
    negated: bool
    hypothetical: bool
    event_date: date | None
    timex: TimexSpan | None
    date_source: str | None
    participants: tuple[Participant, ...] = field(default=())


def _mention_at(token: Token, by_token: dict[int, EntityMentionSpan]) -> EntityMentionSpan | None:
    """The mention a noun phrase headed by `token` names (its head, or a compound inside)."""
    if token.i in by_token:
        return by_token[token.i]
    for child in token.children:
        if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i in by_token:
            return by_token[child.i]
    return None


def _classify_verb(token: Token) -> tuple[str, str | None] | None:
    lemma = token.lemma_.lower()
    if lemma in OBJECT_SENSITIVE:
        for child in token.children:
            if child.dep_ in ("dobj", "obj"):
                hit = OBJECT_SENSITIVE[lemma].get(child.lemma_.lower())
                if hit:
                    return hit
    return VERB_TRIGGERS.get(lemma)


def _negated(token: Token) -> bool:
    if any(child.dep_ == "neg" for child in token.children):
        return True
    return any(child.lower_ in ("never", "no") for child in token.children)


def _hypothetical(token: Token) -> bool:
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "mark") and child.lower_ in HYPOTHETICAL_MARKERS:
            return True
    head = token
    while head.dep_ in ("xcomp", "ccomp", "conj") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in IRREALIS_GOVERNORS:
            return True
    return False


def _prep_target(noun: Token, by_token: dict[int, EntityMentionSpan]) -> EntityMentionSpan | None:
    """The entity in "sanctions on Iran" / "aid to Haiti": a target hung on the object noun."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and (mention := _mention_at(grandchild, by_token)):
                    return mention
    return None


def _verb_participants(verb: Token, by_token: dict[int, EntityMentionSpan]) -> list[Participant]:
    found: list[Participant] = []
    for child in verb.children:
        role = None
        mention = None
        if child.dep_ in ("nsubj",):
            role, mention = "actor", _mention_at(child, by_token)
        elif child.dep_ in ("dobj", "obj", "nsubjpass"):
            role, mention = "target", _mention_at(child, by_token) or _prep_target(child, by_token)
        elif child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            role, mention = "actor", _mention_at(objects[0], by_token) if objects else None
        elif child.dep_ in ("prep", "dative"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                continue
            candidate = _mention_at(objects[0], by_token)
            if candidate is None:
                continue
            preposition = child.lower_
            if preposition in _PLACE_PREPOSITIONS and candidate.type in _PLACE_TYPES:
                role, mention = "location", candidate
            elif preposition in _TARGET_PREPOSITIONS or child.dep_ == "dative":
                role, mention = "target", candidate
        if role and mention is not None:
            if role == "actor" and mention.type not in _ACTOR_TYPES:
                continue
            found.append(Participant(role, mention))
    # "…, saying …"/xcomp events borrow the governing verb's subject as actor.
    if not any(p.role == "actor" for p in found) and verb.dep_ in ("xcomp", "advcl", "conj"):
        for child in verb.head.children:
            if child.dep_ == "nsubj":
                mention = _mention_at(child, by_token)
                if mention is not None and mention.type in _ACTOR_TYPES:
                    found.append(Participant("actor", mention))
    return found


def _noun_participants(noun: Token, by_token: dict[int, EntityMentionSpan]) -> list[Participant]:
    found: list[Participant] = []
    for child in noun.children:
        if child.dep_ == "poss":
            mention = _mention_at(child, by_token)
            if mention is not None and mention.type in _ACTOR_TYPES:
                found.append(Participant("actor", mention))
        elif child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            mention = _mention_at(objects[0], by_token) if objects else None
            if mention is None:
                continue
            if child.lower_ in _PLACE_PREPOSITIONS and mention.type in _PLACE_TYPES:
                found.append(Participant("location", mention))
                # "at Mar-a-Lago in Palm Beach": the nested place is the location too.
                for grandchild in objects[0].children:
                    nested = [c for c in grandchild.children if c.dep_ == "pobj"]
                    inner = _mention_at(nested[0], by_token) if nested else None
                    if inner is not None and inner.type in _PLACE_TYPES:
                        found.append(Participant("location", inner))
            elif child.lower_ in ("with", "between", "of", "against"):
                found.append(Participant("target", mention))
    return found


def _attached_timex(
    trigger: Token, by_sentence: dict[int, list[TimexSpan]], sentence: int
) -> tuple[TimexSpan | None, str | None]:
    """A time expression the parse attaches to the trigger, else the sentence's only date."""
    candidates = by_sentence.get(sentence, [])
    related: set[int] = {trigger.i}
    for child in trigger.children:
        related.add(child.i)
        if child.dep_ == "prep":
            related.update(c.i for c in child.children)
    for timex in candidates:
        head_tokens = range(timex.token_start, timex.token_end)
        heads = {trigger.doc[i].head.i for i in head_tokens}
        attached = related.intersection(head_tokens) or trigger.i in heads
        if attached and timex.begin_date is not None and timex.begin_date == timex.end_date:
            return timex, "timex"
    day_level = [t for t in candidates if t.begin_date is not None and t.begin_date == t.end_date]
    if len(day_level) == 1:
        return day_level[0], "sentence"
    return None, None


def extract_events(
    doc: Doc,
    sentence_index: list[int],
    mentions: list[EntityMentionSpan],
    timexes: list[TimexSpan],
) -> list[EventSpan]:
    """Events in `doc` with participants (entity mentions) and dates (from time expressions)."""
    by_token: dict[int, EntityMentionSpan] = {}
    for mention in mentions:
        for i in range(mention.token_start, mention.token_end):
            by_token[i] = mention
    by_sentence: dict[int, list[TimexSpan]] = {}
    for timex in timexes:
        by_sentence.setdefault(timex.sentence_index, []).append(timex)
    events: list[EventSpan] = []
    for token in doc:
        if token.pos_ == "VERB":
            coded = _classify_verb(token)
            if coded is None:
                continue
            participants = _verb_participants(token, by_token)
            if not participants:
                continue
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOUN_TRIGGERS:
            coded = NOUN_TRIGGERS[token.lemma_.lower()]
            participants = _noun_participants(token, by_token)
        else:
            continue
        sentence = sentence_index[token.i]
        anchor, source = _attached_timex(token, by_sentence, sentence)
        if token.pos_ == "NOUN" and not participants and anchor is None:
            continue
        events.append(
            EventSpan(
                event_type=coded[0],
                mode=coded[1],
                trigger=token.text,
                trigger_lemma=token.lemma_.lower(),
                start_char=token.idx,
                end_char=token.idx + len(token.text),
                sentence_index=sentence,
                negated=_negated(token),
                hypothetical=_hypothetical(token),
                event_date=anchor.begin_date if anchor else None,
                timex=anchor,
                date_source=source,
                participants=tuple(participants),
            )
        )
    return events
