"""Cue phrases built on a preposition, a noun or an adjective.

PREPOSITION_CUES ("called for"), CUE_NOUNS ("the claim that"), NOUN_PREPOSITION_CUES ("support
for") and ADJECTIVE_CUES ("was critical of", "is confident that") give indirect attributions
whose content is a prepositional object, a that-clause or an infinitive; the comments say which
entries were kept from a measurement on PolNeAR train. Verbs with a clause, an infinitive or an
object as their content are in `beliefs` and `objects`.
"""

from __future__ import annotations

#: Verbs whose content is the object of a particular preposition: "called for an inquiry",
#: "talked about the economy".
PREPOSITION_CUES: dict[str, tuple[str, ...]] = {
    "call": ("for",),
    "talk": ("about",),
    "speak": ("about", "of"),
    "refer": ("to",),
    "point": ("to",),
    "focus": ("on",),
    "agree": ("with",),
    "look": ("for",),
    "argue": ("for", "against"),
    "push": ("for",),
    "warn": ("about", "of", "against"),
    "complain": ("about",),
    "worry": ("about",),
    "ask": ("about", "for"),
    "comment": ("on",),
    "insist": ("on",),
    "disagree": ("with",),
    "object": ("to",),
    # From a measurement: each yields mostly PolNeAR train attributions. Acts such as "voted
    # for" or "responded to" are left out: they report what someone did, not said.
    "advocate": ("for",),
    "apologize": ("for",),
    "believe": ("in",),
    "boast": ("of", "about"),
    "campaign": ("for", "against"),
    "hint": ("at",),
    "joke": ("about",),
    "rail": ("against",),
    "side": ("with",),
    "think": ("about",),
    "vouch": ("for",),
    "write": ("about",),
}

#: Nouns that name a statement, belief or intention whose content follows as a that-clause or
#: an infinitive: "the claim that …", "his promise to …".
CUE_NOUNS: frozenset[str] = frozenset(
    {
        "claim",
        "statement",
        "assertion",
        "argument",
        "suggestion",
        "warning",
        "promise",
        "pledge",
        "belief",
        "view",
        "idea",
        "notion",
        "fear",
        "hope",
        "concern",
        "accusation",
        "allegation",
        "charge",
        "report",
        "decision",
        "announcement",
        "insistence",
        "comment",
        "remark",
        "demand",
        "plan",
        "proposal",
        "vow",
        "threat",
        "message",
        "criticism",
        "position",
        "prediction",
        "assessment",
        "conclusion",
        "finding",
        "estimate",
        "opinion",
        "expectation",
        "doubt",
        "admission",
        "assurance",
        "contention",
        "speculation",
        "rumor",
        "suspicion",
        "theory",
        "complaint",
        "call",
        "request",
        "intention",
        "desire",
        "goal",
        "bid",
        "offer",
        "refusal",
    }
)

#: Nouns of stance whose content is the object of a preposition: "her support for the plan",
#: "their opposition to the deal" (the holder is found as for CUE_NOUNS).
NOUN_PREPOSITION_CUES: dict[str, tuple[str, ...]] = {
    "support": ("for",),
    "opposition": ("to",),
    "criticism": ("of",),
    "praise": ("for",),
    "call": ("for",),
    "endorsement": ("of",),
    "concern": ("about", "over"),
    "question": ("about",),
    # From the same measurement:
    "accusation": ("of",),
    "comment": ("on", "about"),
    "critique": ("of",),
    "defense": ("of",),
    "doubt": ("about",),
    "embrace": ("of",),
    "mention": ("of",),
    "opinion": ("of",),
    "thought": ("on",),
}

#: Adjectives of stance (matched on the word) whose content is the object of one of the listed
#: prepositions, a that-clause or an infinitive: "was critical of the plan", "is confident that it
#: will pass", "is eager to run". The holder is the subject of the copula, or the noun the
#: adjective describes ("voters wary of the deal"). Kept from the same measurement.
ADJECTIVE_CUES: dict[str, tuple[str, ...]] = {
    "angry": ("about", "at", "over"),
    "aware": ("of",),
    "concerned": ("about", "over"),
    "confident": ("in", "about", "of"),
    "convinced": ("of",),
    "critical": ("of",),
    "eager": (),
    "hopeful": ("about",),
    "sceptical": ("of", "about"),
    "skeptical": ("of", "about"),
    "supportive": ("of",),
    "unwilling": (),
    "upset": ("about", "with", "over"),
    "wary": ("of",),
    "willing": (),
    "worried": ("about", "over"),
}
