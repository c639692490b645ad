"""Normalise a batch of article extractions into Polars frames, one per warehouse table.

Frames have exactly the schema derived from `schemas.tables` and deterministic keys, so loading
the same input twice yields identical rows. Every "as written" column is the stored text at
the row's offsets (the parser read a view in which wraps are spaces: `transforms.layout`).
Does not talk to the warehouse.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import polars as pl

from schemas.frames import frame_from_rows
from schemas.tables import (
    ALL_TABLES,
    ROLLUP_TABLES,
    Article,
    Entity,
    EntityMention,
    EntityRole,
    Event,
    EventParticipant,
    EventType,
    Quote,
    TableModel,
    TimeExpression,
)
from transforms.entities import ResolvedEntity, last_name_key
from transforms.extract import ArticleExtraction
from transforms.ids import stable_id
from transforms.lexicons.events.plover import EVENT_TYPES
from transforms.places import country_for_demonym, resolve_place
from transforms.types import PLACE_TYPES


def _naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def mention_id(article_id: str, start: int, end: int) -> str:
    return stable_id("men", article_id, start, end)


def _article_row(
    item: ArticleExtraction, run_id: str, extractor_version: str, ingested_at: datetime
) -> dict[str, Any]:
    article, record = item.article, item.article.record
    return {
        "article_id": article.article_id,
        "external_id": record.id,
        "title": record.title,
        "url": record.url,
        "source": record.source,
        "author": record.author,
        "language": record.language,
        "published_at": _naive_utc(record.published_at),
        "text": record.text,
        "content_hash": article.content_hash,
        "extractor_version": extractor_version,
        "run_id": run_id,
        "ingested_at": _naive_utc(ingested_at),
        "source_file": article.source_file,
        "source_locator": article.locator,
        "word_count": item.word_count,
    }


def _as_written(text: str, start: int | None, end: int | None) -> str | None:
    return None if start is None or end is None else text[start:end]


def _mention_rows(item: ArticleExtraction) -> list[dict[str, Any]]:
    article_id = item.article.article_id
    written = item.article.record.text
    return [
        {
            "mention_id": mention_id(article_id, m.start_char, m.end_char),
            "article_id": article_id,
            "entity_id": m.entity_id,
            "text": written[m.start_char : m.end_char],
            "type": m.type,
            "start_char": m.start_char,
            "end_char": m.end_char,
            "sentence_index": m.sentence_index,
            "ner_label": m.ner_label,
        }
        for m in item.mentions
    ]


def _role_rows(item: ArticleExtraction) -> list[dict[str, Any]]:
    article_id = item.article.article_id
    written = item.article.record.text
    return [
        {
            "role_id": stable_id("rol", article_id, r.start_char, r.end_char, r.mention.start_char),
            "article_id": article_id,
            "mention_id": mention_id(article_id, r.mention.start_char, r.mention.end_char),
            "entity_id": r.mention.entity_id,
            "role": written[r.start_char : r.end_char],
            "start_char": r.start_char,
            "end_char": r.end_char,
            "pattern": r.pattern,
            "sentence_index": r.sentence_index,
        }
        for r in item.roles
    ]


def quote_id(article_id: str, start: int, end: int) -> str:
    return stable_id("quo", article_id, start, end)


def _quote_rows(item: ArticleExtraction) -> list[dict[str, Any]]:
    article_id = item.article.article_id
    written = item.article.record.text
    return [
        {
            "quote_id": quote_id(article_id, q.start_char, q.end_char),
            "article_id": article_id,
            "text": written[q.start_char : q.end_char],
            "kind": q.kind,
            "start_char": q.start_char,
            "end_char": q.end_char,
            "cue": _as_written(written, q.cue_start_char, q.cue_end_char),
            "cue_start_char": q.cue_start_char,
            "cue_end_char": q.cue_end_char,
            "speaker_text": _as_written(written, q.speaker_start_char, q.speaker_end_char),
            "speaker_start_char": q.speaker_start_char,
            "speaker_end_char": q.speaker_end_char,
            "speaker_entity_id": q.speaker_entity_id,
            "speaker_method": q.speaker_method,
            "sentence_index": q.sentence_index,
        }
        for q in item.quotes
    ]


def timex_id(article_id: str, start: int, end: int) -> str:
    return stable_id("tmx", article_id, start, end)


def _timex_rows(item: ArticleExtraction) -> list[dict[str, Any]]:
    article_id = item.article.article_id
    written = item.article.record.text
    return [
        {
            "timex_id": timex_id(article_id, t.start_char, t.end_char),
            "article_id": article_id,
            "text": written[t.start_char : t.end_char],
            "type": t.resolution.type,
            "value": t.resolution.value,
            "start_char": t.start_char,
            "end_char": t.end_char,
            "begin_date": t.begin_date,
            "end_date": t.end_date,
            "anchored_to_publication": t.resolution.anchored_to_publication,
            "sentence_index": t.sentence_index,
        }
        for t in item.timexes
    ]


def _event_rows(item: ArticleExtraction) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    article_id = item.article.article_id
    written = item.article.record.text
    events: list[dict[str, Any]] = []
    participants: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in item.events:
        event_id = stable_id("evt", article_id, e.start_char, e.end_char)
        events.append(
            {
                "event_id": event_id,
                "article_id": article_id,
                "event_type": e.event_type,
                "trigger": written[e.start_char : e.end_char],
                "start_char": e.start_char,
                "end_char": e.end_char,
                "event_date": e.event_date,
                "timex_id": (
                    timex_id(article_id, e.timex.start_char, e.timex.end_char) if e.timex else None
                ),
                "date_source": e.date_source,
                "trigger_lemma": e.trigger_lemma,
                "mode": e.mode,
                "negated": e.negated,
                "hypothetical": e.hypothetical,
                "future": e.future,
                "quote_id": (
                    quote_id(article_id, e.quote.start_char, e.quote.end_char) if e.quote else None
                ),
                "sentence_index": e.sentence_index,
            }
        )
        for p in e.participants:
            mid = mention_id(article_id, p.mention.start_char, p.mention.end_char)
            participants.setdefault(
                (event_id, p.role, mid),
                {
                    "event_id": event_id,
                    "role": p.role,
                    "entity_id": p.mention.entity_id,
                    "mention_id": mid,
                    "method": p.method,
                    "reference_start_char": p.start_char,
                    "reference_end_char": p.end_char,
                },
            )
    return events, list(participants.values())


def _entity_row(entity: ResolvedEntity) -> dict[str, Any]:
    """An entity with its country and coordinates, resolved offline: a place as the entity layer
    placed it from its article (the entity id encodes any place other than the most populous of
    its name), else from (type, name) alone, so the same entity gets the same row from any
    article."""
    row: dict[str, Any] = {
        "entity_id": entity.entity_id,
        "name": entity.name,
        "type": entity.type,
        "country_code": None,
        "place_kind": None,
        "latitude": None,
        "longitude": None,
        "last_name_key": last_name_key(entity.name, entity.type),
    }
    place = entity.place or resolve_place(entity.name)
    if entity.type in PLACE_TYPES and place is not None:
        row.update(
            country_code=place.country_code,
            place_kind=place.kind,
            latitude=place.latitude,
            longitude=place.longitude,
        )
    elif entity.type == "NORP":
        row["country_code"] = country_for_demonym(entity.name)
    return row


def batch_frames(
    extractions: Sequence[ArticleExtraction],
    run_id: str,
    extractor_version: str,
    ingested_at: datetime,
) -> dict[str, pl.DataFrame]:
    """One frame per table for a batch of articles (entities de-duplicated by id)."""
    rows: dict[type[TableModel], list[dict[str, Any]]] = {
        model: []
        for model in (
            Article,
            Entity,
            EntityMention,
            EntityRole,
            Quote,
            TimeExpression,
            Event,
            EventParticipant,
        )
    }
    entities: dict[str, dict[str, Any]] = {}
    for item in extractions:
        rows[Article].append(_article_row(item, run_id, extractor_version, ingested_at))
        for entity in item.entities:
            if entity.entity_id not in entities:
                entities[entity.entity_id] = _entity_row(entity)
        rows[EntityMention].extend(_mention_rows(item))
        rows[EntityRole].extend(_role_rows(item))
        rows[Quote].extend(_quote_rows(item))
        rows[TimeExpression].extend(_timex_rows(item))
        events, participants = _event_rows(item)
        rows[Event].extend(events)
        rows[EventParticipant].extend(participants)
    rows[Entity] = sorted(entities.values(), key=lambda r: r["entity_id"])
    return {
        model.table_name: frame_from_rows(model, table_rows) for model, table_rows in rows.items()
    }


#: Tables whose key DuckDB does not enforce (see `TableModel.key_enforced`).
_UNENFORCED_KEY_TABLES = tuple(
    model for model in ALL_TABLES if not model.key_enforced and model not in ROLLUP_TABLES
)


def articles_with_duplicate_keys(frames: Mapping[str, pl.DataFrame]) -> dict[str, str]:
    """The articles of a batch whose rows share a key within one table, each with a reason.

    Keys are hashes of an article id and offsets, so two rows with one key are an extractor bug
    in that article (two quotes claiming the same words, say). Finding them here lets the caller
    quarantine just those articles instead of losing the batch to the loader's key check.
    """
    event_articles = frames[Event.table_name].select("event_id", "article_id").unique("event_id")
    found: dict[str, str] = {}
    for model in _UNENFORCED_KEY_TABLES:
        frame = frames[model.table_name]
        key = list(model.primary_key)
        duplicated = frame.filter(pl.struct(key).is_duplicated())
        if duplicated.height == 0:
            continue
        if "article_id" not in duplicated.columns:
            duplicated = duplicated.join(event_articles, on="event_id", how="left")
        for row in duplicated.select("article_id", *key).unique("article_id").iter_rows():
            article_id, *values = row
            example = ", ".join(f"{name}={value}" for name, value in zip(key, values, strict=True))
            found.setdefault(
                article_id, f"{model.table_name} has two rows with one key ({example})"
            )
    return found


def without_articles(
    frames: Mapping[str, pl.DataFrame], article_ids: Collection[str]
) -> dict[str, pl.DataFrame]:
    """`frames` less every row of `article_ids`, and less the entities only they named."""
    dropped = pl.DataFrame({"article_id": list(article_ids)}, schema={"article_id": pl.String})
    kept: dict[str, pl.DataFrame] = {}
    for name, frame in frames.items():
        if "article_id" in frame.columns:
            frame = frame.join(dropped, on="article_id", how="anti")
        kept[name] = frame
    events = kept[Event.table_name].select("event_id")
    participants = kept[EventParticipant.table_name]
    kept[EventParticipant.table_name] = participants.join(events, on="event_id", how="semi")
    named = pl.concat(
        [kept[model.table_name].select("entity_id") for model in (EntityMention, EntityRole)]
    )
    kept[Entity.table_name] = kept[Entity.table_name].join(named, on="entity_id", how="semi")
    return kept


def merge_frames(parts: Sequence[Mapping[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    """The frames of consecutive parts of a batch as `batch_frames` would give the whole batch:
    rows concatenated in order, entities de-duplicated (first seen wins) and sorted by id."""
    if len(parts) == 1:
        return dict(parts[0])
    merged = {name: pl.concat([part[name] for part in parts]) for name in parts[0]}
    entities = merged[Entity.table_name].unique("entity_id", keep="first", maintain_order=True)
    merged[Entity.table_name] = entities.sort("entity_id")
    return merged


def event_types_frame() -> pl.DataFrame:
    """The `event_types` reference rows: PLOVER's types and newsetl's own, from the lexicon."""
    rows = [
        {
            "event_type": name,
            "quad_class": quad,
            "is_plover": quad is not None,
            "description": description,
        }
        for name, (quad, description) in EVENT_TYPES.items()
    ]
    return frame_from_rows(EventType, rows)
