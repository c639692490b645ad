"""Quote rows: the `QuoteSpan` the extractor returns, how a row takes a speaker, and the final
clean-up that keeps one row per content span.

No extraction happens here: the direct and indirect paths build the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class QuoteSpan:
    """One extracted quote with its cue and speaker."""

    text: str
    kind: str
    start_char: int
    end_char: int
    sentence_index: int
    cue: str | None = None
    cue_start_char: int | None = None
    cue_end_char: int | None = None
    speaker_text: str | None = None
    speaker_start_char: int | None = None
    speaker_end_char: int | None = None
    speaker_entity_id: str | None = None
    speaker_method: str | None = None
    # This row resumes the previous direct row: one utterance broken by its cue (“A,” she said.
    # “B.”) or going on in the next paragraph. The evaluation adapter joins such rows.
    resumes_previous: bool = False


@dataclass(frozen=True)
class Speaker:
    text: str
    start_char: int
    end_char: int
    entity_id: str | None
    method: str


def with_speaker(row: QuoteSpan, speaker: Speaker, method: str | None = None) -> QuoteSpan:
    return replace(
        row,
        speaker_text=speaker.text,
        speaker_start_char=speaker.start_char,
        speaker_end_char=speaker.end_char,
        speaker_entity_id=speaker.entity_id,
        speaker_method=method or speaker.method,
    )


def continue_speaker(row: QuoteSpan, previous: QuoteSpan) -> QuoteSpan:
    return replace(
        row,
        speaker_text=previous.speaker_text,
        speaker_start_char=previous.speaker_start_char,
        speaker_end_char=previous.speaker_end_char,
        speaker_entity_id=previous.speaker_entity_id,
        speaker_method="continuation",
    )


#: Which row a span keeps when two cues report the same words: the more verbatim kind first.
_KIND_PRIORITY = {"direct": 0, "mixed": 1, "indirect": 2, "partial": 3}


def one_row_per_span(rows: list[QuoteSpan]) -> list[QuoteSpan]:
    """One row per content span (the warehouse keys quotes by their offsets). Two cues can claim
    the same words: "due to the Commission's decision to hold tenders, he said" has the noun cue
    and the verb; the more verbatim kind wins, then a row with a resolved speaker, then the
    first."""
    best: dict[tuple[int, int], QuoteSpan] = {}
    for row in rows:
        span = (row.start_char, row.end_char)
        held = best.get(span)
        if held is None or _row_rank(row) < _row_rank(held):
            best[span] = row
    return [row for row in rows if best[(row.start_char, row.end_char)] is row]


def _row_rank(row: QuoteSpan) -> tuple[int, int]:
    return (_KIND_PRIORITY.get(row.kind, 4), 0 if row.speaker_entity_id else 1)


def unresume_absorbed(direct: list[QuoteSpan], absorbed: set[int]) -> list[QuoteSpan]:
    """Direct rows, where a row that resumes a quote a mixed report absorbed no longer resumes:
    its first part is now the report's, not a direct quote's."""
    rows = list(direct)
    last_quote: int | None = None
    for i, row in enumerate(direct):
        if row.kind != "direct":
            continue
        if row.resumes_previous and last_quote in absorbed:
            rows[i] = replace(row, resumes_previous=False)
        last_quote = i
    return rows
