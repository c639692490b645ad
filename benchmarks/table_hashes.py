"""Guard for pure restructurings: a hash of every warehouse table's sorted contents.

    uv run python -m benchmarks.table_hashes [--out hashes.json] [--check hashes.json]

Loads four inputs, each into its own new DuckDB file, through the pipeline without Prefect
(`flows.pipeline.run_plain`): the 600 first BBC articles, the bundled sample articles, the
PolNeAR dev documents and the TempEval-3 documents (with their publication dates). Then prints,
per input and table, the row count and a SHA-256 of the table's rows sorted, without the columns
a run stamps (run ids, times). Identical hashes mean the restructuring changed nothing the
warehouse holds. Third-party texts are read from ../shared/data and written only to a temporary
directory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from benchmarks.throughput import corpus_texts
from flows.nlp import extractor_version
from flows.pipeline import run_plain
from flows.storage import open_warehouse
from schemas.tables import ALL_TABLES, Run, SourceFile

REPO = Path(__file__).resolve().parent.parent
#: Columns a run stamps on its rows (and temporary file paths): they differ between runs.
VOLATILE = frozenset(
    {"source_file", "run_id", "ingested_at", "first_run_id", "rejected_at", "extractor_version"}
)


def _jsonl(path: Path, records: Iterator[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, default=str) + "\n")
    return path


def _dated(doc_id: str, text: str, published: date | None) -> dict[str, Any]:
    return {"id": doc_id, "text": text, "source": "eval", "published_at": published}


def _inputs(tmp: Path) -> dict[str, list[Path]]:
    from evaluation.polnear import load_polnear
    from evaluation.tempeval import load_tempeval

    bbc = ({"id": f"bbc{i}", "text": t} for i, t in enumerate(islice(corpus_texts("bbc"), 600)))
    polnear = (_dated(d.doc_id, d.text, d.publication_date) for d in load_polnear("dev"))
    tempeval = (_dated(d.doc_id, d.text, d.dct) for d in load_tempeval("all"))
    return {
        "bbc600": [_jsonl(tmp / "bbc.jsonl", bbc)],
        "samples": [REPO / "examples" / "articles"],
        "polnear_dev": [_jsonl(tmp / "polnear.jsonl", polnear)],
        "tempeval": [_jsonl(tmp / "tempeval.jsonl", tempeval)],
    }


def table_hashes(db: Path) -> dict[str, dict[str, Any]]:
    """Per table: rows and a SHA-256 of its sorted rows without the VOLATILE columns."""
    warehouse = open_warehouse(db)
    result: dict[str, dict[str, Any]] = {}
    for model in ALL_TABLES:
        if model in (Run, SourceFile):
            continue
        columns = [c for c in model.model_fields if c not in VOLATILE]
        listed = ", ".join(columns)
        rows = warehouse.query(f"SELECT {listed} FROM {model.table_name} ORDER BY ALL").rows
        digest = hashlib.sha256()
        for row in rows:
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
        result[model.table_name] = {"rows": len(rows), "sha256": digest.hexdigest()[:16]}
    return result


def run(workers: int) -> dict[str, dict[str, dict[str, Any]]]:
    version = extractor_version()
    hashes: dict[str, dict[str, dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="newsetl-hashes-") as name:
        tmp = Path(name)
        for label, sources in _inputs(tmp).items():
            from flows.sources import expand_sources

            db = tmp / f"{label}.duckdb"
            warehouse = open_warehouse(db)
            warehouse.ensure_schema()
            run_plain(expand_sources(sources), warehouse, str(uuid.uuid4()), version, 64, workers)
            warehouse.drop_orphan_entities()
            hashes[label] = table_hashes(db)
            print(label, json.dumps(hashes[label]), file=sys.stderr)
    return hashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="write the hashes to this JSON file")
    parser.add_argument("--check", type=Path, help="compare with hashes written earlier")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    hashes = run(args.workers)
    if args.out:
        args.out.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")
    if args.check:
        expected = json.loads(args.check.read_text())
        differ = [
            f"{label}.{table}: {expected.get(label, {}).get(table)} -> {value}"
            for label, tables in hashes.items()
            for table, value in tables.items()
            if expected.get(label, {}).get(table) != value
        ]
        print("\n".join(differ) if differ else "hashes identical")
        return 1 if differ else 0
    print(json.dumps(hashes, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
