"""`normalise`: the words of one time expression to a TIMEX3 type and value."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.timex import normalise, value_range

PUBLISHED = date(2025, 1, 21)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected_type", "expected_value"),
    [
        ("Jan. 20", "DATE", "2025-01-20"),
        ("Jan. 9", "DATE", "2025-01-09"),
        ("Dec. 24", "DATE", "2024-12-24"),  # nearest past: last December
        ("Monday", "DATE", "2025-01-20"),
        ("Monday's", "DATE", "2025-01-20"),
        ("last week", "DATE", "2025-W03"),
        ("Wednesday last week", "DATE", "2025-01-15"),
        ("Friday of next week", "DATE", "2025-01-31"),
        ("next month", "DATE", "2025-02"),
        ("earlier this year", "DATE", "2025"),
        ("in 1962", "DATE", "1962"),
        ("two days ago", "DATE", "2025-01-19"),
        ("three weeks ago", "DATE", "2025-W01"),  # Dec. 31, 2024 is in ISO week 2025-W01
        ("yesterday", "DATE", "2025-01-20"),
        ("tomorrow", "DATE", "2025-01-22"),
        ("January 20, 2025", "DATE", "2025-01-20"),
        ("20 March 2024", "DATE", "2024-03-20"),
        ("March 2024", "DATE", "2024-03"),
        ("2025-01-09", "DATE", "2025-01-09"),
        ("the third quarter", "DATE", "2024-Q3"),
        ("the fourth quarter of 2024", "DATE", "2024-Q4"),
        ("this spring", "DATE", "2025-SP"),
        ("last winter", "DATE", "2024-WI"),
        ("the 1990s", "DATE", "199"),
        ("the end of the year", "DATE", "2025"),
        ("for three weeks", "DURATION", "P3W"),
        ("six months", "DURATION", "P6M"),
        ("48 hours", "DURATION", "PT48H"),
        ("a decade", "DURATION", "P10Y"),
        ("every Tuesday", "SET", "XXXX-WXX-2"),
        ("on Thursdays", "SET", "XXXX-WXX-4"),  # a weekday in the plural recurs
        ("Friday nights", "SET", "XXXX-WXX-5TNI"),
        ("each October", "SET", "XXXX-10"),
        ("every winter", "SET", "XXXX-WI"),
        ("weekly", "SET", "P1W"),
        ("at 9 a.m.", "TIME", "2025-01-21T09:00"),
        ("10:30 p.m.", "TIME", "2025-01-21T22:30"),
        ("4 in the morning", "TIME", "2025-01-21T04:00"),
        ("8 in the evening", "TIME", "2025-01-21T20:00"),
        ("Monday morning", "DATE", "2025-01-20"),  # the day alone (see the module docstring)
        ("9 a.m. Tuesday", "TIME", "2025-01-21T09:00"),
        ("now", "DATE", "PRESENT_REF"),
        ("Feb. 30", "DATE", None),  # impossible date: unresolved, not invented
        ("recently", "DATE", "PAST_REF"),
        ("the near future", "DATE", "FUTURE_REF"),
        ("recent years", "DURATION", "PXY"),  # a stretch of some years, not a point
        ("these days", "DATE", "PRESENT_REF"),
        ("last night", "TIME", "2025-01-20TNI"),  # the night before publication
        ("several months ago", "DATE", "PAST_REF"),
        ("three trading days", "DURATION", "P3D"),
        ("two more weeks", "DURATION", "P2W"),
        ("a few weeks", "DURATION", "PXW"),  # "few" counts nothing
        ("the 2010 fiscal year", "DATE", "2010"),
        ("4 1/2 years", "DURATION", "P4Y6M"),
        ("an hour and a half", "DURATION", "PT1H30M"),
        ("1 1/2 days", "DURATION", "P1DT12H"),
        ("the past three quarters", "DURATION", "P3Q"),
        ("every quarter", "SET", "P1Q"),
        ("the 19th century", "DATE", "18"),
        ("the second half of 2023", "DATE", "2023-H2"),
        ("yesterday afternoon", "TIME", "2025-01-20TAF"),
        ("tomorrow morning", "TIME", "2025-01-22TMO"),
        ("currently", "DATE", "PRESENT_REF"),
        ("the quarter", "DATE", "2024-Q4"),  # the last completed quarter
        ("the latest quarter", "DATE", "2024-Q4"),
        ("this year's first quarter", "DATE", "2025-Q1"),
        ("last year's third quarter", "DATE", "2024-Q3"),
        ("the year-ago period", "DATE", "2024"),
        ("June last year", "DATE", "2024-06"),
        ("March this year", "DATE", "2025-03"),
        ("last May", "DATE", "2024-05"),
        ("the fiscal year", "DATE", "2025"),
        ("the weekend", "DATE", "2025-W03-WE"),
        ("Monday, Jan. 19", "DATE", "2026-01-19"),  # the only nearby Jan. 19 on a Monday
        ("several years", "DURATION", "PXY"),
        ("a couple of years", "DURATION", "P2Y"),
        ("nineteen eighty-two", "DATE", "1982"),
        ("the year two thousand", "DATE", "2000"),
        ("the '70s", "DATE", "197"),
        ("the sixties", "DATE", "196"),
        ("the latest period", "DATE", "2024-Q4"),
        ("hourly", "SET", "PT1H"),
        ("5 p.m. EST Nov. 9", "TIME", "2024-11-09T17:00"),
        ("noon Thursday", "TIME", "2025-01-16T12:00"),
        ("Thanksgiving Day", "DATE", "2024-11-28"),
        ("last Christmas", "DATE", "2024-12-25"),
        ("Election Day 1998", "DATE", "1998-11-03"),
        ("Memorial Day 2024", "DATE", "2024-05-27"),
        ("twenty-four hours", "DURATION", "PT24H"),  # a number spelled in two words
        ("the last twenty four hours", "DURATION", "PT24H"),
        ("more than two thousand years", "DURATION", "P2000Y"),  # an amount, not the year 2000
        ("a hundred years", "DURATION", "P100Y"),
        ("several-year", "DURATION", "PXY"),  # "a several-year tenure"
        ("this century", "DATE", "20"),  # the 2000s
        ("last century", "DATE", "19"),
        ("the past century", "DURATION", "P100Y"),  # the last hundred years
        ("year's end", "DATE", "2025"),  # like "year-end"
        ("later in the day", "DATE", "2025-01-21"),
        ("overnight", "TIME", "2025-01-20TNI"),  # the night before publication
        ("fiscal second-quarter", "DATE", "2024-Q2"),
        ("around year end", "DATE", "2025"),
        ("centuries", "DURATION", "PXC"),
        ("two centuries", "DURATION", "P200Y"),
        ("the week of March 6", "DATE", "2025-W10"),  # the week holding that day
        (
            "the week of Jan. 6, 2020",
            "DATE",
            "2020-W02",
        ),  # a hedge inside the extent changes no value
    ],
)
def test_normalise_against_publication_date(
    text: str, expected_type: str, expected_value: str | None
) -> None:
    resolution = normalise(text, PUBLISHED)
    assert (resolution.type, resolution.value) == (expected_type, expected_value)


@pytest.mark.parametrize(
    ("text", "expected_value"),
    [("Monday", "2025-01-27"), ("Feb. 3", "2025-02-03"), ("March", "2025-03")],
)
def test_future_tense_prefers_the_next_occurrence(text: str, expected_value: str) -> None:
    assert normalise(text, PUBLISHED, tense="future").value == expected_value


@pytest.mark.parametrize(
    ("text", "expected_value"),
    [("Feb. 3", "2025-02-03"), ("Dec. 30", "2024-12-30"), ("Friday", "2025-01-24")],
)
def test_present_tense_takes_the_nearer_occurrence(text: str, expected_value: str) -> None:
    assert normalise(text, PUBLISHED, tense="present").value == expected_value


@pytest.mark.parametrize(
    ("text", "expected_value"),
    [
        ("January 20, 2025", "2025-01-20"),
        ("1962", "1962"),
        ("Monday", None),
        ("last week", None),
        ("two days ago", None),
        ("Jan. 20", "XXXX-01-20"),
    ],
)
def test_without_publication_date_only_absolute_dates_resolve(
    text: str, expected_value: str | None
) -> None:
    resolution = normalise(text, None)
    assert resolution.value == expected_value
    assert not resolution.anchored_to_publication


@pytest.mark.parametrize(
    ("text", "tense", "expected_value"),
    [
        # The tense would put these nearly a year away; news would have given the year.
        ("Jan. 25", "past", "2025-01-25"),
        ("Jan. 19", "future", "2025-01-19"),
        ("February", "past", "2025-02"),
        ("December", "future", "2024-12"),
        # Within about nine months the tense still decides.
        ("Aug. 3", "past", "2024-08-03"),
        ("June 30", "future", "2025-06-30"),
        ("April", "past", "2024-04"),
    ],
)
def test_a_date_without_a_year_is_not_put_nearly_a_year_away(
    text: str, tense: str, expected_value: str
) -> None:
    assert normalise(text, PUBLISHED, tense=tense).value == expected_value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "tense", "expected_value"),
    [
        ("the summer", "past", "2024-SU"),
        ("the summer", "future", "2025-SU"),
        ("in the early autumn", "past", "2024-FA"),
        ("winter", "present", "2024-WI"),  # Dec. 2024 to Feb. 2025, under way
        ("this past spring", "future", "2024-SP"),
        ("this past winter", "past", "2024-WI"),
    ],
)
def test_a_season_without_a_year_follows_the_tense(
    text: str, tense: str, expected_value: str
) -> None:
    assert normalise(text, PUBLISHED, tense=tense).value == expected_value  # type: ignore[arg-type]


@given(st.text(max_size=80), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))
def test_normalise_never_raises_and_values_have_a_valid_range(text: str, anchor: date) -> None:
    resolution = normalise(text, anchor)
    begin, end = value_range(resolution.value)
    assert (begin is None) == (end is None)
    if begin is not None and end is not None:
        assert begin <= end


_TIME_WORDS = [
    "the",
    "last",
    "next",
    "this",
    "a",
    "year",
    "years",
    "-",
    "ago",
    "earlier",
    "quarter",
    "third",
    "fiscal",
    "nineteen",
    "ninety",
    "two",
    "thousand",
    "six",
    "May",
    "Jan.",
    "20",
    "31",
    "1998",
    "'80s",
    "nineties",
    "Monday",
    "night",
    "noon",
    "5",
    "p.m.",
    "week",
    "weekend",
    "every",
    "daily",
    "recent",
    "now",
    "period",
    "latest",
    "end",
    "'s",
    ",",
    "Christmas",
    "Thanksgiving",
    "Election",
    "Day",
]


@given(
    st.lists(st.sampled_from(_TIME_WORDS), max_size=7).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))),
    st.sampled_from(["past", "present", "future"]),
)
def test_normalise_never_raises_on_time_vocabulary(
    text: str, anchor: date | None, tense: str
) -> None:
    resolution = normalise(text, anchor, tense)  # type: ignore[arg-type]
    begin, end = value_range(resolution.value)
    assert (begin is None) == (end is None)
    if anchor is None:
        assert not resolution.anchored_to_publication
