"""Evaluate named-entity extraction against CoNLL-2003 English (PER, ORG, LOC).

What it does:
- `load_conll` reads one split (train or dev) from the shared data directory into documents of
  tokens, sentence boundaries and gold entity token spans (IOB2 or IOB1 tags both decode).
- `document_text` rebuilds a document's raw text by joining tokens with single spaces and
  sentences with "\\n", keeping each token's character offsets, so a predictor works on text the
  way the ETL does and its character spans can be mapped back onto gold tokens.
- `score` compares predicted and gold spans: entity-level exact match (same token span AND same
  type), per type and micro-averaged over PER+ORG+LOC, like conlleval.
- `python -m evaluation.conll` parses the documents with the flow's spaCy pipeline, runs
  `transforms.entities.extract_entities` and prints the scores (optionally JSON and sampled
  errors).

What it does not do: it never copies corpus text anywhere (error samples are printed, not saved),
does not read the held-out test split, and does not score MISC (pipeline types outside
PERSON/ORG/GPE/LOC/FAC are dropped, so NORP, EVENT, PRODUCT etc. are neither hits nor errors).
A predicted span that does not start and end on gold token boundaries can never match.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.cli import EvaluationCli
from evaluation.data import require_dataset_dir
from evaluation.scoring import Prf, shorten

SPLITS = ("train", "dev")
TYPES = ("PER", "ORG", "LOC")
#: Pipeline entity type -> CoNLL type; anything else is not scored.
PIPELINE_TO_CONLL: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}
_DOCSTART = "-DOCSTART-"

#: (start token, end token exclusive, CoNLL type)
TokenSpan = tuple[int, int, str]
#: (start char, end char exclusive, CoNLL type)
CharSpan = tuple[int, int, str]
#: Predicts typed character spans for each of a batch of texts.
BatchPredictor = Callable[[Sequence[str]], list[list[CharSpan]]]


@dataclass(frozen=True)
class ConllDoc:
    """One document: its tokens, the token index where each sentence starts, and gold spans."""

    doc_id: str
    tokens: list[str]
    sentence_starts: list[int]
    gold: list[TokenSpan]


# --------------------------------------------------------------------------------------- gold data


def load_conll(split: str, data_dir: Path | None = None) -> list[ConllDoc]:
    """Every document of `split`, in file order; `data_dir` defaults to <shared data>/conll2003."""
    if split not in SPLITS:
        raise ValueError(f"unknown CoNLL split {split!r}; expected one of {SPLITS}")
    root = require_dataset_dir("conll2003", data_dir)
    with (root / f"{split}.txt").open(encoding="utf-8") as handle:
        return parse_conll(handle, prefix=split)


def parse_conll(lines: Iterable[str], prefix: str = "doc") -> list[ConllDoc]:
    """Documents from CoNLL column lines (`TOKEN ... TAG`, blank line between sentences)."""
    documents: list[ConllDoc] = []
    tokens: list[str] = []
    tags: list[str] = []
    starts: list[int] = []

    def flush() -> None:
        if tokens:
            doc_id = f"{prefix}-{len(documents):04d}"
            documents.append(ConllDoc(doc_id, list(tokens), list(starts), decode_tags(tags)))
        tokens.clear()
        tags.clear()
        starts.clear()

    new_sentence = True
    for raw in lines:
        columns = raw.split()
        if not columns:
            new_sentence = True
            continue
        if columns[0] == _DOCSTART:
            flush()
            new_sentence = True
            continue
        if new_sentence:
            starts.append(len(tokens))
            new_sentence = False
        tokens.append(columns[0])
        tags.append(columns[-1])
    flush()
    return documents


def decode_tags(tags: Sequence[str]) -> list[TokenSpan]:
    """Entity spans from IOB tags; an I- tag after O or another type starts an entity (IOB1)."""
    spans: list[TokenSpan] = []
    start: int | None = None
    current = ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, entity_type = tag.partition("-")
        continues = prefix == "I" and entity_type == current and start is not None
        if continues:
            continue
        if start is not None:
            spans.append((start, index, current))
            start, current = None, ""
        if prefix in ("B", "I"):
            start, current = index, entity_type
    return spans


# ------------------------------------------------------------------------------------------ text


def document_text(doc: ConllDoc) -> tuple[str, list[tuple[int, int]]]:
    """The text (tokens joined by " ", sentences by "\\n") and each token's (start, end) offsets."""
    sentence_starts = set(doc.sentence_starts)
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    position = 0
    for index, token in enumerate(doc.tokens):
        if index > 0:
            parts.append("\n" if index in sentence_starts else " ")
            position += 1
        parts.append(token)
        offsets.append((position, position + len(token)))
        position += len(token)
    return "".join(parts), offsets


def to_token_spans(
    predicted: Iterable[CharSpan], offsets: Sequence[tuple[int, int]]
) -> list[TokenSpan]:
    """Map character spans onto tokens; spans not on token boundaries are kept as unmatched."""
    by_start = {start: index for index, (start, _) in enumerate(offsets)}
    by_end = {end: index + 1 for index, (_, end) in enumerate(offsets)}
    spans: list[TokenSpan] = []
    for start_char, end_char, entity_type in predicted:
        start = by_start.get(start_char)
        end = by_end.get(end_char)
        if start is None or end is None or end <= start:
            # Misaligned: a negative span can never equal a gold one but still counts as predicted.
            spans.append((-start_char - 1, -end_char - 1, entity_type))
        else:
            spans.append((start, end, entity_type))
    return spans


# --------------------------------------------------------------------------------------- scoring


@dataclass
class TypeCounts:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    def prf(self) -> Prf:
        return Prf(self.true_positives, self.predicted, self.gold)


def score(
    gold: Sequence[Sequence[TokenSpan]], predicted: Sequence[Sequence[TokenSpan]]
) -> dict[str, Prf]:
    """Exact span+type P/R/F1 per type in TYPES and "overall" (micro over TYPES)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predicted")
    counts = {entity_type: TypeCounts() for entity_type in TYPES}
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        gold_set = {span for span in gold_spans if span[2] in counts}
        predicted_set = {span for span in predicted_spans if span[2] in counts}
        for span in gold_set:
            counts[span[2]].gold += 1
        for span in predicted_set:
            counts[span[2]].predicted += 1
            if span in gold_set:
                counts[span[2]].true_positives += 1
    result = {entity_type: c.prf() for entity_type, c in counts.items()}
    result["overall"] = Prf(
        sum(c.true_positives for c in counts.values()),
        sum(c.predicted for c in counts.values()),
        sum(c.gold for c in counts.values()),
    )
    return result


def collect_errors(doc: ConllDoc, predicted: Sequence[TokenSpan]) -> list[dict[str, Any]]:
    """Every missed gold span and spurious prediction of one document, as short records."""
    gold_set = set(doc.gold)
    predicted_set = {span for span in predicted if span[2] in TYPES}
    records: list[dict[str, Any]] = []
    for kind, spans in (
        ("missed", gold_set - predicted_set),
        ("spurious", predicted_set - gold_set),
    ):
        for start, end, entity_type in sorted(spans):
            records.append(
                {
                    "doc_id": doc.doc_id,
                    "kind": kind,
                    "type": entity_type,
                    "start": start,
                    "end": end,
                    "text": _span_text(doc, start, end),
                    "context": _context(doc, start, end),
                }
            )
    return records


def _span_text(doc: ConllDoc, start: int, end: int) -> str:
    if start < 0:
        return "<not on token boundaries>"
    return " ".join(doc.tokens[start:end])


def _context(doc: ConllDoc, start: int, end: int, width: int = 6) -> str:
    if start < 0:
        return ""
    left = " ".join(doc.tokens[max(0, start - width) : start])
    right = " ".join(doc.tokens[end : end + width])
    return shorten(f"{left} [{_span_text(doc, start, end)}] {right}", 120)


def evaluate(
    docs: Sequence[ConllDoc],
    predict: BatchPredictor,
    *,
    max_errors: int = 0,
    seed: int = 0,
) -> dict[str, Any]:
    """Run `predict` over the rebuilt texts and return scores (and sampled errors) as a dict."""
    texts_and_offsets = [document_text(doc) for doc in docs]
    predictions = predict([text for text, _ in texts_and_offsets])
    if len(predictions) != len(docs):
        raise ValueError(f"predictor returned {len(predictions)} results for {len(docs)} texts")
    predicted = [
        to_token_spans(spans, offsets)
        for spans, (_, offsets) in zip(predictions, texts_and_offsets, strict=True)
    ]
    scores = score([doc.gold for doc in docs], predicted)
    report: dict[str, Any] = {
        "documents": len(docs),
        "tokens": sum(len(doc.tokens) for doc in docs),
        **{name: prf.as_dict() for name, prf in scores.items()},
    }
    if max_errors > 0:
        errors = [
            record
            for doc, spans in zip(docs, predicted, strict=True)
            for record in collect_errors(doc, spans)
        ]
        report["errors"] = sample_errors(errors, max_errors, seed)
    return report


def sample_errors(
    errors: list[dict[str, Any]], limit: int, seed: int
) -> dict[str, list[dict[str, Any]]]:
    """Up to `limit` seeded random errors of each (kind, type)."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in errors:
        grouped.setdefault(f"{record['kind']} {record['type']}", []).append(record)
    return {
        key: random.Random(seed).sample(records, min(limit, len(records)))
        for key, records in sorted(grouped.items())
    }


# ------------------------------------------------------------------------------------- predictor


def pipeline_predictor(texts: Sequence[str]) -> list[list[CharSpan]]:
    """The flow's spaCy pipeline plus `extract_entities`, typed with PIPELINE_TO_CONLL."""
    # Imported here so that loading data and scoring never depend on spaCy or the extractor.
    from flows.nlp import load_pipeline
    from transforms.entities import extract_entities
    from transforms.extract import sentence_indices

    results: list[list[CharSpan]] = []
    for doc in load_pipeline().pipe(texts, batch_size=32):
        mentions, _ = extract_entities(doc, sentence_indices(doc))
        results.append(
            [
                (m.start_char, m.end_char, PIPELINE_TO_CONLL[m.type])
                for m in mentions
                if m.type in PIPELINE_TO_CONLL
            ]
        )
    return results


# ------------------------------------------------------------------------------------------ CLI


def format_report(report: dict[str, Any], title: str) -> str:
    lines = [
        f"{title}: {report['documents']} documents, {report['tokens']} tokens",
        "",
        f"{'type':<8} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold",
    ]
    for name in (*TYPES, "overall"):
        prf = report[name]
        lines.append(
            f"{name:<8} {prf['precision']:6.3f} {prf['recall']:6.3f} {prf['f1']:6.3f}   "
            f"{prf['true_positives']}/{prf['predicted']}/{prf['gold']}"
        )
    return "\n".join(lines)


def format_errors(errors: dict[str, list[dict[str, Any]]]) -> str:
    lines: list[str] = []
    for key, records in errors.items():
        lines.append(f"\n[{key}] ({len(records)} sampled)")
        lines.extend(f"  {r['doc_id']} {r['text']!r}: {r['context']}" for r in records)
    return "\n".join(lines)


def _evaluate_with_pipeline(docs: list[Any], max_errors: int) -> dict[str, Any]:
    return evaluate(docs, pipeline_predictor, max_errors=max_errors)


CLI = EvaluationCli(
    prog="python -m evaluation.conll",
    description="Score transforms.entities against CoNLL-2003 PER/ORG/LOC.",
    selector="split",
    choices=SPLITS,
    default="dev",
    data_name="conll2003",
    title="CoNLL-2003",
    load=load_conll,
    evaluate=_evaluate_with_pipeline,
    format_report=format_report,
    format_errors=format_errors,
)


def main(argv: Sequence[str] | None = None) -> int:
    return CLI.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
