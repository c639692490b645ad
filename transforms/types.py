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
