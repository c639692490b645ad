"""Throughput benchmark: how close the pipeline runs to spaCy's own speed, and at what memory.

    uv run python -m benchmarks.throughput --corpus reuters -n 2000 --workers 1 2

Reads N articles from ../shared/data (bbc_news or reuters21578; evaluation data, never copied
into the repository), writes them to a temporary JSONL file, and in one run measures, each in a
fresh child process so timings and peak memory do not leak between measurements:
(a) raw spaCy `nlp.pipe` words/s on the same texts, model, components and batch size (the
    ceiling); (b) the full pipeline (read, triage, extract, normalise, load into a new DuckDB
    file) without Prefect, in articles/s and words/s, for each worker count, timed from warm
    workers (model loading and worker start-up are reported apart as `startup_seconds`);
    (c) Prefect's fixed start-up: a flow run over one short article, minus its work; (d) peak
    RSS of the pipeline
    (main process plus the largest worker). Prints one JSON line. Ratios, not absolute numbers,
    are what to compare on a shared machine.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from flows.settings import DEFAULT_BATCH_SIZE
from flows.storage import open_warehouse

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
SPACY_BATCH_SIZE = 16  # the batch size extract_frames gives nlp.pipe


def _bbc_texts(root: Path) -> Iterator[str]:
    for path in sorted(root.glob("*/*.txt")):
        yield path.read_text(encoding="latin-1")


def _reuters_texts(root: Path) -> Iterator[str]:
    body = re.compile(r"<BODY>(.*?)</BODY>", re.S)
    for path in sorted(root.glob("*.sgm")):
        for match in body.finditer(path.read_text(encoding="latin-1")):
            text = html.unescape(match.group(1)).replace("\x03", "").strip()
            if text:
                yield text


def corpus_texts(corpus: str) -> Iterator[str]:
    """Article texts of one corpus under ../shared/data ("bbc" or "reuters"), in a fixed order."""
    root = SHARED_DATA / ("bbc_news" if corpus == "bbc" else "reuters21578")
    if not root.exists():
        raise SystemExit(f"{root} not found: the benchmark reads third-party data from ../shared")
    return _bbc_texts(root) if corpus == "bbc" else _reuters_texts(root)


def write_corpus(corpus: str, limit: int, target: Path) -> int:
    texts = corpus_texts(corpus)
    count = 0
    with target.open("w", encoding="utf-8") as handle:
        for count, text in enumerate(texts, start=1):
            handle.write(json.dumps({"id": f"{corpus}-{count}", "text": text}) + "\n")
            if count >= limit:
                break
    return count


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own + children) / 1024, 1)


def measure_spacy(corpus_file: Path) -> dict[str, Any]:
    from flows.nlp import load_pipeline

    nlp = load_pipeline()
    texts = [json.loads(line)["text"] for line in corpus_file.open(encoding="utf-8")]
    started = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=SPACY_BATCH_SIZE):
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    seconds = time.perf_counter() - started
    return {
        "articles": len(texts),
        "words": words,
        "seconds": seconds,
        "words_per_s": words / seconds,
    }


def measure_pipeline(corpus_file: Path, workers: int, batch_size: int) -> dict[str, Any]:
    """Steady-state pipeline speed: model loading and worker start-up are fixed costs, timed
    apart (`startup_seconds`) like Prefect's, not inside the throughput."""
    from flows.nlp import extractor_version, load_pipeline
    from flows.pipeline import ExtractorPool, run_plain

    started = time.perf_counter()
    load_pipeline()
    pool = ExtractorPool(workers) if workers > 1 else None
    if pool is not None:
        pool.warm()
    startup_seconds = time.perf_counter() - started
    try:
        with tempfile.TemporaryDirectory() as folder:
            warehouse = open_warehouse(Path(folder) / "bench.duckdb")
            warehouse.ensure_schema()
            started = time.perf_counter()
            counts = run_plain(
                [corpus_file], warehouse, "bench", extractor_version(), batch_size, pool=pool
            )
            seconds = time.perf_counter() - started
    finally:
        if pool is not None:
            pool.close()
    return {
        "workers": workers,
        "articles": counts.articles_loaded,
        "words": counts.words,
        "seconds": seconds,
        "startup_seconds": startup_seconds,
        "articles_per_s": counts.articles_loaded / seconds,
        "words_per_s": counts.words / seconds,
        "stage_seconds": counts.seconds,
        "rows_loaded": counts.rows_loaded,
        "load_rows_per_s": counts.rows_loaded / max(counts.seconds["load"], 1e-9),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _synthetic_frames(articles: int, mentions_per_article: int) -> dict[str, Any]:
    """Warehouse frames of the right schema, built column-wise (no per-row Python objects).
    Columns not given here are NULL (or a fixed value for NOT NULL columns)."""
    import polars as pl

    from schemas.frames import polars_schema
    from schemas.tables import ALL_TABLES

    def conform(model_name: str, columns: dict[str, Any], height: int) -> pl.DataFrame:
        model = next(m for m in ALL_TABLES if m.table_name == model_name)
        schema = polars_schema(model)
        filled = {
            name: columns[name]
            if name in columns
            else pl.repeat(_FILL.get(name), height, eager=True, dtype=dtype)
            for name, dtype in schema.items()
        }
        return pl.DataFrame(filled).cast(dict(schema))

    ids = pl.int_range(0, articles, eager=True).cast(pl.String)
    n = articles * mentions_per_article
    index = pl.int_range(0, n, eager=True)
    entity_ids = pl.int_range(0, 5000, eager=True).cast(pl.String)
    frames = {m.table_name: pl.DataFrame(schema=polars_schema(m)) for m in ALL_TABLES}
    frames["articles"] = conform(
        "articles",
        {
            "article_id": "art_" + ids,
            "content_hash": ids,
            "source_locator": ids,
        },
        articles,
    )
    frames["entity_mentions"] = conform(
        "entity_mentions",
        {
            "mention_id": "men_" + index.cast(pl.String),
            "article_id": "art_" + (index // mentions_per_article).cast(pl.String),
            "entity_id": "ent_" + (index % 5000).cast(pl.String),
            "start_char": index % 400,
            "end_char": index % 400 + 4,
            "sentence_index": index % 20,
        },
        n,
    )
    frames["entities"] = conform(
        "entities",
        {
            "entity_id": "ent_" + entity_ids,
            "name": "Name " + entity_ids,
        },
        5000,
    )
    return frames


#: Values for NOT NULL columns the synthetic frames do not vary.
_FILL: dict[str, Any] = {
    "text": "Synthetic article text. " * 20,
    "extractor_version": "bench",
    "run_id": "bench",
    "ingested_at": datetime(2025, 1, 1),
    "source_file": "bench.jsonl",
    "word_count": 80,
    "name": "Name",
    "type": "PERSON",
    "ner_label": "PERSON",
}


def measure_bulk_load(rows: int) -> dict[str, Any]:
    """Rows/s of one bulk load from Arrow into a fresh warehouse (the loader's own speed)."""

    articles = max(rows // 100, 1)
    frames = _synthetic_frames(articles, 100)
    total = sum(frame.height for frame in frames.values())
    with tempfile.TemporaryDirectory() as folder:
        warehouse = open_warehouse(Path(folder) / "bulk.duckdb")
        warehouse.ensure_schema()
        started = time.perf_counter()
        warehouse.load_batch(frames, replaced_ids=[])
        seconds = time.perf_counter() - started
    return {"rows": total, "seconds": seconds, "rows_per_s": total / seconds}


def measure_prefect_startup(corpus_file: Path) -> dict[str, Any]:
    from flows.ingest import ingest_articles
    from flows.nlp import load_pipeline

    load_pipeline()
    first = corpus_file.open(encoding="utf-8").readline()
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "one.jsonl"
        one.write_text(first, encoding="utf-8")
        started = time.perf_counter()
        summary = ingest_articles(sources=[str(one)], db=str(Path(folder) / "p.duckdb"))
        seconds = time.perf_counter() - started
    work = sum(summary["seconds"].values())
    return {"flow_seconds": seconds, "work_seconds": work, "startup_seconds": seconds - work}


def _child(*args: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.throughput", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{result.stderr[-3000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("bbc", "reuters"), default="reuters")
    parser.add_argument("-n", type=int, default=1000, help="number of articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--no-prefect", action="store_true", help="skip measurement (c)")
    parser.add_argument(
        "--bulk-rows", type=int, default=1_000_000, help="rows for the bulk-load measurement"
    )
    parser.add_argument(
        "--measure", choices=("spacy", "pipeline", "prefect", "bulk"), help="internal"
    )
    parser.add_argument("--corpus-file", type=Path, help="internal")
    args = parser.parse_args(argv)

    if args.measure:
        if args.measure == "spacy":
            result = measure_spacy(args.corpus_file)
        elif args.measure == "bulk":
            result = measure_bulk_load(args.bulk_rows)
        elif args.measure == "pipeline":
            result = measure_pipeline(args.corpus_file, args.workers[0], args.batch_size)
        else:
            result = measure_prefect_startup(args.corpus_file)
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory() as folder:
        corpus_file = Path(folder) / "corpus.jsonl"
        articles = write_corpus(args.corpus, args.n, corpus_file)
        common = ["--corpus-file", str(corpus_file), "--batch-size", str(args.batch_size)]
        spacy_result = _child("--measure", "spacy", *common)
        pipelines = {
            str(w): _child("--measure", "pipeline", "--workers", str(w), *common)
            for w in args.workers
        }
        prefect = None if args.no_prefect else _child("--measure", "prefect", *common)
        bulk = _child("--measure", "bulk", "--bulk-rows", str(args.bulk_rows), *common)
    one = pipelines.get("1")
    report: dict[str, Any] = {
        "corpus": args.corpus,
        "articles": articles,
        "batch_size": args.batch_size,
        "spacy_words_per_s": round(spacy_result["words_per_s"], 1),
        "pipeline": {
            w: {k: (round(v, 3) if isinstance(v, float) else v) for k, v in p.items()}
            for w, p in pipelines.items()
        },
        "pipeline_to_spacy_ratio": (
            round(one["words_per_s"] / spacy_result["words_per_s"], 3) if one else None
        ),
        "speedup_2_workers": (
            round(pipelines["2"]["words_per_s"] / one["words_per_s"], 3)
            if one and "2" in pipelines
            else None
        ),
        "prefect_startup_seconds": round(prefect["startup_seconds"], 2) if prefect else None,
        "peak_rss_mb": max(p["peak_rss_mb"] for p in pipelines.values()),
        "bulk_load_rows_per_s": round(bulk["rows_per_s"]),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
