"""Crash safety: a run killed with SIGKILL while it loads leaves no partial batch, and a re-run
ends with exactly the contents of an uninterrupted run (compared by a hash of every table)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.storage import open_warehouse
from schemas.tables import ALL_TABLES, Run

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "articles"
RUN_DEPENDENT = {"run_id", "ingested_at", "first_run_id", "rejected_at", "read_at"}


def _table_hashes(db: Path) -> dict[str, str]:
    store = open_warehouse(db)
    hashes = {}
    for model in ALL_TABLES:
        if model is Run:
            continue
        columns = [c for c in model.model_fields if c not in RUN_DEPENDENT]
        rows = store.query(
            f"SELECT {', '.join(columns)} FROM {model.table_name} "
            f"ORDER BY {', '.join(model.primary_key)}"
        ).rows
        hashes[model.table_name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return hashes


def _start_run(db: Path, api_url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PREFECT_API_URL": api_url}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "run",
            str(CORPUS),
            "--db",
            str(db),
            "--batch-size",
            "1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_during_load_then_rerun_equals_uninterrupted(
    prefect_server: None, tmp_path: Path
) -> None:
    from prefect.settings import PREFECT_API_URL

    api_url = str(PREFECT_API_URL.value())
    reference, crashed = tmp_path / "reference.duckdb", tmp_path / "crashed.duckdb"
    assert _start_run(reference, api_url).wait(timeout=300) == 0

    victim = _start_run(crashed, api_url)
    assert victim.stderr is not None
    deadline = time.monotonic() + 300
    for line in victim.stderr:  # kill as the fifth batch is being extracted and loaded
        if "batch 4:" in line:
            time.sleep(0.05)
            victim.send_signal(signal.SIGKILL)
            break
        assert time.monotonic() < deadline
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL

    store = open_warehouse(crashed)
    [(loaded,)] = store.query("SELECT count(*) FROM articles").rows
    assert 2 <= loaded < 15  # some batches committed, not all
    orphans = store.query(
        "SELECT count(*) FROM entity_mentions m LEFT JOIN articles a USING (article_id) "
        "WHERE a.article_id IS NULL"
    ).rows[0][0]
    assert orphans == 0  # no half-written batch: every row belongs to a loaded article
    [(status,)] = store.query("SELECT status FROM runs").rows
    assert status == "running"  # the killed run is visible as never finished

    assert _start_run(crashed, api_url).wait(timeout=300) == 0
    assert _table_hashes(crashed) == _table_hashes(reference)
