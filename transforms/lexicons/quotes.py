"""Lexicons for quote extraction and speaker resolution.

CUE_VERBS are lemmas of verbs that introduce reported speech or writing; with DIRECT_QUOTE_CUES
(the manner of speaking: scoffed, chanted) and PHRASAL_QUOTE_CUES (went on, shot back) they are
the cues of direct quotes. They are matched on the spaCy lemma, so "said", "says" and "saying" all
hit "say". Indirect attributions also take BELIEF_CUES (think, believe, show), INTENTION_CUES (an
infinitive: plan to), OBJECT_CUES (an object: denied the report), PREPOSITION_CUES (called for)
and CUE_NOUNS (the claim that) or NOUN_PREPOSITION_CUES (support for), because PolNeAR annotates
beliefs and intentions as attributions. LEMMA_CORRECTIONS repairs lemmas the small spaCy model
gets wrong for cue words.
CONTINUATION_CUES mark a statement that continues the previous speaker ("added", "continued").
STATEMENT_OBJECT_CUES, REGARD_AS_CUES ("sees X as Y") and ADJECTIVE_CUES ("was critical of", "is
confident that") extend those groups with entries measured on PolNeAR train. The extractors'
numeric thresholds are in `transforms.quotes.settings`, not here.
"""

from __future__ import annotations

CUE_VERBS: frozenset[str] = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "declare",
        "announce",
        "explain",
        "note",
        "remark",
        "insist",
        "argue",
        "claim",
        "assert",
        "warn",
        "caution",
        "stress",
        "emphasize",
        "emphasise",
        "write",
        "report",
        "reply",
        "respond",
        "answer",
        "acknowledge",
        "admit",
        "concede",
        "confirm",
        "deny",
        "suggest",
        "predict",
        "promise",
        "pledge",
        "vow",
        "recall",
        "observe",
        "comment",
        "continue",
        "conclude",
        "complain",
        "urge",
        "ask",
        "tweet",
        "post",
        "testify",
        "mention",
        "reveal",
        "disclose",
        "contend",
        "maintain",
        "allege",
        "estimate",
        "indicate",
        "point",
        "underscore",
        "repeat",
        "reiterate",
        "agree",
        "quip",
        "joke",
        "shout",
        "whisper",
        "exclaim",
        "boast",
        "lament",
        "demand",
        "read",
        "yell",
    }
)

#: Verbs of the manner of speaking that cue direct quotes only (“Never!” she scoffed): they
#: rarely report a paraphrase, so indirect attribution does not use them.
DIRECT_QUOTE_CUES: frozenset[str] = frozenset(
    {
        "assure",
        "bark",
        "beam",
        "boom",
        "chant",
        "concur",
        "confide",
        "cry",
        "echo",
        "elaborate",
        "exult",
        "fume",
        "gloat",
        "gripe",
        "grumble",
        "gush",
        "interject",
        "jeer",
        "laugh",
        "marvel",
        "mock",
        "mouth",
        "mumble",
        "murmur",
        "muse",
        "mutter",
        "plead",
        "proclaim",
        "rant",
        "recite",
        "recount",
        "retort",
        "riff",
        "scoff",
        "scream",
        "sing",
        "snap",
        "sneer",
        "surmise",
        "thunder",
        "utter",
        "wonder",
    }
)

#: Phrasal verbs (lemma, particle or bare object) that cue direct quotes: “…,” he went on / she
#: shot back / as he put it, “…”.
PHRASAL_QUOTE_CUES: frozenset[tuple[str, str]] = frozenset(
    {
        ("put", "it"),
        ("go", "on"),
        ("shoot", "back"),
        ("fire", "back"),
        ("hit", "back"),
        ("chime", "in"),
        ("cut", "in"),
    }
)

#: Cue verbs that, with no subject of their own, continue the previous quote's speaker.
CONTINUATION_CUES: frozenset[str] = frozenset({"add", "continue", "conclude"})
#: Phrasal cues, as (lemma, particle), that do the same: "went on".
PHRASAL_CONTINUATION_CUES: frozenset[tuple[str, str]] = frozenset({("go", "on")})

#: Multi-word cues matched on lowercased text: the speaker is the object of the phrase.
SOURCE_PHRASES: tuple[str, ...] = ("according to",)

#: Personal pronouns that may stand for a speaker, with the grammatical number they carry.
SPEAKER_PRONOUNS: dict[str, str] = {
    "he": "singular_male",
    "she": "singular_female",
    "they": "plural",
    "it": "neuter",  # "VW said ... It said it had dismissed": an organisation or a country
    "i": "first",
    "we": "first",
}

#: Verbs whose "it" is a placeholder, not an organisation: "It seems the talks will fail".
PLACEHOLDER_IT_VERBS: frozenset[str] = frozenset(
    {"seem", "appear", "be", "look", "emerge", "transpire", "remain"}
)

#: Role nouns: "the president said", "a spokesperson for X said". Resolved to a salient person
#: (or organisation for collective nouns) seen earlier in the article.
PERSON_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "president",
        "leader",
        "minister",
        "premier",
        "chancellor",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "official",
        "chief",
        "executive",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "secretary",
        "governor",
        "mayor",
        "senator",
        "envoy",
        "ambassador",
        "diplomat",
        "general",
        "commander",
        "king",
        "queen",
        "prince",
        "judge",
        "prosecutor",
        "lawyer",
        "attorney",
        "candidate",
        "lawmaker",
        "representative",
        "head",
        "founder",
        "ceo",
        "coach",
        "manager",
        "analyst",
        "economist",
        "scientist",
        "researcher",
        "professor",
        "expert",
        "activist",
        "organizer",
        "organiser",
        "witness",
        "resident",
        "member",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)

#: Collective nouns that speak for an organisation: "the ministry said".
ORG_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "ministry",
        "government",
        "company",
        "council",
        "agency",
        "department",
        "committee",
        "court",
        "police",
        "army",
        "military",
        "office",
        "administration",
        "firm",
        "group",
        "union",
        "party",
        "campaign",
        "board",
        "bank",
        "commission",
        "authority",
        "authorities",
        "officials",
    }
)

#: Role nouns for someone who speaks FOR an organisation: "a spokeswoman for the ministry" and
#: "the ministry's spokesman" are the ministry speaking, so the quote goes to the organisation.
#: (A lawyer or an aide speaks for themselves: "a lawyer for Mr. Aubert" is not Mr. Aubert.)
SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "representative", "mouthpiece"}
)

#: Organisation nouns general enough that "the company said" means the organisation the story
#: is about, the most recent one named. Other ORG_ROLE_NOUNS ("the union", "the ministry")
#: resolve only to an organisation whose name contains the noun ("Dockworkers Union"): the most
#: recent organisation is as often the union's employer or the ministry's critic.
GENERIC_ORG_NOUNS: frozenset[str] = frozenset({"company", "firm", "group", "bank"})

#: Short words that titles leave in lower case ("Profiles in Courage", "Law and Order"). A quote
#: whose other words are all capitalised is the title of a book, show or song, a slogan or a
#: sign ("Make America Great Again"), not an utterance: `partial` unless a cue presents it.
TITLE_MINOR_WORDS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "nor",
        "so",
        "yet",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "over",
        "to",
        "up",
        "with",
        "vs",
        "via",
    }
)

#: Quotation-mark glyphs that open or close a quotation whatever the spacing around them
#: (straight marks and the typewriter form '' are decided by spacing alone).
OPENING_GLYPHS: frozenset[str] = frozenset({"“", "«", "„", "``"})
CLOSING_GLYPHS: frozenset[str] = frozenset({"”", "»"})
#: Marks that open or close by the spacing around them: the straight mark and typewriter ''.
SPACING_GLYPHS: frozenset[str] = frozenset({'"', "''"})
#: Every double quotation mark.
QUOTE_GLYPHS: frozenset[str] = OPENING_GLYPHS | CLOSING_GLYPHS | SPACING_GLYPHS

#: Verbs of belief, knowledge and finding that report a stance through a clause ("Polls show
#: that …", "She believes the law is wrong"). Indirect attributions only; never a direct cue.
BELIEF_CUES: frozenset[str] = frozenset(
    {
        "think",
        "believe",
        "feel",
        "hope",
        "fear",
        "worry",
        "expect",
        "know",
        "understand",
        "realize",
        "realise",
        "doubt",
        "suspect",
        "assume",
        "wonder",
        "show",
        "find",
        "reveal",
        "imply",
        "signal",
        "project",
        "forecast",
        "calculate",
        "determine",
        "decide",
        "learn",
        "recognize",
        "recognise",
        "accept",
        "hear",
        "notice",
        "demand",
        "question",
        "dispute",
        "charge",
        "accuse",
        "blame",
        "hint",
        "guess",
        "figure",
        "reckon",
        "speculate",
        "insinuate",
        "assure",
        "remind",
        "inform",
        "advise",
        "convince",
        "persuade",
        "counter",
        "retort",
        "concur",
        "caution",
        "proclaim",
        "swear",
        "guarantee",
        "bet",
        "recount",
        "describe",
        "imagine",
        "wish",
        "prove",
        "conclude",
        "acknowledge",
        "say",
        "tell",
        "see",
        "consider",
    }
)

#: Verbs of intention, and of stance ("seems to favour", "appears to back"), whose infinitive is
#: the content: "plans to run", "vowed to fight".
INTENTION_CUES: frozenset[str] = frozenset(
    {
        "want",
        "plan",
        "intend",
        "aim",
        "hope",
        "seek",
        "refuse",
        "decline",
        "offer",
        "agree",
        "threaten",
        "promise",
        "pledge",
        "vow",
        "swear",
        "propose",
        "urge",
        "ask",
        "encourage",
        "tell",
        "advise",
        "warn",
        "call",
        "demand",
        "expect",
        "wish",
        "decide",
        "vote",
        "seem",
        "appear",
    }
)

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

#: Dashes that sign a quote with its speaker's name: “…” ― Karen Lee.
SIGNATURE_DASHES: frozenset[str] = frozenset({"—", "―", "–", "-", "--"})

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

#: (lemma, word) pairs the small English lemmatizer gets wrong, with the right lemma: "hoping"
#: and "hoped" come out as "hop", which would hide a common intention cue.
LEMMA_CORRECTIONS: dict[tuple[str, str], str] = {
    ("hop", "hoping"): "hope",
    ("hop", "hoped"): "hope",
    ("hop", "hopes"): "hope",
}

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

#: Last words of labels before a paragraph's colon that make them headings, not speakers
#: ("Update:", "The Latest:", "Breaking:", "Q:" for an interviewer's question), lowercased.
NON_SPEAKER_LABELS: frozenset[str] = frozenset(
    {
        "analysis",
        "background",
        "breaking",
        "correction",
        "disclosure",
        "editorial",
        "exclusive",
        "highlights",
        "latest",
        "line",
        "more",
        "note",
        "photo",
        "photos",
        "q",
        "related",
        "reminder",
        "source",
        "sources",
        "transcript",
        "update",
        "updated",
        "updates",
        "video",
        "watch",
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

#: Punctuation that ends a speaker label before a colon ("HEADLINE - Ana Tembe: “…”").
LABEL_STOPS: frozenset[str] = frozenset({".", ";", "-", "—", "–", "―", "--", "(", ")"})
