"""Time expressions from the NER model's DATE and TIME entities: trimmed of leading prepositions
and hedges, split where one entity holds two expressions ("1991 to 1997", "June 30-July 2"), and
dropped when they are ages, bare numbers, programme titles or greetings.

Does not: add expressions the model missed (see `spans.py`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from transforms.lexicons.places import STREET_WORDS
from transforms.lexicons.time import (
    DAY_PARTS,
    LEADING_NOISE,
    MONTHS,
    RANGE_DASHES,
    REFERENCE_WORDS,
    SEASONS,
    SET_MARKERS,
    SPLIT_WORDS,
    UNIT_DETERMINERS,
    WEEKDAYS,
)
from transforms.timex.words import number_of, unit_of
from transforms.types import TIME_TYPES

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
        or unit_of(word) is not None
        or unit_of(word.split("-")[-1]) is not None
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


def is_programme_title(span: Span) -> bool:
    """'told Today', 'on Today': a capitalised "Today" inside a sentence names a programme (the
    BBC's, NBC's) or a paper ("USA Today"); the day is written "today" there."""
    token = span[0]
    if len(span) != 1 or token.text != "Today" or token.is_sent_start or token.i == 0:
        return False
    previous = span.doc[token.i - 1]
    return previous.is_alpha or previous.like_num  # not after a quote mark, colon or dash


#: A house number is followed by at most this many name words before its street word.
_STREET_NAME_MAX_WORDS = 3


def _is_house_number(span: Span) -> bool:
    """ "1420" in "1420 Main Street": a number, then capitalised words and a street word."""
    if len(span) != 1 or not span[0].like_num:
        return False
    doc = span.doc
    for i in range(span.end, min(span.end + _STREET_NAME_MAX_WORDS, len(doc) - 1)):
        if not doc[i].is_title:
            return False
        if doc[i + 1].lower_.rstrip(".") in STREET_WORDS:
            return True
    return False


def _is_time_expression(span: Span) -> bool:
    if _AGE.search(span.text) or _BARE_DAY.fullmatch(span.text) or _is_quoted_title(span):
        return False
    if is_programme_title(span):
        return False
    if _is_greeting(span) or _is_house_number(span):
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
    if end - start > 1 and doc[end - 1].lower_ == "later" and unit_of(doc[end - 2].lower_):
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
    return unit.endswith("s") and unit_of(unit) is not None and number_of(amount) is not None


def _lists_years(doc: Doc, index: int) -> bool:
    """The comma in "1994, 1995": a list of years, each its own expression."""
    if doc[index].text != "," or index == 0 or index + 1 >= len(doc):
        return False
    return all(re.fullmatch(r"\d{4}", doc[i].text) for i in (index - 1, index + 1))


def is_day_number(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= 2 and 1 <= int(token.text) <= 31


def _is_year_number(token: Token) -> bool:
    return re.fullmatch(r"\d{4}", token.text) is not None


def _is_weekday(token: Token) -> bool:
    return token.lower_ in WEEKDAYS and len(token.text) > 3


def _is_month(token: Token) -> bool:
    return token.lower_.rstrip(".") in MONTHS


def ends_in_month_day(doc: Doc, end: int) -> bool:
    """The span ending before `end` ends in a month and its day: "June 24"."""
    return end >= 2 and is_day_number(doc[end - 1]) and _is_month(doc[end - 2])


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
    return ends_in_month_day(doc, index) and (is_day_number(right) or _is_month(right))


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
    if len(span) != 1 or span.start == 0 or unit_of(span[0].lower_) is None:
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
    if gap.is_space and "\n" in gap.text and is_day_number(day) and not counts_a_noun:
        return doc[span.start : span.end + 2]
    return span


def entity_spans(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in TIME_TYPES:
            continue
        widened = _with_wrapped_day(_with_unit_determiner(_with_day_modifier(_trim(ent))))
        for piece in _split(widened):
            if _is_time_expression(piece):
                spans.append(piece)
    return spans
