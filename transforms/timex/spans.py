"""`candidate_spans`: every time-expression span in a doc, in text order: the NER model's (see
`ner.py`) plus small regex passes for what it misses (vague references, recurring expressions,
weekdays outside names, decades, quarters, amounts, holidays, zoned clock times, earnings
periods, the bare day ending a range), with adjacent parts joined ("Friday" + "night").

Does not: resolve values (see `resolve.py`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from transforms.doctext import doc_text
from transforms.lexicons.time import (
    DAY_PARTS,
    DECADE_WORDS,
    HOLIDAY_NAMES,
    MONTHS,
    RANGE_CONNECTIVES,
    STANDALONE_FREQUENCIES,
    STANDALONE_REFERENCES,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)
from transforms.timex.ner import ends_in_month_day, entity_spans, is_day_number, is_programme_title
from transforms.timex.words import (
    ZONE_ALTERNATIVES,
    clock_value,
    day_of_month,
    number_of,
    singular_of,
    unit_of,
    words_of,
)
from transforms.types import AMOUNT_TYPES, DAY_WORD_NAME_TYPES

_SET_PATTERN = re.compile(
    r"\b(?:every|each)\s+(?:(?:other|single)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|day|week|month|year|morning|evening|night|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|spring|summer|autumn|fall|"
    r"winter)s?\b",
    re.IGNORECASE,
)


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


#: Every holiday the resolver knows, longest first, so that a longer name wins over its prefix
#: ("Christmas Eve" over "Christmas").
PROPOSED_HOLIDAYS: tuple[str, ...] = tuple(sorted(HOLIDAY_NAMES, key=len, reverse=True))
_HOLIDAY_PATTERN = re.compile(
    r"\b(?:(?:last|next|this) )?(?:"
    + "|".join(re.escape(name) for name in PROPOSED_HOLIDAYS)
    + r")(?: day)?\b",
    re.IGNORECASE,
)


# "at 1200 GMT": a 24-hour clock time NER misses or takes for a year (see _ZONED_CLOCK)
_ZONED_CLOCK_PATTERN = re.compile(rf"\b(?:[01]\d|2[0-3])[0-5]\d ?(?:{ZONE_ALTERNATIVES.upper()})\b")


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
PATTERNS_AND_CUES: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    (_SET_PATTERN, ("every", "each")),
    (_PER_UNIT_PATTERN, ("per ",)),
    (_SPELLED_YEAR_PATTERN, ("eighteen", "nineteen")),
    (_PERIOD_PATTERN, ("period", "quarter")),
    (_COMPARABLE_PERIOD_PATTERN, ("period", "quarter")),
    (_HOLIDAY_PATTERN, PROPOSED_HOLIDAYS),
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
    for pattern, cues in PATTERNS_AND_CUES:
        if cues is not None and not any(cue in lowered for cue in cues):
            continue
        for match in pattern.finditer(text):
            count = (match.groupdict().get("count") or "1").lower()
            if number_of(count) is None and count not in VAGUE_AMOUNTS:
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


_DAYS_NEAR_PUBLICATION = frozenset({"today", "yesterday", "tomorrow"})


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
        if span is None or span.root.ent_type_ in DAY_WORD_NAME_TYPES:
            continue
        if not is_programme_title(span):
            spans.append(span)
    return spans


def _weekday_and_its_date(left: Span, right: Span, comma_between: bool) -> bool:
    """'Friday' + 'Oct. 13', 'Monday' + ',' + 'Oct. 26': a weekday named with its date."""
    weekday = len(left) == 1 and left[0].lower_ in WEEKDAYS and len(left[0].text) > 3
    adjacent = left.end == right.start or comma_between
    dated = right[0].lower_.rstrip(".") in MONTHS and day_of_month(words_of(right.text)) is not None
    return weekday and adjacent and dated


def _joinable(left: Span, right: Span) -> bool:
    """'Wednesday' + 'night', 'yesterday' + 'afternoon', '9 a.m.' + 'Tuesday', '5 p.m. EST' +
    'Nov. 9', 'Friday' + 'Oct. 13': one expression split by the NER model."""
    comma_between = left.end + 1 == right.start and left.doc[left.end].text == ","
    if _weekday_and_its_date(left, right, comma_between):
        return True
    if left.end != right.start and not (comma_between and clock_value(words_of(left.text))):
        return False  # "5 p.m. EST, Nov. 6" is one expression, "Friday, 9 a.m." is two
    # singular, so that "Tuesday" + "nights" and "Mondays" + "mornings" join as well
    words = {singular_of(token.lower_.rstrip("."), DAY_PARTS) for token in (left[-1], right[0])}
    words = {singular_of(word, WEEKDAYS) for word in words}
    named_day = words & (WEEKDAYS.keys() | _DAYS_NEAR_PUBLICATION) or (
        any(token.lower_.rstrip(".") in MONTHS for token in right)
        and clock_value(words_of(left.text))
    )
    clock = (
        words & DAY_PARTS.keys() or words & {"noon", "midnight"} or clock_value(words_of(left.text))
    )
    return bool(named_day and clock)


_RATE_PATTERN = re.compile(r"\ban? (?:year|month|week|day|hour)\b")


def _rate_spans(doc: Doc) -> list[Span]:
    """'two pct a year', '$33 million a year': rates NER leaves inside the amount."""
    spans: list[Span] = []
    for match in _RATE_PATTERN.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and rate_unit(span) is not None:
            spans.append(span)
    return spans


def candidate_spans(doc: Doc) -> list[Span]:
    """NER DATE/TIME entities (trimmed, split, filtered), vague references such as "now", and
    patterns (recurring "every Tuesday", spelled-out years, "the latest period"), without
    overlaps."""
    spans = (
        entity_spans(doc)
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
        if end + 1 >= len(doc) or end + 1 in starts or not ends_in_month_day(doc, end):
            continue
        connective, day = doc[end], doc[end + 1]
        if connective.lower_ not in RANGE_CONNECTIVES | {"and"} or not is_day_number(day):
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


def rate_unit(span: Span) -> str | None:
    """'500 mln dlrs a month', 'two pct a year': "a" + unit after an amount is how often, not
    how long. Returns the unit, or None."""
    words = [token.lower_ for token in span if not token.is_space]
    if len(words) != 2 or words[0] not in ("a", "an") or span.start == 0:
        return None
    unit = unit_of(words[1])
    before = span.doc[span.start - 1]
    counted = before.like_num or any(child.like_num for child in before.children)
    if unit is None or not (before.ent_type_ in AMOUNT_TYPES or counted):
        return None
    return unit
