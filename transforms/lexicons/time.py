"""Words the time-expression normaliser reads: months, weekdays, number words, seasons, units.

All keys are lowercase. Abbreviations are listed without their period; the normaliser strips it.
"""

from __future__ import annotations

from typing import Literal

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "couple": 2,
}

#: Words that multiply the number before them ("two thousand years", "a hundred days").
MULTIPLIER_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1000}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

#: Unit word -> TIMEX3 duration letter. Time units take the `PT` prefix.
DURATION_UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "year": "Y",
    "quarter": "Q",
    "decade": "10Y",
    "century": "100Y",
}
TIME_UNITS: frozenset[str] = frozenset({"second", "minute", "hour"})

#: Time-zone abbreviations that follow a 24-hour clock time in wire copy ("at 2005 GMT",
#: "1200 UTC"); only after one is a four-digit number a time rather than a year.
TIME_ZONES: frozenset[str] = frozenset(
    {"gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst"}
    | {"pdt", "jst", "ist", "msk", "hkt", "sgt", "aest", "aedt"}
)

#: Season word -> TIMEX3 season code.
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
#: TIMEX3 season code -> the month the season starts in (northern meteorological seasons, three
#: months each; winter runs into the next year and carries the year of its December).
SEASON_START_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Words marking a recurring expression (TIMEX3 type SET).
SET_MARKERS: frozenset[str] = frozenset(
    {
        "every",
        "each",
        "per",
        "hourly",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "annually",
        "nightly",
    }
)

#: Words before a bare unit that NER may leave outside its date ("This month's", "per year"):
#: the extractor takes them in, since without them the unit names no time.
UNIT_DETERMINERS: frozenset[str] = frozenset({"this", "last", "next", "per"})

#: Parts of a day -> TIMEX3 time-of-day code.
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
}

#: Words that are a vague time expression on their own -> TIMEX3 value ("now", "recently").
#: "past" and "future" count only as nouns ("in the past"); "current" and "recent" only before
#: a noun; the extractor checks that, the normaliser trusts its span.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "past": "PAST_REF",
    "soon": "FUTURE_REF",
    "future": "FUTURE_REF",
}

#: Whole phrases that are a vague time expression -> TIMEX3 value.
REFERENCE_PHRASES: dict[str, str] = {
    "the moment": "PRESENT_REF",
    "present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "once": "PAST_REF",
}

#: Words that count an unknown number of units ("several years ago", "a few weeks").
VAGUE_AMOUNTS: frozenset[str] = frozenset({"few", "several", "many", "some", "couple"})

#: Words that may open a NER date entity but lie outside the TIMEX3 extent ("since 1990",
#: "just two days").
LEADING_NOISE: frozenset[str] = frozenset(
    {
        "on",
        "in",
        "at",
        "by",
        "since",
        "until",
        "till",
        "during",
        "from",
        "of",
        "between",
        "within",
        "just",
        "only",
        "barely",
    }
)

#: Hedges that TIMEX3 keeps inside an expression's extent ("around year end", "about two years
#: ago") but that do not change its value; the normaliser reads past them.
HEDGES: frozenset[str] = frozenset(
    {"around", "about", "approximately", "roughly", "nearly", "almost", "sometime"}
)

#: Words that join two time expressions inside one NER entity ("1991 to 1997",
#: "the quarter ended Sept. 30"); TIMEX3 marks each side separately.
SPLIT_WORDS: frozenset[str] = frozenset(
    {"to", "and", "through", "thru", "or", "until", "ended", "ending"}
)

#: Words between the two ends of a range ("June 24-25", "from 2019 to 2021", "June 2 through 5").
RANGE_CONNECTIVES: frozenset[str] = frozenset(
    {"-", "–", "—", "to", "through", "thru", "until", "till"}
)

#: Words that open a range, so that "to" joins ends of different kinds ("from Sept. 14 to
#: Thursday") and "and" joins ends at all ("between June 24 and 26").
RANGE_OPENERS: frozenset[str] = frozenset({"from", "between"})

#: Verbs that move a date rather than span a range: in "postponed the vote from June 24 to June
#: 26" the vote takes one day, not three.
RESCHEDULING_VERBS: frozenset[str] = frozenset(
    {"postpone", "delay", "move", "reschedule", "push", "bring", "advance", "shift"}
)

#: Dashes that join the ends of a range written without spaces ("June 24-25", "2019-2021").
RANGE_DASHES: frozenset[str] = frozenset({"-", "–", "—"})

#: Verbs whose complement is usually in the future ("is expected to arrive Monday").
FUTURE_VERBS: frozenset[str] = frozenset(
    {"plan", "expect", "schedule", "intend", "hope", "due", "propose", "vow"}
)

#: Words just before a date that fix which occurrence it is ("payable Dec. 1", "effective
#: Feb. 1", "the year ended March 31").
FUTURE_CUES: frozenset[str] = frozenset(
    {"payable", "effective", "record", "due", "expire", "expires", "expiring", "next"}
)
#: Prepositions of a deadline ("must be returned by Friday", "extended the offer until Monday"):
#: they point forward, like FUTURE_CUES, unless the clause is in the past perfect ("had filed
#: by Wednesday", "had not called until Thursday"), whose deadline may already have passed.
DEADLINE_PREPOSITIONS: frozenset[str] = frozenset({"by", "until"})
PAST_CUES: frozenset[str] = frozenset({"ended", "since", "last", "ago", "earlier"})

#: Words right before a month that say which occurrence is meant, whatever the tense and however
#: far away ("killed at Chernobyl last April 26" in a story of March 1987 is 1986-04-26).
DIRECTION_WORDS: dict[str, Literal["past", "future"]] = {"last": "past", "next": "future"}

#: Words just outside an expression's extent that point it back, however far: "detained since
#: May" in a story of January is last May, not the coming one.
LOOKING_BACK_WORDS: frozenset[str] = frozenset({"since"})

#: The REFERENCE_WORDS worth extracting on their own, outside NER entities. "previously",
#: "soon" and adjectival "future" are left out: TimeBank and AQUAINT annotate them too rarely.
STANDALONE_REFERENCES: frozenset[str] = frozenset(
    {"now", "currently", "current", "nowadays", "recently", "recent", "past", "future"}
)

#: Spelled-out decades ("the nineties") -> the decade's digit within the 1900s.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

#: Frequency words -> the TIMEX3 SET value ("daily" = once per day).
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
}
#: The FREQUENCY_WORDS worth extracting outside NER entities ("a daily rally"); "annually" and
#: "yearly" are left out as the corpora rarely annotate them.
STANDALONE_FREQUENCIES: frozenset[str] = frozenset(
    {"hourly", "daily", "nightly", "weekly", "monthly"}
)

#: Holidays with a fixed date -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
}
#: Holidays on the n-th weekday of a month -> (month, weekday with Monday = 0, n); n = -1 is
#: the last one. Election Day is the Tuesday after the first Monday, i.e. never Nov. 1.
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "election day": (11, 1, 1),
}
#: Every holiday's name: what the span pattern proposes and the resolver reads.
HOLIDAY_NAMES: tuple[str, ...] = (*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS)
