"""Events: PLOVER coding of triggers, participants, dates and flags."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import EventSpan, extract_events
from transforms.extract import sentence_indices
from transforms.timex import extract_timexes

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def _events(parse, text: str) -> list[EventSpan]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    sentences = sentence_indices(doc)
    mentions, _ = extract_entities(doc, sentences)
    timexes = extract_timexes(doc, PUBLISHED, sentences)
    return extract_events(doc, sentences, mentions, timexes)


def _roles(event: EventSpan) -> dict[str, str]:
    return {p.role: p.mention.text for p in event.participants}


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "actor", "target"),
    [
        (
            "Chancellor Olaf Brandt accused Poland of blocking the deal.",
            "accused",
            "ACCUSE",
            "Olaf Brandt",
            "Poland",
        ),
        ("Germany imposed sanctions on Iran last week.", "imposed", "SANCTION", "Germany", "Iran"),
        (
            "President Maria Lopez appointed Daniel Kim as her envoy.",
            "appointed",
            "APPOINT",
            "Maria Lopez",
            "Daniel Kim",
        ),
        ("Police arrested Jonas Weber in Vienna.", "arrested", "COERCE", None, "Jonas Weber"),
        ("Japan sent aid to Haiti.", "sent", "AID", "Japan", "Haiti"),
    ],
)
def test_trigger_type_and_participants(  # type: ignore[no-untyped-def]
    parse, text: str, trigger: str, event_type: str, actor: str | None, target: str
) -> None:
    events = _events(parse, text)
    event = next(e for e in events if e.trigger == trigger)
    assert event.event_type == event_type
    roles = _roles(event)
    assert roles.get("actor") == actor
    assert roles["target"] == target


def test_date_attached_to_trigger_and_location(parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(parse, "Mayor Lucia Ferreira met union leaders in Porto on Monday.")
    [meeting] = [e for e in events if e.trigger == "met"]
    assert meeting.event_type == "CONSULT"
    assert meeting.event_date == date(2025, 3, 10)
    assert meeting.date_source == "timex"
    assert _roles(meeting)["location"] == "Porto"


def test_negated_and_promised_events_are_flagged(parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        parse, "Canada did not sign the treaty. Brazil has promised to sanction Venezuela."
    )
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["sign"].negated
    assert by_trigger["sanction"].hypothetical
    assert not by_trigger["promised"].hypothetical


def test_seed_article_events(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(parse, seed_text)
    congratulated = next(e for e in events if e.trigger == "congratulated")
    assert congratulated.event_type == "SUPPORT"
    assert _roles(congratulated) == {"actor": "Vladimir Putin", "target": "Donald Trump"}
    dinner = next(e for e in events if e.trigger == "dinner")
    assert dinner.event_type == "CONSULT"
    appointed = next(e for e in events if e.trigger == "appointed")
    assert (appointed.event_type, _roles(appointed)["target"]) == ("APPOINT", "Keith Kellogg")
    surged = next(e for e in events if e.trigger == "surged")
    assert (surged.event_type, _roles(surged)["actor"]) == ("AID", "Joe Biden")
