"""Locations: the place mentions where an event happened.

A place (PLACE_TYPES) in an "in/at/near" phrase on the trigger or on one of its arguments,
looking through nested phrases and venues ("at the Hotel Astoria in Madrid"); a visited place
is also the visit's location. Does not geocode (see `transforms.places`).
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.entities import EntityMentionSpan
from transforms.events.settings import PLACE_NESTING_DEPTH
from transforms.events.spans import Participant
from transforms.grammar import first_pobj
from transforms.lexicons.events.participants import PLACE_PREPOSITIONS
from transforms.mentions import MentionIndex
from transforms.types import PLACE_TYPES, TIME_TYPES


def places_in(phrase: Token, mentions: MentionIndex, depth: int = 0) -> list[EntityMentionSpan]:
    """Places named by a prepositional object and the place phrases nested in it: "at
    Mar-a-Lago in Palm Beach, Florida" gives Palm Beach and Florida. A venue tagged as an
    organisation is not a place, but the places nested in it are: "at the Hotel Astoria in
    Madrid" gives Madrid."""
    found: list[EntityMentionSpan] = []
    mention = mentions.at(phrase)
    if mention is not None and mention.type not in PLACE_TYPES:
        mention = None  # its appositions and conjuncts are not places either
    if mention is not None:
        found.append(mention)
    if depth >= PLACE_NESTING_DEPTH:
        return found
    for child in phrase.children:
        if child.dep_ in ("appos", "conj") and mention is not None:
            found.extend(places_in(child, mentions, depth + 1))
        elif child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(places_in(pobj, mentions, depth + 1))
    return found


def is_locating(preposition: Token, pobj: Token) -> bool:
    """Whether a prepositional phrase may name where the event happened: a place preposition,
    or a time phrase with a place phrase inside it ("on 13 September at the Hotel Astoria")."""
    return preposition.lower_ in PLACE_PREPOSITIONS or pobj.ent_type_ in TIME_TYPES


def argument_places(verb: Token, mentions: MentionIndex) -> list[Participant]:
    """Where the event happened when the parser hung the place on an argument instead of the
    verb: "met Tomas Berg in Lisbon", "Police in Nairobi arrested ..."."""
    for argument in verb.children:
        if argument.dep_ not in ("nsubj", "dobj", "obj"):
            continue
        # on the argument, or on a name in apposition to it ("her counterpart Brekke in Geneva")
        named = [argument, *(c for c in argument.children if c.dep_ == "appos")]
        for preposition in (child for phrase in named for child in phrase.children):
            if preposition.dep_ != "prep" or preposition.lower_ not in PLACE_PREPOSITIONS:
                continue
            pobj = first_pobj(preposition)
            places = places_in(pobj, mentions) if pobj is not None else []
            if places:
                return [Participant("location", place) for place in places]
    return []


def with_visited_place(
    participants: list[Participant], coded: tuple[str, str | None]
) -> list[Participant]:
    """A visited place is where the visit happens as well as whom it is to: "Tusk visited Kyiv"
    gives Kyiv as target (the host) and as location, so "where do things happen" counts it."""
    if coded[1] != "visit" or any(p.role == "location" for p in participants):
        return participants
    places = [
        Participant("location", p.mention)
        for p in participants
        if p.role == "target" and p.method == "mention" and p.mention.type in PLACE_TYPES
    ]
    return participants + places
