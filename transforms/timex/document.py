"""`extract_timexes`: every time expression in a doc with its TIMEX3 value and the dates it covers.

Each span is resolved in its sentence (`resolve.normalise` with the sentence's tense), then in
its document: the latest quarter an earnings report names, and the last date named, against
which "that year", "the following year" and "the previous Friday" resolve. Behaviour and
policies: docs/timex.md. Does not: attach times to events (see `transforms/events/dating.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from transforms.lexicons.time import (
    LOOKING_BACK_WORDS,
    MONTHS,
    WEEKDAYS,
)
from transforms.timex.calendar import (
    DAY_VALUE,
    Resolution,
    Tense,
    TimexSpan,
    quarter_of,
    shift_value,
    value_range,
)
from transforms.timex.ranges import cover_ranges, second_day_of_range, with_second_year
from transforms.timex.resolve import normalise
from transforms.timex.spans import candidate_spans, rate_unit
from transforms.timex.tense import sentence_tense
from transforms.timex.words import duration_value, explicit_year, words_of

_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")


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
    words = words_of(text)
    joined = " ".join(words)
    year, part = int(quarter[:4]), quarter[5:]
    context = " ".join(words_of(sentence))
    compares_longer_stretch = bool(_LONGER_STRETCH.search(context)) and "quarter" not in context
    if _QUARTER_YEAR_BEFORE.fullmatch(joined):
        return Resolution("DATE", f"{year - 1:04d}-{part}", True)
    if _YEAR_BEFORE.fullmatch(joined):
        if compares_longer_stretch:
            return Resolution("DATE", f"{year - 1:04d}", True)
        return Resolution("DATE", f"{year - 1:04d}-{part}", True)
    explicit = explicit_year(words)
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
    if anchor is None or not _NTH_DAY.fullmatch(" ".join(words_of(span.text))):
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
    resolution = normalise(end_date.text, anchor, sentence_tense(end_date))
    if resolution.value is None or not DAY_VALUE.fullmatch(resolution.value):
        return None
    middle = date.fromisoformat(resolution.value) - timedelta(days=45)
    return Resolution(
        "DATE", f"{middle.year:04d}-Q{quarter_of(middle)}", resolution.anchored_to_publication
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
    joined = " ".join(words_of(text))
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
    value = shift_value(prefix[0], period, step)
    return Resolution("DATE", value) if value is not None else None


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
    words = set(words_of(text))
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
            and DAY_VALUE.fullmatch(other.resolution.value)
        ]
        if not days:
            days = [
                other
                for other in found
                if other.sentence_index == time.sentence_index - 1
                and other.resolution.value
                and DAY_VALUE.fullmatch(other.resolution.value)
            ]
        if not days:
            continue
        day = min(days, key=lambda other: abs(other.token_start - time.token_start))
        value = f"{day.resolution.value}{(time.resolution.value or '')[10:]}"
        resolution = replace(time.resolution, value=value)
        begin, end = value_range(value)
        found[index] = replace(time, resolution=resolution, begin_date=begin, end_date=end)
    return found


def _resolve_in_sentence(span: Span, anchor: date | None) -> Resolution:
    """The value of a span read with its sentence: its words, its tense, what follows it."""
    if _is_year_ending_on_a_date(span):
        return Resolution("DURATION", "P1Y")
    rate = rate_unit(span)
    if rate is not None:
        return Resolution("SET", duration_value(1, rate))
    previous = span.doc[span.start - 1].lower_ if span.start else ""
    direction: Tense | None = "past" if previous in LOOKING_BACK_WORDS else None
    return _nth_day_is_today(span, anchor) or normalise(
        span.text, anchor, sentence_tense(span), direction
    )


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
        second_day = second_day_of_range(span, found)
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
        begin, end = with_second_year(span.text, resolution.value, *value_range(resolution.value))
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
    return cover_ranges(doc, _on_the_day_named_nearby(found, clock_times))


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
