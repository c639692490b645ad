"""Senses in which a trigger word is no event, or not a second one.

A particle that undoes the verb ("called off"), a market subject ("stocks rallied"), a thing
with no target ("blamed weak sales on the dollar"), a labour strike that is no attack, and talk
verbs that are the purpose of a meeting already coded. The triggers themselves are in
`triggers` and `objects`.
"""

from __future__ import annotations

#: Particles that turn a trigger verb into another verb that is no event: "charge off its
#: loans" writes them off, "called off the strike" ends it rather than calling it.
UNDOING_PARTICLES: dict[str, frozenset[str]] = {
    "charge": frozenset({"off"}),
    "call": frozenset({"off"}),
}
#: Subjects that make a verb market talk, not politics: "stocks rallied", "institutions have
#: been rallying to foreign markets" are no demonstration.
MARKET_SUBJECT_NOUNS: frozenset[str] = frozenset(
    {
        "market",
        "stock",
        "share",
        "price",
        "bond",
        "currency",
        "dollar",
        "index",
        "future",
        "investor",
        "institution",
        "trader",
        "sector",
        "yield",
    }
)
#: Verbs that are no event when their object is a thing and no one named is their target:
#: "blamed the attack on Hamas" accuses Hamas, "blamed weak sales on the dollar" no one;
#: "suspended aid to Niger" sanctions Niger, "suspended its swap programme" nobody.
TARGET_REQUIRED_VERBS: frozenset[str] = frozenset({"blame", "suspend"})

#: Verbs that are no event with a MARKET_SUBJECT_NOUNS subject.
MARKET_SENSE_VERBS: frozenset[str] = frozenset({"rally"})

#: A "strike" is a labour stoppage, not an attack, when one of these modifies it ("a nationwide
#: strike", "a 24-hour strike") or WORKER_NOUNS is who strikes ("bank workers voted to launch a
#: strike"); else "launched a strike" is military (OBJECT_SENSITIVE).
LABOUR_STRIKE_MODIFIERS: frozenset[str] = frozenset(
    {
        "nationwide",
        "national",
        "general",
        "hunger",
        "indefinite",
        "wildcat",
        "labour",
        "labor",
        "one-day",
        "24-hour",
        "48-hour",
        "rail",
        "pay",
        "token",
        "sympathy",
    }
)
WORKER_NOUNS: frozenset[str] = frozenset(
    {
        "worker",
        "union",
        "employee",
        "staff",
        "teacher",
        "nurse",
        "doctor",
        "driver",
        "miner",
        "docker",
        "pilot",
        "unionist",
    }
)

#: Talk verbs that, as the to-infinitive purpose of a meeting verb (a CONSULT trigger: meet,
#: visit, host, "hold talks"), are that meeting and not a second CONSULT: "Putin met Macron in
#: Paris to discuss the war". Not a trigger list: "talk" alone is no event, but "met in Paris to
#: talk with Macron" still says whom the meeting was with. On their own, "discuss", "negotiate"
#: and "consult" are CONSULT events ("Putin and Macron will discuss the war").
MEETING_PURPOSE_VERBS: frozenset[str] = frozenset({"discuss", "negotiate", "consult", "talk"})
