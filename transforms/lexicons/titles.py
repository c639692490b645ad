"""Person titles and honorifics.

Stripped from the front of a name to form the canonical name ("President Joe Biden" is
"Joe Biden"), and kept elsewhere as evidence of a role. Lowercased, without trailing periods.
"""

from __future__ import annotations

PERSON_TITLES: frozenset[str] = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "finance",
        "secretary",
        "state",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "mayor",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "general",
        "gen",
        "lt",
        "col",
        "colonel",
        "major",
        "maj",
        "capt",
        "captain",
        "admiral",
        "adm",
        "sgt",
        "retired",
        "former",
        "late",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "judge",
        "justice",
        "chief",
        "executive",
        "ceo",
        "chairman",
        "chairwoman",
        "director",
        "ambassador",
        "envoy",
        "special",
        "speaker",
        "premier",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "sheikh",
        "rev",
        "reverend",
        "father",
        "bishop",
        "archbishop",
        "cardinal",
        "coach",
        "deputy",
        "acting",
        "interim",
        "elect",
    }
)

#: Titles whose portfolio follows "of" ("Secretary of State", "Minister of the Interior"): the
#: portfolio is part of the title, not an organisation of its own.
PORTFOLIO_TITLES: frozenset[str] = frozenset(
    {"secretary", "secretaries", "minister", "ministers", "undersecretary"}
)

#: Leading words dropped from any entity name when forming its canonical form.
LEADING_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an"})

#: Role nouns that, written just before a name, mark it as a person ("spokesman Glyn Davies",
#: "striker Ada Bell"). Lowercased. Broader than PERSON_TITLES: these are not stripped from names.
ROLE_NOUNS: frozenset[str] = frozenset(
    PERSON_TITLES
    | {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "official",
        "leader",
        "manager",
        "analyst",
        "economist",
        "broker",
        "dealer",
        "trader",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "forward",
        "fullback",
        "winger",
        "batsman",
        "bowler",
        "pitcher",
        "champion",
        "player",
        "singer",
        "actor",
        "actress",
        "writer",
        "novelist",
        "author",
        "lawyer",
        "attorney",
        "correspondent",
        "reporter",
        "editor",
        "founder",
        "owner",
        "officer",
        "aide",
        "commissioner",
        "adviser",
        "advisor",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "mother",
    }
)

#: Titles that are part of how a person is named ("Prince Charles", "Mother Teresa", "Pope John
#: Paul"), so mention spans keep them even though canonical names drop them.
NAME_PART_TITLES: frozenset[str] = frozenset(
    {
        "prince",
        "princess",
        "king",
        "queen",
        "emperor",
        "empress",
        "pope",
        "mother",
        "sister",
        "saint",
        "sheikh",
        "sir",
        "dame",
        "lord",
        "lady",
    }
)

#: Generational suffixes that end a name without being its surname ("Martin Luther King Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Verbs that give a person a role written after "as" ("appointed Keith Kellogg as his special
#: envoy"). Lemmas.
APPOINTMENT_VERBS: frozenset[str] = frozenset(
    {"appoint", "name", "nominate", "choose", "pick", "tap", "select", "elect", "install"}
)

#: Words that may open a role phrase without being part of the role ("the special envoy", "his
#: special envoy"): dropped from the role as stored.
ROLE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"}
)

#: Nouns that make a phrase beside a name a description of that person ("an opposition member",
#: "the delegation's head"): the role nouns plus words too common to mark a name as a person's.
DESCRIPTOR_NOUNS: frozenset[str] = frozenset(
    ROLE_NOUNS
    | {
        "member",
        "head",
        "chair",
        "chairperson",
        "candidate",
        "negotiator",
        "representative",
        "deputy",
        "president",
        "prosecutor",
        "activist",
        "researcher",
        "scientist",
        "professor",
        "expert",
        "executive",
        "consultant",
        "strategist",
        "mediator",
        "emissary",
        "nominee",
        "rapporteur",
        "lawmaker",
        "legislator",
        "politician",
        "diplomat",
        "investor",
        "entrepreneur",
        "coordinator",
        "administrator",
        "superintendent",
        "inspector",
        "detective",
        "commander",
        "soldier",
        "pilot",
        "doctor",
        "physician",
        "nurse",
        "teacher",
        "student",
        "resident",
        "farmer",
        "worker",
        "owner",
        "ceo",
        "cfo",
        "coo",
        "cto",
    }
)

#: Titles that mark a person's gender, as "singular_male" / "singular_female" (the values of the
#: pronouns that can refer to them: `quotes.SPEAKER_PRONOUNS`, `grammar.PRONOUN_GENDERS`).
GENDERED_TITLES: dict[str, str] = {
    "mr": "singular_male",
    "mrs": "singular_female",
    "ms": "singular_female",
    "miss": "singular_female",
    "sir": "singular_male",
    "lady": "singular_female",
}
