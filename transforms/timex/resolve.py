"""`normalise`: the rule-based resolver from the words of a time expression to a TIMEX3 type and
value, against the publication date (the anchor) and the sentence's tense.

It tries relative expressions ("two days ago", "last week", "Monday"), then the resolvers in
`dates.py`. Without an anchor, relative expressions get value None: nothing here reads today's
clock. Does not: look at the document around the expression (see `document.py`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from transforms.lexicons.time import (
    DAY_PARTS,
    HEDGES,
    LEADING_NOISE,
    MONTHS,
    REFERENCE_PHRASES,
    REFERENCE_WORDS,
    SEASONS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)
from transforms.timex.calendar import DAY_VALUE, Resolution, Tense, week_value, weekday_near
from transforms.timex.dates import (
    resolve_calendar,
    resolve_clock,
    resolve_duration,
    resolve_holiday,
    resolve_named_period,
    resolve_quarter,
    resolve_set,
    resolve_weekday,
    resolve_year_ago,
)
from transforms.timex.words import (
    ZONE_ALTERNATIVES,
    explicit_year,
    number_of,
    relative_offset,
    words_of,
    year_shift,
)


def _reference_value(words: list[str]) -> str | None:
    """'now', 'right now', 'the near future', 'these days': PRESENT/PAST/FUTURE_REF.

    "recent years" is not one: TIMEX3 reads it as a stretch of some years (PXY), which
    `resolve_duration` gives it."""
    phrase = REFERENCE_PHRASES.get(" ".join(words))
    if phrase is not None:
        return phrase
    head = [word for word in words if word not in ("the", "right", "very", "near", "more", "so")]
    if len(head) == 1 and head[0] in REFERENCE_WORDS:
        return REFERENCE_WORDS[head[0]]
    return None


_CURRENT_YEAR = re.compile(
    r"(the |this |current |full |fiscal )*(year|year - end|year end|year s end)|"
    r"(the )?(end of the year|year - end|year end)"
)


def _resolve_month_of_year(words: list[str], anchor: date | None) -> Resolution | None:
    """'June last year', 'January this year', 'last May', 'this September', 'the fiscal year'."""
    joined = " ".join(words)
    if _CURRENT_YEAR.fullmatch(joined):
        if anchor is None:
            return Resolution("DATE", None)
        return Resolution("DATE", f"{anchor.year:04d}", True)
    month = next((MONTHS[w] for w in words if (w in MONTHS and len(w) > 3) or w == "may"), None)
    if month is None or explicit_year(words) is not None or any(w.isdigit() for w in words):
        return None
    shift = year_shift(joined)
    if shift is None:
        name = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
        modifier = re.match(rf"(last|next|this) {name}$", joined)
        if modifier is None or anchor is None:
            return None
        if modifier[1] == "this":
            shift = 0
        elif modifier[1] == "last":
            shift = 0 if month < anchor.month else -1
        else:
            shift = 0 if month > anchor.month else 1
    if anchor is None:
        return Resolution("DATE", None)
    return Resolution("DATE", f"{anchor.year + shift:04d}-{month:02d}", True)


def _resolve_relative(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    joined = " ".join(words)
    if re.search(r"\blast night\b", joined) or joined == "overnight":
        # the night before the day of publication
        if anchor is None:
            return Resolution("TIME", None)
        return Resolution("TIME", f"{(anchor - timedelta(days=1)).isoformat()}TNI", True)
    simple = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    for word, delta in simple.items():
        if word in words:
            if anchor is None:
                return Resolution("DATE", None)
            value = (anchor + timedelta(days=delta)).isoformat()
            part = next((DAY_PARTS[w] for w in words if w in DAY_PARTS), None)
            if part is not None:  # "tonight", "yesterday afternoon", "tomorrow morning"
                return Resolution("TIME", f"{value}T{part}", True)
            return Resolution("DATE", value, True)
    reference = _reference_value(words)
    if reference is not None:
        return Resolution("DATE", reference, anchor is not None)
    if words in (["the", "weekend"], ["weekend"]):
        if anchor is None:
            return Resolution("DATE", None)
        saturday = weekday_near(anchor, 5, "future" if tense == "future" else "past")
        return Resolution("DATE", week_value(saturday) + "-WE", True)
    # "two days ago", "three weeks later", "a year from now"
    match = re.search(
        r"(\w+) (second|minute|hour|day|night|week|month|year|decade)s? (?:or so )?"
        r"(ago|earlier|before|later|from now|hence)",
        joined,
    )
    if match:
        amount = number_of(match[1])
        if amount is None:
            # "several years ago", "many months ago": some time in the past, how long unknown
            if match[1] in VAGUE_AMOUNTS and match[3] == "ago":
                return Resolution("DATE", "PAST_REF", anchor is not None)
            return Resolution("DATE", None)
        if anchor is None:
            return Resolution("DATE", None)
        sign = -1 if match[3] in ("ago", "earlier", "before") else 1
        return Resolution("DATE", relative_offset(anchor, amount, match[2], sign), True)
    # "last week", "next month", "this year", "earlier this year", "the past week"
    match = re.search(
        r"\b(last|past|previous|next|coming|this|current|following)\s+"
        r"(week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|"
        r"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        joined,
    )
    if match:
        if match[2] in SEASONS and re.search(rf"\bthis past {match[2]}\b", joined):
            # "this past spring": the latest one, which may be in the current year
            return resolve_calendar([match[2]], anchor, "past")
        return resolve_named_period(match[1], match[2], anchor, words)
    if re.fullmatch(r"(earlier|later) in the day|the (end|rest) of the day", joined):
        # the day of publication; `_narrative_reference` puts it on the story's day instead
        if anchor is None:
            return Resolution("DATE", None)
        return Resolution("DATE", anchor.isoformat(), True)
    # "the end of the year", "later in the month": the current period
    match = re.search(r"\bthe (week|month|year)\b", joined)
    if match and explicit_year(words) is None:
        return resolve_named_period("this", match[1], anchor, words)
    return None


def normalise(
    text: str, anchor: date | None, tense: Tense = "past", direction: Tense | None = None
) -> Resolution:
    """Resolve a time expression's text to a TIMEX3 type and value.

    `anchor` is the publication date (None when unknown); `tense` says which occurrence of an
    underspecified date ("Monday", "Feb. 3") is meant: the previous one ("past"), the next one
    ("future") or the nearer one ("present"). A `direction` ("past" after "since") holds for a
    month or date however far away it lands, as "last" and "next" in the text do. Never raises:
    a value that would fall outside the calendar (an anchor in year 1 and "yesterday") comes back
    as None.
    """
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        try:
            return Resolution("DATE", date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat())
        except ValueError:
            return Resolution("DATE", None)
    words = words_of(text)
    while len(words) > 1 and (words[0] in LEADING_NOISE or words[0] in HEDGES):
        words = words[1:]
    if not words:
        return Resolution("DATE", None)
    try:
        return _resolve_words(words, anchor, tense, direction)
    except (OverflowError, ValueError):  # a date before year 1 or after 9999
        return Resolution("DATE", None)


def _resolve_week_of(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    """'the week of March 6': the ISO week holding that day."""
    if words[:2] == ["the", "week"]:
        words = words[1:]
    if words[:2] != ["week", "of"] or len(words) < 3:
        return None
    day = resolve_calendar(words[2:], anchor, tense)
    if day is None or day.value is None or not DAY_VALUE.fullmatch(day.value):
        return None
    return Resolution(
        "DATE", week_value(date.fromisoformat(day.value)), day.anchored_to_publication
    )


_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})")


def _resolve_weekday_of_week(
    words: list[str], anchor: date | None, tense: Tense
) -> Resolution | None:
    """'Wednesday last week', 'Friday of next week': that weekday in the week the rest names."""
    weekdays = [w for w in words if w in WEEKDAYS and len(w) > 3]
    if len(weekdays) != 1 or "week" not in words:
        return None
    rest = [w for w in words if w not in weekdays and w != "of"]
    week = _resolve_relative(rest, anchor, tense)
    found = _WEEK_VALUE.fullmatch(week.value or "") if week is not None else None
    if week is None or found is None:
        return None
    day = date.fromisocalendar(int(found[1]), int(found[2]), WEEKDAYS[weekdays[0]] + 1)
    return Resolution("DATE", day.isoformat(), week.anchored_to_publication)


#: "2005 GMT" in the words of an expression: a 24-hour clock time, not the year 2005.
_ZONED_CLOCK = re.compile(rf"\b([01]\d|2[0-3])([0-5]\d) (?:{ZONE_ALTERNATIVES})\b")


def _resolve_zoned_clock(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    """'Saturday 12 February at 2005 GMT': the day the other words name, at 20:05."""
    joined = " ".join(words)
    match = _ZONED_CLOCK.search(joined)
    if match is None:
        return None
    clock = f"T{match[1]}:{match[2]}"
    rest = words_of(joined[: match.start()] + joined[match.end() :])
    day = _resolve_words(rest, anchor, tense) if rest else None
    if day is not None and day.value is not None and DAY_VALUE.fullmatch(day.value):
        return Resolution("TIME", f"{day.value}{clock}", day.anchored_to_publication)
    if anchor is None:
        return Resolution("TIME", f"XXXX-XX-XX{clock}")
    return Resolution("TIME", f"{anchor.isoformat()}{clock}", True)


def _resolve_words(
    words: list[str], anchor: date | None, tense: Tense, direction: Tense | None = None
) -> Resolution:
    if words[-3:] == ["and", "a", "half"]:  # "the last year and a half" is a length, not 1986
        halved = resolve_duration(words)
        if halved is not None:
            return halved
    resolution = (
        _resolve_zoned_clock(words, anchor, tense)
        or _resolve_week_of(words, anchor, tense)
        or _resolve_weekday_of_week(words, anchor, tense)
        or resolve_set(words)
        or resolve_holiday(words, anchor, tense)
        or resolve_quarter(words, anchor, tense)
        or resolve_year_ago(words, anchor)
        or _resolve_month_of_year(words, anchor)
        or _resolve_relative(words, anchor, tense)
        or resolve_calendar(words, anchor, tense, direction)
        or resolve_weekday(words, anchor, tense)
        or resolve_clock(words, anchor)
        or resolve_duration(words)
    )
    if resolution is not None:
        return resolution
    return Resolution("DATE", None)
