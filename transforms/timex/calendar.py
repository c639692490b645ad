"""Calendar values of time expressions: the `Resolution` and `TimexSpan` records, and the
date arithmetic resolvers share (shifting months, ISO weeks, the nearest weekday or month-day to
an anchor given a tense, quarters, holidays in a year).

`value_range` turns a TIMEX3 value ("1998-Q3", "1989-W43", "199X") into its first and last day.
Does not: read words or a doc (see `words.py`, `resolve.py`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from transforms.lexicons.time import (
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    SEASON_START_MONTHS,
)
from transforms.timex.settings import FAR_DAYS, FAR_MONTHS

#: Which occurrence of an underspecified date ("Monday", "Feb. 3") a sentence points to.
Tense = Literal["past", "present", "future"]


@dataclass(frozen=True)
class Resolution:
    """A normalised time expression."""

    type: str
    value: str | None
    anchored_to_publication: bool = False


@dataclass(frozen=True)
class TimexSpan:
    """One time expression in a document, with its offsets and normalised value."""

    text: str
    start_char: int
    end_char: int
    sentence_index: int
    resolution: Resolution
    begin_date: date | None
    end_date: date | None
    token_start: int
    token_end: int


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def nearest_weekday(anchor: date, weekday: int, future: bool) -> date:
    if future:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def choose(anchor: date, before: date | None, after: date | None, tense: Tense) -> date | None:
    """The occurrence the tense points to; in the present tense, the nearer one."""
    if before is None or after is None:
        return before or after
    if tense == "past":
        return before
    if tense == "future":
        return after
    return before if (anchor - before) <= (after - anchor) else after


def weekday_near(anchor: date, weekday: int, tense: Tense) -> date:
    before = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    after = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return choose(anchor, before, after, tense) or anchor


def month_day_near(
    anchor: date,
    month: int,
    day: int,
    tense: Tense,
    weekday: int | None = None,
    explicit: bool = False,
) -> date | None:
    """The occurrence of a month and day the tense points to; a named weekday ("Monday,
    Oct. 26") rules out years in which the date falls on another day. An `explicit` direction
    ("last April 26") holds however far away it lands."""
    candidates: list[date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    matching = [c for c in candidates if c.weekday() == weekday]
    if weekday is not None and matching:
        candidates = matching
    before = max((c for c in candidates if c <= anchor), default=None)
    after = min((c for c in candidates if c >= anchor), default=None)
    chosen = choose(anchor, before, after, tense)
    if not explicit and chosen is not None and abs((chosen - anchor).days) > FAR_DAYS:
        return choose(anchor, before, after, "present")
    return chosen


def month_near(anchor: date, month: int, tense: Tense, explicit: bool = False) -> int:
    """The year of the occurrence of `month` the tense points to (see FAR_MONTHS); an
    `explicit` direction ("next March") holds however far away it lands."""
    before = date(anchor.year if month <= anchor.month else anchor.year - 1, month, 1)
    after = date(anchor.year if month >= anchor.month else anchor.year + 1, month, 1)
    this_month = anchor.replace(day=1)
    chosen = choose(this_month, before, after, tense) or before
    months_away = abs((chosen.year - anchor.year) * 12 + chosen.month - anchor.month)
    if not explicit and months_away >= FAR_MONTHS:
        chosen = choose(this_month, before, after, "present") or chosen
    return chosen.year


def value_range(value: str | None) -> tuple[date | None, date | None]:
    """First and last calendar day a TIMEX3 value covers; (None, None) when it is not a date
    (or not one the calendar can hold, such as year 0)."""
    if not value:
        return None, None
    try:
        return _value_range(value)
    except (ValueError, OverflowError):
        return None, None


def _value_range(value: str) -> tuple[date | None, date | None]:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if match:
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    match = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if match:
        year, month = int(match[1]), int(match[2])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    match = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    if match:
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return monday, monday + timedelta(days=6)
    match = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if match:
        year, quarter = int(match[1]), int(match[2])
        last_month = quarter * 3
        return (
            date(year, last_month - 2, 1),
            date(year, last_month, calendar.monthrange(year, last_month)[1]),
        )
    match = re.fullmatch(r"(\d{4})-H([12])", value)
    if match:
        year, first_half = int(match[1]), match[2] == "1"
        return (
            (date(year, 1, 1), date(year, 6, 30))
            if first_half
            else (
                date(year, 7, 1),
                date(year, 12, 31),
            )
        )
    match = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if match:
        year = int(match[1])
        first = SEASON_START_MONTHS[match[2]]
        last = (first + 1) % 12 + 1
        last_year = year + 1 if match[2] == "WI" else year
        return date(year, first, 1), date(last_year, last, calendar.monthrange(last_year, last)[1])
    match = re.fullmatch(r"(\d{4})", value)
    if match:
        year = int(match[1])
        return date(year, 1, 1), date(year, 12, 31)
    match = re.fullmatch(r"(\d{3})", value)
    if match:
        decade = int(match[1]) * 10
        return date(decade, 1, 1), date(decade + 9, 12, 31)
    match = re.fullmatch(r"(\d{2})", value)
    if match:  # a century: "19" is 1900-1999
        first = int(match[1]) * 100
        return date(first, 1, 1), date(first + 99, 12, 31)
    return None, None


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def last_completed_quarter(anchor: date) -> str:
    year, month = shift_months(anchor.year, anchor.month, -3)
    return f"{year:04d}-Q{(month - 1) // 3 + 1}"


def nearest_quarter_year(anchor: date, ordinal: int) -> int:
    """The year whose quarter `ordinal` lies nearest the anchor's quarter, the earlier on a tie:
    "the second quarter could ease back" in March is the coming one, "the fourth quarter" the
    one just ended."""
    ahead = ordinal - quarter_of(anchor)  # -3 .. 3; last year's is 4 - ahead quarters back
    return anchor.year if ahead < 4 - ahead else anchor.year - 1


def holiday_in(year: int, name: str) -> date | None:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    month, weekday, nth = FLOATING_HOLIDAYS[name]
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1) + timedelta(days=(weekday - date(year, month, 1).weekday()) % 7)
    if name == "election day" and first.day == 1:
        first += timedelta(weeks=1)
    return first + timedelta(weeks=nth - 1)


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def shift_value(value: str, period: str, step: int) -> str | None:
    """`value` ("1998", "1998-10", "1998-10-23") moved by `step` years, months or days."""
    if period == "year":
        return f"{int(value) + step:04d}"
    if period == "month":
        year, month = shift_months(int(value[:4]), int(value[5:7]), step)
        return f"{year:04d}-{month:02d}"
    return (date.fromisoformat(value) + timedelta(days=step)).isoformat()
