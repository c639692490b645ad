"""Words that make an event hypothetical, negated, future or counterfactual.

Modals, directives, irrealis governors and nouns, negating governors and future auxiliaries and
governors, read by `transforms.events.modality`. They decide an event's modality and whether it
is emitted; they code no event type.
"""

from __future__ import annotations

#: Auxiliaries and verbs that make the event they govern hypothetical, not (yet) a fact.
HYPOTHETICAL_MARKERS: frozenset[str] = frozenset(
    {"would", "could", "might", "may", "should", "will", "shall", "if", "unless"}
)
#: Directive verbs: their to-infinitive is what they tell their addressee (the object, or the
#: object of DIRECTIVE_ADDRESSEE_PREPOSITIONS) to do, so the addressee is its actor and it has not
#: happened: in "Germany urged Iran to release Jonas Weber" Iran, not Germany, would release him,
#: and nobody has yet; "Russia warned Kyiv not to attack Crimea", "invited Macron to visit".
#: Not "forced/persuaded X to": those say it happened.
DIRECTIVE_VERBS: frozenset[str] = frozenset(
    {
        "urge",
        "ask",
        "call",
        "warn",
        "tell",
        "order",
        "invite",
        "encourage",
        "press",
        "pressure",
        "request",
        "instruct",
        "advise",
        "implore",
        "beg",
    }
)
#: Prepositions that give a directive's addressee: "called on Iran to release ...".
DIRECTIVE_ADDRESSEE_PREPOSITIONS: frozenset[str] = frozenset({"on", "upon"})

#: Governing verbs whose complement event has not happened: "promised to end the war". (The
#: directives make only their to-infinitive hypothetical: "told reporters that he met Macron" is
#: a report of a meeting.)
IRREALIS_GOVERNORS: frozenset[str] = frozenset(
    {
        "promise",
        "pledge",
        "vow",
        "plan",
        "want",
        "hope",
        "seek",
        "try",
        "threaten",
        "aim",
        "intend",
        "propose",
        "offer",
        "expect",
        "consider",
        "refuse",
        "decline",
        "fail",
    }
)

#: Nouns whose to-infinitive has not happened: "Iran's threat to impose sanctions", "the plan to
#: visit Beijing", "a bid to end the strike", and what one may do: "the home secretary's powers to
#: suspend chief constables". Not "decision": what was decided may be done.
IRREALIS_NOUNS: frozenset[str] = frozenset(
    {
        "power",
        "right",
        "ability",
        "authority",
        "capacity",
        "chance",
        "opportunity",
        "willingness",
        "readiness",
        "threat",
        "ultimatum",
        "plan",
        "promise",
        "pledge",
        "vow",
        "offer",
        "proposal",
        "bid",
        "attempt",
        "effort",
        "call",
        "demand",
        "request",
        "hope",
        "intention",
        "refusal",
        "failure",
    }
)

#: Verbs whose complement the text reports as NOT having happened: "denied that any meeting had
#: been planned", "denied meeting the envoy". The event is emitted with `negated` set, like "did
#: not meet" (it is the speaker's denial, which is itself news).
NEGATING_GOVERNORS: frozenset[str] = frozenset({"deny", "refute"})

#: Auxiliary lemmas that put the event they govern after the time of reporting: "will meet",
#: "won't sign" (spaCy lemmatises the "wo" of "won't" to "will"), "shall decide".
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "shall"})
#: Words whose to-infinitive complement is presented as still to come: "is to visit" (be), "is
#: going to meet" (go, only as "going"), "is set/due/scheduled/expected to sign", "plans/intends/
#: aims/prepares to impose", "promised/pledged/vowed/threatened/agreed to end".
FUTURE_GOVERNORS: frozenset[str] = frozenset(
    {
        "be",
        "go",
        "set",
        "due",
        "schedule",
        "expect",
        "plan",
        "intend",
        "aim",
        "prepare",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "agree",
    }
)

#: Modals that, followed by "have" + participle, make a counterfactual ("would have happened"):
#: the text says the event did NOT happen, so no event is emitted.
COUNTERFACTUAL_MODALS: frozenset[str] = frozenset({"would", "could", "might", "should"})
