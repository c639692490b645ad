"""`value_range`: the first and last day a TIMEX3 value covers."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.timex import value_range


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
