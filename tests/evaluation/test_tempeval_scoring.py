"""Unit tests of the TempEval-3 time-expression scorer on made-up documents, plus loader checks
that run only where the third-party corpus is present (never copying its text)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import polars as pl
import pytest

from evaluation.data import dataset_dir
from evaluation.tempeval import (
    GoldTimex,
    TimemlDoc,
    evaluate,
    load_tempeval,
    parse_timeml,
    read_predictions,
)

PREDICTION_SCHEMA = {
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "type": pl.String,
    "value": pl.String,
}
DCT = date(2031, 5, 14)

requires_tempeval = pytest.mark.skipif(
    dataset_dir("tempeval3") is None,
    reason="../shared/data/tempeval3 not found: third-party evaluation data is only present on "
    "development/CI machines",
)

TOY_TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TOY1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2031-05-14T08:15" functionInDocument="CREATION_TIME"
>May 14, 2031</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
Rates at Smith &amp; Sons <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1"
type="DATE" value="2031-05-13">yesterday</TIMEX3>, and will be <EVENT eid="e2"
class="STATE">frozen</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""

TOY_TEXT = (
    "The depot opened on March 3, 2031 and closes every Friday for three hours, "
    "starting next month."
)


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def gold_timex(tid: str, needle: str, timex_type: str, value: str) -> GoldTimex:
    start, end = span_of(TOY_TEXT, needle)
    return GoldTimex(tid=tid, start=start, end=end, type=timex_type, value=value, text=needle)


def toy_doc() -> TimemlDoc:
    return TimemlDoc(
        doc_id="toy",
        text=TOY_TEXT,
        dct=DCT,
        timexes=[
            gold_timex("t1", "March 3, 2031", "DATE", "2031-03-03"),
            gold_timex("t2", "every Friday", "SET", "XXXX-WXX-5"),
            gold_timex("t3", "three hours", "DURATION", "PT3H"),
            gold_timex("t4", "next month", "DATE", "2031-06"),
        ],
    )


def prediction(needle: str, timex_type: str, value: str | None) -> dict[str, Any]:
    start, end = span_of(TOY_TEXT, needle)
    return {"start_char": start, "end_char": end, "type": timex_type, "value": value}


def predictor(*rows: dict[str, Any]) -> Any:
    frame = pl.DataFrame(list(rows), schema=PREDICTION_SCHEMA)

    def predict(text: str, dct: date) -> pl.DataFrame:
        assert dct == DCT
        return frame

    return predict


PERFECT = (
    prediction("March 3, 2031", "DATE", "2031-03-03"),
    prediction("every Friday", "SET", "XXXX-WXX-5"),
    prediction("three hours", "DURATION", "PT3H"),
    prediction("next month", "DATE", "2031-06"),
)


# ------------------------------------------------------------------------------- parsing


def test_parse_timeml_strips_tags_and_offsets_match_the_stripped_text() -> None:
    parsed = parse_timeml(TOY_TIMEML, "TOY1")
    assert parsed.dct == date(2031, 5, 14)
    assert "Not part of the text" not in parsed.text
    assert "<" not in parsed.text
    # The entity is decoded, so every later offset counts "&" as one character.
    assert "Smith & Sons rose yesterday" in parsed.text
    assert [(t.tid, t.type, t.value) for t in parsed.timexes] == [
        ("t1", "DATE", "2031-05-13"),
        ("t2", "DURATION", "P2W"),
    ]
    for timex in parsed.timexes:
        assert parsed.text[timex.start : timex.end] == timex.text
    assert [t.text for t in parsed.timexes] == ["yesterday", "two weeks"]


# ------------------------------------------------------------------------------- scoring


def test_perfect_predictions_score_one() -> None:
    report = evaluate([toy_doc()], predictor(*PERFECT))
    assert report["strict"]["f1"] == 1.0
    assert report["relaxed"]["f1"] == 1.0
    assert report["type_accuracy"] == 1.0
    assert report["value_accuracy"] == 1.0
    assert report["value_f1"] == 1.0
    assert report["day_date_accuracy"] == 1.0
    assert report["gold_day_dates"] == 1


def test_off_by_a_few_chars_is_relaxed_but_not_strict() -> None:
    report = evaluate([toy_doc()], predictor(prediction("on March 3", "DATE", "2031-03-03")))
    assert report["strict"]["true_positives"] == 0
    assert report["relaxed"]["true_positives"] == 1
    assert report["relaxed"]["precision"] == 1.0
    assert report["relaxed"]["recall"] == 0.25


def test_spurious_prediction_lowers_precision() -> None:
    report = evaluate([toy_doc()], predictor(*PERFECT, prediction("depot", "DATE", "2031")))
    assert report["relaxed"]["precision"] == pytest.approx(4 / 5)
    assert report["relaxed"]["recall"] == 1.0


def test_relaxed_matching_is_one_to_one() -> None:
    # One prediction covering two gold expressions can only take one of them.
    report = evaluate(
        [toy_doc()], predictor(prediction("every Friday for three hours", "SET", None))
    )
    assert report["relaxed"]["true_positives"] == 1


def test_value_f1_is_relaxed_f1_times_value_accuracy() -> None:
    rows = list(PERFECT)
    rows[3] = prediction("next month", "DATE", "2031-07")
    rows[1] = prediction("every Friday", "DATE", "XXXX-WXX-5")
    report = evaluate([toy_doc()], predictor(*rows))
    assert report["value_accuracy"] == 0.75
    assert report["type_accuracy"] == 0.75
    assert report["value_f1"] == pytest.approx(report["relaxed"]["f1"] * 0.75)


def test_day_level_accuracy_counts_only_full_dates_and_accepts_times_on_that_day() -> None:
    report = evaluate(
        [toy_doc()], predictor(prediction("March 3, 2031", "TIME", "2031-03-03T09:00"))
    )
    assert report["gold_day_dates"] == 1
    assert report["day_date_accuracy"] == 1.0
    # The month-level gold date is not part of the day-level score.
    report = evaluate([toy_doc()], predictor(prediction("next month", "DATE", "2031-06")))
    assert report["gold_day_dates"] == 1
    assert report["day_date_accuracy"] == 0.0
    assert report["day_date_accuracy_on_matched"] is None


def test_errors_report_misses_spurious_and_wrong_values() -> None:
    report = evaluate(
        [toy_doc()],
        predictor(
            prediction("March 3, 2031", "DATE", "2031-03-04"),
            prediction("depot", "DATE", None),
        ),
        max_errors=10,
    )
    errors = report["errors"]
    assert len(errors["missed"]) == 3
    assert [e["snippet"] for e in errors["spurious"]] == ["depot"]
    assert errors["wrong_value"][0]["predicted_value"] == "2031-03-04"


def test_read_predictions_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="lack columns"):
        read_predictions(pl.DataFrame({"start_char": [1], "end_char": [2]}), 10)
    empty_span = pl.DataFrame(
        [{"start_char": 3, "end_char": 3, "type": "DATE", "value": None}],
        schema=PREDICTION_SCHEMA,
    )
    with pytest.raises(ValueError, match="invalid"):
        read_predictions(empty_span, 10)


# ----------------------------------------------------------------------- the real corpus


@requires_tempeval
@pytest.mark.evaluation
@pytest.mark.parametrize(
    ("part", "documents", "timexes"), [("timebank", 183, 1243), ("aquaint", 73, 579)]
)
def test_tempeval_counts_match_the_readme(part: str, documents: int, timexes: int) -> None:
    docs = load_tempeval(part)
    assert len(docs) == documents
    assert sum(len(doc.timexes) for doc in docs) == timexes


@requires_tempeval
@pytest.mark.evaluation
def test_tempeval_gold_offsets_reproduce_every_timex_text() -> None:
    docs = load_tempeval("all")
    assert len(docs) == 183 + 73
    for doc in docs:
        assert isinstance(doc.dct, date)
        for timex in doc.timexes:
            assert doc.text[timex.start : timex.end] == timex.text, (doc.doc_id, timex.tid)
            assert timex.type in {"DATE", "TIME", "DURATION", "SET"}
            assert timex.tid != "t0"


@requires_tempeval
@pytest.mark.evaluation
def test_tempeval_loader_finds_every_timex3_tag_in_text() -> None:
    # Independent of the XML walk: count TIMEX3 start tags inside <TEXT> with a regex.
    root = dataset_dir("tempeval3")
    assert root is not None
    for doc in load_tempeval("aquaint")[:20]:
        raw = (root / "AQUAINT" / f"{doc.doc_id}.tml").read_text(encoding="utf-8")
        text_section = raw[raw.index("<TEXT>") : raw.index("</TEXT>")]
        assert len(re.findall(r"<TIMEX3\b", text_section)) == len(doc.timexes)


def test_unknown_part_is_rejected() -> None:
    with pytest.raises(ValueError, match="part"):
        load_tempeval("platinum")
