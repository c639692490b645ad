"""Speakers: pronouns, descriptions and appositions resolved to entities."""

from __future__ import annotations

import pytest


def test_pronoun_is_named_by_an_added_statement_that_follows(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Rui Costa met Governor Tomas Reis on Friday.\n"
        "“We will rebuild the harbour before the winter storms,” he said.\n"
        "The mayor added that the city would pay half of the cost."
    )
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.speaker_text == "he" and names[quote.speaker_entity_id or ""] == "Rui Costa"


def test_pronoun_skips_a_person_whose_title_gives_another_gender(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mrs. Ana Silva met Mr. Tomas Reis at the harbour. He spoke after Mr. Reis.\n"
        "“The port will reopen in the spring,” she said."
    )
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert names[quote.speaker_entity_id or ""] == "Ana Silva"


@pytest.mark.parametrize(
    ("text", "speaker_text", "speaker"),
    [
        # A spokesperson is the organisation they speak for.
        (
            "Ingrid Halvorsen accused Nordvik Energy of delays. A spokesperson for Nordvik Energy "
            "said the claims were false.",
            "A spokesperson",
            "Nordvik Energy",
        ),
        (
            "Lars Berg criticised the Foreign Ministry. The ministry's spokesman said the visit "
            "would go ahead.",
            "The ministry's spokesman",
            "Foreign Ministry",
        ),
        # Plural, indefinite and someone else's: nobody in particular, never the last name seen.
        ("Felix Aubert was charged on Monday. Prosecutors said he had lied.", "Prosecutors", None),
        (
            "Felix Aubert was charged on Monday. His lawyer said he would appeal.",
            "His lawyer",
            None,
        ),
        (
            "Donald Tusk met Olaf Scholz. Two diplomats said the talks went well.",
            "Two diplomats",
            None,
        ),
        (
            "Felix Aubert was charged on Monday. A spokeswoman said he would appeal.",
            "A spokeswoman",
            None,
        ),
        # "the union" is an organisation named as a union, not the employer named last.
        ("Bahari Terminal Services cut wages. The union said it would strike.", "The union", None),
        (
            "The Dockworkers Union met Bahari Terminal Services. The union said it would strike.",
            "The union",
            "Dockworkers Union",
        ),
        # A general noun for the organisation the story is about.
        (
            "Acme Industries reported a loss. The company said sales fell.",
            "The company",
            "Acme Industries",
        ),
        # Definite and singular: the person introduced with that role.
        (
            "Mayor Ana Silva opened the port. The mayor said it would create jobs.",
            "The mayor",
            "Ana Silva",
        ),
        # An organisation noun that a nationality modifies is the organisation, not the
        # nationality: it keeps its words, and takes the entity of that organisation if the
        # article names it, never one the text gives another country.
        (
            "“We will respond,” the Ukrainian defence ministry said.",
            "the Ukrainian defence ministry",
            None,
        ),
        (
            '"We will respond," the Ukrainian defence ministry said.',
            "the Ukrainian defence ministry",
            None,
        ),
        ("“We will not retreat,” the Israeli army said on Sunday.", "the Israeli army", None),
        (
            "Ukraine's Defence Ministry said the drones were shot down. The Ukrainian defence "
            "ministry said it would respond.",
            "The Ukrainian defence ministry",
            "Defence Ministry",
        ),
        (
            "Russia's Defence Ministry said the drones were shot down. The Ukrainian defence "
            "ministry said it would respond.",
            "The Ukrainian defence ministry",
            None,
        ),
        # An organ of a named organisation speaks for it, as its spokesperson does.
        (
            "The Nordvik Energy board said the merger would go ahead.",
            "The Nordvik Energy board",
            "Nordvik Energy",
        ),
    ],
)
def test_description_speakers_resolve_only_when_they_point_back(  # type: ignore[no-untyped-def]
    quotes_in,
    parse,
    text: str,
    speaker_text: str,
    speaker: str | None,
) -> None:
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.speaker_text == speaker_text]
    assert quote.speaker_method == "description"
    assert names.get(quote.speaker_entity_id or "") == speaker


def test_a_party_the_model_takes_for_a_surname_is_not_the_pronouns_speaker(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In his New Year message Charles Kennedy said Labour and the Conservatives were united "
        "in relying on fear. He said his party was the one of hope."
    )
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.text.startswith("his party")]
    assert names[quote.speaker_entity_id or ""] == "Charles Kennedy"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“He is innocent,” her lawyer, Peter Kamau, said.", "Peter Kamau"),
        ('"He is innocent," her lawyer, Peter Kamau, said.', "Peter Kamau"),
        ("Her lawyer, Peter Kamau, said the charges were false.", "Peter Kamau"),
        ("“He is innocent,” said her lawyer, Peter Kamau.", "Peter Kamau"),
        ("The regulator, Ofcom, said the merger would be reviewed.", "Ofcom"),
        # the name first and the description in apposition, as before
        ("Peter Kamau, her lawyer, said the charges were false.", "Peter Kamau"),
    ],
)
def test_a_name_in_apposition_to_a_description_is_the_speaker(  # type: ignore[no-untyped-def]
    quotes_in,
    parse,
    text: str,
    speaker: str,
) -> None:
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind in ("direct", "indirect")]
    assert quote.speaker_text == speaker
    assert names[quote.speaker_entity_id or ""] == speaker


def test_names_in_apposition_to_a_plural_are_not_one_speaker(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "Two officials, Ana Silva and Lars Berg, said the talks had stalled."
    quotes, _ = quotes_in(text)
    [quote] = quotes
    assert (quote.speaker_text, quote.speaker_entity_id) == ("Two officials", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality that only modifies a noun is nobody "they" can stand for
        (
            "Traders said Latin American debt issues fell. They said the spread widened.",
            None,
        ),
        ("Dutch stocks rose on Monday. They said the rise would last.", None),
        # a named organisation still is
        ("Volkswagen cut 5,000 jobs on Monday. They said sales had fallen.", "Volkswagen"),
    ],
)
def test_they_does_not_stand_for_a_name_that_only_modifies_a_noun(  # type: ignore[no-untyped-def]
    quotes_in,
    parse,
    text: str,
    expected: str | None,
) -> None:
    quotes, names = quotes_in(text)
    [said] = [q for q in quotes if q.speaker_text == "They"]
    assert names.get(said.speaker_entity_id or "") == expected


@pytest.mark.parametrize(
    ("text", "speaker_text", "expected"),
    [
        # "it" stands for the organisation or country last named, unless it is a placeholder
        (
            "Volkswagen said it had found fraud. It said it had dismissed its currency chief.",
            "It",
            "Volkswagen",
        ),
        ("Volkswagen cut 5,000 jobs. It seems the talks will fail.", "It", None),
        # ... and right after another attribution it continues that group, or that description
        (
            "ZIM Energy said it had bought a stake in Jaguar Petroleum Corp. It said the deal "
            "would close in May.",
            "It",
            "ZIM Energy",
        ),
        (
            "Tehran radio said Khomeini spoke to Parliament. It said he warned of dissent.",
            "It",
            None,
        ),
        # "they" is never one person
        ("Ana Silva and Lars Berg met on Monday. They said the talks went well.", "They", None),
        # a relative pronoun keeps its words and stands for the noun its clause modifies
        ("Ana Silva, who said the plan would fail, resigned on Monday.", "who", "Ana Silva"),
    ],
)
def test_it_and_relative_pronouns_stand_for_whom_they_refer_to(  # type: ignore[no-untyped-def]
    quotes_in,
    parse,
    text: str,
    speaker_text: str,
    expected: str | None,
) -> None:
    quotes, names = quotes_in(text)
    [said] = [q for q in quotes if q.speaker_text == speaker_text]
    assert said.speaker_method == "pronoun"
    assert names.get(said.speaker_entity_id or "") == expected
