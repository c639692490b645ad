"""Event fixtures: the events of a text, extracted as the pipeline does (entities, time
expressions and quotes first), and readers of their participants."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from transforms.entities import extract_entities
from transforms.events import EventSpan, extract_events
from transforms.extract import sentence_indices
from transforms.quotes import extract_quotes
from transforms.timex import extract_timexes

PUBLISHED = date(2025, 3, 12)  # a Wednesday
SEED_PUBLISHED = date(2025, 1, 21)

EventsOf = Callable[..., list[EventSpan]]


@pytest.fixture(scope="session")
def events_in(parse: Callable[[str], Doc]) -> EventsOf:
    """The events of a text published on `published` (a Wednesday by default)."""

    def _events(text: str, published: date = PUBLISHED) -> list[EventSpan]:
        doc = parse(text)
        sentences = sentence_indices(doc)
        mentions, _ = extract_entities(doc, sentences)
        timexes = extract_timexes(doc, published, sentences)
        quotes = extract_quotes(doc, sentences, mentions)
        return extract_events(doc, sentences, mentions, timexes, published, quotes)

    return _events


@pytest.fixture(scope="session")
def seed_events(events_in: EventsOf, seed_text: str) -> dict[str, EventSpan]:
    """The seed article's events by trigger word (the first of each)."""
    by_trigger: dict[str, EventSpan] = {}
    for event in events_in(seed_text, SEED_PUBLISHED):
        by_trigger.setdefault(event.trigger, event)
    return by_trigger


@pytest.fixture(scope="session")
def roles_of() -> Callable[[EventSpan], dict[str, str]]:
    """An event's participants as role -> mention text (the last of each role)."""
    return lambda event: {p.role: p.mention.text for p in event.participants}


@pytest.fixture(scope="session")
def participants_by_role() -> Callable[[EventSpan], dict[str, list[str]]]:
    """An event's participants as role -> the texts of its mentions, in order."""

    def _by_role(event: EventSpan) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for participant in event.participants:
            found.setdefault(participant.role, []).append(participant.mention.text)
        return found

    return _by_role
