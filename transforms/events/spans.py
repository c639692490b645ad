"""Event rows: `EventSpan` and its `Participant`s, the `ReportedSpeech` events read of a quote,
and the per-article `Context` the extraction steps share. Data only: no extraction here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from spacy.tokens import Doc

from transforms.entities import EntityMentionSpan
from transforms.mentions import MentionIndex
from transforms.timex import TimexSpan

#: Quote kinds that give the speaker's own words (an indirect report is the writer's words).
OWN_WORDS_KINDS = frozenset({"direct", "mixed"})


class ReportedSpeech(Protocol):
    """What events read of a quote (a `transforms.quotes.QuoteSpan` is one): its kind, its
    offsets and its speaker's entity."""

    @property
    def kind(self) -> str: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...
    @property
    def speaker_entity_id(self) -> str | None: ...


@dataclass(frozen=True)
class Participant:
    """An entity in a role. `method` says how it was found: the mention itself ("mention"), or a
    pronoun / description resolved to `mention`, whose own offsets are `start_char`/`end_char`."""

    role: str
    mention: EntityMentionSpan
    method: str = "mention"
    start_char: int | None = None
    end_char: int | None = None


@dataclass(frozen=True)
class EventSpan:
    """One event trigger with its type, participants and date."""

    event_type: str
    mode: str | None
    trigger: str
    trigger_lemma: str
    start_char: int
    end_char: int
    sentence_index: int
    negated: bool
    hypothetical: bool
    future: bool
    event_date: date | None
    timex: TimexSpan | None
    date_source: str | None
    quote: ReportedSpeech | None = None  # the quote or reported speech that contains the trigger
    participants: tuple[Participant, ...] = field(default=())


@dataclass(frozen=True)
class Context:
    doc: Doc
    sentence_index: list[int]
    mentions: MentionIndex
    timexes: dict[int, list[TimexSpan]]
    published: date | None
    quotes: tuple[ReportedSpeech, ...] = ()

    def quote_at(self, offset: int) -> ReportedSpeech | None:
        for quote in self.quotes:
            if quote.start_char <= offset < quote.end_char:
                return quote
        return None
