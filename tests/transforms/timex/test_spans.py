"""Time expressions the NER model misses, found by the pattern passes, and joined parts."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from transforms.extract import sentence_indices
from transforms.timex import extract_timexes
from transforms.timex.spans import PATTERNS_AND_CUES

PUBLISHED = date(2025, 1, 21)  # a Tuesday


def _found(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    return {
        t.text: t.resolution.value for t in extract_timexes(doc, PUBLISHED, sentence_indices(doc))
    }


def test_a_newspaper_called_a_daily_is_not_a_frequency(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The Communist Party daily Granma printed the letter in 1999.")
    assert set(found) == {"1999"}
    assert _found(parse, "The ferry sails daily from the harbour.")["daily"] == "P1D"


def test_weekday_and_part_of_day_are_one_expression(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The ferry left the harbour on Friday night after a long delay.")
    assert found["Friday night"] == "2025-01-17"


def test_a_weekday_and_its_part_of_day_in_the_plural_are_one_recurring_expression(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The night bus runs on Friday and Saturday nights until March.")
    assert found["Saturday nights"] == "XXXX-WXX-6TNI"


def test_part_of_day_and_yesterday_are_one_expression(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "In Oslo at mid-afternoon yesterday, the shares were up 3 kroner.")
    assert found["mid-afternoon yesterday"] == "2025-01-20TAF"


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


def test_spelled_years_and_frequencies_outside_ner_are_found(parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(parse, "The lighthouse, built in nineteen sixty-one, still gets a daily visit.")
    assert found["nineteen sixty-one"] == "1961"
    assert found["daily"] == "P1D"


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
    [(pattern, cues) for pattern, cues in PATTERNS_AND_CUES if cues is not None],
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
