"""Analytics views over the warehouse tables: the joins analysts would otherwise rewrite.

- `quote_attributions`: each quote with its speaker's canonical name and the article's metadata.
- `event_facts`: each event with actor, target and location names, date and quad class.
- `entity_summary`: each entity with its mention, article and quote counts.
- `entity_aliases`: every surface form an entity was named by, with its mention count.
"""

from __future__ import annotations

VIEW_STATEMENTS: tuple[str, ...] = (
    """
    CREATE OR REPLACE VIEW quote_attributions AS
    SELECT q.quote_id, q.article_id, a.title, a.source, a.published_at,
           q.kind, q.text AS quote, q.cue,
           q.speaker_text, e.name AS speaker_name, e.type AS speaker_type, q.speaker_entity_id,
           q.speaker_method, q.start_char, q.end_char
    FROM quotes q
    JOIN articles a USING (article_id)
    LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
    """,
    """
    CREATE OR REPLACE VIEW event_facts AS
    SELECT ev.event_id, ev.article_id, a.title, a.published_at, ev.event_type, t.quad_class,
           ev.mode, ev.trigger, ev.event_date, ev.date_source, ev.negated, ev.hypothetical,
           (SELECT string_agg(DISTINCT en.name, '; ' ORDER BY en.name)
              FROM event_participants p JOIN entities en USING (entity_id)
             WHERE p.event_id = ev.event_id AND p.role = 'actor') AS actors,
           (SELECT string_agg(DISTINCT en.name, '; ' ORDER BY en.name)
              FROM event_participants p JOIN entities en USING (entity_id)
             WHERE p.event_id = ev.event_id AND p.role = 'target') AS targets,
           (SELECT string_agg(DISTINCT en.name, '; ' ORDER BY en.name)
              FROM event_participants p JOIN entities en USING (entity_id)
             WHERE p.event_id = ev.event_id AND p.role = 'location') AS locations,
           ev.start_char, ev.end_char
    FROM events ev
    JOIN articles a USING (article_id)
    LEFT JOIN event_types t USING (event_type)
    """,
    """
    CREATE OR REPLACE VIEW entity_summary AS
    SELECT e.entity_id, e.name, e.type,
           count(m.mention_id) AS mentions,
           count(DISTINCT m.article_id) AS articles,
           (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.entity_id
              AND q.kind <> 'partial') AS quotes
    FROM entities e
    LEFT JOIN entity_mentions m USING (entity_id)
    GROUP BY e.entity_id, e.name, e.type
    """,
    """
    CREATE OR REPLACE VIEW entity_aliases AS
    SELECT m.text AS alias, m.entity_id, count(*) AS mention_count,
           count(DISTINCT m.article_id) AS article_count
    FROM entity_mentions m
    GROUP BY m.text, m.entity_id
    """,
)
