"""Verbs whose direct object is what an attribution reports, and when it is not.

OBJECT_CUES ("denied the report"), STATEMENT_OBJECT_CUES (added from a measurement on PolNeAR
train) and REGARD_AS_CUES ("sees the deal as a mistake") take the content as an object.
PHYSICAL_SENSE_CUES, ARMED_FORCE_NOUNS, PHYSICAL_TARGET_NOUNS, UNSPOKEN_OBJECTS and
ANONYMITY_VERBS say when such a verb reports no statement; OBJECT_CONTINUATION_DEPS which of its
dependants belong to the content. Verbs that take a clause or a preposition are elsewhere
(`beliefs`, `phrases`).
"""

from __future__ import annotations

#: Verbs whose direct object is the content: "denied the report", "endorsed Cruz".
OBJECT_CUES: frozenset[str] = frozenset(
    {
        "deny",
        "reject",
        "dismiss",
        "endorse",
        "announce",
        "promote",
        "criticize",
        "criticise",
        "praise",
        "condemn",
        "support",
        "oppose",
        "back",
        "express",
        "question",
        "dispute",
        "blame",
        "defend",
        "predict",
        "propose",
        "recommend",
        "demand",
        "acknowledge",
        "admit",
        "confirm",
        "repeat",
        "cite",
        "welcome",
        "applaud",
        "tout",
        "call",
        "describe",
        "blast",
        "slam",
        "attack",
        "accuse",
        "claim",
        "release",
        "publish",
        "report",
        "estimate",
        "project",
        "discuss",
        "mention",
        "denounce",
    }
)

#: More verbs whose direct object is what is said, shown or held, kept apart from OBJECT_CUES
#: because they were added later from a measurement: speech acts ("mocked his rival's plan",
#: "listed three reasons", "recalled her first campaign"),
#: stances ("prefers the Senate bill", "views the deal as a mistake") and findings whose
#: source is a document ("a new poll shows Lee with a lead"). Each was kept only if most of the
#: objects it yields are annotated as attributions on PolNeAR train.
STATEMENT_OBJECT_CUES: frozenset[str] = frozenset(
    {
        "argue",
        "consider",
        "decry",
        "expect",
        "explain",
        "highlight",
        "label",
        "list",
        "mock",
        "note",
        "portray",
        "prefer",
        "recall",
        "reveal",
        "show",
        "urge",
        "view",
    }
)

#: Verbs of regard whose object and its "as" phrase are the content: "sees the deal as a
#: mistake", "cast himself as an outsider". Only with "as": "saw him at the rally" reports nothing.
REGARD_AS_CUES: frozenset[str] = frozenset(
    {
        "see",
        "regard",
        "consider",
        "describe",
        "characterize",
        "characterise",
        "cast",
        "paint",
        "depict",
        "portray",
        "present",
        "brand",
        "label",
        "view",
        "frame",
        "pitch",
        "tout",
        "position",
        "dismiss",
        "praise",
        "criticize",
        "criticise",
        "denounce",
        "hail",
        "peg",
        "identify",
        "recognize",
        "recognise",
        "style",
        "bill",
        "market",
        "define",
    }
)

#: Object cues with a physical sense: "Trump attacked Clinton's record" reports a statement,
#: "Pyongyang attacked the navy" does not. Not cues when the subject is a place or an armed force,
#: or the object a place or thing one attacks with force.
PHYSICAL_SENSE_CUES: frozenset[str] = frozenset({"attack", "target", "hit"})
#: Subjects that act, never speak, for PHYSICAL_SENSE_CUES (places are recognised by entity type);
#: compared with the word and its lemma ("troops", "troop").
ARMED_FORCE_NOUNS: frozenset[str] = frozenset(
    {"army", "military", "troops", "troop", "forces", "force", "navy", "militants", "militant"}
    | {"rebels", "rebel", "jets", "jet", "fighters", "fighter", "soldiers", "soldier", "gunmen"}
    | {"gunman", "insurgents", "insurgent", "militia", "militias", "warplanes", "warplane"}
    | {"drones", "drone"}
)
#: Objects that make PHYSICAL_SENSE_CUES physical: "attacked an Israeli convoy".
PHYSICAL_TARGET_NOUNS: frozenset[str] = frozenset(
    {"convoy", "village", "town", "base", "garrison", "position", "ship", "vessel", "tanker"}
    | {"checkpoint", "building", "camp", "post", "outpost", "station", "patrol", "embassy"}
    | {"headquarters", "hospital", "school", "bus", "train", "plane", "aircraft", "compound"}
)
#: Objects that give an object cue its non-speech sense: one recalls an ambassador or a car
#: without saying anything ("recalled her first campaign" is still a statement).
UNSPOKEN_OBJECTS: dict[str, frozenset[str]] = {
    "recall": frozenset(
        {"ambassador", "envoy", "diplomat", "troop", "staff", "car", "vehicle", "product"}
    ),
}
#: Passive infinitives that report a wish for anonymity, not a statement: "officials, who
#: declined to be named, said …" says nothing with "to be named".
ANONYMITY_VERBS: frozenset[str] = frozenset({"name", "identify", "quote"})

#: Dependants of an object-taking cue that belong to its content after the object: "accused
#: Trump of lying" (prep), "called her record a blueprint" (oprd), "praised him for acting".
#: Not adverbial clauses: "backed Lee after the vote" reports only the backing of Lee.
OBJECT_CONTINUATION_DEPS: frozenset[str] = frozenset({"prep", "oprd", "xcomp", "ccomp"})
