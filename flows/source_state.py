"""Which source files a run must read: a scheduled run skips the files it already read.

A completed run remembers each file it read (path, size, modification time, SHA-256 of its bytes,
extractor version, and how many records it held and how many were rejected) in the
`source_files` table. The next run skips, without reading, a file whose size and modification
time are unchanged for the same extractor version; a file that was only touched (same bytes) is
hashed, not parsed. Anything else is read whole. A `.txt`/`.md` file's metadata sidecar is part
of its fingerprint. `--reprocess` ignores the state.

This module decides; it does not read records (`flows.sources`) or write the table
(`warehouse.store`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.sources import SIDECAR_SUFFIX

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Fingerprint:
    """A file as it was just before it was read."""

    size: int
    mtime_ns: int

    def same_as(self, state: Mapping[str, Any]) -> bool:
        return (self.size, self.mtime_ns) == (state["size"], state["mtime_ns"])


def _parts(path: Path) -> list[Path]:
    """The file and, for a text file, its metadata sidecar when there is one."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    is_text = path.suffix.lower() in (".txt", ".md")
    return [path, sidecar] if is_text and sidecar.is_file() else [path]


def fingerprint(path: Path) -> Fingerprint:
    stats = [part.stat() for part in _parts(path)]
    return Fingerprint(sum(s.st_size for s in stats), max(s.st_mtime_ns for s in stats))


def content_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    for part in _parts(path):
        with part.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        digest.update(b"\x00")
    return digest.hexdigest()


def state_key(path: Path) -> str:
    """The `source_files.path` of a file: absolute, so two spellings are one file."""
    return str(path.absolute())


@dataclass
class SourcePlan:
    """The files a run reads, and what the files it skips held when last read."""

    to_read: list[Path]
    unchanged: list[dict[str, Any]] = field(default_factory=list)
    #: files skipped after hashing (touched, same bytes): their state gets the new mtime
    touched: list[dict[str, Any]] = field(default_factory=list)

    @property
    def unchanged_records(self) -> int:
        return sum(int(state["records"]) for state in self.unchanged)

    @property
    def unchanged_rejected(self) -> int:
        return sum(int(state["rejected"]) for state in self.unchanged)


def plan_reads(
    files: Iterable[Path], states: Mapping[str, Mapping[str, Any]], version: str, reprocess: bool
) -> SourcePlan:
    """Split `files` into those to read and those unchanged since a completed run read them."""
    plan = SourcePlan([])
    for path in files:
        state = None if reprocess else states.get(state_key(path))
        if state is None or state["extractor_version"] != version:
            plan.to_read.append(path)
            continue
        now = fingerprint(path)
        if now.same_as(state):
            plan.unchanged.append(dict(state))
        elif content_sha256(path) == state["content_hash"]:
            refreshed = {**state, "size": now.size, "mtime_ns": now.mtime_ns}
            plan.unchanged.append(refreshed)
            plan.touched.append(refreshed)
        else:
            plan.to_read.append(path)
    return plan


@dataclass
class FileTally:
    """What one file read in this run held: its fingerprint (taken before reading) and counts."""

    fingerprint: Fingerprint
    content_hash: str
    records: int = 0
    rejected: int = 0

    @classmethod
    def of(cls, path: Path) -> FileTally:
        return cls(fingerprint(path), content_sha256(path))

    def state_row(self, path: str, version: str, run_id: str) -> dict[str, Any]:
        return {
            "path": state_key(Path(path)),
            "size": self.fingerprint.size,
            "mtime_ns": self.fingerprint.mtime_ns,
            "content_hash": self.content_hash,
            "extractor_version": version,
            "records": self.records,
            "rejected": self.rejected,
            "run_id": run_id,
            "read_at": datetime.now(UTC).replace(tzinfo=None),
        }
