"""Entity ids: one id per (type, name) and, for places, per place, across articles."""

from __future__ import annotations

import pytest

from transforms.entities import extract_entities, last_name_key
from transforms.extract import sentence_indices


def _entities(parse, text: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    return extract_entities(doc, sentence_indices(doc))


def test_same_name_and_type_in_two_articles_is_one_entity(parse) -> None:  # type: ignore[no-untyped-def]
    _, first = _entities(parse, "Angela Ruiz spoke in Madrid on Tuesday.")
    _, second = _entities(parse, "Yesterday Angela Ruiz visited Seville with her team.")
    ids_first = {e.name: e.entity_id for e in first}
    ids_second = {e.name: e.entity_id for e in second}
    assert ids_first["Angela Ruiz"] == ids_second["Angela Ruiz"]


def test_a_place_other_than_the_most_populous_of_its_name_is_another_entity(parse) -> None:  # type: ignore[no-untyped-def]
    _, florida = _entities(parse, "Trump flew to Palm Beach, Florida, on Friday.")
    _, australia = _entities(parse, "Palm Beach police said the beach would reopen on Monday.")
    ids = {e.entity_id for e in florida if e.name == "Palm Beach"}
    ids |= {e.entity_id for e in australia if e.name == "Palm Beach"}
    assert len(ids) == 2


def test_a_dateline_and_a_plain_mention_are_one_entity_across_articles(parse) -> None:  # type: ignore[no-untyped-def]
    _, dateline = _entities(parse, "ANKARA — Turkey's parliament met on Tuesday.")
    _, plain = _entities(parse, "Officials in Ankara said the vote was close.")
    assert {(e.entity_id, e.name) for e in dateline if e.type == "GPE" and e.name != "Turkey"} == {
        (e.entity_id, e.name) for e in plain if e.type == "GPE"
    }


@pytest.mark.parametrize(
    ("name", "entity_type", "key"),
    [
        ("Vladimir Putin", "PERSON", "putin"),
        ("Putin", "PERSON", "putin"),
        ("Martin Luther King Jr.", "PERSON", "king"),
        ("Moscow", "GPE", None),
        ("Yukos", "ORG", None),
    ],
)
def test_only_people_have_a_surname_key(name: str, entity_type: str, key: str | None) -> None:
    assert last_name_key(name, entity_type) == key


@pytest.mark.parametrize(
    ("text", "form", "country"),
    [
        ("Officials in the U.S. said the talks would resume.", "U.S.", "United States"),
        ("The US and Japan signed the accord on Monday.", "US", "United States"),
        ("Exports to America rose by a fifth last year.", "America", "United States"),
        ("The UK said it would not sign the accord.", "UK", "United Kingdom"),
        ("Britain said it would not sign the accord.", "Britain", "United Kingdom"),
        ("Talks between Russia and Ukraine resumed.", "Russia", "Russia"),
    ],
)
def test_every_form_of_a_country_is_the_country(  # type: ignore[no-untyped-def]
    parse, text: str, form: str, country: str
) -> None:
    mentions, entities = _entities(parse, text)
    names = {e.entity_id: (e.name, e.type) for e in entities}
    [mention] = [m for m in mentions if m.text == form]
    assert names[mention.entity_id] == (country, "GPE")
    _, reference = _entities(parse, f"Officials of {country} met in Geneva.")
    assert mention.entity_id in {e.entity_id for e in reference}


def test_a_nation_within_a_country_stays_its_own_entity(parse) -> None:  # type: ignore[no-untyped-def]
    _, entities = _entities(parse, "Ministers from Scotland and the UK met in Edinburgh.")
    assert {"Scotland", "United Kingdom"} <= {e.name for e in entities}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The Securities and Exchange Commission fined the bank. The SEC said it was final.",
            "SEC",
            "Securities and Exchange Commission",
        ),
        ("GAF Corp said it would bid. GAF said the offer was final.", "GAF", "GAF Corp"),
        (
            "The European Union met in Brussels. The EU said the talks went well.",
            "EU",
            "European Union",
        ),
    ],
)
def test_a_short_form_in_the_article_is_the_full_names_entity(  # type: ignore[no-untyped-def]
    parse, text: str, short: str, full: str
) -> None:
    mentions, entities = _entities(parse, text)
    names = {e.entity_id: e.name for e in entities}
    assert {m.text: names[m.entity_id] for m in mentions}[short] == full


def test_an_acronym_two_names_could_stand_for_stays_itself(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The European Commission and the European Council met. The EC said it would decide."
    mentions, entities = _entities(parse, text)
    names = {e.entity_id: e.name for e in entities}
    assert {m.text: names[m.entity_id] for m in mentions}.get("EC", "EC") == "EC"
