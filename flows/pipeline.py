"""The batch loop behind `ingest_articles`, free of Prefect so the benchmark can time it alone.

Per batch: triage (validate, keep each article's last version and drop those already loaded
unchanged, by the policy in `transforms.versions`), extract (spaCy parse + every extractor +
Polars normalisation), load (one transaction). The flow passes Prefect tasks for the three
stages; the benchmark passes the plain functions.

Extraction can run in worker processes (`ExtractorPool`): each worker loads the spaCy model once
and returns Polars frames. At most `workers` batches are in flight, so memory stays bounded,
and a single writer (this process) loads them. Loading runs in the background while the next
batch is parsed, one transaction at a time, in batch order.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, TypeVar

import polars as pl

from flows.nlp import load_pipeline
from flows.progress import Progress, report
from flows.settings import max_text_chars
from flows.source_state import FileTally, SourcePlan
from flows.sources import read_records
from schemas.frames import frame_from_rows
from schemas.tables import RejectedRecord
from transforms.extract import ArticleExtraction, extract_article
from transforms.normalise import (
    articles_with_duplicate_keys,
    batch_frames,
    merge_frames,
    without_articles,
)
from transforms.records import (
    RAW_EXCERPT_CHARS,
    RawRecord,
    Rejection,
    ValidArticle,
    validate_record,
)
from transforms.versions import latest_versions, replaced_ids, to_extract
from warehouse.store import Warehouse

T = TypeVar("T")
STAGES = ("read_and_triage", "extract", "load")
Frames = dict[str, pl.DataFrame]


class HasResult(Protocol):
    def result(self) -> Frames: ...


class Waitable(Protocol):
    def result(self) -> Any: ...


@dataclass(frozen=True)
class Triage:
    to_extract: list[ValidArticle]
    rejections: list[Rejection]
    unchanged: int
    replaced_ids: list[str] = field(default_factory=list)  # to_extract already in the warehouse
    rejected_before: int = 0  # rejections an earlier run already recorded


@dataclass
class RunCounts:
    """What a run did; also what the run summary, the `runs` row and the artifact show."""

    records_read: int = 0
    articles_loaded: int = 0
    articles_unchanged: int = 0
    records_rejected: int = 0
    records_rejected_new: int = 0
    entity_mentions: int = 0
    quotes: int = 0
    time_expressions: int = 0
    events: int = 0
    words: int = 0
    rows_loaded: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    entity_ids: set[str] = field(default_factory=set)
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    def table_counts(self) -> dict[str, int]:
        """The counts stored in the `runs` table."""
        return {
            "records_read": self.records_read,
            "articles_loaded": self.articles_loaded,
            "articles_unchanged": self.articles_unchanged,
            "records_rejected": self.records_rejected,
            "records_rejected_new": self.records_rejected_new,
            "entity_mentions": self.entity_mentions,
            "quotes": self.quotes,
            "time_expressions": self.time_expressions,
            "events": self.events,
            "files_read": self.files_read,
            "files_unchanged": self.files_unchanged,
        }

    def add_unchanged_files(self, plan: SourcePlan) -> None:
        """Files skipped unread: their records are unchanged, or still rejected (not anew)."""
        self.files_unchanged += len(plan.unchanged)
        self.articles_unchanged += plan.unchanged_records - plan.unchanged_rejected
        self.records_rejected += plan.unchanged_rejected

    def add_batch(self, triage: Triage, frames: Frames, rejected: int) -> None:
        self.articles_loaded += frames["articles"].height
        self.articles_unchanged += triage.unchanged
        self.records_rejected += rejected
        self.records_rejected_new += rejected - triage.rejected_before
        self.entity_mentions += frames["entity_mentions"].height
        self.quotes += frames["quotes"].height
        self.time_expressions += frames["time_expressions"].height
        self.events += frames["events"].height
        self.words += int(frames["articles"]["word_count"].sum() or 0)
        self.rows_loaded += sum(frame.height for frame in frames.values())
        self.entity_ids.update(frames["entities"]["entity_id"].to_list())


# ----------------------------------------------------------------------------- stages


def triage_records(
    raw_records: list[RawRecord],
    warehouse: Warehouse,
    version: str,
    reprocess: bool,
    seen: dict[str, str],
) -> Triage:
    """Validate records; keep each article's last version (`transforms.versions`) and drop
    the ones already loaded unchanged. `seen` maps each article id met earlier in the run to
    its content hash; triage adds the batch's."""
    limit = max_text_chars()
    batch = latest_versions((validate_record(raw, limit) for raw in raw_records), seen)
    known = warehouse.known_articles([a.article_id for a in batch.latest])
    extract = to_extract(batch.latest, known, version, reprocess)
    replaced = replaced_ids(extract, known, seen)
    seen.update({a.article_id: a.content_hash for a in batch.latest})  # once triage succeeded
    unchanged = batch.repeats + len(batch.latest) - len(extract)
    rejections = batch.rejections
    rejected_before = warehouse.count_known_rejections([r.reject_id for r in rejections])
    return Triage(extract, rejections, unchanged, replaced, rejected_before)


#: The Frames key of the articles whose extraction raised, as rejected_records rows.
FAILED_EXTRACTIONS = "rejected_records"


def extract_frames(articles: list[ValidArticle], run_id: str, version: str) -> Frames:
    """Parse a batch with spaCy and normalise every extractor's output into table frames. An
    article whose extraction raises, or whose rows share a key within a table, is quarantined
    (under FAILED_EXTRACTIONS) with the error as its reason; the rest of the batch loads."""
    nlp = load_pipeline()
    extractions: list[ArticleExtraction] = []
    failed: list[Rejection] = []
    texts = (article.record.text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        try:
            extractions.append(extract_article(doc, article))
        except Exception as error:  # one article's extractor bug must not sink its batch
            failed.append(extraction_failure(article, error))
    frames = batch_frames(extractions, run_id, version, datetime.now(UTC))
    broken = articles_with_duplicate_keys(frames)
    if broken:  # an extractor bug that gave two rows one key: quarantine just those articles
        frames = without_articles(frames, broken)
        failed += [
            extraction_failure(article, broken[article.article_id])
            for article in articles
            if article.article_id in broken
        ]
    frames[FAILED_EXTRACTIONS] = rejections_frame(failed, run_id)
    return frames


def extraction_failure(article: ValidArticle, error: Exception | str) -> Rejection:
    what = f"{type(error).__name__}: {error}" if isinstance(error, Exception) else error
    reason = (
        f"extraction failed: {what} (the record itself is valid; "
        "this is a newsetl bug, please report it with the record)"
    )
    return Rejection(
        article.source_file, article.locator, reason, article.record.text[:RAW_EXCERPT_CHARS]
    )


def rejections_frame(rejections: list[Rejection], run_id: str) -> pl.DataFrame:
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        {
            "reject_id": r.reject_id,
            "source_file": r.source_file,
            "locator": r.locator,
            "locator_number": r.locator_number,
            "reason": r.reason,
            "raw_excerpt": r.raw_excerpt,
            "first_run_id": run_id,
            "rejected_at": now,
        }
        for r in rejections
    ]
    return frame_from_rows(RejectedRecord, rows)


# ----------------------------------------------------------------------------- worker processes


def _warm_worker(model_name: str | None) -> None:
    load_pipeline(model_name)


def _ready_worker_pid() -> int:
    time.sleep(0.2)  # long enough that an idle sibling takes the next probe
    return os.getpid()


class ExtractorPool:
    """Extraction in `workers` processes (spawned: safe beside Prefect's threads)."""

    def __init__(self, workers: int, model_name: str | None = None) -> None:
        self.workers = workers
        context = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_warm_worker, initargs=(model_name,)
        )

    def start(self) -> None:
        """Start every worker process now, without waiting: each loads the model meanwhile."""
        for _ in range(self.workers):
            self._executor.submit(_ready_worker_pid)

    def warm(self, timeout: float = 300.0) -> None:
        """Wait until every worker process has started and loaded the model (a task only runs
        after its process's initializer), so a caller can time steady-state work."""
        deadline = time.monotonic() + timeout
        ready: set[int] = set()
        while len(ready) < self.workers:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(ready)} of {self.workers} extraction workers started")
            probes = [self._executor.submit(_ready_worker_pid) for _ in range(self.workers)]
            ready.update(probe.result() for probe in probes)

    def submit(self, articles: list[ValidArticle], run_id: str, version: str) -> Future[Frames]:
        return self._executor.submit(extract_frames, articles, run_id, version)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


#: Pools started ahead of a run (`prestart_pool`), by worker count; a run takes its own.
_PRESTARTED: dict[int, ExtractorPool] = {}


def prestart_pool(workers: int) -> None:
    """Start `workers` extraction processes now, so that they load the model while Prefect's
    server starts (3 s of a 2-worker run's extraction otherwise); the next run in this process
    with as many workers takes them (`take_pool`)."""
    if workers > 1 and workers not in _PRESTARTED:
        pool = ExtractorPool(workers)
        pool.start()
        _PRESTARTED[workers] = pool


def take_pool(workers: int) -> ExtractorPool:
    """The pool started ahead for `workers`, else a new one."""
    return _PRESTARTED.pop(workers, None) or ExtractorPool(workers)


@dataclass(frozen=True)
class Done:
    """An already-computed result, for the in-process path."""

    frames: Frames

    def result(self) -> Frames:
        return self.frames


# ----------------------------------------------------------------------------- work split

#: Extraction units per worker in a batch. A batch is the unit of a transaction; extraction is
#: split finer, so every worker has work until the run's last articles (600 articles in batches
#: of 256 kept one of two workers idle for a third of the run).
CHUNKS_PER_WORKER = 2
#: Fewer articles than this per unit cost more in task overhead than they save in balance.
MIN_CHUNK = 8


def chunked(articles: list[T], workers: int, per_worker: int = CHUNKS_PER_WORKER) -> list[list[T]]:
    """`articles` in consecutive parts, about `per_worker` per worker."""
    if workers <= 1 or len(articles) <= MIN_CHUNK:
        return [articles]
    size = max(MIN_CHUNK, math.ceil(len(articles) / (workers * per_worker)))
    return [articles[start : start + size] for start in range(0, len(articles), size)]


@dataclass(frozen=True)
class Gathered:
    """The parts of one batch's extraction, merged in order when all are done."""

    parts: list[HasResult]

    def result(self) -> Frames:
        return merge_frames([part.result() for part in self.parts])


def submit_chunked(
    articles: list[ValidArticle],
    workers: int,
    submit_one: Callable[[list[ValidArticle]], HasResult],
    per_worker: int = CHUNKS_PER_WORKER,
) -> HasResult:
    """Submit a batch's extraction in parts spread over `workers`; one result for the batch,
    the same frames as extracting it whole."""
    parts = [submit_one(part) for part in chunked(articles, workers, per_worker)]
    return parts[0] if len(parts) == 1 else Gathered(parts)


# ----------------------------------------------------------------------------- the loop


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass
class StageFunctions:
    """The three stages, as plain functions or Prefect tasks. Extraction and loading are
    submitted (they return something to wait on), so they overlap with the next batch."""

    triage: Callable[[list[RawRecord], dict[str, str]], Triage]
    submit_extract: Callable[[list[ValidArticle]], HasResult]
    submit_load: Callable[[Frames, pl.DataFrame, list[str]], Waitable]


@dataclass
class BatchLoop:
    files: list[Path]
    stages: StageFunctions
    batch_size: int
    in_flight: int
    empty_frames: Callable[[], Frames]
    rejections_to_frame: Callable[[list[Rejection]], pl.DataFrame]
    log: Callable[[str], None] = lambda message: None
    counts: RunCounts = field(default_factory=RunCounts)
    stage: str = "read_and_triage"
    #: per file read, its fingerprint before reading and its record counts (`source_files`)
    tallies: dict[str, FileTally] = field(default_factory=dict)
    _files_started: int = 0
    _loading: Waitable | None = None  # the batch being written: one writer, one at a time

    def _counted_files(self) -> Iterator[Path]:
        for path in self.files:
            self._files_started += 1
            self.counts.files_read += 1
            with suppress(OSError):  # gone or unreadable: the reader rejects it with the reason
                self.tallies[str(path)] = FileTally.of(path)
            yield path

    def _tally_records(self, raw_batch: list[RawRecord]) -> None:
        for raw in raw_batch:
            if (tally := self.tallies.get(raw.source_file)) is not None:
                tally.records += 1

    def _tally_rejections(self, rejections: pl.DataFrame) -> None:
        for source_file in rejections["source_file"].to_list():
            if (tally := self.tallies.get(source_file)) is not None:
                tally.rejected += 1

    def run(self) -> RunCounts:
        """Process every batch; extraction of up to `in_flight` batches overlaps loading."""
        seen: dict[str, str] = {}
        pending: deque[tuple[int, int, Triage, HasResult | None]] = deque()
        clock = time.perf_counter()
        records = read_records(self._counted_files())
        for number, raw_batch in enumerate(batched(records, self.batch_size), start=1):
            self.stage = "read_and_triage"
            triage = self.stages.triage(raw_batch, seen)
            self.counts.records_read += len(raw_batch)
            self._tally_records(raw_batch)
            clock = self._lap(clock)
            self.stage = "extract"
            future = self.stages.submit_extract(triage.to_extract) if triage.to_extract else None
            clock = self._lap(clock)
            pending.append((number, len(raw_batch), triage, future))
            while len(pending) > self.in_flight - 1:
                clock = self._finish(pending.popleft(), clock)
        while pending:
            clock = self._finish(pending.popleft(), clock)
        self._wait_for_load()
        self._lap(clock)
        return self.counts

    def _wait_for_load(self) -> None:
        if self._loading is not None:
            self.stage = "load"
            loading, self._loading = self._loading, None
            loading.result()

    def _finish(self, item: tuple[int, int, Triage, HasResult | None], clock: float) -> float:
        number, read, triage, future = item
        self.stage = "extract"
        frames = future.result() if future is not None else self.empty_frames()
        clock = self._lap(clock)
        rejections, replaced = self._with_failed_extractions(frames, triage)
        self._tally_rejections(rejections)
        self._wait_for_load()  # the previous batch's transaction must end before this one starts
        self._loading = self.stages.submit_load(frames, rejections, replaced)
        clock = self._lap(clock)
        self.counts.add_batch(triage, frames, rejections.height)
        self.log(
            f"batch {number}: {read} read, {frames['articles'].height} loaded, "
            f"{triage.unchanged} unchanged, {rejections.height} rejected"
        )
        c = self.counts
        report(
            Progress(
                len(self.files),
                self._files_started,
                c.records_read,
                c.articles_loaded,
                c.articles_unchanged,
                c.records_rejected,
            )
        )
        return clock

    def _with_failed_extractions(
        self, frames: Frames, triage: Triage
    ) -> tuple[pl.DataFrame, list[str]]:
        """The batch's rejections, including articles whose extraction failed; and the articles
        to replace, without those (an older version of a failed article stays loaded)."""
        rejections = self.rejections_to_frame(triage.rejections)
        failed = frames.pop(FAILED_EXTRACTIONS, None)
        if failed is None or failed.height == 0:
            return rejections, triage.replaced_ids
        extracted = set(frames["articles"]["article_id"].to_list())
        replaced = [article_id for article_id in triage.replaced_ids if article_id in extracted]
        return pl.concat([rejections, failed]), replaced

    def source_state_rows(self, version: str, run_id: str) -> list[dict[str, Any]]:
        """`source_files` rows for the files this loop read (write them once the run is done)."""
        return [tally.state_row(path, version, run_id) for path, tally in self.tallies.items()]

    def _lap(self, started: float) -> float:
        now = time.perf_counter()
        self.counts.seconds[self.stage] += now - started
        return now


def plain_stages(
    warehouse: Warehouse,
    run_id: str,
    version: str,
    reprocess: bool,
    loader: ThreadPoolExecutor,
    pool: ExtractorPool | None = None,
) -> StageFunctions:
    """The stages as plain function calls (no Prefect), optionally with worker processes."""

    def submit(articles: list[ValidArticle]) -> HasResult:
        if pool is not None:
            return submit_chunked(
                articles, pool.workers, lambda part: pool.submit(part, run_id, version)
            )
        return Done(extract_frames(articles, run_id, version))

    return StageFunctions(
        triage=lambda raw, seen: triage_records(raw, warehouse, version, reprocess, seen),
        submit_extract=submit,
        submit_load=lambda *batch: loader.submit(warehouse.load_batch, *batch),
    )


def empty_frames(run_id: str, version: str) -> Callable[[], Frames]:
    return lambda: batch_frames([], run_id, version, datetime.now(UTC))


def run_plain(
    files: list[Path],
    warehouse: Warehouse,
    run_id: str,
    version: str,
    batch_size: int,
    workers: int = 1,
    reprocess: bool = False,
    pool: ExtractorPool | None = None,
) -> RunCounts:
    """The whole pipeline without Prefect (the benchmark's path). Extraction runs in `pool`
    when given (the caller owns it), else in `workers` new processes, else in this one."""
    owns_pool = pool is None and workers > 1
    if owns_pool:
        pool = ExtractorPool(workers)
    if pool is not None:
        workers = pool.workers
    loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsetl-loader")
    try:
        loop = BatchLoop(
            files=files,
            stages=plain_stages(warehouse, run_id, version, reprocess, loader, pool),
            batch_size=batch_size,
            in_flight=max(workers, 1) + (1 if pool else 0),
            empty_frames=empty_frames(run_id, version),
            rejections_to_frame=lambda rejections: rejections_frame(rejections, run_id),
        )
        return loop.run()
    finally:
        loader.shutdown(wait=True)
        if owns_pool and pool is not None:
            pool.close()


def summary_of(counts: RunCounts) -> dict[str, Any]:
    return {**counts.table_counts(), "entities": len(counts.entity_ids), "seconds": counts.seconds}
