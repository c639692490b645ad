"""Entity-type groups: the one place that says which spaCy labels count as places, actors,
speakers, times and amounts. Every extractor imports its groups from here; none defines its own.

It holds no logic and no word lists (those are in `transforms/lexicons/`).
"""

from __future__ import annotations

#: Labels that name a place: locations of events, places resolved to coordinates.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: The label of a whole country, whatever label its mentions carry ("America" tagged LOC).
COUNTRY_TYPE = "GPE"
#: Labels that name a person.
PERSON_TYPES = frozenset({"PERSON"})
#: Labels that name a point in time (times are extracted by timex, not as entities).
TIME_TYPES = frozenset({"DATE", "TIME"})
#: Labels of numbers and amounts.
AMOUNT_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
#: Labels the entity layer keeps as named entities (times and numbers are handled elsewhere).
ENTITY_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Labels of words that are never part of a name.
NOT_NAME_TYPES = TIME_TYPES | AMOUNT_TYPES | {"ORDINAL"}
#: Labels a surname may wrongly carry and still be repaired to the PERSON it belongs to (the
#: model tags "Delgado" FAC in "Delgado and Berg signed").
REPAIRABLE_AS_PERSON_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"}
)
#: Labels a country or large city may wrongly carry and still be repaired to GPE.
REPAIRABLE_AS_PLACE_TYPES = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})
#: Labels whose names are looked for again where the NER model missed them.
REPEATABLE_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
#: Labels whose names may end in a number ("Apollo 13", "World War 2", "Windows 95").
NUMBERED_NAME_TYPES = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"})
#: Labels of names that never hold " - " or (but ORG) a comma, and must hold a capital letter.
SPLITTABLE_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
#: Labels of names that may hold a day word which is no date: "USA Today", "Man Friday".
DAY_WORD_NAME_TYPES = ENTITY_TYPES - {"LAW"}

# Groups the quote and event extractors use (added with their move into packages).

#: Labels of groups that act or speak as one: organisations, countries, nationalities.
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})
#: Labels of event actors: people and groups.
ACTOR_TYPES = PERSON_TYPES | GROUP_TYPES
#: Labels of quote speakers: people and organisations.
SPEAKER_TYPES = PERSON_TYPES | frozenset({"ORG"})
#: Labels of what "it" can stand for: an organisation or a country.
NEUTER_TYPES = frozenset({"ORG", "GPE"})
