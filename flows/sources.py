"""Reading SOURCE paths into raw records, one file format at a time, streaming.

Files and directories (searched recursively, in sorted order) are accepted:
- `*.jsonl`: one JSON object per line (blank lines are skipped);
- `*.json`: one object, or an array of objects;
- `*.csv`, `*.parquet`: a `text` column plus metadata columns;
- `*.txt`, `*.md`: the whole file is the text; a sidecar `<stem>.meta.json` holds metadata.
Inside directories, sidecars, hidden files, README files and other suffixes are skipped; a run
names the files of other types it skipped (`skipped_note`), and says so when it found no record.

Every problem becomes a `RawRecord` with `problem` set, never an exception, so one bad line or
file is quarantined and the rest of the input is read. A record without `text` whose article
sits in another likely field (`body`, `content`...) is such a problem, with a reason naming it.
Text is decoded as UTF-8 (a BOM is dropped); a file that is not UTF-8 but has no NUL bytes is
decoded as Windows-1252 (a superset of Latin-1 for printable text), which is what such files
almost always are; a file with NUL bytes is rejected as binary.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from transforms.records import RAW_EXCERPT_CHARS, RawRecord

RECORD_SUFFIXES = (".jsonl", ".json", ".csv", ".parquet", ".txt", ".md")
SIDECAR_SUFFIX = ".meta.json"
_SKIPPED_NAMES = frozenset({"readme.md", "readme.txt", "readme"})

csv.field_size_limit(sys.maxsize)


class SourceNotFoundError(FileNotFoundError):
    """A SOURCE argument names nothing on disk."""


@dataclass(frozen=True)
class SourceFiles:
    """What the SOURCE paths hold: the files to read, in order, and the files in folders passed
    over because their type holds no records (photo.png, notes.docx), which a run names so that
    a user who dropped the wrong format learns why nothing loaded."""

    files: list[Path]
    skipped: list[Path]


def scan_sources(sources: Iterable[str | Path]) -> SourceFiles:
    """Files to read, in a stable order, and those skipped. Raises SourceNotFoundError for a
    missing path. A file named as a SOURCE is always read (a wrong type is then rejected)."""
    files: list[Path] = []
    skipped: list[Path] = []
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise SourceNotFoundError(f"source not found: {path}")
        if not path.is_dir():
            files.append(path)
            continue
        for found in sorted(path.rglob("*")):
            if not found.is_file() or _left_alone(found, path):
                continue
            (files if found.name.lower().endswith(RECORD_SUFFIXES) else skipped).append(found)
    return SourceFiles(files, skipped)


def expand_sources(sources: Iterable[str | Path]) -> list[Path]:
    """Files to read, in a stable order. Raises SourceNotFoundError for a missing path."""
    return scan_sources(sources).files


def _left_alone(path: Path, root: Path) -> bool:
    """Hidden files, README files and sidecars: never records, by design, so never reported."""
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return True
    name = path.name.lower()
    return name.endswith(SIDECAR_SUFFIX) or name in _SKIPPED_NAMES


#: How many skipped files a note names; the rest are counted.
NAMES_SHOWN = 5


def _readable_types() -> str:
    *most, last = (f"*{suffix}" for suffix in RECORD_SUFFIXES)
    return f"{', '.join(most)} and {last}"


def _some_names(paths: Sequence[Path]) -> str:
    names = ", ".join(path.name for path in paths[:NAMES_SHOWN])
    rest = len(paths) - NAMES_SHOWN
    return f"{names} and {rest} more" if rest > 0 else names


def skipped_note(skipped: Sequence[Path]) -> str | None:
    """One line naming the files a run skipped as not records; None when there are none."""
    if not skipped:
        return None
    return (
        f"skipped {len(skipped)} file(s) that are not records: {_some_names(skipped)} "
        f"(newsetl reads {_readable_types()})"
    )


def no_records_note(scan: SourceFiles) -> str:
    """One line for a run that found files but not one record in them, saying why."""
    if not scan.files:
        return (
            f"no records found: the source folder(s) hold {len(scan.skipped)} file(s), none of "
            f"a type newsetl reads: {_some_names(scan.skipped)} (it reads {_readable_types()})"
        )
    also = f"; {note}" if (note := skipped_note(scan.skipped)) else ""
    return (
        f"no records found: the {len(scan.files)} file(s) read hold none (a CSV or Parquet "
        f"file of no rows, a JSON file holding [], a JSON lines file of blank lines){also}"
    )


def _excerpt(raw: str | bytes) -> str:
    text = raw if isinstance(raw, str) else raw[: RAW_EXCERPT_CHARS * 4].decode("utf-8", "replace")
    return text[:RAW_EXCERPT_CHARS]


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason). See the module docstring for the rules."""
    if b"\x00" in data[:65536]:
        return None, "binary file (contains NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), None
    except UnicodeDecodeError:
        return data.decode("latin-1"), None


def _problem(path: Path, locator: str, reason: str, raw: str | bytes | None = None) -> RawRecord:
    return RawRecord(str(path), locator, None, reason, _excerpt(raw) if raw else None)


def read_records(files: Iterable[Path]) -> Iterator[RawRecord]:
    """All raw records of all files, in order."""
    readers = {
        ".jsonl": _read_jsonl,
        ".json": _read_json,
        ".csv": _read_csv,
        ".parquet": _read_parquet,
        ".txt": _read_text,
        ".md": _read_text,
    }
    for path in files:
        reader = readers.get(path.suffix.lower())
        if reader is None:
            yield _problem(
                path,
                "file",
                f"unsupported file type {path.suffix!r}; expected one "
                f"of {', '.join(RECORD_SUFFIXES)}",
            )
            continue
        try:
            yield from reader(path)
        except OSError as error:
            yield _problem(path, "file", f"could not read file: {error.strerror or error}")


def _read_decoded(path: Path) -> tuple[str | None, RawRecord | None]:
    data = path.read_bytes()
    if not data.strip():
        return None, _problem(path, "file", "empty file")
    text, reason = decode_bytes(data)
    if text is None:
        return None, _problem(path, "file", reason or "undecodable", data)
    return text, None


#: Field names under which a record without `text` most likely holds the article body, compared
#: folded (lowercase, without '_', '-' or spaces), so 'Text', 'full_text' and 'articleBody' count.
_LIKELY_TEXT_FIELDS = frozenset(
    {"text", "body", "content", "article", "story", "fulltext", "articlebody", "articletext"}
)


def _folded(name: str) -> str:
    return "".join(c for c in name.lower() if c not in "_- ")


def _likely_text_field(names: Iterable[str]) -> str | None:
    """The first name other than 'text' that likely holds the article body, if any."""
    return next((n for n in names if n != "text" and _folded(n) in _LIKELY_TEXT_FIELDS), None)


def _misplaced_text(payload: Mapping[str, Any], as_read: Mapping[str, Any]) -> str | None:
    """The reason to reject a record whose `text` is missing or blank while another field holds
    a text (say 'body'), naming that field; None otherwise, and validation gives its own reason.
    `as_read` holds the fields as read, empty CSV cells included, so a 'text' column left empty
    is told apart from a record with no 'text' at all (fill in 'text', or rename the other)."""
    text = payload.get("text")
    blank = text is None or (isinstance(text, str) and not text.strip())
    if not blank:  # a text, or a wrong type that validation names
        return None
    filled = (key for key, value in as_read.items() if isinstance(value, str) and value.strip())
    if (found := _likely_text_field(filled)) is None:
        return None
    # validation's own words for the payload, so both read alike in rejected_records
    problem = (
        "missing required field 'text'" if text is None else "'text' is empty or whitespace only"
    )
    fix = "put the article text in 'text'" if "text" in as_read else "rename it to 'text'"
    return f"{problem} (found '{found}': {fix})"


def _payload_record(
    path: Path, locator: str, payload: dict[str, Any], raw: str, as_read: Mapping[str, Any]
) -> RawRecord:
    if (reason := _misplaced_text(payload, as_read)) is not None:
        return _problem(path, locator, reason, raw)
    return RawRecord(str(path), locator, payload, None, _excerpt(raw))


def _no_text_column(kind: str, columns: Sequence[str]) -> str:
    found = _likely_text_field(columns)
    hint = f"; found '{found}': rename that column to 'text'" if found else ""
    return f"{kind} has no 'text' column (columns: {', '.join(columns)}{hint})"


def _object_record(path: Path, locator: str, value: Any, raw: str) -> RawRecord:
    if not isinstance(value, dict):
        return _problem(path, locator, f"expected a JSON object, got {type(value).__name__}", raw)
    return _payload_record(path, locator, value, raw, value)


def _read_jsonl(path: Path) -> Iterator[RawRecord]:
    with path.open("rb") as handle:
        for number, line_bytes in enumerate(handle, start=1):
            if not line_bytes.strip():
                continue
            line, reason = decode_bytes(line_bytes)
            locator = f"line {number}"
            if line is None:
                yield _problem(path, locator, reason or "undecodable", line_bytes)
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                # json's own message for control characters ends in "at" already.
                message = error.msg.removesuffix(" at")
                yield _problem(
                    path, locator, f"invalid JSON: {message} at column {error.colno}", line
                )
                continue
            yield _object_record(path, locator, value, line)


def _read_json(path: Path) -> Iterator[RawRecord]:
    text, problem = _read_decoded(path)
    if problem is not None or text is None:
        yield problem or _problem(path, "file", "empty file")
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield _problem(
            path,
            "file",
            f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}",
            text,
        )
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield _object_record(path, f"index {index}", item, json.dumps(item)[:1000])
    else:
        yield _object_record(path, "file", value, text)


def _read_csv(path: Path) -> Iterator[RawRecord]:
    text, problem = _read_decoded(path)
    if problem is not None or text is None:
        yield problem or _problem(path, "file", "empty file")
        return
    reader = csv.DictReader(text.splitlines(keepends=True))
    if reader.fieldnames is None or "text" not in reader.fieldnames:
        yield _problem(
            path,
            "file",
            _no_text_column("CSV", reader.fieldnames or []),
            text,
        )
        return
    try:
        for number, row in enumerate(reader, start=1):
            if None in row:  # more cells than header columns
                yield _problem(
                    path, f"row {number}", "row has more cells than the header", repr(row)
                )
                continue
            cleaned = {key: value for key, value in row.items() if value not in (None, "")}
            yield _payload_record(path, f"row {number}", cleaned, repr(row), row)
    except csv.Error as error:
        yield _problem(path, f"row {reader.line_num}", f"malformed CSV: {error}")


def _read_parquet(path: Path) -> Iterator[RawRecord]:
    try:
        frame = pl.scan_parquet(path)
        columns = frame.collect_schema().names()
    except Exception as error:  # polars raises several error types for corrupt files
        yield _problem(path, "file", f"not a readable Parquet file: {error}")
        return
    if "text" not in columns:
        yield _problem(path, "file", _no_text_column("Parquet file", columns))
        return
    offset = 0
    for chunk in frame.collect().iter_slices(1000):
        for number, row in enumerate(chunk.iter_rows(named=True), start=offset + 1):
            cleaned = {key: value for key, value in row.items() if value is not None}
            yield _payload_record(path, f"row {number}", cleaned, repr(row), row)
        offset += chunk.height


def _read_text(path: Path) -> Iterator[RawRecord]:
    text, problem = _read_decoded(path)
    if problem is not None or text is None:
        yield problem or _problem(path, "file", "empty file")
        return
    metadata: dict[str, Any] = {}
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if sidecar.exists():
        try:
            loaded = json.loads(sidecar.read_text("utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield _problem(path, "file", f"sidecar {sidecar.name} is not valid JSON: {error}")
            return
        if not isinstance(loaded, dict):
            yield _problem(path, "file", f"sidecar {sidecar.name} must hold a JSON object")
            return
        metadata = {key: value for key, value in loaded.items() if key != "text"}
    yield RawRecord(str(path), "file", {**metadata, "text": text}, None, _excerpt(text))
