"""Rollup tables kept current inside each load's transaction: per-entity and per-alias counts.

`entity_summary` and `entity_aliases` read these instead of aggregating every mention, so they
answer in the time of a scan of a million rows, not of tens of millions. Counts are additive
over articles (an article adds 1 to `articles` of each entity it names), so a load adds its
batch's counts, a replaced article's counts are subtracted before its rows are deleted, and the
result is the same whatever the batch split or load order. Rows that fall to zero are removed.
This module only writes SQL for `warehouse.store`; it opens no connection.
"""

from __future__ import annotations

import duckdb

#: Counts per entity of the mentions and quotes in `{m}` and `{q}` (tables or views).
_ENTITY_COUNTS = """
    SELECT entity_id, sum(mentions)::BIGINT AS mentions, sum(articles)::BIGINT AS articles,
           sum(quotes)::BIGINT AS quotes
    FROM (
        SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles,
               0 AS quotes
        FROM {m} GROUP BY entity_id
        UNION ALL
        SELECT speaker_entity_id, 0, 0, count(*) FROM {q}
        WHERE kind <> 'partial' AND speaker_entity_id IS NOT NULL GROUP BY speaker_entity_id
    ) GROUP BY entity_id
"""

_ALIAS_COUNTS = """
    SELECT entity_id, text AS alias, count(*)::BIGINT AS mentions,
           count(DISTINCT article_id)::BIGINT AS articles
    FROM {m} GROUP BY entity_id, text
"""

#: (table, key columns, counted columns, counts query)
_ROLLUPS = (
    ("entity_stats", ("entity_id",), ("mentions", "articles", "quotes"), _ENTITY_COUNTS),
    ("entity_alias_stats", ("entity_id", "alias"), ("mentions", "articles"), _ALIAS_COUNTS),
)


def add_counts(con: duckdb.DuckDBPyConnection, mentions: str, quotes: str, sign: int) -> None:
    """Add (sign 1) or subtract (sign -1) the counts of the rows in `mentions` and `quotes`."""
    for table, keys, counted, counts in _ROLLUPS:
        delta = f"_delta_{table}"
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {delta} AS {counts.format(m=mentions, q=quotes)}"
        )
        on = " AND ".join(f"t.{k} = d.{k}" for k in keys)
        assign = ", ".join(f"{c} = t.{c} + {sign} * d.{c}" for c in counted)
        con.execute(f"UPDATE {table} t SET {assign} FROM {delta} d WHERE {on}")
        if sign > 0:
            con.execute(
                f"INSERT INTO {table} SELECT d.* FROM {delta} d "
                f"WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {on})"
            )
        else:
            con.execute(
                f"DELETE FROM {table} t USING {delta} d WHERE {on} AND t.mentions <= 0"
                + (" AND t.quotes <= 0" if "quotes" in counted else "")
            )
        con.execute(f"DROP TABLE {delta}")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every rollup from the mention and quote tables (a warehouse from an older
    newsetl gets them this way, once)."""
    for table, _keys, _counted, counts in _ROLLUPS:
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} {counts.format(m='entity_mentions', q='quotes')}")


def needs_rebuild(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the rollups are empty but the warehouse has mentions (created just now)."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM entity_stats) = 0 AND EXISTS (SELECT 1 FROM entity_mentions)"
    ).fetchone()
    return bool(row and row[0])
