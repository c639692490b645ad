"""When a warning is a threat, and what an announced action lends the trigger announcing it.

WARNING_VERBS are THREATEN only when the warning threatens an action of the warner's own; the
other tables here (WARNER_PRONOUNS, THREAT_MODALS, THREAT_REACTION_VERBS, THREAT_WARNING_NOUNS,
CLAUSE_THREAT_NOUNS, WARNING_TOPIC_PREPOSITIONS) are the tests, in the order the comment on
WARNING_VERBS gives. ANNOUNCING_TYPES take their target and date from the announced action.
"""

from __future__ import annotations

#: Verbs that are THREATEN only when the warning threatens an action of the warner's own. A
#: warning about conditions ("the mayor warned that the city could run out of water", "warned of
#: a drought", "the IMF warned Ukraine that its debt could become unsustainable") is no event.
#: What the warning says decides, in this order:
#: 1. a that-clause: a threat when its subject is the warner (a pronoun in WARNER_PRONOUNS, or a
#:    mention of the warner's own entity), a modal in THREAT_MODALS puts its action ahead, and
#:    that is an action against someone: an event trigger, a verb in THREAT_REACTION_VERBS, or
#:    one with a named target. "Russia warned Ukraine that it would retaliate", "Russia warned
#:    that it could strike Kyiv" are threats; "GM warned that it might run out of money" is not;
#: 2. else an "of"/"about" phrase: a threat when its noun is in THREAT_WARNING_NOUNS: "warned of
#:    retaliation against Ukraine", "warned of consequences";
#: 3. else a recipient: a threat when the object (or passive subject) names an actor (a person,
#:    organisation, country or group), the warning being aimed at them: "Russia warned NATO",
#:    "warned Ukraine against joining NATO", "warned Kyiv not to attack Crimea";
#: 4. else no event ("warned that ..." about anyone else, "warned against escalation").
WARNING_VERBS: dict[str, tuple[str, str | None]] = {"warn": ("THREATEN", None)}
#: Subject pronouns of a warning's that-clause taken as the warner: in "Russia warned Ukraine that
#: it would retaliate", "it" is read as Russia (the threat reading), not resolved.
WARNER_PRONOUNS: frozenset[str] = frozenset({"i", "we", "it", "they", "he", "she"})
#: Modals that make a warner's own clause a threatened action: "would retaliate", "will respond".
THREAT_MODALS: frozenset[str] = frozenset({"will", "would", "shall", "could", "might", "may"})
#: Verbs of reacting against someone, threats in a warner's own clause even with no target
#: named: "warned that it would retaliate", "would respond", "would hit back".
THREAT_REACTION_VERBS: frozenset[str] = frozenset(
    {"retaliate", "respond", "react", "strike", "hit", "punish", "act", "escalate"}
)
#: What one warns "of" or "about" when threatening one's own reaction. Attacks and wars are not
#: here: "warned of attacks" is as often about someone else's.
THREAT_WARNING_NOUNS: frozenset[str] = frozenset(
    {
        "retaliation",
        "reprisal",
        "consequence",
        "response",
        "countermeasure",
        "retribution",
        "punishment",
        "sanction",
    }
)
#: THREAT_WARNING_NOUNS that make a warning's that-clause a threat whoever its subject is ("warned
#: that such a bill would provoke EC retaliation"); not "consequences" or "response", which a
#: drought has as well.
CLAUSE_THREAT_NOUNS: frozenset[str] = THREAT_WARNING_NOUNS - {"consequence", "response"}
#: Prepositions whose object is what a warning is about: "warned of retaliation".
WARNING_TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"of", "about"})

#: Event types whose trigger announces another action, and takes from that action what it lacks:
#: a threat is aimed at whom the threatened action is aimed at ("Iran threatened to impose
#: sanctions on Israel" targets Israel; "Iran's threat to impose ..." too) and is dated by the
#: time expression in the action's clause ("... on Israel last week"), unless that date is after
#: publication ("... next week" dates the sanctions, not the threat). A promise (AGREE) is not
#: here: it is made to someone other than whom the promised action concerns.
ANNOUNCING_TYPES: frozenset[str] = frozenset({"THREATEN"})
