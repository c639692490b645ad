"""Analytics views over the warehouse tables: the joins analysts would otherwise rewrite.

Every view that names an entity uses its resolved identity: `coalesce(linked_entity_id,
entity_id)` from `entity_links`, so a one-word "Putin" from an article without the full name
counts as "Vladimir Putin" when that is the only Putin in the warehouse.

- `entity_mentions_resolved`: entity_mentions plus `resolved_entity_id`.
- `quote_attributions`: each quote with its (resolved) speaker's name and the article's metadata.
- `event_facts`: each event with (resolved) actor, target and location names, date, quad class.
- `entity_summary`: each resolved entity with its mention, article and quote counts, including
  those of the one-word entities linked to it.
- `entity_aliases`: every surface form an entity was named by, with its mention count.
- `person_roles`: every descriptor of a person as written, with the resolved person's name and
  the article's metadata ("what was X called, and where").
"""

from __future__ import annotations

from schemas.tables import Article, Entity, EntityMention, EntityRole, Event, Quote, TableModel
from warehouse.ddl import quote_literal


def participant_names(role: str) -> str:
    """SQL over event_participants `p` and resolved entities `en` grouped by event: the
    distinct resolved names in `role`, sorted, '; '-separated (NULL when none). A list
    aggregate: string_agg(DISTINCT ... ORDER BY ...) cost 8x as much at a million articles."""
    names = f"list(en.name) FILTER (WHERE p.role = '{role}')"
    return f"nullif(array_to_string(list_sort(list_distinct({names})), '; '), '')"


#: Per event, the resolved names of its actors, targets and locations: one aggregate, joined
#: once. Every view resolves ids with a join on entity_links, never a correlated subquery per
#: row, so each costs scans and hash joins that grow linearly with the warehouse.
_PARTICIPANT_NAMES = f"""
    SELECT p.event_id,
           {participant_names("actor")} AS actors,
           {participant_names("target")} AS targets,
           {participant_names("location")} AS locations
    FROM event_participants p
    LEFT JOIN entity_links l ON l.entity_id = p.entity_id
    JOIN entities en ON en.entity_id = coalesce(l.linked_entity_id, p.entity_id)
    GROUP BY p.event_id
"""

VIEW_STATEMENTS: tuple[str, ...] = (
    """
    CREATE OR REPLACE VIEW entity_mentions_resolved AS
    SELECT m.*, coalesce(l.linked_entity_id, m.entity_id) AS resolved_entity_id
    FROM entity_mentions m
    LEFT JOIN entity_links l ON l.entity_id = m.entity_id
    """,
    """
    CREATE OR REPLACE VIEW quote_attributions AS
    SELECT q.quote_id, q.article_id, a.title, a.source, a.published_at,
           q.kind, q.text AS quote, q.cue,
           q.speaker_text, e.name AS speaker_name, e.type AS speaker_type, q.speaker_entity_id,
           q.speaker_method, q.start_char, q.end_char, e.entity_id AS resolved_speaker_entity_id
    FROM quotes q
    JOIN articles a USING (article_id)
    LEFT JOIN entity_links l ON l.entity_id = q.speaker_entity_id
    LEFT JOIN entities e ON e.entity_id = coalesce(l.linked_entity_id, q.speaker_entity_id)
    """,
    f"""
    CREATE OR REPLACE VIEW event_facts AS
    SELECT ev.event_id, ev.article_id, a.title, a.published_at, ev.event_type, t.quad_class,
           ev.mode, ev.trigger, ev.event_date, tx.value AS date_value, ev.date_source,
           ev.negated, ev.hypothetical, ev.future, ev.quote_id,
           n.actors, n.targets, n.locations,
           ev.start_char, ev.end_char
    FROM events ev
    JOIN articles a USING (article_id)
    LEFT JOIN event_types t USING (event_type)
    LEFT JOIN time_expressions tx ON tx.timex_id = ev.timex_id
    LEFT JOIN ({_PARTICIPANT_NAMES}) n ON n.event_id = ev.event_id
    """,
    """
    CREATE OR REPLACE VIEW entity_summary AS
    WITH resolved_counts AS (
        SELECT coalesce(l.linked_entity_id, s.entity_id) AS entity_id,
               sum(s.mentions)::BIGINT AS mentions, sum(s.articles)::BIGINT AS articles,
               sum(s.quotes)::BIGINT AS quotes,
               count(*) FILTER (WHERE l.linked_entity_id IS NOT NULL AND s.mentions > 0)
                   AS linked_entities
        FROM entity_stats s LEFT JOIN entity_links l ON l.entity_id = s.entity_id
        GROUP BY 1
    )
    SELECT e.entity_id, e.name, e.type,
           coalesce(c.mentions, 0) AS mentions, coalesce(c.articles, 0) AS articles,
           coalesce(c.quotes, 0) AS quotes, coalesce(c.linked_entities, 0) AS linked_entities
    FROM entities e
    LEFT JOIN entity_links l ON l.entity_id = e.entity_id
    LEFT JOIN resolved_counts c ON c.entity_id = e.entity_id
    WHERE l.linked_entity_id IS NULL
    """,
    """
    CREATE OR REPLACE VIEW entity_aliases AS
    SELECT a.alias, a.entity_id, coalesce(l.linked_entity_id, a.entity_id) AS resolved_entity_id,
           a.mentions AS mention_count, a.articles AS article_count
    FROM entity_alias_stats a
    LEFT JOIN entity_links l ON l.entity_id = a.entity_id
    """,
    """
    CREATE OR REPLACE VIEW person_roles AS
    SELECT e.name, r.role, r.pattern, r.article_id, a.title, a.source, a.published_at,
           r.entity_id, e.entity_id AS resolved_entity_id, r.mention_id,
           r.start_char, r.end_char
    FROM entity_roles r
    JOIN articles a USING (article_id)
    LEFT JOIN entity_links l ON l.entity_id = r.entity_id
    JOIN entities e ON e.entity_id = coalesce(l.linked_entity_id, r.entity_id)
    """,
)


#: What each view is, the tables whose column descriptions its plain columns take (first match
#: wins), and descriptions of the columns it computes or renames.
VIEW_DOCS: dict[str, tuple[str, tuple[type[TableModel], ...], dict[str, str]]] = {
    "entity_mentions_resolved": (
        "entity_mentions with each mention's resolved entity (see entity_links).",
        (EntityMention,),
        {"resolved_entity_id": "The entity after linking one-word names to full names."},
    ),
    "quote_attributions": (
        "Each quote with its resolved speaker's name and its article's title, source and date.",
        (Quote, Article),
        {
            "quote": "The quoted or reported words (quotes.text).",
            "speaker_name": "Canonical name of the resolved speaker (NULL when unresolved).",
            "speaker_type": "Entity type of the resolved speaker.",
            "resolved_speaker_entity_id": "The speaker after linking one-word names.",
        },
    ),
    "event_facts": (
        "Each event with its type's quad class, date, flags and resolved participant names.",
        (Event, Article),
        {
            "quad_class": "PLOVER quad class of the event type (NULL for non-PLOVER types).",
            "date_value": "TIMEX3 value of the linked time expression, also when coarser than a "
            "day (2025-W09, 2025-04); NULL when undated or dated by publication.",
            "actors": "Resolved names of the actors, '; '-separated.",
            "targets": "Resolved names of the targets, '; '-separated.",
            "locations": "Resolved names of the places, '; '-separated.",
        },
    ),
    "entity_summary": (
        "Each resolved entity with its mention, article and quote counts (linked one-word "
        "entities included).",
        (Entity,),
        {
            "mentions": "Mentions of the entity and of the entities linked to it.",
            "articles": "Articles mentioning it, summed over it and the one-word entities "
            "linked to it (an article naming both apart counts twice: 1 of 3,066 entities in "
            "600 BBC articles).",
            "quotes": "Quotes (not partial) attributed to it.",
            "linked_entities": "One-word entities linked to it.",
        },
    ),
    "entity_aliases": (
        "Every surface form an entity was named by, with counts.",
        (EntityMention,),
        {
            "alias": "The name as written.",
            "resolved_entity_id": "The entity after linking one-word names.",
            "mention_count": "Mentions written this way.",
            "article_count": "Articles with such a mention.",
        },
    ),
    "person_roles": (
        "Every descriptor of a person as written, with the person's resolved name and article.",
        (EntityRole, Article),
        {
            "name": "Canonical name of the resolved person.",
            "resolved_entity_id": "The person after linking one-word names.",
        },
    ),
}


def view_comment_statements(columns: dict[str, list[str]]) -> list[str]:
    """COMMENT statements for the views and their `columns` (view -> column names as created)."""
    statements: list[str] = []
    for view, (description, sources, computed) in VIEW_DOCS.items():
        statements.append(f"COMMENT ON VIEW {view} IS {quote_literal(description)}")
        for column in columns.get(view, []):
            text = computed.get(column) or next(
                (
                    field.description
                    for model in sources
                    if (field := model.model_fields.get(column)) is not None
                ),
                None,
            )
            if text:
                statements.append(f"COMMENT ON COLUMN {view}.{column} IS {quote_literal(text)}")
    return statements
