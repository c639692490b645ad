"""One source of truth: the DuckDB tables and Polars frames agree with the Pydantic models."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from schemas.frames import polars_schema
from schemas.tables import ALL_TABLES, TableModel
from transforms.linking import SURNAME_LINKING
from warehouse.ddl import duckdb_type
from warehouse.store import Warehouse

CONTRACT = {
    "articles": {
        "article_id",
        "external_id",
        "title",
        "url",
        "source",
        "author",
        "language",
        "published_at",
        "text",
        "content_hash",
        "extractor_version",
        "run_id",
        "ingested_at",
    },
    "entities": {"entity_id", "name", "type"},
    "entity_mentions": {
        "mention_id",
        "article_id",
        "entity_id",
        "text",
        "type",
        "start_char",
        "end_char",
        "sentence_index",
    },
    "quotes": {
        "quote_id",
        "article_id",
        "text",
        "kind",
        "start_char",
        "end_char",
        "cue",
        "cue_start_char",
        "cue_end_char",
        "speaker_text",
        "speaker_start_char",
        "speaker_end_char",
        "speaker_entity_id",
    },
    "time_expressions": {
        "timex_id",
        "article_id",
        "text",
        "type",
        "value",
        "start_char",
        "end_char",
    },
    "events": {
        "event_id",
        "article_id",
        "event_type",
        "trigger",
        "start_char",
        "end_char",
        "event_date",
        "timex_id",
    },
    "event_participants": {"event_id", "role", "entity_id", "mention_id"},
    "rejected_records": set(),
    "runs": set(),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    store = Warehouse(
        Path(tmp_path_factory.mktemp("wh")) / "schema.duckdb", linking=SURNAME_LINKING
    )
    store.ensure_schema()
    return store


def test_public_contract_columns_exist() -> None:
    tables = {model.table_name: set(model.model_fields) for model in ALL_TABLES}
    for table, columns in CONTRACT.items():
        assert table in tables, f"contract table {table} missing"
        assert columns <= tables[table], f"{table} lost {columns - tables[table]}"


@pytest.mark.parametrize("model", ALL_TABLES, ids=lambda m: m.table_name)
def test_duckdb_table_matches_model(warehouse: Warehouse, model: type[TableModel]) -> None:
    result = warehouse.query(
        "SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() "
        "WHERE table_name = $t ORDER BY column_index",
        {"t": model.table_name},
    )
    assert [row[0] for row in result.rows] == list(model.model_fields)
    for name, data_type, is_nullable, comment in result.rows:
        expected_type, nullable = duckdb_type(model, name)
        assert data_type == expected_type, name
        assert is_nullable == nullable, name
        assert comment == model.model_fields[name].description, name
    key_constraints = warehouse.query(
        "SELECT constraint_column_names FROM duckdb_constraints() "
        "WHERE table_name = $t AND constraint_type = 'PRIMARY KEY'",
        {"t": model.table_name},
    ).rows
    expected_constraints = [(list(model.primary_key),)] if model.key_enforced else []
    assert key_constraints == expected_constraints


@pytest.mark.parametrize("model", ALL_TABLES, ids=lambda m: m.table_name)
def test_polars_frame_round_trips_through_duckdb(warehouse: Warehouse, model: type[TableModel]):
    with warehouse.connect(read_only=True) as con:
        frame = con.execute(f"SELECT * FROM {model.table_name} LIMIT 0").pl()
    expected = polars_schema(model)
    assert dict(frame.schema) == dict(expected)
    assert all(isinstance(dtype, pl.DataType) for dtype in expected.values())


def test_older_warehouse_gains_new_columns(tmp_path: Path) -> None:
    store = Warehouse(tmp_path / "old.duckdb", linking=SURNAME_LINKING)
    with store.connect() as con:  # entities as the first release created it, with its index
        con.execute(
            "CREATE TABLE entities (entity_id VARCHAR NOT NULL, name VARCHAR NOT NULL, "
            "type VARCHAR NOT NULL, PRIMARY KEY (entity_id))"
        )
        con.execute("CREATE INDEX idx_entities_name ON entities (name)")
        con.execute("INSERT INTO entities VALUES ('ent_1', 'Kyiv', 'GPE')")
    store.ensure_schema()
    rows = store.query("SELECT entity_id, name, country_code, latitude FROM entities").rows
    assert rows == [("ent_1", "Kyiv", None, None)]
    indexes = store.query("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'entities'")
    assert indexes.rows == []  # retired: surname lookups scan, and loads stay fast
