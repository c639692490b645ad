"""The tense a sentence gives an underspecified date: deadlines, plans, modals, participles."""

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
