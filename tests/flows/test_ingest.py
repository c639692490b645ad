"""End to end through Prefect: the ingest_articles flow against a real (test) Prefect server,
writing a real DuckDB file. Marked slow; CI runs them."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.storage import open_warehouse
from schemas.tables import ALL_TABLES, Run, SourceFile

pytestmark = pytest.mark.slow

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
ARTICLES = DATA_DIR / "articles"
BAD = DATA_DIR / "bad"
REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "examples" / "articles"


def _run(db: Path, *sources: Path, reprocess: bool = False) -> dict[str, Any]:
    from flows.ingest import ingest_articles

    return ingest_articles(sources=[str(s) for s in sources], db=str(db), reprocess=reprocess)


def _snapshot(db: Path, exclude: tuple[str, ...] = ()) -> dict[str, pl.DataFrame]:
    """Every table except `runs`, sorted by primary key, without the excluded columns."""
    store = open_warehouse(db)
    snapshot = {}
    for model in ALL_TABLES:
        if model in (Run, SourceFile):
            continue
        frame = store.table_frame(model.table_name, ", ".join(model.primary_key))
        snapshot[model.table_name] = frame.drop([c for c in exclude if c in frame.columns])
    return snapshot


def _assert_same_warehouse(expected_db: Path, actual_db: Path) -> None:
    """Every table but the run-stamped columns is the same in both warehouses."""
    exclude = ("run_id", "ingested_at")
    expected, actual = _snapshot(expected_db, exclude), _snapshot(actual_db, exclude)
    for table, frame in expected.items():
        assert frame.equals(actual[table]), table


@pytest.fixture(scope="module")
def loaded(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    db = tmp_path_factory.mktemp("flow") / "news.duckdb"
    return db, _run(db, ARTICLES)


def test_flow_loads_every_table(loaded: tuple[Path, dict]) -> None:
    db, summary = loaded
    assert summary["status"] == "completed"
    assert (summary["records_read"], summary["articles_loaded"]) == (4, 4)
    store = open_warehouse(db)
    counts = {
        t: store.query(f"SELECT count(*) FROM {t}").rows[0][0]
        for t in (
            "articles",
            "entities",
            "entity_mentions",
            "quotes",
            "time_expressions",
            "events",
            "event_participants",
            "event_types",
        )
    }
    assert counts["articles"] == 4
    assert all(counts[t] > 0 for t in counts), counts
    assert counts["quotes"] == summary["quotes"] and counts["events"] == summary["events"]
    [(status, loaded_count)] = store.query(
        "SELECT status, articles_loaded FROM runs WHERE run_id = $r", {"r": summary["run_id"]}
    ).rows
    assert (status, loaded_count) == ("completed", 4)


def test_every_offset_reproduces_its_span(loaded: tuple[Path, dict]) -> None:
    db, _ = loaded
    store = open_warehouse(db)
    checks = {
        "entity_mentions": ("text", "start_char", "end_char"),
        "quotes": ("text", "start_char", "end_char"),
        "time_expressions": ("text", "start_char", "end_char"),
        "events": ("trigger", "start_char", "end_char"),
    }
    for table, (column, start, end) in checks.items():
        bad = store.query(
            f"SELECT count(*) FROM {table} t JOIN articles a USING (article_id) "
            f"WHERE substring(a.text, t.{start} + 1, t.{end} - t.{start}) <> t.{column}"
        ).rows[0][0]
        assert bad == 0, table
    speakers = store.query(
        "SELECT count(*) FROM quotes q JOIN articles a USING (article_id) "
        "WHERE q.speaker_start_char IS NOT NULL AND q.speaker_method <> 'continuation' AND "
        "substring(a.text, q.speaker_start_char + 1, q.speaker_end_char - q.speaker_start_char)"
        " <> q.speaker_text"
    ).rows[0][0]
    assert speakers == 0


def test_extraction_reaches_the_warehouse(loaded: tuple[Path, dict]) -> None:
    db, _ = loaded
    store = open_warehouse(db)
    speakers = store.query(
        "SELECT speaker_name, count(*) FROM quote_attributions WHERE kind = 'direct' "
        "GROUP BY 1 ORDER BY 1"
    ).rows
    assert ("Lucia Ferreira", 1) in speakers and ("Ana Tembe", 2) in speakers
    values = dict(store.query("SELECT text, value FROM time_expressions").rows)
    assert values["Monday"] == "2025-03-10" and values["two days ago"] == "2025-03-12"
    meeting = store.query(
        "SELECT event_type, event_date, locations FROM event_facts WHERE trigger = 'met'"
    ).rows
    assert meeting == [("CONSULT", __import__("datetime").date(2025, 3, 10), "Porto")]


def test_second_run_changes_nothing(loaded: tuple[Path, dict]) -> None:
    db, _ = loaded
    before = _snapshot(db)
    summary = _run(db, ARTICLES)
    assert (summary["articles_loaded"], summary["articles_unchanged"]) == (0, 4)
    after = _snapshot(db)
    for table, frame in before.items():
        assert frame.equals(after[table]), table


def test_reprocess_keeps_every_id(loaded: tuple[Path, dict]) -> None:
    db, _ = loaded
    before = _snapshot(db, exclude=("run_id", "ingested_at"))
    summary = _run(db, ARTICLES, reprocess=True)
    assert summary["articles_loaded"] == 4
    after = _snapshot(db, exclude=("run_id", "ingested_at"))
    for table, frame in before.items():
        assert frame.equals(after[table]), table


def test_worker_processes_give_the_same_warehouse(
    loaded: tuple[Path, dict], tmp_path: Path
) -> None:
    from flows.ingest import ingest_articles

    db, _ = loaded
    parallel = tmp_path / "parallel.duckdb"
    summary = ingest_articles(sources=[str(ARTICLES)], db=str(parallel), batch_size=1, workers=2)
    assert summary["articles_loaded"] == 4
    _assert_same_warehouse(db, parallel)


def test_dask_local_cluster_gives_the_same_warehouse(
    loaded: tuple[Path, dict], tmp_path: Path
) -> None:
    pytest.importorskip("prefect_dask", reason="the `dask` extra is not installed")
    from prefect.settings import PREFECT_API_URL

    db, _ = loaded
    on_dask = tmp_path / "dask.duckdb"
    # Through the command line, as the README shows it.
    command = ["run", str(ARTICLES), "--db", str(on_dask), "--dask", "--workers", "2", "--json"]
    result = _cli(
        *command, "--batch-size", "1", env={"PREFECT_API_URL": str(PREFECT_API_URL.value())}
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles_loaded"] == 4
    _assert_same_warehouse(db, on_dask)


def test_real_dask_scheduler_and_workers_give_the_same_warehouse(
    prefect_server: None, tmp_path: Path
) -> None:
    """`--dask ADDRESS` against real scheduler and worker processes, each batch split in parts
    over them: the warehouse is the one a single in-process run wrote."""
    pytest.importorskip("prefect_dask", reason="the `dask` extra is not installed")
    from prefect.settings import PREFECT_API_URL

    in_process, on_dask = tmp_path / "one.duckdb", tmp_path / "cluster.duckdb"
    assert _run(in_process, SAMPLES)["articles_loaded"] == 15
    from benchmarks.workers import dask_cluster

    with dask_cluster(2, tmp_path) as address:
        result = _cli(
            "run",
            str(SAMPLES),
            "--db",
            str(on_dask),
            "--dask",
            address,
            "--workers",
            "2",
            "--json",
            env={"PREFECT_API_URL": str(PREFECT_API_URL.value())},
        )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles_loaded"] == 15
    _assert_same_warehouse(in_process, on_dask)


def test_bad_records_are_quarantined_and_the_rest_loads(
    prefect_server: None, tmp_path: Path
) -> None:
    db = tmp_path / "bad.duckdb"
    summary = _run(db, BAD)
    assert summary["status"] == "completed_with_rejections"
    store = open_warehouse(db)
    rejected = {
        (Path(f).name, loc): reason
        for f, loc, reason in store.query(
            "SELECT source_file, locator, reason FROM rejected_records"
        ).rows
    }
    assert rejected[("mixed.jsonl", "line 2")].startswith("invalid JSON")
    assert rejected[("mixed.jsonl", "line 4")] == "missing required field 'text'"
    assert "empty or whitespace" in rejected[("mixed.jsonl", "line 5")]
    assert "published_at" in rejected[("mixed.jsonl", "line 6")]
    assert "published_at" in rejected[("mixed.jsonl", "line 7")]
    assert "JSON object" in rejected[("mixed.jsonl", "line 8")]
    # line 9 repeats line 1 word for word: skipped as unchanged, not an error
    assert ("mixed.jsonl", "line 9") not in rejected
    assert rejected[("empty.txt", "file")] == "empty file"
    assert summary["records_rejected"] == len(rejected) == 7
    loaded = dict(store.query("SELECT external_id, source FROM articles").rows)
    assert loaded == {"b-ok": "Bad Input Times", "b-quote's": 'O\'Brien "Daily"'}


def test_seed_article_yields_every_kind_of_row(
    prefect_server: None, tmp_path: Path, seed_text: str, seed_people: tuple[str, ...]
) -> None:
    source = tmp_path / "seed.jsonl"
    record = {"id": "seed-000", "text": seed_text, "published_at": "2025-01-21"}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "seed.duckdb"
    _run(db, source)
    store = open_warehouse(db)
    people = dict(store.query("SELECT name, type FROM entities WHERE type = 'PERSON'").rows)
    for name in seed_people:
        assert people.get(name) == "PERSON"
    direct = store.query("SELECT speaker_name FROM quote_attributions WHERE kind = 'direct'").rows
    assert len(direct) >= 6 and all(name for (name,) in direct)
    kyiv = store.query(
        "SELECT type, country_code, round(latitude), round(longitude) FROM entities "
        "WHERE name = 'Kyiv'"
    ).rows
    assert kyiv == [("GPE", "UA", 50.0, 31.0)]
    russian = store.query("SELECT country_code FROM entities WHERE name = 'Russian'").rows
    assert russian == [("RU",)]
    dates = {v for (v,) in store.query("SELECT value FROM time_expressions").rows}
    assert {"2025-01-20", "2025-01-09", "1962"} <= dates
    congratulated = store.query(
        "SELECT event_type, event_date, actors, targets FROM event_facts "
        "WHERE trigger = 'congratulated'"
    ).rows
    assert congratulated == [
        ("SUPPORT", __import__("datetime").date(2025, 1, 20), "Vladimir Putin", "Donald Trump")
    ]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_cli_missing_source_is_a_usage_error(tmp_path: Path) -> None:
    result = _cli("run", str(tmp_path / "missing"), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 2
    assert "source not found" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("folder", "is a directory"),
        ("notes.txt/news.duckdb", "is a file, not a directory"),
        ("notes.txt", "is not a DuckDB database; it was left untouched"),
    ],
)
def test_cli_a_bad_warehouse_path_is_a_usage_error_before_any_work(
    tmp_path: Path, db: str, message: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "notes.txt").write_text("not a database\n", encoding="utf-8")
    result = _cli("run", str(ARTICLES), "--db", str(tmp_path / db))
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "not a database\n"


def test_cli_an_empty_query_is_a_usage_error(tmp_path: Path) -> None:
    result = _cli("sql", "  ", "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 2
    assert "the query is empty" in result.stderr and "Traceback" not in result.stderr


def test_cli_run_exit_code_and_sql(prefect_server: None, tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    db = tmp_path / "cli.duckdb"
    env = {"PREFECT_API_URL": str(PREFECT_API_URL.value())}
    result = _cli("run", str(BAD), "--db", str(db), "--quiet", env=env)
    assert result.returncode == 3, result.stderr  # completed, with rejected records
    assert result.stdout == ""
    # quiet still warns, once, about the newly quarantined records and how to list them
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "7 record(s) were quarantined" in warnings[0]
    query = _cli("sql", "SELECT count(*) AS n FROM rejected_records", "--db", str(db), "--json")
    assert query.returncode == 0
    assert json.loads(query.stdout) == {"n": 7}
    listing = "SELECT locator, reason, NULL AS nothing FROM rejected_records ORDER BY locator"
    as_csv = _cli("sql", listing, "--db", str(db), "--csv")
    assert as_csv.returncode == 0
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["locator", "reason", "nothing"]
    assert len(rows) == 8 and all(row[2] == "" for row in rows[1:])
    assert any("missing required field 'text'" in row[1] for row in rows[1:])
    broken = _cli("sql", "SELECT * FROM no_such_table", "--db", str(db))
    assert broken.returncode == 1 and "no_such_table" in broken.stderr
    write = _cli("sql", "DELETE FROM articles", "--db", str(db))
    assert write.returncode == 1 and "read-only" in write.stderr.lower()
    # the same bad lines again: already reported, so cron sees a clean run
    again = _cli("run", str(BAD), "--db", str(db), "--json", env=env)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["records_rejected"], summary["records_rejected_new"]) == (7, 0)
    assert summary["status"] == "completed"


@pytest.mark.slow
def test_quiet_run_on_its_own_temporary_server_prints_nothing(tmp_path: Path) -> None:
    # The way a user first runs newsetl: no Prefect server configured, so the run starts a
    # temporary one. A quiet run must print nothing at all (cron mails whatever it prints),
    # including nothing from that server, such as telemetry failing on an offline machine.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    command = ["run", str(ARTICLES), "--quiet", "--db", str(tmp_path / "q.duckdb")]
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", *command],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""


def test_readme_example_queries_run(loaded: tuple[Path, dict]) -> None:
    # Users copy these; a renamed column or view must fail here, not in their notebooks.
    db, _ = loaded
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", readme, flags=re.DOTALL)
    statements = [s.strip() for block in blocks for s in block.split(";") if s.strip()]
    queries = [s for s in statements if not all(line.startswith("--") for line in s.splitlines())]
    assert len(queries) >= 5
    store = open_warehouse(db)
    for query in queries:
        result = store.query(query)
        assert result.columns, query


@pytest.mark.parametrize(
    ("argv", "dask"),
    [
        (["run", "news.jsonl"], None),
        (["run", "news.jsonl", "--dask"], "local"),
        (["run", "news.jsonl", "--dask", "tcp://scheduler:8786"], "tcp://scheduler:8786"),
    ],
)
def test_cli_dask_option(argv: list[str], dask: str | None) -> None:
    from flows.cli import build_parser

    assert build_parser().parse_args(argv).dask == dask
