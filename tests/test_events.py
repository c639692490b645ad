"""Events: PLOVER coding of triggers, participants, dates and flags."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from transforms.entities import extract_entities
from transforms.events import EventSpan, extract_events
from transforms.extract import sentence_indices
from transforms.quotes import extract_quotes
from transforms.timex import extract_timexes

PUBLISHED = date(2025, 3, 12)  # a Wednesday


SEED_PUBLISHED = date(2025, 1, 21)


def _events(parse, text: str, published: date = PUBLISHED) -> list[EventSpan]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    sentences = sentence_indices(doc)
    mentions, _ = extract_entities(doc, sentences)
    timexes = extract_timexes(doc, published, sentences)
    quotes = extract_quotes(doc, sentences, mentions)
    return extract_events(doc, sentences, mentions, timexes, published, quotes)


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
    parse, text: str, trigger: str, future: bool, hypothetical: bool
) -> None:
    event = next(e for e in _events(parse, text) if e.trigger == trigger)
    assert (event.future, event.hypothetical) == (future, hypothetical)


def test_a_visited_place_is_also_the_location(parse) -> None:  # type: ignore[no-untyped-def]
    [visit] = [
        e for e in _events(parse, "Donald Tusk visited Kyiv on Monday.") if e.trigger == "visited"
    ]
    assert _roles(visit) == {"actor": "Donald Tusk", "target": "Kyiv", "location": "Kyiv"}
    [met] = [
        e for e in _events(parse, "Donald Tusk met Olaf Scholz in Kyiv.") if e.trigger == "met"
    ]
    assert _roles(met) == {"actor": "Donald Tusk", "target": "Olaf Scholz", "location": "Kyiv"}


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
    parse, text: str, trigger: str, event_type: str | None
) -> None:
    found = {e.trigger: e.event_type for e in _events(parse, text)}
    assert found.get(trigger) == event_type


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials in Seoul denied that any meeting with Pyongyang had been planned.", "meeting"),
        ("Germany denied sending weapons to Ukraine.", "sending"),
    ],
)
def test_denied_events_are_negated(parse, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(parse, text) if e.trigger == trigger)
    assert event.negated


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
    parse, text: str, trigger: str, timex_value: str, future: bool
) -> None:
    event = next(e for e in _events(parse, text) if e.trigger == trigger)
    assert event.timex is not None and event.timex.resolution.value == timex_value
    assert (event.event_date, event.date_source, event.future) == (None, "timex", future)


def test_events_in_a_speakers_own_words_are_marked_and_not_dated_by_publication(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“We congratulate Donald Trump on his victory,” Putin said. Japan sends aid to Haiti."
    by_trigger = {e.trigger: e for e in _events(parse, text)}
    quoted, stated = by_trigger["congratulate"], by_trigger["sends"]
    assert quoted.quote is not None and quoted.quote.kind == "direct"
    assert (quoted.event_date, quoted.date_source) == (None, None)
    assert stated.quote is None
    assert (stated.event_date, stated.date_source) == (PUBLISHED, "publication")
    # "We" in Putin's words is Putin.
    [actor] = [p for p in quoted.participants if p.role == "actor"]
    assert (actor.mention.text, actor.method) == ("Putin", "quote_speaker")
    assert text[actor.start_char : actor.end_char] == "We"


def test_counterfactual_is_not_an_event_and_negation_is_flagged(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Russia would have never invaded Ukraine. Hungary never vetoed the sanctions."
    by_trigger = {e.trigger: e for e in _events(parse, text)}
    assert "invaded" not in by_trigger
    assert by_trigger["vetoed"].negated


def test_one_event_per_trigger_and_light_verb_object(parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(parse, "Germany imposed sanctions on Iran on Monday.")
    assert [e.trigger for e in events] == ["imposed"]


def test_release_needs_a_person_object(parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(parse, "Iran released Jonas Weber. Apple released a new phone.")
    assert [(e.trigger, e.event_type) for e in events] == [("released", "CONCEDE")]
    assert _roles(events[0]) == {"actor": "Iran", "target": "Jonas Weber"}


def test_nominalisations(parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        parse, "Officials confirmed the appointment of Daniel Kim. Poland's demands angered Berlin."
    )
    appointment = next(e for e in events if e.trigger == "appointment")
    assert (appointment.event_type, _roles(appointment)) == ("APPOINT", {"target": "Daniel Kim"})
    demands = next(e for e in events if e.trigger == "demands")
    assert (demands.event_type, _roles(demands)) == ("REQUEST", {"actor": "Poland"})


def test_description_and_pronoun_actors_resolve_to_earlier_people(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chilean President Maria Lopez spoke with Daniel Kim. The Chilean leader later "
        "appointed Sarah Johnson as her envoy. She praised Peru and welcomed Bolivia."
    )
    events = {e.trigger: e for e in _events(parse, text)}
    appointed = events["appointed"]
    [actor] = [p for p in appointed.participants if p.role == "actor"]
    assert (actor.mention.text, actor.method) == ("Maria Lopez", "description")
    assert text[actor.start_char : actor.end_char] == "The Chilean leader"
    praised = events["praised"]
    assert _roles(praised) == {"actor": "Sarah Johnson", "target": "Peru"}
    assert _roles(events["welcomed"])["actor"] == "Sarah Johnson"


def test_publication_day_only_for_present_tense(parse) -> None:  # type: ignore[no-untyped-def]
    events = {
        e.trigger: e for e in _events(parse, "Acme Corp sues Globex Inc. Initech sued Hooli Ltd.")
    }
    assert (events["sues"].event_date, events["sues"].date_source) == (PUBLISHED, "publication")
    assert (events["sued"].event_date, events["sued"].date_source) == (None, None)


def _seed(parse, seed_text: str) -> dict[str, EventSpan]:  # type: ignore[no-untyped-def]
    events = _events(parse, seed_text, SEED_PUBLISHED)
    by_trigger: dict[str, EventSpan] = {}
    for event in events:
        by_trigger.setdefault(event.trigger, event)
    return by_trigger


def test_seed_putin_congratulated_trump_on_jan_20(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    congratulated = _seed(parse, seed_text)["congratulated"]
    assert congratulated.event_type == "SUPPORT"
    assert _roles(congratulated) == {"actor": "Vladimir Putin", "target": "Donald Trump"}
    assert (congratulated.event_date, congratulated.date_source) == (date(2025, 1, 20), "timex")


def test_seed_dinner_on_jan_9_in_palm_beach(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    dinner = _seed(parse, seed_text)["dinner"]
    assert dinner.event_type == "CONSULT"
    assert (dinner.event_date, dinner.date_source) == (date(2025, 1, 9), "timex")
    places = [p.mention.text for p in dinner.participants if p.role == "location"]
    assert "Palm Beach" in places
    # "Trump said during a Jan. 9 dinner": he was at it.
    assert _roles(dinner)["actor"] == "Trump"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Olaf Scholz spoke at the summit in Brussels on Monday.", "summit", "Olaf Scholz"),
        (
            "Ana Silva said during Monday's meeting that the port would open.",
            "meeting",
            "Ana Silva",
        ),
        # Being somewhere after an attack does not make anyone the attacker.
        ("Ana Silva spoke after the attack in Porto on Monday.", "attack", None),
    ],
)
def test_who_was_at_a_gathering(parse, text: str, trigger: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(parse, text) if e.trigger == trigger)
    assert _roles(event).get("actor") == actor


def test_seed_the_president_appointed_kellogg(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    appointed = _seed(parse, seed_text)["appointed"]
    assert appointed.event_type == "APPOINT"
    assert _roles(appointed) == {"actor": "Trump", "target": "Keith Kellogg"}
    [actor] = [p for p in appointed.participants if p.role == "actor"]
    assert actor.method == "description"
    assert actor.mention.entity_id == next(
        p.mention.entity_id
        for p in _seed(parse, seed_text)["congratulated"].participants
        if p.role == "target"
    )


def test_seed_biden_surged_aid_to_ukraine(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    surged = _seed(parse, seed_text)["surged"]
    assert surged.event_type == "AID"
    assert _roles(surged) == {"actor": "Joe Biden", "target": "Ukraine"}


def test_seed_putin_welcomed_and_praised_trump_on_monday(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    events = _seed(parse, seed_text)
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


def test_seed_counterfactual_and_promise(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(parse, seed_text, SEED_PUBLISHED)
    assert not any(e.trigger_lemma == "happen" for e in events)
    promised = next(e for e in events if e.trigger == "promised")
    assert (promised.event_type, promised.hypothetical) == ("AGREE", False)
    assert _roles(promised)["actor"] == "Trump"
    # "to end the war" is what was promised: never a factual event of its own, and still to come.
    assert all(e.hypothetical and e.future for e in events if e.trigger_lemma == "end")
    assert not promised.future


def test_seed_one_event_per_trigger_and_putins_demands(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    events = _events(parse, seed_text, SEED_PUBLISHED)
    offsets = [(e.start_char, e.end_char) for e in events]
    assert len(offsets) == len(set(offsets))
    demands = next(e for e in events if e.trigger == "demands")
    assert (demands.event_type, _roles(demands)) == ("REQUEST", {"actor": "Putin"})


def _participants_by_role(event: EventSpan) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for participant in event.participants:
        found.setdefault(participant.role, []).append(participant.mention.text)
    return found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # Coordinated subjects are each an actor, coordinated objects each a target.
        (
            "Russia and China vetoed the resolution.",
            "vetoed",
            {"actor": ["Russia", "China"]},
        ),
        (
            "Police arrested Jonas Weber and Karl Brandt in Vienna.",
            "arrested",
            {"target": ["Jonas Weber", "Karl Brandt"], "location": ["Vienna"]},
        ),
        (
            "Mayor Lucia Ferreira met with Jonas Weber and Karl Brandt.",
            "met",
            {"actor": ["Lucia Ferreira"], "target": ["Jonas Weber", "Karl Brandt"]},
        ),
        # An apposition names a subject that is a common noun.
        ("Its closest ally, France, condemned the decision.", "condemned", {"actor": ["France"]}),
        # Noun triggers: "by" gives the actor; "to", "against" and (for attacks, sanctions,
        # arrests and threats) "on" give the target.
        (
            "The Taliban's attack on Kandahar killed nine people.",
            "attack",
            {"actor": ["Taliban"], "target": ["Kandahar"]},
        ),
        (
            "A visit by Emmanuel Macron to China was planned on Monday.",
            "visit",
            {"actor": ["Emmanuel Macron"], "target": ["China"], "location": ["China"]},
        ),
        (
            "The attack against Norvik Airlines was condemned.",
            "attack",
            {"target": ["Norvik Airlines"]},
        ),
        # A passive subject is the target, a pronoun one resolved like an actor pronoun; the
        # passive clause does not borrow the subject of the clause it hangs on as its actor.
        (
            "Jonas Weber remained in prison as he was charged with fraud.",
            "charged",
            {"target": ["Jonas Weber"]},
        ),
        (
            "Karl Brandt resigned after he was accused of fraud by Mayor Lucia Ferreira.",
            "accused",
            {"target": ["Karl Brandt"], "actor": ["Lucia Ferreira"]},
        ),
        # A relative pronoun subject stands for the noun its clause modifies.
        (
            "Emmanuel Macron, who visited Kyiv on Monday, praised Ukraine.",
            "visited",
            {"actor": ["Emmanuel Macron"], "target": ["Kyiv"], "location": ["Kyiv"]},
        ),
        (
            "Hamas, which attacked Sderot, was sanctioned.",
            "attacked",
            {"actor": ["Hamas"], "target": ["Sderot"]},
        ),
        # Places nested in a time phrase or in a venue tagged as an organisation still say
        # where the event happened.
        (
            "The bombing was an attack on 13 September 1974 at the Hotel Astoria in Madrid.",
            "attack",
            {"location": ["Madrid"]},
        ),
        # A participle modifying a noun is passive: the noun is the target. So is the noun a
        # passive relative clause modifies; a close apposition names a common noun.
        (
            "Jonas Weber, arrested in Vienna on Monday, denied the charges.",
            "arrested",
            {"target": ["Jonas Weber"], "location": ["Vienna"]},
        ),
        (
            "The journalist Karl Brandt, detained by Iran since May, was freed.",
            "detained",
            {"target": ["Karl Brandt"], "actor": ["Iran"]},
        ),
        (
            "The journalist Karl Brandt, detained by Iran since May, was freed.",
            "freed",
            {"target": ["Karl Brandt"]},
        ),
        (
            "Jonas Weber, who was arrested in Vienna, denied the charges.",
            "arrested",
            {"target": ["Jonas Weber"], "location": ["Vienna"]},
        ),
        # "on" after a meeting is its topic, not its participant.
        (
            "Angela Novak's meeting on Ukraine lasted an hour.",
            "meeting",
            {"actor": ["Angela Novak"]},
        ),
    ],
)
def test_coordinated_appositive_and_noun_participants(  # type: ignore[no-untyped-def]
    parse, text: str, trigger: str, expected: dict[str, list[str]]
) -> None:
    event = next(e for e in _events(parse, text) if e.trigger == trigger)
    assert _participants_by_role(event) == expected


def test_a_conjunct_after_a_bare_line_break_is_not_coordinated(nlp: Language) -> None:
    """Run-on text (captions, headlines) gets parsed as coordination across a line break."""
    from spacy.tokens import Doc

    from transforms.events.participants import coordinated

    words = ["Rebels", "attacked", "Kharkiv", "and", "Lviv", "\n", "Odessa"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, False, False, False],
        heads=[1, 1, 1, 2, 2, 4, 2],
        deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dep", "conj"],
        pos=["NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "SPACE", "PROPN"],
    )
    assert [t.text for t in coordinated(doc[2])] == ["Kharkiv", "Lviv"]


def test_a_conjunct_with_a_line_break_inside_is_not_coordinated(nlp: Language) -> None:
    """A dateline run on into the next paragraph: "resigns / May 2, 2024 / Karl Brandt, ..."."""
    from spacy.tokens import Doc

    from transforms.events.participants import coordinated

    words = ["Brandt", "resigns", "May", "2", ",", "2024", "\n\n", "Karl", "Brandt"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, False, True, False, False, True, False],
        heads=[1, 1, 1, 2, 2, 8, 5, 8, 2],
        deps=["nsubj", "ROOT", "dobj", "nummod", "punct", "nummod", "dep", "compound", "conj"],
        pos=["PROPN", "VERB", "PROPN", "NUM", "PUNCT", "NUM", "SPACE", "PROPN", "PROPN"],
    )
    assert [t.text for t in coordinated(doc[2])] == ["May"]


def test_he_in_a_speakers_own_words_is_not_the_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Olaf Brandt presented the budget. Ana Silva said: “He will meet Donald Trump in "
        "Berlin, but I doubt it will help.”"
    )
    [meeting] = [e for e in _events(parse, text) if e.trigger == "meet"]
    assert meeting.quote is not None
    assert _roles(meeting).get("actor") != "Ana Silva"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tom Reed spoke first. Ana Silva praised his focus on the port.", "Tom Reed"),
        ("Ana Silva spoke first. Tom Reed criticised her handling of the port.", "Ana Silva"),
        # one's own army is no target
        ("Tom Reed met the generals. Ana Silva praised her own army.", None),
    ],
)
def test_a_possessive_pronoun_on_the_object_names_the_target(  # type: ignore[no-untyped-def]
    parse, text: str, target: str | None
) -> None:
    [event] = [e for e in _events(parse, text) if e.trigger in ("praised", "criticised")]
    assert _roles(event).get("target") == target


def test_a_gendered_pronoun_skips_a_person_whose_title_gives_another_gender(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Mrs. Ana Silva met Mr. Tom Reed on Monday. She praised his focus on the port."
    [event] = [e for e in _events(parse, text) if e.trigger == "praised"]
    assert _roles(event) == {"actor": "Ana Silva", "target": "Tom Reed"}


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical", "future"),
    [
        # a purpose infinitive shares the mood and time of the verb it hangs on
        ("Felix Hartmann will visit Paris on Friday to meet Claire Dubois.", "meet", True, True),
        ("Felix Hartmann visited Paris on Friday to meet Claire Dubois.", "meet", False, False),
    ],
)
def test_a_purpose_infinitive_is_as_real_as_its_verb(  # type: ignore[no-untyped-def]
    parse, text: str, trigger: str, hypothetical: bool, future: bool
) -> None:
    [event] = [e for e in _events(parse, text) if e.trigger == trigger]
    assert (event.hypothetical, event.future) == (hypothetical, future)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Felix Hartmann met union leader Tomas Berg in Lisbon on Monday.", "met", "Lisbon"),
        ("Police in Nairobi arrested Jonas Weber on Monday.", "arrested", "Nairobi"),
        ("Lena Vogt met her Veridian counterpart Tomas Brekke in Geneva.", "met", "Geneva"),
    ],
)
def test_a_place_hung_on_an_argument_is_where_the_event_happened(  # type: ignore[no-untyped-def]
    parse, text: str, trigger: str, place: str
) -> None:
    [event] = [e for e in _events(parse, text) if e.trigger == trigger]
    assert _roles(event).get("location") == place


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
    parse, text: str, expected: list[tuple[str, dict[str, list[str]]]]
) -> None:
    events = _events(parse, text)
    assert [(e.event_type, _participants_by_role(e)) for e in events] == expected


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
    parse,
    text: str,
    trigger: str,
    expected: dict[str, list[str]],
    when: tuple[str | None, date | None],
) -> None:
    [event] = [e for e in _events(parse, text) if e.trigger == trigger]
    assert _participants_by_role(event) == expected
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
    parse, text: str, expected: list[tuple[str, dict[str, list[str]]]]
) -> None:
    events = [e for e in _events(parse, text) if e.event_type == "CONSULT"]
    assert [(e.trigger, _participants_by_role(e)) for e in events] == expected


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
    parse, text: str, expected: dict[str, list[str]] | None
) -> None:
    warnings = [e for e in _events(parse, text) if e.trigger == "warned"]
    assert [_participants_by_role(e) for e in warnings] == ([expected] if expected else [])
    assert all(e.event_type == "THREATEN" for e in warnings)


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
    parse, text: str, trigger: str, expected: dict[str, list[str]], hypothetical: bool
) -> None:
    [event] = [e for e in _events(parse, text) if e.trigger == trigger]
    assert _participants_by_role(event) == expected
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
    parse, text: str, expected: dict[str, list[str]], hypothetical: bool
) -> None:
    [event] = [e for e in _events(parse, text) if e.trigger == "impose"]
    assert _participants_by_role(event) == expected
    assert event.hypothetical == hypothetical


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
    parse, text: str, trigger: str, expected: tuple[date | None, str | None, bool]
) -> None:
    event = next(e for e in _events(parse, text) if e.trigger == trigger)
    assert (event.event_date, event.date_source, event.future) == expected


def test_a_datelines_place_and_date_are_no_participant_or_date_of_the_story(parse) -> None:  # type: ignore[no-untyped-def]
    text = "KORVALA, March 11 (Wire) - Veridian troops seized a customs post near Skellin."
    [seized] = [e for e in _events(parse, text) if e.trigger == "seized"]
    assert "KORVALA" not in {p.mention.text for p in seized.participants}
    assert seized.timex is None or seized.timex.text != "March 11"


def test_a_name_in_apposition_beats_a_nationality_modifying_the_object(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Vogt met her Veridian counterpart Tomas Brekke in Geneva."
    [met] = [e for e in _events(parse, text) if e.trigger == "met"]
    assert _roles(met).get("target") == "Tomas Brekke"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Members of Hamas attacked the convoy.", "attacked", "Hamas"),
        (
            "Thousands of supporters of the Green Alliance protested in Lisbon.",
            "protested",
            "Green Alliance",
        ),
        ("Troops from Veridia seized the border post.", "seized", "Veridia"),
    ],
)
def test_members_of_a_group_act_for_it(parse, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    [event] = [e for e in _events(parse, text) if e.trigger == trigger]
    assert _roles(event).get("actor") == actor
