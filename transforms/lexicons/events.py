"""Event lexicon: trigger lemmas mapped to PLOVER event types, with PLOVER's mode where one fits.

PLOVER has 16 event types in four quad classes; newsetl adds APPOINT, ELECT and RESIGN (quad class
NULL). `EVENT_TYPES` is loaded into the `event_types` table. VERB_TRIGGERS and NOUN_TRIGGERS map a
lemma to (event type, mode or None). Conditional tables: OBJECT_SENSITIVE (a light verb coded by
its object: "surge aid" is AID), PERSON_OBJECT_VERBS (only with a person object: "released the
hostages") and WARNING_VERBS (only a threat of the warner's own action). ACTOR_PRONOUNS and the
*_ROLE_NOUNS sets say which pronouns and descriptions are resolved to an earlier mention.
Thresholds are in `transforms.events.settings`; the behaviour is specified in docs/events.md.
"""

from __future__ import annotations

#: type -> (quad class or None, description)
EVENT_TYPES: dict[str, tuple[str | None, str]] = {
    "AGREE": ("verbal cooperation", "Agree to, or promise, a future action or settlement."),
    "CONSULT": ("verbal cooperation", "Meet, visit, talk or negotiate."),
    "SUPPORT": ("verbal cooperation", "Praise, endorse, congratulate or back another actor."),
    "CONCEDE": ("material cooperation", "Ease restrictions, release, apologise or give way."),
    "COOPERATE": ("material cooperation", "Act jointly: sign agreements, share, collaborate."),
    "AID": ("material cooperation", "Provide economic, military or humanitarian aid."),
    "RETREAT": ("material cooperation", "Withdraw forces, evacuate or back down."),
    "REQUEST": ("verbal cooperation", "Ask, urge, appeal or demand something of another."),
    "ACCUSE": ("verbal conflict", "Accuse, blame, criticise or condemn."),
    "REJECT": ("verbal conflict", "Reject, refuse, deny or veto."),
    "THREATEN": ("verbal conflict", "Threaten or warn of coercive action."),
    "PROTEST": ("material conflict", "Demonstrate, strike, boycott or rally against."),
    "SANCTION": ("material conflict", "Impose sanctions, embargoes, expulsions or bans."),
    "MOBILIZE": ("material conflict", "Mobilise or deploy forces, raise alert levels."),
    "COERCE": ("material conflict", "Arrest, detain, seize, deport or repress."),
    "ASSAULT": ("material conflict", "Attack, bomb, shoot, kill or invade."),
    "APPOINT": (None, "newsetl: appoint, nominate or name someone to a post."),
    "ELECT": (None, "newsetl: elect, or win or lose an election."),
    "RESIGN": (None, "newsetl: resign, step down or be dismissed from a post."),
}

VERB_TRIGGERS: dict[str, tuple[str, str | None]] = {
    # CONSULT
    "meet": ("CONSULT", "meet"),
    "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "host"),
    "consult": ("CONSULT", None),
    "negotiate": ("CONSULT", "negotiate"),
    "discuss": ("CONSULT", None),
    "telephone": ("CONSULT", "phone"),
    # SUPPORT
    "congratulate": ("SUPPORT", "praise"),
    "praise": ("SUPPORT", "praise"),
    "welcome": ("SUPPORT", "praise"),
    "endorse": ("SUPPORT", "endorse"),
    "support": ("SUPPORT", None),
    "back": ("SUPPORT", None),
    "thank": ("SUPPORT", "praise"),
    "commend": ("SUPPORT", "praise"),
    "applaud": ("SUPPORT", "praise"),
    # AGREE
    "agree": ("AGREE", None),
    "pledge": ("AGREE", "promise"),
    "promise": ("AGREE", "promise"),
    "vow": ("AGREE", "promise"),
    "accept": ("AGREE", None),
    # COOPERATE
    "cooperate": ("COOPERATE", None),
    "collaborate": ("COOPERATE", None),
    "sign": ("COOPERATE", "sign"),
    "ratify": ("COOPERATE", "sign"),
    # AID
    "donate": ("AID", "economic"),
    "fund": ("AID", "economic"),
    # CONCEDE
    "concede": ("CONCEDE", None),
    "apologize": ("CONCEDE", "apologize"),
    "apologise": ("CONCEDE", "apologize"),
    "pardon": ("CONCEDE", "release"),
    "ease": ("CONCEDE", "ease"),
    # RETREAT
    "withdraw": ("RETREAT", "withdraw"),
    "retreat": ("RETREAT", "withdraw"),
    "evacuate": ("RETREAT", "withdraw"),
    # REQUEST
    "request": ("REQUEST", None),
    "urge": ("REQUEST", None),
    "appeal": ("REQUEST", None),
    "demand": ("REQUEST", None),
    "invite": ("REQUEST", None),
    # ACCUSE
    "accuse": ("ACCUSE", None),
    "blame": ("ACCUSE", None),
    "criticize": ("ACCUSE", "criticize"),
    "criticise": ("ACCUSE", "criticize"),
    "condemn": ("ACCUSE", "criticize"),
    "denounce": ("ACCUSE", "criticize"),
    "sue": ("ACCUSE", "legal"),
    "charge": ("ACCUSE", "legal"),
    "indict": ("ACCUSE", "legal"),
    # REJECT
    "reject": ("REJECT", None),
    "refuse": ("REJECT", None),
    "veto": ("REJECT", "veto"),
    "dismiss": ("REJECT", None),
    "oppose": ("REJECT", None),
    "rebuff": ("REJECT", None),
    # THREATEN ("warn" only when the warning is a threat: WARNING_VERBS)
    "threaten": ("THREATEN", None),
    # PROTEST
    "protest": ("PROTEST", "demonstrate"),
    "demonstrate": ("PROTEST", "demonstrate"),
    "rally": ("PROTEST", "demonstrate"),
    "march": ("PROTEST", "demonstrate"),
    "boycott": ("PROTEST", "boycott"),
    # SANCTION
    "sanction": ("SANCTION", None),
    "embargo": ("SANCTION", "embargo"),
    "expel": ("SANCTION", "expel"),
    "suspend": ("SANCTION", None),
    "ban": ("SANCTION", None),
    # MOBILIZE
    "mobilize": ("MOBILIZE", None),
    "mobilise": ("MOBILIZE", None),
    "deploy": ("MOBILIZE", None),
    # COERCE
    "arrest": ("COERCE", "arrest"),
    "detain": ("COERCE", "arrest"),
    "seize": ("COERCE", "seize"),
    "deport": ("COERCE", "deport"),
    "raid": ("COERCE", None),
    "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"),
    # ASSAULT
    "attack": ("ASSAULT", None),
    "bomb": ("ASSAULT", "aerial"),
    "shell": ("ASSAULT", "firearms"),
    "shoot": ("ASSAULT", "firearms"),
    "kill": ("ASSAULT", None),
    "invade": ("ASSAULT", None),
    "assassinate": ("ASSAULT", None),
    "wound": ("ASSAULT", None),
    "stab": ("ASSAULT", None),
    "torture": ("ASSAULT", "torture"),
    "kidnap": ("ASSAULT", "abduct"),
    "abduct": ("ASSAULT", "abduct"),
    "ambush": ("ASSAULT", None),
    "massacre": ("ASSAULT", None),
    # newsetl types
    "appoint": ("APPOINT", None),
    "nominate": ("APPOINT", None),
    "elect": ("ELECT", None),
    "reelect": ("ELECT", None),
    "re-elect": ("ELECT", None),
    "resign": ("RESIGN", None),
}

NOUN_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "meeting": ("CONSULT", "meet"),
    "summit": ("CONSULT", "meet"),
    "talks": ("CONSULT", None),
    "visit": ("CONSULT", "visit"),
    "dinner": ("CONSULT", "meet"),
    "negotiation": ("CONSULT", "negotiate"),
    "appointment": ("APPOINT", None),
    "election": ("ELECT", None),
    "protest": ("PROTEST", "demonstrate"),
    "demonstration": ("PROTEST", "demonstrate"),
    "sanction": ("SANCTION", None),
    "attack": ("ASSAULT", None),
    "airstrike": ("ASSAULT", "aerial"),
    "arrest": ("COERCE", "arrest"),
    "withdrawal": ("RETREAT", "withdraw"),
    "demand": ("REQUEST", None),
    "threat": ("THREATEN", None),
    "agreement": ("AGREE", None),
    "deal": ("AGREE", None),
    "accusation": ("ACCUSE", None),
    "resignation": ("RESIGN", None),
    # attacks named by what was done; not "explosion" or "blast", which are as often accidents
    "bombing": ("ASSAULT", "explosives"),
    "shooting": ("ASSAULT", "firearms"),
    "shelling": ("ASSAULT", "firearms"),
    "killing": ("ASSAULT", None),
    "assassination": ("ASSAULT", None),
    "massacre": ("ASSAULT", None),
    "ambush": ("ASSAULT", None),
    "invasion": ("ASSAULT", None),
    "offensive": ("ASSAULT", None),
    "kidnapping": ("ASSAULT", "abduct"),
    "abduction": ("ASSAULT", "abduct"),
    "raid": ("COERCE", None),
    "detention": ("COERCE", "arrest"),
    "deportation": ("COERCE", "deport"),
    "criticism": ("ACCUSE", "criticize"),
    "condemnation": ("ACCUSE", "criticize"),
    "lawsuit": ("ACCUSE", "legal"),
    "indictment": ("ACCUSE", "legal"),
    "rally": ("PROTEST", "demonstrate"),
    "boycott": ("PROTEST", "boycott"),
    "embargo": ("SANCTION", "embargo"),
    "expulsion": ("SANCTION", "expel"),
    "evacuation": ("RETREAT", "withdraw"),
    "endorsement": ("SUPPORT", "endorse"),
    "apology": ("CONCEDE", "apologize"),
    "nomination": ("APPOINT", None),
    "deployment": ("MOBILIZE", None),
    "ultimatum": ("THREATEN", None),
}

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
#: Verbs that are no event with a MARKET_SUBJECT_NOUNS subject.
MARKET_SENSE_VERBS: frozenset[str] = frozenset({"rally"})
#: Triggers whose type changes with an abstract object (a verb's direct object, or a noun's
#: "on"/"against" object): the new (type, mode), or None when it is then no event at all.
#: What one signs alone: "signed the bill into law", "signed a decree" cooperates with no one.
UNILATERAL_SIGNED_NOUNS: frozenset[str] = frozenset(
    {"bill", "decree", "law", "order", "legislation", "budget", "petition", "letter", "book"}
)
OBJECT_RECODED: dict[str, tuple[frozenset[str], tuple[str, str | None] | None]] = {
    "attack": (IDEA_NOUNS, ("ACCUSE", None)),
    "meet": (REQUIREMENT_NOUNS, None),
    "sign": (UNILATERAL_SIGNED_NOUNS, None),
}

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

#: Talk verbs that, as the to-infinitive purpose of a meeting verb (a CONSULT trigger: meet,
#: visit, host, "hold talks"), are that meeting and not a second CONSULT: "Putin met Macron in
#: Paris to discuss the war". Not a trigger list: "talk" alone is no event, but "met in Paris to
#: talk with Macron" still says whom the meeting was with. On their own, "discuss", "negotiate"
#: and "consult" are CONSULT events ("Putin and Macron will discuss the war").
MEETING_PURPOSE_VERBS: frozenset[str] = frozenset({"discuss", "negotiate", "consult", "talk"})

#: Event types whose trigger announces another action, and takes from that action what it lacks:
#: a threat is aimed at whom the threatened action is aimed at ("Iran threatened to impose
#: sanctions on Israel" targets Israel; "Iran's threat to impose ..." too) and is dated by the
#: time expression in the action's clause ("... on Israel last week"), unless that date is after
#: publication ("... next week" dates the sanctions, not the threat). A promise (AGREE) is not
#: here: it is made to someone other than whom the promised action concerns.
ANNOUNCING_TYPES: frozenset[str] = frozenset({"THREATEN"})

#: Subject pronouns resolved to the most recent earlier mention of these types.
ACTOR_PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
}

#: In a speaker's own words, "I" and "we" are the speaker (for "we", the speaker standing for
#: their side): “We congratulate Donald Trump,” Putin said makes Putin the congratulator.
SPEAKER_SELF_PRONOUNS: frozenset[str] = frozenset({"i", "we"})
#: Possessive pronouns on an object that make its owner the target ("praised his focus"), with
#: the entity types they can stand for.
POSSESSIVE_PRONOUNS: dict[str, frozenset[str]] = {
    "his": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
}

#: "the president", "the Russian leader": definite descriptions resolved to the most recent
#: person (preferring one introduced with the description's modifier, "Russian President X").
PERSON_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "president",
        "leader",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "governor",
        "mayor",
        "senator",
        "envoy",
        "ambassador",
        "general",
        "commander",
        "secretary",
        "chairman",
        "chairwoman",
        "ceo",
        "pope",
        "dictator",
        "monarch",
    }
)
#: "the company", "the ministry": definite descriptions resolved to the most recent organisation.
ORG_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "company",
        "firm",
        "ministry",
        "agency",
        "department",
        "committee",
        "council",
        "party",
        "union",
        "bank",
        "carrier",
        "manufacturer",
        "airline",
        "automaker",
        "group",
    }
)

#: Prepositions whose object is a verb's target: "talks with Iran", "aid to Haiti".
TARGET_PREPOSITIONS: frozenset[str] = frozenset({"with", "to", "against", "on", "for"})
#: Prepositions whose object may be where an event happened: "in Kyiv", "at the summit".
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "outside", "inside"})
#: Prepositions that place a sentence's subject at a gathering: "said at the summit".
ATTENDANCE_PREPOSITIONS: frozenset[str] = frozenset({"at", "during"})
