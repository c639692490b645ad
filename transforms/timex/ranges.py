"""Ranges of dates: two dates a dash, "to" or "between ... and" join are each their own
expression, sharing the `begin_date`/`end_date` of what the range covers (TimeML, TempEval-3).

Also a bare second day ("26" in "June 24-26") and a year range with a two-digit end
("1994-95"). Does not: join ranges of durations or of times of day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from transforms.lexicons.time import (
    MONTHS,
    RANGE_CONNECTIVES,
    RANGE_DASHES,
    RANGE_OPENERS,
    RESCHEDULING_VERBS,
    WEEKDAYS,
)
from transforms.timex.calendar import DAY_VALUE, Resolution, TimexSpan, value_range
from transforms.timex.ner import is_day_number
from transforms.timex.words import words_of

_SECOND_YEAR = re.compile(r"\b(\d{2})(\d{2}) ?[-–—/] ?(\d{2})\b")


def with_second_year(
    text: str, value: str | None, begin: date | None, end: date | None
) -> tuple[date | None, date | None]:
    """'fiscal 2019-20', 'the 1994-95 season', '2019-21': one expression valued as its first
    year, which covers the years to the one its last two digits name."""
    match = _SECOND_YEAR.search(text)
    if match is None or end is None or value != match[1] + match[2]:
        return begin, end
    last = int(match[1]) * 100 + int(match[3])
    if last <= end.year:
        last += 100  # "1999-00"
    return begin, date(last, 12, 31) if last - end.year <= 10 else end


def second_day_of_range(span: Span, found: list[TimexSpan]) -> Resolution | None:
    """A bare day after "June 24 to" (see _second_day_spans) in the first end's month and year."""
    if len(span) != 1 or not is_day_number(span[0]) or not found:
        return None
    first = found[-1]
    value = first.resolution.value
    if first.token_end + 1 != span.start or value is None or not DAY_VALUE.fullmatch(value):
        return None
    try:
        day = date(int(value[:4]), int(value[5:7]), int(span.text))
    except ValueError:
        return None
    return Resolution("DATE", day.isoformat(), first.resolution.anchored_to_publication)


def _is_rescheduled(doc: Doc, first: TimexSpan) -> bool:
    """'postponed the vote from June 24 to June 26': a date moved, not a range."""
    sentence = doc[first.token_start].sent
    return any(
        token.lemma_.lower() in RESCHEDULING_VERBS
        for token in doc[sentence.start : first.token_start]
    )


def _shape(value: str | None) -> str:
    return re.sub(r"\d", "9", value or "")


def _are_range_ends(doc: Doc, first: TimexSpan, second: TimexSpan) -> bool:
    """'June 24-25', 'from 2019 to 2021', 'between June 24 and 26', 'March to May': two dates
    joined by a dash, or by "to"/"through"/"until" after "from"/"between" or between dates of
    the same granularity, or by "and" after "between"."""
    if second.token_start != first.token_end + 1 or first.token_start == 0:
        return False
    if first.resolution.type != "DATE" or second.resolution.type != "DATE":
        return False
    connective = doc[first.token_end].lower_
    opener = doc[first.token_start - 1].lower_
    if connective in RANGE_DASHES:
        return True
    if _is_rescheduled(doc, first):
        return False
    if connective == "and":
        return opener == "between"
    same_granularity = _shape(first.resolution.value) == _shape(second.resolution.value)
    return connective in RANGE_CONNECTIVES and (opener in RANGE_OPENERS or same_granularity)


def _not_before(first: TimexSpan, second: TimexSpan) -> TimexSpan:
    """The end of a range that a relative resolution put before its start ("from Monday to
    Wednesday" on a Wednesday: this Wednesday, but next Monday) moves to its next occurrence:
    a weekday a week later, a month or a date without a year a year later."""
    value = second.resolution.value
    if (
        first.begin_date is None
        or second.begin_date is None
        or value is None
        or second.begin_date >= first.begin_date
        or not second.resolution.anchored_to_publication
    ):
        return second
    words = set(words_of(second.text))
    if DAY_VALUE.fullmatch(value) and words & WEEKDAYS.keys() and not words & MONTHS.keys():
        shifted: str | None = (second.begin_date + timedelta(days=7)).isoformat()
    elif re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        shifted = f"{int(value[:4]) + 1:04d}{value[4:]}"
    else:
        shifted = None
    begin, end = value_range(shifted)
    if shifted is None or begin is None or begin < first.begin_date:
        return second
    resolution = replace(second.resolution, value=shifted)
    return replace(second, resolution=resolution, begin_date=begin, end_date=end)


def _in_the_week_of(first: TimexSpan, second: TimexSpan) -> TimexSpan:
    """The bare weekday opening "Monday-Wednesday last week": in the week the other end names."""
    words = words_of(first.text)
    if len(words) != 1 or words[0] not in WEEKDAYS or second.begin_date is None:
        return first
    if "week" not in words_of(second.text) or not DAY_VALUE.fullmatch(
        second.resolution.value or ""
    ):
        return first
    year, week, _ = second.begin_date.isocalendar()
    day = date.fromisocalendar(year, week, WEEKDAYS[words[0]] + 1)
    resolution = replace(first.resolution, value=day.isoformat())
    return replace(first, resolution=resolution, begin_date=day, end_date=day)


def cover_ranges(doc: Doc, found: list[TimexSpan]) -> list[TimexSpan]:
    """Both ends of a range keep their own value (TIMEX3 marks each end separately) but take the
    whole range as their begin_date and end_date."""
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if not _are_range_ends(doc, first, second):
            continue
        first = _in_the_week_of(first, second)
        second = _not_before(first, second)
        begin, end = first.begin_date, second.end_date
        if begin is None or end is None or end < begin:
            continue
        found[index] = replace(first, begin_date=begin, end_date=end)
        found[index + 1] = replace(second, begin_date=begin, end_date=end)
    return found
