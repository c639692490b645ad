"""Warehouses of any size, quickly: real articles loaded once, their rows replicated under new ids.

Used by `benchmarks.scale`. A seed warehouse holds a few hundred real articles loaded through the
real CLI. `grow` appends copies of every seed article (each copy a new article id, its rows new
ids, its text unchanged) until the warehouse holds N articles. In each copy about one person or
organisation per article is replaced by a new one (its name gets a copy suffix: "Tony Blair" ->
"Tony Blairbac"), so distinct entities grow with the warehouse as in a real feed: about a
million at a million articles. Surname links are recomputed at the end.

`write_sources` writes the JSON lines files those replicated articles would have come from
(same texts, ids that hash to the replicated article ids) and records them in `source_files`, as
a completed run that read them would have. This is benchmark tooling: it writes SQL against the
warehouse file directly, which the product never does outside `warehouse/`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from flows.source_state import FileTally
from flows.storage import open_warehouse
from transforms.ids import stable_id

#: Records per generated source file (a feed's fetch, or a day of a small outlet).
RECORDS_PER_FILE = 500
#: Copies replicated per SQL round, to bound the builder's memory.
COPIES_PER_ROUND = 100
BUILD_RUN_ID = "scale-build"


@dataclass(frozen=True)
class Seed:
    """The seed warehouse's articles, in a fixed order."""

    db: Path
    articles: pl.DataFrame  # article_id, external_id, source, published_at

    @classmethod
    def read(cls, db: Path) -> Seed:
        with duckdb.connect(str(db), read_only=True) as con:
            frame = con.execute(
                "SELECT article_id, external_id, source, published_at, text FROM articles "
                "ORDER BY article_id"
            ).pl()
        return cls(db, frame)

    @property
    def size(self) -> int:
        return self.articles.height


def _copy_suffix(copy: int) -> str:
    """Letters that make a name new in each copy: 1 -> 'bab', 2 -> 'cab', ..."""
    letters = [chr(97 + (copy // 26**k) % 26) for k in range(3)]
    return "".join(letters)


def copy_plan(seed: Seed, first: int, last: int, sources_dir: Path) -> pl.DataFrame:
    """One row per replicated article `first` <= position < `last` (position 0 is the seed's
    first article): its copy number, seed id, new ids, source file and line."""
    rows: list[dict[str, Any]] = []
    seed_rows = seed.articles.to_dicts()
    for position in range(first, last):
        copy, index = divmod(position, seed.size)
        article = seed_rows[index]
        external_id = f"{article['external_id']}~{copy}"
        published = article["published_at"] or datetime(2025, 1, 1)
        rows.append(
            {
                "position": position,
                "c": copy,
                "seed_article_id": article["article_id"],
                "article_id": stable_id("art", "id", article["source"] or "", external_id),
                "external_id": external_id,
                "published_at": published + timedelta(days=copy % 365),
                "source_file": str(sources_dir / f"part-{position // RECORDS_PER_FILE:07d}.jsonl"),
                "source_locator": f"line {position % RECORDS_PER_FILE + 1}",
            }
        )
    return pl.DataFrame(rows)


def _new_id(column: str) -> str:
    """A replicated row's id: the seed id's prefix and a digest of (seed id, copy)."""
    return f"split_part({column}, '_', 1) || '_' || substr(md5({column} || ':' || p.c), 1, 20)"


def _entity(column: str) -> str:
    return f"coalesce(em.new_id, {column})"


_ENTITY_JOIN = "LEFT JOIN _emap em ON em.old_id = {0} AND em.c = p.c"

#: INSERT ... SELECT per table, over seed rows joined to the copy plan `p` (and the entity map).
_REPLICATE: dict[str, str] = {
    "articles": """
        SELECT p.article_id, p.external_id, a.title, a.url, a.source, a.author, a.language,
               p.published_at, a.text, a.content_hash, a.extractor_version, '{run}', now(),
               p.source_file, p.source_locator, a.word_count
        FROM s.articles a JOIN _plan p ON p.seed_article_id = a.article_id""",
    "entity_mentions": f"""
        SELECT {_new_id("x.mention_id")}, p.article_id, {_entity("x.entity_id")}, x.text, x.type,
               x.start_char, x.end_char, x.sentence_index, x.ner_label
        FROM s.entity_mentions x JOIN _plan p ON p.seed_article_id = x.article_id
        {_ENTITY_JOIN.format("x.entity_id")}""",
    "entity_roles": f"""
        SELECT {_new_id("x.role_id")}, p.article_id, {_new_id("x.mention_id")},
               {_entity("x.entity_id")}, x.role, x.start_char, x.end_char, x.pattern,
               x.sentence_index
        FROM s.entity_roles x JOIN _plan p ON p.seed_article_id = x.article_id
        {_ENTITY_JOIN.format("x.entity_id")}""",
    "quotes": f"""
        SELECT {_new_id("x.quote_id")}, p.article_id, x.text, x.kind, x.start_char, x.end_char,
               x.cue, x.cue_start_char, x.cue_end_char, x.speaker_text, x.speaker_start_char,
               x.speaker_end_char, {_entity("x.speaker_entity_id")}, x.speaker_method,
               x.sentence_index
        FROM s.quotes x JOIN _plan p ON p.seed_article_id = x.article_id
        {_ENTITY_JOIN.format("x.speaker_entity_id")}""",
    "time_expressions": f"""
        SELECT {_new_id("x.timex_id")}, p.article_id, x.text, x.type, x.value, x.start_char,
               x.end_char, x.begin_date, x.end_date, x.anchored_to_publication, x.sentence_index
        FROM s.time_expressions x JOIN _plan p ON p.seed_article_id = x.article_id""",
    "events": f"""
        SELECT {_new_id("x.event_id")}, p.article_id, x.event_type, x.trigger, x.start_char,
               x.end_char, x.event_date,
               CASE WHEN x.timex_id IS NOT NULL THEN {_new_id("x.timex_id")} END, x.date_source,
               x.trigger_lemma, x.mode, x.negated, x.hypothetical, x.future,
               CASE WHEN x.quote_id IS NOT NULL THEN {_new_id("x.quote_id")} END,
               x.sentence_index
        FROM s.events x JOIN _plan p ON p.seed_article_id = x.article_id""",
    "event_participants": f"""
        SELECT {_new_id("x.event_id")}, x.role, {_entity("x.entity_id")},
               {_new_id("x.mention_id")}, x.method, x.reference_start_char,
               x.reference_end_char
        FROM s.event_participants x JOIN s.events e USING (event_id)
        JOIN _plan p ON p.seed_article_id = e.article_id
        {_ENTITY_JOIN.format("x.entity_id")}""",
}

#: Per copy, the seed people and organisations replaced by new ones (about `$per_mille`/1000
#: of them), with their new id, name and surname key.
_ENTITY_MAP = """
    CREATE OR REPLACE TEMP TABLE _emap AS
    SELECT e.entity_id AS old_id, c.c, {new_id} AS new_id,
           regexp_replace(e.name, '(\\S+)$', '\\1' || c.suffix) AS name,
           CASE WHEN e.last_name_key IS NOT NULL THEN e.last_name_key || c.suffix END
               AS last_name_key
    FROM s.entities e CROSS JOIN _copies c
    WHERE e.type IN ('PERSON', 'ORG') AND hash(e.entity_id || ':' || c.c) % 1000 < $per_mille
"""


def _replacement_rate(con: duckdb.DuckDBPyConnection, seed: Seed) -> int:
    """Per mille of seed people and organisations replaced per copy: about one new entity per
    replicated article."""
    row = con.execute("SELECT count(*) FROM s.entities WHERE type IN ('PERSON', 'ORG')").fetchone()
    candidates = int(row[0]) if row else 1
    return max(1, min(1000, round(1000 * seed.size / max(candidates, 1))))


def _replicate_round(con: duckdb.DuckDBPyConnection, plan: pl.DataFrame, per_mille: int) -> None:
    copies = (
        plan.select("c")
        .unique()
        .with_columns(
            pl.col("c").map_elements(_copy_suffix, return_dtype=pl.String).alias("suffix")
        )
    )
    con.register("_plan", plan.to_arrow())
    con.register("_copies", copies.to_arrow())
    con.execute(
        _ENTITY_MAP.format(new_id=_new_id("e.entity_id").replace("p.c", "c.c")),
        {"per_mille": per_mille},
    )
    con.execute(
        "INSERT INTO entities SELECT m.new_id, m.name, e.type, e.country_code, e.place_kind, "
        "e.latitude, e.longitude, m.last_name_key FROM _emap m JOIN s.entities e "
        "ON e.entity_id = m.old_id ON CONFLICT DO NOTHING"
    )
    for table, select in _REPLICATE.items():
        con.execute(f"INSERT INTO {table} {select.format(run=BUILD_RUN_ID)}")
    con.unregister("_plan")
    con.unregister("_copies")


def grow(db: Path, seed: Seed, target: int, sources_dir: Path) -> int:
    """Append replicated articles to `db` (a copy of the seed warehouse) until it holds
    `target` articles; returns how many it holds."""
    with duckdb.connect(str(db), config={"memory_limit": "8GB"}) as con:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
        have = int(row[0]) if row else 0
        con.execute(f"ATTACH '{seed.db}' AS s (READ_ONLY)")
        per_mille = _replacement_rate(con, seed)
        step = COPIES_PER_ROUND * seed.size
        for first in range(have, target, step):
            plan = copy_plan(seed, first, min(first + step, target), sources_dir)
            con.execute("BEGIN TRANSACTION")
            _replicate_round(con, plan, per_mille)
            con.execute("COMMIT")
        con.execute("DETACH s")
    open_warehouse(db).refresh_entity_links()
    return max(have, target)


def _source_lines(seed: Seed, plan: pl.DataFrame) -> Iterator[tuple[str, str]]:
    texts = dict(zip(seed.articles["article_id"], seed.articles["text"], strict=True))
    sources = dict(zip(seed.articles["article_id"], seed.articles["source"], strict=True))
    for row in plan.iter_rows(named=True):
        record = {
            "id": row["external_id"],
            "source": sources[row["seed_article_id"]],
            "published_at": row["published_at"].isoformat(),
            "text": texts[row["seed_article_id"]],
        }
        yield row["source_file"], json.dumps(record, ensure_ascii=False)


def write_sources(
    db: Path, seed: Seed, first: int, last: int, sources_dir: Path, version: str
) -> None:
    """Write the source files of replicated articles `first`..`last` (whole files only) and
    record them in `source_files` as read by a completed run."""
    sources_dir.mkdir(parents=True, exist_ok=True)
    plan = copy_plan(seed, first, last, sources_dir)
    handles: dict[str, Any] = {}
    for path, line in _source_lines(seed, plan):
        if path not in handles:
            for handle in handles.values():
                handle.close()
            handles = {path: open(path, "w", encoding="utf-8")}  # noqa: SIM115
        handles[path].write(line + "\n")
    for handle in handles.values():
        handle.close()
    files = plan["source_file"].unique(maintain_order=True).to_list()
    rows = []
    for path in files:
        tally = FileTally.of(Path(path))
        tally.records = int((plan["source_file"] == path).sum())
        rows.append(tally.state_row(path, version, BUILD_RUN_ID))
    open_warehouse(db).record_source_files(rows)
