"""Input readers: every supported format, and every kind of broken file, as raw records."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from flows.sources import (
    SourceNotFoundError,
    expand_sources,
    no_records_note,
    read_records,
    scan_sources,
    skipped_note,
)
from transforms.records import RawRecord

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


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


def _folder_of(tmp_path: Path, *names: str) -> Path:
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"text": "A story."}\n' if name.endswith(".jsonl") else "x")
    return tmp_path


def test_files_that_are_not_records_are_skipped_by_name(tmp_path: Path) -> None:
    folder = _folder_of(
        tmp_path,
        "a.jsonl",
        "photo.png",
        "notes.docx",
        "scans/page.PDF",
        # never records, by design, and not worth a word: hidden, README, sidecar
        ".DS_Store",
        ".git/config",
        "README.md",
        "a.meta.json",
    )
    scan = scan_sources([folder])
    assert scan.files == [folder / "a.jsonl"]
    assert scan.skipped == [folder / "notes.docx", folder / "photo.png", folder / "scans/page.PDF"]
    assert skipped_note(scan.skipped) == (
        "skipped 3 file(s) that are not records: notes.docx, photo.png, page.PDF "
        "(newsetl reads *.jsonl, *.json, *.csv, *.parquet, *.txt and *.md)"
    )
    assert skipped_note([]) is None
    assert expand_sources([folder]) == scan.files


def test_a_skipped_note_names_a_few_files_and_counts_the_rest(tmp_path: Path) -> None:
    folder = _folder_of(tmp_path, *(f"image-{n}.jpg" for n in range(8)))
    note = skipped_note(scan_sources([folder]).skipped)
    assert note is not None and note.startswith(
        "skipped 8 file(s) that are not records: "
        "image-0.jpg, image-1.jpg, image-2.jpg, image-3.jpg, image-4.jpg and 3 more ("
    )


def test_a_file_named_as_a_source_is_read_whatever_its_type() -> None:
    scan = scan_sources([DATA_DIR / "bad" / "notes.rtf"])  # then rejected, with its reason
    assert (scan.files, scan.skipped) == ([DATA_DIR / "bad" / "notes.rtf"], [])
    assert scan_sources([DATA_DIR / "bad"]).skipped == [DATA_DIR / "bad" / "notes.rtf"]


def test_no_records_note_says_why_nothing_was_found(tmp_path: Path) -> None:
    wrong = _folder_of(tmp_path / "wrong", "photo.png", "notes.docx")
    assert no_records_note(scan_sources([wrong])) == (
        "no records found: the source folder(s) hold 2 file(s), none of a type newsetl reads: "
        "notes.docx, photo.png (it reads *.jsonl, *.json, *.csv, *.parquet, *.txt and *.md)"
    )
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "header.csv").write_text("text,title\n")
    (tmp_path / "empty" / "photo.png").write_text("x")
    note = no_records_note(scan_sources([tmp_path / "empty"]))
    assert note.startswith("no records found: the 1 file(s) read hold none (a CSV or Parquet")
    assert note.endswith(
        "; skipped 1 file(s) that are not records: photo.png "
        "(newsetl reads *.jsonl, *.json, *.csv, *.parquet, *.txt and *.md)"
    )


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_table_without_text_names_the_column_that_likely_holds_it(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"x{suffix}"
    frame = pl.DataFrame({"title": ["A"], "Article_Body": ["The mayor spoke."]})
    if suffix == ".csv":
        frame.write_csv(path)
    else:
        frame.write_parquet(path)
    [record] = _read(path)
    assert record.problem is not None and record.problem.endswith(
        "has no 'text' column (columns: title, Article_Body; "
        "found 'Article_Body': rename that column to 'text')"
    )
