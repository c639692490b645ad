"""Reading the words of a time expression: tokenising, numbers (digits and spelled out), units,
years (explicit, spelled, "last year"), days of the month and clock times.

Pure functions of a list of lowercase words; no calendar arithmetic and no spaCy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from datetime import date, timedelta

from transforms.lexicons.time import (
    DAY_PARTS,
    DURATION_UNITS,
    MONTHS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    TIME_UNITS,
    TIME_ZONES,
    VAGUE_AMOUNTS,
)
from transforms.timex.calendar import shift_months, week_value

_WORD = re.compile(r"[a-z]+|1/2|\d+(?::\d+)?(?:st|nd|rd|th|s)?|'\d\ds|-")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace(".", "").replace("’", "'"))


def number_of(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def unit_of(word: str) -> str | None:
    singular = word[:-1] if word.endswith("s") and word[:-1] in DURATION_UNITS else word
    if word.endswith("ies"):  # "centuries"
        singular = word[:-3] + "y"
    return singular if singular in DURATION_UNITS else None


def duration_value(amount: int | None, unit: str) -> str:
    letter = DURATION_UNITS[unit]
    count = "X" if amount is None else str(amount)
    if unit == "century" and amount is None:  # "for centuries": TIMEX3's century unit
        return "PXC"
    if letter[:-1].isdigit():  # decade = 10Y, fortnight = 2W
        count = "X" if amount is None else str(amount * int(letter[:-1]))
        letter = letter[-1]
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{count}{letter}"


def relative_offset(anchor: date, amount: int, unit: str, sign: int) -> str | None:
    if unit in TIME_UNITS:
        return anchor.isoformat()
    if unit in ("day", "night"):
        return (anchor + timedelta(days=sign * amount)).isoformat()
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return week_value(anchor + timedelta(weeks=sign * weeks))
    if unit == "month":
        year, month = shift_months(anchor.year, anchor.month, sign * amount)
        return f"{year:04d}-{month:02d}"
    if unit == "year":
        return f"{anchor.year + sign * amount:04d}"
    if unit == "decade":
        return f"{(anchor.year + sign * 10 * amount) // 10:03d}"
    return None


def singular_of(word: str, names: Container[str]) -> str:
    """'mondays' -> 'monday', 'nights' -> 'night' when the singular is one of `names`."""
    return word[:-1] if word.endswith("s") and word[:-1] in names else word


def explicit_year(words: list[str]) -> int | None:
    for word in words:
        if word.isdigit() and len(word) == 4 and 1000 <= int(word) <= 2199:
            return int(word)
    return _spelled_year(words)


def _spelled_year(words: list[str]) -> int | None:
    """'nineteen ninety-six' -> 1996, 'the year two thousand' -> 2000 (broadcast transcripts)."""
    for index, word in enumerate(words):
        following = words[index + 1 : index + 4]
        if word == "two" and following[:1] == ["thousand"]:
            rest = [w for w in following[1:] if w != "and"]
            if rest and unit_of(rest[0]) is not None:  # "two thousand years": an amount
                continue
            unit = NUMBER_WORDS.get(rest[0], 0) if rest else 0
            return 2000 + (unit if unit < 100 else 0)
        century = NUMBER_WORDS.get(word, 0)
        tens = NUMBER_WORDS.get(following[0], 0) if following else 0
        if 11 <= century <= 20 and tens in range(20, 100, 10):
            hyphenated = following[1:2] == ["-"] and len(following) > 2
            unit = NUMBER_WORDS.get(following[2], 0) if hyphenated else 0
            return century * 100 + tens + (unit if unit < 10 else 0)
    return None


def day_of_month(words: list[str]) -> int | None:
    """The day number next to a month name: "Jan. 20", "20 March", "March 20th"."""
    for index, word in enumerate(words):
        if word not in MONTHS:
            continue
        for neighbour in words[index + 1 : index + 2] + words[max(index - 1, 0) : index]:
            digits = neighbour.removesuffix("th").removesuffix("st").removesuffix("nd")
            digits = digits.removesuffix("rd")
            if digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31:
                return int(digits)
    return None


def year_shift(joined: str) -> int | None:
    """-1 for "last year's", "year-ago", "a year earlier"; 0 for "this year's"; 1 for "next"."""
    if re.search(
        r"\b(last|previous|prior) year|\byear - (ago|earlier)|\ba year (ago|earlier)", joined
    ):
        return -1
    if re.search(r"\b(this|current) year", joined):
        return 0
    if re.search(r"\bnext year", joined):
        return 1
    return None


@functools.cache
def as_words(name: str) -> str:
    return " ".join(words_of(name))


_HOUR_OF_DAY_PART = re.compile(r"\b(\d{1,2})(?: o clock)? in the (morning|afternoon|evening)\b")


def clock_value(words: list[str]) -> str | None:
    """The time-of-day part of a TIMEX3 value: "T09:30", "T12:00", "TMO"; None if absent."""
    joined = " ".join(words)
    match = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a m|p m)\b", joined) or re.search(
        r"\b(\d{1,2}):(\d{2})\b()", joined
    )
    if match:
        hour = int(match[1]) % 12 if match[3] else int(match[1])
        if match[3] and match[3].replace(" ", "") == "pm":
            hour += 12
        minute = int(match[2] or 0)
        if hour > 23 or minute > 59:
            return "T"
        return f"T{hour:02d}:{minute:02d}"
    hour_of_part = _HOUR_OF_DAY_PART.search(joined)
    if hour_of_part:  # "4 in the morning", "8 in the evening"
        hour = int(hour_of_part[1]) % 12 + (0 if hour_of_part[2] == "morning" else 12)
        return f"T{hour:02d}:00"
    if "noon" in words or "midday" in words:
        return "T12:00"
    if "midnight" in words:
        return "T24:00"
    part = next((DAY_PARTS[w] for w in words if w in DAY_PARTS), None)
    return None if part is None else f"T{part}"


def _spelled_amount(words: list[str], end: int) -> int | None:
    """A number spelled in two words just before `end`: "twenty four", "twenty-four",
    "two thousand", "a hundred"; None for anything else."""
    last = words[end - 1] if end >= 1 else ""
    before = words[end - 2] if end >= 2 else ""
    if last in MULTIPLIER_WORDS:
        factor = number_of(before) if before else None
        return MULTIPLIER_WORDS[last] * (factor if factor is not None and factor < 100 else 1)
    unit = NUMBER_WORDS.get(last, 0)
    if before == "-" and end >= 3:
        before = words[end - 3]
    tens = NUMBER_WORDS.get(before, 0)
    if 1 <= unit <= 9 and tens in range(20, 100, 10):
        return tens + unit
    return None


def amount_before(words: list[str], index: int) -> int | None:
    """The number counting the unit at `index`: "six months", "two-year", "a couple of years",
    "twenty-four hours", "two thousand years", and past one describing word, "eight trading
    days", "two more weeks", "a full year"."""
    spelled = _spelled_amount(words, index)
    if spelled is not None:
        return spelled
    previous = words[index - 1] if index else ""
    amount = number_of(previous) if previous else None
    if amount is None and index >= 2:
        counted = words[index - 2]
        describes = previous.isalpha() and previous not in VAGUE_AMOUNTS  # not "a few weeks"
        a_count = (
            not counted.isdigit() or len(counted) <= 3
        )  # "30 business days", not "1989 fiscal year"
        if previous in ("-", "of") or (describes and a_count):
            amount = number_of(counted)
    return amount


ZONE_ALTERNATIVES = "|".join(sorted(TIME_ZONES))
