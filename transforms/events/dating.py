"""Dating: the time expression attached to an event, the day it gets, and its source.

The timex attached to the trigger (or to the action a threat announces), else the sentence's
only day, else the publication day for present tenses; a date after publication makes the
event future. Does not find or normalise time expressions (see `transforms.timex`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from transforms.events.modality import is_future_by_grammar
from transforms.events.settings import GOVERNOR_REACH
from transforms.events.spans import OWN_WORDS_KINDS, Context, ReportedSpeech
from transforms.timex import TimexSpan

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Dependencies that open a clause of its own: a day named inside one dates that clause, not the
# sentence ("Mustapha, who leaves for Moscow on Tuesday, met Mubarak" did not meet on Tuesday).
# An adverbial clause is not one: "When the Air Force chose Northrop on February 29, Boeing
# protested" dates the protest by it.
_SEPARATE_CLAUSES = frozenset({"relcl", "acl", "conj", "ccomp", "parataxis"})


def _after(day: date | None, published: date | None) -> bool:
    """A date after the publication day: "meets Xi on Friday" in Wednesday's paper."""
    return day is not None and published is not None and day > published


def _governing_trigger(token: Token, trigger: Token) -> bool:
    """Whether `token` hangs on `trigger`: the first verb (or the trigger) above it is it."""
    current = token
    for _ in range(GOVERNOR_REACH):
        if current.i == trigger.i:
            return True
        if current.pos_ in ("VERB", "AUX") and current.i != token.i:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _is_day(timex: TimexSpan) -> bool:
    return timex.begin_date is not None and timex.begin_date == timex.end_date


def _timex_on(trigger: Token, candidates: list[TimexSpan]) -> TimexSpan | None:
    """The time expression attached to the trigger: a day-level one first, else a coarser date
    such as "next month"."""
    attached = [
        t
        for t in candidates
        if any(
            _governing_trigger(trigger.doc[i], trigger) for i in range(t.token_start, t.token_end)
        )
    ]
    for timex in attached:
        if _is_day(timex):
            return timex
    for timex in attached:
        if timex.resolution.type == "DATE" and timex.begin_date is not None:
            return timex
    return None


def _attached_timex(
    trigger: Token,
    candidates: list[TimexSpan],
    sentence_fallback: bool,
    announced: Token | None = None,
    published: date | None = None,
) -> tuple[TimexSpan | None, str | None]:
    """The time expression attached to the trigger, else the one attached to the action it
    `announced` unless that is after `published` (the parser hangs "last week" in "threatened to
    impose sanctions last week" on "impose", but it dates the threat; "... next week" dates the
    sanctions only), else, with `sentence_fallback`, the sentence's only day-level date.
    The caller turns the fallback off for future and hypothetical events: in "Merz plans to
    visit Beijing next month, his office said on Tuesday", Tuesday dates the saying. For a
    reported past event the saying's day is kept: "Putin said at Monday's meeting he welcomed
    Trump's willingness" welcomed on Monday (verbal events happen as they are said)."""
    timex = _timex_on(trigger, candidates)
    if timex is None and announced is not None:
        borrowed = _timex_on(announced, candidates)
        timex = borrowed if borrowed and not _after(borrowed.begin_date, published) else None
    if timex is not None:
        return timex, "timex"
    days = [t for t in candidates if _is_day(t) and not _in_another_clause(t, trigger)]
    if not sentence_fallback or len(days) != 1:
        return None, None
    return days[0], "sentence"


def _in_another_clause(timex: TimexSpan, trigger: Token) -> bool:
    """Whether the time expression sits in a clause of its own that does not hold the trigger:
    a relative clause on its subject, a second conjunct, a clause the trigger reports. A clause
    on the trigger itself describes it ("a deal that will be finalized by June 10")."""
    doc = trigger.doc
    ancestors = {trigger.i, *(token.i for token in trigger.ancestors)}
    current = doc[timex.token_start : timex.token_end].root
    for _ in range(len(doc)):
        if current.i in ancestors or current.head.i == current.i:
            return False
        if current.dep_ in _SEPARATE_CLAUSES:
            describes_trigger = current.dep_ in ("relcl", "acl") and current.head.i == trigger.i
            return not describes_trigger
        current = current.head
    return False


def _publication_safe(token: Token) -> bool:
    """Simple present ("Apple releases") or present progressive ("is meeting"): today's news."""
    if token.pos_ != "VERB":
        return False
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return token.tag_ in _PRESENT_TAGS
    return token.tag_ == "VBG" and all(a.tag_ in _PRESENT_TAGS for a in auxiliaries)


@dataclass(frozen=True)
class _Dating:
    """When: the attached time expression (`anchor`), the day the event gets, its source, and
    whether the event is still to come when reported."""

    anchor: TimexSpan | None
    event_date: date | None
    source: str | None
    future: bool


def date_event(
    token: Token,
    context: Context,
    quote: ReportedSpeech | None,
    flags: tuple[bool, bool],
    announced: Token | None,
) -> _Dating:
    """The event's date: an attached time expression (also the `announced` action's, see
    `_attached_timex`), else the sentence's only day (not for future or hypothetical events),
    else the publication day where the tense makes it safe. `flags` is (negated, hypothetical)."""
    negated, hypothetical = flags
    future_by_grammar = is_future_by_grammar(token)
    sentence = context.sentence_index[token.i]
    fallback = not (hypothetical or future_by_grammar)
    candidates = context.timexes.get(sentence, [])
    anchor, source = _attached_timex(token, candidates, fallback, announced, context.published)
    # A coarser anchor ("next month") is linked through timex_id but gives no day.
    event_date = anchor.begin_date if anchor and _is_day(anchor) else None
    # In a speaker's own words the present tense is the speaker's day, not the paper's.
    in_own_words = quote is not None and quote.kind in OWN_WORDS_KINDS
    dated_by_publication = anchor is None and context.published is not None and not in_own_words
    if dated_by_publication and not (negated or hypothetical) and _publication_safe(token):
        event_date, source = context.published, "publication"
    anchor_day = anchor.begin_date if anchor else event_date
    future = future_by_grammar or _after(anchor_day, context.published)
    return _Dating(anchor, event_date, source, future)


def names_a_day(token: Token, context: Context) -> bool:
    """Whether the trigger's sentence names a day: a bare noun trigger ("the bombing") in a
    sentence that dates something is likely an event mention, even when the day belongs to
    another clause and so does not date it."""
    days = context.timexes.get(context.sentence_index[token.i], [])
    return any(_is_day(timex) for timex in days)
