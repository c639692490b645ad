"""Polars frames into DuckDB through Arrow: registering a frame and inserting a table's rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb
import polars as pl

from schemas.tables import TableModel


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, data: Any) -> Iterator[None]:
    """`data` (an Arrow table) queryable as `name` for the block, and gone after it."""
    con.register(name, data)
    try:
        yield
    finally:
        con.unregister(name)


def insert_frame(
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
    with registered(con, view, arrow):
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
