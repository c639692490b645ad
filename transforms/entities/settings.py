"""The entity layer's numeric thresholds, in one place.

Label groups are in `transforms/types.py`, word lists in `transforms/lexicons/`, the dateline's
limits in `transforms/dateline.py`.
"""

from __future__ import annotations

#: A PERSON-labelled name that is a city of at least this many people is that city ("Kyiv").
PERSON_TO_PLACE_MIN_POPULATION = 100_000
#: A name labelled elsewhere in the document is looked for again if it has at most this many words.
REPEAT_MAX_WORDS = 4
#: An untagged ALL-CAPS word is taken for a city only if the city is at least this large.
CAPS_CITY_MIN_POPULATION = 100_000
#: An ALL-CAPS word longer than this is a shouted name ("ANKARA"), not an acronym ("NATO"), unless
#: it is in `UPPER_CASE_NAMES`; in a dateline any ALL-CAPS word is ("ROME -").
SHOUTED_MIN_LETTERS = 5
#: A full name found for a lone surname has at most this many words before the surname.
UNTAGGED_GIVEN_NAMES_MAX_WORDS = 2
#: A role phrase after a name or "as" is at most this many words long.
ROLE_PHRASE_MAX_WORDS = 8
