"""Clustering an article's mentions: surnames join full names, canonical names, places where
places stand."""

from __future__ import annotations

import pytest

from transforms.entities import extract_entities
from transforms.extract import sentence_indices


def _entities(parse, text: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    return extract_entities(doc, sentence_indices(doc))


def test_surname_joins_the_full_name_and_titles_are_dropped(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Elena Marchetti arrived in Rome on Monday. "
        "Marchetti said the talks went well. Later, President Marchetti left for Paris."
    )
    mentions, entities = _entities(parse, text)
    people = [e for e in entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Elena Marchetti"]
    marchetti = people[0].entity_id
    assert sum(1 for m in mentions if m.entity_id == marchetti) >= 2
    for m in mentions:
        assert text[m.start_char : m.end_char] == m.text


def test_mislabelled_surname_is_repaired_to_the_person(seed_text, seed_people, parse) -> None:  # type: ignore[no-untyped-def]
    mentions, entities = _entities(parse, seed_text)
    by_name = {e.name: e for e in entities}
    for name in seed_people:
        assert by_name[name].type == "PERSON"
    trump = by_name["Donald Trump"].entity_id
    trump_mentions = [m for m in mentions if m.entity_id == trump]
    # spaCy tags some bare "Trump" as ORG; every one of them belongs to the person.
    assert {m.ner_label for m in trump_mentions} >= {"PERSON", "ORG"}
    assert all(m.type == "PERSON" for m in trump_mentions)
    assert not any(e.name == "Trump" for e in entities)


def test_seed_people_are_one_person_each_and_kyiv_is_a_place(seed_text, seed_people, parse) -> None:  # type: ignore[no-untyped-def]
    mentions, entities = _entities(parse, seed_text)
    for name in seed_people:
        matching = [e for e in entities if e.name == name]
        assert len(matching) == 1, name
        assert matching[0].type == "PERSON"
    # spaCy tags "Kyiv" as PERSON here; the place gazetteer repairs it.
    kyiv = [m for m in mentions if m.text == "Kyiv"]
    assert kyiv and all(m.type == "GPE" for m in kyiv)
    assert not any(e.name == "Kyiv" and e.type == "PERSON" for e in entities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ANKARA — Turkey's parliament met on Tuesday. In Ankara the vote was close.",
            {"Ankara"},
        ),
        (
            "ANKARA, March 3 (Testwire) - Officials said on Monday that Ankara would host talks.",
            {"Ankara"},
        ),
        ("ROME — Officials said on Monday that talks would resume.", {"Rome"}),
        (
            "LONDON (Reuters) - NATO, the BBC, UNESCO and the UN met in London.",
            {"London", "BBC", "UNESCO", "UN"},
        ),
        (
            "SOCCER - TITLE FOR OKAFOR\nLAGOS 2024-03-02\nMohamed OKAFOR won the title.",
            {"Lagos", "Mohamed Okafor"},
        ),
    ],
)
def test_canonical_names_are_not_shouted(parse, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    _, entities = _entities(parse, text)
    names = {e.name for e in entities}
    assert expected <= names
    assert not any(n.isupper() and len(n) > 4 and n != "UNESCO" for n in names)


def _entity_of_last(parse, text: str, word: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(name, type) of the entity that the last mention written `word` resolves to."""
    mentions, entities = _entities(parse, text)
    by_id = {e.entity_id: e for e in entities}
    last = [m for m in mentions if m.text == word][-1]
    return by_id[last.entity_id].name, by_id[last.entity_id].type


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the model's label on a lone surname is no evidence against the person named before
        (
            "Maria Delgado arrived in Lima on Monday. Delgado threatened Berg.",
            "Delgado",
            ("Maria Delgado", "PERSON"),
        ),  # ORG
        (
            "Maria Delgado met Lars Berg. After the meeting Delgado and Berg signed the deal.",
            "Delgado",
            ("Maria Delgado", "PERSON"),
        ),  # FAC
        (
            "Michael Jordan scored 30. Jordan said he was tired.",
            "Jordan",
            ("Michael Jordan", "PERSON"),
        ),  # GPE: a country's name, but not where a place stands
        (
            "George Washington led the army. Washington crossed the river.",
            "Washington",
            ("George Washington", "PERSON"),
        ),
        (
            "In Washington's view, John Washington said, the plan failed.",
            "Washington",
            ("John Washington", "PERSON"),
        ),
        # a place written where a place stands stays the place
        (
            "John Washington, a lawyer, said the ruling was wrong. He flew to Washington on "
            "Monday.",
            "Washington",
            ("Washington", "GPE"),
        ),
        (
            "Kevin Houston, the coach, was fired. The team returns to Houston next week.",
            "Houston",
            ("Houston", "GPE"),
        ),
        ("Ana Lima arrived. Delegates met in Lima on Monday.", "Lima", ("Lima", "GPE")),
        # an untagged surname after a person's title is a repeat of the person's name
        (
            "Mike Trainor spoke in Paris. “It is what the industry has to deliver,” Mr Trainor "
            "said.",
            "Trainor",
            ("Mike Trainor", "PERSON"),
        ),
        (
            "Ed Balls said Gordon Brown would not raise taxes. Mr Balls said he was sure Mr "
            "Brown's Budget would not put the economy at risk.",
            "Brown",
            ("Gordon Brown", "PERSON"),
        ),
    ],
)
def test_a_surname_is_the_person_named_in_the_article_unless_it_stands_as_a_place(  # type: ignore[no-untyped-def]
    parse, text: str, word: str, expected: tuple[str, str]
) -> None:
    assert _entity_of_last(parse, text, word) == expected


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("Russian oil giant Yukos said it would appeal. Yukos has lost its unit.", "Yukos", "ORG"),
        ("Yukos shareholders met on Monday. Yukos said the vote was fair.", "Yukos", "ORG"),
        ("Japan shares rose on Monday, and Japan said growth was strong.", "Japan", "GPE"),
    ],
)
def test_what_the_text_calls_a_name_decides_its_type(  # type: ignore[no-untyped-def]
    parse, text: str, name: str, entity_type: str
) -> None:
    doc = parse(text)
    _, entities = extract_entities(doc, sentence_indices(doc))
    assert {e.name: e.type for e in entities}[name] == entity_type
