"""Ranges of dates: each end its own expression, both covering the range."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.extract import sentence_indices
from transforms.timex import extract_timexes, value_range

RANGE_PUBLISHED = date(2025, 6, 4)  # a Wednesday


def _ranges(parse, text: str) -> list[tuple[str, str | None, date | None, date | None]]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    return [
        (t.text, t.resolution.value, t.begin_date, t.end_date)
        for t in extract_timexes(doc, RANGE_PUBLISHED, sentence_indices(doc))
    ]


@pytest.mark.parametrize(
    ("sentence", "ends", "begin", "end"),
    [
        (
            "The trade summit will be held June 24-25 in Lisbon.",
            [("June 24", "2025-06-24"), ("25", "2025-06-25")],
            date(2025, 6, 24),
            date(2025, 6, 25),
        ),
        (
            "The trade summit will be held June 24 to 26 in Lisbon.",
            [("June 24", "2025-06-24"), ("26", "2025-06-26")],
            date(2025, 6, 24),
            date(2025, 6, 26),
        ),
        (
            "The trade summit will be held between June 24 and 26 in Lisbon.",
            [("June 24", "2025-06-24"), ("26", "2025-06-26")],
            date(2025, 6, 24),
            date(2025, 6, 26),
        ),
        # said on a Wednesday: next Monday, and the Wednesday after it, not today
        (
            "The dock strike will run from Monday to Wednesday, the union said.",
            [("Monday", "2025-06-09"), ("Wednesday", "2025-06-11")],
            date(2025, 6, 9),
            date(2025, 6, 11),
        ),
        (
            "The dock strike will run Monday-Wednesday, the union said.",
            [("Monday", "2025-06-09"), ("Wednesday", "2025-06-11")],
            date(2025, 6, 9),
            date(2025, 6, 11),
        ),
        # the bare weekday takes the week its other end names
        (
            "The dock strike ran Monday–Wednesday last week.",
            [("Monday", "2025-05-26"), ("Wednesday last week", "2025-05-28")],
            date(2025, 5, 26),
            date(2025, 5, 28),
        ),
        (
            "The folk festival runs June 30-July 2 in the park.",
            [("June 30", "2025-06-30"), ("July 2", "2025-07-02")],
            date(2025, 6, 30),
            date(2025, 7, 2),
        ),
        (
            "She chaired the water board in 2019-2021.",
            [("2019", "2019"), ("2021", "2021")],
            date(2019, 1, 1),
            date(2021, 12, 31),
        ),
        (
            "She chaired the water board from 2019 to 2021.",
            [("2019", "2019"), ("2021", "2021")],
            date(2019, 1, 1),
            date(2021, 12, 31),
        ),
        (
            "Bakery sales rose from March to May.",
            [("March", "2025-03"), ("May", "2025-05")],
            date(2025, 3, 1),
            date(2025, 5, 31),
        ),
        (
            "The hearings ran from June 2 through June 5.",
            [("June 2", "2025-06-02"), ("June 5", "2025-06-05")],
            date(2025, 6, 2),
            date(2025, 6, 5),
        ),
    ],
)
def test_both_ends_of_a_range_keep_their_value_and_cover_the_range(  # type: ignore[no-untyped-def]
    parse, sentence: str, ends: list[tuple[str, str]], begin: date, end: date
) -> None:
    found = _ranges(parse, sentence)
    assert [(text, value) for text, value, _, _ in found] == ends
    assert all((b, e) == (begin, end) for _, _, b, e in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of days, each a day of its own
        (
            "The council voted on June 2 and June 3.",
            [("June 2", "2025-06-02"), ("June 3", "2025-06-03")],
        ),
        (
            "The ferry sails on June 2 and 9 this year.",
            [("June 2", "2025-06-02"), ("9", "2025-06-09"), ("this year", "2025")],
        ),
        # a date moved, not a range
        (
            "The board postponed the vote from June 24 to June 26.",
            [("June 24", "2025-06-24"), ("June 26", "2025-06-26")],
        ),
    ],
)
def test_lists_moved_dates_and_named_years_are_no_ranges(  # type: ignore[no-untyped-def]
    parse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = _ranges(parse, sentence)
    assert [(text, value) for text, value, _, _ in found] == expected
    assert all(value_range(value) == (b, e) for _, value, b, e in found)


@pytest.mark.parametrize(
    ("sentence", "expression", "end"),
    [
        ("The fiscal 2019-20 budget was passed.", "fiscal 2019-20", date(2020, 12, 31)),
        ("She chaired the water board in 2019-21.", "2019-21", date(2021, 12, 31)),
    ],
)
def test_a_year_range_with_a_two_digit_end_is_one_expression_covering_both(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, end: date
) -> None:
    assert _ranges(parse, sentence) == [(expression, "2019", date(2019, 1, 1), end)]
