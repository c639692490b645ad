"""Cross-article identity: a one-word PERSON links to the only full name ending in that word.

Real DuckDB files, real spaCy: the links must be the same whatever order articles are loaded in,
become ambiguous (unlinked) when a second full name shares the surname, and be found by indexed
lookups rather than scans.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import permutations
from pathlib import Path

import polars as pl
import pytest

from transforms.extract import extract_article
from transforms.linking import SURNAME_LINKING
from transforms.normalise import batch_frames
from transforms.records import RawRecord, ValidArticle, validate_record
from warehouse.links import NoLinkingRuleError
from warehouse.store import Warehouse

NOW = datetime(2025, 3, 1, tzinfo=UTC)
FULL = (
    "Russian President Vladimir Putin met officials in Moscow on Monday. Putin said it went well."
)
SURNAME = "Putin said on Tuesday that the new sanctions would fail."
OTHER = "Igor Putin, a farmer from Tver, said the harvest was poor this year."
#: Tables whose contents must not depend on load order.
COMPARED = {
    "entities": "entity_id",
    "entity_links": "entity_id",
    "entity_mentions": "mention_id",
    "entity_roles": "role_id",
}


@pytest.fixture(scope="module")
def frames(nlp) -> dict[str, dict[str, pl.DataFrame]]:  # type: ignore[no-untyped-def]
    """One batch of frames per article, extracted once."""
    built = {}
    for article_id, text in (("full", FULL), ("surname", SURNAME), ("other", OTHER)):
        valid = validate_record(RawRecord("t.jsonl", "line 1", {"id": article_id, "text": text}))
        assert isinstance(valid, ValidArticle)
        built[article_id] = batch_frames([extract_article(nlp(text), valid)], "run", "v", NOW)
    return built


def _store(path: Path) -> Warehouse:
    store = Warehouse(path, lock_timeout=5, linking=SURNAME_LINKING)
    store.ensure_schema()
    return store


def _load(store: Warehouse, frames: dict[str, dict[str, pl.DataFrame]], order: list[str]) -> None:
    for article_id in order:
        store.load_batch(frames[article_id])


def _state(store: Warehouse) -> dict[str, pl.DataFrame]:
    return {table: store.table_frame(table, key) for table, key in COMPARED.items()}


def _resolved_names(store: Warehouse) -> dict[str, str]:
    """Mention text -> the name of the entity it resolves to, for the surname-only article."""
    rows = store.query(
        "SELECT m.text, e.name FROM entity_mentions_resolved m "
        "JOIN entities e ON e.entity_id = m.resolved_entity_id "
        "JOIN articles a USING (article_id) WHERE a.external_id = 'surname'"
    ).rows
    return dict(rows)


def test_a_warehouse_without_a_linking_rule_reads_but_refuses_to_load_people(
    tmp_path: Path,
    frames,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "w.duckdb"
    _load(_store(path), frames, ["full"])
    bare = Warehouse(path, lock_timeout=5)
    assert bare.query("SELECT count(*) FROM entities WHERE type = 'PERSON'").rows == [(1,)]
    with pytest.raises(NoLinkingRuleError, match="needs a linking rule"):
        bare.load_batch(frames["surname"])
    assert bare.query("SELECT count(*) FROM articles").rows == [(1,)]  # rolled back


def test_surname_only_article_links_to_the_full_name(tmp_path: Path, frames) -> None:  # type: ignore[no-untyped-def]
    store = _store(tmp_path / "w.duckdb")
    _load(store, frames, ["full", "surname"])
    assert _resolved_names(store)["Putin"] == "Vladimir Putin"
    [(name, reason, candidates)] = store.query(
        "SELECT e.name, l.reason, l.candidates FROM entity_links l "
        "JOIN entities e ON e.entity_id = l.linked_entity_id"
    ).rows
    assert (name, reason, candidates) == ("Vladimir Putin", "surname", 1)
    summary = dict(
        store.query("SELECT name, articles FROM entity_summary WHERE type = 'PERSON'").rows
    )
    assert summary == {"Vladimir Putin": 2}  # the linked "Putin" is counted under the full name


def test_links_do_not_depend_on_load_order(tmp_path: Path, frames) -> None:  # type: ignore[no-untyped-def]
    for articles in (["full", "surname"], ["full", "surname", "other"]):
        states = []
        for number, order in enumerate(permutations(articles)):
            store = _store(tmp_path / f"{len(articles)}-{number}.duckdb")
            _load(store, frames, list(order))
            states.append(_state(store))
        for state in states[1:]:
            for table, frame in state.items():
                assert frame.equals(states[0][table]), table


def test_a_second_full_name_makes_the_surname_ambiguous(tmp_path: Path, frames) -> None:  # type: ignore[no-untyped-def]
    for order in (["full", "surname", "other"], ["other", "surname", "full"]):
        store = _store(tmp_path / f"{order[0]}.duckdb")
        _load(store, frames, order)
        assert _resolved_names(store)["Putin"] == "Putin"  # stays its own entity
        [(reason, linked, candidates)] = store.query(
            "SELECT reason, linked_entity_id, candidates FROM entity_links"
        ).rows
        assert (reason, linked, candidates) == ("ambiguous", None, 2)


def test_dropping_the_full_name_unlinks_the_surname(tmp_path: Path, frames) -> None:  # type: ignore[no-untyped-def]
    store = _store(tmp_path / "w.duckdb")
    _load(store, frames, ["full", "surname"])
    full_article = frames["full"]["articles"]
    store.load_batch(
        {"articles": full_article.head(0)}, replaced_ids=full_article["article_id"].to_list()
    )
    store.drop_orphan_entities()  # "Vladimir Putin" is no longer mentioned anywhere
    assert store.query("SELECT count(*) FROM entity_links").rows == [(0,)]
    assert _resolved_names(store)["Putin"] == "Putin"


def test_an_older_warehouse_is_keyed_and_linked_on_open(tmp_path: Path, frames) -> None:  # type: ignore[no-untyped-def]
    store = _store(tmp_path / "w.duckdb")
    _load(store, frames, ["full", "surname"])
    with store.connect() as con:  # as an older newsetl left it: no keys, no links
        con.execute("UPDATE entities SET last_name_key = NULL")
        con.execute("DELETE FROM entity_links")
    store.ensure_schema()
    assert _resolved_names(store)["Putin"] == "Vladimir Putin"


def test_views_name_the_linked_person(tmp_path: Path, frames) -> None:  # type: ignore[no-untyped-def]
    store = _store(tmp_path / "w.duckdb")
    _load(store, frames, ["surname", "full"])
    speakers = store.query(
        "SELECT speaker_text, speaker_name FROM quote_attributions q JOIN articles a "
        "USING (article_id) WHERE a.external_id = 'surname' AND kind <> 'partial'"
    ).rows
    assert speakers == [("Putin", "Vladimir Putin")]
    roles = store.query("SELECT name, role FROM person_roles").rows
    assert roles == [("Vladimir Putin", "Russian President")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model tags the lone surname FAC: it is still her, so her identity's
        (
            "Maria Delgado met Lars Berg. After the meeting Delgado and Berg signed the deal.",
            {
                ("Maria Delgado", "Maria Delgado"),
                ("Delgado", "Maria Delgado"),
                ("Lars Berg", "Lars Berg"),
                ("Berg", "Lars Berg"),
            },
        ),
        # the city after "to" is not the person of that surname
        (
            "John Washington, a lawyer, said the ruling was wrong. He flew to Washington on "
            "Monday. Washington said he was tired.",
            {
                ("John Washington", "John Washington"),
                ("Washington", "Washington"),
                ("Washington", "John Washington"),
            },
        ),
    ],
)
def test_a_surname_the_model_tags_otherwise_joins_the_persons_identity(  # type: ignore[no-untyped-def]
    tmp_path: Path, nlp, text: str, expected: set[tuple[str, str]]
) -> None:
    valid = validate_record(RawRecord("t.jsonl", "line 1", {"id": "a", "text": text}))
    assert isinstance(valid, ValidArticle)
    store = _store(tmp_path / "w.duckdb")
    store.load_batch(batch_frames([extract_article(nlp(text), valid)], "run", "v", NOW))
    rows = store.query(
        "SELECT m.text, e.name FROM entity_mentions_resolved m "
        "JOIN entities e ON e.entity_id = m.resolved_entity_id WHERE e.type IN ('PERSON', 'GPE')"
    ).rows
    assert set(rows) == expected
