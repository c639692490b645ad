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
    people = [("p2", "Putin", "putin", 1), ("p1", "Vladimir Putin", "putin", 1)]
    assert _links(people) == [("p2", "p1", "surname", 1)]


def test_two_full_names_make_the_surname_ambiguous() -> None:
    people = [
        ("a", "Putin", "putin", 1),
        ("c", "Igor Putin", "putin", 1),
        ("b", "Vladimir Putin", "putin", 1),
    ]
    assert _links(people) == [("a", None, "ambiguous", 2)]


@pytest.mark.parametrize(
    "people",
    [
        [("a", "Putin", "putin", 1)],  # nobody to link to
        [("a", "Vladimir Putin", "putin", 1), ("b", "Igor Putin", "putin", 1)],  # full names stay
        [("a", "Putin", "putin", 1), ("b", "Maria Delgado", "delgado", 1)],  # another key
    ],
)
def test_nothing_links_without_a_full_name_of_the_same_key(people: list[Person]) -> None:
    assert _links(people) == []


def test_links_do_not_depend_on_the_order_of_people() -> None:
    people = [
        ("s", "Berg", "berg", 1),
        ("f", "Lars Berg", "berg", 1),
        ("t", "Delgado", "delgado", 1),
        ("g", "Maria Delgado", "delgado", 1),
    ]
    assert surname_links(people) == surname_links(list(reversed(people)))


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"b": 40, "c": 5}, ("b", "dominant")),  # 40 of 45: 0.89
        ({"b": 40, "c": 12}, (None, "ambiguous")),  # 40 of 52: 0.77
        ({"b": 4, "c": 0}, (None, "ambiguous")),  # too few mentions to dominate
        ({"b": 5, "c": 1}, ("b", "dominant")),  # 5 of 6 (0.83), five of its own
    ],
)
def test_a_full_name_that_dominates_its_surname_key_takes_the_link(
    counts: dict[str, int], expected: tuple[str | None, str]
) -> None:
    people: list[Person] = [
        ("a", "Reagan", "reagan", 30),
        ("b", "Ronald Reagan", "reagan", counts["b"]),
        ("c", "Nancy Reagan", "reagan", counts["c"]),
    ]
    [(_, target, reason, candidates)] = _links(people)
    assert ((target, reason), candidates) == (expected, 2)


def test_a_first_name_alone_is_not_taken_for_a_surname() -> None:
    people: list[Person] = [("a", "Ken", "ken", 9), ("b", "Jimmy Ken", "ken", 3)]
    assert _links(people) == []
