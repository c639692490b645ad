"""People's roles as written beside their names."""

from __future__ import annotations

from transforms.entities import extract_entities, extract_roles
from transforms.extract import sentence_indices


def _roles(parse, text: str) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Person name -> the roles written beside their mentions."""
    doc = parse(text)
    sentences = sentence_indices(doc)
    mentions, entities = extract_entities(doc, sentences)
    names = {e.entity_id: e.name for e in entities}
    found: dict[str, set[str]] = {}
    for role in extract_roles(doc, mentions, sentences):
        assert text[role.start_char : role.end_char] == role.text
        found.setdefault(names[role.mention.entity_id], set()).add(role.text)
    return found


def test_seed_people_keep_the_roles_written_beside_them(seed_text, parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, seed_text)
    assert "Russian President" in roles["Vladimir Putin"]
    assert "Ukrainian President" in roles["Volodymyr Zelenskyy"]
    assert {"retired Gen.", "special envoy"} <= roles["Keith Kellogg"]
    assert "President" in roles["Joe Biden"]


def test_appositions_are_roles_and_other_names_are_not(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Keith Kellogg, the special envoy, arrived on Monday. Anna Berg, a spokesperson for "
        "the ministry, declined to comment. Kremlin spokesman Dmitry Peskov met Ana Silva, "
        "and Finland's agriculture minister."
    )
    roles = _roles(parse, text)
    assert roles["Keith Kellogg"] == {"special envoy"}
    assert roles["Anna Berg"] == {"spokesperson"}
    assert roles["Dmitry Peskov"] == {"spokesman"}
    assert "Ana Silva" not in roles


def test_secretary_of_state_is_a_role(parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, "Secretary of State Marco Rubio arrived in Kyiv on Monday.")
    assert roles["Marco Rubio"] == {"Secretary of State"}
