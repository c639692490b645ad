"""Worker scaling through the real CLI: `--workers 1`, `--workers 2` and `--dask ADDRESS`.

    uv run python -m benchmarks.workers [-n 600] [--corpus bbc]

Writes N articles of ../shared/data to a temporary JSON lines file and loads them, each time
into a new warehouse, with `newsetl run` (Prefect's temporary server, artifacts included):
with one worker process, with two, and on Dask against a real `dask scheduler` and a `dask
worker --nworkers 2 --nthreads 1` started here, warmed by a first run of 64 other articles
(a cluster stays up between runs: the first run in a new worker process imports newsetl and
Prefect and loads the model, 15-20 s). Prints a JSON line per run with its wall time and the
run's own stage seconds (read, extract, load: the part that scales), then the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from benchmarks.throughput import corpus_texts

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
#: Articles of the run that warms a new Dask cluster: enough parts for every worker.
WARM_UP = 64


def _write(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            handle.write(json.dumps({"id": f"w{number}", "text": text}) + "\n")
    return path


def run(source: Path, db: Path, *options: str) -> dict[str, Any]:
    command = [str(BIN / "newsetl"), "run", str(source), "--db", str(db), "--json", *options]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    summary: dict[str, Any] = json.loads(done.stdout)
    stages = sum(summary["seconds"].values())
    return {"wall_s": round(time.perf_counter() - started, 1), "stages_s": round(stages, 1)}


def _load_model() -> None:
    from flows.nlp import load_pipeline

    load_pipeline()


@contextmanager
def dask_cluster(workers: int, folder: Path) -> Iterator[str]:
    """A real scheduler and worker processes; yields the scheduler's address."""
    from distributed import Client

    scheduler_file = folder / "scheduler.json"
    quiet: dict[str, Any] = {
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "cwd": REPO,
        "env": {**os.environ, "PYTHONPATH": str(REPO)},
    }
    dask = str(BIN / "dask")
    processes = [
        subprocess.Popen(
            [
                dask,
                "scheduler",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                str(scheduler_file),
            ],
            **quiet,
        )
    ]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            if time.monotonic() > deadline:
                raise TimeoutError("the dask scheduler did not start within 60 s")
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        processes.append(
            subprocess.Popen(
                [
                    dask,
                    "worker",
                    address,
                    "--nworkers",
                    str(workers),
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                ],
                **quiet,
            )
        )
        with Client(address) as client:
            client.wait_for_workers(workers, timeout=120)
            client.run(_load_model)  # as a cluster that stays up between runs would have
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--corpus", choices=("bbc", "reuters"), default="bbc")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsetl-workers-") as name:
        folder = Path(name)
        texts = list(islice(corpus_texts(args.corpus), args.n + WARM_UP))
        source = _write(folder / "articles.jsonl", texts[: args.n])
        warm = _write(folder / "warm.jsonl", texts[args.n :])
        results = {
            "workers_1": run(source, folder / "w1.duckdb", "--workers", "1"),
            "workers_2": run(source, folder / "w2.duckdb", "--workers", "2"),
        }
        with dask_cluster(2, folder) as address:
            run(warm, folder / "warm.duckdb", "--dask", address, "--workers", "2")
            results["dask_2"] = run(
                source, folder / "d2.duckdb", "--dask", address, "--workers", "2"
            )
    for label, result in results.items():
        print(json.dumps({"run": label, "articles": args.n, **result}))
    stages = {label: result["stages_s"] for label, result in results.items()}
    print(
        json.dumps(
            {
                "workers_2_vs_1": round(stages["workers_1"] / stages["workers_2"], 2),
                "dask_vs_workers_2": round(stages["workers_2"] / stages["dask_2"], 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
