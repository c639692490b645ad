"""Property-based tests: the transforms never raise on arbitrary Unicode, and every offset they
produce is in bounds and reproduces the stored span text."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.extract import extract_article
from transforms.normalise import batch_frames
from transforms.records import RawRecord, ValidArticle, validate_record

# Article-like text: words, names, quotation marks, dates and any Unicode at all mixed in.
fragments = st.one_of(
    st.text(min_size=1, max_size=30),
    st.sampled_from(
        [
            "“",
            "”",
            '"',
            "«",
            "»",
            "‘",
            "’",
            " said ",
            " Putin",
            " Jan. 20",
            " last week",
            " met ",
            " in Paris",
            "\n",
            ". ",
            ", ",
            " according to ",
            " Monday's ",
            " 1962",
        ]
    ),
)
article_text = st.lists(fragments, min_size=1, max_size=25).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text)
def test_extraction_never_raises_and_offsets_reproduce_spans(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = validate_record(
        RawRecord("p.jsonl", "line 1", {"text": text, "published_at": "2025-01-21"})
    )
    if not isinstance(result, ValidArticle):
        assert not text.strip()
        return
    frames = batch_frames(
        [extract_article(nlp(text), result)], "run", "v", datetime(2025, 1, 21, tzinfo=UTC)
    )
    for table, column in (
        ("entity_mentions", "text"),
        ("quotes", "text"),
        ("time_expressions", "text"),
        ("events", "trigger"),
    ):
        for row in frames[table].iter_rows(named=True):
            start, end = row["start_char"], row["end_char"]
            assert 0 <= start < end <= len(text), (table, row)
            assert text[start:end] == row[column], (table, row)
    for row in frames["quotes"].iter_rows(named=True):
        for prefix in ("cue", "speaker"):
            start, end = row[f"{prefix}_start_char"], row[f"{prefix}_end_char"]
            if start is not None:
                assert 0 <= start < end <= len(text)
