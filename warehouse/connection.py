"""The warehouse file: connections with bounded memory, the run lock, and read-only queries.

DuckDB lets one process hold the file for writing, and while it does, no other process can open
it at all. So a connection lives only for one operation; a process that finds the file locked
retries with backoff up to `lock_timeout` seconds and then fails with a clear message. Every
connection sets DuckDB's memory limit, temp directory and spill cap (`DuckDBLimits`). DuckDB's
own errors are wrapped in `WarehouseError`s here, so nothing above `warehouse/` imports duckdb.

This module imports neither Polars nor the table models, so `newsetl sql` starts fast; loads
live in `warehouse.store`.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

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


class WarehouseError(RuntimeError):
    """A failure of the warehouse file or of a statement on it; DuckDB's error, if any, is the
    `__cause__`."""


class WarehouseIOError(WarehouseError):
    """The disk failed under the warehouse file: worth retrying."""


class QueryError(WarehouseError):
    """A statement failed (a syntax error, a missing column, a constraint): DuckDB's message."""


class WarehouseLockedError(WarehouseError):
    """Another process held the database file for longer than the allowed wait."""


class RunInProgressError(WarehouseError):
    """Another run is loading into the same warehouse and did not finish within the wait."""


def _wrapped(error: duckdb.Error) -> WarehouseError:
    kind = WarehouseIOError if isinstance(error, duckdb.IOException) else QueryError
    return kind(str(error))


#: Bytes 8-11 of every DuckDB database file.
_DUCKDB_MAGIC = b"DUCK"


def is_duckdb_file(path: Path) -> bool:
    """True when `path` is a DuckDB database file (by its header, without opening it)."""
    with path.open("rb") as handle:
        return handle.read(12)[8:12] == _DUCKDB_MAGIC


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
    (as QueryError) before any statement runs.
    """
    try:
        with duckdb.connect() as con:
            parsed = con.extract_statements(script)
    except duckdb.Error as error:
        raise QueryError(str(error)) from error
    return [
        ScriptStatement(
            # DuckDB rewrites some statements (PIVOT becomes a CREATE TYPE and a SELECT) and
            # their text is then a fragment that was never written; "" rather than mislead.
            text if (text := statement.query.strip()) in script else "",
            statement.expected_result_type == [duckdb.ExpectedResultType.QUERY_RESULT],
        )
        for statement in parsed
    ]


class WarehouseFile:
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
                    raise _wrapped(error) from error
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
        except duckdb.Error as error:
            raise _wrapped(error) from error
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
