"""`extract_timexes` in context: a sentence's day, the story's last date, earnings reports."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.extract import sentence_indices
from transforms.timex import extract_timexes

PUBLISHED = date(2025, 1, 21)  # a Tuesday


def _found(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    return {
        t.text: t.resolution.value for t in extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    }


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
