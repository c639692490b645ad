"""Adapters from newsetl's extractors to the evaluation harnesses' predictor interfaces.

Each predictor parses one text with the same spaCy pipeline the flow uses and runs the same
transform the flow runs, so the scores measure what users get.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import polars as pl

from flows.nlp import load_pipeline
from transforms.entities import extract_entities
from transforms.extract import sentence_indices
from transforms.quotes import QuoteSpan, extract_quotes
from transforms.timex import extract_timexes


def quote_predictor(text: str, published: date | None) -> pl.DataFrame:
    """Quotes as content spans with kind, speaker and cue offsets."""
    doc = load_pipeline()(text)
    sentences = sentence_indices(doc)
    mentions, _ = extract_entities(doc, sentences)
    quotes = join_resumed_quotes(text, extract_quotes(doc, sentences, mentions))
    return pl.DataFrame(
        {
            "start_char": [q.start_char for q in quotes],
            "end_char": [q.end_char for q in quotes],
            "kind": [q.kind for q in quotes],
            "speaker_start_char": [q.speaker_start_char for q in quotes],
            "speaker_end_char": [q.speaker_end_char for q in quotes],
            "cue_start_char": [q.cue_start_char for q in quotes],
            "cue_end_char": [q.cue_end_char for q in quotes],
        },
        schema={
            "start_char": pl.Int64,
            "end_char": pl.Int64,
            "kind": pl.String,
            "speaker_start_char": pl.Int64,
            "speaker_end_char": pl.Int64,
            "cue_start_char": pl.Int64,
            "cue_end_char": pl.Int64,
        },
    )


def join_resumed_quotes(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Join “A,” she said. “B.” - two rows in the warehouse, the second marked as resuming the
    first - into one span, as PolNeAR annotates such a quote as one (discontinuous) content."""
    joined: list[QuoteSpan] = []
    last_direct: int | None = None  # index in `joined` of the latest direct row
    for quote in quotes:
        previous = joined[last_direct] if last_direct is not None else None
        if previous is not None and quote.kind == "direct" and quote.resumes_previous:
            assert last_direct is not None
            joined[last_direct] = replace(
                previous, text=text[previous.start_char : quote.end_char], end_char=quote.end_char
            )
            continue
        joined.append(quote)
        if quote.kind == "direct":
            last_direct = len(joined) - 1
    return joined


def timex_predictor(text: str, dct: date) -> pl.DataFrame:
    """Time expressions with TIMEX3 type and value, resolved against the document date."""
    doc = load_pipeline()(text)
    timexes = extract_timexes(doc, dct, sentence_indices(doc))
    return pl.DataFrame(
        {
            "start_char": [t.start_char for t in timexes],
            "end_char": [t.end_char for t in timexes],
            "type": [t.resolution.type for t in timexes],
            "value": [t.resolution.value for t in timexes],
        },
        schema={
            "start_char": pl.Int64,
            "end_char": pl.Int64,
            "type": pl.String,
            "value": pl.String,
        },
    )
