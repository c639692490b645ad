"""Resolvers for expressions that name a date or period themselves: calendar dates ("Feb. 3",
"March 1998"), named periods ("this week"), quarters, "a year ago", holidays, weekdays, clock
times, durations and sets ("every Tuesday").

Each takes the expression's words, the publication date (anchor) and the tense, and returns a
`Resolution` or None; `resolve.py` tries them in order.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from transforms.lexicons.time import (
    DAY_PARTS,
    DECADE_WORDS,
    DIRECTION_WORDS,
    FREQUENCY_WORDS,
    HOLIDAY_NAMES,
    MONTHS,
    ORDINAL_WORDS,
    SEASON_START_MONTHS,
    SEASONS,
    SET_MARKERS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)
from transforms.timex.calendar import (
    Resolution,
    Tense,
    choose,
    holiday_in,
    iso_day,
    last_completed_quarter,
    month_day_near,
    month_near,
    nearest_quarter_year,
    nearest_weekday,
    quarter_of,
    shift_months,
    week_value,
    weekday_near,
)
from transforms.timex.words import (
    amount_before,
    as_words,
    clock_value,
    day_of_month,
    duration_value,
    explicit_year,
    singular_of,
    unit_of,
    year_shift,
)


def _recurring_weekday(words: list[str]) -> str | None:
    """'every Tuesday night', 'on Mondays', 'Tuesday nights': the SET value, or None. A weekday
    or its part of day in the plural recurs even without "every"."""
    singular = [singular_of(singular_of(word, WEEKDAYS), DAY_PARTS) for word in words]
    weekday = next((w for w in singular if w in WEEKDAYS and len(w) > 3), None)
    if weekday is None:
        return None
    plural = any(word != single for word, single in zip(words, singular, strict=True))
    if not plural and not SET_MARKERS.intersection(words):
        return None
    part = next((DAY_PARTS[w] for w in singular if w in DAY_PARTS), None)
    return f"XXXX-WXX-{WEEKDAYS[weekday] + 1}" + (f"T{part}" if part else "")


def resolve_set(words: list[str]) -> Resolution | None:
    """'every Tuesday', 'on Tuesday nights', 'each July', 'every summer', 'daily', 'each year'."""
    weekday = _recurring_weekday(words)
    if weekday is not None:
        return Resolution("SET", weekday)
    if not SET_MARKERS.intersection(words):
        return None
    month = next((MONTHS[w] for w in words if w in MONTHS and (len(w) > 3 or w == "may")), None)
    if month is not None:  # "each July"
        return Resolution("SET", f"XXXX-{month:02d}")
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is not None:  # "every summer"
        return Resolution("SET", f"XXXX-{season}")
    for index, word in enumerate(words):
        if word in FREQUENCY_WORDS:
            return Resolution("SET", FREQUENCY_WORDS[word])
        unit = unit_of(word)
        if unit:  # "every year", "every 15 months", "every two weeks"
            return Resolution("SET", duration_value(amount_before(words, index) or 1, unit))
    return Resolution("SET", None)


def resolve_named_period(
    modifier: str, period: str, anchor: date | None, words: list[str]
) -> Resolution:
    if anchor is None:
        return Resolution("DATE", None)
    sign = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
    step = sign.get(modifier, 0)
    if period in WEEKDAYS:
        weekday = WEEKDAYS[period]
        if step == 0:  # "this Monday": the one in the current week
            day = anchor + timedelta(days=weekday - anchor.weekday())
        else:
            day = nearest_weekday(anchor, weekday, step > 0)
            if step < 0 and day == anchor:
                day -= timedelta(days=7)
        return Resolution("DATE", day.isoformat(), True)
    if period in ("week", "weekend"):
        week = week_value(anchor + timedelta(weeks=step))
        return Resolution("DATE", week + ("-WE" if period == "weekend" else ""), True)
    if period == "month":
        year, month = shift_months(anchor.year, anchor.month, step)
        return Resolution("DATE", f"{year:04d}-{month:02d}", True)
    if period == "year":
        return Resolution("DATE", f"{anchor.year + step:04d}", True)
    if period == "decade":
        return Resolution("DATE", f"{(anchor.year // 10 + step):03d}", True)
    if period == "century" and modifier == "past":  # "the past century": the last 100 years
        return Resolution("DURATION", "P100Y")
    if period == "century":  # "this century" in 1999 is the 1900s: TIMEX3 "19"
        return Resolution("DATE", f"{(anchor.year // 100 + step):02d}", True)
    if period == "quarter":
        quarter = (anchor.month - 1) // 3 + step
        year = anchor.year + (quarter // 4)
        return Resolution("DATE", f"{year:04d}-Q{quarter % 4 + 1}", True)
    season = SEASONS[period]
    year = anchor.year + step
    return Resolution("DATE", f"{year:04d}-{season}", True)


def _stated_direction(words: list[str]) -> Tense | None:
    """'last April 26' is the one before, 'next March' the one after, whatever the tense."""
    month_at = next((i for i, word in enumerate(words) if word in MONTHS), None)
    if not month_at:
        return None
    return DIRECTION_WORDS.get(words[month_at - 1])


def resolve_calendar(
    words: list[str], anchor: date | None, tense: Tense, direction: Tense | None = None
) -> Resolution | None:
    joined = " ".join(words)
    year = explicit_year(words)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = day_of_month(words)
    direction = _stated_direction(words) or direction
    tense = direction or tense
    if month is not None and day is not None:
        if year is not None:
            try:
                return Resolution("DATE", date(year, month, day).isoformat())
            except ValueError:
                return Resolution("DATE", None)
        if anchor is None:
            return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}")
        weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS and len(w) > 3), None)
        resolved = month_day_near(anchor, month, day, tense, weekday, direction is not None)
        clock = clock_value(words)
        if resolved is not None and clock and clock[1:] not in DAY_PARTS.values() and clock != "T":
            return Resolution("TIME", f"{resolved.isoformat()}{clock}", True)
        return Resolution("DATE", resolved.isoformat() if resolved else None, True)
    if month is not None:
        if year is not None:
            return Resolution("DATE", f"{year:04d}-{month:02d}")
        if anchor is None:
            return Resolution("DATE", f"XXXX-{month:02d}")
        resolved_year = month_near(anchor, month, tense, direction is not None)
        return Resolution("DATE", f"{resolved_year:04d}-{month:02d}", True)
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is not None and year is not None:
        return Resolution("DATE", f"{year:04d}-{season}")
    if season is not None:  # "the summer", "in the early spring": like a month without a year
        if anchor is None:
            return Resolution("DATE", None)
        middle_month = SEASON_START_MONTHS[season] % 12 + 1
        season_year = month_near(anchor, middle_month, tense)
        if season == "WI":  # a winter carries the year of its December
            season_year -= 1
        return Resolution("DATE", f"{season_year:04d}-{season}", True)
    half = re.search(r"\b(first|second|last|latter) half\b", joined)
    if half and year is not None:  # "the second half of 2024"
        return Resolution("DATE", f"{year:04d}-H{1 if half[1] == 'first' else 2}")
    century = re.search(r"\b(\d{1,2})(?:st|nd|rd|th) century\b", joined)
    if century and int(century[1]) >= 1:  # "the 20th century" is the 1900s: TIMEX3 "19"
        return Resolution("DATE", f"{int(century[1]) - 1:02d}")
    decade = re.search(r"\b(\d{3})0s\b", joined)
    if decade:
        return Resolution("DATE", decade[1])
    decade = re.search(r"'(\d)0s\b", joined)  # "the '80s"
    spelled = next((DECADE_WORDS[w] for w in words if w in DECADE_WORDS), None)
    if decade or spelled is not None:
        return Resolution("DATE", f"19{decade[1] if decade else spelled}")
    if year is not None:
        return Resolution("DATE", f"{year:04d}")
    return None


def resolve_quarter(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    """'the third quarter', "this year's first quarter", 'the latest quarter'."""
    joined = " ".join(words)
    if "quarter" not in words and not re.fullmatch(r"the (latest|most recent) period", joined):
        return None
    ordinal = next((ORDINAL_WORDS[w] for w in words if w in ORDINAL_WORDS), None)
    year = explicit_year(words)
    if ordinal is None:
        if year is not None or anchor is None:
            return None
        if re.fullmatch(
            r"(the |that )?(latest |most recent |recent |same |fiscal )*(quarter|period)", joined
        ):
            return Resolution("DATE", last_completed_quarter(anchor), True)
        return None
    if year is not None:
        return Resolution("DATE", f"{year:04d}-Q{ordinal}")
    if anchor is None:
        return Resolution("DATE", f"XXXX-Q{ordinal}")
    shift = year_shift(joined)
    if shift is None:
        past_year = anchor.year if ordinal <= quarter_of(anchor) else anchor.year - 1
        year = {"future": anchor.year, "past": past_year}.get(tense) or nearest_quarter_year(
            anchor, ordinal
        )
    else:
        year = anchor.year + shift
    return Resolution("DATE", f"{year:04d}-Q{ordinal}", True)


def resolve_year_ago(words: list[str], anchor: date | None) -> Resolution | None:
    """'year-ago', 'the year-earlier period': the year before publication."""
    if not re.search(r"\byear - (ago|earlier)\b", " ".join(words)):
        return None
    if anchor is None:
        return Resolution("DATE", None)
    return Resolution("DATE", f"{anchor.year - 1:04d}", True)


def resolve_holiday(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    """'Thanksgiving Day', 'last Christmas', 'Election Day 1998'."""
    joined = " ".join(words)
    # compared as words, as `words` come: "new year's day" is "new year s day"
    name = next((n for n in HOLIDAY_NAMES if as_words(n) in joined), None)
    if name is None:
        return None
    year = explicit_year(words)
    if year is not None:
        return Resolution("DATE", iso_day(holiday_in(year, name)))
    if anchor is None:
        return Resolution("DATE", None)
    before = holiday_in(anchor.year, name)
    after = before
    if before is not None and before > anchor:
        before = holiday_in(anchor.year - 1, name)
    if after is not None and after < anchor:
        after = holiday_in(anchor.year + 1, name)
    if re.search(r"\b(last|past)\b", joined):
        tense = "past"
    elif re.search(r"\b(next|coming)\b", joined):
        tense = "future"
    return Resolution("DATE", iso_day(choose(anchor, before, after, tense)), True)


def resolve_weekday(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS and len(w) > 3), None)
    if weekday is None:
        return None
    if anchor is None:
        return Resolution("DATE", None)
    day = weekday_near(anchor, weekday, tense)
    clock = clock_value(words)
    if clock is not None and clock[1:] not in DAY_PARTS.values():
        return Resolution("TIME", f"{day.isoformat()}{clock}", True)
    # "Friday night": the day alone (TimeBank and AQUAINT are split; see the module docstring).
    return Resolution("DATE", day.isoformat(), True)


def resolve_clock(words: list[str], anchor: date | None) -> Resolution | None:
    clock = clock_value(words)
    if clock is None:
        return None
    if clock == "T":  # "25:70": a clock time, but not a possible one
        return Resolution("TIME", None)
    if anchor is None:
        return Resolution("TIME", f"XXXX-XX-XX{clock}")
    return Resolution("TIME", f"{anchor.isoformat()}{clock}", True)


def resolve_duration(words: list[str]) -> Resolution | None:
    for index, word in enumerate(words):
        unit = unit_of(word)
        if unit is None:
            continue
        if index >= 2 and words[index - 1] == "1/2" and words[index - 2].isdigit():
            half = _and_a_half(int(words[index - 2]), unit)  # "2 1/2 years"
            if half is not None:
                return Resolution("DURATION", half)
        if words[index + 1 : index + 4] == ["and", "a", "half"]:
            half = _and_a_half(amount_before(words, index) or 1, unit)  # "an hour and a half"
            if half is not None:
                return Resolution("DURATION", half)
        amount = amount_before(words, index)
        # "a several-year tenure": some years, how many unknown
        vague = index >= 2 and words[index - 1] == "-" and words[index - 2] in VAGUE_AMOUNTS
        if amount is not None or word.endswith("s") or vague:
            return Resolution("DURATION", duration_value(amount, unit))
    return None


#: Half of a unit, in the next smaller unit TIMEX3 durations can hold.
_HALF_UNITS: dict[str, str] = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}


def _and_a_half(amount: int, unit: str) -> str | None:
    """'2 1/2 years' -> P2Y6M, 'an hour and a half' -> PT1H30M; None for units without an
    exact half in a smaller one (a month, a week)."""
    if unit not in _HALF_UNITS:
        return None
    whole = duration_value(amount, unit)
    return whole + _HALF_UNITS[unit].removeprefix("T" if "T" in whole else "")
