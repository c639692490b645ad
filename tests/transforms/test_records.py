"""Input records: validation messages and article identity."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from flows.sources import read_records
from transforms.extract import ArticleExtraction, publication_date
from transforms.normalise import batch_frames
from transforms.records import RawRecord, Rejection, ValidArticle, validate_record


def _validate(payload: dict[str, object]) -> ValidArticle | Rejection:
    return validate_record(RawRecord("f.jsonl", "line 1", payload))


@pytest.mark.parametrize(
    ("payload", "reason_part"),
    [
        ({"title": "no text"}, "missing required field 'text'"),
        ({"text": "  \n\t "}, "'text' is empty or whitespace only"),
        ({"text": 42}, "'text' must be a string, got int"),
        ({"text": "ok", "published_at": "2025-02-30"}, "published_at"),
        ({"text": "ok", "published_at": 20250102}, "'published_at' must be an ISO 8601"),
        ({"text": "ok", "published_at": "yesterday"}, "not a valid ISO 8601 or RFC 2822"),
        ({"text": "ok", "published_at": "Tue, 30 Feb 2025 09:00:00 GMT"}, "published_at"),
        ({"text": "ok", "id": True}, "'id' must be a string or an integer"),
        ({"text": "ok", "title": ["a", "list"]}, "title"),
    ],
)
def test_bad_records_are_rejected_with_a_reason(payload: dict[str, object], reason_part: str):
    result = _validate(payload)
    assert isinstance(result, Rejection)
    assert reason_part in result.reason
    assert result.reason.count(reason_part.split()[0]) == 1  # the field is named once
    assert (result.source_file, result.locator) == ("f.jsonl", "line 1")


def test_unreadable_record_keeps_its_problem() -> None:
    result = validate_record(RawRecord("f.jsonl", "line 7", None, "invalid JSON: x", "{bad"))
    assert isinstance(result, Rejection)
    assert result.reason == "invalid JSON: x"
    assert result.raw_excerpt == "{bad"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-21", datetime(2025, 1, 21, tzinfo=UTC)),
        ("2025-01-21T10:30:00Z", datetime(2025, 1, 21, 10, 30, tzinfo=UTC)),
        ("2025-01-21T12:30:00+02:00", datetime(2025, 1, 21, 10, 30, tzinfo=UTC)),
        ("2025-01-21T10:30:00", datetime(2025, 1, 21, 10, 30, tzinfo=UTC)),
        # an RSS feed's pubDate (RFC 2822)
        ("Tue, 21 Jan 2025 10:30:00 GMT", datetime(2025, 1, 21, 10, 30, tzinfo=UTC)),
        ("Tue, 21 Jan 2025 12:30:00 +0200", datetime(2025, 1, 21, 10, 30, tzinfo=UTC)),
        ("", None),
    ],
)
def test_published_at_forms_are_the_same_instant(value: str, expected: datetime | None) -> None:
    result = _validate({"text": "Some text.", "published_at": value})
    assert isinstance(result, ValidArticle)
    assert result.record.published_at == expected


@pytest.mark.parametrize(
    ("value", "local_day", "stored_utc"),
    [
        # Friday 01:00 in Tokyo is Thursday 16:00 UTC: "on Friday" counts from Friday.
        ("2025-03-07T01:00:00+09:00", date(2025, 3, 7), datetime(2025, 3, 6, 16, 0)),
        ("2025-03-06T22:00:00-05:00", date(2025, 3, 6), datetime(2025, 3, 7, 3, 0)),
        ("2025-03-07", date(2025, 3, 7), datetime(2025, 3, 7, 0, 0)),
    ],
)
def test_publication_day_is_the_papers_own_but_the_warehouse_stores_utc(
    value: str, local_day: date, stored_utc: datetime
) -> None:
    result = _validate({"text": "Some text.", "published_at": value})
    assert isinstance(result, ValidArticle)
    assert publication_date(result) == local_day
    extraction = ArticleExtraction(result, 0, [], [], [], [], [], [])
    frames = batch_frames([extraction], "run", "v", datetime(2025, 3, 8, tzinfo=UTC))
    assert frames["articles"]["published_at"].to_list() == [stored_utc]


def test_text_is_kept_exactly_as_received() -> None:
    text = "  Leading spaces,\r\nCRLF and trailing tab\t"
    result = _validate({"text": text})
    assert isinstance(result, ValidArticle)
    assert result.record.text == text


def test_identity_prefers_source_and_id_then_url_then_text() -> None:
    base = {"text": "Same words.", "source": "A"}
    by_id = _validate({**base, "id": "7"})
    by_id_numeric = _validate({**base, "id": 7})
    other_source = _validate({**base, "id": "7", "source": "B"})
    changed_text = _validate({**base, "id": "7", "text": "Corrected words."})
    by_url = _validate({"text": "x", "url": "HTTPS://Example.org/a/"})
    by_url_same = _validate({"text": "y", "url": "https://example.org/a#top"})
    by_text = _validate({"text": "Same words."})
    by_text_again = _validate({"text": "Same words.", "title": "another title"})
    results = [by_id, by_id_numeric, other_source, changed_text, by_url, by_url_same, by_text]
    assert all(isinstance(r, ValidArticle) for r in [*results, by_text_again])
    ids = [r.article_id for r in results if isinstance(r, ValidArticle)]
    assert ids[0] == ids[1] == ids[3]  # same source+id, even with corrected text
    assert ids[0] != ids[2]  # same id from another publisher is another article
    assert ids[4] == ids[5]  # URL compared case-insensitively, without slash or fragment
    assert isinstance(by_text_again, ValidArticle) and ids[6] == by_text_again.article_id
    assert isinstance(changed_text, ValidArticle) and isinstance(by_id, ValidArticle)
    assert changed_text.content_hash != by_id.content_hash


def _read_and_validate(path: Path) -> ValidArticle | Rejection:
    [raw] = read_records([path])
    return validate_record(raw)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "a.jsonl",
            '{"id": "1", "body": "The mayor spoke."}\n',
            "missing required field 'text' (found 'body': rename it to 'text')",
        ),
        (
            "a.jsonl",
            '{"Text": "The mayor spoke."}\n',
            "missing required field 'text' (found 'Text': rename it to 'text')",
        ),
        (
            "a.json",
            '[{"title": "T", "full_text": "The mayor spoke."}]',
            "missing required field 'text' (found 'full_text': rename it to 'text')",
        ),
        (
            "a.jsonl",
            '{"text": " ", "content": "The mayor spoke."}\n',
            "'text' is empty or whitespace only (found 'content': put the article text in 'text')",
        ),
        (  # the CSV has a text column, left empty: renaming 'story' would clash with it
            "a.csv",
            "title,text,story\nT,,The mayor spoke.\n",
            "missing required field 'text' (found 'story': put the article text in 'text')",
        ),
    ],
)
def test_a_record_with_its_text_under_another_name_is_told_which(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = _read_and_validate(path)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.raw_excerpt is not None and "The mayor spoke." in result.raw_excerpt


@pytest.mark.parametrize(
    "record",
    [
        {"title": "T", "summary": "A summary is not the article."},
        {"body": "   "},  # nothing there to point at
        {"body": {"html": "<p>x</p>"}},  # not a text
    ],
)
def test_without_a_likely_body_the_reason_is_validations_own(
    tmp_path: Path, record: dict[str, object]
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = _read_and_validate(path)
    assert isinstance(result, Rejection) and result.reason == "missing required field 'text'"


def test_a_body_beside_a_text_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "The mayor spoke.", "body": "Other."}\n', encoding="utf-8")
    result = _read_and_validate(path)
    assert isinstance(result, ValidArticle) and result.record.text == "The mayor spoke."
