"""Input readers: every supported format, and every kind of broken file, as raw records."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from flows.sources import SourceNotFoundError, expand_sources, read_records
from transforms.records import RawRecord

DATA_DIR = Path(__file__).resolve().parent / "data"


def _read(*paths: Path) -> list[RawRecord]:
    return list(read_records(expand_sources(paths)))


def test_directory_is_read_recursively_and_skips_sidecars() -> None:
    records = _read(DATA_DIR / "articles")
    assert [(Path(r.source_file).name, r.locator) for r in records] == [
        ("batch.jsonl", "line 1"),
        ("batch.jsonl", "line 2"),
        ("storm.txt", "file"),
        ("rows.csv", "row 1"),
    ]
    storm = records[2].payload
    assert storm is not None and storm["id"] == "t-004"  # metadata from the sidecar
    assert str(storm["text"]).startswith("Storm Ivo")
    assert all(r.problem is None for r in records)


def test_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="source not found"):
        expand_sources([tmp_path / "nope"])


def test_jsonl_problems_are_located_by_line() -> None:
    records = _read(DATA_DIR / "bad" / "mixed.jsonl")
    problems = {r.locator: r.problem for r in records if r.problem}
    assert problems["line 2"].startswith("invalid JSON")
    assert problems["line 8"] == "expected a JSON object, got list"
    assert "line 3" not in {r.locator for r in records}  # blank line skipped


def test_json_array_and_object(tmp_path: Path) -> None:
    (tmp_path / "many.json").write_text(json.dumps([{"text": "a"}, {"text": "b"}, 3]))
    (tmp_path / "one.json").write_text(json.dumps({"text": "c", "id": 1}))
    records = _read(tmp_path)
    assert [(r.locator, r.problem is None) for r in records] == [
        ("index 0", True),
        ("index 1", True),
        ("index 2", False),
        ("file", True),
    ]


def test_csv_without_text_column_is_one_rejection(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("title,body\nA,B\n")
    [record] = _read(tmp_path / "x.csv")
    assert record.problem is not None and "no 'text' column" in record.problem


def test_parquet_rows(tmp_path: Path) -> None:
    pl.DataFrame({"text": ["one", "two"], "id": ["p1", None]}).write_parquet(tmp_path / "a.parquet")
    records = _read(tmp_path / "a.parquet")
    assert [r.payload for r in records] == [{"text": "one", "id": "p1"}, {"text": "two"}]


@pytest.mark.parametrize(
    ("content", "expected_text", "expected_problem"),
    [
        (b"", None, "empty file"),
        (b"   \n\t ", None, "empty file"),
        (b"\x00\x01\x02PNG binary", None, "binary file"),
        ("\ufeffWith a BOM.".encode(), "With a BOM.", None),
        ("Caf\u00e9 in Lyon.".encode("latin-1"), "Caf\u00e9 in Lyon.", None),
        ("“Curly” quotes.".encode(), "“Curly” quotes.", None),
    ],
)
def test_text_file_decoding(
    tmp_path: Path, content: bytes, expected_text: str | None, expected_problem: str | None
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    [record] = _read(path)
    if expected_problem:
        assert record.problem is not None and expected_problem in record.problem
    else:
        assert record.payload is not None and record.payload["text"] == expected_text


def test_unsupported_file_named_explicitly_is_rejected() -> None:
    [record] = _read(DATA_DIR / "bad" / "notes.rtf")
    assert record.problem is not None and "unsupported file type '.rtf'" in record.problem


def test_invalid_sidecar_rejects_the_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.")
    (tmp_path / "a.meta.json").write_text("{not json")
    [record] = _read(tmp_path)
    assert record.problem is not None and "sidecar a.meta.json is not valid JSON" in record.problem


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "tab\tinside"}', "invalid JSON: Invalid control character at column 14"),
        (
            '{"text": "a",}',
            "invalid JSON: Expecting property name enclosed in double quotes at column 14",
        ),
    ],
)
def test_invalid_json_reads_plainly(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    [record] = _read(path)
    assert record.problem == problem
