"""flows.pipeline: the batch loop without Prefect, and what happens when one article's
extraction raises (an extractor bug must cost that article, not its batch or the run)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import flows.pipeline
from flows.pipeline import run_plain
from flows.storage import open_warehouse
from transforms.extract import ArticleExtraction, extract_article
from transforms.records import ValidArticle
from warehouse.store import Warehouse

ARTICLES = [
    {"id": "a1", "text": "Mayor Ana Silva opened the port in Beira on Monday.", "source": "T"},
    {"id": "a2", "text": "“We are ready,” Ana Silva said. EXPLODE", "source": "T"},
    {"id": "a3", "text": "Japan sent aid to Haiti, officials said.", "source": "T"},
]


def _write(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def _fail_on_marker(doc, article: ValidArticle) -> ArticleExtraction:  # type: ignore[no-untyped-def]
    if "EXPLODE" in article.record.text:
        raise RuntimeError("extractor bug on purpose")
    return extract_article(doc, article)


def _article_texts(store: Warehouse) -> dict[str, str]:
    rows = store.query("SELECT external_id, text FROM articles ORDER BY external_id").rows
    return dict(rows)


def test_an_article_whose_extraction_raises_is_quarantined_and_the_rest_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write(tmp_path / "news.jsonl", ARTICLES)
    store = open_warehouse(tmp_path / "w.duckdb")
    store.ensure_schema()
    # An older, good version of a2 is already loaded: a failed re-extraction must keep it.
    old = [ARTICLES[0], {**ARTICLES[1], "text": "“We are ready,” Ana Silva said."}, ARTICLES[2]]
    first = run_plain([_write(tmp_path / "old.jsonl", old)], store, "r1", "v1", batch_size=8)
    assert first.articles_loaded == 3

    monkeypatch.setattr(flows.pipeline, "extract_article", _fail_on_marker)
    counts = run_plain([source], store, "r2", "v2", batch_size=8)

    assert (counts.articles_loaded, counts.records_rejected) == (2, 1)
    [(locator, number, reason)] = store.query(
        "SELECT locator, locator_number, reason FROM rejected_records"
    ).rows
    assert (locator, number) == ("line 2", 2)
    assert reason.startswith("extraction failed: RuntimeError: extractor bug on purpose")
    texts = _article_texts(store)
    assert texts["a2"] == "“We are ready,” Ana Silva said."  # the old version stays
    versions = dict(store.query("SELECT external_id, extractor_version FROM articles").rows)
    assert versions == {"a1": "v2", "a2": "v1", "a3": "v2"}  # so the next run retries a2


def _duplicate_on_marker(doc, article: ValidArticle) -> ArticleExtraction:  # type: ignore[no-untyped-def]
    """An extractor bug of another kind: two rows with one key (it happened with quotes)."""
    extraction = extract_article(doc, article)
    if "EXPLODE" not in article.record.text:
        return extraction
    assert extraction.quotes and extraction.events, "the fixture needs a quote and an event"
    return replace(
        extraction,
        quotes=[*extraction.quotes, extraction.quotes[0]],
        events=[*extraction.events, extraction.events[0]],
    )


def test_an_article_whose_rows_share_a_key_is_quarantined_and_the_rest_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quarantined = "“We are ready,” Ana Silva said after she met Bram Kessler in Oslo. EXPLODE"
    articles = [ARTICLES[0], {**ARTICLES[1], "text": quarantined}, ARTICLES[2]]
    store = open_warehouse(tmp_path / "w.duckdb")
    store.ensure_schema()
    monkeypatch.setattr(flows.pipeline, "extract_article", _duplicate_on_marker)

    counts = run_plain([_write(tmp_path / "news.jsonl", articles)], store, "r1", "v1", 8)

    assert (counts.articles_loaded, counts.records_rejected) == (2, 1)
    [(locator, reason)] = store.query("SELECT locator, reason FROM rejected_records").rows
    assert locator == "line 2"
    assert reason.startswith("extraction failed: quotes has two rows with one key (quote_id=")
    assert set(_article_texts(store)) == {"a1", "a3"}
    for table in ("entity_mentions", "quotes", "time_expressions", "events"):
        [(orphans,)] = store.query(
            f"SELECT count(*) FROM {table} "
            "WHERE article_id NOT IN (SELECT article_id FROM articles)"
        ).rows
        assert orphans == 0, table
    [(orphans,)] = store.query(
        "SELECT count(*) FROM event_participants "
        "WHERE event_id NOT IN (SELECT event_id FROM events)"
    ).rows
    assert orphans == 0
    names = {name for (name,) in store.query("SELECT name FROM entities").rows}
    assert "Ana Silva" in names  # a1 names her too
    assert "Bram Kessler" not in names  # only the quarantined article did


def test_a_correction_read_later_in_the_run_replaces_the_original(tmp_path: Path) -> None:
    """A scheduled run over a folder where a corrected copy lands beside the original."""
    original = {"id": "c1", "text": "Ana Silva met Tom Reed in Lisbon on Monday.", "source": "T"}
    corrected = {**original, "text": "Ana Silva met Tom Reed in Porto on Monday."}
    feed = tmp_path / "feed"
    feed.mkdir()
    _write(feed / "2025-01-15.jsonl", [original])
    store = open_warehouse(tmp_path / "w.duckdb")
    store.ensure_schema()
    first = run_plain([feed / "2025-01-15.jsonl"], store, "r1", "v1", batch_size=1)
    assert first.articles_loaded == 1

    _write(feed / "2025-01-16.jsonl", [corrected])  # read after the original: it wins
    files = sorted(feed.iterdir())
    for batch_size in (1, 8):  # the correction in a later batch, and in the same batch
        counts = run_plain(files, store, f"r-{batch_size}", "v1", batch_size=batch_size)
        assert counts.records_rejected == 0
        assert _article_texts(store) == {"c1": corrected["text"]}
        places = {name for (name,) in store.query("SELECT name FROM entities").rows}
        assert "Porto" in places


def test_a_record_repeated_word_for_word_is_unchanged_not_rejected(tmp_path: Path) -> None:
    store = open_warehouse(tmp_path / "w.duckdb")
    store.ensure_schema()
    source = _write(tmp_path / "news.jsonl", [ARTICLES[0], ARTICLES[2], ARTICLES[0]])
    counts = run_plain([source], store, "r1", "v1", batch_size=2)  # the repeat in a later batch
    assert (counts.articles_loaded, counts.articles_unchanged, counts.records_rejected) == (2, 1, 0)


def test_a_rejection_is_new_once_and_forgotten_when_its_line_is_fixed(tmp_path: Path) -> None:
    store = open_warehouse(tmp_path / "w.duckdb")
    store.ensure_schema()
    bad = {"id": "b1", "text": "Ana Silva spoke.", "published_at": "not a date"}
    source = _write(tmp_path / "news.jsonl", [ARTICLES[0], bad])

    first = run_plain([source], store, "r1", "v1", batch_size=8)
    again = run_plain([source], store, "r2", "v1", batch_size=8)
    assert (first.records_rejected, first.records_rejected_new) == (1, 1)
    assert (again.records_rejected, again.records_rejected_new) == (1, 0)  # reported once
    assert store.query("SELECT locator FROM rejected_records").rows == [("line 2",)]

    _write(tmp_path / "news.jsonl", [ARTICLES[0], {**bad, "published_at": "2025-01-20"}])
    fixed = run_plain([source], store, "r3", "v1", batch_size=8)
    assert (fixed.articles_loaded, fixed.records_rejected) == (1, 0)
    assert store.query("SELECT count(*) FROM rejected_records").rows == [(0,)]
