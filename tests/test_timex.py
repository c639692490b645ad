"""Time expressions: normalisation rules and spans found in real parses."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from transforms import timex
from transforms.extract import sentence_indices
from transforms.timex import extract_timexes, normalise, value_range

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


@pytest.mark.parametrize(
    ("value", "begin", "end"),
    [
        ("2025-01-20", date(2025, 1, 20), date(2025, 1, 20)),
        ("2025-02", date(2025, 2, 1), date(2025, 2, 28)),
        ("2025-W03", date(2025, 1, 13), date(2025, 1, 19)),
        ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
        ("1962", date(1962, 1, 1), date(1962, 12, 31)),
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),  # a century
        ("P3W", None, None),
        (None, None, None),
    ],
)
def test_value_range(value: str | None, begin: date | None, end: date | None) -> None:
    assert value_range(value) == (begin, end)


def test_spans_in_a_parsed_article_resolve_and_reproduce_the_text(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister met her counterpart on Monday in Lisbon. They last met on Jan. 9, "
        "and will meet again every Tuesday for three weeks."
    )
    doc = parse(text)
    timexes = extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    by_text = {t.text: t for t in timexes}
    assert by_text["Monday"].resolution.value == "2025-01-20"
    assert by_text["Jan. 9"].resolution.value == "2025-01-09"
    assert by_text["every Tuesday"].resolution.type == "SET"
    for t in timexes:
        assert text[t.start_char : t.end_char] == t.text


@given(st.text(max_size=80), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))
def test_normalise_never_raises_and_values_have_a_valid_range(text: str, anchor: date) -> None:
    resolution = normalise(text, anchor)
    begin, end = value_range(resolution.value)
    assert (begin is None) == (end is None)
    if begin is not None and end is not None:
        assert begin <= end


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


def test_a_newspaper_called_a_daily_is_not_a_frequency(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The Communist Party daily Granma printed the letter in 1999.")
    assert set(found) == {"1999"}
    assert _found(parse, "The ferry sails daily from the harbour.")["daily"] == "P1D"


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


def test_weekday_and_part_of_day_are_one_expression(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The ferry left the harbour on Friday night after a long delay.")
    assert found["Friday night"] == "2025-01-17"


def test_a_weekday_and_its_part_of_day_in_the_plural_are_one_recurring_expression(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The night bus runs on Friday and Saturday nights until March.")
    assert found["Saturday nights"] == "XXXX-WXX-6TNI"


@pytest.mark.parametrize(
    ("sentence", "expression", "expected_value"),
    [
        # a time of day takes the day its sentence names ...
        (
            "The dam burst at about 10:35 a.m. on Friday, officials said.",
            "about 10:35 a.m.",
            "2025-01-17T10:35",
        ),
        # ... and a clock time, a comma and a date are one expression
        (
            "The offer stands until 5 p.m. EST, Feb. 14, the bidder said.",
            "5 p.m. EST, Feb. 14",
            "2025-02-14T17:00",
        ),
        # ... or, failing that, the day the sentence before names
        (
            "The doctor was killed on Jan. 9 at his home. He was shot at 10 p.m. in his kitchen.",
            "10 p.m.",
            "2025-01-09T22:00",
        ),
        # "this morning" is the publication day's, whatever day the story last named
        (
            "The company said Friday it would cut jobs. Its shares fell this morning.",
            "this morning",
            "2025-01-21TMO",
        ),
    ],
)
def test_a_time_of_day_falls_on_the_day_its_sentence_names(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, expected_value: str
) -> None:
    assert _found(parse, sentence)[expression] == expected_value


def test_part_of_day_and_yesterday_are_one_expression(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "In Oslo at mid-afternoon yesterday, the shares were up 3 kroner.")
    assert found["mid-afternoon yesterday"] == "2025-01-20TAF"


def test_dividend_dates_point_forward(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse, "Acme Widgets declared a dividend, payable Feb. 14 to holders of record Jan. 31."
    )
    assert found["Feb. 14"] == "2025-02-14"
    assert found["Jan. 31"] == "2025-01-31"


@pytest.mark.parametrize(
    ("sentence", "expression", "expected_value"),
    [
        # a deadline points forward, even after a past-tense verb ...
        ("The council extended the consultation until Thursday.", "Thursday", "2025-01-23"),
        ("The ferry must be repaired by Friday, inspectors ruled.", "Friday", "2025-01-24"),
        # ... unless the clause looks back from the past perfect: then the nearer one
        ("The club had filed its accounts by Sunday.", "Sunday", "2025-01-19"),
        ("The offer had been due to expire Sunday.", "Sunday", "2025-01-19"),
        # "is to" + verb is a plan
        ("The museum is to reopen its east wing Thursday.", "Thursday", "2025-01-23"),
        # a plan reported in the past may or may not have happened yet: the nearer one
        ("Neighbours planned a vigil for Wednesday.", "Wednesday", "2025-01-22"),
        ("A concert scheduled for Sunday was cancelled.", "Sunday", "2025-01-19"),
    ],
)
def test_tense_of_deadlines_and_plans(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, expected_value: str
) -> None:
    assert _found(parse, sentence)[expression] == expected_value


@pytest.mark.parametrize(
    ("sentence", "expression", "expected_value"),
    [
        # a modal ("would", "could") says nothing about before or after: the nearer one
        ("The bonus would be paid Thursday, the union said.", "Thursday", "2025-01-23"),
        ("The ferry could sail Thursday if the wind drops.", "Thursday", "2025-01-23"),
        # a day in the possessive names a fact ("Thursday's closing price"): the previous one
        (
            "The notes convert at a 20% premium over Thursday's closing price.",
            "Thursday",
            "2025-01-16",
        ),
        # a participle clause takes the tense of the verb it hangs off
        ("Bread prices have swung wildly, climbing to a peak Thursday.", "Thursday", "2025-01-16"),
    ],
)
def test_tense_of_modals_and_participle_clauses(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, expected_value: str
) -> None:
    assert _found(parse, sentence)[expression] == expected_value


def test_later_in_the_day_is_the_day_the_story_last_named(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse, "The minister landed in Oslo on Jan. 9 and met the king later in the day."
    )
    assert found["Jan. 9"] == "2025-01-09"
    assert found["later in the day"] == "2025-01-09"


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Widgets earned $3 million in the year ended March 31, up from $2 million.",
        "The co-operative expects a small loss for the fiscal year ending June 30.",
    ],
)
def test_a_year_named_by_its_last_day_is_a_twelve_month_duration(parse, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, sentence)
    year = next(text for text in found if text.endswith("year"))
    assert found[year] == "P1Y"


def test_that_year_and_the_following_month_follow_the_story_not_the_publication_date(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse,
        "The mill closed in March 1987. The town lost its bank later that year, and its school "
        "the following month.",
    )
    assert found["March 1987"] == "1987-03"
    assert found["later that year"] == "1987"
    assert found["the following month"] == "1987-04"


@pytest.mark.parametrize(
    ("text", "expression", "expected_value"),
    [
        # Jan. 10, 2025 was a Friday: "the previous Friday" counts from it, not from publication
        (
            "The index closed at 2,082 on Jan. 10, down 4% from the previous Friday.",
            "the previous Friday",
            "2025-01-03",
        ),
        # Jan. 9, 2025 was a Thursday
        (
            "The strike began on Jan. 9, and talks resumed the following Monday.",
            "the following Monday",
            "2025-01-13",
        ),
        (
            "Tokyo shares fell Friday, Jan. 10. Traders blamed overnight losses in New York.",
            "overnight",
            "2025-01-09TNI",
        ),
    ],
)
def test_previous_following_and_overnight_count_from_the_day_the_story_tells(  # type: ignore[no-untyped-def]
    parse, text: str, expression: str, expected_value: str
) -> None:
    assert _found(parse, text)[expression] == expected_value


@pytest.mark.parametrize(
    ("text", "expected_value"),
    [
        ("In the capital, today is the eighth day of the blockade.", "2025-01-21"),
        ("Shelling went on overnight. It's the second day of the offensive.", "2025-01-21"),
        ("The second day of the trial was spent on procedure.", None),  # which day: unknown
    ],
)
def test_the_nth_day_is_today_when_today_is_said_to_be_it(  # type: ignore[no-untyped-def]
    parse, text: str, expected_value: str | None
) -> None:
    found = _found(parse, text)
    nth_day = next(key for key in found if key.lower().endswith("day") and "to" not in key)
    assert found[nth_day] == expected_value


def test_that_year_without_an_earlier_date_stays_unresolved(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "Nobody in the village remembers much about that year.")
    assert found.get("that year") is None


def test_a_year_earlier_in_an_earnings_report_means_the_same_quarter(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse,
        "Acme Widgets earned $5 million in the third quarter, up from $4 million a year earlier.",
    )
    assert found["the third quarter"] == "2024-Q3"
    assert found["a year earlier"] == "2023-Q3"


def test_a_quarter_still_under_way_does_not_become_the_reported_one(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse,
        "Acme Widgets earned $5 million in the fourth quarter and expects a first-quarter "
        "charge. It had earned $4 million a year earlier.",
    )
    assert found["the fourth quarter"] == "2024-Q4"
    assert found["a year earlier"] == "2023-Q4"


@pytest.mark.parametrize(
    ("second_sentence", "expression", "expected_value"),
    [
        # "a year earlier" takes the granularity of what it is compared with ...
        (
            "Its profit for the nine months rose to $9 million from $7 million a year earlier.",
            "a year earlier",
            "2023",
        ),
        (
            "Sales for the first half were $20 million, against $18 million a year ago.",
            "a year ago",
            "2023",
        ),
        # ... and a quarter of last year is that year's quarter
        ("Sales in last year's quarter were $2 million.", "last year's quarter", "2023-Q3"),
        (
            "That compares with $4 million for the corresponding period last year.",
            "the corresponding period last year",
            "2023-Q3",
        ),
        ("For the quarter a year ago, it reported a loss.", "the quarter a year ago", "2023-Q3"),
    ],
)
def test_earnings_comparisons_take_the_granularity_of_the_period_compared(  # type: ignore[no-untyped-def]
    parse, second_sentence: str, expression: str, expected_value: str
) -> None:
    found = _found(parse, "Acme Widgets earned $5 million in the third quarter. " + second_sentence)
    assert found["the third quarter"] == "2024-Q3"
    assert found[expression] == expected_value


def test_a_quarter_named_by_its_last_day_is_the_calendar_quarter_it_mostly_covers(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse,
        "In the quarter ended July 31, Acme Widgets earned $5 million, up from $4 million a year "
        "earlier.",
    )
    assert found["the quarter"] == "2024-Q2"  # May to July
    assert found["a year earlier"] == "2023-Q2"


def test_an_earnings_report_is_about_the_latest_quarter_it_names(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse,
        "Acme Widgets earned $5 million in the third quarter, after a flat second quarter. It "
        "had earned $4 million a year earlier.",
    )
    assert found["a year earlier"] == "2023-Q3"


@pytest.mark.parametrize(
    ("sentence", "expression", "expected_value"),
    [
        ("Membership kept dropping through the nineties.", "the nineties", "199"),
        ("Sales were flat in the last half of the '80s.", "the '80s", "198"),
        ("Profit recovered after a flat second quarter.", "second quarter", "2024-Q2"),
        ("The envoys will stay for at least two more weeks.", "two more weeks", "P2W"),
        ("The crew spent about 5 1/2 hours in the capital.", "5 1/2 hours", "PT5H30M"),
    ],
)
def test_decades_quarters_and_amounts_ner_tends_to_miss(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, expected_value: str
) -> None:
    doc = parse(sentence).copy()
    doc.ents = []  # the passes must find them without NER's help
    found = {
        t.text: t.resolution.value for t in extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    }
    assert found[expression] == expected_value


def test_a_quarter_ended_keeps_the_fiscal_name_the_article_gave_it(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(
        parse,
        "Acme Widgets reported results for its fiscal third quarter. For the quarter ended "
        "Dec. 31, it earned $5 million.",
    )
    assert found["the quarter"] == "2024-Q3"


@pytest.mark.parametrize(
    ("second_sentence", "expected_value"),
    [
        ("The 2023 period included a gain of $1 million.", "2023-Q3"),
        ("For the nine months, net rose to $9 million from $8 million in the 2023 period.", "2023"),
    ],
)
def test_the_year_period_of_an_earnings_report(  # type: ignore[no-untyped-def]
    parse, second_sentence: str, expected_value: str
) -> None:
    found = _found(parse, "Acme Widgets earned $5 million in the third quarter. " + second_sentence)
    period = next(text for text in found if text.lower() == "the 2023 period")
    assert found[period] == expected_value


def test_day_words_and_dates_ner_leaves_out_are_found(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Late Monday, ferry officials said the Aug. 7 crossing would resume today.").copy()
    doc.ents = []  # as if NER had missed them all
    found = {
        t.text: t.resolution.value for t in extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    }
    assert found == {"Monday": "2025-01-20", "Aug. 7": "2024-08-07", "today": "2025-01-21"}


def test_a_weekday_named_with_its_date_is_one_expression(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("About $14 million seeped out Friday Jan. 10 alone, analysts said.").copy()
    words = [token.text for token in doc]
    friday = words.index("Friday")
    doc.ents = [  # NER sometimes splits them
        Span(doc, friday, friday + 1, label="DATE"),
        Span(doc, friday + 1, friday + 3, label="DATE"),
    ]
    found = {
        t.text: t.resolution.value for t in extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    }
    assert found == {"Friday Jan. 10": "2025-01-10"}


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


def test_spelled_years_and_frequencies_outside_ner_are_found(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The lighthouse, built in nineteen sixty-one, still gets a daily visit.")
    assert found["nineteen sixty-one"] == "1961"
    assert found["daily"] == "P1D"


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


# ----------------------------------------------------------------------------- ranges

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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a 24-hour clock time with its zone is a time of the day the sentence names, not a year
        (
            "The film is shown on Saturday 18 January at 2005 GMT.",
            {"Saturday 18 January": "2025-01-18", "2005 GMT": "2025-01-18T20:05"},
        ),
        (
            "He faces questions at 1200 GMT on Wednesday.",
            {"1200 GMT": "2025-01-22T12:00", "Wednesday": "2025-01-22"},
        ),
        ("Sales rose in 2005 and 2006.", {"2005": "2005", "2006": "2006"}),
        # a capitalised "Today" inside a sentence is a programme or a paper
        ("Mr Balls told Today the plan was sound.", {}),
        ("The minister said on Today that talks would resume.", {}),
        ("Today, the talks resume.", {"Today": "2025-01-21"}),
        ("He said: “Today we vote.”", {"Today": "2025-01-21"}),
        # a spaced dash after a date opens a list of names, not more of the date
        ("Two men were freed in January - Omar Said and Tom Reed.", {"January": "2025-01"}),
        ("Shops shut on New Year's Day.", {"New Year's Day": "2025-01-01"}),
    ],
)
def test_clock_times_with_a_zone_programme_titles_and_names_after_a_dash(  # type: ignore[no-untyped-def]
    parse, sentence: str, expected: dict[str, str]
) -> None:
    assert _found(parse, sentence) == expected


@pytest.mark.parametrize(
    ("pattern", "cues"),
    [(pattern, cues) for pattern, cues in timex._PATTERNS_AND_CUES if cues is not None],
    ids=lambda value: getattr(value, "pattern", "cues")[:30],
)
def test_every_match_of_a_time_pattern_contains_one_of_its_cue_words(
    pattern: re.Pattern[str], cues: tuple[str, ...]
) -> None:
    # The cue words let most texts skip a pattern; a match without one would be lost silently.
    @given(st.from_regex(pattern))
    @settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
    def check(text: str) -> None:
        for match in pattern.finditer(text):
            assert any(cue in match.group().lower() for cue in cues), match.group()

    check()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "last" and "next" before a month fix the occurrence, however far away it lands
        ("The reactor exploded last March 3, killing two.", {"last March 3": "2024-03-03"}),
        ("The plant will reopen next December.", {"next December": "2025-12"}),
        # "since" looks back, past a nearer "by" and however far
        ("Weber has been detained by Iran since May.", {"May": "2024-05"}),
        ("Prices have risen steadily since March.", {"March": "2024-03"}),
        # a modal quarter is the nearer one: in January, the coming second quarter
        ("GNP in the second quarter could ease back, he said.", {"the second quarter": "2025-Q2"}),
        # how often, counted
        ("Price reviews will be held every 15 months.", {"every 15 months": "P15M"}),
        ("The tariff brings in 600 mln bolivars per year.", {"per year": "P1Y"}),
        # "a" + unit after an amount is a rate; after a verb, a length of time
        ("Brazil was paying 500 mln dlrs a month.", {"a month": "P1M"}),
        ("Prices rose about two pct a year.", {"a year": "P1Y"}),
        ("Two people a day die on the roads.", {"a day": "P1D"}),
        # the word NER cut from a bare unit
        ("This month's endorsement by IBM helped.", {"This month": "2025-01"}),
        # a date wrapped across lines by wire copy, but not a month before a count
        ("The talks are scheduled to end on March\n27.", {"March\n27": "2025-03-27"}),
        ("In March\n27 people died.", {"March": "2025-03"}),
    ],
)
def test_direction_words_counted_frequencies_and_cut_spans(  # type: ignore[no-untyped-def]
    parse, sentence: str, expected: dict[str, str]
) -> None:
    assert _found(parse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected_type"),
    [
        ("Brazil was paying 500 mln dlrs a month.", "a month", "SET"),
        ("He waited a month for the result.", "a month", "DURATION"),
    ],
)
def test_a_unit_after_an_amount_is_how_often(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, expected_type: str
) -> None:
    doc = parse(sentence)
    found = {t.text: t.resolution.type for t in extract_timexes(doc, PUBLISHED, [0] * len(doc))}
    assert found[expression] == expected_type


@pytest.mark.parametrize(
    ("sentence", "expression", "begin", "end"),
    [
        # the value stays the year or week; the range keeps the side the words say
        ("Prices rose earlier this year.", "earlier this year", date(2025, 1, 1), PUBLISHED),
        ("The vote is later this month.", "later this month", date(2025, 1, 22), date(2025, 1, 31)),
        ("Prices rose this year.", "this year", date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_earlier_and_later_keep_their_side_of_the_publication_day(  # type: ignore[no-untyped-def]
    parse, sentence: str, expression: str, begin: date, end: date
) -> None:
    doc = parse(sentence)
    [found] = [t for t in extract_timexes(doc, PUBLISHED, [0] * len(doc)) if t.text == expression]
    assert (found.begin_date, found.end_date) == (begin, end)
