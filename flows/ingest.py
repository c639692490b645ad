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

import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import polars as pl
from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.runtime import flow_run

from flows.nlp import extractor_version, load_pipeline
from flows.progress import Progress, report
from flows.settings import (
    DEFAULT_BATCH_SIZE,
    database_path,
    lock_timeout_seconds,
    run_lock_timeout_seconds,
)
from flows.sources import expand_sources, read_records
from schemas.frames import frame_from_rows
from schemas.tables import EventType, RejectedRecord
from transforms.extract import ArticleExtraction, extract_article
from transforms.lexicons.events import EVENT_TYPES
from transforms.normalise import batch_frames
from transforms.records import RawRecord, Rejection, ValidArticle, validate_record
from warehouse.store import QueryResult, Warehouse, WarehouseLockedError

T = TypeVar("T")
STAGES = ("read_and_triage", "extract", "load")


@dataclass
class RunCounts:
    """What a run did; also what the run summary, the `runs` row and the artifact show."""

    records_read: int = 0
    articles_loaded: int = 0
    articles_unchanged: int = 0
    records_rejected: int = 0
    entity_mentions: int = 0
    quotes: int = 0
    time_expressions: int = 0
    events: int = 0
    entity_ids: set[str] = field(default_factory=set)
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    def table_counts(self) -> dict[str, int]:
        """The counts stored in the `runs` table."""
        return {
            "records_read": self.records_read,
            "articles_loaded": self.articles_loaded,
            "articles_unchanged": self.articles_unchanged,
            "records_rejected": self.records_rejected,
            "entity_mentions": self.entity_mentions,
            "quotes": self.quotes,
            "time_expressions": self.time_expressions,
            "events": self.events,
        }

    def add_batch(self, triage: Triage, frames: dict[str, pl.DataFrame]) -> None:
        self.articles_loaded += len(triage.to_extract)
        self.articles_unchanged += triage.unchanged
        self.records_rejected += len(triage.rejections)
        self.entity_mentions += frames["entity_mentions"].height
        self.quotes += frames["quotes"].height
        self.time_expressions += frames["time_expressions"].height
        self.events += frames["events"].height
        self.entity_ids.update(frames["entities"]["entity_id"].to_list())


@dataclass(frozen=True)
class Triage:
    to_extract: list[ValidArticle]
    rejections: list[Rejection]
    unchanged: int


class StageError(RuntimeError):
    """A run failed in a named stage; the message says which and why."""


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _is_transient(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry only when the warehouse file was locked or the disk failed, never on bad data."""
    try:
        state.result()
    except (WarehouseLockedError, duckdb.IOException, OSError):
        return True
    except Exception:
        return False
    return False


def _rejections_frame(rejections: list[Rejection], run_id: str, now: datetime) -> pl.DataFrame:
    rows = [
        {
            "reject_id": r.reject_id,
            "source_file": r.source_file,
            "locator": r.locator,
            "reason": r.reason,
            "raw_excerpt": r.raw_excerpt,
            "first_run_id": run_id,
            "rejected_at": now.replace(tzinfo=None),
        }
        for r in rejections
    ]
    return frame_from_rows(RejectedRecord, rows)


@task(
    name="triage_batch",
    cache_policy=NO_CACHE,
    retries=3,
    retry_delay_seconds=[1, 5, 15],
    retry_condition_fn=_is_transient,
)
def triage_batch(
    raw_records: list[RawRecord],
    warehouse: Warehouse,
    version: str,
    reprocess: bool,
    seen: dict[str, str],
) -> Triage:
    """Validate records; drop in-run duplicates and articles already loaded unchanged."""
    valid: list[ValidArticle] = []
    rejections: list[Rejection] = []
    batch_seen: dict[str, str] = {}
    for raw in raw_records:
        result = validate_record(raw)
        if isinstance(result, Rejection):
            rejections.append(result)
            continue
        first = seen.get(result.article_id) or batch_seen.get(result.article_id)
        if first is not None:
            reason = f"duplicate article: same identity as {first} (first occurrence kept)"
            rejections.append(
                Rejection(result.source_file, result.locator, reason, result.record.text[:500])
            )
            continue
        batch_seen[result.article_id] = f"{result.source_file} {result.locator}"
        valid.append(result)
    known = {} if reprocess else warehouse.known_articles([a.article_id for a in valid])
    to_extract = [a for a in valid if known.get(a.article_id) != (a.content_hash, version)]
    seen.update(batch_seen)  # only once the task has succeeded, so a retry sees the same state
    return Triage(to_extract, rejections, len(valid) - len(to_extract))


@task(name="extract_batch", cache_policy=NO_CACHE)
def extract_batch(
    articles: list[ValidArticle], run_id: str, version: str
) -> dict[str, pl.DataFrame]:
    """Parse a batch with spaCy and normalise every extractor's output into table frames."""
    nlp = load_pipeline()
    extractions: list[ArticleExtraction] = []
    texts = (article.record.text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        extractions.append(extract_article(doc, article))
    return batch_frames(extractions, run_id, version, datetime.now(UTC))


@task(
    name="load_batch",
    cache_policy=NO_CACHE,
    retries=3,
    retry_delay_seconds=[1, 5, 15],
    retry_condition_fn=_is_transient,
)
def load_batch(
    warehouse: Warehouse, frames: dict[str, pl.DataFrame], rejections: pl.DataFrame
) -> None:
    """Write one batch in one transaction (all or nothing)."""
    warehouse.load_batch(frames, rejections)


def _current_run_id() -> str:
    run_id = flow_run.get_id()
    return str(run_id) if run_id else str(uuid.uuid4())


def _event_types_frame() -> pl.DataFrame:
    rows = [
        {
            "event_type": name,
            "quad_class": quad,
            "is_plover": quad is not None,
            "description": description,
        }
        for name, (quad, description) in EVENT_TYPES.items()
    ]
    return frame_from_rows(EventType, rows)


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
) -> dict[str, Any]:
    """Ingest news articles from files or folders into the DuckDB warehouse."""
    files = expand_sources(sources)
    warehouse = Warehouse(database_path(db), lock_timeout=lock_timeout_seconds())
    with warehouse.exclusive_run(run_lock_timeout_seconds()):
        return _ingest(files, sources, warehouse, batch_size, reprocess)


def _ingest(
    files: list[Path], sources: list[str], warehouse: Warehouse, batch_size: int, reprocess: bool
) -> dict[str, Any]:
    logger = get_run_logger()
    run_id = _current_run_id()
    try:
        version = extractor_version()
        warehouse.ensure_schema()
        warehouse.load_event_types(_event_types_frame())
        warehouse.start_run(_run_row(run_id, sources, version, reprocess))
    except Exception as error:
        message = f"stage 'setup' failed: {type(error).__name__}: {error}"
        logger.error("run %s %s", run_id, message)
        raise StageError(message) from error
    logger.info("run %s: %d file(s) into %s (%s)", run_id, len(files), warehouse.path, version)
    counts = RunCounts()
    files_started = 0

    def counted_files() -> Iterator[Path]:
        nonlocal files_started
        for path in files:
            files_started += 1
            yield path

    seen: dict[str, str] = {}  # article_id -> where it was first read in this run
    stage = "read_and_triage"
    try:
        clock = time.perf_counter()
        records = read_records(counted_files())
        for number, raw_batch in enumerate(_batched(records, batch_size), start=1):
            stage = "read_and_triage"
            triage = triage_batch(raw_batch, warehouse, version, reprocess, seen)
            counts.records_read += len(raw_batch)
            clock = _lap(counts, stage, clock)
            stage = "extract"
            frames = (
                extract_batch(triage.to_extract, run_id, version)
                if triage.to_extract
                else batch_frames([], run_id, version, datetime.now(UTC))
            )
            clock = _lap(counts, stage, clock)
            stage = "load"
            rejections = _rejections_frame(triage.rejections, run_id, datetime.now(UTC))
            load_batch(warehouse, frames, rejections)
            clock = _lap(counts, stage, clock)
            counts.add_batch(triage, frames)
            logger.info(
                "batch %d: %d read, %d loaded, %d unchanged, %d rejected",
                number,
                len(raw_batch),
                len(triage.to_extract),
                triage.unchanged,
                len(triage.rejections),
            )
            report(
                Progress(
                    len(files),
                    files_started,
                    counts.records_read,
                    counts.articles_loaded,
                    counts.articles_unchanged,
                    counts.records_rejected,
                )
            )
        if counts.articles_loaded:
            warehouse.drop_orphan_entities()
    except BaseException as error:
        message = f"stage {stage!r} failed: {type(error).__name__}: {error}"
        logger.error("run %s %s", run_id, message)
        warehouse.finish_run(
            run_id, _utc_now(), status="failed", error=message, **counts.table_counts()
        )
        if isinstance(error, Exception):
            raise StageError(message) from error
        raise
    status = "completed_with_rejections" if counts.records_rejected else "completed"
    warehouse.finish_run(run_id, _utc_now(), status=status, **counts.table_counts())
    _publish_artifacts(counts, warehouse, run_id)
    logger.info("run %s %s: %s", run_id, status, counts.table_counts())
    return {
        "run_id": run_id,
        "status": status,
        "db": str(warehouse.path),
        **counts.table_counts(),
        "entities": len(counts.entity_ids),
        "seconds": counts.seconds,
    }


def _lap(counts: RunCounts, stage: str, started: float) -> float:
    now = time.perf_counter()
    counts.seconds[stage] += now - started
    return now


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
