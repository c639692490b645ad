"""Entity-type groups: the one place that says which spaCy labels count as places, actors,
speakers, times and amounts. Every extractor imports its groups from here; none defines its own.

It holds no logic and no word lists (those are in `transforms/lexicons/`).
"""

from __future__ import annotations

#: Labels that name a place: locations of events, places resolved to coordinates.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Labels that name a person.
PERSON_TYPES = frozenset({"PERSON"})
#: Labels that name a point in time (times are extracted by timex, not as entities).
TIME_TYPES = frozenset({"DATE", "TIME"})
#: Labels of numbers and amounts.
AMOUNT_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})

# Groups the quote and event extractors use (added with their move into packages).

#: Labels of groups that act or speak as one: organisations, countries, nationalities.
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})
#: Labels of event actors: people and groups.
ACTOR_TYPES = PERSON_TYPES | GROUP_TYPES
#: Labels of quote speakers: people and organisations.
SPEAKER_TYPES = PERSON_TYPES | frozenset({"ORG"})
#: Labels of what "it" can stand for: an organisation or a country.
NEUTER_TYPES = frozenset({"ORG", "GPE"})
