"""Locations: where events happened."""

from __future__ import annotations

from datetime import date

import pytest


def test_a_visited_place_is_also_the_location(roles_of, events_in) -> None:  # type: ignore[no-untyped-def]
    [visit] = [
        e for e in events_in("Donald Tusk visited Kyiv on Monday.") if e.trigger == "visited"
    ]
    assert roles_of(visit) == {"actor": "Donald Tusk", "target": "Kyiv", "location": "Kyiv"}
    [met] = [e for e in events_in("Donald Tusk met Olaf Scholz in Kyiv.") if e.trigger == "met"]
    assert roles_of(met) == {"actor": "Donald Tusk", "target": "Olaf Scholz", "location": "Kyiv"}


def test_seed_dinner_on_jan_9_in_palm_beach(roles_of, seed_events) -> None:  # type: ignore[no-untyped-def]
    dinner = seed_events["dinner"]
    assert dinner.event_type == "CONSULT"
    assert (dinner.event_date, dinner.date_source) == (date(2025, 1, 9), "timex")
    places = [p.mention.text for p in dinner.participants if p.role == "location"]
    assert "Palm Beach" in places
    # "Trump said during a Jan. 9 dinner": he was at it.
    assert roles_of(dinner)["actor"] == "Trump"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Felix Hartmann met union leader Tomas Berg in Lisbon on Monday.", "met", "Lisbon"),
        ("Police in Nairobi arrested Jonas Weber on Monday.", "arrested", "Nairobi"),
        ("Lena Vogt met her Veridian counterpart Tomas Brekke in Geneva.", "met", "Geneva"),
    ],
)
def test_a_place_hung_on_an_argument_is_where_the_event_happened(  # type: ignore[no-untyped-def]
    roles_of,
    events_in,
    text: str,
    trigger: str,
    place: str,
) -> None:
    [event] = [e for e in events_in(text) if e.trigger == trigger]
    assert roles_of(event).get("location") == place


def test_a_datelines_place_and_date_are_no_participant_or_date_of_the_story(events_in) -> None:  # type: ignore[no-untyped-def]
    text = "KORVALA, March 11 (Wire) - Veridian troops seized a customs post near Skellin."
    [seized] = [e for e in events_in(text) if e.trigger == "seized"]
    assert "KORVALA" not in {p.mention.text for p in seized.participants}
    assert seized.timex is None or seized.timex.text != "March 11"
