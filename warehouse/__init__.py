"""Everything that talks to DuckDB: DDL derived from `schemas.tables`, the loader, views, queries.

No other package opens a DuckDB connection. Write connections are short-lived: one per batch
load, so readers (`newsetl sql`, the `duckdb` CLI) get in between batches.
"""
