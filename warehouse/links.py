"""Writes the cross-article person links (`entity_links`) with a rule it is handed.

The rule (`PersonLinking`; newsetl's is `transforms.linking.SURNAME_LINKING`) maps the people
sharing surname keys to link rows. Every write that changes the entities table recomputes the
links of the keys it touched, in its own transaction, so the links never depend on load order
and a batch costs lookups for its own surnames. Warehouses from an older newsetl get their
people's keys filled in once.

Does not decide who links to whom: that is the rule's job.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import duckdb
import polars as pl

from schemas.frames import frame_from_rows
from schemas.tables import EntityLink
from warehouse.arrow import insert_frame, registered
from warehouse.connection import WarehouseError


class PersonLinking(Protocol):
    """How people are linked across articles."""

    def last_name_key(self, name: str) -> str | None:
        """The key a PERSON's name is looked up by."""
        ...

    def links(self, people: Sequence[tuple[str, str, str, int]]) -> list[dict[str, Any]]:
        """entity_links rows for (entity_id, name, last_name_key, mentions) of the people
        sharing keys."""
        ...


class NoLinkingRuleError(WarehouseError):
    """A write that changes people was asked of a Warehouse opened without a linking rule."""


def keys_of(entities: pl.DataFrame) -> list[str]:
    if "last_name_key" not in entities.columns:
        return []
    return entities["last_name_key"].drop_nulls().unique().sort().to_list()


#: The people sharing the keys in `$keys` (only PERSON entities have a last_name_key), with
#: their mentions across the warehouse (the rollup loads keep current).
LINK_CANDIDATES_SQL = (
    "SELECT e.entity_id, e.name, e.last_name_key, coalesce(s.mentions, 0) FROM entities e "
    "LEFT JOIN entity_stats s USING (entity_id) WHERE e.last_name_key = ANY($keys)"
)


def refresh_links(
    con: duckdb.DuckDBPyConnection, keys: list[str] | None, rule: PersonLinking | None
) -> int:
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
    links = _required(rule).links(people)
    insert_frame(con, EntityLink, frame_from_rows(EntityLink, links))
    return len(links)


def backfill_last_name_keys(con: duckdb.DuckDBPyConnection, rule: PersonLinking | None) -> int:
    """Give PERSON entities written by an older newsetl their last_name_key (once)."""
    rows = con.execute(
        "SELECT entity_id, name FROM entities WHERE type = 'PERSON' AND last_name_key IS NULL"
    ).fetchall()
    if not rows:
        return 0
    keyed = [(entity_id, _required(rule).last_name_key(name)) for entity_id, name in rows]
    frame = pl.DataFrame(keyed, schema={"entity_id": pl.String, "k": pl.String}, orient="row")
    with registered(con, "_keys", frame.to_arrow()):
        con.execute(
            "UPDATE entities SET last_name_key = _keys.k FROM _keys "
            "WHERE entities.entity_id = _keys.entity_id"
        )
    return frame.height


def _required(rule: PersonLinking | None) -> PersonLinking:
    if rule is None:
        raise NoLinkingRuleError(
            "this write changes people, so it needs a linking rule: open the warehouse with "
            "Warehouse(path, linking=transforms.linking.SURNAME_LINKING) "
            "(flows.storage.open_warehouse does)"
        )
    return rule
