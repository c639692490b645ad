"""Cross-article surname links (`entity_links`), a function of the entities table alone.

A one-word PERSON entity links to the only multi-word PERSON entity whose last word is that word
(`surname_links`); with several, the link is written as ambiguous. Every write that changes the
entities table recomputes the links of the surnames it touched, in its own transaction, so the
links never depend on load order and a batch costs lookups for its own surnames.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import polars as pl

from schemas.frames import frame_from_rows
from schemas.tables import EntityLink
from warehouse.arrow import insert_frame, registered


def keys_of(entities: pl.DataFrame) -> list[str]:
    if "last_name_key" not in entities.columns:
        return []
    return entities["last_name_key"].drop_nulls().unique().sort().to_list()


#: The people sharing the keys in `$keys` (only PERSON entities have a last_name_key): one
#: indexed lookup on entities.last_name_key.
LINK_CANDIDATES_SQL = (
    "SELECT entity_id, name, last_name_key FROM entities WHERE last_name_key = ANY($keys)"
)


def surname_links(people: Sequence[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """entity_links rows for (entity_id, name, last_name_key) of PERSON entities: each one-word
    name against the multi-word names ending in it (one: linked; several: ambiguous)."""
    full_names: dict[str, list[str]] = {}
    for entity_id, name, key in people:
        if " " in name.strip():
            full_names.setdefault(key, []).append(entity_id)
    rows = []
    for entity_id, name, key in people:
        candidates = sorted(full_names.get(key, []))
        if " " in name.strip() or not candidates:
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


def refresh_links(con: duckdb.DuckDBPyConnection, keys: list[str] | None) -> int:
    """Rewrite the entity_links rows of `keys` (every key when None) from the entities table."""
    if keys is None:
        keys = [
            row[0]
            for row in con.execute(
                "SELECT DISTINCT last_name_key FROM entities WHERE last_name_key IS NOT NULL"
            ).fetchall()
        ]
        con.execute("DELETE FROM entity_links")
    else:
        con.execute("DELETE FROM entity_links WHERE last_name_key = ANY($keys)", {"keys": keys})
    if not keys:
        return 0
    people = con.execute(LINK_CANDIDATES_SQL, {"keys": keys}).fetchall()
    links = surname_links(people)
    insert_frame(con, EntityLink, frame_from_rows(EntityLink, links))
    return len(links)


def backfill_last_name_keys(con: duckdb.DuckDBPyConnection) -> int:
    """Give PERSON entities written by an older newsetl their last_name_key (once)."""
    from transforms.entities import last_name_key  # loads spaCy: only when migrating

    rows = con.execute(
        "SELECT entity_id, name FROM entities WHERE type = 'PERSON' AND last_name_key IS NULL"
    ).fetchall()
    keyed = [(entity_id, last_name_key(name, "PERSON")) for entity_id, name in rows]
    frame = pl.DataFrame(keyed, schema={"entity_id": pl.String, "k": pl.String}, orient="row")
    if frame.height == 0:
        return 0
    with registered(con, "_keys", frame.to_arrow()):
        con.execute(
            "UPDATE entities SET last_name_key = _keys.k FROM _keys "
            "WHERE entities.entity_id = _keys.entity_id"
        )
    return frame.height
