"""benchmarks.scale_build: a replicated warehouse is the one newsetl would load from its sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from benchmarks.scale_build import Seed, grow, write_sources
from flows.nlp import extractor_version
from flows.pipeline import run_plain
from flows.source_state import plan_reads, state_key
from flows.sources import expand_sources
from flows.storage import open_warehouse
from warehouse.store import Warehouse

TEXTS = [
    "Mayor Lucia Ferreira met union leaders in Porto on Monday, officials said.",
    "“We will not back down,” said Tomas Brekke, the head of Northwind Shipping.",
    "Germany imposed sanctions on Iran last week, the finance ministry said.",
    "Ana Silva of the Lisbon Transport Authority accused Carlos Mendes of delays.",
]


def _seed(folder: Path) -> Path:
    source = folder / "seed.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(TEXTS):
            record = {"id": f"s{number}", "source": "Test Wire", "text": text}
            handle.write(json.dumps(record | {"published_at": "2025-03-05T09:00:00"}) + "\n")
    db = folder / "seed.duckdb"
    store = open_warehouse(db)
    store.ensure_schema()
    run_plain([source], store, "seed-run", extractor_version(), batch_size=64)
    return db


def _count(store: Warehouse, table: str) -> int:
    return int(store.query(f"SELECT count(*) FROM {table}").rows[0][0])


def test_replicated_articles_are_what_newsetl_reads_from_their_sources(tmp_path: Path) -> None:
    version = extractor_version()
    seed = Seed.read(_seed(tmp_path))
    db, sources = tmp_path / "scale.duckdb", tmp_path / "sources"
    shutil.copy(seed.db, db)
    grow(db, seed, 40, sources)
    write_sources(db, seed, seed.size, 40, sources, version)
    store = open_warehouse(db)
    assert _count(store, "articles") == 40
    seed_store = open_warehouse(seed.db)
    assert _count(store, "entities") > _count(seed_store, "entities")  # new people per copy
    assert _count(store, "entity_mentions") == 10 * _count(seed_store, "entity_mentions")
    files = expand_sources([sources])
    states = store.source_file_states([state_key(path) for path in files])
    assert plan_reads(files, states, version, reprocess=False).to_read == []
    # read anyway, every record is an article already loaded with the same text
    counts = run_plain(files, store, "check-run", version, batch_size=64)
    assert (counts.records_read, counts.articles_loaded, counts.articles_unchanged) == (36, 0, 36)
