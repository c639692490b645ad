"""Cross-article person links: which full name a one-word PERSON entity stands for.

A one-word PERSON entity ("Putin") links to the only multi-word PERSON entity whose surname key
is its own ("Vladimir Putin"); with several candidates the link is written as ambiguous, with
no target. The rule is a function of the people sharing a key, so the warehouse can apply it to
just the keys a load touched and get the links a full recompute would give.

`SURNAME_LINKING` is what the warehouse is handed (`warehouse.links.PersonLinking`); this module
does not read or write the warehouse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from transforms.entities import last_name_key

#: (entity_id, name, last_name_key) of a PERSON entity.
Person = tuple[str, str, str]


def surname_links(people: Sequence[Person]) -> list[dict[str, Any]]:
    """entity_links rows for these people, sorted by entity id: each one-word name against the
    multi-word names with its key (one: linked; several: ambiguous)."""
    full_names: dict[str, list[str]] = {}
    for entity_id, name, key in people:
        if _is_full_name(name):
            full_names.setdefault(key, []).append(entity_id)
    rows = []
    for entity_id, name, key in people:
        candidates = sorted(full_names.get(key, []))
        if _is_full_name(name) or not candidates:
            continue
        unique = len(candidates) == 1
        rows.append(
            {
                "entity_id": entity_id,
                "last_name_key": key,
                "linked_entity_id": candidates[0] if unique else None,
                "reason": "surname" if unique else "ambiguous",
                "candidates": len(candidates),
            }
        )
    return sorted(rows, key=lambda row: row["entity_id"])


def _is_full_name(name: str) -> bool:
    return " " in name.strip()


@dataclass(frozen=True)
class SurnameLinking:
    """The surname rule, as the warehouse applies it: the key of a person's name, and the links
    among the people sharing keys."""

    def last_name_key(self, name: str) -> str | None:
        return last_name_key(name, "PERSON")

    def links(self, people: Sequence[Person]) -> list[dict[str, Any]]:
        return surname_links(people)


SURNAME_LINKING = SurnameLinking()
