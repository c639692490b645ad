"""Deterministic keys: the same parts always give the same id."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from transforms.ids import content_hash, stable_id


def test_an_id_is_its_prefix_and_a_short_digest() -> None:
    assert re.fullmatch(r"ent_[0-9a-f]{20}", stable_id("ent", "PERSON", "Angela Merkel"))


def test_the_same_parts_give_the_same_id_and_others_another() -> None:
    assert stable_id("ent", "ORG", "UN") == stable_id("ent", "ORG", "UN")
    assert stable_id("ent", "ORG", "UN") != stable_id("ent", "GPE", "UN")
    assert stable_id("ent", "ORG", "UN") != stable_id("men", "ORG", "UN")


def test_none_and_an_empty_string_are_distinct_parts() -> None:
    assert stable_id("x", None) != stable_id("x", "")


@given(st.lists(st.text(), min_size=1, max_size=3), st.lists(st.text(), min_size=1, max_size=3))
def test_parts_are_not_run_together(first: list[str], second: list[str]) -> None:
    if first != second and "\x1f" not in "".join(first + second):
        assert stable_id("x", *first) != stable_id("x", *second)


def test_content_hash_is_the_sha256_of_the_text() -> None:
    assert content_hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert content_hash("a") != content_hash("b")
