"""Modality: negated, hypothetical, counterfactual and future events."""

from __future__ import annotations

from datetime import date

import pytest

SEED_PUBLISHED = date(2025, 1, 21)


def test_negated_and_promised_events_are_flagged(events_in) -> None:  # type: ignore[no-untyped-def]
    events = events_in("Canada did not sign the treaty. Brazil has promised to sanction Venezuela.")
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["sign"].negated
    assert by_trigger["sanction"].hypothetical
    assert not by_trigger["promised"].hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "future", "hypothetical"),
    [
        ("Chancellor Olaf Brandt will meet Emmanuel Macron in Paris.", "meet", True, True),
        ("Chancellor Olaf Brandt won't meet Emmanuel Macron.", "meet", True, True),
        ("Chancellor Olaf Brandt is set to meet Emmanuel Macron.", "meet", True, False),
        ("Chancellor Olaf Brandt is due to meet Emmanuel Macron.", "meet", True, False),
        ("Chancellor Olaf Brandt is going to meet Emmanuel Macron.", "meet", True, False),
        ("Chancellor Olaf Brandt is to visit Emmanuel Macron in Paris.", "visit", True, False),
        ("Germany plans to impose sanctions on Iran.", "impose", True, True),
        ("Germany will try to impose sanctions on Iran.", "impose", True, True),
        # Stated as fact, but dated after publication (Wednesday 2025-03-12): scheduled.
        ("Chancellor Olaf Brandt meets Emmanuel Macron on Friday.", "meets", True, False),
        ("Chancellor Olaf Brandt met Emmanuel Macron on Monday.", "met", False, False),
        ("Chancellor Olaf Brandt went to meet Emmanuel Macron.", "meet", False, False),
        ("Germany imposed sanctions on Iran.", "imposed", False, False),
        ("Germany could impose sanctions on Iran.", "impose", False, True),
    ],
)
def test_future_events_are_flagged(  # type: ignore[no-untyped-def]
    events_in,
    text: str,
    trigger: str,
    future: bool,
    hypothetical: bool,
) -> None:
    event = next(e for e in events_in(text) if e.trigger == trigger)
    assert (event.future, event.hypothetical) == (future, hypothetical)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials in Seoul denied that any meeting with Pyongyang had been planned.", "meeting"),
        ("Germany denied sending weapons to Ukraine.", "sending"),
    ],
)
def test_denied_events_are_negated(events_in, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_in(text) if e.trigger == trigger)
    assert event.negated


def test_counterfactual_is_not_an_event_and_negation_is_flagged(events_in) -> None:  # type: ignore[no-untyped-def]
    text = "Russia would have never invaded Ukraine. Hungary never vetoed the sanctions."
    by_trigger = {e.trigger: e for e in events_in(text)}
    assert "invaded" not in by_trigger
    assert by_trigger["vetoed"].negated


def test_seed_counterfactual_and_promise(roles_of, events_in, seed_text) -> None:  # type: ignore[no-untyped-def]
    events = events_in(seed_text, SEED_PUBLISHED)
    assert not any(e.trigger_lemma == "happen" for e in events)
    promised = next(e for e in events if e.trigger == "promised")
    assert (promised.event_type, promised.hypothetical) == ("AGREE", False)
    assert roles_of(promised)["actor"] == "Trump"
    # "to end the war" is what was promised: never a factual event of its own, and still to come.
    assert all(e.hypothetical and e.future for e in events if e.trigger_lemma == "end")
    assert not promised.future


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical", "future"),
    [
        # a purpose infinitive shares the mood and time of the verb it hangs on
        ("Felix Hartmann will visit Paris on Friday to meet Claire Dubois.", "meet", True, True),
        ("Felix Hartmann visited Paris on Friday to meet Claire Dubois.", "meet", False, False),
    ],
)
def test_a_purpose_infinitive_is_as_real_as_its_verb(  # type: ignore[no-untyped-def]
    events_in,
    text: str,
    trigger: str,
    hypothetical: bool,
    future: bool,
) -> None:
    [event] = [e for e in events_in(text) if e.trigger == trigger]
    assert (event.hypothetical, event.future) == (hypothetical, future)


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "hypothetical"),
    [
        # A directive's infinitive is what the addressee is told to do: not yet done, and by them.
        (
            "Germany urged Iran to release Jonas Weber.",
            "release",
            {"target": ["Jonas Weber"], "actor": ["Iran"]},
            True,
        ),
        (
            "Germany called on Iran to release Jonas Weber.",
            "release",
            {"target": ["Jonas Weber"], "actor": ["Iran"]},
            True,
        ),
        (
            "Putin invited Macron to visit Moscow.",
            "visit",
            {"target": ["Moscow"], "actor": ["Macron"], "location": ["Moscow"]},
            True,
        ),
        # A promise's infinitive is the promiser's own action.
        ("Germany promised Ukraine to send weapons.", "send", {"actor": ["Germany"]}, True),
        # A purpose is the subject's own, and as real as its verb.
        (
            "Russia sent troops to attack Kyiv.",
            "attack",
            {"target": ["Kyiv"], "actor": ["Russia"]},
            False,
        ),
        # "called on" parsed with a particle: the addressee (nobody named) would meet.
        (
            "The Countryside Alliance called on hunt supporters to meet Ana Silva.",
            "meet",
            {"target": ["Ana Silva"]},
            True,
        ),
        # A directive's that-clause or conjunct is no directive: a report, a second act.
        (
            "Putin told reporters that he met Macron on Monday.",
            "met",
            {"actor": ["Putin"], "target": ["Macron"]},
            False,
        ),
        (
            "Germany called for calm and condemned Russia.",
            "condemned",
            {"target": ["Russia"], "actor": ["Germany"]},
            False,
        ),
    ],
)
def test_a_directives_infinitive_is_the_addressees_and_not_yet_done(  # type: ignore[no-untyped-def]
    participants_by_role,
    events_in,
    text: str,
    trigger: str,
    expected: dict[str, list[str]],
    hypothetical: bool,
) -> None:
    [event] = [e for e in events_in(text) if e.trigger == trigger]
    assert participants_by_role(event) == expected
    assert event.hypothetical == hypothetical


@pytest.mark.parametrize(
    ("text", "expected", "hypothetical"),
    [
        # A noun's to-infinitive is its possessor's action; after a threat or plan, not done.
        (
            "Iran's threat to impose sanctions on Israel angered Washington.",
            {"target": ["Israel"], "actor": ["Iran"]},
            True,
        ),
        (
            "Germany's plan to impose sanctions on Iran was approved.",
            {"target": ["Iran"], "actor": ["Germany"]},
            True,
        ),
        # A power to act is not an act.
        (
            "Germany's power to impose sanctions on Iran is limited.",
            {"target": ["Iran"], "actor": ["Germany"]},
            True,
        ),
        # What was decided may be done.
        (
            "Iran's decision to impose sanctions on Israel angered Washington.",
            {"target": ["Israel"], "actor": ["Iran"]},
            False,
        ),
    ],
)
def test_a_nouns_infinitive_is_its_possessors_action(  # type: ignore[no-untyped-def]
    participants_by_role,
    events_in,
    text: str,
    expected: dict[str, list[str]],
    hypothetical: bool,
) -> None:
    [event] = [e for e in events_in(text) if e.trigger == "impose"]
    assert participants_by_role(event) == expected
    assert event.hypothetical == hypothetical
