"""Triggers: event types from verbs, light verbs, nouns, warnings and meetings."""

from __future__ import annotations

from datetime import date

import pytest

SEED_PUBLISHED = date(2025, 1, 21)


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
    roles_of,
    events_in,
    text: str,
    trigger: str,
    event_type: str,
    actor: str | None,
    target: str,
) -> None:
    events = events_in(text)
    event = next(e for e in events if e.trigger == trigger)
    assert event.event_type == event_type
    roles = roles_of(event)
    assert roles.get("actor") == actor
    assert roles["target"] == target


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("North Korea fired two ballistic missiles into the sea.", "fired", "ASSAULT"),
        ("Acme fired chairman Tom Reed.", "fired", "RESIGN"),
        ("Iran launched drones at Israel.", "launched", "ASSAULT"),
        # No object says what was fired: better no event than a dismissal.
        ("Police fired at protesters in Lagos.", "fired", None),
        # an idea is attacked in words; a requirement is met by no one
        ("Rebels attacked the garrison in Goma.", "attacked", "ASSAULT"),
        ("Olaf Brandt attacked Tory plans to tax pensions.", "attacked", "ACCUSE"),
        ("Ana Silva's attack on the budget was fierce.", "attack", "ACCUSE"),
        ("Olaf Brandt met Ana Silva in Lisbon.", "met", "CONSULT"),
        ("Olaf Brandt said Lisbon will meet the deadline.", "meet", None),
        ("Mayor Ana Silva met the strikers' demands.", "met", "CONCEDE"),
        # naming a person appoints; naming a country as a risk does not
        ("President Maria Lopez named Daniel Kim as envoy.", "named", "APPOINT"),
        ("Olaf Brandt names Russia as the gravest risk.", "names", None),
        ("Economic growth will let Brazil meet its debt, Olaf Brandt said.", "meet", None),
        # a particle or a market subject gives the word another sense
        ("Citibank will have to charge off its loans to Brazil.", "charge", None),
        ("Prosecutors charged Ana Silva with fraud.", "charged", "ACCUSE"),
        ("The Renault union called off the strike.", "called", None),
        ("The Renault union called a strike.", "called", "PROTEST"),
        ("Dutch institutions have been rallying to foreign markets.", "rallying", None),
        ("Supporters of Imran Khan rallied in Lahore.", "rallied", "PROTEST"),
        # a strike by workers, or a nationwide one, stops work; one on Gaza is an attack
        ("Brazilian bank workers voted to launch a strike.", "launch", "PROTEST"),
        ("Brazil's unions will launch a nationwide strike.", "launch", "PROTEST"),
        ("Israel launched a strike on Gaza.", "launched", "ASSAULT"),
        # blaming or suspending a thing aims at no one unless someone is named
        ("Heineken blamed weak turnover on the lower dollar.", "blamed", None),
        ("Benjamin Netanyahu blamed the attack on Hamas.", "blamed", "ACCUSE"),
        ("Mexico has suspended its debt-equity swap programme.", "suspended", None),
        ("The EU suspended aid to Niger.", "suspended", "SANCTION"),
        # signing an agreement is one event; signing a decree alone cooperates with no one
        ("Ostria and Veridia signed a trade agreement in Vienna.", "agreement", None),
        ("Ostria and Veridia signed a trade agreement in Vienna.", "signed", "COOPERATE"),
        ("President Maria Lopez signed a decree on Monday.", "signed", None),
    ],
)
def test_light_and_physical_verbs_are_coded_by_their_object(  # type: ignore[no-untyped-def]
    events_in,
    text: str,
    trigger: str,
    event_type: str | None,
) -> None:
    found = {e.trigger: e.event_type for e in events_in(text)}
    assert found.get(trigger) == event_type


def test_one_event_per_trigger_and_light_verb_object(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Germany imposed sanctions on Iran on Monday.")
    assert [e.trigger for e in events] == ["imposed"]


def test_release_needs_a_person_object(roles_of, events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Iran released Jonas Weber. Apple released a new phone.")
    assert [(e.trigger, e.event_type) for e in events] == [("released", "CONCEDE")]
    assert roles_of(events[0]) == {"actor": "Iran", "target": "Jonas Weber"}


def test_nominalisations(roles_of, events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in(
        "Officials confirmed the appointment of Daniel Kim. Poland's demands angered Berlin."
    )
    appointment = next(e for e in events if e.trigger == "appointment")
    assert (appointment.event_type, roles_of(appointment)) == ("APPOINT", {"target": "Daniel Kim"})
    demands = next(e for e in events if e.trigger == "demands")
    assert (demands.event_type, roles_of(demands)) == ("REQUEST", {"actor": "Poland"})


def test_seed_biden_surged_aid_to_ukraine(roles_of, seed_events) -> None:  # type: ignore[no-untyped-def]
    surged = seed_events["surged"]
    assert surged.event_type == "AID"
    assert roles_of(surged) == {"actor": "Joe Biden", "target": "Ukraine"}


def test_seed_one_event_per_trigger_and_putins_demands(roles_of, events_in, seed_text) -> None:  # type: ignore[no-untyped-def]
    events = events_in(seed_text, SEED_PUBLISHED)
    offsets = [(e.start_char, e.end_char) for e in events]
    assert len(offsets) == len(set(offsets))
    demands = next(e for e in events if e.trigger == "demands")
    assert (demands.event_type, roles_of(demands)) == ("REQUEST", {"actor": "Putin"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb event needs a named participant: soldiers and a border post are nobody.
        ("Soldiers attacked a border post.", []),
        # A named place is enough.
        ("Soldiers attacked a border post in Kharkiv.", [("ASSAULT", {"location": ["Kharkiv"]})]),
        ("Rebels attacked Kharkiv.", [("ASSAULT", {"target": ["Kharkiv"]})]),
    ],
)
def test_a_verb_event_needs_a_named_participant(  # type: ignore[no-untyped-def]
    participants_by_role,
    events_in,
    text: str,
    expected: list[tuple[str, dict[str, list[str]]]],
) -> None:
    events = events_in(text)
    assert [(e.event_type, participants_by_role(e)) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "when"),
    [
        # A threat is aimed at whom the threatened action is aimed at, and dated by the time
        # expression the parser hangs on that action.
        (
            "Iran threatened to impose sanctions on Israel last week.",
            "threatened",
            {"actor": ["Iran"], "target": ["Israel"]},
            ("2025-W10", None),
        ),
        (
            "Iran threatened to strike Israel on Monday.",
            "threatened",
            {"actor": ["Iran"], "target": ["Israel"]},
            ("2025-03-10", date(2025, 3, 10)),
        ),
        (
            "Russia threatened that it would cut gas supplies to Europe.",
            "threatened",
            {"actor": ["Russia"], "target": ["Europe"]},
            (None, None),
        ),
        (
            "Iran's threat to impose sanctions on Israel angered Washington.",
            "threat",
            {"actor": ["Iran"], "target": ["Israel"]},
            (None, None),
        ),
        # A date after publication is when the threatened action would come, not the threat.
        (
            "Iran threatened to impose sanctions on Israel next week.",
            "threatened",
            {"actor": ["Iran"], "target": ["Israel"]},
            (None, None),
        ),
        # A threat that names its target keeps it.
        (
            "Iran threatened Israel with sanctions against Egypt.",
            "threatened",
            {"actor": ["Iran"], "target": ["Israel"]},
            (None, None),
        ),
    ],
)
def test_a_threat_takes_the_target_and_date_of_the_threatened_action(  # type: ignore[no-untyped-def]
    participants_by_role,
    events_in,
    text: str,
    trigger: str,
    expected: dict[str, list[str]],
    when: tuple[str | None, date | None],
) -> None:
    [event] = [e for e in events_in(text) if e.trigger == trigger]
    assert participants_by_role(event) == expected
    timex_value = event.timex.resolution.value if event.timex is not None else None
    assert (timex_value, event.event_date) == when
    assert not event.future


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A talk verb that is a meeting's purpose is that meeting, not a second one.
        (
            "Putin met Macron in Paris to discuss the war.",
            [("met", {"actor": ["Putin"], "target": ["Macron"], "location": ["Paris"]})],
        ),
        (
            "Putin met with Macron to negotiate a ceasefire.",
            [("met", {"actor": ["Putin"], "target": ["Macron"]})],
        ),
        # Whom the purpose is "with" is whom the meeting is with; what is discussed is a topic.
        (
            "Putin visited Paris to discuss the war with Macron.",
            [
                (
                    "visited",
                    {"actor": ["Putin"], "target": ["Paris", "Macron"], "location": ["Paris"]},
                )
            ],
        ),
        (
            "Putin hosted Macron in Moscow to discuss Ukraine.",
            [("hosted", {"actor": ["Putin"], "target": ["Macron"], "location": ["Moscow"]})],
        ),
        # Without a meeting verb the talk verb is the meeting.
        ("Putin and Macron will discuss the war.", [("discuss", {"actor": ["Putin", "Macron"]})]),
        (
            "Putin travelled to Paris to discuss the war with Macron.",
            [("discuss", {"actor": ["Putin"], "target": ["Macron"]})],
        ),
    ],
)
def test_a_meetings_purpose_is_the_same_meeting(  # type: ignore[no-untyped-def]
    participants_by_role,
    events_in,
    text: str,
    expected: list[tuple[str, dict[str, list[str]]]],
) -> None:
    events = [e for e in events_in(text) if e.event_type == "CONSULT"]
    assert [(e.trigger, participants_by_role(e)) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A warning that threatens the warner's own action is a threat ...
        (
            "Russia warned Ukraine that it would retaliate.",
            {"actor": ["Russia"], "target": ["Ukraine"]},
        ),
        ("Russia warned that it would strike Kyiv.", {"actor": ["Russia"], "target": ["Kyiv"]}),
        (
            "Russia warned of retaliation against Ukraine.",
            {"actor": ["Russia"], "target": ["Ukraine"]},
        ),
        ("Russia warned Ukraine of consequences.", {"actor": ["Russia"], "target": ["Ukraine"]}),
        ("Russia warned that it would impose sanctions.", {"actor": ["Russia"]}),
        # ... and so is a warning aimed at a named recipient, with nothing said about conditions.
        ("Russia warned NATO.", {"actor": ["Russia"], "target": ["NATO"]}),
        (
            "Russia warned Ukraine against joining NATO.",
            {"actor": ["Russia"], "target": ["Ukraine"]},
        ),
        ("Ukraine was warned by Russia.", {"actor": ["Russia"], "target": ["Ukraine"]}),
        # A warning about conditions, or about what someone else may do, is no event.
        ("Mayor Ana Silva warned that the city could run out of water.", None),
        ("Ana Silva met the council. The mayor warned that the city could run out of water.", None),
        ("The IMF warned Ukraine that its debt could become unsustainable.", None),
        ("Russia warned of a drought.", None),
        # a that-clause naming retaliation is a threat whoever its subject is; consequences a
        # drought can have are not
        (
            "Russia warned Washington that new sanctions would provoke retaliation.",
            {"actor": ["Russia"], "target": ["Washington"]},
        ),
        ("Mayor Ana Silva warned that the drought would have consequences for farmers.", None),
        ("Russia warned against escalation.", None),
        ("Putin warned that NATO would attack.", None),
        # The warner's own clause must be an action against someone, not a condition.
        ("Acme Corp warned that it might run out of money by March.", None),
        ("Russia warned that it would take years to rebuild.", None),
    ],
)
def test_a_warning_is_a_threat_only_of_the_warners_own_action(  # type: ignore[no-untyped-def]
    participants_by_role,
    events_in,
    text: str,
    expected: dict[str, list[str]] | None,
) -> None:
    warnings = [e for e in events_in(text) if e.trigger == "warned"]
    assert [participants_by_role(e) for e in warnings] == ([expected] if expected else [])
    assert all(e.event_type == "THREATEN" for e in warnings)
