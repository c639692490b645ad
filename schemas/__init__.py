"""Pydantic models: the single source of truth for input records and warehouse tables.

`schemas.records` defines what an input article may look like; `schemas.tables` defines every
warehouse table. DuckDB DDL (in `warehouse/`) and Polars schemas (here) are derived from these
models, so a column is declared exactly once. This package imports nothing else of ours.
"""
