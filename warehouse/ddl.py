"""DuckDB DDL derived from the Pydantic table models: tables, keys, comments and indexes.

Column types follow the model annotations (`str | None` is a nullable VARCHAR, and so on); the
field descriptions become `COMMENT ON COLUMN`, so `duckdb_columns()` documents the warehouse.
"""

from __future__ import annotations

from datetime import date, datetime

from schemas.frames import base_type
from schemas.tables import ALL_TABLES, TableModel

_DUCKDB_TYPES: dict[type, str] = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    date: "DATE",
    datetime: "TIMESTAMP",
}

#: Secondary (ART) indexes. None: DuckDB answers joins, IN-lists, `= ANY` and aggregates with
#: scans and hash joins, never with these, and each one on a large table made every load slower
#: (see RETIRED_INDEXES).
INDEXES: dict[str, tuple[str, ...]] = {}

#: Indexes earlier newsetl versions created; `ensure_schema` drops them from older warehouses.
#: On the per-article tables DuckDB never used them and keeping them up to date cost a third of
#: bulk-load speed. Those on entities and entity_links served surname lookups that DuckDB
#: answers with a scan all the same (0.1 s at a million entities), while loading and rewriting
#: them on every batch's commit cost 1.8 s a batch at a million articles.
RETIRED_INDEXES: dict[str, tuple[str, ...]] = {
    "entity_mentions": ("article_id", "entity_id"),
    "quotes": ("article_id", "speaker_entity_id"),
    "time_expressions": ("article_id",),
    "events": ("article_id", "event_type"),
    "event_participants": ("entity_id",),
    "entity_roles": ("article_id", "entity_id"),
    "entities": ("name", "last_name_key"),
    "entity_links": ("last_name_key", "linked_entity_id"),
}


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def duckdb_type(model: type[TableModel], column: str) -> tuple[str, bool]:
    """(DuckDB type, nullable) of a model's column."""
    python_type, nullable = base_type(model.model_fields[column].annotation)
    return _DUCKDB_TYPES[python_type], nullable


def create_table_sql(model: type[TableModel]) -> str:
    columns = []
    for name in model.model_fields:
        sql_type, nullable = duckdb_type(model, name)
        columns.append(f"    {name} {sql_type}{'' if nullable else ' NOT NULL'}")
    if model.key_enforced:
        columns.append(f"    PRIMARY KEY ({', '.join(model.primary_key)})")
    body = ",\n".join(columns)
    return f"CREATE TABLE IF NOT EXISTS {model.table_name} (\n{body}\n)"


def comment_sql(model: type[TableModel]) -> list[str]:
    statements = [f"COMMENT ON TABLE {model.table_name} IS {quote_literal(model.table_comment)}"]
    for name, field in model.model_fields.items():
        if field.description:
            comment = quote_literal(field.description)
            statements.append(f"COMMENT ON COLUMN {model.table_name}.{name} IS {comment}")
    return statements


def index_statements() -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS idx_{table}_{column} ON {table} ({column})"
        for table, columns in INDEXES.items()
        for column in columns
    ]


def retired_index_statements() -> list[str]:
    return [statement for table in RETIRED_INDEXES for statement in drop_index_sql(table)]


def add_column_sql(model: type[TableModel], column: str) -> str:
    """Additive migration for a column a warehouse written by an older version lacks. The
    column is nullable there: old rows have no value for it until they are re-extracted."""
    sql_type, _ = duckdb_type(model, column)
    return f"ALTER TABLE {model.table_name} ADD COLUMN IF NOT EXISTS {column} {sql_type}"


def table_statements() -> list[str]:
    """CREATE TABLE IF NOT EXISTS for every table."""
    return [create_table_sql(model) for model in ALL_TABLES]


def comment_statements() -> list[str]:
    return [statement for model in ALL_TABLES for statement in comment_sql(model)]


def drop_index_sql(table: str) -> list[str]:
    """DuckDB cannot alter a table that has indexes: drop them (current ones are recreated
    after; retired ones stay dropped)."""
    columns = (*INDEXES.get(table, ()), *RETIRED_INDEXES.get(table, ()))
    return [f"DROP INDEX IF EXISTS idx_{table}_{column}" for column in columns]
