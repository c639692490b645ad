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

#: SQL for an entity id (the column `{0}`) resolved through entity_links.
_RESOLVED = "coalesce((SELECT l.linked_entity_id FROM entity_links l WHERE l.entity_id = {0}), {0})"


def _resolved(column: str) -> str:
    return _RESOLVED.format(column)


def _participant_names(role: str) -> str:
    return f"""(SELECT string_agg(DISTINCT en.name, '; ' ORDER BY en.name)
              FROM event_participants p
              JOIN entities en ON en.entity_id = {_resolved("p.entity_id")}
             WHERE p.event_id = ev.event_id AND p.role = '{role}')"""


VIEW_STATEMENTS: tuple[str, ...] = (
    f"""
    CREATE OR REPLACE VIEW entity_mentions_resolved AS
    SELECT m.*, {_resolved("m.entity_id")} AS resolved_entity_id
    FROM entity_mentions m
    """,
    f"""
    CREATE OR REPLACE VIEW quote_attributions AS
    SELECT q.quote_id, q.article_id, a.title, a.source, a.published_at,
           q.kind, q.text AS quote, q.cue,
           q.speaker_text, e.name AS speaker_name, e.type AS speaker_type, q.speaker_entity_id,
           q.speaker_method, q.start_char, q.end_char, e.entity_id AS resolved_speaker_entity_id
    FROM quotes q
    JOIN articles a USING (article_id)
    LEFT JOIN entities e ON e.entity_id = {_resolved("q.speaker_entity_id")}
    """,
    f"""
    CREATE OR REPLACE VIEW event_facts AS
    SELECT ev.event_id, ev.article_id, a.title, a.published_at, ev.event_type, t.quad_class,
           ev.mode, ev.trigger, ev.event_date, tx.value AS date_value, ev.date_source,
           ev.negated, ev.hypothetical, ev.future, ev.quote_id,
           {_participant_names("actor")} AS actors,
           {_participant_names("target")} AS targets,
           {_participant_names("location")} AS locations,
           ev.start_char, ev.end_char
    FROM events ev
    JOIN articles a USING (article_id)
    LEFT JOIN event_types t USING (event_type)
    LEFT JOIN time_expressions tx ON tx.timex_id = ev.timex_id
    """,
    f"""
    CREATE OR REPLACE VIEW entity_summary AS
    SELECT e.entity_id, e.name, e.type,
           count(m.mention_id) AS mentions,
           count(DISTINCT m.article_id) AS articles,
           (SELECT count(*) FROM quotes q
             WHERE {_resolved("q.speaker_entity_id")} = e.entity_id
               AND q.kind <> 'partial') AS quotes,
           count(DISTINCT m.entity_id) FILTER (WHERE m.entity_id <> e.entity_id)
               AS linked_entities
    FROM entities e
    LEFT JOIN entity_mentions_resolved m ON m.resolved_entity_id = e.entity_id
    WHERE e.entity_id NOT IN
          (SELECT entity_id FROM entity_links WHERE linked_entity_id IS NOT NULL)
    GROUP BY e.entity_id, e.name, e.type
    """,
    """
    CREATE OR REPLACE VIEW entity_aliases AS
    SELECT m.text AS alias, m.entity_id, m.resolved_entity_id, count(*) AS mention_count,
           count(DISTINCT m.article_id) AS article_count
    FROM entity_mentions_resolved m
    GROUP BY m.text, m.entity_id, m.resolved_entity_id
    """,
    f"""
    CREATE OR REPLACE VIEW person_roles AS
    SELECT e.name, r.role, r.pattern, r.article_id, a.title, a.source, a.published_at,
           r.entity_id, e.entity_id AS resolved_entity_id, r.mention_id,
           r.start_char, r.end_char
    FROM entity_roles r
    JOIN articles a USING (article_id)
    JOIN entities e ON e.entity_id = {_resolved("r.entity_id")}
    """,
)
