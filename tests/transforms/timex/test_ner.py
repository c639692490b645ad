"""Time expressions from NER entities: trimmed, split, and non-times dropped."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from transforms.extract import sentence_indices
from transforms.timex import extract_timexes

PUBLISHED = date(2025, 1, 21)  # a Tuesday


def _found(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    return {
        t.text: t.resolution.value for t in extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    }


def test_ages_and_bare_numbers_are_not_time_expressions(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The 44-year-old baker, Tom Reed, 52, opened a second shop in 1998.")
    assert set(found) == {"1998"}
    found = _found(parse, "Ms. Vale, 61 years old, retired in 2003.")
    assert set(found) == {"2003"}


def test_model_numbers_and_annual_are_not_time_expressions(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse, "The 68020 processor lifted annual sales at Orbital Devices, founded in 1984."
    )
    assert set(found) == {"1984"}


@pytest.mark.parametrize(
    ("sentence", "expression", "expected_value"),
    [
        (
            "The ferry crossing takes an hour and a half in calm weather.",
            "an hour and a half",
            "PT1H30M",
        ),
        (
            "The tenants moved out a week or so ago, neighbours said.",
            "a week or so ago",
            "2025-W03",
        ),
        ("The deposit must stay for at least one year.", "at least one year", "P1Y"),
        (
            "Rates were cut five times over the last year and a half.",
            "the last year and a half",
            "P1Y6M",
        ),
    ],
)
def test_hedged_or_halved_amounts_stay_one_expression(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, expected_value: str
) -> None:
    assert _found(parse, sentence)[expression] == expected_value


@pytest.mark.parametrize(
    ("sentence", "expression", "expected_value"),
    [
        # later than the story's last event, not the publication date: the amount is what is known
        (
            "The storm cut the power, and three days later the lights came back.",
            "three days",
            "P3D",
        ),
        # the stretch and the period it lies in are two expressions
        ("Exports rose 4% in the first six months of 2023.", "the first six months", "P6M"),
        ("Exports rose 4% in the first six months of 2023.", "2023", "2023"),
    ],
)
def test_durations_are_cut_from_later_and_from_the_period_they_lie_in(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, expected_value: str
) -> None:
    assert _found(parse, sentence)[expression] == expected_value


def test_ranges_split_into_their_ends_and_vague_references_are_found(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse, "The orchard grew from 1994 to 1997. Now the growers recently sold most of it."
    )
    assert found["1994"] == "1994"
    assert found["1997"] == "1997"
    assert found["Now"] == "PRESENT_REF"
    assert found["recently"] == "PAST_REF"


def test_a_greeting_is_no_time(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Good evening from the central park in Havana.").copy()
    evening = next(token.i for token in doc if token.text == "evening")
    doc.ents = [Span(doc, evening, evening + 1, label="TIME")]
    assert extract_timexes(doc, PUBLISHED, sentence_indices(doc)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        'The senator, speaking on the network\'s "This Week," said the talks would go on.',
        "The father repeated the charge on CBS's ''60 Minutes.'' Officials declined to comment.",
    ],
)
def test_a_programme_title_in_quotes_is_no_time(parse, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _found(parse, sentence) == {}


def test_an_entity_cut_after_a_conjunction_or_listing_years_is_trimmed_and_split(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("He may stay between now and the hearing; he crossed in 1994, 1995 and 1997.")
    doc = doc.copy()
    words = [token.text for token in doc]
    now, year = words.index("now"), words.index("1994")
    doc.ents = [  # what NER sometimes returns
        Span(doc, now, now + 2, label="DATE"),  # "now and"
        Span(doc, year, year + 4, label="DATE"),  # "1994, 1995 and"
    ]
    found = {
        t.text: t.resolution.value for t in extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    }
    assert found == {"now": "PRESENT_REF", "1994": "1994", "1995": "1995"}


def test_a_day_word_inside_a_name_is_no_date(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The novel's hero meets Man Friday on the island.").copy()
    friday = next(token.i for token in doc if token.text == "Friday")
    doc.ents = [Span(doc, friday - 1, friday + 1, label="PERSON")]
    assert extract_timexes(doc, PUBLISHED, sentence_indices(doc)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm moved its offices to 1420 Main Street in Houston.", set()),
        ("The plant at 1420 Elm Rd. will close in 1988.", {"1988"}),
        ("Its headquarters at 2200 Pennsylvania Avenue opened in 1990.", {"1990"}),
        ("The company was founded in 1920 and listed in 1986.", {"1920", "1986"}),
    ],
)
def test_a_house_number_is_not_a_year(parse, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(_found(parse, text)) == expected
