"""The `ingest_articles` Prefect flow: read, batch, extract, normalise, load, record the run.

Tasks work on batches, never single articles (a task run costs milliseconds of API traffic): per
batch, `triage_batch` validates records and skips articles already loaded with the same text and
extractor version, `extract_batch` parses with `nlp.pipe` and normalises to Polars frames, and
`load_batch` writes the batch in one DuckDB transaction. Records stream from the sources, so
memory stays flat however large the input.

A run holds the warehouse's run lock from start to end (a second run waits, bounded, and then
fails with a message), but DuckDB's own write lock only for each batch's transaction, so readers
get in between. Tasks that touch the warehouse retry with backoff when the file is briefly
locked or an I/O error occurs; bad data is never retried (it is quarantined instead).
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from typing import Any

import polars as pl
from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from flows.nlp import extractor_version
from flows.pipeline import (
    CHUNKS_PER_WORKER,
    BatchLoop,
    Done,
    ExtractorPool,
    Frames,
    HasResult,
    RunCounts,
    StageFunctions,
    empty_frames,
    extract_frames,
    rejections_frame,
    submit_chunked,
    summary_of,
    take_pool,
    triage_records,
)
from flows.settings import DEFAULT_BATCH_SIZE, run_lock_timeout_seconds
from flows.source_state import SourcePlan, plan_reads, state_key
from flows.sources import SourceFiles, no_records_note, scan_sources, skipped_note
from flows.storage import open_warehouse
from transforms.normalise import event_types_frame
from transforms.records import ValidArticle
from warehouse.connection import QueryResult, WarehouseIOError, WarehouseLockedError
from warehouse.store import Warehouse


class StageError(RuntimeError):
    """A run failed in a named stage; the message says which and why."""


def is_transient_failure(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry only when the warehouse file was locked or the disk failed, never on bad data."""
    try:
        state.result()
    except (WarehouseLockedError, WarehouseIOError, OSError):
        return True
    except Exception:
        return False
    return False


#: Tasks that touch the warehouse retry (after 1, 5 and 15 s) only when it was locked or the
#: disk failed.
_RETRIES = 3
_RETRY_DELAYS: list[float] = [1, 5, 15]


#: Validate records; drop in-run duplicates and articles already loaded unchanged.
triage_batch = task(
    name="triage_batch",
    cache_policy=NO_CACHE,
    retries=_RETRIES,
    retry_delay_seconds=_RETRY_DELAYS,
    retry_condition_fn=is_transient_failure,
)(triage_records)


@task(name="extract_batch", cache_policy=NO_CACHE)
def extract_batch(
    articles: list[ValidArticle], run_id: str, version: str, pool: ExtractorPool | None = None
) -> Frames:
    """Parse a batch with spaCy and normalise every extractor's output into table frames."""
    if pool is not None:
        return pool.submit(articles, run_id, version).result()
    return extract_frames(articles, run_id, version)


@task(
    name="load_batch",
    cache_policy=NO_CACHE,
    retries=_RETRIES,
    retry_delay_seconds=_RETRY_DELAYS,
    retry_condition_fn=is_transient_failure,
)
def load_batch(
    warehouse: Warehouse, frames: Frames, rejections: pl.DataFrame, replaced_ids: list[str]
) -> None:
    """Write one batch in one transaction (all or nothing)."""
    warehouse.load_batch(frames, rejections, replaced_ids)


def _current_run_id() -> str:
    run_id = flow_run.get_id()
    return str(run_id) if run_id else str(uuid.uuid4())


def _markdown_table(result: QueryResult) -> str:
    if not result.rows:
        return "_none_\n"
    lines = ["| " + " | ".join(result.columns) + " |", "|" + "---|" * len(result.columns)]
    for row in result.rows:
        cells = ("" if v is None else str(v).replace("|", "/") for v in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _publish_artifacts(counts: RunCounts, warehouse: Warehouse, run_id: str) -> None:
    table: list[dict[str, Any]] = [
        {"metric": k, "value": v} for k, v in counts.table_counts().items()
    ]
    table.insert(4, {"metric": "entities", "value": len(counts.entity_ids)})
    table += [{"metric": f"seconds_{k}", "value": round(v, 2)} for k, v in counts.seconds.items()]
    create_table_artifact(
        key="ingest-summary", table=table, description="Counts for this ingest_articles run"
    )
    speakers, events = warehouse.run_highlights(run_id)
    markdown = (
        f"# Run {run_id}\n\n## Top speakers\n\n{_markdown_table(speakers)}\n"
        f"## Top events\n\n{_markdown_table(events)}"
    )
    if counts.records_rejected:
        markdown += (
            f"\n## Rejected records: {counts.records_rejected}\n\nList them with:\n\n"
            f'```\nnewsetl sql "SELECT source_file, locator, reason FROM rejected_records '
            f"WHERE first_run_id = '{run_id}'\"\n```\n"
        )
    create_markdown_artifact(
        key="ingest-highlights", markdown=markdown, description="Top speakers and events"
    )


def _run_row(run_id: str, sources: list[str], version: str, reprocess: bool) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "flow_name": "ingest_articles",
        "started_at": datetime.now(UTC).replace(tzinfo=None),
        "finished_at": None,
        "status": "running",
        "sources": "\n".join(str(s) for s in sources),
        "extractor_version": version,
        "reprocess": reprocess,
        "error": None,
        **RunCounts().table_counts(),
    }


@flow(name="ingest_articles")
def ingest_articles(
    sources: list[str],
    db: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    reprocess: bool = False,
    workers: int = 1,
) -> dict[str, Any]:
    """Ingest news articles from files or folders into the DuckDB warehouse.

    `workers` > 1 parses batches in that many worker processes; one process still writes.
    """
    scan = scan_sources(sources)
    warehouse = open_warehouse(db)
    with warehouse.exclusive_run(run_lock_timeout_seconds()):
        return _ingest(scan, sources, warehouse, batch_size, reprocess, max(1, workers))


def _distributed_task_runner() -> bool:
    """True when the flow runs with a task runner other than Prefect's default thread pool
    (e.g. prefect-dask's DaskTaskRunner): extraction tasks are then submitted to it."""
    context = FlowRunContext.get()
    return context is not None and not isinstance(context.task_runner, ThreadPoolTaskRunner)


#: Parts per Dask worker in a batch: each part is a Prefect task run on the worker, which costs
#: about 0.4 s of API traffic there, so Dask gets fewer, larger parts than local workers.
DASK_PARTS_PER_WORKER = 1


def _flow_stages(
    warehouse: Warehouse,
    run_id: str,
    version: str,
    reprocess: bool,
    pool: ExtractorPool | None,
    workers: int,
) -> StageFunctions:
    distributed = _distributed_task_runner()

    def submit(articles: list[ValidArticle]) -> HasResult:
        if pool is None and not distributed:
            return Done(extract_batch(articles, run_id, version))
        return submit_chunked(
            articles,
            workers,
            lambda part: extract_batch.submit(part, run_id, version, pool),
            DASK_PARTS_PER_WORKER if distributed else CHUNKS_PER_WORKER,
        )

    return StageFunctions(
        triage=lambda raw, seen: triage_batch(raw, warehouse, version, reprocess, seen),
        submit_extract=submit,
        submit_load=lambda frames, rejections, replaced: load_batch.submit(
            warehouse, frames, rejections, replaced
        ),
    )


def _ingest(
    scan: SourceFiles,
    sources: list[str],
    warehouse: Warehouse,
    batch_size: int,
    reprocess: bool,
    workers: int,
) -> dict[str, Any]:
    logger = get_run_logger()
    run_id = _current_run_id()
    try:
        version = extractor_version()
        warehouse.ensure_schema()
        warehouse.load_event_types(event_types_frame())
        warehouse.start_run(_run_row(run_id, sources, version, reprocess))
        plan = _plan_reads(scan, warehouse, version, reprocess)
    except Exception as error:
        message = f"stage 'setup' failed: {type(error).__name__}: {error}"
        logger.error("run %s %s", run_id, message)
        raise StageError(message) from error
    logger.info(
        "run %s: %d file(s), %d unchanged since last read, into %s (%s, %d worker(s))",
        run_id,
        len(scan.files),
        len(plan.unchanged),
        warehouse.path,
        version,
        workers,
    )
    distributed = _distributed_task_runner()
    pool = take_pool(workers) if workers > 1 and not distributed else None
    loop = BatchLoop(
        files=plan.to_read,
        stages=_flow_stages(warehouse, run_id, version, reprocess, pool, workers),
        batch_size=batch_size,
        in_flight=workers + (1 if pool or distributed else 0),
        empty_frames=empty_frames(run_id, version),
        rejections_to_frame=lambda rejections: rejections_frame(rejections, run_id),
        log=logger.info,
    )
    try:
        counts = loop.run()
        counts.add_unchanged_files(plan)
        warehouse.record_source_files(loop.source_state_rows(version, run_id) + plan.touched)
    except BaseException as error:
        message = f"stage {loop.stage!r} failed: {type(error).__name__}: {error}"
        logger.error("run %s %s", run_id, message)
        warehouse.finish_run(
            run_id, _utc_now(), status="failed", error=message, **loop.counts.table_counts()
        )
        if isinstance(error, Exception):
            raise StageError(message) from error
        raise
    finally:
        if pool is not None:
            pool.close()
    _log_unread_files(logger, scan, counts.records_read + plan.unchanged_records)
    # only new rejections: a bad line left in a watched folder is reported by the run that met it
    status = "completed_with_rejections" if counts.records_rejected_new else "completed"
    warehouse.finish_run(run_id, _utc_now(), status=status, **counts.table_counts())
    _publish_artifacts(counts, warehouse, run_id)
    logger.info("run %s %s: %s", run_id, status, counts.table_counts())
    return {"run_id": run_id, "status": status, "db": str(warehouse.path), **summary_of(counts)}


def _plan_reads(
    scan: SourceFiles, warehouse: Warehouse, version: str, reprocess: bool
) -> SourcePlan:
    states = {} if reprocess else warehouse.source_file_states([state_key(p) for p in scan.files])
    return plan_reads(scan.files, states, version, reprocess)


def _log_unread_files(
    logger: logging.Logger | logging.LoggerAdapter[Any], scan: SourceFiles, records_read: int
) -> None:
    """One line per run on files that gave nothing, logged last so it sits by the summary: a
    warning when the sources hold files but not one record (a folder of .docx files), else a
    note naming the files skipped as not records (a photo beside the articles is no fault)."""
    if records_read == 0 and (scan.files or scan.skipped):
        logger.warning("%s", no_records_note(scan))
    elif (note := skipped_note(scan.skipped)) is not None:
        logger.info("%s", note)


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def ingest_on_dask(
    sources: list[str],
    db: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    reprocess: bool = False,
    workers: int = 2,
    address: str | None = None,
) -> dict[str, Any]:
    """Run `ingest_articles` with extraction on Dask (needs the `dask` extra).

    `address` names a running Dask scheduler (a cluster beyond this machine); without it a
    LocalCluster of `workers` processes is started. Loading stays in this process, the single
    writer.
    """
    from prefect_dask.task_runners import DaskTaskRunner

    runner: Any = (
        DaskTaskRunner(address=address)
        if address
        else DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1})
    )
    flow_on_dask = ingest_articles.with_options(task_runner=runner)
    return flow_on_dask(
        sources=sources, db=db, batch_size=batch_size, reprocess=reprocess, workers=workers
    )
