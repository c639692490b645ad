"""Verbs of speaking that cue a direct quote, and the lemma repairs the cue tests need.

CUE_VERBS are lemmas of verbs that introduce reported speech or writing; with DIRECT_QUOTE_CUES
(the manner of speaking: scoffed, chanted) and PHRASAL_QUOTE_CUES (went on, shot back) they are
the cues of direct quotes. They are matched on the spaCy lemma, so "said", "says" and "saying" all
hit "say". CONTINUATION_CUES mark a statement that continues the previous speaker ("added",
"continued"). LEMMA_CORRECTIONS repairs lemmas the small spaCy model gets wrong for cue words.
Not here: the cues only indirect attributions take (`beliefs`, `objects`, `phrases`).
"""

from __future__ import annotations

#: Lemmas of verbs that introduce reported speech or writing: the cues of direct quotes,
#: and of indirect attributions too.
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

#: (lemma, word) pairs the small English lemmatizer gets wrong, with the right lemma: "hoping"
#: and "hoped" come out as "hop", which would hide a common intention cue.
LEMMA_CORRECTIONS: dict[tuple[str, str], str] = {
    ("hop", "hoping"): "hope",
    ("hop", "hoped"): "hope",
    ("hop", "hopes"): "hope",
}
