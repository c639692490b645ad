"""Operations, end to end: a real `prefect server`, the real CLI in separate processes, two runs
at once on one warehouse, and the Prefect UI rendered by headless Chromium.

Slow: each test talks to a real server started on a free local port for this module.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
DATA_DIR = REPO / "tests" / "data"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=15000",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Prefect server (API + UI) on 127.0.0.1, with its own empty database."""
    port = _free_port()
    home = tmp_path_factory.mktemp("prefect-home")
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # The UI is told where the API is; it defaults to port 4200.
        "PREFECT_UI_API_URL": f"http://127.0.0.1:{port}/api",
    }
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"prefect server exited: {(home / 'server.log').read_text()}")
        time.sleep(0.5)
    else:
        process.kill()
        raise RuntimeError("prefect server did not become healthy in 90 s")
    yield url
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def _newsetl(server: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PREFECT_API_URL": f"{server}/api"}
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", *args],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _api(server: str, path: str, body: dict[str, Any] | None = None) -> Any:
    response = httpx.post(f"{server}/api/{path}", json=body or {}, timeout=30)
    response.raise_for_status()
    return response.json()


def test_run_against_a_real_server_shows_in_the_api_and_the_ui(server: str, tmp_path: Path) -> None:
    db = tmp_path / "ui.duckdb"
    run = _newsetl(
        server, "run", str(DATA_DIR / "bad"), str(DATA_DIR / "articles"), "--db", str(db), "--json"
    )
    stdout, stderr = run.communicate(timeout=300)
    assert run.returncode == 3, stderr  # completed, with rejected records
    summary = json.loads(stdout)
    [flow_run] = [r for r in _api(server, "flow_runs/filter") if r["id"] == summary["run_id"]]
    assert flow_run["state"]["type"] == "COMPLETED"
    artifacts = _api(
        server, "artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run["id"]]}}}
    )
    by_key = {a["key"]: a for a in artifacts}
    table = by_key["ingest-summary"]["data"]
    rows = json.loads(table) if isinstance(table, str) else table
    metrics = {row["metric"]: row["value"] for row in rows}
    assert (
        metrics["records_rejected"] == summary["records_rejected"] == 7
    )  # tests/data/bad: 7 bad records (its repeated line is unchanged, not bad)
    assert metrics["articles_loaded"] == summary["articles_loaded"] == 6
    assert metrics["quotes"] == summary["quotes"] > 0
    assert metrics["entities"] == summary["entities"] > 0
    highlights = by_key["ingest-highlights"]["data"]
    assert "Top speakers" in highlights and "rejected_records" in highlights
    task_names = {
        t["name"].rsplit("-", 1)[0]
        for t in _api(server, "task_runs/filter", {"flow_runs": {"id": {"any_": [flow_run["id"]]}}})
    }
    assert task_names == {"triage_batch", "extract_batch", "load_batch"}

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium is not installed: `apt-get install -y chromium` (.ci/run does)")
    page = f"{server}/runs/flow-run/{flow_run['id']}"
    ARTIFACTS.mkdir(exist_ok=True)
    profile = tmp_path / "chromium-profile"
    dom = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    (ARTIFACTS / "flow-run.html").write_text(dom)
    assert flow_run["name"] in dom
    assert "Completed" in dom
    subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}-shot",
            "--window-size=1400,1000",
            f"--screenshot={ARTIFACTS / 'flow-run.png'}",
            page,
        ],
        capture_output=True,
        timeout=120,
    )
    assert (ARTIFACTS / "flow-run.png").stat().st_size > 10_000


def test_two_runs_at_once_never_interleave_and_readers_get_in(server: str, tmp_path: Path) -> None:
    db = tmp_path / "two.duckdb"
    corpus = REPO / "examples" / "articles"
    first = _newsetl(server, "run", str(corpus), "--db", str(db), "--batch-size", "1", "--quiet")
    while not db.exists():  # wait until the first run holds the warehouse
        assert first.poll() is None, first.communicate()
        time.sleep(0.2)
    second = _newsetl(server, "run", str(corpus), "--db", str(db), "--batch-size", "1", "--quiet")
    reads = 0
    while first.poll() is None:
        query = _newsetl(
            server, "sql", "SELECT count(*) AS n FROM articles", "--db", str(db), "--json"
        )
        out, _ = query.communicate(timeout=120)
        if query.returncode == 0 and first.poll() is None:
            reads += 1
            assert 0 <= json.loads(out)["n"] <= 15
        time.sleep(0.3)
    assert first.wait(timeout=300) == 0, first.communicate()
    assert second.wait(timeout=300) == 0, second.communicate()
    assert reads >= 1  # a reader got in between the first run's batches
    result = _newsetl(
        server,
        "sql",
        "SELECT status, articles_loaded, articles_unchanged FROM runs ORDER BY started_at",
        "--db",
        str(db),
        "--json",
    )
    rows = [json.loads(line) for line in result.communicate(timeout=120)[0].splitlines()]
    # The second run waited for the first, then found every article already loaded.
    assert [(r["status"], r["articles_loaded"], r["articles_unchanged"]) for r in rows] == [
        ("completed", 15, 0),
        ("completed", 0, 15),
    ]


def test_a_failing_run_names_its_stage_in_the_cli_and_the_api(server: str, tmp_path: Path) -> None:
    # a corrupt warehouse: DuckDB's file header, then damage (a file that is not a DuckDB
    # database at all is refused as a usage error before the flow starts)
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"\0" * 8 + b"DUCK" + b"damaged block " * 400)
    run = _newsetl(server, "run", str(DATA_DIR / "articles"), "--db", str(corrupt))
    _, stderr = run.communicate(timeout=300)
    assert run.returncode == 1
    assert "run failed: stage 'setup' failed" in stderr
    assert "Traceback" not in stderr.split("run failed:")[-1]
    failed = _api(
        server, "flow_runs/filter", {"flow_runs": {"state": {"type": {"any_": ["FAILED"]}}}}
    )
    assert any("stage 'setup' failed" in (r["state"]["message"] or "") for r in failed)


def _sql(db: Path, query: str, *options: str) -> subprocess.CompletedProcess[str]:
    """`newsetl sql` in its own process; it needs no Prefect server."""
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "sql", query, "--db", str(db), *options],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture()
def empty_warehouse(tmp_path: Path) -> Path:
    from warehouse.store import Warehouse

    db = tmp_path / "empty.duckdb"
    Warehouse(db).ensure_schema()
    return db


def test_sql_prints_every_statement_of_a_pasted_script(empty_warehouse: Path) -> None:
    result = _sql(
        empty_warehouse,
        "SELECT count(*) AS articles FROM articles;\n"
        "SELECT 'a;b' AS semicolon_in_a_string -- and one in a comment;\n",
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.split("\n\n")
    assert first.startswith("-- SELECT count(*) AS articles FROM articles\n")
    assert "articles" in first and "│ 0 " in first
    assert second.startswith("-- SELECT 'a;b' AS semicolon_in_a_string")
    assert "semicolon_in_a_string" in second and "│ a;b " in second


def test_sql_script_setup_statements_carry_over_and_print_nothing(empty_warehouse: Path) -> None:
    # one connection for the whole script, so the temporary table is there for the SELECT
    result = _sql(
        empty_warehouse,
        "SET threads = 1; CREATE TEMP TABLE picked AS SELECT 42 AS answer; SELECT * FROM picked",
    )
    assert result.returncode == 0, result.stderr
    assert "answer" in result.stdout and "42" in result.stdout
    assert "Success" not in result.stdout and "Count" not in result.stdout
    assert "-- " not in result.stdout  # one result: no heading, as for a single query
    as_json = _sql(empty_warehouse, "SET threads = 1; SELECT 42 AS answer", "--json")
    assert (as_json.returncode, as_json.stdout) == (0, '{"answer": 42}\n')


def test_sql_a_failing_statement_stops_the_script_after_the_results_before_it(
    empty_warehouse: Path,
) -> None:
    result = _sql(
        empty_warehouse, "SELECT 1 AS one; SELECT * FROM no_such_table; SELECT 3 AS three"
    )
    assert result.returncode == 1
    assert "one" in result.stdout and "three" not in result.stdout
    assert "failed at `SELECT * FROM no_such_table`" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("option", ["--json", "--csv"])
def test_sql_machine_output_takes_one_result(empty_warehouse: Path, option: str) -> None:
    result = _sql(empty_warehouse, "SELECT 1 AS a; SELECT 2 AS b", option)
    assert (result.returncode, result.stdout) == (2, "")
    assert f"{option} prints one result, but the query has 2 statements" in result.stderr


def test_a_run_names_the_files_it_skipped_and_says_when_it_found_no_records(
    server: str, tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (wrong / "notes.docx").write_bytes(b"PK\x03\x04")
    db = str(tmp_path / "skips.duckdb")
    run = _newsetl(server, "run", str(wrong), "--db", db, "--quiet")
    out, err = run.communicate(timeout=300)
    assert (run.returncode, out) == (0, "")
    # a warning, so even a --quiet run (cron) says it, on one line
    [line] = [line for line in err.splitlines() if "no records found" in line]
    assert "WARNING" in line
    assert "the source folder(s) hold 2 file(s), none of a type newsetl reads" in line
    assert "notes.docx, photo.png (it reads *.jsonl," in line

    mixed = tmp_path / "mixed"
    shutil.copytree(DATA_DIR / "articles", mixed)
    shutil.copy(wrong / "photo.png", mixed / "photo.png")
    run = _newsetl(server, "run", str(mixed), "--db", db, "--json")
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert json.loads(out)["articles_loaded"] == 4
    [line] = [line for line in err.splitlines() if "skipped" in line]
    assert "INFO" in line and "skipped 1 file(s) that are not records: photo.png (" in line
    assert "no records found" not in err


def test_sql_waits_only_as_long_as_told_for_a_held_warehouse(empty_warehouse: Path) -> None:
    # another process holds DuckDB's write lock, as a load does during a batch
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time\n"
            f"con = duckdb.connect({str(empty_warehouse)!r})\n"
            "print('held', flush=True)\n"
            "time.sleep(120)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "flows.cli", "sql", "SELECT 1", "--db", str(empty_warehouse)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "NEWSETL_LOCK_TIMEOUT": "1"},
        )
        assert time.monotonic() - started < 60  # not the default 120 s
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert "is held by another process" in result.stderr and "stayed locked for 1s" in result.stderr
    assert "Traceback" not in result.stderr
