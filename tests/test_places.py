"""Offline place resolution: gazetteer lookups and demonyms."""

from __future__ import annotations

import pytest

from transforms.places import country_for_demonym, is_region, resolve_place


def test_kyiv_resolves_to_ukraine_with_coordinates() -> None:
    place = resolve_place("Kyiv")
    assert place is not None
    assert place.country_code == "UA"
    assert place.latitude == pytest.approx(50.45, abs=0.1)
    assert place.longitude == pytest.approx(30.52, abs=0.1)
    assert resolve_place("Kiev") == place


def test_ambiguous_name_resolves_to_the_most_populous_place() -> None:
    london = resolve_place("London")
    assert london is not None and london.country_code == "GB"
    washington = resolve_place("Washington")
    assert washington is not None and washington.kind == "city"
    assert washington.country_code == "US"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RU"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("Britain", "GB"),
        ("UKRAINE", "UA"),
        ("Florida", "US"),
    ],
)
def test_countries_states_and_aliases(name: str, code: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country_code == code


def test_unknown_names_and_regions() -> None:
    assert resolve_place("Vladimir Putin") is None
    assert resolve_place("") is None
    assert is_region("the Middle East")
    assert not is_region("Kyiv")


@pytest.mark.parametrize(
    ("word", "code"),
    [("Russian", "RU"), ("Ukrainian", "UA"), ("Ukrainians", "UA"), ("Dutch", "NL")],
)
def test_demonyms_map_to_countries(word: str, code: str) -> None:
    assert country_for_demonym(word) == code


def test_unknown_demonym() -> None:
    assert country_for_demonym("Martian") is None
