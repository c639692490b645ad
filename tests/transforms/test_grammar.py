"""Grammar tests shared by quotes and events, on real parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Token

from transforms.grammar import (
    active_subject,
    first_pobj,
    has_passive_auxiliary,
    has_to_marker,
    is_passive_clause,
    is_to_infinitive,
    passive_agent,
    relative_antecedent,
    subjects_of,
)

Parse = Callable[[str], Doc]


def _word(doc: Doc, text: str) -> Token:
    return next(token for token in doc if token.text == text)


def test_a_passive_has_its_auxiliary_and_its_by_agent(parse: Parse) -> None:
    doc = parse("The bill was passed by the Senate on Monday.")
    passed = _word(doc, "passed")
    assert has_passive_auxiliary(passed) and is_passive_clause(passed)
    agent = passive_agent(passed)
    assert agent is not None and agent.text == "Senate"
    assert [s.text for s in subjects_of(passed)] == ["bill"]
    assert active_subject(passed) is None


def test_an_active_clause_is_not_passive(parse: Parse) -> None:
    doc = parse("The Senate passed the bill on Monday.")
    passed = _word(doc, "passed")
    assert not has_passive_auxiliary(passed) and not is_passive_clause(passed)
    assert passive_agent(passed) is None
    subject = active_subject(passed)
    assert subject is not None and subject.text == "Senate"


@pytest.mark.parametrize(
    ("text", "verb", "marked", "infinitive"),
    [
        ("Putin plans to visit Paris.", "visit", True, True),
        ("Putin plans to visit Paris.", "plans", False, False),
        ("Putin visited Paris.", "visited", False, False),
    ],
)
def test_to_infinitives(parse: Parse, text: str, verb: str, marked: bool, infinitive: bool) -> None:
    token = _word(parse(text), verb)
    assert (has_to_marker(token), is_to_infinitive(token)) == (marked, infinitive)


def test_first_pobj(parse: Parse) -> None:
    doc = parse("Sanctions on Iran were lifted.")
    pobj = first_pobj(_word(doc, "on"))
    assert pobj is not None and pobj.text == "Iran"


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"),
    [
        ("Officials who spoke to reporters said the port was closed.", "who", "Officials"),
        ("Ana Silva, who met Lars Berg, said nothing.", "who", "Silva"),
        ("He said nothing.", "He", None),
    ],
)
def test_relative_antecedent(parse: Parse, text: str, pronoun: str, antecedent: str | None) -> None:
    found = relative_antecedent(_word(parse(text), pronoun))
    assert (found.text if found is not None else None) == antecedent
