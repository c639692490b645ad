"""The `newsetl` command line: run, serve, sql and demo.

Exit codes: 0 completed; 3 completed but some records were rejected (see `rejected_records`);
1 the run failed; 2 bad arguments (e.g. a SOURCE path that does not exist).
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib.util
import json
import os
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warehouse.connection import QueryResult, ScriptStatement

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_REJECTIONS = 3

EXAMPLE_QUERY = """
SELECT speaker_name, count(*) AS quotes,
       count(*) FILTER (WHERE kind = 'direct') AS direct,
       count(*) FILTER (WHERE kind IN ('indirect', 'mixed')) AS indirect_or_mixed
FROM quote_attributions
WHERE speaker_name IS NOT NULL AND kind <> 'partial'
GROUP BY speaker_name
ORDER BY quotes DESC, speaker_name
LIMIT 10
""".strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsetl",
        description="News articles to a DuckDB warehouse of entities, quotes, "
        "time expressions and events.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add_db(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db", help="warehouse file (default: $NEWSETL_DB or warehouse/news.duckdb)"
        )

    run = sub.add_parser("run", help="ingest SOURCE files/folders once")
    run.add_argument("sources", nargs="+", metavar="SOURCE")
    add_db(run)
    run.add_argument("--batch-size", type=int, default=None)
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes that parse in parallel (one process writes)",
    )
    run.add_argument(
        "--reprocess", action="store_true", help="re-extract every article, even unchanged ones"
    )
    run.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="extract on Dask: a local cluster of --workers processes, or the scheduler at "
        "ADDRESS such as tcp://host:8786 (needs `uv sync --extra dask`)",
    )
    run.add_argument(
        "--quiet", action="store_true", help="print nothing but errors and warnings (for cron)"
    )
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")

    serve = sub.add_parser("serve", help="serve the flow on a cron schedule (Prefect server)")
    serve.add_argument("sources", nargs="+", metavar="SOURCE")
    add_db(serve)
    serve.add_argument("--cron", required=True, help='e.g. "*/15 * * * *"')
    serve.add_argument("--name", default="newsetl-scheduled", help="deployment name")
    serve.add_argument("--batch-size", type=int, default=None)
    serve.add_argument("--workers", type=int, default=1)

    sql = sub.add_parser("sql", help="run read-only SQL against the warehouse")
    sql.add_argument("query", help="SQL; several statements separated by ';' print a table each")
    add_db(sql)
    output = sql.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print rows as JSON lines")
    output.add_argument("--csv", action="store_true", help="print rows as CSV with a header")

    demo = sub.add_parser("demo", help="ingest the bundled sample articles and show a query")
    add_db(demo)
    return parser


def _print_summary(summary: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"newsetl run {summary['run_id']} — {summary['status']}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in (
        "files_read",
        "files_unchanged",
        "records_read",
        "articles_loaded",
        "articles_unchanged",
        "records_rejected",
        "records_rejected_new",
        "entities",
        "entity_mentions",
        "quotes",
        "time_expressions",
        "events",
    ):
        table.add_row(key, str(summary[key]))
    for stage, seconds in summary["seconds"].items():
        table.add_row(f"seconds: {stage}", f"{seconds:.2f}")
    table.add_row("warehouse", summary["db"])
    Console().print(table)


def _warehouse_problem(db: str | None) -> str | None:
    """Why `--db` (or its default) cannot be the warehouse, checked before any work starts;
    None when it can (an existing DuckDB file, or a new one: missing directories are made)."""
    from flows.settings import database_path

    path = database_path(db)
    if path.is_dir():
        return f"--db {path} is a directory; give a file path such as {path / 'news.duckdb'}"
    if not path.exists():
        ancestor = next(p for p in path.absolute().parents if p.exists())
        if not ancestor.is_dir():
            return f"--db {path}: {ancestor} is a file, not a directory"
        return None
    from warehouse.connection import is_duckdb_file

    if not is_duckdb_file(path):
        return f"--db {path} exists and is not a DuckDB database; it was left untouched"
    return None


def _print_query(db: str | None, query: str, output: str = "table") -> int:
    """Print what a read-only query returns: a table per statement that returns rows, for
    people, or one result as "json" lines / "csv", for tools."""
    from flows.settings import database_path, lock_timeout_seconds
    from warehouse.connection import (
        QueryError,
        WarehouseError,
        WarehouseFile,
        split_statements,
    )

    if database_path(db).exists() and (problem := _warehouse_problem(db)) is not None:
        return _sql_failed(problem, EXIT_USAGE)
    try:
        statements = split_statements(query)
    except QueryError as error:
        return _sql_failed(str(error), EXIT_FAILED)
    if not statements:
        return _sql_failed("the query is empty", EXIT_USAGE)
    shown = sum(statement.returns_rows for statement in statements)
    if output != "table" and shown > 1:
        # JSON lines or CSV of two results in one stream would read as one malformed result.
        return _sql_failed(
            f"--{output} prints one result, but the query has {shown} statements that return "
            f"rows; run them one at a time, or leave out --{output} to see a table for each",
            EXIT_USAGE,
        )
    try:
        # the wait the README promises (NEWSETL_LOCK_TIMEOUT), not the class's default
        warehouse = WarehouseFile(database_path(db), lock_timeout=lock_timeout_seconds())
        _print_statements(warehouse.query_each(query), statements, output)
    except _StatementFailedError as failed:
        return _sql_failed(str(failed), EXIT_FAILED)
    except (FileNotFoundError, WarehouseError) as error:
        return _sql_failed(str(error), EXIT_FAILED)
    return EXIT_OK


class _StatementFailedError(Exception):
    """A statement of the query failed; the message names it when the query has several."""


def _print_statements(
    results: Iterator[QueryResult], statements: list[ScriptStatement], output: str
) -> None:
    """Print each result as it arrives, so those before a failing statement are still seen."""
    from warehouse.connection import QueryError

    several = sum(statement.returns_rows for statement in statements) > 1
    done = printed = 0
    try:
        for result in results:
            statement = statements[done]
            done += 1
            # A lone statement is shown whatever it is, as before; in a script, SET and
            # CREATE TEMP only prepare the queries, and their status would be noise.
            if not (statement.returns_rows or len(statements) == 1):
                continue
            if several:  # say which result is whose, as a SQL comment
                print(("\n" if printed else "") + f"-- {_statement_title(statement.sql)}")
            _print_result(result, output)
            printed += 1
    except QueryError as error:
        if len(statements) == 1 or done >= len(statements):
            raise _StatementFailedError(str(error)) from error
        title = _statement_title(statements[done].sql)
        raise _StatementFailedError(f"failed at `{title}`: {error}") from error


def _sql_failed(message: str, code: int) -> int:
    print(f"newsetl sql: {message}", file=sys.stderr)
    return code


def _statement_title(sql: str, width: int = 72) -> str:
    """A statement on one line, shortened, to say which result or error is whose."""
    line = " ".join(sql.split()) or "(a statement DuckDB rewrote, such as PIVOT)"
    return line if len(line) <= width else line[: width - 1] + "…"


def _print_result(result: QueryResult, output: str) -> None:
    if output == "json":
        for row in result.rows:
            print(json.dumps(dict(zip(result.columns, row, strict=True)), default=str))
        return
    if output == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(["" if v is None else v for v in row] for row in result.rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in result.columns:
        table.add_column(column)
    for row in result.rows:
        table.add_row(*("NULL" if v is None else str(v) for v in row))
    Console().print(table)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[None]:
    """A rich progress bar over input files, with record counts, fed by the flow's reports."""
    if not enabled:
        yield
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from flows import progress

    bar = Progress(
        TextColumn("files"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[detail]}"),
        transient=True,
    )
    task_id = bar.add_task("ingest", total=None, detail="starting")

    def update(state: progress.Progress) -> None:
        detail = (
            f"{state.records_read} read, {state.articles_loaded} loaded, "
            f"{state.articles_unchanged} unchanged, {state.records_rejected} rejected"
        )
        bar.update(
            task_id,
            total=state.files_total,
            completed=max(state.files_started - 1, 0),
            detail=detail,
        )

    with bar, progress.listening(update):
        yield


def _run(args: argparse.Namespace, sources: list[str]) -> int:
    from flows.sources import SourceNotFoundError, expand_sources

    try:
        expand_sources(sources)
    except SourceNotFoundError as error:
        print(f"newsetl: {error}", file=sys.stderr)
        return EXIT_USAGE
    if (problem := _warehouse_problem(args.db)) is not None:
        print(f"newsetl: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from flows.ingest import ingest_articles, ingest_on_dask
    from flows.pipeline import prestart_pool
    from flows.settings import DEFAULT_BATCH_SIZE

    dask = getattr(args, "dask", None)
    if dask is not None:
        if importlib.util.find_spec("prefect_dask") is None:
            print(
                "newsetl: --dask needs the dask extra: run `uv sync --extra dask` first",
                file=sys.stderr,
            )
            return EXIT_USAGE
        address = None if dask == "local" else dask
        ingest: Callable[..., dict[str, Any]] = functools.partial(ingest_on_dask, address=address)
    else:
        ingest = ingest_articles
        # the workers load the model while Prefect's server starts
        prestart_pool(getattr(args, "workers", 1))
    quiet = getattr(args, "quiet", False) or getattr(args, "json", False)
    try:
        with _progress_bar(enabled=not quiet and sys.stderr.isatty()):
            summary = ingest(
                sources=sources,
                db=args.db,
                batch_size=getattr(args, "batch_size", None) or DEFAULT_BATCH_SIZE,
                reprocess=getattr(args, "reprocess", False),
                workers=getattr(args, "workers", 1),
            )
    except Exception as error:  # the flow has recorded the failure; say it plainly
        print(f"newsetl: run failed: {error}", file=sys.stderr)
        return EXIT_FAILED
    if getattr(args, "json", False):
        print(json.dumps(summary, default=str))
    elif not getattr(args, "quiet", False):
        _print_summary(summary)
        if summary["records_rejected"]:
            print(
                _rejections_hint(
                    summary["records_rejected"], summary["records_rejected_new"], args.db
                )
            )
    elif summary["records_rejected_new"]:
        # --quiet prints warnings: newly quarantined records are one (exit 3 alone says little)
        hint = _rejections_hint(
            summary["records_rejected_new"], summary["records_rejected_new"], args.db
        )
        print(f"warning: {hint}", file=sys.stderr)
    return EXIT_REJECTIONS if summary["records_rejected_new"] else EXIT_OK


def _rejections_hint(rejected: int, new: int, db: str | None) -> str:
    database = f" --db {shlex.quote(db)}" if db else ""
    earlier = f" ({rejected - new} of them already by an earlier run)" if new < rejected else ""
    return (
        f"{rejected} record(s) were quarantined{earlier}, each with its reason. "
        "List them with:\n"
        f'  newsetl sql "SELECT source_file, locator, reason FROM rejected_records '
        f'ORDER BY source_file, locator_number"{database}'
    )


def _serve(args: argparse.Namespace) -> int:
    from flows.sources import SourceNotFoundError, expand_sources

    try:
        expand_sources(args.sources)
    except SourceNotFoundError as error:
        print(f"newsetl: {error}", file=sys.stderr)
        return EXIT_USAGE
    if (problem := _warehouse_problem(args.db)) is not None:
        print(f"newsetl: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from flows.ingest import ingest_articles
    from flows.settings import DEFAULT_BATCH_SIZE

    parameters: dict[str, Any] = {
        "sources": [os.path.abspath(s) for s in args.sources],
        "batch_size": args.batch_size or DEFAULT_BATCH_SIZE,
        "workers": args.workers,
    }
    if args.db:
        parameters["db"] = os.path.abspath(args.db)
    ingest_articles.serve(name=args.name, cron=args.cron, parameters=parameters, limit=1)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # The temporary Prefect server a run starts would otherwise send usage telemetry, and log an
    # ERROR on every offline machine. Users who want it set PREFECT_SERVER_ANALYTICS_ENABLED=true.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect gives that server 20 s to start, which a busy 2-core machine can exceed (measured
    # here with two other jobs running); a run that then fails outright helps no one.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    if getattr(args, "quiet", False):
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if args.command == "run":
        return _run(args, list(args.sources))
    if args.command == "serve":
        return _serve(args)
    if args.command == "sql":
        output = "json" if args.json else "csv" if args.csv else "table"
        return _print_query(args.db, args.query, output)
    from flows.settings import SAMPLE_CORPUS

    code = _run(args, [str(SAMPLE_CORPUS)])
    if code in (EXIT_OK, EXIT_REJECTIONS):
        print("\nExample query — who is quoted most:\n" + EXAMPLE_QUERY + "\n")
        _print_query(args.db, EXAMPLE_QUERY)
    return code


if __name__ == "__main__":
    sys.exit(main())
