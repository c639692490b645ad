"""The surname rule on its own: which one-word person links to which full name."""

from __future__ import annotations

import pytest

from transforms.linking import SURNAME_LINKING, Person, surname_links


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Vladimir Putin", "putin"),
        ("Putin", "putin"),
        ("Martin Luther King Jr.", "king"),
        ("Ken", "ken"),
    ],
)
def test_a_persons_key_is_the_lowercased_surname(name: str, key: str) -> None:
    assert SURNAME_LINKING.last_name_key(name) == key


def _links(people: list[Person]) -> list[tuple[str, str | None, str, int]]:
    return [
        (row["entity_id"], row["linked_entity_id"], row["reason"], row["candidates"])
        for row in surname_links(people)
    ]


def test_a_surname_links_to_the_only_full_name_with_its_key() -> None:
    people = [("p2", "Putin", "putin"), ("p1", "Vladimir Putin", "putin")]
    assert _links(people) == [("p2", "p1", "surname", 1)]


def test_two_full_names_make_the_surname_ambiguous() -> None:
    people = [
        ("a", "Putin", "putin"),
        ("c", "Igor Putin", "putin"),
        ("b", "Vladimir Putin", "putin"),
    ]
    assert _links(people) == [("a", None, "ambiguous", 2)]


@pytest.mark.parametrize(
    "people",
    [
        [("a", "Putin", "putin")],  # nobody to link to
        [("a", "Vladimir Putin", "putin"), ("b", "Igor Putin", "putin")],  # full names stay
        [("a", "Putin", "putin"), ("b", "Maria Delgado", "delgado")],  # another key
    ],
)
def test_nothing_links_without_a_full_name_of_the_same_key(people: list[Person]) -> None:
    assert _links(people) == []


def test_links_do_not_depend_on_the_order_of_people() -> None:
    people = [
        ("s", "Berg", "berg"),
        ("f", "Lars Berg", "berg"),
        ("t", "Delgado", "delgado"),
        ("g", "Maria Delgado", "delgado"),
    ]
    assert surname_links(people) == surname_links(list(reversed(people)))
