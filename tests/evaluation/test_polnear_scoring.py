"""Unit tests of the PolNeAR attribution scorer on made-up sentences, plus loader checks that run
only where the third-party corpus is present (never copying its text)."""

from __future__ import annotations

from datetime import date
from typing import Any

import polars as pl
import pytest

from evaluation.brat import parse_standoff
from evaluation.data import dataset_dir
from evaluation.polnear import (
    GoldAttribution,
    PolnearDoc,
    evaluate,
    find_quote_marks,
    gold_attributions,
    is_enclosed_in_quotes,
    load_polnear,
    read_predictions,
    trim_span,
)

PREDICTION_SCHEMA = {
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "kind": pl.String,
    "speaker_start_char": pl.Int64,
    "speaker_end_char": pl.Int64,
}
PUBLISHED = date(2024, 3, 1)

requires_polnear = pytest.mark.skipif(
    dataset_dir("polnear") is None,
    reason="../shared/data/polnear not found: third-party evaluation data is only present on "
    "development/CI machines",
)


# ---------------------------------------------------------------------------------- helpers


def span_of(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def gold(
    text: str,
    content: str | list[str],
    source: str | None = None,
    cue: str | None = None,
    relation_id: str = "E1",
) -> GoldAttribution:
    pieces = [content] if isinstance(content, str) else content
    fragments = sorted(span_of(text, piece) for piece in pieces)
    return GoldAttribution(
        relation_id=relation_id,
        content=fragments,
        source=[span_of(text, source)] if source else None,
        cue=[span_of(text, cue)] if cue else None,
        is_direct=is_enclosed_in_quotes(text, fragments, find_quote_marks(text)),
    )


def doc(text: str, *relations: GoldAttribution) -> PolnearDoc:
    return PolnearDoc(
        doc_id="toy", text=text, publication_date=PUBLISHED, relations=list(relations)
    )


def row(
    text: str,
    content: str,
    kind: str,
    speaker: str | None = None,
    occurrence: int = 0,
) -> dict[str, Any]:
    start, end = span_of(text, content, occurrence)
    speaker_span = span_of(text, speaker) if speaker else (None, None)
    return {
        "start_char": start,
        "end_char": end,
        "kind": kind,
        "speaker_start_char": speaker_span[0],
        "speaker_end_char": speaker_span[1],
    }


def predictor(*rows: dict[str, Any], extra_schema: dict[str, Any] | None = None) -> Any:
    schema = {**PREDICTION_SCHEMA, **(extra_schema or {})}
    frame = pl.DataFrame(list(rows), schema=schema)

    def predict(text: str, published: date | None) -> pl.DataFrame:
        assert published == PUBLISHED
        return frame

    return predict


QUOTE_TEXT = (
    'The mayor said that the bridge would reopen in May. "We are not going to rush the '
    'inspection," Ada Brook, the city engineer, said on Tuesday.'
)


def quote_doc() -> PolnearDoc:
    return doc(
        QUOTE_TEXT,
        gold(QUOTE_TEXT, "the bridge would reopen in May", "The mayor", "said", "E1"),
        gold(
            QUOTE_TEXT,
            '"We are not going to rush the inspection,"',
            "Ada Brook, the city engineer",
            "said on",
            "E2",
        ),
    )


# ------------------------------------------------------------------------- trimming and quotes


def test_trim_span_drops_that_quotes_and_punctuation() -> None:
    text = 'He said that "the vote, frankly, was rigged."'
    start, end = trim_span(text, text.index("that"), len(text))
    assert text[start:end] == "the vote, frankly, was rigged"


def test_trim_span_keeps_words_that_merely_start_with_that() -> None:
    text = "thatched roofs leak"
    assert trim_span(text, 0, len(text)) == (0, len(text))


def test_trim_span_of_punctuation_only_is_empty() -> None:
    text = 'x ," y'
    start, end = trim_span(text, 1, 5)
    assert start == end


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("She said: “Prices will fall.”", "“Prices will fall.”", True),
        # Quotation marks left outside the annotated span still make it a direct quote.
        ('"Rain is coming," the forecaster warned.', "Rain is coming,", True),
        ("Tom said ''we are ready'' on Friday.", "''we are ready''", True),
        ("He called it “a disaster” for farmers.", "it “a disaster” for farmers", False),
        ("She praised “grit” and “luck” alike.", "“grit” and “luck”", False),
        ("Officials said the road is closed.", "the road is closed", False),
        # A news-style quotation that re-opens at each paragraph without closing the first.
        ('"First point.\n\n"Second point."', '"First point.\n\n"Second point."', True),
        # A typo'd final “ after a full stop still closes the quotation.
        ("It said “the rate is 5 percent.“ Later", "“the rate is 5 percent.“", True),
    ],
)
def test_is_direct_rule(text: str, content: str, expected: bool) -> None:
    assert gold(text, content).is_direct is expected


def test_discontinuous_quote_around_interjected_speaker_is_direct() -> None:
    text = "“We won,” she said, “and we will win again.”"
    relation = gold(text, ["“We won,”", "“and we will win again.”"])
    assert relation.is_direct
    assert relation.content_start == 0
    assert relation.content_end == len(text)


# --------------------------------------------------------------------------------- matching


def test_perfect_predictions_score_one() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(
            row(QUOTE_TEXT, "the bridge would reopen in May", "indirect", "The mayor"),
            row(QUOTE_TEXT, "We are not going to rush the inspection", "direct", "Ada Brook"),
        ),
    )
    assert report["gold_attributions"] == 2
    assert report["gold_direct"] == 1
    for subset in ("direct", "all"):
        for match in ("exact", "lenient"):
            assert report[subset][match]["f1"] == 1.0
        assert report[subset]["speaker"]["accuracy"] == 1.0


def test_that_and_quote_marks_do_not_break_exact_match() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(
            row(QUOTE_TEXT, "that the bridge would reopen in May.", "indirect"),
            row(QUOTE_TEXT, '"We are not going to rush the inspection,"', "direct"),
        ),
    )
    assert report["all"]["exact"]["true_positives"] == 2


def test_span_off_by_a_few_chars_is_lenient_but_not_exact() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(row(QUOTE_TEXT, "the bridge would reopen", "indirect", "The mayor")),
    )
    assert report["all"]["exact"]["true_positives"] == 0
    assert report["all"]["lenient"]["true_positives"] == 1
    assert report["all"]["lenient"]["precision"] == 1.0
    assert report["all"]["lenient"]["recall"] == 0.5


def test_small_overlap_is_not_a_lenient_match() -> None:
    # 2 of the gold's 6 words: Jaccard 1/3 < 0.5.
    report = evaluate([quote_doc()], predictor(row(QUOTE_TEXT, "in May", "indirect")))
    assert report["all"]["lenient"]["true_positives"] == 0
    assert report["all"]["lenient"]["precision"] == 0.0


def test_spurious_prediction_lowers_precision_only() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(
            row(QUOTE_TEXT, "the bridge would reopen in May", "indirect"),
            row(QUOTE_TEXT, "We are not going to rush the inspection", "direct"),
            row(QUOTE_TEXT, "Ada Brook, the city engineer, said on Tuesday", "indirect"),
        ),
    )
    assert report["all"]["lenient"]["precision"] == pytest.approx(2 / 3)
    assert report["all"]["lenient"]["recall"] == 1.0


def test_matching_is_one_to_one() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(
            row(QUOTE_TEXT, "the bridge would reopen in May", "indirect"),
            row(QUOTE_TEXT, "bridge would reopen in May", "indirect"),
        ),
    )
    assert report["all"]["lenient"]["true_positives"] == 1
    assert report["all"]["lenient"]["predicted"] == 2


def test_prediction_spanning_interjected_speaker_matches_discontinuous_gold() -> None:
    text = "“We won,” said the long-serving party chair of the north, “and we will again.”"
    relation = gold(text, ["“We won,”", "“and we will again.”"], "the long-serving party chair")
    whole = {"start_char": 0, "end_char": len(text), "kind": "direct"}
    report = evaluate(
        [doc(text, relation)],
        predictor({**whole, "speaker_start_char": None, "speaker_end_char": None}),
    )
    assert report["direct"]["exact"]["true_positives"] == 1
    shifted = {**whole, "start_char": 3, "speaker_start_char": None, "speaker_end_char": None}
    report = evaluate([doc(text, relation)], predictor(shifted))
    # The interjected words are neutral, so the shifted span still matches leniently.
    assert report["direct"]["lenient"]["true_positives"] == 1


def test_partial_rows_are_ignored() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(
            row(QUOTE_TEXT, "the bridge would reopen in May", "indirect"),
            row(QUOTE_TEXT, "city engineer", "partial"),
        ),
    )
    assert report["predicted_partial_ignored"] == 1
    assert report["all"]["lenient"]["precision"] == 1.0


# ---------------------------------------------------------------------------- direct subset


def test_direct_subset_uses_gold_quotes_and_direct_predictions_only() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(
            row(QUOTE_TEXT, "the bridge would reopen in May", "mixed"),
            row(QUOTE_TEXT, "We are not going to rush the inspection", "indirect"),
        ),
    )
    # Both spans are right for "all" ...
    assert report["all"]["lenient"]["f1"] == 1.0
    # ... but the direct quote was labelled indirect, and mixed rows are not direct predictions.
    assert report["direct"]["lenient"]["true_positives"] == 0
    assert report["direct"]["lenient"]["predicted"] == 0
    assert report["direct"]["lenient"]["gold"] == 1
    assert report["direct_kinds"] == ["direct"]


def test_direct_kinds_can_include_mixed() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(row(QUOTE_TEXT, "We are not going to rush the inspection", "mixed")),
        direct_kinds=frozenset({"direct", "mixed"}),
    )
    assert report["direct"]["lenient"]["predicted"] == 1
    assert report["direct"]["lenient"]["true_positives"] == 1


# --------------------------------------------------------------------------------- speakers


def test_speaker_overlap_wrong_and_missing_speakers() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(
            # Overlaps only part of the gold source "The mayor": still correct.
            row(QUOTE_TEXT, "the bridge would reopen in May", "indirect", "mayor"),
            row(QUOTE_TEXT, "We are not going to rush the inspection", "direct", None),
        ),
    )
    speaker = report["all"]["speaker"]
    assert (speaker["correct"], speaker["scored_pairs"], speaker["not_predicted"]) == (1, 2, 1)
    report = evaluate(
        [quote_doc()],
        predictor(row(QUOTE_TEXT, "the bridge would reopen in May", "indirect", "Tuesday")),
        max_errors=5,
    )
    assert report["all"]["speaker"]["accuracy"] == 0.0
    assert report["errors"]["all"]["wrong_speaker"][0]["predicted_speaker"] == "Tuesday"


def test_pairs_without_gold_source_are_excluded_and_counted() -> None:
    text = "The bridge, it was announced, will reopen in May."
    relation = gold(text, "The bridge, it was announced, will reopen in May", None, "announced")
    report = evaluate(
        [doc(text, relation)],
        predictor(row(text, "The bridge, it was announced, will reopen in May", "indirect", "it")),
    )
    speaker = report["all"]["speaker"]
    assert speaker["accuracy"] is None
    assert speaker["scored_pairs"] == 0
    assert speaker["pairs_without_gold_source"] == 1


def test_cue_accuracy_only_when_cue_columns_present() -> None:
    content = row(QUOTE_TEXT, "the bridge would reopen in May", "indirect", "The mayor")
    without = evaluate([quote_doc()], predictor(content))
    assert without["all"]["cue"]["accuracy"] is None
    cue_start, cue_end = span_of(QUOTE_TEXT, "said")
    with_cues = evaluate(
        [quote_doc()],
        predictor(
            {**content, "cue_start_char": cue_start, "cue_end_char": cue_end},
            extra_schema={"cue_start_char": pl.Int64, "cue_end_char": pl.Int64},
        ),
    )
    assert with_cues["all"]["cue"]["accuracy"] == 1.0


def test_errors_are_sampled_snippets() -> None:
    report = evaluate(
        [quote_doc()],
        predictor(row(QUOTE_TEXT, "on Tuesday", "indirect")),
        max_errors=1,
    )
    errors = report["errors"]["all"]
    assert len(errors["missed"]) == 1
    assert errors["spurious"][0]["snippet"] == "on Tuesday"


# ------------------------------------------------------------------------ input validation


def test_read_predictions_rejects_missing_columns_and_bad_offsets() -> None:
    with pytest.raises(ValueError, match="lack columns"):
        read_predictions(pl.DataFrame({"start_char": [0]}), 10)
    bad = pl.DataFrame(
        [{"start_char": 5, "end_char": 50, "kind": "direct"}],
        schema={**PREDICTION_SCHEMA},
    )
    with pytest.raises(ValueError, match="outside"):
        read_predictions(bad, 10)


def test_empty_prediction_frame_scores_zero_recall() -> None:
    report = evaluate([quote_doc()], predictor())
    assert report["all"]["lenient"]["recall"] == 0.0
    assert report["predicted"] == 0


# ------------------------------------------------------------------------------ brat parsing


def test_brat_continuation_lines_discontinuous_spans_and_content2() -> None:
    text = "“Yes,” Ann said. “The Tigers will win.” Bo hinted that rain might come."
    yes, tigers = span_of(text, "“Yes,”"), span_of(text, "“The Tigers will win.”")
    rain = span_of(text, "rain might come")
    hinted = span_of(text, "hinted")
    ann = "\n".join(
        [
            f"T1\tContent {yes[0]} {yes[1]}\t“Yes,”",
            f"T2\tContent {tigers[0]} {tigers[1]};{rain[0]} {rain[1]}\t“The",
            # A continuation line that itself starts with "T" must not be read as a record.
            "Tigers will win.” rain might come",
            "T3\tSource 7 10\tAnn",
            "T4\tCue 11 15\tsaid",
            "T5\tAttribution 11 15\tsaid",
            "E1\tAttribution:T5 Content:T1 Cue:T4 Source:T3 Content2:T2",
            f"T6\tAttribution-no-source {hinted[0]} {hinted[1]}\thinted",
            "E2\tAttribution-no-source:T6",
            "#1\tAnnotatorNotes T1\tnote text",
        ]
    )
    standoff = parse_standoff(ann)
    assert standoff.text_bounds["T2"].fragments == [tigers, rain]
    assert "\nTigers" in standoff.text_bounds["T2"].copied_text
    relations, dropped = gold_attributions(standoff, text)
    assert dropped == 1
    (relation,) = relations
    assert relation.content == [yes, tigers, rain]
    assert relation.source == [(7, 10)]
    assert relation.cue == [(11, 15)]


# ----------------------------------------------------------------------- the real corpus


@requires_polnear
@pytest.mark.evaluation
def test_polnear_dev_loads_one_annotation_per_article() -> None:
    docs = load_polnear("dev")
    assert len(docs) == 84
    assert len({d.doc_id for d in docs}) == 84
    relations = [relation for d in docs for relation in d.relations]
    # README: 2,320 relations over 94 files; keeping one annotator per article leaves ~2.2k.
    assert 2000 < len(relations) < 2320
    direct_share = sum(relation.is_direct for relation in relations) / len(relations)
    assert 0.1 < direct_share < 0.35
    assert all(d.publication_date is not None for d in docs)
    for d in docs:
        assert d.annotation_file is not None and d.annotation_file.startswith(d.doc_id + "_")
        for relation in d.relations:
            spans = relation.content + (relation.source or []) + (relation.cue or [])
            assert all(0 <= start <= end <= len(d.text) for start, end in spans)


@requires_polnear
@pytest.mark.evaluation
def test_polnear_gold_scores_perfectly_against_itself() -> None:
    docs = load_polnear("dev")[:10]
    by_text = {d.text: d for d in docs}

    def oracle(text: str, published: date | None) -> pl.DataFrame:
        rows = [
            {
                "start_char": relation.content_start,
                "end_char": relation.content_end,
                "kind": "direct" if relation.is_direct else "indirect",
                "speaker_start_char": relation.source[0][0] if relation.source else None,
                "speaker_end_char": relation.source[0][1] if relation.source else None,
            }
            for relation in by_text[text].relations
        ]
        return pl.DataFrame(rows, schema=PREDICTION_SCHEMA)

    report = evaluate(docs, oracle)
    assert report["all"]["exact"]["f1"] == 1.0
    assert report["direct"]["exact"]["f1"] == 1.0
    assert report["all"]["speaker"]["accuracy"] == 1.0


def test_unknown_split_is_rejected() -> None:
    with pytest.raises(ValueError, match="split"):
        load_polnear("test")
