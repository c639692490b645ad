"""Triggers coded by their object: person objects, light verbs and recoded objects.

PERSON_OBJECT_VERBS are events only with a person object ("released the hostages"), named by
PERSON_OBJECT_NOUNS or PERSON_PRONOUNS; OBJECT_SENSITIVE codes a light verb by its object ("surge
aid" is AID, signing SIGNED_NOUNS is one COOPERATE); OBJECT_RECODED changes or drops a trigger's
type with an abstract object (IDEA_NOUNS, REQUIREMENT_NOUNS, UNILATERAL_SIGNED_NOUNS). Plain
triggers are in `triggers`; warnings in `threats`.
"""

from __future__ import annotations

#: Verbs that are events only when their object is a person: "released Jonas Weber" or "freed
#: the hostages" is CONCEDE, "released a statement" or "a new iPhone" is not.
PERSON_OBJECT_VERBS: dict[str, tuple[str, str | None]] = {
    "release": ("CONCEDE", "release"),
    "free": ("CONCEDE", "release"),
    # "fired its chief executive"; "fired two missiles" is ASSAULT (OBJECT_SENSITIVE, checked
    # first), and "fired at protesters", with no object, is left uncoded rather than guessed.
    "fire": ("RESIGN", "dismissed"),
    # "named Keith Kellogg as envoy" appoints; "names Russia as the gravest risk" does not
    "name": ("APPOINT", None),
}

#: Object nouns that name people for PERSON_OBJECT_VERBS.
PERSON_OBJECT_NOUNS: frozenset[str] = frozenset(
    {"prisoner", "hostage", "detainee", "captive", "inmate", "journalist", "activist", "soldier"}
)
#: Pronouns that stand for a person as a PERSON_OBJECT_VERBS object ("was named envoy").
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})

#: Ideas, not actors: "attacked Tory plans", "attacked the way the war was sold" criticise
#: (see OBJECT_RECODED); nobody assaults a plan.
IDEA_NOUNS: frozenset[str] = frozenset(
    {
        "plan",
        "policy",
        "proposal",
        "idea",
        "way",
        "decision",
        "remark",
        "comment",
        "record",
        "speech",
        "budget",
        "bill",
        "legislation",
        "law",
        "report",
        "claim",
        "stance",
        "approach",
        "strategy",
        "handling",
        "view",
        "statement",
        "reform",
        "scheme",
        "manifesto",
        "agenda",
        "tax",
    }
)
#: Things one meets without meeting anyone: "will meet the golden rule", "met the deadline".
REQUIREMENT_NOUNS: frozenset[str] = frozenset(
    {
        "rule",
        "target",
        "deadline",
        "need",
        "criterion",
        "criteria",
        "standard",
        "expectation",
        "goal",
        "requirement",
        "cost",
        "obligation",
        "condition",
        "challenge",
        "threshold",
        "forecast",
        "commitment",
        "quota",
        "debt",
        "payment",
        "bill",
        "liability",
        "expense",
    }
)

#: What one signs alone: "signed the bill into law", "signed a decree" cooperates with no one.
UNILATERAL_SIGNED_NOUNS: frozenset[str] = frozenset(
    {"bill", "decree", "law", "order", "legislation", "budget", "petition", "letter", "book"}
)
#: Triggers whose type changes with an abstract object (a verb's direct object, or a noun's
#: "on"/"against" object): the new (type, mode), or None when it is then no event at all.
OBJECT_RECODED: dict[str, tuple[frozenset[str], tuple[str, str | None] | None]] = {
    "attack": (IDEA_NOUNS, ("ACCUSE", None)),
    "meet": (REQUIREMENT_NOUNS, None),
    "sign": (UNILATERAL_SIGNED_NOUNS, None),
}

#: What is signed or ratified: the object of "sign" that is the signing itself, no second event.
SIGNED_NOUNS: frozenset[str] = frozenset(
    {"agreement", "deal", "accord", "treaty", "pact", "contract", "memorandum", "convention"}
)
#: Light verbs whose event type depends on the object lemma.
OBJECT_SENSITIVE: dict[str, dict[str, tuple[str, str | None]]] = {
    "send": {"aid": ("AID", None), "troops": ("MOBILIZE", None), "weapon": ("AID", "military")},
    "surge": {"aid": ("AID", None), "troops": ("MOBILIZE", None)},
    "provide": {
        "aid": ("AID", None),
        "assistance": ("AID", None),
        "weapon": ("AID", "military"),
        "fund": ("AID", "economic"),
        "funding": ("AID", "economic"),
    },
    "deliver": {"aid": ("AID", None), "weapon": ("AID", "military")},
    "impose": {
        "sanction": ("SANCTION", None),
        "tariff": ("SANCTION", None),
        "embargo": ("SANCTION", "embargo"),
        "ban": ("SANCTION", None),
    },
    "lift": {
        "sanction": ("CONCEDE", "ease"),
        "ban": ("CONCEDE", "ease"),
        "embargo": ("CONCEDE", "ease"),
    },
    "hold": {
        "talk": ("CONSULT", None),
        "talks": ("CONSULT", None),
        "meeting": ("CONSULT", "meet"),
        "election": ("ELECT", None),
        "protest": ("PROTEST", "demonstrate"),
    },
    "fire": {
        "missile": ("ASSAULT", None),
        "rocket": ("ASSAULT", None),
        "shell": ("ASSAULT", None),
        "shot": ("ASSAULT", None),
        "round": ("ASSAULT", None),
        "bullet": ("ASSAULT", None),
        "mortar": ("ASSAULT", None),
        "salvo": ("ASSAULT", None),
        "drone": ("ASSAULT", "aerial"),
    },
    "launch": {
        "missile": ("ASSAULT", None),
        "rocket": ("ASSAULT", None),
        "drone": ("ASSAULT", "aerial"),
        "airstrike": ("ASSAULT", "aerial"),
        "attack": ("ASSAULT", None),
        "strike": ("ASSAULT", None),
        "offensive": ("ASSAULT", None),
        "investigation": ("ACCUSE", "investigate"),
    },
    "win": {"election": ("ELECT", None), "vote": ("ELECT", None), "seat": ("ELECT", None)},
    "call": {"election": ("ELECT", None), "strike": ("PROTEST", "strike")},
    # giving in to demands; meeting a deadline or a target is no event (REQUIREMENT_NOUNS)
    "meet": {"demand": ("CONCEDE", None)},
    # signing an agreement is one event, not a signing and an agreement
    "sign": {noun: ("COOPERATE", "sign") for noun in SIGNED_NOUNS},
    "ratify": {noun: ("COOPERATE", "sign") for noun in SIGNED_NOUNS},
}
