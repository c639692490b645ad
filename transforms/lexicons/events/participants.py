"""Prepositions and group nouns that say who took part in an event, and where.

Targets and agents of noun and verb triggers ("talks with Iran", "an attack by Hamas"), the
types whose noun takes its target with "on", group members that act for their group ("members
of Hamas"), and the prepositions of place and attendance. Pronouns and descriptions resolved to
an earlier mention are in `actors`.
"""

from __future__ import annotations

#: Prepositions whose object is the target of a noun trigger: "talks with Iran", "a meeting
#: between X and Y", "the arrest of X", "the campaign against Y", "a visit to China".
NOUN_TARGET_PREPOSITIONS: frozenset[str] = frozenset({"with", "between", "of", "against", "to"})
#: Prepositions whose object is the doer of a noun trigger: "an attack by Hamas", "a visit by
#: Macron to China", "the arrest by police".
NOUN_AGENT_PREPOSITIONS: frozenset[str] = frozenset({"by"})
#: Event types whose noun takes its target with "on": "the attack on Kyiv", "sanctions on Iran",
#: "a raid on the embassy". For other types "on" gives a topic or a time ("talks on trade", "a
#: deal on tariffs", "a meeting on Monday"), so it names no participant.
ON_TARGET_TYPES: frozenset[str] = frozenset({"ASSAULT", "SANCTION", "COERCE", "THREATEN"})

#: Subjects that act for the group their "of"/"from" phrase names: "Members of Hamas attacked",
#: "Thousands of supporters of the Alliance protested", "troops from Veridia".
GROUP_MEMBER_NOUNS: frozenset[str] = frozenset(
    {
        "member",
        "supporter",
        "follower",
        "activist",
        "fighter",
        "militant",
        "soldier",
        "troop",
        "force",
        "protester",
        "thousand",
        "hundred",
        "dozen",
        "group",
        "unit",
    }
)
#: Prepositions that name the group such a subject belongs to.
GROUP_PREPOSITIONS: frozenset[str] = frozenset({"of", "from"})

#: Prepositions whose object is a verb's target: "talks with Iran", "aid to Haiti".
TARGET_PREPOSITIONS: frozenset[str] = frozenset({"with", "to", "against", "on", "for"})
#: Prepositions whose object may be where an event happened: "in Kyiv", "at the summit".
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "outside", "inside"})
#: Prepositions that place a sentence's subject at a gathering: "said at the summit".
ATTENDANCE_PREPOSITIONS: frozenset[str] = frozenset({"at", "during"})
