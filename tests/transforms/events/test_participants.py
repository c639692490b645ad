"""Participants: actors and targets, pronouns, descriptions, coordinations, groups."""

from __future__ import annotations

import pytest
from spacy.language import Language


def test_description_and_pronoun_actors_resolve_to_earlier_people(roles_of, events_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chilean President Maria Lopez spoke with Daniel Kim. The Chilean leader later "
        "appointed Sarah Johnson as her envoy. She praised Peru and welcomed Bolivia."
    )
    events = {e.trigger: e for e in events_in(text)}
    appointed = events["appointed"]
    [actor] = [p for p in appointed.participants if p.role == "actor"]
    assert (actor.mention.text, actor.method) == ("Maria Lopez", "description")
    assert text[actor.start_char : actor.end_char] == "The Chilean leader"
    praised = events["praised"]
    assert roles_of(praised) == {"actor": "Sarah Johnson", "target": "Peru"}
    assert roles_of(events["welcomed"])["actor"] == "Sarah Johnson"


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
def test_who_was_at_a_gathering(
    roles_of, events_in, text: str, trigger: str, actor: str | None
) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events_in(text) if e.trigger == trigger)
    assert roles_of(event).get("actor") == actor


def test_seed_the_president_appointed_kellogg(roles_of, seed_events) -> None:  # type: ignore[no-untyped-def]
    appointed = seed_events["appointed"]
    assert appointed.event_type == "APPOINT"
    assert roles_of(appointed) == {"actor": "Trump", "target": "Keith Kellogg"}
    [actor] = [p for p in appointed.participants if p.role == "actor"]
    assert actor.method == "description"
    assert actor.mention.entity_id == next(
        p.mention.entity_id for p in seed_events["congratulated"].participants if p.role == "target"
    )


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
    participants_by_role,
    events_in,
    text: str,
    trigger: str,
    expected: dict[str, list[str]],
) -> None:
    event = next(e for e in events_in(text) if e.trigger == trigger)
    assert participants_by_role(event) == expected


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


def test_he_in_a_speakers_own_words_is_not_the_speaker(roles_of, events_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Olaf Brandt presented the budget. Ana Silva said: “He will meet Donald Trump in "
        "Berlin, but I doubt it will help.”"
    )
    [meeting] = [e for e in events_in(text) if e.trigger == "meet"]
    assert meeting.quote is not None
    assert roles_of(meeting).get("actor") != "Ana Silva"


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
    roles_of,
    events_in,
    text: str,
    target: str | None,
) -> None:
    [event] = [e for e in events_in(text) if e.trigger in ("praised", "criticised")]
    assert roles_of(event).get("target") == target


def test_a_gendered_pronoun_skips_a_person_whose_title_gives_another_gender(
    roles_of, events_in
) -> None:  # type: ignore[no-untyped-def]
    text = "Mrs. Ana Silva met Mr. Tom Reed on Monday. She praised his focus on the port."
    [event] = [e for e in events_in(text) if e.trigger == "praised"]
    assert roles_of(event) == {"actor": "Ana Silva", "target": "Tom Reed"}


def test_a_name_in_apposition_beats_a_nationality_modifying_the_object(roles_of, events_in) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Vogt met her Veridian counterpart Tomas Brekke in Geneva."
    [met] = [e for e in events_in(text) if e.trigger == "met"]
    assert roles_of(met).get("target") == "Tomas Brekke"


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
def test_members_of_a_group_act_for_it(
    roles_of, events_in, text: str, trigger: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    [event] = [e for e in events_in(text) if e.trigger == trigger]
    assert roles_of(event).get("actor") == actor
