"""The warehouse's writes: schema set-up, batch loads, run records and source-file state.

Each batch is loaded in one transaction that first deletes the batch's replaced articles (and
every row that hangs off them, and the entities only they named) and then inserts the new rows
from Arrow, so a batch is visible entirely or not at all, and re-loading an article replaces it
rather than duplicating it. The same transaction keeps the rollup tables (`warehouse.rollups`)
and the person links (`warehouse.links`, by the rule the warehouse is handed) of the entities
it touched current, so neither depends on load order and a batch costs what its own rows cost,
not what the warehouse holds.
Connections, locks and read-only queries are in `warehouse.connection`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from schemas.frames import frame_from_rows
from schemas.tables import (
    ALL_TABLES,
    ARTICLE_CHILD_TABLES,
    Article,
    Entity,
    EntityMention,
    EventParticipant,
    EventType,
    Quote,
    RejectedRecord,
    Run,
    SourceFile,
    TableModel,
)
from warehouse import rollups
from warehouse.arrow import insert_frame, registered
from warehouse.connection import (
    DEFAULT_LOCK_TIMEOUT_SECONDS,
    DuckDBLimits,
    QueryResult,
    WarehouseFile,
)
from warehouse.ddl import (
    add_column_sql,
    comment_statements,
    drop_index_sql,
    index_statements,
    retired_index_statements,
    table_statements,
)
from warehouse.links import PersonLinking, backfill_last_name_keys, keys_of, refresh_links
from warehouse.views import VIEW_STATEMENTS, participant_names, view_comment_statements


class Warehouse(WarehouseFile):
    """A DuckDB warehouse: its schema, batch loads, run records and source-file state.

    `linking` is the rule that links people across articles (newsetl's is
    `transforms.linking.SURNAME_LINKING`); a warehouse opened without one can be read, and
    raises `NoLinkingRuleError` on a write that changes people.
    """

    def __init__(
        self,
        path: str | Path,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS,
        limits: DuckDBLimits | None = None,
        *,
        linking: PersonLinking | None = None,
    ):
        super().__init__(path, lock_timeout, limits)
        self.linking = linking

    def table_frame(self, table: str, order_by: str) -> pl.DataFrame:
        """A whole table as a Polars frame (tests and small exports)."""
        with self.connect(read_only=True) as con:
            return con.execute(f"SELECT * FROM {table} ORDER BY {order_by}").pl()

    def ensure_schema(self) -> None:
        """Create tables, comments, indexes, views and reference rows if missing."""
        with self.connect() as con:
            # Outside the transaction: DuckDB 1.5.5 aborts the process when a transaction drops
            # an index and then alters its table.
            for statement in retired_index_statements():
                con.execute(statement)
            _add_missing_columns(con)
            con.execute("BEGIN TRANSACTION")
            for statement in [
                *table_statements(),
                *comment_statements(),
                *index_statements(),
                *VIEW_STATEMENTS,
            ]:
                con.execute(statement)
            for statement in view_comment_statements(_view_columns(con)):
                con.execute(statement)
            rebuilt = rollups.needs_rebuild(con)
            if rebuilt:  # before the links: the rule weighs people by their mentions
                rollups.rebuild(con)
            if backfill_last_name_keys(con, self.linking) or rebuilt:
                refresh_links(con, None, self.linking)
            con.execute(_BACKFILL_LOCATOR_NUMBERS)
            con.execute("COMMIT")

    def load_event_types(self, event_types: pl.DataFrame) -> None:
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            con.execute(f"DELETE FROM {EventType.table_name}")
            insert_frame(con, EventType, event_types)
            con.execute("COMMIT")

    # ------------------------------------------------------------------ incremental loads

    def count_known_rejections(self, reject_ids: Sequence[str]) -> int:
        """How many of these rejections an earlier run already recorded."""
        if not reject_ids or not self.path.exists():
            return 0
        with self.connect() as con:
            row = con.execute(
                "SELECT count(*) FROM rejected_records WHERE reject_id IN (SELECT unnest($ids))",
                {"ids": list(reject_ids)},
            ).fetchone()
        return int(row[0]) if row else 0

    def known_articles(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """article_id -> (content_hash, extractor_version) for the ids already loaded."""
        if not article_ids or not self.path.exists():
            return {}
        with self.connect() as con:
            rows = con.execute(
                "SELECT article_id, content_hash, extractor_version FROM articles "
                "WHERE article_id IN (SELECT unnest($ids))",
                {"ids": list(article_ids)},
            ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def source_file_states(self, paths: Sequence[str]) -> dict[str, dict[str, Any]]:
        """path -> its `source_files` row, for the paths a completed run has read."""
        if not paths or not self.path.exists():
            return {}
        frame = pl.DataFrame({"path": list(paths)}, schema={"path": pl.String})
        with self.connect() as con, registered(con, "_paths", frame.to_arrow()):
            cursor = con.execute(
                "SELECT s.* FROM source_files s SEMI JOIN _paths p ON p.path = s.path"
            )
            columns = [d[0] for d in cursor.description or []]
            return {row[0]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}

    def record_source_files(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Remember what each file read by a completed run held (replacing older rows)."""
        if not rows:
            return
        frame = frame_from_rows(SourceFile, [dict(row) for row in rows])
        frame = frame.unique("path", keep="last", maintain_order=True)
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            with registered(con, "_state_paths", frame.select("path").to_arrow()):
                con.execute(
                    "DELETE FROM source_files WHERE path IN (SELECT path FROM _state_paths)"
                )
            insert_frame(con, SourceFile, frame)
            con.execute("COMMIT")

    def load_batch(
        self,
        frames: Mapping[str, pl.DataFrame],
        rejections: pl.DataFrame | None = None,
        replaced_ids: Sequence[str] | None = None,
    ) -> None:
        """Replace the batch's articles and all their rows, in one transaction.

        Entities only the replaced versions named, and no other article names, are deleted in
        the same transaction (a load of new articles deletes nothing and scans nothing).

        `replaced_ids` names the batch's articles already in the warehouse, when the caller
        knows them (new articles need no delete); by default every article of the batch is
        deleted first.
        """
        articles = frames[Article.table_name]
        to_delete = articles["article_id"].to_list() if replaced_ids is None else replaced_ids
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                named_before = _delete_articles(con, list(to_delete)) if to_delete else []
                if articles.height:
                    entities = frames[Entity.table_name]
                    insert_frame(con, Entity, entities, on_conflict=True)
                    insert_frame(con, Article, articles)
                    _forget_rejections_now_loaded(con, articles)
                    children: tuple[type[TableModel], ...] = (
                        *ARTICLE_CHILD_TABLES,
                        EventParticipant,
                    )
                    for model in children:
                        insert_frame(con, model, frames[model.table_name])
                    _add_batch_counts(con, frames)
                    refresh_links(con, keys_of(entities), self.linking)
                if named_before:
                    _drop_orphans(con, named_before, self.linking)
                if rejections is not None and rejections.height:
                    _forget_superseded_rejections(con, rejections)
                    insert_frame(con, RejectedRecord, rejections, on_conflict=True)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def drop_orphan_entities(self) -> int:
        """Delete entities no mention refers to any more (after re-extraction), and recompute
        the surname links of the people among them."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            orphans = (
                "FROM entities WHERE entity_id NOT IN "
                "(SELECT DISTINCT entity_id FROM entity_mentions)"
            )
            keys = [
                row[0]
                for row in con.execute(
                    f"SELECT DISTINCT last_name_key {orphans} AND last_name_key IS NOT NULL"
                ).fetchall()
            ]
            result = con.execute(f"DELETE {orphans}").fetchone()
            refresh_links(con, keys, self.linking)
            con.execute("COMMIT")
        return int(result[0]) if result else 0

    def refresh_entity_links(self, last_name_keys: Sequence[str] | None = None) -> int:
        """Recompute `entity_links` for these surname keys (all of them when None); returns
        the number of link rows written. Loads keep the links current by themselves: this is
        for repairs and full rebuilds."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            keys = None if last_name_keys is None else list(last_name_keys)
            written = refresh_links(con, keys, self.linking)
            con.execute("COMMIT")
        return written

    # ------------------------------------------------------------------ runs

    def start_run(self, row: Mapping[str, Any]) -> None:
        with self.connect() as con:
            insert_frame(con, Run, frame_from_rows(Run, [dict(row)]))

    def finish_run(self, run_id: str, finished_at: datetime, **values: Any) -> None:
        assignments = ", ".join(f"{column} = ${column}" for column in values)
        with self.connect() as con:
            con.execute(
                f"UPDATE runs SET finished_at = $finished_at, {assignments} WHERE run_id = $run_id",
                {"run_id": run_id, "finished_at": finished_at, **values},
            )

    # ------------------------------------------------------------------ reading

    def run_highlights(self, run_id: str, limit: int = 10) -> tuple[QueryResult, QueryResult]:
        """Top speakers and top events among the articles a run loaded.

        Computed from the run's own rows (its articles' quotes, events and participants), not
        through the views, so the cost follows the run's size, not the warehouse's.
        """
        params = {"run": run_id, "limit": limit}
        return self.query(_RUN_SPEAKERS_SQL, params), self.query(_RUN_EVENTS_SQL, params)


#: Names of entities resolved through entity_links, as every view resolves them.
_RESOLVED_NAME = """
    LEFT JOIN entity_links l ON l.entity_id = {0}
    JOIN entities en ON en.entity_id = coalesce(l.linked_entity_id, {0})
"""

_RUN_SPEAKERS_SQL = f"""
WITH run_articles AS (SELECT article_id FROM articles WHERE run_id = $run)
SELECT en.name AS speaker, count(*) AS quotes
FROM quotes q SEMI JOIN run_articles USING (article_id)
{_RESOLVED_NAME.format("q.speaker_entity_id")}
WHERE q.kind <> 'partial'
GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $limit
"""

_RUN_EVENTS_SQL = f"""
WITH run_articles AS (SELECT article_id FROM articles WHERE run_id = $run),
run_events AS (
    SELECT event_id, event_type, event_date FROM events SEMI JOIN run_articles USING (article_id)
    WHERE NOT negated
),
names AS (
    SELECT p.event_id,
           {participant_names("actor")} AS actors,
           {participant_names("target")} AS targets
    FROM event_participants p SEMI JOIN run_events USING (event_id)
    {_RESOLVED_NAME.format("p.entity_id")}
    GROUP BY p.event_id
)
SELECT ev.event_type, coalesce(n.actors, '?') AS actor, coalesce(n.targets, '?') AS target,
       count(*) AS mentions, min(ev.event_date) AS first_date
FROM run_events ev JOIN names n USING (event_id)
WHERE n.actors IS NOT NULL OR n.targets IS NOT NULL
GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT $limit
"""


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Bring tables created by an older newsetl up to the current models (additive only)."""
    for model in ALL_TABLES:
        existing = {
            row[0]
            for row in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = $t",
                {"t": model.table_name},
            ).fetchall()
        }
        missing = [column for column in model.model_fields if column not in existing]
        if existing and missing:  # a table this version knows, created by an older one
            for statement in drop_index_sql(model.table_name):
                con.execute(statement)
            for column in missing:
                con.execute(add_column_sql(model, column))


#: Rejections written before `locator_number` existed get it from their locator (once).
_BACKFILL_LOCATOR_NUMBERS = (
    "UPDATE rejected_records "
    "SET locator_number = CAST(regexp_extract(locator, '\\d+$') AS BIGINT) "
    "WHERE locator_number IS NULL AND regexp_matches(locator, '\\d+$')"
)


def _forget_rejections_now_loaded(con: duckdb.DuckDBPyConnection, articles: pl.DataFrame) -> None:
    """A record an earlier run rejected that now loads (its line was fixed) is no longer
    rejected: drop the old row, in the transaction that loads the article."""
    places = articles.select("source_file", locator="source_locator").drop_nulls()
    _forget_rejections_at(con, places, keeping=[])


def _forget_superseded_rejections(con: duckdb.DuckDBPyConnection, rejections: pl.DataFrame) -> None:
    """A place rejected again for another reason (its line was replaced by another bad record,
    or a newer newsetl words the reason differently) keeps only the current reasons: the old
    row describes something no longer there."""
    places = rejections.select("source_file", "locator")
    _forget_rejections_at(con, places, keeping=rejections["reject_id"].to_list())


def _forget_rejections_at(
    con: duckdb.DuckDBPyConnection, places: pl.DataFrame, keeping: list[str]
) -> None:
    """Delete the rejections at these (source_file, locator) places, but those in `keeping`."""
    if places.height == 0:
        return
    with registered(con, "_places", places.to_arrow()):
        con.execute(
            "DELETE FROM rejected_records r USING _places p "
            "WHERE r.source_file = p.source_file AND r.locator = p.locator "
            "AND r.reject_id NOT IN (SELECT unnest($keeping::VARCHAR[]))",
            {"keeping": keeping},
        )


def _view_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE table_name IN (SELECT view_name FROM duckdb_views() WHERE NOT internal)"
    ).fetchall()
    columns: dict[str, list[str]] = {}
    for view, column in rows:
        columns.setdefault(view, []).append(column)
    return columns


def _delete_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[str]:
    """Delete the articles and every row hanging off them; returns the entities they named."""
    with registered(con, "_replaced_ids", pl.DataFrame({"article_id": article_ids}).to_arrow()):
        named = [
            row[0]
            for row in con.execute(
                "SELECT DISTINCT entity_id FROM entity_mentions "
                "WHERE article_id IN (SELECT article_id FROM _replaced_ids)"
            ).fetchall()
        ]
        replaced = "(SELECT * FROM {} WHERE article_id IN (SELECT article_id FROM _replaced_ids))"
        rollups.add_counts(
            con, replaced.format("entity_mentions"), replaced.format("quotes"), sign=-1
        )
        con.execute(
            "DELETE FROM event_participants WHERE event_id IN (SELECT event_id FROM events "
            "WHERE article_id IN (SELECT article_id FROM _replaced_ids))"
        )
        for model in ARTICLE_CHILD_TABLES:
            con.execute(
                f"DELETE FROM {model.table_name} "
                "WHERE article_id IN (SELECT article_id FROM _replaced_ids)"
            )
        con.execute(
            "DELETE FROM articles WHERE article_id IN (SELECT article_id FROM _replaced_ids)"
        )
    return named


def _add_batch_counts(con: duckdb.DuckDBPyConnection, frames: Mapping[str, pl.DataFrame]) -> None:
    """Add the batch's mentions and quotes to the rollup tables."""
    mentions = frames[EntityMention.table_name].select("entity_id", "article_id", "text")
    quotes = frames[Quote.table_name].select("kind", "speaker_entity_id")
    with (
        registered(con, "_batch_mentions", mentions.to_arrow()),
        registered(con, "_batch_quotes", quotes.to_arrow()),
    ):
        rollups.add_counts(con, "_batch_mentions", "_batch_quotes", sign=1)


def _drop_orphans(
    con: duckdb.DuckDBPyConnection, candidates: list[str], linking: PersonLinking | None
) -> int:
    """Delete the `candidates` no mention names any more, and recompute the person links of
    every candidate's surname key (their mention counts changed too). Only the candidates are
    looked up, not every entity."""
    frame = pl.DataFrame({"entity_id": candidates}, schema={"entity_id": pl.String})
    with registered(con, "_candidates", frame.to_arrow()):
        keys = [
            row[0]
            for row in con.execute(
                "SELECT DISTINCT last_name_key FROM entities WHERE last_name_key IS NOT NULL "
                "AND entity_id IN (SELECT entity_id FROM _candidates)"
            ).fetchall()
        ]
        result = con.execute(
            "DELETE FROM entities e WHERE e.entity_id IN (SELECT entity_id FROM _candidates) "
            "AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = e.entity_id)"
        ).fetchone()
    if keys:
        refresh_links(con, keys, linking)
    return int(result[0]) if result else 0
