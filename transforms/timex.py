"""Time expressions: find them in a spaCy doc and normalise them to TIMEX3-style calendar values.

Spans come from the NER model's DATE and TIME entities (trimmed of leading prepositions) plus a
small pattern pass for recurring expressions ("every Tuesday") that the model tends to miss.
Values are computed by `normalise`, a rule-based resolver that reads the words of the span:
absolute dates resolve on their own; relative ones ("Monday", "last week", "two days ago",
"Jan. 20" without a year) resolve against the publication date, preferring the nearest past
date unless the sentence is in the future tense. Without a publication date, relative
expressions get value NULL: nothing here ever reads today's clock.

Does not: anchor to other time expressions in the text (only to publication), resolve vague
references ("recently") beyond TIMEX3's PAST_REF/PRESENT_REF/FUTURE_REF, or attach times to
events (see `transforms/events.py`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from transforms.lexicons.time import (
    DAY_PARTS,
    DURATION_UNITS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SEASONS,
    SET_MARKERS,
    TIME_UNITS,
    WEEKDAYS,
)

_LEADING_NOISE = frozenset({"on", "in", "at", "by", "since", "until", "during", "from", "of"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_WORD = re.compile(r"[a-z]+|\d+(?::\d+)?(?:st|nd|rd|th|s)?|'\d\ds|-")


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


def _nearest_month_day(anchor: date, month: int, day: int, future: bool) -> date | None:
    for year in (anchor.year, anchor.year + (1 if future else -1)):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if (candidate >= anchor) if future else (candidate <= anchor):
            return candidate
    return None


def value_range(value: str | None) -> tuple[date | None, date | None]:
    """First and last calendar day a TIMEX3 value covers; (None, None) when it is not a date."""
    if not value:
        return None, None
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
    match = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if match:
        year = int(match[1])
        starts = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
        first, last = starts[match[2]]
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
    return singular if singular in DURATION_UNITS else None


def _duration_value(amount: int | None, unit: str) -> str:
    letter = DURATION_UNITS[unit]
    count = "X" if amount is None else str(amount)
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


def _resolve_set(words: list[str]) -> Resolution | None:
    if not SET_MARKERS.intersection(words):
        return None
    for word in words:
        if word in WEEKDAYS:
            return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    adverbs = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M"}
    adverbs |= {"yearly": "P1Y", "annually": "P1Y"}
    for word in words:
        if word in adverbs:
            return Resolution("SET", adverbs[word])
        unit = _unit(word)
        if unit:
            return Resolution("SET", _duration_value(1, unit))
    return Resolution("SET", None)


def _resolve_relative(words: list[str], anchor: date | None, future: bool) -> Resolution | None:
    joined = " ".join(words)
    simple = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    for word, delta in simple.items():
        if word in words:
            if anchor is None:
                return Resolution("DATE", None)
            value = (anchor + timedelta(days=delta)).isoformat()
            if word == "tonight":
                return Resolution("TIME", value + "TNI", True)
            return Resolution("DATE", value, True)
    if words in (["now"], ["currently"], ["the", "moment"], ["present"]):
        return Resolution("DATE", "PRESENT_REF", anchor is not None)
    if words in (["recently"], ["the", "past"], ["previously"], ["once"]):
        return Resolution("DATE", "PAST_REF", anchor is not None)
    if words in (["the", "future"], ["soon"]):
        return Resolution("DATE", "FUTURE_REF", anchor is not None)
    # "two days ago", "three weeks later", "a year from now"
    match = re.search(
        r"(\w+) (second|minute|hour|day|night|week|month|year|decade)s? "
        r"(ago|earlier|before|later|from now|hence)",
        joined,
    )
    if match:
        amount = _number(match[1])
        if amount is None:
            return Resolution("DATE", None)
        if anchor is None:
            return Resolution("DATE", None)
        sign = -1 if match[3] in ("ago", "earlier", "before") else 1
        return Resolution("DATE", _relative_offset(anchor, amount, match[2], sign), True)
    # "last week", "next month", "this year", "earlier this year", "the past week"
    match = re.search(
        r"\b(last|past|previous|next|coming|this|current|following)\s+"
        r"(week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|"
        r"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        joined,
    )
    if match:
        return _resolve_named_period(match[1], match[2], anchor, words)
    # "the end of the year", "later in the month": the current period
    match = re.search(r"\bthe (week|month|year)\b", joined)
    if match and not re.search(r"\d{4}", joined):
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
    return None


def _resolve_calendar(words: list[str], anchor: date | None, future: bool) -> Resolution | None:
    joined = " ".join(words)
    year = _explicit_year(words)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = None
    if month is not None:
        for word in words:
            digits = word.rstrip("stndrh")
            if digits.isdigit() and 1 <= int(digits) <= 31 and len(digits) <= 2:
                day = int(digits)
                break
    if month is not None and day is not None:
        if year is not None:
            try:
                return Resolution("DATE", date(year, month, day).isoformat())
            except ValueError:
                return Resolution("DATE", None)
        if anchor is None:
            return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}")
        resolved = _nearest_month_day(anchor, month, day, future)
        return Resolution("DATE", resolved.isoformat() if resolved else None, True)
    if month is not None:
        if year is not None:
            return Resolution("DATE", f"{year:04d}-{month:02d}")
        if anchor is None:
            return Resolution("DATE", f"XXXX-{month:02d}")
        if future:
            resolved_year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            resolved_year = anchor.year if month <= anchor.month else anchor.year - 1
        return Resolution("DATE", f"{resolved_year:04d}-{month:02d}", True)
    quarter = next((ORDINAL_WORDS[w] for w in words if w in ORDINAL_WORDS), None)
    if "quarter" in words and quarter is not None:
        if year is None and anchor is None:
            return Resolution("DATE", f"XXXX-Q{quarter}")
        if year is None and anchor is not None:
            current_quarter = (anchor.month - 1) // 3 + 1
            past_year = anchor.year if quarter <= current_quarter else anchor.year - 1
            year = anchor.year if future else past_year
            return Resolution("DATE", f"{year:04d}-Q{quarter}", True)
        return Resolution("DATE", f"{year:04d}-Q{quarter}")
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is not None and year is not None:
        return Resolution("DATE", f"{year:04d}-{season}")
    decade = re.search(r"\b(\d{3})0s\b", joined)
    if decade:
        return Resolution("DATE", decade[1])
    if year is not None:
        return Resolution("DATE", f"{year:04d}")
    return None


def _resolve_weekday(words: list[str], anchor: date | None, future: bool) -> Resolution | None:
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS and len(w) > 3), None)
    if weekday is None:
        return None
    if anchor is None:
        return Resolution("DATE", None)
    day = _nearest_weekday(anchor, weekday, future)
    part = next((DAY_PARTS[w] for w in words if w in DAY_PARTS), None)
    if part:
        return Resolution("TIME", f"{day.isoformat()}T{part}", True)
    return Resolution("DATE", day.isoformat(), True)


def _resolve_clock(words: list[str], anchor: date | None) -> Resolution | None:
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
            return Resolution("TIME", None)
        clock = f"T{hour:02d}:{minute:02d}"
    elif "noon" in words or "midday" in words:
        clock = "T12:00"
    elif "midnight" in words:
        clock = "T24:00"
    else:
        part = next((DAY_PARTS[w] for w in words if w in DAY_PARTS), None)
        if part is None:
            return None
        clock = f"T{part}"
    if anchor is None:
        return Resolution("TIME", f"XXXX-XX-XX{clock}")
    return Resolution("TIME", f"{anchor.isoformat()}{clock}", True)


def _resolve_duration(words: list[str]) -> Resolution | None:
    for index, word in enumerate(words):
        unit = _unit(word)
        if unit is None:
            continue
        previous = words[index - 1] if index else ""
        amount = _number(previous) if previous else None
        if amount is None and previous == "-" and index >= 2:
            amount = _number(words[index - 2])
        if amount is not None or word.endswith("s"):
            return Resolution("DURATION", _duration_value(amount, unit))
    return None


def normalise(text: str, anchor: date | None, future: bool = False) -> Resolution:
    """Resolve a time expression's text to a TIMEX3 type and value.

    `anchor` is the publication date (None when unknown); `future` prefers the next occurrence
    of an underspecified date ("Monday", "Feb. 3") over the previous one.
    """
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        try:
            return Resolution("DATE", date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat())
        except ValueError:
            return Resolution("DATE", None)
    words = _tokens(text)
    while words and words[0] in _LEADING_NOISE:
        words = words[1:]
    if not words:
        return Resolution("DATE", None)
    resolution = (
        _resolve_set(words)
        or _resolve_relative(words, anchor, future)
        or _resolve_calendar(words, anchor, future)
        or _resolve_weekday(words, anchor, future)
        or _resolve_clock(words, anchor)
        or _resolve_duration(words)
    )
    if resolution is not None:
        return resolution
    return Resolution("DATE", None)


# ----------------------------------------------------------------------------- spans in a doc

_SET_PATTERN = re.compile(
    r"\b(?:every|each)\s+(?:(?:other|single)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|day|week|month|year|morning|evening|night)s?\b",
    re.IGNORECASE,
)


def _trim_leading_prepositions(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in _LEADING_NOISE:
        start += 1
    end = span.end
    while end > start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    # "Monday's meeting": the possessive marker is not part of the date.
    if end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _sentence_is_future(span: Span) -> bool:
    sentence = span.sent
    root = sentence.root
    aux_words = {child.lower_ for child in root.children if child.dep_ in ("aux", "auxpass")}
    if aux_words & _FUTURE_AUX:
        return True
    return any(
        token.lower_ == "going" and token.nbor(1).lower_ == "to"
        for token in sentence
        if token.i + 1 < len(token.doc) and token.head == root
    )


def candidate_spans(doc: Doc) -> list[Span]:
    """DATE/TIME entities plus recurring ("every Tuesday") patterns, without overlaps."""
    spans = [_trim_leading_prepositions(ent) for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    for match in _SET_PATTERN.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    chosen: list[Span] = []
    for span in spans:
        if chosen and span.start < chosen[-1].end:
            if span.end > chosen[-1].end:  # merge overlaps into one expression
                chosen[-1] = doc[chosen[-1].start : span.end]
            continue
        chosen.append(span)
    return chosen


def extract_timexes(doc: Doc, anchor: date | None, sentence_index: list[int]) -> list[TimexSpan]:
    """All time expressions in `doc`, normalised against `anchor` (the publication date).

    `sentence_index[token.i]` gives each token's sentence number.
    """
    found: list[TimexSpan] = []
    for span in candidate_spans(doc):
        resolution = normalise(span.text, anchor, future=_sentence_is_future(span))
        begin, end = value_range(resolution.value)
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
    return found
