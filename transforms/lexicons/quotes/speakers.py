"""Words that name, or rule out, the speaker of a quote.

SPEAKER_PRONOUNS and PLACEHOLDER_IT_VERBS say which pronouns stand for a speaker; the role nouns
(PERSON_ROLE_NOUNS, ORG_ROLE_NOUNS, SPOKESPERSON_NOUNS, GENERIC_ORG_NOUNS) which descriptions are
resolved to a person or an organisation seen earlier; NON_SPEAKER_LABELS which labels before a
colon are headings. The role nouns are groups of `lexicons.roles`.
"""

from __future__ import annotations

from transforms.lexicons.roles import (
    BODY_NOUNS,
    COMPANY_NOUNS,
    INSTITUTION_NOUNS,
    OCCUPATION_NOUNS,
    OFFICE_NOUNS,
)

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
PERSON_ROLE_NOUNS: frozenset[str] = OFFICE_NOUNS | OCCUPATION_NOUNS

#: Collective nouns that speak for an organisation: "the ministry said".
ORG_ROLE_NOUNS: frozenset[str] = COMPANY_NOUNS | BODY_NOUNS | INSTITUTION_NOUNS

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
