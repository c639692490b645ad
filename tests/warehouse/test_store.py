"""The warehouse: batch loads replace whole articles atomically; a held file is waited for."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from schemas.frames import frame_from_rows
from schemas.tables import RejectedRecord
from transforms.extract import extract_article
from transforms.linking import SURNAME_LINKING
from transforms.normalise import batch_frames
from transforms.records import RawRecord, ValidArticle, validate_record
from warehouse import rollups
from warehouse.connection import WarehouseLockedError
from warehouse.store import Warehouse

NOW = datetime(2025, 3, 1, tzinfo=UTC)


def _frames(nlp, texts: dict[str, str], run_id: str = "run-1") -> dict[str, pl.DataFrame]:  # type: ignore[no-untyped-def]
    articles = []
    for article_id, text in texts.items():
        valid = validate_record(RawRecord("t.jsonl", "line 1", {"id": article_id, "text": text}))
        assert isinstance(valid, ValidArticle)
        articles.append(extract_article(nlp(text), valid))
    return batch_frames(articles, run_id, "test-version", NOW)


def _counts(store: Warehouse) -> dict[str, int]:
    tables = ["articles", "entities", "entity_mentions", "quotes", "time_expressions", "events"]
    return {t: store.query(f"SELECT count(*) FROM {t}").rows[0][0] for t in tables}


@pytest.fixture
def store(tmp_path: Path) -> Warehouse:
    warehouse = Warehouse(tmp_path / "w.duckdb", lock_timeout=5, linking=SURNAME_LINKING)
    warehouse.ensure_schema()
    return warehouse


FIRST = "“We will reopen the bridge on Friday,” said Mayor Ana Silva of Lisbon."
SECOND = "Ana Silva met Pedro Costa in Porto on Monday. Costa left early."


def test_reloading_an_article_replaces_its_rows(store: Warehouse, nlp) -> None:  # type: ignore[no-untyped-def]
    store.load_batch(_frames(nlp, {"a1": FIRST}))
    first = _counts(store)
    assert first["quotes"] == 1 and first["entity_mentions"] >= 2
    store.load_batch(_frames(nlp, {"a1": FIRST}))
    assert _counts(store) == first  # same input: identical, not doubled
    store.load_batch(_frames(nlp, {"a1": SECOND}))  # corrected text under the same id
    replaced = _counts(store)
    assert replaced["articles"] == 1 and replaced["quotes"] == 0
    # Lisbon is no longer mentioned: the load that replaced the article dropped it
    names = {row[0] for row in store.query("SELECT name FROM entities").rows}
    assert "Lisbon" not in names and "Pedro Costa" in names
    assert store.drop_orphan_entities() == 0  # nothing left for the full sweep


def test_failed_batch_leaves_nothing_behind(store: Warehouse, nlp) -> None:  # type: ignore[no-untyped-def]
    store.load_batch(_frames(nlp, {"a1": FIRST}))
    before = _counts(store)
    frames = _frames(nlp, {"a1": SECOND, "a2": FIRST})
    # Sabotage the last table written: a duplicated primary key fails the insert mid-batch.
    participants = frames["event_participants"]
    frames["event_participants"] = pl.concat([participants, participants])
    assert participants.height > 0
    with pytest.raises(Exception, match=r"(?i)constraint|duplicate|share a key"):
        store.load_batch(frames)
    assert _counts(store) == before


def test_an_article_loaded_twice_without_replacing_fails_whole(store: Warehouse, nlp) -> None:  # type: ignore[no-untyped-def]
    """Child tables have no enforced key; the articles key keeps their rows single."""
    store.load_batch(_frames(nlp, {"a1": FIRST}))
    before = _counts(store)
    with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
        store.load_batch(_frames(nlp, {"a1": FIRST}), replaced_ids=[])  # caller forgot a1
    assert _counts(store) == before


def test_an_older_warehouse_loses_the_retired_indexes(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    store = Warehouse(path, linking=SURNAME_LINKING)
    store.ensure_schema()
    with store.connect() as con:  # as newsetl 0.2 left it
        con.execute("CREATE INDEX idx_entity_mentions_article_id ON entity_mentions (article_id)")
        con.execute("CREATE INDEX idx_quotes_speaker_entity_id ON quotes (speaker_entity_id)")
        # as newsetl 0.6 left it: surname lookups scan all the same
        con.execute("CREATE INDEX idx_entities_last_name_key ON entities (last_name_key)")
        con.execute("CREATE INDEX idx_entity_links_last_name_key ON entity_links (last_name_key)")
    store.ensure_schema()
    indexes = {row[0] for row in store.query("SELECT index_name FROM duckdb_indexes()").rows}
    assert indexes == set()


def test_user_values_are_stored_verbatim(store: Warehouse, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Robert'); DROP TABLE articles;-- met O'Brien in \"Cork\" on Monday."
    store.load_batch(_frames(nlp, {"x'); DROP TABLE entities;--": text}))
    [(external_id, stored)] = store.query("SELECT external_id, text FROM articles").rows
    assert (external_id, stored) == ("x'); DROP TABLE entities;--", text)


_HOLDER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.close()
    """
)


def _hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def test_reader_waits_for_a_writer_in_another_process(store: Warehouse) -> None:
    holder = _hold(store.path, 1.5)
    started = time.monotonic()
    assert store.query("SELECT count(*) FROM articles").rows == [(0,)]
    assert time.monotonic() - started > 0.5  # it really waited for the other process
    holder.wait(timeout=10)


def test_wait_is_bounded_with_a_clear_message(store: Warehouse) -> None:
    holder = _hold(store.path, 5)
    impatient = Warehouse(store.path, lock_timeout=0.5, linking=SURNAME_LINKING)
    with pytest.raises(WarehouseLockedError, match="held by another process"):
        impatient.query("SELECT 1")
    holder.kill()
    holder.wait(timeout=10)


def test_roles_are_loaded_and_replaced_with_their_article(store: Warehouse, nlp) -> None:  # type: ignore[no-untyped-def]
    store.load_batch(_frames(nlp, {"a1": FIRST}))
    rows = store.query(
        "SELECT r.role, e.name, substring(a.text, r.start_char + 1, r.end_char - r.start_char) "
        "FROM entity_roles r JOIN entities e USING (entity_id) JOIN articles a USING (article_id)"
    ).rows
    assert rows == [("Mayor", "Ana Silva", "Mayor")]
    store.load_batch(_frames(nlp, {"a1": SECOND}))
    assert store.query("SELECT count(*) FROM entity_roles").rows == [(0,)]


def test_rejections_sort_by_locator_number_and_older_files_get_it(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    store = Warehouse(path, linking=SURNAME_LINKING)
    store.ensure_schema()
    with store.connect() as con:  # as newsetl 0.4 left it: no locator_number column
        con.execute("ALTER TABLE rejected_records DROP COLUMN locator_number")
        for locator in ("line 10", "line 2", "the file"):
            con.execute(
                "INSERT INTO rejected_records VALUES "
                "($id, 'a.jsonl', $locator, 'bad', NULL, 'r0', now()::TIMESTAMP)",
                {"id": f"rej-{locator}", "locator": locator},
            )
    store.ensure_schema()
    rows = store.query(
        "SELECT locator, locator_number FROM rejected_records ORDER BY locator_number"
    ).rows
    assert rows == [("line 2", 2), ("line 10", 10), ("the file", None)]


def test_every_view_and_view_column_has_a_comment(store: Warehouse) -> None:
    views = "SELECT view_name FROM duckdb_views() WHERE NOT internal"
    uncommented_views = store.query(f"{views} AND comment IS NULL").rows
    uncommented_columns = store.query(
        f"SELECT table_name, column_name FROM duckdb_columns() "
        f"WHERE table_name IN ({views}) AND comment IS NULL"
    ).rows
    assert len(store.query(views).rows) == 6
    assert (uncommented_views, uncommented_columns) == ([], [])


def _rejection(reject_id: str, locator: str, reason: str) -> dict[str, object]:
    return {
        "reject_id": reject_id,
        "source_file": "a.jsonl",
        "locator": locator,
        "locator_number": int(locator.split()[-1]),
        "reason": reason,
        "raw_excerpt": None,
        "first_run_id": "run-1",
        "rejected_at": datetime(2026, 1, 1),
    }


def test_a_place_rejected_for_a_new_reason_keeps_only_the_new_one(store: Warehouse, nlp) -> None:  # type: ignore[no-untyped-def]
    first = [_rejection("r1", "line 3", "old words"), _rejection("r2", "line 4", "other")]
    store.load_batch(_frames(nlp, {}), rejections=frame_from_rows(RejectedRecord, first))
    again = [_rejection("r3", "line 3", "new words")]
    store.load_batch(_frames(nlp, {}), rejections=frame_from_rows(RejectedRecord, again))
    rows = store.query("SELECT locator, reason FROM rejected_records ORDER BY locator").rows
    assert rows == [("line 3", "new words"), ("line 4", "other")]


def _rollups(store: Warehouse) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: store.query(f"SELECT * FROM {table} ORDER BY ALL").rows
        for table in ("entity_stats", "entity_alias_stats")
    }


def test_rollups_kept_by_loads_equal_a_rebuild(store: Warehouse, nlp) -> None:  # type: ignore[no-untyped-def]
    """Counts added by each load and subtracted for replaced articles are the counts a full
    recomputation gives, and entity_summary reads them."""
    store.load_batch(_frames(nlp, {"a1": FIRST, "a2": SECOND}))
    store.load_batch(_frames(nlp, {"a3": SECOND}))
    store.load_batch(_frames(nlp, {"a1": SECOND}))  # a1 replaced: Lisbon and the quote go
    kept = _rollups(store)
    with store.connect() as con:
        rollups.rebuild(con)
    assert kept == _rollups(store)
    summary = dict(
        (name, (mentions, articles, quotes))
        for name, mentions, articles, quotes in store.query(
            "SELECT name, mentions, articles, quotes FROM entity_summary"
        ).rows
    )
    assert summary["Pedro Costa"][1] == 3 and "Lisbon" not in summary
    assert all(quotes == 0 for _, _, quotes in summary.values())
