"""The event extractor's numeric thresholds and its referent policy, in one place.

Word lists are in `transforms.lexicons.events`; this module holds only numbers and settings.
"""

from __future__ import annotations

from transforms.mentions import ReferentPolicy

#: Actors and targets of events: a referent within three sentences back; a title or modifier
#: only right before a name ("Russian President X"); any description with "the" points back.
ACTOR_REFERENTS = ReferentPolicy(
    "actor", sentence_window=3, title_inside_name=False, descriptions="with_the"
)

#: How deep place phrases nest inside one another ("at Mar-a-Lago in Palm Beach, Florida").
PLACE_NESTING_DEPTH = 3

#: How many member nouns a chain may hold before the group it names ("Thousands of supporters
#: of the Alliance").
GROUP_CHAIN_MAX = 3

#: How many heads up from a time expression its governing trigger may be.
GOVERNOR_REACH = 8
