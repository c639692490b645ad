"""Offline place resolution: gazetteer lookups and demonyms."""

from __future__ import annotations

import pytest

from transforms.places import (
    country_for_demonym,
    is_region,
    keeps_leading_article,
    lookup_place,
    regions_named,
    resolve_place,
)


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


@pytest.mark.parametrize(
    ("name", "qualifier", "code", "latitude"),
    [
        ("Palm Beach", "Florida", "US", 26.7),  # a town of 9,000: from the smaller-cities table
        ("Palm Beach", "Fla.", "US", 26.7),
        ("Paris", "Texas", "US", 33.7),
        ("Atlanta", "Georgia", "US", 33.7),  # "Georgia" is a country and a state
        ("Florida", "Georgia", "US", 30.3),  # a list, not a qualifier: no Florida in Georgia
        ("Paris", "Narnia", "FR", 48.9),  # not a region
    ],
)
def test_a_qualifier_constrains_the_place(
    name: str, qualifier: str, code: str, latitude: float
) -> None:
    place = resolve_place(name, within=regions_named(qualifier))
    assert place is not None and place.country_code == code
    assert place.latitude == pytest.approx(latitude, abs=0.2)


def test_lists_of_countries_and_states_do_not_load_the_smaller_cities(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def unexpected(key: str) -> None:
        raise AssertionError(f"smaller cities looked up for {key!r}")

    monkeypatch.setattr("transforms.places.smaller_cities_named", unexpected)
    for name, qualifier, code in (("Russia", "Ukraine", "RU"), ("Florida", "Georgia", "US")):
        place = resolve_place(name, within=regions_named(qualifier))
        assert place is not None and place.country_code == code


def test_unqualified_names_are_the_most_populous_place() -> None:
    palm_beach = resolve_place("Palm Beach")
    assert palm_beach is not None and palm_beach.country_code == "AU"


def test_a_state_abbreviation_is_the_state() -> None:
    florida = resolve_place("Fla.")
    assert florida is not None and (florida.name, florida.kind) == ("Florida", "state")
    assert lookup_place("Fla.") is None  # entity repairs do not take "Miss." or "Ind." for places


@pytest.mark.parametrize(
    ("name", "countries", "code"),
    [
        ("Birmingham", {"US"}, "US"),  # 1.1 million in England, 200,000 in Alabama
        ("London", {"CA"}, "GB"),  # London, Ontario is 25 times smaller
        ("London", {"GB", "US"}, "GB"),
        ("Birmingham", set(), "GB"),
    ],
)
def test_the_articles_countries_prefer_a_city_of_similar_size(
    name: str, countries: set[str], code: str
) -> None:
    place = resolve_place(name, near_countries=countries)
    assert place is not None and place.country_code == code


@pytest.mark.parametrize(
    ("name", "code", "keeps_the"),
    [
        ("The Hague", "NL", True),
        ("the Hague", "NL", True),
        ("Hague", None, False),
        ("the Netherlands", "NL", False),
        ("the United States", "US", False),
    ],
)
def test_a_leading_the_is_kept_where_it_is_part_of_the_name(
    name: str, code: str | None, keeps_the: bool
) -> None:
    place = resolve_place(name)
    assert (place.country_code if place else None) == code
    assert keeps_leading_article(name) is keeps_the
