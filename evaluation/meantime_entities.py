"""Evaluate named-entity mentions against MEANTIME (NewsReader English Wikinews, shared dev part).

What it does:
- `load_entity_docs` reads every shared MEANTIME article: the text rebuilt as in
  `evaluation.meantime` (tokens joined by spaces, sentences by a blank line), and the gold
  ENTITY_MENTIONs whose `syntactic_type` is NAM (proper names), typed by the ENTITY they
  REFERS_TO. Gold NAM PER, ORG and LOC mentions are scored. Every other gold entity mention
  (PRO, FIN and MIX types; NOM, PRO, APP, PRE.NAM mentions, and the many with no
  syntactic_type) is unscored: a prediction that overlaps one and no scored mention counts
  neither way.
- MEANTIME does not mark every name in its annotated sentences (a company named again in a
  later sentence often has no mention), so the report also gives precision counting only
  predictions that overlap some gold entity mention (`precision_on_annotated`), a diagnostic
  rather than the headline number.
- Only the annotated part is scored: predictions after the last sentence holding any gold entity
  mention are ignored, as MEANTIME annotates only the first sentences of long articles.
- `evaluate` runs a predictor (by default the real pipeline's `extract_entities`), maps its types
  (PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC; other types are not scored) and reports
  precision, recall and F1 per type and overall, for exact spans (same start and end) and for
  overlapping spans, both requiring the same type, matched one to one.
- `python -m evaluation.meantime_entities [--limit N] [--json] [--errors K] [--data-dir D]`.

What it does not do: it never copies corpus text anywhere (error samples are printed, not
saved), does not read the held-out part, and does not score nominal or pronominal mentions
(NOM/PRO), entity coreference or the DBpedia links.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.cli import dev_part_cli
from evaluation.data import require_dataset_dir
from evaluation.meantime import _doc_number, _rebuild_text, overlaps
from evaluation.scoring import Prf, greedy_one_to_one, ratio, shorten

Span = tuple[int, int]
SCORED_TYPES = ("PER", "ORG", "LOC")
#: newsetl entity type -> MEANTIME type; unlisted types are not scored.
TYPE_OF = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
MATCHES = ("exact", "overlap")


@dataclass(frozen=True)
class Mention:
    start_char: int
    end_char: int
    type: str  # PER | ORG | LOC for scored mentions, else the MEANTIME type


@dataclass(frozen=True)
class EntityDoc:
    doc_id: str
    text: str
    mentions: tuple[Mention, ...]  # gold NAM mentions of PER, ORG and LOC
    unscored: tuple[Span, ...]  # every other gold entity mention
    annotated_end: int


# ----------------------------------------------------------------------------- loading


def _mention_types(root: ElementTree.Element) -> dict[str, str]:
    """ENTITY_MENTION m_id -> ent_type of the ENTITY it REFERS_TO."""
    entity_types = {
        entity.get("m_id", ""): entity.get("ent_type", "")
        for entity in root.iter("ENTITY")
        if entity.get("ent_type")
    }
    types: dict[str, str] = {}
    for link in root.iter("REFERS_TO"):
        target = link.find("target")
        entity_type = entity_types.get(target.get("m_id", "")) if target is not None else None
        if entity_type:
            for source in link.findall("source"):
                types[source.get("m_id", "")] = entity_type
    return types


def parse_entity_document(path: Path) -> EntityDoc:
    """One MEANTIME XML file as text and gold NAM entity mentions."""
    root = ElementTree.parse(path).getroot()
    text, offsets, sentence_ends = _rebuild_text(root)
    types = _mention_types(root)
    mentions: list[Mention] = []
    unscored: list[Span] = []
    annotated_end = 0
    for markable in root.iter("ENTITY_MENTION"):
        anchors = [a.get("t_id", "") for a in markable.findall("token_anchor")]
        spans = [offsets[t] for t in anchors if t in offsets]
        if not spans:
            continue
        annotated_end = max([annotated_end, *(sentence_ends[t] for t in anchors)])
        entity_type = types.get(markable.get("m_id", ""))
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if markable.get("syntactic_type") == "NAM" and entity_type in SCORED_TYPES:
            mentions.append(Mention(start, end, entity_type))
        else:
            unscored.append((start, end))
    mentions.sort(key=lambda m: (m.start_char, m.end_char))
    doc_id = root.get("doc_id", path.stem)
    return EntityDoc(doc_id, text, tuple(mentions), tuple(sorted(unscored)), annotated_end)


def load_entity_docs(data_dir: Path | None = None) -> list[EntityDoc]:
    """All shared (dev) MEANTIME articles, sorted by numeric document id."""
    root = require_dataset_dir("meantime", data_dir)
    paths = sorted(root.rglob("*.xml"), key=lambda p: (_doc_number(p), p.name))
    return [parse_entity_document(path) for path in paths]


# ----------------------------------------------------------------------------- scoring


def _span(mention: Mention) -> Span:
    return mention.start_char, mention.end_char


def match(
    gold: Sequence[Mention], predicted: Sequence[Mention], kind: str
) -> list[tuple[int, int]]:
    """(gold, predicted) index pairs of the same type, exact or overlapping spans, one to one."""
    scored = []
    for g, gold_mention in enumerate(gold):
        for p, mention in enumerate(predicted):
            if gold_mention.type != mention.type:
                continue
            if _span(gold_mention) == _span(mention):
                scored.append((1.0, g, p))
            elif kind == "overlap" and overlaps(_span(gold_mention), _span(mention)):
                scored.append((0.5, g, p))
    return [(g, p) for g, p, _ in greedy_one_to_one(scored, threshold=0.5)]


def _overlaps_any(span: Span, spans: Sequence[Span]) -> bool:
    return any(overlaps(span, other) for other in spans)


def scored_predictions(doc: EntityDoc, predicted: Sequence[Mention]) -> list[Mention]:
    """Predictions of a scored type in the annotated part, except those on an unscored gold
    mention only (a product name predicted as ORG, a name used as a premodifier)."""
    scored = [_span(m) for m in doc.mentions]
    return [
        m
        for m in predicted
        if m.type in SCORED_TYPES
        and m.start_char < doc.annotated_end
        and (_overlaps_any(_span(m), scored) or not _overlaps_any(_span(m), doc.unscored))
    ]


def unannotated(doc: EntityDoc, predicted: Sequence[Mention]) -> int:
    """How many scored predictions overlap no gold entity mention at all."""
    spans = [*(_span(m) for m in doc.mentions), *doc.unscored]
    return sum(1 for m in scored_predictions(doc, predicted) if not _overlaps_any(_span(m), spans))


def count_document(doc: EntityDoc, predicted: Sequence[Mention]) -> dict[str, dict[str, list[int]]]:
    """match kind -> type (and "all") -> [true positives, predicted, gold]."""
    gold = list(doc.mentions)
    predicted = scored_predictions(doc, predicted)
    counts: dict[str, dict[str, list[int]]] = {}
    for kind in MATCHES:
        matched = match(gold, predicted, kind)
        by_type = {t: [0, 0, 0] for t in (*SCORED_TYPES, "all")}
        for g, _ in matched:
            by_type[gold[g].type][0] += 1
        for m in predicted:
            by_type[m.type][1] += 1
        for m in gold:
            by_type[m.type][2] += 1
        by_type["all"] = [sum(by_type[t][i] for t in SCORED_TYPES) for i in range(3)]
        counts[kind] = by_type
    return counts


# ----------------------------------------------------------------------------- running

Predictor = Callable[[str], list[Mention]]


def pipeline_predictor(text: str) -> list[Mention]:
    """newsetl's real entity extraction, types mapped to MEANTIME's."""
    from flows.nlp import load_pipeline
    from transforms.entities import extract_entities
    from transforms.extract import sentence_indices

    doc = load_pipeline()(text)
    mentions, _ = extract_entities(doc, sentence_indices(doc))
    return [
        Mention(m.start_char, m.end_char, TYPE_OF[m.type]) for m in mentions if m.type in TYPE_OF
    ]


def _errors(doc: EntityDoc, predicted: Sequence[Mention], errors: dict[str, list[str]]) -> None:
    gold = list(doc.mentions)
    predicted = scored_predictions(doc, predicted)
    matched = match(gold, predicted, "exact")
    found_gold = {g for g, _ in matched}
    found_predicted = {p for _, p in matched}
    for p, m in enumerate(predicted):
        if p not in found_predicted:
            context = shorten(doc.text[max(0, m.start_char - 40) : m.end_char + 40])
            said = doc.text[m.start_char : m.end_char]
            errors["false_positive"].append(f"{doc.doc_id} [{said}] {m.type}: {context}")
    for g, m in enumerate(gold):
        if g not in found_gold:
            context = shorten(doc.text[max(0, m.start_char - 40) : m.end_char + 40])
            wanted = doc.text[m.start_char : m.end_char]
            errors["missed"].append(f"{doc.doc_id} [{wanted}] {m.type}: {context}")


def evaluate(
    docs: Sequence[EntityDoc], predict: Predictor = pipeline_predictor, max_errors: int = 0
) -> dict[str, Any]:
    """Score `predict` on `docs`; with `max_errors`, add that many error samples of each kind."""
    total = {kind: {t: [0, 0, 0] for t in (*SCORED_TYPES, "all")} for kind in MATCHES}
    errors: dict[str, list[str]] = {"false_positive": [], "missed": []}
    outside = 0
    for doc in docs:
        predicted = predict(doc.text)
        outside += unannotated(doc, predicted)
        for kind, by_type in count_document(doc, predicted).items():
            for entity_type, values in by_type.items():
                running = total[kind][entity_type]
                total[kind][entity_type] = [a + b for a, b in zip(running, values, strict=True)]
        if max_errors:
            _errors(doc, predicted, errors)
    report: dict[str, Any] = {"documents": len(docs)}
    for kind in MATCHES:
        report[kind] = {t: Prf(*values).as_dict() for t, values in total[kind].items()}
        tp, predicted_count, _ = total[kind]["all"]
        report[kind]["all"]["precision_on_annotated"] = ratio(tp, predicted_count - outside)
    report["unannotated_predictions"] = outside
    if max_errors:
        report["errors"] = {kind: found[:max_errors] for kind, found in errors.items()}
    return report


def format_report(report: dict[str, Any], title: str = "MEANTIME entity mentions (NAM) dev") -> str:
    lines = [f"{title} ({report['documents']} documents)"]
    for kind in MATCHES:
        lines.append(f"  {kind} spans, same type:")
        for entity_type, prf in report[kind].items():
            lines.append(
                f"    {entity_type:<4} P {prf['precision']:.3f}  R {prf['recall']:.3f}  "
                f"F1 {prf['f1']:.3f}  (tp {prf['true_positives']}, predicted "
                f"{prf['predicted']}, gold {prf['gold']})"
            )
        on_annotated = report[kind]["all"]["precision_on_annotated"]
        lines.append(f"    precision on predictions overlapping a gold mention: {on_annotated:.3f}")
    lines.append(
        f"  ({report['unannotated_predictions']} predictions overlap no gold mention: MEANTIME "
        "does not mark every name)"
    )
    return "\n".join(lines)


CLI = dev_part_cli(
    "evaluation.meantime_entities",
    "Score newsetl named-entity mentions against MEANTIME (shared dev part).",
    data_name="meantime",
    title="MEANTIME entity mentions (NAM)",
    load_dev=load_entity_docs,
    evaluate=lambda docs, max_errors: evaluate(docs, pipeline_predictor, max_errors=max_errors),
    format_report=format_report,
)
main = CLI.main


if __name__ == "__main__":
    raise SystemExit(main())
