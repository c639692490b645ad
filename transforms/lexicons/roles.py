"""Nouns that describe a person or an organisation by role: "the president", "the company".

The one source for both readers of such descriptions: quote speakers
(`lexicons.quotes.speakers`) and event participants (`lexicons.events.actors`), which say which
of these groups each resolves to an earlier mention.
"""

from __future__ import annotations

#: Offices one person holds: "the president", "the Russian leader".
OFFICE_NOUNS: frozenset[str] = frozenset(
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

#: Occupations and standings, and the honorifics used bare ("the lawyer", "the spokeswoman").
OCCUPATION_NOUNS: frozenset[str] = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "official",
        "chief",
        "executive",
        "chair",
        "director",
        "diplomat",
        "judge",
        "prosecutor",
        "lawyer",
        "attorney",
        "candidate",
        "lawmaker",
        "representative",
        "head",
        "founder",
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

#: Businesses: "the company", "the airline".
COMPANY_NOUNS: frozenset[str] = frozenset(
    {
        "company",
        "firm",
        "bank",
        "group",
        "carrier",
        "manufacturer",
        "airline",
        "automaker",
    }
)

#: Organised bodies: "the ministry", "the union".
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "ministry",
        "agency",
        "department",
        "committee",
        "council",
        "party",
        "union",
    }
)

#: The state and institutions, and their staff as a whole: "the government", "the police",
#: "officials".
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "government",
        "court",
        "police",
        "army",
        "military",
        "office",
        "administration",
        "campaign",
        "board",
        "commission",
        "authority",
        "authorities",
        "officials",
    }
)

#: Nouns that describe a business right before its name ("oil giant Yukos", "carmaker
#: Maserati"), besides COMPANY_NOUNS and BODY_NOUNS: evidence that a one-word name is an
#: organisation whatever label the NER model gave it.
ORGANISATION_CUE_NOUNS: frozenset[str] = frozenset(
    """
    giant maker carmaker producer operator retailer insurer brewer miner conglomerate unit
    subsidiary rival owner broadcaster network chain supermarket lender exchange airline
    """.split()  # noqa: SIM905
)

#: Nouns right after a one-word name that only an organisation has ("Yukos boss", "Yukos
#: shareholders", "Euronext chief executive").
ORGANISATION_PART_NOUNS: frozenset[str] = frozenset(
    """
    boss bosses shares shareholders shareholder chairman board unit subsidiary stake profits
    revenues takeover staff workers employees
    """.split()  # noqa: SIM905
)
