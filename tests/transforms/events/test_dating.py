"""Dating: attached time expressions, sentence days, publication days."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def test_date_attached_to_trigger_and_location(roles_of, events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Mayor Lucia Ferreira met union leaders in Porto on Monday.")
    [meeting] = [e for e in events if e.trigger == "met"]
    assert meeting.event_type == "CONSULT"
    assert meeting.event_date == date(2025, 3, 10)
    assert meeting.date_source == "timex"
    assert roles_of(meeting)["location"] == "Porto"


@pytest.mark.parametrize(
    ("text", "trigger", "timex_value", "future"),
    [
        ("Germany will impose sanctions on Iran next week.", "impose", "2025-W12", True),
        ("Two weeks ago, Donald Tusk visited Kyiv.", "visited", "2025-W09", False),
        # The only day in the sentence dates the saying, not a visit still to come.
        (
            "Friedrich Merz plans to visit Beijing next month, his office said on Tuesday.",
            "visit",
            "2025-04",
            True,
        ),
    ],
)
def test_coarse_dates_are_linked_but_give_no_day(  # type: ignore[no-untyped-def]
    events_in,
    text: str,
    trigger: str,
    timex_value: str,
    future: bool,
) -> None:
    event = next(e for e in events_in(text) if e.trigger == trigger)
    assert event.timex is not None and event.timex.resolution.value == timex_value
    assert (event.event_date, event.date_source, event.future) == (None, "timex", future)


def test_events_in_a_speakers_own_words_are_marked_and_not_dated_by_publication(events_in) -> None:  # type: ignore[no-untyped-def]
    text = "“We congratulate Donald Trump on his victory,” Putin said. Japan sends aid to Haiti."
    by_trigger = {e.trigger: e for e in events_in(text)}
    quoted, stated = by_trigger["congratulate"], by_trigger["sends"]
    assert quoted.quote is not None and quoted.quote.kind == "direct"
    assert (quoted.event_date, quoted.date_source) == (None, None)
    assert stated.quote is None
    assert (stated.event_date, stated.date_source) == (PUBLISHED, "publication")
    # "We" in Putin's words is Putin.
    [actor] = [p for p in quoted.participants if p.role == "actor"]
    assert (actor.mention.text, actor.method) == ("Putin", "quote_speaker")
    assert text[actor.start_char : actor.end_char] == "We"


def test_publication_day_only_for_present_tense(events_in) -> None:  # type: ignore[no-untyped-def]
    events = {e.trigger: e for e in events_in("Acme Corp sues Globex Inc. Initech sued Hooli Ltd.")}
    assert (events["sues"].event_date, events["sues"].date_source) == (PUBLISHED, "publication")
    assert (events["sued"].event_date, events["sued"].date_source) == (None, None)


def test_seed_putin_congratulated_trump_on_jan_20(roles_of, seed_events) -> None:  # type: ignore[no-untyped-def]
    congratulated = seed_events["congratulated"]
    assert congratulated.event_type == "SUPPORT"
    assert roles_of(congratulated) == {"actor": "Vladimir Putin", "target": "Donald Trump"}
    assert (congratulated.event_date, congratulated.date_source) == (date(2025, 1, 20), "timex")


def test_seed_putin_welcomed_and_praised_trump_on_monday(seed_events) -> None:  # type: ignore[no-untyped-def]
    events = seed_events
    for trigger in ("welcomed", "praised"):
        event = events[trigger]
        assert event.event_type == "SUPPORT"
        [actor] = [p for p in event.participants if p.role == "actor"]
        assert (actor.mention.text, actor.method) == ("Putin", "pronoun")
        assert event.event_date == date(2025, 1, 20)
        assert event.date_source in ("timex", "sentence")
        # "welcomed Trump's willingness", "praised his focus": whose they are is the target
        [target] = [p for p in event.participants if p.role == "target"]
        assert target.mention.text == "Trump"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a day inside a relative clause or a second conjunct dates that clause only
        (
            "Youssri Mustapha, who leaves for Moscow on Tuesday, met Hosni Mubarak.",
            "met",
            (None, None, False),
        ),
        (
            "Ana Silva met Lars Berg, and the talks resume on Friday.",
            "met",
            (None, None, False),
        ),
        # ... but a clause on the trigger itself describes it
        (
            "Fiat will buy the stake held by Washington, a deal that will be finalized on Friday.",
            "deal",
            (date(2025, 3, 14), "sentence", True),
        ),
        # a day on the saying still dates what it reports, as the seed article needs
        (
            "Putin said at Monday's meeting he welcomed Trump.",
            "welcomed",
            (date(2025, 3, 10), "timex", False),
        ),
    ],
)
def test_a_sentence_day_in_another_clause_does_not_date_the_event(  # type: ignore[no-untyped-def]
    events_in,
    text: str,
    trigger: str,
    expected: tuple[date | None, str | None, bool],
) -> None:
    event = next(e for e in events_in(text) if e.trigger == trigger)
    assert (event.event_date, event.date_source, event.future) == expected
