"""Polars schemas derived from the table models, so frames and tables cannot drift apart.

Does not validate row values (Pydantic does that for records; tests validate samples of rows).
"""

from __future__ import annotations

import types
from datetime import date, datetime
from typing import Any, Literal, Union, get_args, get_origin

import polars as pl

from schemas.tables import TableModel

_POLARS_TYPES: dict[type, pl.DataType] = {
    str: pl.String(),
    int: pl.Int64(),
    float: pl.Float64(),
    bool: pl.Boolean(),
    date: pl.Date(),
    datetime: pl.Datetime("us"),
}


def base_type(annotation: Any) -> tuple[type, bool]:
    """Return (python type, nullable) for a field annotation such as `str | None`."""
    nullable = False
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(get_args(annotation))
        if len(args) != 1:
            raise TypeError(f"unsupported union annotation: {annotation!r}")
        annotation = args[0]
        origin = get_origin(annotation)
    if origin is Literal:
        literal_types = {type(v) for v in get_args(annotation)}
        if len(literal_types) != 1:
            raise TypeError(f"mixed-type Literal: {annotation!r}")
        annotation = literal_types.pop()
    if not isinstance(annotation, type):
        raise TypeError(f"unsupported annotation: {annotation!r}")
    return annotation, nullable


def polars_schema(model: type[TableModel]) -> pl.Schema:
    """Column name to Polars dtype, in the model's field order."""
    columns: dict[str, pl.DataType] = {}
    for name, field in model.model_fields.items():
        python_type, _ = base_type(field.annotation)
        columns[name] = _POLARS_TYPES[python_type]
    return pl.Schema(columns)


def empty_frame(model: type[TableModel]) -> pl.DataFrame:
    """A zero-row frame with the table's exact schema."""
    return pl.DataFrame(schema=polars_schema(model))


def frame_from_rows(model: type[TableModel], rows: list[dict[str, Any]]) -> pl.DataFrame:
    """Build a frame with the table's exact schema from plain dict rows (column order fixed)."""
    schema = polars_schema(model)
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame(rows, schema=schema)
