"""Scale benchmark: scheduled runs, new articles and every view as the warehouse grows.

    uv run python -m benchmarks.scale --sizes 20000 100000 1000000 [--seed 600] [--new 1000]

Through the real CLI (`newsetl run` with Prefect's temporary server and its artifacts, and
`newsetl sql`), each command in its own process, timed and with the peak RSS of its largest
process (workers and Prefect's server included). Steps:
1. The seed: half BBC, half Reuters-21578 articles (hard-wrapped, as in the SGML), loaded with
   `newsetl run`; `--new` other articles, the "new data" of a scheduled run.
2. The reference, on an empty warehouse: the new articles loaded into it, and an unchanged
   rerun of the seed folder (Prefect's fixed cost, what every run pays).
3. Per size N: the warehouse grown to N articles (`benchmarks.scale_build`), then a rerun over
   the unchanged source folder of N records, a run adding the new articles (under ids new to
   this size), and each query of `QUERIES`.
4. At the largest size, `--pairs` times: the same new articles (fresh ids) into a new empty
   warehouse and into the large one, back to back, so the ratio of the two is taken on the
   same machine state.
Prints a JSON line per measurement, then a Markdown table with each figure per size and its
growth exponent between the two largest sizes (0: flat, 1: linear in N). Reads ../shared/data,
and writes under --workdir (several GB at 1M articles).
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from benchmarks.scale_build import Seed, grow, write_sources
from benchmarks.throughput import corpus_texts
from flows.cli import EXAMPLE_QUERY
from flows.nlp import extractor_version
from warehouse.connection import WarehouseFile

#: The README's example queries, and a typical filter and top-N on every view. `{person}` is the
#: seed's most quoted person.
QUERIES: dict[str, str] = {
    "readme: quotes per speaker (CLI demo)": EXAMPLE_QUERY,
    "readme: direct/reported per person": """SELECT speaker_name,
        count(*) FILTER (WHERE kind = 'direct') AS direct,
        count(*) FILTER (WHERE kind IN ('indirect', 'mixed')) AS reported
        FROM quote_attributions WHERE speaker_type = 'PERSON'
        GROUP BY 1 ORDER BY direct + reported DESC LIMIT 50""",
    "readme: who met or threatened whom": """SELECT event_date, event_type, actors, targets,
        locations, trigger FROM event_facts WHERE event_type IN ('CONSULT', 'THREATEN')
        AND NOT negated AND NOT hypothetical AND NOT future
        ORDER BY event_date NULLS LAST LIMIT 100""",
    "readme: announced as coming up": """SELECT coalesce(CAST(event_date AS VARCHAR),
        date_value) AS "when", event_type, actors, targets, trigger, title FROM event_facts
        WHERE future AND NOT negated ORDER BY event_date NULLS LAST LIMIT 100""",
    "readme: what did someone say": """SELECT title, kind, quote, start_char, end_char
        FROM quote_attributions WHERE speaker_name = '{person}' LIMIT 100""",
    "readme: where do things happen": """SELECT e.name AS place, count(*) AS events
        FROM event_participants p JOIN entities e USING (entity_id)
        WHERE p.role = 'location' GROUP BY 1 ORDER BY 2 DESC LIMIT 20""",
    "issue: latest assaults": """SELECT event_type, actors, targets, event_date FROM event_facts
        WHERE event_type = 'ASSAULT' ORDER BY event_date DESC LIMIT 5""",
    "entity_mentions_resolved: count": "SELECT count(*) FROM entity_mentions_resolved",
    "entity_mentions_resolved: filter": """SELECT article_id, text, start_char
        FROM entity_mentions_resolved WHERE resolved_entity_id =
        (SELECT entity_id FROM entities WHERE name = '{person}' AND type = 'PERSON')
        LIMIT 100""",
    "entity_mentions_resolved: top-N": """SELECT resolved_entity_id, count(*) AS n
        FROM entity_mentions_resolved GROUP BY 1 ORDER BY 2 DESC LIMIT 10""",
    "quote_attributions: count": "SELECT count(*) FROM quote_attributions",
    "quote_attributions: top-N": """SELECT speaker_name, count(*) AS n FROM quote_attributions
        WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10""",
    "event_facts: count": "SELECT count(*) FROM event_facts",
    "event_facts: filter": """SELECT event_date, trigger, actors, targets FROM event_facts
        WHERE actors LIKE '%{person}%' ORDER BY event_date DESC LIMIT 20""",
    "event_facts: top-N": """SELECT actors, count(*) AS n FROM event_facts
        WHERE actors IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10""",
    "entity_summary: count": "SELECT count(*) FROM entity_summary",
    "entity_summary: filter": "SELECT * FROM entity_summary WHERE name = '{person}'",
    "entity_summary: top-N": """SELECT name, type, mentions, articles, quotes
        FROM entity_summary ORDER BY mentions DESC LIMIT 10""",
    "entity_aliases: count": "SELECT count(*) FROM entity_aliases",
    "entity_aliases: filter": """SELECT * FROM entity_aliases WHERE resolved_entity_id =
        (SELECT entity_id FROM entities WHERE name = '{person}' AND type = 'PERSON')""",
    "entity_aliases: top-N": """SELECT alias, mention_count FROM entity_aliases
        ORDER BY mention_count DESC LIMIT 10""",
    "person_roles: count": "SELECT count(*) FROM person_roles",
    "person_roles: filter": "SELECT role, title, published_at FROM person_roles "
    "WHERE name = '{person}' LIMIT 100",
    "person_roles: top-N": """SELECT role, count(*) AS n FROM person_roles
        GROUP BY 1 ORDER BY 2 DESC LIMIT 10""",
}

_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE).returncode\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(f'{code} {peak}', file=sys.stderr)\n"
)


@dataclass
class Measurement:
    size: int
    name: str
    seconds: float
    peak_rss_mb: float
    detail: dict[str, Any] = field(default_factory=dict)


def measure(command: list[str]) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB of the command's largest process, and its exit code."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _RSS_WRAPPER, *command], stderr=subprocess.PIPE, text=True
    )
    seconds = time.perf_counter() - started
    code, peak_kb = done.stderr.strip().splitlines()[-1].split()
    return seconds, int(peak_kb) / 1024, int(code)


def newsetl(*arguments: str) -> list[str]:
    return [str(Path(sys.executable).with_name("newsetl")), *arguments]


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _records(corpus: str, skip: int, count: int, label: str) -> list[dict[str, Any]]:
    texts = islice(corpus_texts(corpus), skip, skip + count)
    return [
        {
            "id": f"{corpus}-{skip + i}{label}",
            "source": corpus,
            "published_at": f"2025-01-{1 + (skip + i) % 28:02d}T12:00:00",
            "text": text,
        }
        for i, text in enumerate(texts)
    ]


def seed_records(size: int) -> list[dict[str, Any]]:
    return _records("bbc", 0, size // 2, "") + _records("reuters", 0, size - size // 2, "")


def new_records(seed_size: int, count: int, label: str) -> list[dict[str, Any]]:
    """Articles not in the seed; `label` makes their ids new at each size."""
    half = seed_size // 2
    return _records("bbc", half, count // 2, label) + _records(
        "reuters", half, count - count // 2, label
    )


class Bench:
    def __init__(self, workdir: Path, seed_size: int, new_count: int, workers: int) -> None:
        self.workdir = workdir
        self.seed_size = seed_size
        self.new_count = new_count
        self.workers = workers
        self.results: list[Measurement] = []
        self.version = extractor_version()

    def record(self, size: int, name: str, command: list[str], **detail: Any) -> Measurement:
        seconds, peak, code = measure(command)
        result = Measurement(size, name, round(seconds, 2), round(peak), {"exit": code, **detail})
        self.results.append(result)
        print(json.dumps(result.__dict__), flush=True)
        return result

    def run(self, size: int, name: str, source: Path, db: Path, workers: int = 1) -> None:
        command = newsetl("run", str(source), "--db", str(db), "--json", "--workers", str(workers))
        self.record(size, name, command)

    def build_seed(self) -> tuple[Path, Path]:
        source = self.workdir / "sources"
        _write_jsonl(source / "seed.jsonl", seed_records(self.seed_size))
        db = self.workdir / "seed.duckdb"
        self.run(self.seed_size, "seed load", source, db, self.workers)
        return source, db

    def new_folder(self, label: str) -> Path:
        folder = self.workdir / f"new-{label}"
        _write_jsonl(folder / "new.jsonl", new_records(self.seed_size, self.new_count, label))
        return folder

    def reference(self, source: Path, seed_db: Path) -> None:
        empty = self.workdir / "empty.duckdb"
        self.run(0, "new articles run", self.new_folder("empty"), empty, self.workers)
        self.run(self.seed_size, "unchanged run", source, seed_db)

    def at_size(self, size: int, seed: Seed, source: Path, db: Path, person: str) -> None:
        have = _count(db)
        started = time.perf_counter()
        grow(db, seed, size, source)
        write_sources(db, seed, max(have, seed.size), size, source, self.version)
        print(json.dumps({"size": size, "built_in_s": round(time.perf_counter() - started)}))
        self.run(size, "unchanged run", source, db)
        self.run(size, "new articles run", self.new_folder(str(size)), db, self.workers)
        for name, sql in QUERIES.items():
            query = " ".join(sql.format(person=person.replace("'", "''")).split())
            self.record(size, name, newsetl("sql", query, "--db", str(db), "--csv"))

    def paired_new_runs(self, db: Path, size: int, pairs: int) -> list[float]:
        """The same new articles (under fresh ids) into a new empty warehouse and into `db`,
        alternated `pairs` times so both see the same machine; the ratios, large/empty."""
        ratios = []
        for pair in range(pairs):
            empty = self.workdir / f"empty-{pair}.duckdb"
            self.run(0, f"paired new run {pair}", self.new_folder(f"e{pair}"), empty, self.workers)
            small = self.results[-1].seconds
            self.run(size, f"paired new run {pair}", self.new_folder(f"b{pair}"), db, self.workers)
            ratios.append(round(self.results[-1].seconds / small, 3))
        print(json.dumps({"size": size, "new_run_ratios": ratios}), flush=True)
        return ratios


def _count(db: Path) -> int:
    return int(WarehouseFile(db).query("SELECT count(*) FROM articles").rows[0][0])


def _top_person(db: Path) -> str:
    rows = (
        WarehouseFile(db)
        .query(
            "SELECT e.name FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id "
            "WHERE e.type = 'PERSON' AND e.name LIKE '% %' GROUP BY 1 ORDER BY count(*) DESC "
            "LIMIT 1"
        )
        .rows
    )
    return str(rows[0][0]) if rows else "Tony Blair"


def report(results: list[Measurement]) -> str:
    """A Markdown table: each measurement's seconds (and peak MB) per size, and its growth
    exponent between the two largest sizes."""
    sizes = sorted({r.size for r in results if r.size > 0})
    names = list(dict.fromkeys(r.name for r in results))
    found = {(r.name, r.size): r for r in results}
    header = "| measure | " + " | ".join(f"{s:,}" for s in sizes) + " | growth |"
    lines = [header, "|---" * (len(sizes) + 2) + "|"]
    for name in names:
        cells = []
        for size in sizes:
            r = found.get((name, size))
            cells.append(f"{r.seconds:.2f} s, {r.peak_rss_mb:.0f} MB" if r else "")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {_growth(found, name, sizes)} |")
    return "\n".join(lines)


def _growth(found: dict[tuple[str, int], Measurement], name: str, sizes: list[int]) -> str:
    measured = [s for s in sizes if (name, s) in found]
    if len(measured) < 2:
        return ""
    small, large = found[(name, measured[-2])], found[(name, measured[-1])]
    if small.seconds <= 0:
        return ""
    exponent = math.log(large.seconds / small.seconds) / math.log(large.size / small.size)
    return f"N^{exponent:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=600, help="real articles in the seed")
    parser.add_argument("--new", type=int, default=1000, help="articles in a new-data run")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/newsetl-scale"))
    parser.add_argument(
        "--pairs",
        type=int,
        default=2,
        help="new-article runs into an empty and the largest warehouse, alternated",
    )
    args = parser.parse_args(argv)
    if args.workdir.exists():
        shutil.rmtree(args.workdir)
    args.workdir.mkdir(parents=True)
    bench = Bench(args.workdir, args.seed, args.new, args.workers)
    source, seed_db = bench.build_seed()
    seed = Seed.read(seed_db)
    db = args.workdir / "scale.duckdb"
    shutil.copy(seed_db, db)
    bench.reference(source, seed_db)
    person = _top_person(seed_db)
    for size in sorted(args.sizes):
        bench.at_size(size, seed, source, db, person)
    bench.paired_new_runs(db, max(args.sizes), args.pairs)
    print(report(bench.results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
