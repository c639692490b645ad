"""Cross-article person links: which full name a one-word PERSON entity stands for.

A one-word PERSON entity ("Putin") links to the multi-word PERSON entity with its surname key
("Vladimir Putin") when that is the only one, or when it dominates the others: at least
`DOMINANT_SHARE` of their mentions across the warehouse and `DOMINANT_MIN_MENTIONS` of its own
("Reagan" -> "Ronald Reagan", not "Nancy Reagan"). Otherwise the link is written as ambiguous,
with no target. A one-word name that is a common first name ("Ken") is no surname and is not
linked. The rule is a function of the people sharing a key and their mention counts, so the
warehouse can apply it to just the keys a load touched and get what a full recompute gives.

`SURNAME_LINKING` is what the warehouse is handed (`warehouse.links.PersonLinking`); this module
does not read or write the warehouse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from transforms.entities import last_name_key
from transforms.lexicons.names import FIRST_NAMES

#: (entity_id, name, last_name_key, mentions) of a PERSON entity.
Person = tuple[str, str, str, int]
#: A full name dominates the others with its surname key with this share of their mentions...
DOMINANT_SHARE = 0.8
#: ...and at least this many of its own.
DOMINANT_MIN_MENTIONS = 5


def surname_links(people: Sequence[Person]) -> list[dict[str, Any]]:
    """entity_links rows for these people, sorted by entity id: each one-word name against the
    multi-word names with its key (one, or one that dominates: linked; else ambiguous)."""
    full_names: dict[str, list[tuple[str, int]]] = {}
    for entity_id, name, key, mentions in people:
        if _is_full_name(name):
            full_names.setdefault(key, []).append((entity_id, mentions))
    rows = []
    for entity_id, name, key, _ in people:
        candidates = sorted(full_names.get(key, []))
        if _is_full_name(name) or not candidates or name.strip().lower() in FIRST_NAMES:
            continue
        target, reason = _target(candidates)
        rows.append(
            {
                "entity_id": entity_id,
                "last_name_key": key,
                "linked_entity_id": target,
                "reason": reason,
                "candidates": len(candidates),
            }
        )
    return sorted(rows, key=lambda row: row["entity_id"])


def _target(candidates: list[tuple[str, int]]) -> tuple[str | None, str]:
    """The full name a surname stands for, and why: the only one, or the dominant one."""
    if len(candidates) == 1:
        return candidates[0][0], "surname"
    top_id, top_mentions = max(candidates, key=lambda c: (c[1], c[0]))
    total = sum(mentions for _, mentions in candidates)
    if top_mentions >= DOMINANT_MIN_MENTIONS and top_mentions >= DOMINANT_SHARE * total:
        return top_id, "dominant"
    return None, "ambiguous"


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
