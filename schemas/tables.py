"""Warehouse tables as Pydantic models: names, columns, types, keys and column comments.

Every column is declared here once. `schemas.frames.polars_schema` derives the Polars dtypes and
`warehouse.ddl` derives the DuckDB DDL (with these descriptions as column comments) from the same
models; `tests/schemas/test_tables.py` proves the loaded tables agree with them.

The tables, column names and meanings listed in the README's "Warehouse contract" are a public
interface: add columns freely, rename nothing without a migration.

Offsets everywhere are 0-based, end-exclusive character offsets into `articles.text`, so
`text[start_char:end_char]` reproduces the span.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

QuoteKind = Literal["direct", "indirect", "mixed", "partial"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
RunStatus = Literal["running", "completed", "completed_with_rejections", "failed"]


class TableModel(BaseModel):
    """Base for a warehouse table row. Subclasses name their table and primary key.

    `primary_key` is always unique. `key_enforced` says whether DuckDB enforces it with a
    PRIMARY KEY constraint: true for the article and reference tables; false for the per-article
    child tables (mentions, quotes, ...), whose keys are hashes of the article id and offsets.
    There an enforced key would halve bulk-load speed for no gain: the loader checks each
    batch's keys, and the enforced `articles` key stops a second copy of an article's rows.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    table_name: ClassVar[str]
    primary_key: ClassVar[tuple[str, ...]]
    key_enforced: ClassVar[bool] = True
    table_comment: ClassVar[str]


class Article(TableModel):
    table_name = "articles"
    primary_key = ("article_id",)
    table_comment = "One row per distinct article; text is stored exactly as received."

    article_id: str = Field(
        description="Deterministic key: hash of (source, external_id), else of url, else of text."
    )
    external_id: str | None = Field(description="The record's own `id` field, if given.")
    title: str | None = Field(description="Headline.")
    url: str | None = Field(description="Canonical URL, if given.")
    source: str | None = Field(description="Publisher or outlet.")
    author: str | None = Field(description="Byline.")
    language: str | None = Field(description="Language code as given (e.g. en).")
    published_at: datetime | None = Field(description="Publication time, UTC.")
    text: str = Field(description="Article text exactly as received; all offsets index into it.")
    content_hash: str = Field(description="SHA-256 of the text; a change triggers re-extraction.")
    extractor_version: str = Field(description="newsetl version + spaCy model that produced rows.")
    run_id: str = Field(description="The run that last (re-)extracted this article.")
    ingested_at: datetime = Field(description="When that run loaded it, UTC.")
    source_file: str | None = Field(description="File the record was read from.")
    source_locator: str | None = Field(description="Line, row or index of the record in the file.")
    word_count: int = Field(description="Number of spaCy tokens that are not punctuation/space.")


class Entity(TableModel):
    table_name = "entities"
    primary_key = ("entity_id",)
    table_comment = "One row per real-world entity, shared across articles."

    entity_id: str = Field(description="Deterministic key: hash of (type, canonical name).")
    name: str = Field(description="Canonical name: the longest proper name seen, without titles.")
    type: str = Field(description="spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ...")
    country_code: str | None = Field(
        description="ISO 3166-1 alpha-2 country of a place (GPE/LOC/FAC) or of a demonym (NORP: "
        "Russian is RU); NULL when unknown."
    )
    place_kind: str | None = Field(description="country | state | city, for resolved places.")
    latitude: float | None = Field(
        description="Latitude of a resolved place (a country's capital for countries)."
    )
    longitude: float | None = Field(description="Longitude of a resolved place.")
    last_name_key: str | None = Field(
        description="PERSON only: the lowercased last word of the name (putin for Vladimir "
        "Putin, and for Putin), the indexed key of cross-article surname linking; NULL for other "
        "types."
    )


class EntityMention(TableModel):
    table_name = "entity_mentions"
    primary_key = ("mention_id",)
    key_enforced = False
    table_comment = "Each place an entity is named in an article."

    mention_id: str = Field(description="Deterministic key: hash of (article_id, offsets).")
    article_id: str = Field(description="Article the mention is in.")
    entity_id: str = Field(description="The entity it refers to.")
    text: str = Field(description="The mention as written.")
    type: str = Field(description="Entity type after label repair.")
    start_char: int = Field(description="Start offset into articles.text.")
    end_char: int = Field(description="End offset (exclusive) into articles.text.")
    sentence_index: int = Field(description="0-based sentence number within the article.")
    ner_label: str = Field(description="The label the NER model gave before repair.")


class EntityLink(TableModel):
    table_name = "entity_links"
    primary_key = ("entity_id",)
    table_comment = (
        "Cross-article identity: a one-word PERSON entity (Putin) and the full name in the "
        "warehouse with that last word (Vladimir Putin): the only one, or one that dominates "
        "the others by mentions. Recomputed from the entities table and entity_stats."
    )

    entity_id: str = Field(description="The one-word PERSON entity.")
    last_name_key: str = Field(description="Its lowercased name: the key it was linked by.")
    linked_entity_id: str | None = Field(
        description="The full-name PERSON entity it stands for; NULL when ambiguous."
    )
    reason: str = Field(
        description="surname (exactly one full name ends in this word) | dominant (several "
        "do, and this one has at least 80% of their mentions and 5 of its own) | ambiguous "
        "(several do, none dominant: the entity stays its own)."
    )
    candidates: int = Field(description="How many full names end in this word.")


class EntityRole(TableModel):
    table_name = "entity_roles"
    primary_key = ("role_id",)
    key_enforced = False
    table_comment = (
        "What a person was called, and where: titles and descriptors written beside a PERSON "
        "mention (Russian President, retired Gen., the special envoy)."
    )

    role_id: str = Field(description="Deterministic key: hash of (article_id, role offsets).")
    article_id: str = Field(description="Article the descriptor is in.")
    mention_id: str = Field(description="The PERSON mention it describes.")
    entity_id: str = Field(description="That mention's entity (article-level id).")
    role: str = Field(description="The descriptor as written (Russian President, special envoy).")
    start_char: int = Field(description="Start offset of the descriptor into articles.text.")
    end_char: int = Field(description="End offset (exclusive) of the descriptor.")
    pattern: str = Field(
        description="title (words right before the name), apposition (X, the special envoy) "
        "or appointment (appointed X as his special envoy)."
    )
    sentence_index: int = Field(description="Sentence the descriptor is in.")


class Quote(TableModel):
    table_name = "quotes"
    primary_key = ("quote_id",)
    key_enforced = False
    table_comment = "Who said what: one row per quotation or attributed statement."

    quote_id: str = Field(description="Deterministic key: hash of (article_id, offsets).")
    article_id: str = Field(description="Article the quote is in.")
    text: str = Field(description="The quoted content (without the quotation marks).")
    kind: QuoteKind = Field(description="direct | indirect | mixed | partial (scare quotes).")
    start_char: int = Field(description="Start offset of the content.")
    end_char: int = Field(description="End offset (exclusive) of the content.")
    cue: str | None = Field(description="Reporting verb or phrase as written (said, added, ...).")
    cue_start_char: int | None = Field(description="Start offset of the cue.")
    cue_end_char: int | None = Field(description="End offset (exclusive) of the cue.")
    speaker_text: str | None = Field(description="Speaker mention as written (may be a pronoun).")
    speaker_start_char: int | None = Field(description="Start offset of the speaker mention.")
    speaker_end_char: int | None = Field(description="End offset of the speaker mention.")
    speaker_entity_id: str | None = Field(description="Resolved speaker entity; NULL if unknown.")
    speaker_method: str | None = Field(
        description="How the speaker was found: subject, postposed, apposition, pronoun, "
        "description, continuation, according_to."
    )
    sentence_index: int = Field(description="Sentence where the quote starts.")


class TimeExpression(TableModel):
    table_name = "time_expressions"
    primary_key = ("timex_id",)
    key_enforced = False
    table_comment = "Temporal expressions with TIMEX3-style values resolved to the calendar."

    timex_id: str = Field(description="Deterministic key: hash of (article_id, offsets).")
    article_id: str = Field(description="Article the expression is in.")
    text: str = Field(description="The expression as written.")
    type: TimexType = Field(description="DATE | TIME | DURATION | SET.")
    value: str | None = Field(
        description="TIMEX3 value such as 2025-01-20, 2025-01, 2025-W03, 1962, P3D; NULL if "
        "it cannot be resolved."
    )
    start_char: int = Field(description="Start offset into articles.text.")
    end_char: int = Field(description="End offset (exclusive).")
    begin_date: date | None = Field(description="First calendar day the value covers.")
    end_date: date | None = Field(description="Last calendar day the value covers.")
    anchored_to_publication: bool = Field(
        description="True when the value was computed relative to published_at."
    )
    sentence_index: int = Field(description="Sentence the expression is in.")


class Event(TableModel):
    table_name = "events"
    primary_key = ("event_id",)
    key_enforced = False
    table_comment = "Who did what to whom: one row per event trigger, coded to PLOVER."

    event_id: str = Field(description="Deterministic key: hash of (article_id, trigger offsets).")
    article_id: str = Field(description="Article the event is reported in.")
    event_type: str = Field(description="PLOVER type (CONSULT, ACCUSE, ...) or a newsetl type.")
    trigger: str = Field(description="Trigger word as written.")
    start_char: int = Field(description="Start offset of the trigger.")
    end_char: int = Field(description="End offset (exclusive) of the trigger.")
    event_date: date | None = Field(
        description="Calendar day of the event; NULL when unknown or known only to a week, "
        "month or year (then timex_id links that expression and its value)."
    )
    timex_id: str | None = Field(
        description="Time expression that dates the event (a day, or a coarser date such as "
        "'next month')."
    )
    date_source: str | None = Field(
        description="Where event_date came from: timex (attached to the trigger), sentence "
        "(the sentence's only day-level date), publication (present-tense, factual events "
        "only), or NULL."
    )
    trigger_lemma: str = Field(description="Lemma of the trigger.")
    mode: str | None = Field(description="PLOVER mode where one applies (CONSULT/visit, ...).")
    negated: bool = Field(description="The text says it did not happen.")
    hypothetical: bool = Field(description="Conditional, modal or future: not (yet) a fact.")
    future: bool = Field(
        description='Presented as still to come when reported: "will meet", "is set to '
        'sign", "plans to impose", or dated after the publication day.'
    )
    quote_id: str | None = Field(
        description="The quote or reported speech containing the trigger: the event is "
        "claimed by that quote's speaker, not stated by the writer (in a direct quote its actor "
        "may be the speaker's 'we'). NULL when the writer states it."
    )
    sentence_index: int = Field(description="Sentence the trigger is in.")


class EventType(TableModel):
    table_name = "event_types"
    primary_key = ("event_type",)
    table_comment = "Reference: PLOVER's 16 event types plus newsetl's own, with quad classes."

    event_type: str = Field(description="Type code used in events.event_type.")
    quad_class: str | None = Field(
        description="verbal cooperation | material cooperation | verbal conflict | "
        "material conflict; NULL for non-PLOVER types."
    )
    is_plover: bool = Field(description="True for PLOVER's own types.")
    description: str = Field(description="What the type covers.")


class EventParticipant(TableModel):
    table_name = "event_participants"
    primary_key = ("event_id", "role", "mention_id")
    key_enforced = False
    table_comment = "Entities taking part in an event, each linked to the mention it comes from."

    event_id: str = Field(description="The event.")
    role: str = Field(description="actor | target | location.")
    entity_id: str = Field(description="The participating entity.")
    mention_id: str = Field(description="The named mention of the entity.")
    method: str = Field(
        description="How the participant was found: mention (named in the role), pronoun or "
        "description (resolved to the most recent matching named mention), or quote_speaker "
        "(an 'I'/'we' in a quote, which is its speaker)."
    )
    reference_start_char: int | None = Field(
        description="Start offset of the pronoun or description as written (NULL for mention)."
    )
    reference_end_char: int | None = Field(
        description="End offset of the pronoun or description as written."
    )


class RejectedRecord(TableModel):
    table_name = "rejected_records"
    primary_key = ("reject_id",)
    table_comment = "Input that could not be loaded, with where it was and why."

    reject_id: str = Field(description="Deterministic key: hash of (file, locator, reason).")
    source_file: str = Field(description="The file the record came from.")
    locator: str = Field(description="line N, row N, index N, or the file itself.")
    locator_number: int | None = Field(
        description='The N of the locator, to sort by ("line 10" after "line 2"); NULL for a '
        "whole file."
    )
    reason: str = Field(description="Why it was rejected, in plain words.")
    raw_excerpt: str | None = Field(description="The first 500 characters of the raw record.")
    first_run_id: str = Field(description="The run that first rejected it.")
    rejected_at: datetime = Field(description="When it was first rejected, UTC.")


class Run(TableModel):
    table_name = "runs"
    primary_key = ("run_id",)
    table_comment = "One row per flow run, with its counts."

    run_id: str = Field(description="Prefect flow run id (or a UUID outside Prefect).")
    flow_name: str = Field(description="ingest_articles.")
    started_at: datetime = Field(description="UTC.")
    finished_at: datetime | None = Field(description="UTC; NULL while running.")
    status: RunStatus = Field(
        description="running | completed | completed_with_rejections | failed"
    )
    sources: str = Field(description="The SOURCE arguments, newline-separated.")
    extractor_version: str = Field(description="Extractor version of this run.")
    reprocess: bool = Field(description="Whether --reprocess was given.")
    records_read: int = Field(description="Records read from the sources (valid or not).")
    articles_loaded: int = Field(description="Articles (re-)extracted and loaded.")
    articles_unchanged: int = Field(description="Articles skipped as already loaded.")
    records_rejected: int = Field(description="Records written to rejected_records.")
    records_rejected_new: int | None = Field(
        description="Of those, the ones no earlier run had rejected; the status and the exit "
        "code count only these, so a bad line left in a watched folder is reported once."
    )
    entity_mentions: int = Field(description="Mentions loaded.")
    quotes: int = Field(description="Quotes loaded.")
    time_expressions: int = Field(description="Time expressions loaded.")
    events: int = Field(description="Events loaded.")
    error: str | None = Field(description="The failure message, if the run failed.")
    files_read: int | None = Field(description="Source files read (new, changed or forced).")
    files_unchanged: int | None = Field(
        description="Source files skipped unread: same path, size, modification time and "
        "extractor version as when a completed run last read them (see source_files)."
    )


class SourceFile(TableModel):
    table_name = "source_files"
    primary_key = ("path",)
    table_comment = (
        "What each source file held when a completed run last read it: a scheduled run skips a "
        "file whose size and modification time are unchanged, without reading it."
    )

    path: str = Field(description="Absolute path of the file.")
    size: int = Field(description="Size in bytes when read.")
    mtime_ns: int = Field(description="Modification time (nanoseconds since the epoch) when read.")
    content_hash: str = Field(
        description="SHA-256 of the file's bytes: a file touched but not changed is not re-parsed."
    )
    extractor_version: str = Field(description="Extractor version of the run that read it.")
    records: int = Field(description="Records read from it (valid or not).")
    rejected: int = Field(description="Of those, records in rejected_records.")
    run_id: str = Field(description="The run that last read it.")
    read_at: datetime = Field(description="When that run read it, UTC.")


class EntityStats(TableModel):
    table_name = "entity_stats"
    primary_key = ("entity_id",)
    key_enforced = False
    table_comment = (
        "Rollup: per entity, its mentions, the articles naming it and the quotes attributed to "
        "it, kept current by every load (entity_summary reads it instead of every mention)."
    )

    entity_id: str = Field(description="The entity (article-level id, before linking).")
    mentions: int = Field(description="Mentions of the entity.")
    articles: int = Field(description="Articles with at least one mention of it.")
    quotes: int = Field(description="Quotes (not partial) whose speaker is the entity.")


class AliasStats(TableModel):
    table_name = "entity_alias_stats"
    primary_key = ("entity_id", "alias")
    key_enforced = False
    table_comment = (
        "Rollup: per entity and surface form, its mentions and articles, kept current by every "
        "load (entity_aliases reads it instead of every mention)."
    )

    entity_id: str = Field(description="The entity (article-level id, before linking).")
    alias: str = Field(description="The name as written (entity_mentions.text).")
    mentions: int = Field(description="Mentions written this way.")
    articles: int = Field(description="Articles with such a mention.")


#: Every warehouse table, in load order (parents before children).
ALL_TABLES: tuple[type[TableModel], ...] = (
    Article,
    Entity,
    EntityLink,
    EntityMention,
    EntityRole,
    Quote,
    TimeExpression,
    Event,
    EventParticipant,
    EventType,
    RejectedRecord,
    Run,
    SourceFile,
    EntityStats,
    AliasStats,
)

#: Tables whose rows belong to one article and are replaced when that article is re-extracted.
ARTICLE_CHILD_TABLES: tuple[type[TableModel], ...] = (
    EntityMention,
    EntityRole,
    Quote,
    TimeExpression,
    Event,
)

#: Tables the warehouse derives from the others inside each load (no extractor writes them).
ROLLUP_TABLES: tuple[type[TableModel], ...] = (EntityStats, AliasStats)
