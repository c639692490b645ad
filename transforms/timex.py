"""Time expressions: find them in a spaCy doc and normalise them to TIMEX3-style calendar values.

Spans come from the NER model's DATE and TIME entities, trimmed of leading prepositions and hedges
("since", "just") and of a trailing "later" ("three days later" is the duration "three days"), split
where one entity holds two expressions ("1991 to 1997", "2019-2021", "June 30-July 2", "the quarter
ended Sept. 30", "the first nine months of 1997"), and dropped when they are ages ("a 44-year-old"),
bare or model numbers ("the 80486 chip"), "annual" alone, a programme's title in quotes (ABC's "This
Week") or a greeting ("Good evening"). Small passes add what the model misses: vague references
("now", "recently", "in the past"), recurring expressions ("every Tuesday", "each July"), weekdays
and "today"/"yesterday"/"tomorrow" outside a name ("Late Monday, officials said"), abbreviated dates
inside an event's name ("the Aug. 7 bombings"), decades ("through the nineties"), quarters ("a flat
second quarter"), amounts ("two more weeks", "5 1/2 hours"), earnings periods ("the corresponding
period last year", "the 1988 period") and the bare day that ends a range or list ("26" in "June 24
to 26", "June 24-26", "between June 24 and 26", "June 24 and 26"), a date of its own in that month.
A weekday, "yesterday", "today" or "tomorrow" and an adjacent part of day or clock time ("Friday" +
"night", "mid-afternoon" + "yesterday", "5 p.m." + "," + "Nov. 6"), and a weekday and its date
("Friday" + "Oct. 13") are joined; a time of day that names no day takes the closest day its
sentence names.

Values are computed by `normalise`, a rule-based resolver that reads the words of the span:
absolute dates resolve on their own; relative ones ("Monday", "last week", "two days ago",
"Jan. 20" without a year) resolve against the publication date. Which occurrence of an
underspecified date is meant follows the sentence's tense (past: the previous one; future, or
cues such as "payable", "effective" and deadlines "by"/"until": the next one; present, a modal
("would be paid Thursday"), a plan reported in the past, or a deadline seen from the past
perfect: the nearer one; a participle clause, "climbing to a peak Thursday", takes the tense of
the verb it hangs off; a possessive in the present, "over Thursday's closing price", is past),
except that a date without a year is never put more than about nine months away. A year named
by its last day ("the year ended March 31") is the duration P1Y, not a calendar year; a quarter
named by its last day ("the quarter ended July 31") is the calendar quarter it mostly covers,
unless the article has already named its (fiscal) quarter; "it's the second day of the
offensive" is the publication date. Without a publication date, relative expressions get value
NULL: nothing here ever reads today's clock.

Two pieces of document context are used: the latest completed quarter an article names (in an
earnings report, "a year earlier", "last year's quarter" and "the latest quarter" then resolve to
quarters; "a year earlier" takes the granularity of what it is compared with, so in a sentence
about "the nine months" or "the first half" it is the year before), and the last date it names,
against which "that year", "later that month", "later in the day", "the following year", "the
previous Friday" and "overnight" resolve.

Ranges ("June 24-25", "June 24 to 26", "between June 24 and 26", "from Monday to Wednesday", "June
30-July 2", "2019-2021", "from 2019 to 2021", "March to May") follow TimeML and the TempEval-3
corpora: each end is its own DATE expression with its own value ("June 24", 2025-06-24; "25",
2025-06-25), as TIMEX3 has no value for a range. What the range covers goes into `begin_date` and
`end_date`, which both ends share: the first day of the first end to the last day of the second
(2025-06-24 to 2025-06-25; 2019-01-01 to 2021-12-31). Two dates are a range when a dash joins them,
when "to", "through", "thru", "until" or "till" does after "from" or "between" or between dates of
the same granularity ("June 24 to 26", "March to May", but not "Friday to December"), or when "and"
does after "between" ("June 24 and 25" alone is a list of days, each a day). A date moved
("postponed from June 24 to June 26") is not a range. An end that resolving against the publication
date put before the start is taken at its next occurrence ("from Monday to Wednesday" said on a
Wednesday: next Monday to the Wednesday after); a bare day takes the month and year of the date
before it. A year range with a two-digit end ("2019-21", "fiscal 2019-20", "the 1994-95 season")
often names one fiscal or sports year, so it stays one expression valued as its first year, with
`begin_date` and `end_date` covering both. Ranges of durations ("two to three weeks") and of times
of day are left alone, and so are weekdays joined by a dash ("Monday-Wednesday this week").

Policies checked against TimeBank and AQUAINT: "now", "currently" and "current" are kept as
PRESENT_REF (the corpora mark about 70% of them, with no syntactic pattern to the rest);
"recent years" stays the duration PXY (the corpora are split between PXY and PAST_REF; TIDES
gives PXY); "Friday night" keeps the day alone (the corpora are split between the day and the
day with its part); a week is its ISO week ("last week" is 1989-W43, not the 1989-WXX some
annotators wrote).

Does not: anchor anything else to other time expressions in the text beyond the ends of a range (a
bare "Monday" in a story about last week still resolves against the publication date), resolve vague
references ("recently") beyond TIMEX3's PAST_REF/PRESENT_REF/FUTURE_REF, or attach times to events
(see `transforms/events.py`).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Container
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc, Span, Token

from transforms.doctext import doc_text
from transforms.lexicons.time import (
    DAY_PARTS,
    DEADLINE_PREPOSITIONS,
    DECADE_WORDS,
    DIRECTION_WORDS,
    DURATION_UNITS,
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    FREQUENCY_WORDS,
    FUTURE_CUES,
    FUTURE_VERBS,
    HEDGES,
    LEADING_NOISE,
    LOOKING_BACK_WORDS,
    MONTHS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PAST_CUES,
    RANGE_CONNECTIVES,
    RANGE_DASHES,
    RANGE_OPENERS,
    REFERENCE_PHRASES,
    REFERENCE_WORDS,
    RESCHEDULING_VERBS,
    SEASON_START_MONTHS,
    SEASONS,
    SET_MARKERS,
    SPLIT_WORDS,
    STANDALONE_FREQUENCIES,
    STANDALONE_REFERENCES,
    TIME_UNITS,
    TIME_ZONES,
    UNIT_DETERMINERS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Which occurrence of an underspecified date ("Monday", "Feb. 3") a sentence points to.
Tense = Literal["past", "present", "future"]
_WORD = re.compile(r"[a-z]+|1/2|\d+(?::\d+)?(?:st|nd|rd|th|s)?|'\d\ds|-")


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


# ----------------------------------------------------------------------------- date helpers


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _nearest_weekday(anchor: date, weekday: int, future: bool) -> date:
    if future:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _choose(anchor: date, before: date | None, after: date | None, tense: Tense) -> date | None:
    """The occurrence the tense points to; in the present tense, the nearer one."""
    if before is None or after is None:
        return before or after
    if tense == "past":
        return before
    if tense == "future":
        return after
    return before if (anchor - before) <= (after - anchor) else after


def _weekday_near(anchor: date, weekday: int, tense: Tense) -> date:
    before = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    after = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return _choose(anchor, before, after, tense) or anchor


def _month_day_near(
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
    chosen = _choose(anchor, before, after, tense)
    if not explicit and chosen is not None and abs((chosen - anchor).days) > _FAR_DAYS:
        return _choose(anchor, before, after, "present")
    return chosen


#: News gives the year of a date further away than about nine months ("Nov. 10, 1988"), so a
#: date without one that the tense would put that far off ("was approved Nov. 10" in a story of
#: Nov. 2; "is due Jan. 14" in a story of Jan. 15) means the nearer occurrence: the tense is
#: usually the reporting verb's, not the date's.
_FAR_DAYS = 274
_FAR_MONTHS = 10


def _month_near(anchor: date, month: int, tense: Tense, explicit: bool = False) -> int:
    """The year of the occurrence of `month` the tense points to (see _FAR_MONTHS); an
    `explicit` direction ("next March") holds however far away it lands."""
    before = date(anchor.year if month <= anchor.month else anchor.year - 1, month, 1)
    after = date(anchor.year if month >= anchor.month else anchor.year + 1, month, 1)
    this_month = anchor.replace(day=1)
    chosen = _choose(this_month, before, after, tense) or before
    months_away = abs((chosen.year - anchor.year) * 12 + chosen.month - anchor.month)
    if not explicit and months_away >= _FAR_MONTHS:
        chosen = _choose(this_month, before, after, "present") or chosen
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


# ----------------------------------------------------------------------------- normalisation


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace(".", "").replace("’", "'"))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _unit(word: str) -> str | None:
    singular = word[:-1] if word.endswith("s") and word[:-1] in DURATION_UNITS else word
    if word.endswith("ies"):  # "centuries"
        singular = word[:-3] + "y"
    return singular if singular in DURATION_UNITS else None


def _duration_value(amount: int | None, unit: str) -> str:
    letter = DURATION_UNITS[unit]
    count = "X" if amount is None else str(amount)
    if unit == "century" and amount is None:  # "for centuries": TIMEX3's century unit
        return "PXC"
    if letter[:-1].isdigit():  # decade = 10Y, fortnight = 2W
        count = "X" if amount is None else str(amount * int(letter[:-1]))
        letter = letter[-1]
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{count}{letter}"


def _relative_offset(anchor: date, amount: int, unit: str, sign: int) -> str | None:
    if unit in TIME_UNITS:
        return anchor.isoformat()
    if unit in ("day", "night"):
        return (anchor + timedelta(days=sign * amount)).isoformat()
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return _week_value(anchor + timedelta(weeks=sign * weeks))
    if unit == "month":
        year, month = _shift_months(anchor.year, anchor.month, sign * amount)
        return f"{year:04d}-{month:02d}"
    if unit == "year":
        return f"{anchor.year + sign * amount:04d}"
    if unit == "decade":
        return f"{(anchor.year + sign * 10 * amount) // 10:03d}"
    return None


def _singular(word: str, names: Container[str]) -> str:
    """'mondays' -> 'monday', 'nights' -> 'night' when the singular is one of `names`."""
    return word[:-1] if word.endswith("s") and word[:-1] in names else word


def _recurring_weekday(words: list[str]) -> str | None:
    """'every Tuesday night', 'on Mondays', 'Tuesday nights': the SET value, or None. A weekday
    or its part of day in the plural recurs even without "every"."""
    singular = [_singular(_singular(word, WEEKDAYS), DAY_PARTS) for word in words]
    weekday = next((w for w in singular if w in WEEKDAYS and len(w) > 3), None)
    if weekday is None:
        return None
    plural = any(word != single for word, single in zip(words, singular, strict=True))
    if not plural and not SET_MARKERS.intersection(words):
        return None
    part = next((DAY_PARTS[w] for w in singular if w in DAY_PARTS), None)
    return f"XXXX-WXX-{WEEKDAYS[weekday] + 1}" + (f"T{part}" if part else "")


def _resolve_set(words: list[str]) -> Resolution | None:
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
        unit = _unit(word)
        if unit:  # "every year", "every 15 months", "every two weeks"
            return Resolution("SET", _duration_value(_amount_before(words, index) or 1, unit))
    return Resolution("SET", None)


def _reference_value(words: list[str]) -> str | None:
    """'now', 'right now', 'the near future', 'these days': PRESENT/PAST/FUTURE_REF.

    "recent years" is not one: TIMEX3 reads it as a stretch of some years (PXY), which
    `_resolve_duration` gives it."""
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
    if month is None or _explicit_year(words) is not None or any(w.isdigit() for w in words):
        return None
    shift = _year_shift(joined)
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
        saturday = _weekday_near(anchor, 5, "future" if tense == "future" else "past")
        return Resolution("DATE", _week_value(saturday) + "-WE", True)
    # "two days ago", "three weeks later", "a year from now"
    match = re.search(
        r"(\w+) (second|minute|hour|day|night|week|month|year|decade)s? (?:or so )?"
        r"(ago|earlier|before|later|from now|hence)",
        joined,
    )
    if match:
        amount = _number(match[1])
        if amount is None:
            # "several years ago", "many months ago": some time in the past, how long unknown
            if match[1] in VAGUE_AMOUNTS and match[3] == "ago":
                return Resolution("DATE", "PAST_REF", anchor is not None)
            return Resolution("DATE", None)
        if anchor is None:
            return Resolution("DATE", None)
        sign = -1 if match[3] in ("ago", "earlier", "before") else 1
        return Resolution("DATE", _relative_offset(anchor, amount, match[2], sign), True)
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
            return _resolve_calendar([match[2]], anchor, "past")
        return _resolve_named_period(match[1], match[2], anchor, words)
    if re.fullmatch(r"(earlier|later) in the day|the (end|rest) of the day", joined):
        # the day of publication; `_narrative_reference` puts it on the story's day instead
        if anchor is None:
            return Resolution("DATE", None)
        return Resolution("DATE", anchor.isoformat(), True)
    # "the end of the year", "later in the month": the current period
    match = re.search(r"\bthe (week|month|year)\b", joined)
    if match and _explicit_year(words) is None:
        return _resolve_named_period("this", match[1], anchor, words)
    return None


def _resolve_named_period(
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
            day = _nearest_weekday(anchor, weekday, step > 0)
            if step < 0 and day == anchor:
                day -= timedelta(days=7)
        return Resolution("DATE", day.isoformat(), True)
    if period in ("week", "weekend"):
        week = _week_value(anchor + timedelta(weeks=step))
        return Resolution("DATE", week + ("-WE" if period == "weekend" else ""), True)
    if period == "month":
        year, month = _shift_months(anchor.year, anchor.month, step)
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


def _explicit_year(words: list[str]) -> int | None:
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
            if rest and _unit(rest[0]) is not None:  # "two thousand years": an amount
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


def _day_of_month(words: list[str]) -> int | None:
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


def _stated_direction(words: list[str]) -> Tense | None:
    """'last April 26' is the one before, 'next March' the one after, whatever the tense."""
    month_at = next((i for i, word in enumerate(words) if word in MONTHS), None)
    if not month_at:
        return None
    return DIRECTION_WORDS.get(words[month_at - 1])


def _resolve_calendar(
    words: list[str], anchor: date | None, tense: Tense, direction: Tense | None = None
) -> Resolution | None:
    joined = " ".join(words)
    year = _explicit_year(words)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = _day_of_month(words)
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
        resolved = _month_day_near(anchor, month, day, tense, weekday, direction is not None)
        clock = _clock(words)
        if resolved is not None and clock and clock[1:] not in DAY_PARTS.values() and clock != "T":
            return Resolution("TIME", f"{resolved.isoformat()}{clock}", True)
        return Resolution("DATE", resolved.isoformat() if resolved else None, True)
    if month is not None:
        if year is not None:
            return Resolution("DATE", f"{year:04d}-{month:02d}")
        if anchor is None:
            return Resolution("DATE", f"XXXX-{month:02d}")
        resolved_year = _month_near(anchor, month, tense, direction is not None)
        return Resolution("DATE", f"{resolved_year:04d}-{month:02d}", True)
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is not None and year is not None:
        return Resolution("DATE", f"{year:04d}-{season}")
    if season is not None:  # "the summer", "in the early spring": like a month without a year
        if anchor is None:
            return Resolution("DATE", None)
        middle_month = SEASON_START_MONTHS[season] % 12 + 1
        season_year = _month_near(anchor, middle_month, tense)
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


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _last_completed_quarter(anchor: date) -> str:
    year, month = _shift_months(anchor.year, anchor.month, -3)
    return f"{year:04d}-Q{(month - 1) // 3 + 1}"


def _year_shift(joined: str) -> int | None:
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


def _nearest_quarter_year(anchor: date, ordinal: int) -> int:
    """The year whose quarter `ordinal` lies nearest the anchor's quarter, the earlier on a tie:
    "the second quarter could ease back" in March is the coming one, "the fourth quarter" the
    one just ended."""
    ahead = ordinal - _quarter_of(anchor)  # -3 .. 3; last year's is 4 - ahead quarters back
    return anchor.year if ahead < 4 - ahead else anchor.year - 1


def _resolve_quarter(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    """'the third quarter', "this year's first quarter", 'the latest quarter'."""
    joined = " ".join(words)
    if "quarter" not in words and not re.fullmatch(r"the (latest|most recent) period", joined):
        return None
    ordinal = next((ORDINAL_WORDS[w] for w in words if w in ORDINAL_WORDS), None)
    year = _explicit_year(words)
    if ordinal is None:
        if year is not None or anchor is None:
            return None
        if re.fullmatch(
            r"(the |that )?(latest |most recent |recent |same |fiscal )*(quarter|period)", joined
        ):
            return Resolution("DATE", _last_completed_quarter(anchor), True)
        return None
    if year is not None:
        return Resolution("DATE", f"{year:04d}-Q{ordinal}")
    if anchor is None:
        return Resolution("DATE", f"XXXX-Q{ordinal}")
    shift = _year_shift(joined)
    if shift is None:
        past_year = anchor.year if ordinal <= _quarter_of(anchor) else anchor.year - 1
        year = {"future": anchor.year, "past": past_year}.get(tense) or _nearest_quarter_year(
            anchor, ordinal
        )
    else:
        year = anchor.year + shift
    return Resolution("DATE", f"{year:04d}-Q{ordinal}", True)


def _resolve_year_ago(words: list[str], anchor: date | None) -> Resolution | None:
    """'year-ago', 'the year-earlier period': the year before publication."""
    if not re.search(r"\byear - (ago|earlier)\b", " ".join(words)):
        return None
    if anchor is None:
        return Resolution("DATE", None)
    return Resolution("DATE", f"{anchor.year - 1:04d}", True)


@functools.cache
def _as_words(name: str) -> str:
    return " ".join(_tokens(name))


def _holiday_in(year: int, name: str) -> date | None:
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


def _resolve_holiday(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    """'Thanksgiving Day', 'last Christmas', 'Election Day 1998'."""
    joined = " ".join(words)
    # compared as words, as `words` come: "new year's day" is "new year s day"
    name = next((n for n in (*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS) if _as_words(n) in joined), None)
    if name is None:
        return None
    year = _explicit_year(words)
    if year is not None:
        return Resolution("DATE", _iso(_holiday_in(year, name)))
    if anchor is None:
        return Resolution("DATE", None)
    before = _holiday_in(anchor.year, name)
    after = before
    if before is not None and before > anchor:
        before = _holiday_in(anchor.year - 1, name)
    if after is not None and after < anchor:
        after = _holiday_in(anchor.year + 1, name)
    if re.search(r"\b(last|past)\b", joined):
        tense = "past"
    elif re.search(r"\b(next|coming)\b", joined):
        tense = "future"
    return Resolution("DATE", _iso(_choose(anchor, before, after, tense)), True)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _resolve_weekday(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS and len(w) > 3), None)
    if weekday is None:
        return None
    if anchor is None:
        return Resolution("DATE", None)
    day = _weekday_near(anchor, weekday, tense)
    clock = _clock(words)
    if clock is not None and clock[1:] not in DAY_PARTS.values():
        return Resolution("TIME", f"{day.isoformat()}{clock}", True)
    # "Friday night": the day alone (TimeBank and AQUAINT are split; see the module docstring).
    return Resolution("DATE", day.isoformat(), True)


_HOUR_OF_DAY_PART = re.compile(r"\b(\d{1,2})(?: o clock)? in the (morning|afternoon|evening)\b")


def _clock(words: list[str]) -> str | None:
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


def _resolve_clock(words: list[str], anchor: date | None) -> Resolution | None:
    clock = _clock(words)
    if clock is None:
        return None
    if clock == "T":  # "25:70": a clock time, but not a possible one
        return Resolution("TIME", None)
    if anchor is None:
        return Resolution("TIME", f"XXXX-XX-XX{clock}")
    return Resolution("TIME", f"{anchor.isoformat()}{clock}", True)


def _spelled_amount(words: list[str], end: int) -> int | None:
    """A number spelled in two words just before `end`: "twenty four", "twenty-four",
    "two thousand", "a hundred"; None for anything else."""
    last = words[end - 1] if end >= 1 else ""
    before = words[end - 2] if end >= 2 else ""
    if last in MULTIPLIER_WORDS:
        factor = _number(before) if before else None
        return MULTIPLIER_WORDS[last] * (factor if factor is not None and factor < 100 else 1)
    unit = NUMBER_WORDS.get(last, 0)
    if before == "-" and end >= 3:
        before = words[end - 3]
    tens = NUMBER_WORDS.get(before, 0)
    if 1 <= unit <= 9 and tens in range(20, 100, 10):
        return tens + unit
    return None


def _amount_before(words: list[str], index: int) -> int | None:
    """The number counting the unit at `index`: "six months", "two-year", "a couple of years",
    "twenty-four hours", "two thousand years", and past one describing word, "eight trading
    days", "two more weeks", "a full year"."""
    spelled = _spelled_amount(words, index)
    if spelled is not None:
        return spelled
    previous = words[index - 1] if index else ""
    amount = _number(previous) if previous else None
    if amount is None and index >= 2:
        counted = words[index - 2]
        describes = previous.isalpha() and previous not in VAGUE_AMOUNTS  # not "a few weeks"
        a_count = (
            not counted.isdigit() or len(counted) <= 3
        )  # "30 business days", not "1989 fiscal year"
        if previous in ("-", "of") or (describes and a_count):
            amount = _number(counted)
    return amount


def _resolve_duration(words: list[str]) -> Resolution | None:
    for index, word in enumerate(words):
        unit = _unit(word)
        if unit is None:
            continue
        if index >= 2 and words[index - 1] == "1/2" and words[index - 2].isdigit():
            half = _and_a_half(int(words[index - 2]), unit)  # "2 1/2 years"
            if half is not None:
                return Resolution("DURATION", half)
        if words[index + 1 : index + 4] == ["and", "a", "half"]:
            half = _and_a_half(_amount_before(words, index) or 1, unit)  # "an hour and a half"
            if half is not None:
                return Resolution("DURATION", half)
        amount = _amount_before(words, index)
        # "a several-year tenure": some years, how many unknown
        vague = index >= 2 and words[index - 1] == "-" and words[index - 2] in VAGUE_AMOUNTS
        if amount is not None or word.endswith("s") or vague:
            return Resolution("DURATION", _duration_value(amount, unit))
    return None


#: Half of a unit, in the next smaller unit TIMEX3 durations can hold.
_HALF_UNITS: dict[str, str] = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}


def _and_a_half(amount: int, unit: str) -> str | None:
    """'2 1/2 years' -> P2Y6M, 'an hour and a half' -> PT1H30M; None for units without an
    exact half in a smaller one (a month, a week)."""
    if unit not in _HALF_UNITS:
        return None
    whole = _duration_value(amount, unit)
    return whole + _HALF_UNITS[unit].removeprefix("T" if "T" in whole else "")


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
    words = _tokens(text)
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
    day = _resolve_calendar(words[2:], anchor, tense)
    if day is None or day.value is None or not _DAY_VALUE.fullmatch(day.value):
        return None
    return Resolution(
        "DATE", _week_value(date.fromisoformat(day.value)), day.anchored_to_publication
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


_ZONE_ALTERNATIVES = "|".join(sorted(TIME_ZONES))
#: "2005 GMT" in the words of an expression: a 24-hour clock time, not the year 2005.
_ZONED_CLOCK = re.compile(rf"\b([01]\d|2[0-3])([0-5]\d) (?:{_ZONE_ALTERNATIVES})\b")


def _resolve_zoned_clock(words: list[str], anchor: date | None, tense: Tense) -> Resolution | None:
    """'Saturday 12 February at 2005 GMT': the day the other words name, at 20:05."""
    joined = " ".join(words)
    match = _ZONED_CLOCK.search(joined)
    if match is None:
        return None
    clock = f"T{match[1]}:{match[2]}"
    rest = _tokens(joined[: match.start()] + joined[match.end() :])
    day = _resolve_words(rest, anchor, tense) if rest else None
    if day is not None and day.value is not None and _DAY_VALUE.fullmatch(day.value):
        return Resolution("TIME", f"{day.value}{clock}", day.anchored_to_publication)
    if anchor is None:
        return Resolution("TIME", f"XXXX-XX-XX{clock}")
    return Resolution("TIME", f"{anchor.isoformat()}{clock}", True)


def _resolve_words(
    words: list[str], anchor: date | None, tense: Tense, direction: Tense | None = None
) -> Resolution:
    if words[-3:] == ["and", "a", "half"]:  # "the last year and a half" is a length, not 1986
        halved = _resolve_duration(words)
        if halved is not None:
            return halved
    resolution = (
        _resolve_zoned_clock(words, anchor, tense)
        or _resolve_week_of(words, anchor, tense)
        or _resolve_weekday_of_week(words, anchor, tense)
        or _resolve_set(words)
        or _resolve_holiday(words, anchor, tense)
        or _resolve_quarter(words, anchor, tense)
        or _resolve_year_ago(words, anchor)
        or _resolve_month_of_year(words, anchor)
        or _resolve_relative(words, anchor, tense)
        or _resolve_calendar(words, anchor, tense, direction)
        or _resolve_weekday(words, anchor, tense)
        or _resolve_clock(words, anchor)
        or _resolve_duration(words)
    )
    if resolution is not None:
        return resolution
    return Resolution("DATE", None)


# ----------------------------------------------------------------------------- spans in a doc

_SET_PATTERN = re.compile(
    r"\b(?:every|each)\s+(?:(?:other|single)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|day|week|month|year|morning|evening|night|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|spring|summer|autumn|fall|"
    r"winter)s?\b",
    re.IGNORECASE,
)
# "a 44-year-old", "the six-month-old boy": ages, which NER tags as dates.
_AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]old\b", re.IGNORECASE)
# "the day", "this night": TimeBank and AQUAINT rarely annotate these on their own.
_BARE_DAY = re.compile(r"(?:the|this|that) (?:day|night)", re.IGNORECASE)
# Words that make an entity a time expression; anything without one ("Slepian, 52") is not.
# Not "annual" ("annual sales"): it says how often, but names no time of its own; nor a longer
# number that merely starts with four digits ("the 80486 chip").
_TIME_CUE = re.compile(
    r"\b(?:\d{4}s?\b|'\d\ds?|\d{1,2}:\d{2}|\d+\s*(?:a\.?m|p\.?m)\b.*)|"
    r"\b(?:today|tonight|tomorrow|yesterday|noon|midnight|midday|weekends?|quarters?|"
    r"centur(?:y|ies)|fiscal|season|period|day|days|time|ago|overnight)\b",
    re.IGNORECASE,
)


def _is_cue_word(word: str) -> bool:
    word = word.lower().rstrip(".")
    return (
        word in MONTHS
        or word in WEEKDAYS
        or word in SEASONS
        or word in DAY_PARTS
        or word in REFERENCE_WORDS
        or word in SET_MARKERS
        or _unit(word) is not None
        or _unit(word.split("-")[-1]) is not None
    )


_QUOTES = frozenset({'"', "``", "''", "“", "”", "'"})


def _is_quoted_title(span: Span) -> bool:
    """'ABC's "This Week,"', "CBS's ''60 Minutes.''": a programme's title, in quotes and title
    case, that only looks like a time."""
    doc = span.doc
    words = [token for token in span if token.is_alpha]
    if len(span) < 2 or not words or not all(token.is_title for token in words):
        return False
    opened = span.start > 0 and doc[span.start - 1].text in _QUOTES
    after = doc[span.end : span.end + 2]
    closed = any(token.text in _QUOTES for token in after[:1]) or (
        len(after) == 2 and after[0].is_punct and after[1].text in _QUOTES
    )
    return opened and closed


def _is_greeting(span: Span) -> bool:
    """'Good evening from Havana': a greeting, not the evening of any day."""
    previous = span.doc[span.start - 1].lower_ if span.start else ""
    return previous == "good" and span.text.lower() in DAY_PARTS


def _is_programme_title(span: Span) -> bool:
    """'told Today', 'on Today': a capitalised "Today" inside a sentence names a programme (the
    BBC's, NBC's) or a paper ("USA Today"); the day is written "today" there."""
    token = span[0]
    if len(span) != 1 or token.text != "Today" or token.is_sent_start or token.i == 0:
        return False
    previous = span.doc[token.i - 1]
    return previous.is_alpha or previous.like_num  # not after a quote mark, colon or dash


def _is_time_expression(span: Span) -> bool:
    if _AGE.search(span.text) or _BARE_DAY.fullmatch(span.text) or _is_quoted_title(span):
        return False
    if _is_programme_title(span):
        return False
    if _is_greeting(span):
        return False
    if any(_is_cue_word(token.text) for token in span):
        return True
    return _TIME_CUE.search(span.text) is not None


def _trim(span: Span) -> Span:
    doc, start, end = span.doc, span.start, span.end
    while start < end - 1 and doc[start].lower_ in LEADING_NOISE:
        if doc[start].lower_ == "at" and doc[start + 1].lower_ in ("least", "most"):
            break  # "at least one year": a hedge TIMEX3 keeps, not the preposition "at"
        start += 1
    # "the Aug. 7 bombing", "the 1960s", "the weeks": TIMEX3 leaves the article out
    # before a month or a decade; it keeps it in "the week", "the past two years".
    if start < end - 1 and doc[start].lower_ == "the":
        following = doc[start + 1]
        if (
            following.lower_.rstrip(".") in MONTHS
            or re.fullmatch(r"\d{3}0s", following.text)
            or (end - start == 2 and following.tag_ == "NNS")
        ):
            start += 1
    # "in January - Richard Belmar and ...": NER ran on past a spaced dash into a list of
    # names (a dash inside a word, "year-end", joins it)
    for index in range(start + 1, end - 1):
        spaced = doc[index - 1].whitespace_ and doc[index].whitespace_
        if spaced and doc[index].text in RANGE_DASHES and not _names_a_time(doc[index + 1 : end]):
            end = index
            break
    # trailing punctuation, possessive "'s", or a conjunction NER cut from what follows it
    # ("between now and": "now")
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].tag_ in ("POS", "CC")):
        end -= 1
    # "three days later": later than the story's last event, not than the publication date, so
    # what the words fix is the amount; TIMEX3 marks "three days" as a duration.
    if end - start > 1 and doc[end - 1].lower_ == "later" and _unit(doc[end - 2].lower_):
        end -= 1
    return doc[start:end]


def _names_a_time(tokens: Span) -> bool:
    return any(_is_cue_word(token.text) or token.like_num for token in tokens)


def _joins_one_amount(doc: Doc, index: int) -> bool:
    """'a week or so', 'an hour and a half': the conjunction hedges or completes one amount."""
    following = [token.lower_ for token in doc[index + 1 : index + 3]]
    word = doc[index].lower_
    return (word == "or" and following[:1] == ["so"]) or (
        word == "and" and following in (["a", "half"], ["one", "half"])
    )


def _opens_the_containing_period(doc: Doc, index: int) -> bool:
    """The 'of' in 'the first nine months of 1997': TIMEX3 marks the stretch ("the first nine
    months", a duration) and the period it lies in ("1997") as two expressions."""
    if doc[index].lower_ != "of" or index < 2:
        return False
    unit, amount = doc[index - 1].lower_, doc[index - 2].lower_
    return unit.endswith("s") and _unit(unit) is not None and _number(amount) is not None


def _lists_years(doc: Doc, index: int) -> bool:
    """The comma in "1994, 1995": a list of years, each its own expression."""
    if doc[index].text != "," or index == 0 or index + 1 >= len(doc):
        return False
    return all(re.fullmatch(r"\d{4}", doc[i].text) for i in (index - 1, index + 1))


def _is_day_number(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= 2 and 1 <= int(token.text) <= 31


def _is_year_number(token: Token) -> bool:
    return re.fullmatch(r"\d{4}", token.text) is not None


def _is_weekday(token: Token) -> bool:
    return token.lower_ in WEEKDAYS and len(token.text) > 3


def _is_month(token: Token) -> bool:
    return token.lower_.rstrip(".") in MONTHS


def _ends_in_month_day(doc: Doc, end: int) -> bool:
    """The span ending before `end` ends in a month and its day: "June 24"."""
    return end >= 2 and _is_day_number(doc[end - 1]) and _is_month(doc[end - 2])


def _dash_between_ends(doc: Doc, index: int) -> bool:
    """The dash in "June 24-25", "June 30-July 2", "2019-2021" and "Monday-Wednesday": the
    ends of a range, which TIMEX3 marks as two expressions; not the one in "fiscal 2019-20" or
    "the 1994-95 season", which name one (fiscal or sports) year."""
    if doc[index].text not in RANGE_DASHES or index < 1 or index + 1 >= len(doc):
        return False
    left, right = doc[index - 1], doc[index + 1]
    if _is_weekday(left):  # "Monday-Wednesday"
        return _is_weekday(right)
    if _is_year_number(left):
        return _is_year_number(right)
    return _ends_in_month_day(doc, index) and (_is_day_number(right) or _is_month(right))


def _split(span: Span) -> list[Span]:
    """'1991 to 1997' -> '1991', '1997'; 'the quarter ended Sept. 30' -> both parts."""
    pieces: list[Span] = []
    start = span.start
    for token in span:
        splits = (
            (token.lower_ in SPLIT_WORDS and not _joins_one_amount(span.doc, token.i))
            or _lists_years(span.doc, token.i)
            or _dash_between_ends(span.doc, token.i)
        )
        if (splits or _opens_the_containing_period(span.doc, token.i)) and (
            start < token.i < span.end - 1
        ):
            pieces.append(span.doc[start : token.i])
            start = token.i + 1
    pieces.append(span.doc[start : span.end])
    return [_trim(piece) for piece in pieces if len(piece) > 0]


def _with_day_modifier(span: Span) -> Span:
    """'the day' after 'later in' or 'earlier in': 'later in the day' is the day of the story,
    which a bare 'the day' is not (see _BARE_DAY); 'Monday' after 'the following' counts from
    that day, not from publication (see _NARRATIVE_WEEKDAY)."""
    doc = span.doc
    if span.start < 2:
        return span
    before = [token.lower_ for token in doc[span.start - 2 : span.start]]
    if span.text.lower() == "the day" and before[1] == "in" and before[0] in ("later", "earlier"):
        return doc[span.start - 2 : span.end]
    anaphoric = ("previous", "preceding", "prior", "following", "next")
    if (
        len(span) == 1
        and span.root.lower_ in WEEKDAYS
        and before[0] == "the"
        and before[1] in anaphoric
    ):
        return doc[span.start - 2 : span.end]
    return span


def _with_unit_determiner(span: Span) -> Span:
    """A bare unit NER cut from its word before: "[This] month's endorsement" is this month,
    "600 mln bolivars [per] year" a frequency."""
    if len(span) != 1 or span.start == 0 or _unit(span[0].lower_) is None:
        return span
    if span.doc[span.start - 1].lower_ in UNIT_DETERMINERS:
        return span.doc[span.start - 1 : span.end]
    return span


def _with_wrapped_day(span: Span) -> Span:
    """'March' + line break + '27': wire copy wraps lines inside dates, and NER then tags the
    month alone and the day as a number."""
    doc = span.doc
    if span.end + 1 >= len(doc) or not _is_month(span[-1]):
        return span
    gap, day = doc[span.end], doc[span.end + 1]
    counts_a_noun = day.dep_ == "nummod" and day.head.i > day.i  # "In March\n27 people died"
    if gap.is_space and "\n" in gap.text and _is_day_number(day) and not counts_a_noun:
        return doc[span.start : span.end + 2]
    return span


def _entity_spans(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        widened = _with_wrapped_day(_with_unit_determiner(_with_day_modifier(_trim(ent))))
        for piece in _split(widened):
            if _is_time_expression(piece):
                spans.append(piece)
    return spans


# Found in the text first, so that only their tokens are looked at (speed: not every token).
_REFERENCE_WORD_PATTERN = re.compile(
    r"\b(?:" + "|".join(sorted(STANDALONE_FREQUENCIES | STANDALONE_REFERENCES)) + r")\b",
    re.IGNORECASE,
)


def _is_a_newspaper(token: Token) -> bool:
    """'the Communist Party daily Granma': a paper named after it, not how often."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "PROPN" and following.is_title


def _reference_word_spans(doc: Doc) -> list[Span]:
    """'now', 'recently', 'the past', 'the near future', 'current' (before a noun), 'daily'."""
    spans: list[Span] = []
    for match in _REFERENCE_WORD_PATTERN.finditer(doc_text(doc)):
        found = doc.char_span(match.start(), match.end())
        if found is None or len(found) != 1:
            continue
        token = found[0]
        word = token.lower_
        if word in STANDALONE_FREQUENCIES:
            if not _is_a_newspaper(token):
                spans.append(doc[token.i : token.i + 1])
            continue
        if word not in STANDALONE_REFERENCES:
            continue
        if word in ("past", "future"):
            if token.pos_ != "NOUN" or token.dep_ != "pobj":  # "in the past", "for the future"
                continue
        elif word in ("current", "recent"):
            if token.pos_ != "ADJ" or token.head.pos_ not in ("NOUN", "PROPN"):
                continue
        elif token.pos_ not in ("ADV", "ADJ", "NOUN"):
            continue
        start = token.i
        while start > 0 and doc[start - 1].lower_ in ("the", "near", "distant", "recent"):
            start -= 1
            if doc[start].lower_ == "the":
                break
        if word not in ("past", "future"):
            start = token.i
        spans.append(doc[start : token.i + 1])
    return spans


# Spelled-out years, as broadcast transcripts write them: "nineteen ninety-six".
_SPELLED_YEAR_PATTERN = re.compile(
    r"\b(?:eighteen|nineteen) (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b",
    re.IGNORECASE,
)
# Decades, quarters and amounts NER tends to miss: "through the nineties", "the '80s", "a flat
# second quarter", "the fiscal second-quarter", "two more weeks", "5 1/2 hours".
_DECADE_PATTERN = re.compile(
    r"\bthe (?:" + "|".join(DECADE_WORDS) + r")\b|\bthe '\d0s\b", re.IGNORECASE
)
_ORDINAL_QUARTER_PATTERN = re.compile(
    r"\b(?:fiscal )?(?:first|second|third|fourth)[- ]quarter\b(?!s)", re.IGNORECASE
)
_UNITS = r"(?:years|months|weeks|days|hours|minutes)\b"
# the count of "N more weeks" must be a number (checked in `_pattern_spans`): not "the more days"
_AMOUNT_PATTERN = re.compile(
    r"\b(?P<count>\d+|[a-z]+) more " + _UNITS + r"|\b\d+ 1/2 " + _UNITS, re.IGNORECASE
)
_HOLIDAY_PATTERN = re.compile(
    r"\b(?:(?:last|next|this) )?(?:thanksgiving|christmas|halloween|election day|labor day|"
    r"memorial day|independence day|new year's (?:day|eve)|valentine's day|veterans day)"
    r"(?: day)?\b",
    re.IGNORECASE,
)
# "at 1200 GMT": a 24-hour clock time NER misses or takes for a year (see _ZONED_CLOCK)
_ZONED_CLOCK_PATTERN = re.compile(
    rf"\b(?:[01]\d|2[0-3])[0-5]\d ?(?:{_ZONE_ALTERNATIVES.upper()})\b"
)
# "the Aug. 7 bombings": an abbreviated month with its period and a day is a date even where NER
# makes it part of an event's name.
_ABBREVIATED_MONTH_DAY_PATTERN = re.compile(
    r"\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b(?!,? \d{4})(?![\d.:])"
)
# "600 mln bolivars per year": a frequency NER often leaves out.
_PER_UNIT_PATTERN = re.compile(r"\bper (?:year|month|week|day|hour)\b", re.IGNORECASE)
_PERIOD_PATTERN = re.compile(r"\bthe (?:latest|most recent) (?:period|quarter)\b", re.IGNORECASE)
# "the corresponding period last year", "the comparable year-ago quarter", "last year's
# quarter", "the 1988 period": one expression, of which NER tags only a part.
_COMPARABLE_PERIOD_PATTERN = re.compile(
    r"\bthe (?:corresponding|comparable|same) (?:(?:year-ago|year-earlier) (?:period|quarter)|"
    r"(?:period|quarter) (?:of )?(?:last year|a year (?:ago|earlier)))\b|"
    r"\blast year['’]s (?:period|quarter)\b|\bthe (?:19|20)\d\d (?:period|quarter)\b",
    re.IGNORECASE,
)


# Each pattern with words one of which every match contains (lower case), or None. Most texts
# hold none of a pattern's cue words, and `str.__contains__` rules that out at C speed: scanning
# with all ten patterns cost about 0.9% of parse time on Reuters, most of it finding nothing.
_PATTERNS_AND_CUES: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    (_SET_PATTERN, ("every", "each")),
    (_PER_UNIT_PATTERN, ("per ",)),
    (_SPELLED_YEAR_PATTERN, ("eighteen", "nineteen")),
    (_PERIOD_PATTERN, ("period", "quarter")),
    (_COMPARABLE_PERIOD_PATTERN, ("period", "quarter")),
    (
        _HOLIDAY_PATTERN,
        (
            "thanksgiving",
            "christmas",
            "halloween",
            "election day",
            "labor day",
            "memorial day",
            "independence day",
            "new year",
            "valentine",
            "veterans day",
        ),
    ),
    (_ZONED_CLOCK_PATTERN, None),
    (_ABBREVIATED_MONTH_DAY_PATTERN, None),
    (_DECADE_PATTERN, ("ties", "the '")),  # every word in DECADE_WORDS ends in "ties"
    (_ORDINAL_QUARTER_PATTERN, ("quarter",)),
    (_AMOUNT_PATTERN, (" more ", "1/2")),
)


def _pattern_spans(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    text = doc_text(doc)
    lowered = text.lower()
    for pattern, cues in _PATTERNS_AND_CUES:
        if cues is not None and not any(cue in lowered for cue in cues):
            continue
        for match in pattern.finditer(text):
            count = (match.groupdict().get("count") or "1").lower()
            if _number(count) is None and count not in VAGUE_AMOUNTS:
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


_DAYS_NEAR_PUBLICATION = frozenset({"today", "yesterday", "tomorrow"})
#: Entity types whose names may contain a day word that is no date: "USA Today", "Man Friday".
_NAME_ENTITY_TYPES = frozenset(
    {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "GPE", "LOC", "NORP"}
)


_DAY_NAME_PATTERN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday|"
    r"[Tt]omorrow|[Tt]onight|TODAY|YESTERDAY|TOMORROW|TONIGHT)\b"
)


def _day_name_spans(doc: Doc) -> list[Span]:
    """Weekdays ("Late Monday, officials said") and "today", "yesterday", "tomorrow", "tonight"
    that NER left out: in news they are nearly always dates, unless part of a name."""
    spans: list[Span] = []
    for match in _DAY_NAME_PATTERN.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or span.root.ent_type_ in _NAME_ENTITY_TYPES:
            continue
        if not _is_programme_title(span):
            spans.append(span)
    return spans


def _weekday_and_its_date(left: Span, right: Span, comma_between: bool) -> bool:
    """'Friday' + 'Oct. 13', 'Monday' + ',' + 'Oct. 26': a weekday named with its date."""
    weekday = len(left) == 1 and left[0].lower_ in WEEKDAYS and len(left[0].text) > 3
    adjacent = left.end == right.start or comma_between
    dated = right[0].lower_.rstrip(".") in MONTHS and _day_of_month(_tokens(right.text)) is not None
    return weekday and adjacent and dated


def _joinable(left: Span, right: Span) -> bool:
    """'Wednesday' + 'night', 'yesterday' + 'afternoon', '9 a.m.' + 'Tuesday', '5 p.m. EST' +
    'Nov. 9', 'Friday' + 'Oct. 13': one expression split by the NER model."""
    comma_between = left.end + 1 == right.start and left.doc[left.end].text == ","
    if _weekday_and_its_date(left, right, comma_between):
        return True
    if left.end != right.start and not (comma_between and _clock(_tokens(left.text))):
        return False  # "5 p.m. EST, Nov. 6" is one expression, "Friday, 9 a.m." is two
    # singular, so that "Tuesday" + "nights" and "Mondays" + "mornings" join as well
    words = {_singular(token.lower_.rstrip("."), DAY_PARTS) for token in (left[-1], right[0])}
    words = {_singular(word, WEEKDAYS) for word in words}
    named_day = words & (WEEKDAYS.keys() | _DAYS_NEAR_PUBLICATION) or (
        any(token.lower_.rstrip(".") in MONTHS for token in right) and _clock(_tokens(left.text))
    )
    clock = words & DAY_PARTS.keys() or words & {"noon", "midnight"} or _clock(_tokens(left.text))
    return bool(named_day and clock)


_RATE_PATTERN = re.compile(r"\ban? (?:year|month|week|day|hour)\b")


def _rate_spans(doc: Doc) -> list[Span]:
    """'two pct a year', '$33 million a year': rates NER leaves inside the amount."""
    spans: list[Span] = []
    for match in _RATE_PATTERN.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and _rate_unit(span) is not None:
            spans.append(span)
    return spans


def candidate_spans(doc: Doc) -> list[Span]:
    """NER DATE/TIME entities (trimmed, split, filtered), vague references such as "now", and
    patterns (recurring "every Tuesday", spelled-out years, "the latest period"), without
    overlaps."""
    spans = (
        _entity_spans(doc)
        + _reference_word_spans(doc)
        + _pattern_spans(doc)
        + _day_name_spans(doc)
        + _rate_spans(doc)
    )
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    chosen: list[Span] = []
    for span in spans:
        if chosen and span.start < chosen[-1].end:
            if span.end > chosen[-1].end:  # merge overlaps into one expression
                chosen[-1] = doc[chosen[-1].start : span.end]
            continue
        if chosen and _joinable(chosen[-1], span):
            chosen[-1] = doc[chosen[-1].start : span.end]
            continue
        chosen.append(span)
    return sorted(chosen + _second_day_spans(doc, chosen), key=lambda s: s.start)


def _second_day_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """The bare "26" of "June 24 to 26", "between June 24 and 26", "June 24-26": a day of the
    month the expression before it names, which TIMEX3 marks as a date of its own (NER drops it
    as a number, or never tags it)."""
    found: list[Span] = []
    starts = {span.start for span in spans}
    for span in spans:
        end = span.end
        if end + 1 >= len(doc) or end + 1 in starts or not _ends_in_month_day(doc, end):
            continue
        connective, day = doc[end], doc[end + 1]
        if connective.lower_ not in RANGE_CONNECTIVES | {"and"} or not _is_day_number(day):
            continue
        if int(day.text) <= int(doc[end - 1].text):
            continue
        following = doc[end + 2] if end + 2 < len(doc) else None
        counts_something = following is not None and (
            following.pos_ in ("NOUN", "NUM", "PROPN") or following.text == "%"
        )
        if day.ent_type_ == "DATE" or not counts_something:
            found.append(doc[end + 1 : end + 2])
    return found


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(len(span.doc)):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _in_past_perfect(verbs: list[Token]) -> bool:
    """'had been scheduled to expire', 'had filed': a viewpoint already in the past."""
    return any(aux.lower_ in ("had", "'d") for verb in verbs for aux in _auxiliaries(verb))


def _expectation_tense(candidate: Token) -> Tense | None:
    """'plans to', 'is expected to', 'will try': the future. A plan reported in the past
    ('planned a rally for Saturday', 'was scheduled to open Monday') says nothing about whether
    its date has come yet, so the nearer occurrence is the best guess."""
    auxiliaries = _auxiliaries(candidate)
    if any(aux.lower_ in _FUTURE_AUX for aux in auxiliaries):
        return "future"
    if candidate.lemma_ not in FUTURE_VERBS:
        return None
    past_form = candidate.tag_ == "VBD" or (
        candidate.tag_ == "VBN" and not any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries)
    )
    return "present" if past_form else "future"


def _is_to_infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and any(aux.lower_ == "to" for aux in _auxiliaries(verb))


def _tense(span: Span) -> Tense:
    """Past, present or future, read from the verb the expression hangs off and its auxiliaries."""
    before = [token.lower_ for token in span.doc[max(span.start - 3, 0) : span.start]]
    verb = _governing_verb(span)
    verbs = [verb] if verb is not None else []
    if (
        verb is not None
        and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj")
        and verb.head is not verb
    ):
        verbs.append(verb.head)  # "will try to meet Monday", "is expected to arrive Monday"
        if verb.head.dep_ == "acomp" and verb.head.head is not verb.head:
            verbs.append(verb.head.head)  # "had been due to expire": the tense is on "been"
    # the cue nearest the expression decides: "detained by Iran since May" looks back
    for word in reversed(before):
        if word in FUTURE_CUES or word in DEADLINE_PREPOSITIONS:
            # "had been due to expire Friday", "had filed by Wednesday": a deadline seen from a
            # viewpoint already in the past, which may or may not have passed
            return "present" if _in_past_perfect(verbs) else "future"
        if word in PAST_CUES:
            return "past"
    if verb is None:
        return "past"
    for candidate in verbs:
        expectation = _expectation_tense(candidate)
        if expectation is not None:
            return expectation
        if candidate is not verb and (
            candidate.lower_ == "going"  # "going to meet Monday"
            # "is to resume trading Tuesday"
            or (_is_to_infinitive(verb) and candidate.lemma_ == "be" and candidate.tag_ != "VBD")
        ):
            return "future"
    if any(aux.tag_ == "MD" for aux in _auxiliaries(verb)):
        return "present"
    if (
        verb.tag_ == "VBG"
        and not _auxiliaries(verb)
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        verb = verb.head
    if verb.tag_ in ("VBD", "VBN") or any(
        aux.tag_ == "VBD" or aux.lower_ in ("has", "have") for aux in _auxiliaries(verb)
    ):
        return "past"
    if _is_possessive(span):
        # "a premium over Thursday's closing price", "after Wednesday's ruling": a day whose
        # price or ruling is already a fact
        return "past"
    return "present"


def _is_possessive(span: Span) -> bool:
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return span[-1].tag_ == "POS" or (following is not None and following.tag_ == "POS")


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


_YEAR_BEFORE = re.compile(r"(the )?(a )?year (ago|earlier)|(the )?year - (ago|earlier)( \w+)?")
# "last year's quarter", "the quarter a year ago", "the corresponding period last year"
_QUARTER_YEAR_BEFORE = re.compile(
    r"(last year s|the (corresponding|comparable|same) year - (ago|earlier)) (quarter|period)|"
    r"the (corresponding |comparable |same )?(quarter|period) "
    r"(of )?(a year (ago|earlier)|last year)"
)
# "the nine months", "the first half", "the year to date": a stretch longer than a quarter,
# against which "a year earlier" is the year before, not a quarter.
_LONGER_STRETCH = re.compile(r"\b(nine|six|9|6) months\b|\b(first|second) half\b|\byear to date\b")


def _in_quarter_context(
    text: str, resolution: Resolution, quarter: str | None, sentence: str = ""
) -> Resolution:
    """Earnings reports compare quarters: once an article has named one, "a year earlier",
    "the year-ago period" and "the 1988 period" mean that quarter in another year. They take
    the granularity of what they are compared with: in a sentence about the nine months (and no
    quarter) "a year earlier" and "the 1988 period" are a year."""
    if quarter is None or resolution.value is None or resolution.type != "DATE":
        return resolution
    words = _tokens(text)
    joined = " ".join(words)
    year, part = int(quarter[:4]), quarter[5:]
    context = " ".join(_tokens(sentence))
    compares_longer_stretch = bool(_LONGER_STRETCH.search(context)) and "quarter" not in context
    if _QUARTER_YEAR_BEFORE.fullmatch(joined):
        return Resolution("DATE", f"{year - 1:04d}-{part}", True)
    if _YEAR_BEFORE.fullmatch(joined):
        if compares_longer_stretch:
            return Resolution("DATE", f"{year - 1:04d}", True)
        return Resolution("DATE", f"{year - 1:04d}-{part}", True)
    explicit = _explicit_year(words)
    if explicit is not None and re.fullmatch(r"(the )?\d{4} (quarter|period)", joined):
        if compares_longer_stretch:
            return Resolution("DATE", f"{explicit:04d}", resolution.anchored_to_publication)
        return Resolution("DATE", f"{explicit:04d}-{part}", resolution.anchored_to_publication)
    if re.fullmatch(
        r"(the |that )?(latest |most recent |recent |same |fiscal )*(quarter|period)", joined
    ):
        return Resolution("DATE", quarter, True)
    return resolution


_YEAR_PERIOD = re.compile(r"(the |its |their )?(fiscal |financial )?year", re.IGNORECASE)


def _is_year_ending_on_a_date(span: Span) -> bool:
    """'the year ended March 31', 'the fiscal year ending June 30': a twelve-month period named
    by its last day, which is not a calendar year, so TIMEX3 gives it as the duration P1Y."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        following is not None
        and following.lower_ in ("ended", "ending")
        and _YEAR_PERIOD.fullmatch(span.text) is not None
    )


_NTH_DAY = re.compile(
    r"(the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(st|nd|rd|th)) day"
)


def _nth_day_is_today(span: Span, anchor: date | None) -> Resolution | None:
    """'today is the eighth day of the operation', "it's the second day of the offensive": the
    day of publication, named by its place in a series."""
    if anchor is None or not _NTH_DAY.fullmatch(" ".join(_tokens(span.text))):
        return None
    verb = span.root.head
    if span.root.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    subjects = {child.lower_ for child in verb.children if child.dep_ == "nsubj"}
    if not subjects & {"it", "today", "this"}:
        return None
    return Resolution("DATE", anchor.isoformat(), True)


_UNNUMBERED_QUARTER = re.compile(r"(the |its |their )?(fiscal )?quarter", re.IGNORECASE)


def _quarter_ended_on(span: Span, following: list[Span], anchor: date | None) -> Resolution | None:
    """'the quarter ended July 31': the calendar quarter holding most of the three months that end
    on that day (May to July: the second), rather than the last completed quarter."""
    if not following or _UNNUMBERED_QUARTER.fullmatch(span.text) is None:
        return None
    end_date = following[0]
    doc = span.doc
    if end_date.start != span.end + 1 or doc[span.end].lower_ not in ("ended", "ending"):
        return None
    resolution = normalise(end_date.text, anchor, _tense(end_date))
    if resolution.value is None or not _DAY_VALUE.fullmatch(resolution.value):
        return None
    middle = date.fromisoformat(resolution.value) - timedelta(days=45)
    return Resolution(
        "DATE", f"{middle.year:04d}-Q{_quarter_of(middle)}", resolution.anchored_to_publication
    )


# "that year", "later that month", "earlier that day", "the same year": the period of the
# time the story last named; "the following year", "the year before": the one after or before.
_NARRATIVE_SAME = re.compile(
    r"((earlier|later) )?(in )?(that|the same) (?P<period>year|month|day)|"
    r"(earlier|later) in the (?P<day>day)"
)
_NARRATIVE_SHIFT = re.compile(
    r"the (following|previous|prior) (year|month|day)|the (year|month|day) (before|after)"
)
_VALUE_PREFIX = {"year": re.compile(r"\d{4}"), "month": re.compile(r"\d{4}-\d{2}")}
_VALUE_PREFIX["day"] = re.compile(r"\d{4}-\d{2}-\d{2}")


# "the previous Friday", "the following Monday": unlike "last Friday", which counts from the
# day of writing, these count from the day the story is telling about.
_NARRATIVE_WEEKDAY = re.compile(
    r"the (previous|preceding|prior|following|next) "
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)


def _narrative_weekday(joined: str, reference: str) -> Resolution | None:
    """'the previous Friday' before the day `reference` names, or 'the following Monday' after."""
    match = _NARRATIVE_WEEKDAY.fullmatch(joined)
    day = _VALUE_PREFIX["day"].match(reference)
    if match is None or day is None:
        return None
    told = date.fromisoformat(day[0])
    weekday = WEEKDAYS[match[2]]
    if match[1] in ("following", "next"):
        found = told + timedelta(days=(weekday - told.weekday()) % 7 or 7)
    else:
        found = told - timedelta(days=(told.weekday() - weekday) % 7 or 7)
    return Resolution("DATE", found.isoformat())


def _narrative_reference(text: str, reference: str | None) -> Resolution | None:
    """Resolve "that year", "the following month", "the previous Friday" against `reference`,
    the value of the last date the story named (the narrative's time, which is often not the
    publication date). None when the words are not such a phrase or the story has named no date
    that precise."""
    if reference is None:
        return None
    joined = " ".join(_tokens(text))
    weekday = _narrative_weekday(joined, reference)
    if weekday is not None:
        return weekday
    day = _VALUE_PREFIX["day"].match(reference)
    if joined == "overnight" and day is not None:  # the night before the story's day
        night_before = date.fromisoformat(day[0]) - timedelta(days=1)
        return Resolution("TIME", f"{night_before.isoformat()}TNI")
    same = _NARRATIVE_SAME.fullmatch(joined)
    shift = _NARRATIVE_SHIFT.fullmatch(joined)
    if same is None and shift is None:
        return None
    period = (same["period"] or same["day"]) if same else (shift[2] or shift[3]) if shift else ""
    prefix = _VALUE_PREFIX[period].match(reference)
    if prefix is None:
        return None
    step = 0
    if shift is not None:
        step = 1 if (shift[1] == "following" or shift[4] == "after") else -1
    value = _shift_value(prefix[0], period, step)
    return Resolution("DATE", value) if value is not None else None


def _shift_value(value: str, period: str, step: int) -> str | None:
    """`value` ("1998", "1998-10", "1998-10-23") moved by `step` years, months or days."""
    if period == "year":
        return f"{int(value) + step:04d}"
    if period == "month":
        year, month = _shift_months(int(value[:4]), int(value[5:7]), step)
        return f"{year:04d}-{month:02d}"
    return (date.fromisoformat(value) + timedelta(days=step)).isoformat()


def _reported_quarter(resolution: Resolution, alone: Resolution, anchor: date | None) -> bool:
    """Whether an expression names a quarter that results can be reported for: named outright
    (not inferred from an earlier quarter) and over by publication. "A fourth-quarter charge"
    in a story of Nov. 2 looks ahead; "a year earlier" still compares with the third."""
    if resolution != alone or not resolution.value:
        return False
    if not _QUARTER_VALUE.fullmatch(resolution.value):
        return False
    _, last_day = value_range(resolution.value)
    return anchor is None or (last_day is not None and last_day < anchor)


def _not_earlier(resolution: Resolution, quarter: str | None) -> bool:
    """An earnings report is about the latest quarter it names: "the third quarter, after a flat
    second quarter" and "a charge in the 1988 second quarter" leave the third as its quarter."""
    return quarter is None or (resolution.value or "") >= quarter


def _updates_reference(
    resolution: Resolution, narrative: Resolution | None, reference: str | None
) -> bool:
    """Whether a resolved expression becomes the story's reference time: any calendar date,
    except "later that year" after "March 1987", which names the reference again, less
    precisely, and would lose its month."""
    if resolution.type not in ("DATE", "TIME") or not (resolution.value or "")[:1].isdigit():
        return False
    if narrative is None or narrative.value is None or reference is None:
        return True
    return not reference.startswith(narrative.value)


# words that tie a time of day to a day of its own: "tonight", "this morning"
_DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow", "this"})


def _is_clock_only(text: str, resolution: Resolution, anchor: date | None) -> bool:
    """'10:35 a.m.', '4 in the morning': a time of day that names no day, so it was put on the
    publication date for want of one."""
    if anchor is None or resolution.type != "TIME" or resolution.value is None:
        return False
    words = set(_tokens(text))
    names_a_day = words & (WEEKDAYS.keys() | MONTHS.keys() | _DAY_WORDS)
    return resolution.value.startswith(f"{anchor.isoformat()}T") and not names_a_day


def _on_the_day_named_nearby(found: list[TimexSpan], clock_times: list[int]) -> list[TimexSpan]:
    """'at about 10:35 a.m. (0735 GMT) Friday', 'at 4 in the morning on Thursday': a time of day
    whose sentence names a day (a date, a weekday) falls on that day, the closest one. Failing
    that, a day the sentence before names: "He was killed on Oct. 23. The shot came at 10 p.m."
    """
    for index in clock_times:
        time = found[index]
        days = [
            other
            for other in found
            if other.sentence_index == time.sentence_index
            and other.resolution.value
            and _DAY_VALUE.fullmatch(other.resolution.value)
        ]
        if not days:
            days = [
                other
                for other in found
                if other.sentence_index == time.sentence_index - 1
                and other.resolution.value
                and _DAY_VALUE.fullmatch(other.resolution.value)
            ]
        if not days:
            continue
        day = min(days, key=lambda other: abs(other.token_start - time.token_start))
        value = f"{day.resolution.value}{(time.resolution.value or '')[10:]}"
        resolution = replace(time.resolution, value=value)
        begin, end = value_range(value)
        found[index] = replace(time, resolution=resolution, begin_date=begin, end_date=end)
    return found


_AMOUNT_ENTITY_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _rate_unit(span: Span) -> str | None:
    """'500 mln dlrs a month', 'two pct a year': "a" + unit after an amount is how often, not
    how long. Returns the unit, or None."""
    words = [token.lower_ for token in span if not token.is_space]
    if len(words) != 2 or words[0] not in ("a", "an") or span.start == 0:
        return None
    unit = _unit(words[1])
    before = span.doc[span.start - 1]
    counted = before.like_num or any(child.like_num for child in before.children)
    if unit is None or not (before.ent_type_ in _AMOUNT_ENTITY_TYPES or counted):
        return None
    return unit


def _resolve_in_sentence(span: Span, anchor: date | None) -> Resolution:
    """The value of a span read with its sentence: its words, its tense, what follows it."""
    if _is_year_ending_on_a_date(span):
        return Resolution("DURATION", "P1Y")
    rate = _rate_unit(span)
    if rate is not None:
        return Resolution("SET", _duration_value(1, rate))
    previous = span.doc[span.start - 1].lower_ if span.start else ""
    direction: Tense | None = "past" if previous in LOOKING_BACK_WORDS else None
    return _nth_day_is_today(span, anchor) or normalise(span.text, anchor, _tense(span), direction)


def extract_timexes(doc: Doc, anchor: date | None, sentence_index: list[int]) -> list[TimexSpan]:
    """All time expressions in `doc`, normalised against `anchor` (the publication date).

    `sentence_index[token.i]` gives each token's sentence number.
    """
    found: list[TimexSpan] = []
    quarter: str | None = None  # the latest completed quarter the article named, e.g. "1989-Q3"
    reference: str | None = None  # the value of the last date it named, e.g. "1998-10-23"
    clock_times: list[int] = []  # indexes in `found` of times of day with no day of their own
    sentences = list(doc.sents)
    spans = candidate_spans(doc)
    for index, span in enumerate(spans):
        narrative = _narrative_reference(span.text, reference)
        # an article that has named its (fiscal) quarter keeps that name for "the quarter ended"
        ended = None if quarter else _quarter_ended_on(span, spans[index + 1 : index + 2], anchor)
        second_day = _second_day(span, found)
        alone = narrative or ended or second_day or _resolve_in_sentence(span, anchor)
        if ended is None:
            sentence = sentences[sentence_index[span.start]].text
            resolution = _in_quarter_context(span.text, alone, quarter, sentence)
        else:
            resolution = alone
        if _reported_quarter(resolution, alone, anchor) and _not_earlier(resolution, quarter):
            quarter = resolution.value
        if _updates_reference(resolution, narrative, reference):
            reference = resolution.value
        begin, end = _with_second_year(span.text, resolution.value, *value_range(resolution.value))
        begin, end = _on_the_publication_side(span.text, begin, end, anchor)
        clock_only = _is_clock_only(span.text, resolution, anchor)
        found.append(
            TimexSpan(
                text=span.text,
                start_char=span.start_char,
                end_char=span.end_char,
                sentence_index=sentence_index[span.start],
                resolution=resolution,
                begin_date=begin,
                end_date=end,
                token_start=span.start,
                token_end=span.end,
            )
        )
        if clock_only:
            clock_times.append(len(found) - 1)
    return _cover_ranges(doc, _on_the_day_named_nearby(found, clock_times))


_EARLIER_IN = re.compile(r"\b(?:earlier|so far)\b", re.IGNORECASE)
_LATER_IN = re.compile(r"\blater\b", re.IGNORECASE)


def _on_the_publication_side(
    text: str, begin: date | None, end: date | None, anchor: date | None
) -> tuple[date | None, date | None]:
    """'earlier this year' ends on the publication day and 'later this week' starts after it:
    the value stays the year or week (TIMEX3), the range keeps only the side the words say."""
    if anchor is None or begin is None or end is None or not begin <= anchor < end:
        return begin, end
    if _EARLIER_IN.search(text):
        return begin, anchor
    if _LATER_IN.search(text):
        return anchor + timedelta(days=1), end
    return begin, end


_SECOND_YEAR = re.compile(r"\b(\d{2})(\d{2}) ?[-–—/] ?(\d{2})\b")


def _with_second_year(
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


def _second_day(span: Span, found: list[TimexSpan]) -> Resolution | None:
    """A bare day after "June 24 to" (see _second_day_spans) in the first end's month and year."""
    if len(span) != 1 or not _is_day_number(span[0]) or not found:
        return None
    first = found[-1]
    value = first.resolution.value
    if first.token_end + 1 != span.start or value is None or not _DAY_VALUE.fullmatch(value):
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
    words = set(_tokens(second.text))
    if _DAY_VALUE.fullmatch(value) and words & WEEKDAYS.keys() and not words & MONTHS.keys():
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
    words = _tokens(first.text)
    if len(words) != 1 or words[0] not in WEEKDAYS or second.begin_date is None:
        return first
    if "week" not in _tokens(second.text) or not _DAY_VALUE.fullmatch(
        second.resolution.value or ""
    ):
        return first
    year, week, _ = second.begin_date.isocalendar()
    day = date.fromisocalendar(year, week, WEEKDAYS[words[0]] + 1)
    resolution = replace(first.resolution, value=day.isoformat())
    return replace(first, resolution=resolution, begin_date=day, end_date=day)


def _cover_ranges(doc: Doc, found: list[TimexSpan]) -> list[TimexSpan]:
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
