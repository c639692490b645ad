"""The quote extractor's entry point: direct quotes, then indirect ones, merged into one list."""

from __future__ import annotations

from spacy.tokens import Doc

from transforms.entities import EntityMentionSpan
from transforms.mentions import MentionIndex
from transforms.quotes.direct import direct_quotes
from transforms.quotes.indirect import indirect_quotes
from transforms.quotes.rows import QuoteSpan, one_row_per_span, unresume_absorbed
from transforms.quotes.speakers import (
    group_pronouns_follow_the_previous_speaker,
    pronouns_named_by_next_statement,
)


def extract_quotes(
    doc: Doc, sentence_index: list[int], mentions: list[EntityMentionSpan]
) -> list[QuoteSpan]:
    """All quotes in `doc`, ordered by position, with cues and speakers where found."""
    index = MentionIndex(doc, mentions, sentence_index)
    direct, quoted = direct_quotes(doc, sentence_index, index)
    indirect, absorbed = indirect_quotes(doc, sentence_index, index, direct, quoted)
    kept = [row for i, row in enumerate(unresume_absorbed(direct, absorbed)) if i not in absorbed]
    rows = sorted(kept + indirect, key=lambda q: (q.start_char, q.end_char))
    rows = pronouns_named_by_next_statement(doc, one_row_per_span(rows))
    entity_types = {mention.entity_id: mention.type for mention in mentions}
    return group_pronouns_follow_the_previous_speaker(rows, entity_types)
