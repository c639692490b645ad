"""The warehouse file: schema set-up, batch loads, run records and read-only queries.

Each batch is loaded in one transaction that first deletes the batch's articles (and every row
that hangs off them) and then inserts the new rows from Arrow, so a batch is visible entirely or
not at all, and re-loading an article replaces it rather than duplicating it. Entities are shared
across articles: they are inserted if new and kept while any mention refers to them.

Cross-article surname links (`entity_links`) are a function of the entities table alone: a
one-word PERSON entity links to the only multi-word PERSON entity whose last word is that word
(`surname_links`). Every write that changes the entities table (`load_batch`,
`drop_orphan_entities`) recomputes the links of the surnames it touched, in the same
transaction, through the indexed `last_name_key` column; so the links never depend on the order
articles were loaded in, and a batch costs index lookups for its own surnames, not a scan.

DuckDB lets one process hold the file for writing, and while it does, no other process can open
it at all. So a write connection lives only for one batch; a process that finds the file locked
retries with backoff up to `lock_timeout` seconds and then fails with a clear message.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
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
    EntityLink,
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
from warehouse.ddl import (
    add_column_sql,
    comment_statements,
    drop_index_sql,
    index_statements,
    retired_index_statements,
    table_statements,
)
from warehouse.views import VIEW_STATEMENTS, view_comment_statements

DEFAULT_LOCK_TIMEOUT_SECONDS = 120.0
#: DuckDB's own default is 80% of RAM per connection, which let one view query take 20 GB.
DEFAULT_MEMORY_LIMIT = "1GB"
DEFAULT_MAX_TEMP_SIZE = "20GB"


@dataclass(frozen=True)
class DuckDBLimits:
    """Memory and spill limits set on every connection to the warehouse file.

    From the environment: NEWSETL_DUCKDB_MEMORY_LIMIT (default 1GB), NEWSETL_DUCKDB_TEMP_DIR
    (default `<db>.tmp` beside the file) and NEWSETL_DUCKDB_MAX_TEMP_SIZE (default 20GB: a query
    that would spill more fails with DuckDB's message instead of filling the disk).
    """

    memory_limit: str = DEFAULT_MEMORY_LIMIT
    temp_directory: str | None = None
    max_temp_directory_size: str = DEFAULT_MAX_TEMP_SIZE

    @classmethod
    def from_environment(cls) -> DuckDBLimits:
        return cls(
            os.environ.get("NEWSETL_DUCKDB_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT,
            os.environ.get("NEWSETL_DUCKDB_TEMP_DIR") or None,
            os.environ.get("NEWSETL_DUCKDB_MAX_TEMP_SIZE") or DEFAULT_MAX_TEMP_SIZE,
        )

    def config(self, db_path: Path) -> dict[str, str | bool | int | float | list[str]]:
        temp = self.temp_directory or str(db_path.with_name(db_path.name + ".tmp"))
        return {
            "memory_limit": self.memory_limit,
            "temp_directory": temp,
            "max_temp_directory_size": self.max_temp_directory_size,
        }


class WarehouseLockedError(RuntimeError):
    """Another process held the database file for longer than the allowed wait."""


class RunInProgressError(RuntimeError):
    """Another run is loading into the same warehouse and did not finish within the wait."""


def _is_lock_error(error: duckdb.Error) -> bool:
    message = str(error)
    return "Could not set lock" in message or "Conflicting lock" in message


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class ScriptStatement:
    """One statement of a SQL script, as DuckDB's parser split it."""

    sql: str
    #: True for a query (SELECT, SHOW, DESCRIBE, EXPLAIN, CALL...); False for SET, CREATE TEMP,
    #: COPY and the like, whose result is only a status ("Success", a row count).
    returns_rows: bool


def split_statements(script: str) -> list[ScriptStatement]:
    """The statements of `script`, in order; none for a script of only comments. `sql` is a
    statement's text as written ("" for the parts of a statement DuckDB rewrites).

    DuckDB's own parser splits them, so a ';' inside a string or a comment does not. Parsing
    needs no catalog, so an in-memory connection does it and a syntax error anywhere is raised
    (duckdb.ParserException) before any statement runs.
    """
    with duckdb.connect() as con:
        parsed = con.extract_statements(script)
    return [
        ScriptStatement(
            # DuckDB rewrites some statements (PIVOT becomes a CREATE TYPE and a SELECT) and
            # their text is then a fragment that was never written; "" rather than mislead.
            text if (text := statement.query.strip()) in script else "",
            statement.expected_result_type == [duckdb.ExpectedResultType.QUERY_RESULT],
        )
        for statement in parsed
    ]


class Warehouse:
    """A DuckDB warehouse file. Cheap to construct: connections open per operation."""

    def __init__(
        self,
        path: str | Path,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT_SECONDS,
        limits: DuckDBLimits | None = None,
    ):
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.limits = limits or DuckDBLimits.from_environment()

    # ------------------------------------------------------------------ connections

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the file, waiting (bounded) while another process holds it."""
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no warehouse at {self.path}: run `newsetl run` first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.05
        while True:
            try:
                connection = duckdb.connect(
                    str(self.path), read_only=read_only, config=self.limits.config(self.path)
                )
                break
            except duckdb.Error as error:
                if not _is_lock_error(error):
                    raise
                if time.monotonic() >= deadline:
                    raise WarehouseLockedError(
                        f"{self.path} is held by another process (a running load?) and stayed "
                        f"locked for {self.lock_timeout:.0f}s; try again when it finishes"
                    ) from error
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        try:
            # DuckDB draws its own progress bar on long statements; the CLI has one already.
            connection.execute("SET enable_progress_bar = false")
            yield connection
        finally:
            connection.close()

    @contextmanager
    def exclusive_run(self, timeout: float) -> Iterator[None]:
        """Hold the warehouse's run lock (a sidecar `.lock` file) for a whole run.

        Two runs never interleave their batches: the second waits up to `timeout` seconds for
        the first to finish, then gives up with a message naming the holder. Readers are not
        affected: they only need DuckDB's own lock, which a run holds per batch.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        with lock_path.open("a+") as handle:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        handle.seek(0)
                        holder = handle.read().strip() or "unknown process"
                        raise RunInProgressError(
                            f"another newsetl run ({holder}) is loading {self.path}; waited "
                            f"{timeout:.0f}s for it to finish. Try again later, or raise "
                            "NEWSETL_RUN_LOCK_TIMEOUT"
                        ) from None
                    time.sleep(0.2)
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()} since {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC")
            handle.flush()
            try:
                yield
            finally:
                handle.seek(0)
                handle.truncate()
                fcntl.flock(handle, fcntl.LOCK_UN)

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
            if _backfill_last_name_keys(con):
                _refresh_links(con, None)
            if rollups.needs_rebuild(con):
                rollups.rebuild(con)
            con.execute(_BACKFILL_LOCATOR_NUMBERS)
            con.execute("COMMIT")

    def load_event_types(self, event_types: pl.DataFrame) -> None:
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            con.execute(f"DELETE FROM {EventType.table_name}")
            _insert_frame(con, EventType, event_types)
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
        with self.connect() as con, _registered(con, "_paths", frame.to_arrow()):
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
            with _registered(con, "_state_paths", frame.select("path").to_arrow()):
                con.execute(
                    "DELETE FROM source_files WHERE path IN (SELECT path FROM _state_paths)"
                )
            _insert_frame(con, SourceFile, frame)
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
                    _insert_frame(con, Entity, entities, on_conflict=True)
                    _insert_frame(con, Article, articles)
                    _forget_rejections_now_loaded(con, articles)
                    children: tuple[type[TableModel], ...] = (
                        *ARTICLE_CHILD_TABLES,
                        EventParticipant,
                    )
                    for model in children:
                        _insert_frame(con, model, frames[model.table_name])
                    _add_batch_counts(con, frames)
                    _refresh_links(con, _keys_of(entities))
                if named_before:
                    _drop_orphans(con, named_before)
                if rejections is not None and rejections.height:
                    _forget_superseded_rejections(con, rejections)
                    _insert_frame(con, RejectedRecord, rejections, on_conflict=True)
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
            _refresh_links(con, keys)
            con.execute("COMMIT")
        return int(result[0]) if result else 0

    def refresh_entity_links(self, last_name_keys: Sequence[str] | None = None) -> int:
        """Recompute `entity_links` for these surname keys (all of them when None); returns
        the number of link rows written. Loads keep the links current by themselves: this is
        for repairs and full rebuilds."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            written = _refresh_links(con, None if last_name_keys is None else list(last_name_keys))
            con.execute("COMMIT")
        return written

    # ------------------------------------------------------------------ runs

    def start_run(self, row: Mapping[str, Any]) -> None:
        with self.connect() as con:
            _insert_frame(con, Run, frame_from_rows(Run, [dict(row)]))

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

    def query(self, sql: str, parameters: Mapping[str, Any] | None = None) -> QueryResult:
        """Run SQL on a read-only connection."""
        with self.connect(read_only=True) as con:
            cursor = con.execute(sql, dict(parameters or {}))
            columns = [d[0] for d in cursor.description or []]
            return QueryResult(columns, cursor.fetchall())

    def query_each(self, script: str) -> Iterator[QueryResult]:
        """Run every statement of `script` in order on one read-only connection, yielding each
        one's result, in the order of `split_statements(script)`.

        One connection, so what a statement sets up (a SET, a temporary table) holds for the
        next; yielded one at a time, so the results before a failing statement are not lost.
        Parsed statements are executed, not their text: DuckDB expands some statements (PIVOT)
        into several whose text alone would not run.
        """
        with self.connect(read_only=True) as con:
            for statement in con.extract_statements(script):
                cursor = con.execute(statement)
                columns = [d[0] for d in cursor.description or []]
                yield QueryResult(columns, cursor.fetchall())

    def table_frame(self, table: str, order_by: str) -> pl.DataFrame:
        """A whole table as a Polars frame (tests and small exports)."""
        with self.connect(read_only=True) as con:
            return con.execute(f"SELECT * FROM {table} ORDER BY {order_by}").pl()


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
           string_agg(DISTINCT en.name, '; ' ORDER BY en.name) FILTER (WHERE p.role = 'actor')
               AS actors,
           string_agg(DISTINCT en.name, '; ' ORDER BY en.name) FILTER (WHERE p.role = 'target')
               AS targets
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


def _keys_of(entities: pl.DataFrame) -> list[str]:
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


def _refresh_links(con: duckdb.DuckDBPyConnection, keys: list[str] | None) -> int:
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
    _insert_frame(con, EntityLink, frame_from_rows(EntityLink, links))
    return len(links)


#: Rejections written before `locator_number` existed get it from their locator (once).
_BACKFILL_LOCATOR_NUMBERS = (
    "UPDATE rejected_records "
    "SET locator_number = CAST(regexp_extract(locator, '\\d+$') AS BIGINT) "
    "WHERE locator_number IS NULL AND regexp_matches(locator, '\\d+$')"
)


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str, data: Any) -> Iterator[None]:
    """`data` (an Arrow table) queryable as `name` for the block, and gone after it."""
    con.register(name, data)
    try:
        yield
    finally:
        con.unregister(name)


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
    with _registered(con, "_places", places.to_arrow()):
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


def _backfill_last_name_keys(con: duckdb.DuckDBPyConnection) -> int:
    """Give PERSON entities written by an older newsetl their last_name_key (once)."""
    from transforms.entities import last_name_key  # loads spaCy: only when migrating

    rows = con.execute(
        "SELECT entity_id, name FROM entities WHERE type = 'PERSON' AND last_name_key IS NULL"
    ).fetchall()
    keyed = [(entity_id, last_name_key(name, "PERSON")) for entity_id, name in rows]
    frame = pl.DataFrame(keyed, schema={"entity_id": pl.String, "k": pl.String}, orient="row")
    if frame.height == 0:
        return 0
    with _registered(con, "_keys", frame.to_arrow()):
        con.execute(
            "UPDATE entities SET last_name_key = _keys.k FROM _keys "
            "WHERE entities.entity_id = _keys.entity_id"
        )
    return frame.height


def _insert_frame(
    con: duckdb.DuckDBPyConnection,
    model: type[TableModel],
    frame: pl.DataFrame,
    on_conflict: bool = False,
) -> None:
    if frame.height == 0:
        return
    if not model.key_enforced:
        _require_unique_keys(model, frame)
    columns = ", ".join(model.model_fields)
    view = f"_batch_{model.table_name}"
    # Polars' own string layout (Arrow string_view) goes to DuckDB without a copy; the default
    # conversion to large_string copies every string and cost a fifth of bulk-load time.
    arrow = frame.select(list(model.model_fields)).to_arrow(compat_level=pl.CompatLevel.newest())
    conflict = " ON CONFLICT DO NOTHING" if on_conflict else ""
    with _registered(con, view, arrow):
        con.execute(
            f"INSERT INTO {model.table_name} ({columns}) SELECT {columns} FROM {view}{conflict}"
        )


def _require_unique_keys(model: type[TableModel], frame: pl.DataFrame) -> None:
    """Stand in for the PRIMARY KEY constraint DuckDB does not enforce on this table: a
    duplicate key within a batch is an extractor bug, so the batch fails loudly."""
    keys = frame.select(model.primary_key)
    duplicated = keys.filter(keys.is_duplicated())
    if duplicated.height:
        example = duplicated.row(0)
        raise ValueError(
            f"{model.table_name}: {duplicated.height} rows share a key "
            f"{model.primary_key} (e.g. {example}); nothing of this batch was loaded"
        )


def _delete_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[str]:
    """Delete the articles and every row hanging off them; returns the entities they named."""
    with _registered(con, "_replaced_ids", pl.DataFrame({"article_id": article_ids}).to_arrow()):
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
        _registered(con, "_batch_mentions", mentions.to_arrow()),
        _registered(con, "_batch_quotes", quotes.to_arrow()),
    ):
        rollups.add_counts(con, "_batch_mentions", "_batch_quotes", sign=1)


def _drop_orphans(con: duckdb.DuckDBPyConnection, candidates: list[str]) -> int:
    """Delete the `candidates` no mention names any more, and recompute the surname links of
    the people among them. Only the candidates are looked up, not every entity."""
    frame = pl.DataFrame({"entity_id": candidates}, schema={"entity_id": pl.String})
    with _registered(con, "_candidates", frame.to_arrow()):
        orphans = (
            "FROM entities e WHERE e.entity_id IN (SELECT entity_id FROM _candidates) "
            "AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = e.entity_id)"
        )
        keys = [
            row[0]
            for row in con.execute(
                f"SELECT DISTINCT e.last_name_key {orphans} AND e.last_name_key IS NOT NULL"
            ).fetchall()
        ]
        result = con.execute(f"DELETE {orphans}").fetchone()
    if keys:
        _refresh_links(con, keys)
    return int(result[0]) if result else 0
