"""Name-structure word lists for entity label repair.

Lowercased. `NAME_PARTICLES` may sit inside a person's name ("Ludwig van Beethoven"), so they do
not split a PERSON span the way other lowercase words do. `KNOWN_ORGANISATIONS` are abbreviations
and names the NER model often labels as places ("U.N.") or people ("Labour") that are
organisations wherever they occur.
"""

from __future__ import annotations

NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "bin",
        "bint",
        "da",
        "das",
        "de",
        "del",
        "den",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "st",
        "ul",
        "van",
        "von",
        "y",
        "zu",
    }
)

KNOWN_ORGANISATIONS: frozenset[str] = frozenset(
    {
        "u.n.",
        "un",
        "united nations",
        "eu",
        "european union",
        "nato",
        "opec",
        "gop",
        "imf",
        "wto",
        "who",
        "fifa",
        "uefa",
        "ioc",
        "osce",
        "asean",
        "african union",
        "red cross",
        "interpol",
        "nasdaq",
        "nymex",
        # parties and movements called by one word, which the model often takes for a surname
        # ("Labour is counting on the politics of fear"), so that "he said" went to "Labour"
        "labour",
        "lib dems",
        "lib dem",
        "likud",
        "kadima",
        "fidesz",
        "syriza",
        "podemos",
        "ukip",
        "hamas",
        "hezbollah",
        "taliban",
        "ennahda",
    }
)

#: Acronyms of more than four letters, lowercased, that stay in capitals when a name is written
#: only in capitals (see `transforms.entities`: other ALL-CAPS words that long are shouted names,
#: "ANKARA", and are title-cased). Shorter acronyms ("NATO", "BBC") are never title-cased.
UPPER_CASE_NAMES: frozenset[str] = frozenset(
    {
        "africom",
        "asean",
        "centcom",
        "darpa",
        "ecowas",
        "mercosur",
        "monusco",
        "naacp",
        "nafta",
        "nasdaq",
        "norad",
        "nymex",
        "sipri",
        "unaids",
        "unctad",
        "unesco",
        "unfccc",
        "unicef",
        "unhcr",
        "unifil",
        "unrwa",
        "usaid",
    }
)

#: Words that join two names in headlines and results tables ("Baltimore at Seattle",
#: "Ajax v Feyenoord"): a name never runs across them.
NAME_SEPARATORS: frozenset[str] = frozenset({"at", "v", "v.", "vs", "vs."})

#: Words that make the name right after them a place when it is one ("flew to Washington", "in
#: Lima"): such a mention is not taken for the surname of a person the article names ("John
#: Washington", "Ana Lima"), whatever label the NER model gave it. Words that also take people
#: ("with", "by", "for") are left out.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in",
        "to",
        "from",
        "at",
        "near",
        "outside",
        "inside",
        "into",
        "across",
        "toward",
        "towards",
        "around",
        "throughout",
    }
)

#: Common given names (English and other European, Latin American, Arabic, South and East Asian,
#: African), lowercased. A capitalised word from this list followed by a capitalised word is
#: evidence of a person's name ("Marion Clignet"), whatever label the NER model gave it. Names
#: that are also common place or company words (e.g. "Georgia", "Florence") are left out.
FIRST_NAMES: frozenset[str] = frozenset(
    """
    aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan albert alberto alejandro
    aleksandr alex alexander alexandra alexandre alexei alfred ali alice alison allan amanda
    amir amy ana anatoly andre andrea andreas andrei andres andrew andrey andrzej angela angelo
    anil anita ann anna anne anthony antoine anton antonio arnold arthur ashok barbara barry ben
    benjamin bernard bill billy bob bobby boris brad brendan brian bruce bruno carl carlos
    carmen carol caroline catherine charles charlie chen chris christian christine christopher
    claire claude claudia colin craig dan daniel daniela danny dave david dean deborah dennis
    derek diana diane diego dieter dimitri dmitry dominic don donald douglas duncan dwight edgar
    eduardo edward elena elizabeth emma enrique eric erik ernesto eva evgeny fabio faisal felipe
    felix fernando francesco francis francisco frank franz fred frederick gabriel gareth gary
    geoff geoffrey georg george gerald gerard gerhard giovanni giuseppe glenn gordon graham greg
    gregory guy hans harold harry hassan heinz helen helmut henri henry herbert hugo hussein ian
    igor ilya ivan jack jacques james jan jane janet jason javier jean jeff jeffrey jennifer
    jeremy jerry jim jimmy joan joe johan john jon jonathan jorge jose josef joseph juan julia
    julian julie jurgen justin karen karl kate katherine keith ken kenneth kevin khalid kim
    klaus kurt larry laura laurent lee leonid leslie linda lisa louis luc luca lucas luis luigi
    lynn magnus mahmoud manuel marc marcel marco marcus margaret maria marie mario mark martin
    mary massimo matt matthew maurice max melissa michael michel michele miguel mike mikhail
    mohamed mohammad mohammed monica muhammad nadia nancy natalia natasha neil nicholas nick
    nicola nicolas nigel nikolai noel norman olga oliver omar oscar pablo paolo pascal patricia
    patrick paul paula pedro peter petr petra phil philip philippe pierre piotr rafael rahul
    rajesh ralph ramon raul ray raymond rebecca ricardo richard rick rita rob robert roberto
    robin roger roland ron ronald rosa ruben rudolf russell ryan said salim sam samuel sandra
    sanjay sara sarah scott sean sebastian sergei sergio shane sharon simon sofia sophie stefan
    stephan stephen steve steven stuart susan suzanne sven tadeusz tanya terry thierry thomas
    tim timothy todd tom tommy tony valentin victor viktor vincent vitaly vladimir volker
    volodymyr walter wayne werner william willy wolfgang xavier yasser yuri yves zoran
    """.split()  # noqa: SIM905
)

#: Small words an acronym gives no letter: "Securities and Exchange Commission" is "SEC".
ACRONYM_SKIPPED_WORDS: frozenset[str] = frozenset(
    {"of", "the", "and", "&", "for", "on", "in", "de", "du", "des", "la", "le", "-"}
)

#: Last words that make a name a company or other organisation ("Pirelli SpA", "Acme Corp.",
#: "State Department", "Defense Ministry"), lowercased without trailing periods. Words that are
#: also common surnames ("Court", "House", "Service") are left out.
ORGANISATION_SUFFIXES: frozenset[str] = frozenset(
    {
        "administration",
        "ag",
        "agency",
        "association",
        "authority",
        "bancorp",
        "bancshares",
        "bank",
        "bureau",
        "bv",
        "co",
        "commission",
        "committee",
        "company",
        "corp",
        "corporation",
        "council",
        "department",
        "embassy",
        "federation",
        "foundation",
        "gmbh",
        "group",
        "holding",
        "holdings",
        "inc",
        "incorporated",
        "institute",
        "limited",
        "llc",
        "ltd",
        "ministry",
        "nv",
        "office",
        "parliament",
        "party",
        "plc",
        "sa",
        "spa",
        "university",
    }
)
