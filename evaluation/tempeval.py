"""Evaluate time-expression extraction against TempEval-3 (TBAQ-cleaned TimeBank + AQUAINT).

What it does:
- `load_tempeval` reads the `.tml` files of one part ("aquaint", "timebank" or "all"): the raw
  text of the <TEXT> element with all tags removed, the document creation time (DCT) as a date,
  and the gold TIMEX3 spans with character offsets into exactly that text.
- `evaluate` runs a predictor over the documents and scores span detection (strict and relaxed
  P/R/F1), type and value accuracy on relaxed matches, TE3-style "value F1", and accuracy on gold
  day-level dates.
- `python -m evaluation.tempeval --part aquaint` does both with
  `evaluation.predictors.timex_predictor`.

What it does not do: it never copies corpus text anywhere, does not read the held-out
te3-platinum test set, ignores EVENT/SIGNAL/TLINK annotations, and matches spans by characters,
not by tokens as the official TE3 scorer does (char offsets are what the ETL stores). The DCT
TIMEX3 lives outside <TEXT> and is not a gold span.

Predictor interface: `predict(text: str, dct: date) -> polars.DataFrame` with one row per
predicted expression and columns start_char, end_char (0-based, end-exclusive into `text`),
type (DATE | TIME | DURATION | SET) and value (TIMEX3 value string, nullable).
"""

from __future__ import annotations

import random
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from evaluation.cli import EvaluationCli
from evaluation.data import require_dataset_dir
from evaluation.scoring import Prf, format_ratio, greedy_one_to_one, ratio, shorten

PART_DIRECTORIES: dict[str, tuple[str, ...]] = {
    "aquaint": ("AQUAINT",),
    "timebank": ("TimeBank",),
    "all": ("TimeBank", "AQUAINT"),
}
PARTS = tuple(PART_DIRECTORIES)
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
REQUIRED_COLUMNS = ("start_char", "end_char", "type", "value")

TimexPredictor = Callable[[str, date], pl.DataFrame]

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A predicted value denotes a calendar day when it starts with one: 1998-11-20 or
# 1998-11-20T19:30 (a time on that day) both resolve the ETL's date column to 1998-11-20.
_PREDICTED_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|T)")


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 inside <TEXT>. `text` is the element's own text, kept so that loaders can
    be checked against the offsets (text == document_text[start:end])."""

    tid: str
    start: int
    end: int
    type: str
    value: str | None
    text: str


@dataclass(frozen=True)
class TimemlDoc:
    doc_id: str
    text: str
    dct: date
    timexes: list[GoldTimex]
    part: str = ""


# ------------------------------------------------------------------------------------ loading


def load_tempeval(part: str, data_dir: Path | None = None) -> list[TimemlDoc]:
    """Load every document of `part` ("aquaint", "timebank" or "all"), sorted by file name.

    `data_dir` is the tempeval3 directory; by default `<shared data>/tempeval3`.
    """
    if part not in PART_DIRECTORIES:
        raise ValueError(f"unknown TempEval-3 part {part!r}; expected one of {PARTS}")
    root = require_dataset_dir("tempeval3", data_dir)
    documents: list[TimemlDoc] = []
    for directory in PART_DIRECTORIES[part]:
        for path in sorted((root / directory).glob("*.tml")):
            documents.append(parse_timeml(path.read_bytes(), path.stem, part=directory.lower()))
    return documents


def parse_timeml(document: bytes | str, doc_id: str, part: str = "") -> TimemlDoc:
    """Parse one TimeML document (XML entities are decoded, so offsets count `&` as one char)."""
    root = ElementTree.fromstring(document)
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{doc_id}: no <TEXT> element")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    flatten_element(text_element, pieces, timexes, offset=0)
    return TimemlDoc(
        doc_id=doc_id,
        text="".join(pieces),
        dct=document_creation_date(root, doc_id),
        timexes=timexes,
        part=part,
    )


def flatten_element(
    element: ElementTree.Element, pieces: list[str], timexes: list[GoldTimex], offset: int
) -> int:
    """Append the element's text nodes to `pieces`, recording TIMEX3 offsets; return new length.

    Offsets are counted while concatenating, so they refer to exactly the joined string (the
    element's tail, i.e. text after its closing tag, belongs to the parent and is added there).
    """
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        child_start = offset
        offset = flatten_element(child, pieces, timexes, offset)
        if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
            timexes.append(
                GoldTimex(
                    tid=child.get("tid", ""),
                    start=child_start,
                    end=offset,
                    type=child.get("type", ""),
                    value=child.get("value") or None,
                    text="".join(child.itertext()),
                )
            )
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    return offset


def document_creation_date(root: ElementTree.Element, doc_id: str) -> date:
    """The DCT TIMEX3's value as a date; values like 1998-11-20T19:30 keep only the day."""
    dct = root.find("DCT/TIMEX3")
    value = dct.get("value", "") if dct is not None else ""
    if not _DAY_VALUE.match(value):
        raise ValueError(f"{doc_id}: DCT value {value!r} is not a calendar day")
    return date.fromisoformat(value[:10])


# ---------------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class PredictedTimex:
    start: int
    end: int
    type: str | None
    value: str | None


def read_predictions(frame: pl.DataFrame, text_length: int) -> list[PredictedTimex]:
    """Validate a predictor's frame; offsets must lie inside the text."""
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"timex predictions lack columns {missing}; got {frame.columns}")
    predictions: list[PredictedTimex] = []
    for row in frame.iter_rows(named=True):
        start, end = row["start_char"], row["end_char"]
        if start is None or end is None or not 0 <= start < end <= text_length:
            raise ValueError(f"timex span {start}-{end} invalid for a text of length {text_length}")
        predictions.append(PredictedTimex(int(start), int(end), row["type"], row["value"]))
    return predictions


# -------------------------------------------------------------------------------------- scoring


def overlap_jaccard(gold: GoldTimex, predicted: PredictedTimex) -> float:
    """Character Jaccard of two spans: 0.0 when disjoint, ranks better-aligned overlaps first."""
    shared = min(gold.end, predicted.end) - max(gold.start, predicted.start)
    if shared <= 0:
        return 0.0
    return shared / (max(gold.end, predicted.end) - min(gold.start, predicted.start))


def is_day_level_date(gold: GoldTimex) -> bool:
    return gold.type == "DATE" and gold.value is not None and bool(_DAY_VALUE.fullmatch(gold.value))


def predicted_day(value: str | None) -> str | None:
    if value is None:
        return None
    found = _PREDICTED_DAY.match(value)
    return found.group(1) if found else None


@dataclass
class TimexCounts:
    """Additive counts over documents."""

    gold: int = 0
    predicted: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    type_correct: int = 0
    value_correct: int = 0
    gold_days: int = 0
    gold_days_matched: int = 0
    gold_days_correct: int = 0
    gold_by_type: Counter[str] = field(default_factory=Counter)
    relaxed_by_gold_type: Counter[str] = field(default_factory=Counter)

    def add(self, other: TimexCounts) -> None:
        for name in (
            "gold",
            "predicted",
            "strict_matches",
            "relaxed_matches",
            "type_correct",
            "value_correct",
            "gold_days",
            "gold_days_matched",
            "gold_days_correct",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.gold_by_type.update(other.gold_by_type)
        self.relaxed_by_gold_type.update(other.relaxed_by_gold_type)


@dataclass
class TimexErrors:
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_value: list[dict[str, Any]] = field(default_factory=list)


def score_document(
    doc: TimemlDoc, predictions: list[PredictedTimex]
) -> tuple[TimexCounts, TimexErrors]:
    """Match one document's gold and predicted expressions and count what agrees."""
    gold = doc.timexes
    strict_pairs = greedy_one_to_one(
        (
            (1.0, g, p)
            for g, gold_timex in enumerate(gold)
            for p, predicted in enumerate(predictions)
            if (gold_timex.start, gold_timex.end) == (predicted.start, predicted.end)
        ),
        threshold=1.0,
    )
    relaxed_pairs = greedy_one_to_one(
        (
            (overlap_jaccard(gold_timex, predicted), g, p)
            for g, gold_timex in enumerate(gold)
            for p, predicted in enumerate(predictions)
        ),
        # Any overlap counts; the greedy order still prefers the best-aligned pair.
        threshold=sys.float_info.min,
    )
    counts = TimexCounts(
        gold=len(gold),
        predicted=len(predictions),
        strict_matches=len(strict_pairs),
        relaxed_matches=len(relaxed_pairs),
        gold_by_type=Counter(timex.type for timex in gold),
    )
    errors = TimexErrors()
    matched_prediction = {g: predictions[p] for g, p, _ in relaxed_pairs}
    for g, predicted in matched_prediction.items():
        gold_timex = gold[g]
        counts.relaxed_by_gold_type[gold_timex.type] += 1
        counts.type_correct += predicted.type == gold_timex.type
        if predicted.value == gold_timex.value:
            counts.value_correct += 1
        else:
            errors.wrong_value.append(value_error(doc, gold_timex, predicted))
    for g, gold_timex in enumerate(gold):
        if not is_day_level_date(gold_timex):
            continue
        counts.gold_days += 1
        if g in matched_prediction:
            counts.gold_days_matched += 1
            resolved_day = predicted_day(matched_prediction[g].value)
            counts.gold_days_correct += resolved_day == gold_timex.value
    errors.missed = [
        span_error(doc, timex.start, timex.end, timex.type, timex.value)
        for g, timex in enumerate(gold)
        if g not in matched_prediction
    ]
    matched_predicted = {p for _, p, _ in relaxed_pairs}
    errors.spurious = [
        span_error(doc, predicted.start, predicted.end, predicted.type, predicted.value)
        for p, predicted in enumerate(predictions)
        if p not in matched_predicted
    ]
    return counts, errors


def evaluate(
    docs: Sequence[TimemlDoc],
    predict: TimexPredictor,
    *,
    max_errors: int = 0,
    seed: int = 0,
) -> dict[str, Any]:
    """Run `predict` on every document and return scores and counts as a JSON-ready dict.

    value F1 (and type F1) follow TE3: relaxed-match F1 times the attribute's accuracy on the
    relaxed matches. `day_date_accuracy` counts every gold DATE whose value is a full day
    (YYYY-MM-DD); unmatched ones count as wrong, so it measures the ETL's date column end to end.
    """
    totals = TimexCounts()
    collected = TimexErrors()
    for doc in docs:
        predictions = read_predictions(predict(doc.text, doc.dct), len(doc.text))
        counts, errors = score_document(doc, predictions)
        totals.add(counts)
        collected.missed.extend(errors.missed)
        collected.spurious.extend(errors.spurious)
        collected.wrong_value.extend(errors.wrong_value)
    report = build_report(totals, len(docs))
    if max_errors > 0:
        report["errors"] = {
            kind: sample(records, max_errors, seed)
            for kind, records in (
                ("missed", collected.missed),
                ("spurious", collected.spurious),
                ("wrong_value", collected.wrong_value),
            )
        }
    return report


def build_report(totals: TimexCounts, documents: int) -> dict[str, Any]:
    relaxed = Prf(totals.relaxed_matches, totals.predicted, totals.gold)
    type_accuracy = ratio(totals.type_correct, totals.relaxed_matches)
    value_accuracy = ratio(totals.value_correct, totals.relaxed_matches)
    return {
        "documents": documents,
        "gold_timexes": totals.gold,
        "gold_by_type": dict(sorted(totals.gold_by_type.items())),
        "predicted": totals.predicted,
        "strict": Prf(totals.strict_matches, totals.predicted, totals.gold).as_dict(),
        "relaxed": relaxed.as_dict(),
        "relaxed_recall_by_gold_type": {
            timex_type: ratio(totals.relaxed_by_gold_type[timex_type], count)
            for timex_type, count in sorted(totals.gold_by_type.items())
        },
        "type_accuracy": type_accuracy,
        "type_f1": relaxed.f1 * type_accuracy if type_accuracy is not None else 0.0,
        "value_accuracy": value_accuracy,
        "value_f1": relaxed.f1 * value_accuracy if value_accuracy is not None else 0.0,
        "day_date_accuracy": ratio(totals.gold_days_correct, totals.gold_days),
        "day_date_accuracy_on_matched": ratio(totals.gold_days_correct, totals.gold_days_matched),
        "gold_day_dates": totals.gold_days,
        "gold_day_dates_matched": totals.gold_days_matched,
        "gold_day_dates_correct": totals.gold_days_correct,
    }


def sample(records: list[dict[str, Any]], limit: int, seed: int) -> list[dict[str, Any]]:
    picked = random.Random(seed).sample(records, min(limit, len(records)))
    return sorted(picked, key=lambda record: (record["doc_id"], record["start"]))


def span_error(
    doc: TimemlDoc, start: int, end: int, timex_type: str | None, value: str | None
) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "start": start,
        "end": end,
        "type": timex_type,
        "value": value,
        "snippet": shorten(doc.text[start:end], 80),
        "context": shorten(doc.text[max(0, start - 40) : end + 40], 120),
    }


def value_error(doc: TimemlDoc, gold: GoldTimex, predicted: PredictedTimex) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "start": gold.start,
        "end": gold.end,
        "gold_value": gold.value,
        "predicted_value": predicted.value,
        "gold_type": gold.type,
        "predicted_type": predicted.type,
        "snippet": shorten(doc.text[gold.start : gold.end], 80),
        "predicted_snippet": shorten(doc.text[predicted.start : predicted.end], 80),
        "dct": doc.dct.isoformat(),
    }


# ------------------------------------------------------------------------------------------ CLI


def format_report(report: dict[str, Any], title: str) -> str:
    strict, relaxed = report["strict"], report["relaxed"]
    lines = [
        f"{title}: {report['documents']} documents, {report['gold_timexes']} gold TIMEX3 "
        f"{report['gold_by_type']}, {report['predicted']} predictions",
        "",
        f"{'span':<8} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold",
    ]
    for name, prf in (("strict", strict), ("relaxed", relaxed)):
        lines.append(
            f"{name:<8} {prf['precision']:6.3f} {prf['recall']:6.3f} {prf['f1']:6.3f}   "
            f"{prf['true_positives']}/{prf['predicted']}/{prf['gold']}"
        )
    lines += [
        "",
        f"type accuracy  {format_ratio(report['type_accuracy'])}   "
        f"type F1  {report['type_f1']:.3f}",
        f"value accuracy {format_ratio(report['value_accuracy'])}   "
        f"value F1 {report['value_f1']:.3f}",
        f"day-level date accuracy {format_ratio(report['day_date_accuracy'])} "
        f"({report['gold_day_dates_correct']}/{report['gold_day_dates']} gold YYYY-MM-DD dates; "
        f"{format_ratio(report['day_date_accuracy_on_matched'])} on the "
        f"{report['gold_day_dates_matched']} that were found)",
        "relaxed recall by gold type: "
        + ", ".join(
            f"{timex_type} {format_ratio(value).strip()}"
            for timex_type, value in report["relaxed_recall_by_gold_type"].items()
        ),
    ]
    return "\n".join(lines)


def format_errors(errors: dict[str, list[dict[str, Any]]]) -> str:
    lines: list[str] = []
    for kind, records in errors.items():
        lines.append(f"\n{kind} ({len(records)} sampled)")
        for record in records:
            if kind == "wrong_value":
                detail = (
                    f"{record['snippet']!r} (pred {record['predicted_snippet']!r}) "
                    f"gold {record['gold_type']} {record['gold_value']} vs pred "
                    f"{record['predicted_type']} {record['predicted_value']} [DCT {record['dct']}]"
                )
            else:
                detail = (
                    f"{record['snippet']!r} {record['type']} {record['value']} "
                    f"in: {record['context']}"
                )
            lines.append(f"  {record['doc_id']} {record['start']}-{record['end']}: {detail}")
    return "\n".join(lines)


def _evaluate_with_pipeline(docs: list[Any], max_errors: int) -> dict[str, Any]:
    # Imported here so that loading data and the scoring code never depend on the extractor.
    from evaluation.predictors import timex_predictor

    return evaluate(docs, timex_predictor, max_errors=max_errors)


CLI = EvaluationCli(
    prog="python -m evaluation.tempeval",
    description="Score evaluation.predictors.timex_predictor against TempEval-3 TIMEX3.",
    selector="part",
    choices=PARTS,
    default="aquaint",
    data_name="tempeval3",
    title="TempEval-3",
    load=load_tempeval,
    evaluate=_evaluate_with_pipeline,
    format_report=format_report,
    format_errors=format_errors,
)


def main(argv: Sequence[str] | None = None) -> int:
    return CLI.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
