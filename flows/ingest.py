"""The `ingest_articles` Prefect flow: read, batch, extract, normalise, load, record the run.

Tasks work on batches, never single articles (a task run costs milliseconds of API traffic): per
batch, `triage_batch` validates records and skips articles already loaded with the same text and
extractor version, `extract_batch` parses with `nlp.pipe` and normalises to Polars frames, and
`load_batch` writes the batch in one DuckDB transaction. Records stream from the sources, so
memory stays flat however large the input.
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

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows.nlp import extractor_version, load_pipeline
from flows.settings import DEFAULT_BATCH_SIZE, database_path, lock_timeout_seconds
from flows.sources import expand_sources, read_records
from schemas.frames import frame_from_rows
from schemas.tables import EventType, RejectedRecord
from transforms.extract import ArticleExtraction, extract_article
from transforms.lexicons.events import EVENT_TYPES
from transforms.normalise import batch_frames
from transforms.records import RawRecord, Rejection, ValidArticle, validate_record
from warehouse.store import Warehouse

T = TypeVar("T")


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
    seconds: dict[str, float] = field(
        default_factory=lambda: {"read_and_triage": 0.0, "extract": 0.0, "load": 0.0}
    )

    def table_counts(self) -> dict[str, int]:
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


@dataclass(frozen=True)
class Triage:
    to_extract: list[ValidArticle]
    rejections: list[Rejection]
    unchanged: int


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


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


@task(name="triage_batch", cache_policy=NO_CACHE)
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
    for raw in raw_records:
        result = validate_record(raw)
        if isinstance(result, Rejection):
            rejections.append(result)
            continue
        where = f"{result.source_file} {result.locator}"
        if result.article_id in seen:
            rejections.append(
                Rejection(
                    result.source_file,
                    result.locator,
                    f"duplicate article: same identity as {seen[result.article_id]} "
                    "(first occurrence kept)",
                    result.record.text[:500],
                )
            )
            continue
        seen[result.article_id] = where
        valid.append(result)
    known = {} if reprocess else warehouse.known_articles([a.article_id for a in valid])
    to_extract = [a for a in valid if known.get(a.article_id) != (a.content_hash, version)]
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


@task(name="load_batch", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10])
def load_batch(
    warehouse: Warehouse, frames: dict[str, pl.DataFrame], rejections: pl.DataFrame
) -> None:
    """Write one batch in one transaction (retried: the file may be briefly locked)."""
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


def _publish_artifacts(counts: RunCounts, warehouse: Warehouse, run_id: str) -> None:
    table = [{"metric": k, "value": v} for k, v in counts.table_counts().items()]
    table += [{"metric": f"seconds_{k}", "value": round(v, 2)} for k, v in counts.seconds.items()]
    create_table_artifact(
        key="ingest-summary", table=table, description="Counts for this ingest_articles run"
    )
    if counts.records_rejected:
        note = (
            f"**{counts.records_rejected} record(s) rejected.** See them with:\n\n"
            f'`newsetl sql "SELECT source_file, locator, reason FROM rejected_records '
            f"WHERE first_run_id = '{run_id}'\"`"
        )
        create_markdown_artifact(key="ingest-rejections", markdown=note)


@flow(name="ingest_articles")
def ingest_articles(
    sources: list[str],
    db: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    reprocess: bool = False,
) -> dict[str, Any]:
    """Ingest news articles from files or folders into the DuckDB warehouse."""
    logger = get_run_logger()
    files = expand_sources(sources)
    warehouse = Warehouse(database_path(db), lock_timeout=lock_timeout_seconds())
    warehouse.ensure_schema()
    warehouse.load_event_types(_event_types_frame())
    run_id = _current_run_id()
    version = extractor_version()
    started = datetime.now(UTC)
    warehouse.start_run(
        {
            "run_id": run_id,
            "flow_name": "ingest_articles",
            "started_at": started.replace(tzinfo=None),
            "finished_at": None,
            "status": "running",
            "sources": "\n".join(str(s) for s in sources),
            "extractor_version": version,
            "reprocess": reprocess,
            "records_read": 0,
            "articles_loaded": 0,
            "articles_unchanged": 0,
            "records_rejected": 0,
            "entity_mentions": 0,
            "quotes": 0,
            "time_expressions": 0,
            "events": 0,
            "error": None,
        }
    )
    logger.info("run %s: %d file(s) into %s (%s)", run_id, len(files), warehouse.path, version)
    counts = RunCounts()
    seen: dict[str, str] = {}
    try:
        clock = time.perf_counter()
        for number, raw_batch in enumerate(_batched(read_records(files), batch_size), start=1):
            triage = triage_batch(raw_batch, warehouse, version, reprocess, seen)
            counts.records_read += len(raw_batch)
            counts.seconds["read_and_triage"] += time.perf_counter() - clock
            clock = time.perf_counter()
            frames = (
                extract_batch(triage.to_extract, run_id, version)
                if triage.to_extract
                else batch_frames([], run_id, version, started)
            )
            counts.seconds["extract"] += time.perf_counter() - clock
            clock = time.perf_counter()
            now = datetime.now(UTC)
            load_batch(warehouse, frames, _rejections_frame(triage.rejections, run_id, now))
            counts.seconds["load"] += time.perf_counter() - clock
            _add_batch_counts(counts, triage, frames)
            logger.info(
                "batch %d: %d read, %d loaded, %d unchanged, %d rejected",
                number,
                len(raw_batch),
                len(triage.to_extract),
                triage.unchanged,
                len(triage.rejections),
            )
            clock = time.perf_counter()
        if counts.articles_loaded:
            warehouse.drop_orphan_entities()
    except BaseException as error:
        warehouse.finish_run(
            run_id,
            datetime.now(UTC).replace(tzinfo=None),
            status="failed",
            error=f"{type(error).__name__}: {error}",
            **counts.table_counts(),
        )
        raise
    status = "completed_with_rejections" if counts.records_rejected else "completed"
    warehouse.finish_run(
        run_id, datetime.now(UTC).replace(tzinfo=None), status=status, **counts.table_counts()
    )
    _publish_artifacts(counts, warehouse, run_id)
    logger.info("run %s %s: %s", run_id, status, counts.table_counts())
    return {
        "run_id": run_id,
        "status": status,
        "db": str(warehouse.path),
        **counts.table_counts(),
        "seconds": counts.seconds,
    }


def _add_batch_counts(counts: RunCounts, triage: Triage, frames: dict[str, pl.DataFrame]) -> None:
    counts.articles_loaded += len(triage.to_extract)
    counts.articles_unchanged += triage.unchanged
    counts.records_rejected += len(triage.rejections)
    counts.entity_mentions += frames["entity_mentions"].height
    counts.quotes += frames["quotes"].height
    counts.time_expressions += frames["time_expressions"].height
    counts.events += frames["events"].height


def default_sources() -> list[str]:
    from flows.settings import SAMPLE_CORPUS

    return [str(Path(SAMPLE_CORPUS))]
