"""Evaluate event extraction against MEANTIME (NewsReader English Wikinews, shared dev part).

What it does:
- `load_meantime` reads every article under the shared `meantime` directory: the text rebuilt by
  joining each sentence's tokens with spaces (sentences separated by a blank line) with a
  token -> character map, the document creation time (DCT, the CREATION_TIME TIMEX3), the gold
  EVENT_MENTIONs, their HAS_PARTICIPANT Arg0/Arg1 targets that are ENTITY_MENTIONs, and the
  day-level date each event is anchored to by a TLINK (event IS_INCLUDED in / SIMULTANEOUS with /
  IDENTITY to a TIMEX3 whose value is YYYY-MM-DD, the DCT included).
- Only the annotated part is scored: MEANTIME annotates the first sentences of long articles, so
  predicted events after the last sentence holding a gold event are ignored.
- `evaluate` runs a predictor (by default the real pipeline: parse, entities, time expressions
  and events, with the DCT as publication date) and scores:
  - triggers: a predicted trigger matches a gold EVENT_MENTION whose tokens it overlaps (one to
    one). MEANTIME annotates ALL events (say, rise, sale ...), newsetl only PLOVER-style political
    events, so trigger recall is low by design; trigger precision is the informative number.
  - Arg0 (actor) and Arg1 (target), on matched triggers only: an event counts as predicted when
    it has an actor (target), as gold when the gold mention has an Arg0 (Arg1) entity target, and
    as correct when a predicted actor (target) mention overlaps a gold Arg0 (Arg1) target.
  - dates: on matched triggers where both a predicted event_date and a gold anchored date exist,
    how often they are equal, overall and by `date_source`; and how many matched events with a
    gold anchored date got no event_date.
- `python -m evaluation.meantime [--limit N] [--json] [--errors K]` does both.

What it does not do: it never copies corpus text anywhere (error samples are printed, not
saved), does not read the held-out part, does not score event types (MEANTIME has no PLOVER
types), locations, or participants that are events or values rather than entity mentions, and
does not use entity or event coreference (a participant named elsewhere in the article is wrong).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from evaluation.cli import dev_part_cli
from evaluation.data import require_dataset_dir
from evaluation.scoring import Prf, greedy_one_to_one, ratio, shorten
from transforms.events import Participant

Span = tuple[int, int]

#: TLINK relations (event -> timex) that put the event on the timex's day.
_ANCHORING = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "IDENTITY", "DURING"})
#: The same relations seen from the timex (timex -> event).
_ANCHORING_INVERSE = frozenset({"INCLUDES", "SIMULTANEOUS", "IDENTITY", "DURING_INV"})
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ROLES = ("Arg0", "Arg1")
#: newsetl participant role scored against each MEANTIME role.
ROLE_OF = {"Arg0": "actor", "Arg1": "target"}


@dataclass(frozen=True)
class GoldEvent:
    """One gold EVENT_MENTION: its token spans, participant spans by role, anchored day."""

    spans: tuple[Span, ...]
    participants: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    anchored_date: date | None = None


@dataclass(frozen=True)
class PredictedEvent:
    """One predicted event reduced to what MEANTIME can score."""

    start_char: int
    end_char: int
    participants: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    event_date: date | None = None
    date_source: str | None = None
    #: The PLOVER type and mode (MEANTIME does not score them; WikiEvents does).
    event_type: str | None = None
    event_mode: str | None = None


@dataclass(frozen=True)
class MeantimeDoc:
    doc_id: str
    text: str
    dct: date | None
    events: tuple[GoldEvent, ...]
    #: End of the last sentence with a gold event: MEANTIME annotates only the first sentences
    #: of long articles, so predictions after this offset are not scored.
    annotated_end: int = 0


@dataclass
class Counts:
    """Raw counts, summed over documents."""

    trigger_tp: int = 0
    predicted: int = 0
    gold: int = 0
    role_tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    role_predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    role_gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    dates_compared: int = 0
    dates_equal: int = 0
    dates_missing: int = 0
    by_source: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        self.trigger_tp += other.trigger_tp
        self.predicted += other.predicted
        self.gold += other.gold
        for role in ROLES:
            self.role_tp[role] += other.role_tp[role]
            self.role_predicted[role] += other.role_predicted[role]
            self.role_gold[role] += other.role_gold[role]
        self.dates_compared += other.dates_compared
        self.dates_equal += other.dates_equal
        self.dates_missing += other.dates_missing
        for source, (equal, compared) in other.by_source.items():
            mine = self.by_source.setdefault(source, [0, 0])
            mine[0] += equal
            mine[1] += compared


# ----------------------------------------------------------------------------- loading


def _day(value: str | None) -> date | None:
    if not value or not _DAY_VALUE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _rebuild_text(root: ElementTree.Element) -> tuple[str, dict[str, Span], dict[str, int]]:
    """Tokens joined by spaces within a sentence, sentences by a blank line; t_id -> char span,
    and t_id -> end offset of its sentence."""
    sentences: dict[int, list[tuple[str, str]]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(
            (token.get("t_id", ""), token.text or "")
        )
    pieces: list[str] = []
    offsets: dict[str, Span] = {}
    sentence_ends: dict[str, int] = {}
    cursor = 0
    for number in sorted(sentences):
        if pieces:
            pieces.append("\n\n")
            cursor += 2
        for position, (t_id, word) in enumerate(sentences[number]):
            if position:
                pieces.append(" ")
                cursor += 1
            offsets[t_id] = (cursor, cursor + len(word))
            pieces.append(word)
            cursor += len(word)
        sentence_ends.update((t_id, cursor) for t_id, _ in sentences[number])
    return "".join(pieces), offsets, sentence_ends


def _anchored_dates(
    relations: ElementTree.Element | None, day_timexes: dict[str, date]
) -> dict[str, date]:
    """Event m_id -> the day a TLINK puts it on."""
    anchored: dict[str, date] = {}
    if relations is None:
        return anchored
    for link in relations.iter("TLINK"):
        source = link.find("source")
        target = link.find("target")
        if source is None or target is None:
            continue
        source_id, target_id = source.get("m_id", ""), target.get("m_id", "")
        reltype = link.get("reltype", "")
        if reltype in _ANCHORING and target_id in day_timexes:
            anchored.setdefault(source_id, day_timexes[target_id])
        elif reltype in _ANCHORING_INVERSE and source_id in day_timexes:
            anchored.setdefault(target_id, day_timexes[source_id])
    return anchored


def _participants(
    relations: ElementTree.Element | None, entity_spans: dict[str, tuple[Span, ...]]
) -> dict[str, dict[str, list[Span]]]:
    """Event m_id -> role -> spans of its Arg0/Arg1 entity-mention targets."""
    found: dict[str, dict[str, list[Span]]] = {}
    if relations is None:
        return found
    for link in relations.iter("HAS_PARTICIPANT"):
        role = link.get("sem_role", "")
        source = link.find("source")
        target = link.find("target")
        if role not in ROLES or source is None or target is None:
            continue
        spans = entity_spans.get(target.get("m_id", ""))
        if spans:
            by_role = found.setdefault(source.get("m_id", ""), {})
            by_role.setdefault(role, []).extend(spans)
    return found


def parse_document(path: Path) -> MeantimeDoc:
    """One MEANTIME XML file as text, DCT and gold events."""
    root = ElementTree.parse(path).getroot()
    text, offsets, sentence_ends = _rebuild_text(root)
    markables = root.find("Markables")
    relations = root.find("Relations")
    mention_spans: dict[str, tuple[Span, ...]] = {}
    entity_spans: dict[str, tuple[Span, ...]] = {}
    day_timexes: dict[str, date] = {}
    event_ids: list[str] = []
    annotated_end = 0
    dct: date | None = None
    for markable in markables if markables is not None else []:
        m_id = markable.get("m_id", "")
        anchors = [a.get("t_id", "") for a in markable.findall("token_anchor")]
        spans = tuple(offsets[t] for t in anchors if t in offsets)
        if markable.tag == "TIMEX3":
            day = _day(markable.get("value"))
            if day is not None:
                day_timexes[m_id] = day
            if markable.get("functionInDocument") == "CREATION_TIME":
                dct = day
        elif markable.tag == "EVENT_MENTION" and spans:
            mention_spans[m_id] = spans
            event_ids.append(m_id)
            annotated_end = max([annotated_end, *(sentence_ends[t] for t in anchors)])
        elif markable.tag == "ENTITY_MENTION" and spans:
            entity_spans[m_id] = spans
    anchored = _anchored_dates(relations, day_timexes)
    participants = _participants(relations, entity_spans)
    events = tuple(
        GoldEvent(
            spans=mention_spans[m_id],
            participants={role: tuple(spans) for role, spans in participants.get(m_id, {}).items()},
            anchored_date=anchored.get(m_id),
        )
        for m_id in event_ids
    )
    return MeantimeDoc(root.get("doc_id", path.stem), text, dct, events, annotated_end)


def _doc_number(path: Path) -> int:
    prefix = path.name.split("_", 1)[0]
    return int(prefix) if prefix.isdigit() else 0


def load_meantime(data_dir: Path | None = None) -> list[MeantimeDoc]:
    """All shared (dev) MEANTIME articles, sorted by numeric document id."""
    root = require_dataset_dir("meantime", data_dir)
    paths = sorted(root.rglob("*.xml"), key=lambda p: (_doc_number(p), p.name))
    return [parse_document(path) for path in paths]


# ----------------------------------------------------------------------------- scoring


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def overlaps_any(spans: Sequence[Span], targets: Sequence[Span]) -> bool:
    return any(overlaps(s, t) for s in spans for t in targets)


def match_triggers(
    gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]
) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs whose trigger overlaps gold tokens, one to one."""
    scored = [
        (1.0, g, p)
        for g, gold_event in enumerate(gold)
        for p, event in enumerate(predicted)
        if overlaps_any(gold_event.spans, [(event.start_char, event.end_char)])
    ]
    return [(g, p) for g, p, _ in greedy_one_to_one(scored, threshold=1.0)]


def score_document(gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]) -> Counts:
    """Trigger, Arg0/Arg1 and date counts for one document."""
    counts = Counts(predicted=len(predicted), gold=len(gold))
    for g, p in match_triggers(gold, predicted):
        counts.trigger_tp += 1
        gold_event, event = gold[g], predicted[p]
        for role in ROLES:
            gold_spans = gold_event.participants.get(role, ())
            predicted_spans = event.participants.get(ROLE_OF[role], ())
            counts.role_gold[role] += bool(gold_spans)
            counts.role_predicted[role] += bool(predicted_spans)
            counts.role_tp[role] += overlaps_any(predicted_spans, gold_spans)
        if gold_event.anchored_date is not None and event.event_date is None:
            counts.dates_missing += 1
        if gold_event.anchored_date is not None and event.event_date is not None:
            equal = gold_event.anchored_date == event.event_date
            counts.dates_compared += 1
            counts.dates_equal += equal
            by_source = counts.by_source.setdefault(event.date_source or "unknown", [0, 0])
            by_source[0] += equal
            by_source[1] += 1
    return counts


def report_from(counts: Counts, documents: int) -> dict[str, Any]:
    return {
        "documents": documents,
        "trigger": Prf(counts.trigger_tp, counts.predicted, counts.gold).as_dict(),
        "arg0": Prf(
            counts.role_tp["Arg0"], counts.role_predicted["Arg0"], counts.role_gold["Arg0"]
        ).as_dict(),
        "arg1": Prf(
            counts.role_tp["Arg1"], counts.role_predicted["Arg1"], counts.role_gold["Arg1"]
        ).as_dict(),
        "date_accuracy": ratio(counts.dates_equal, counts.dates_compared),
        "dates_compared": counts.dates_compared,
        "dates_missing": counts.dates_missing,
        "date_accuracy_by_source": {
            source: {"accuracy": ratio(equal, compared), "compared": compared}
            for source, (equal, compared) in sorted(counts.by_source.items())
        },
    }


# ----------------------------------------------------------------------------- running

Predictor = Callable[[str, date | None], list[PredictedEvent]]


def _surface(participant: Participant) -> Span:
    """Where the participant is written: the pronoun or description when one was resolved
    (MEANTIME marks "he" / "the company" as the participant, not the earlier name)."""
    if participant.start_char is not None and participant.end_char is not None:
        return participant.start_char, participant.end_char
    return participant.mention.start_char, participant.mention.end_char


def pipeline_predictor(text: str, published: date | None) -> list[PredictedEvent]:
    """newsetl's real extraction: parse, entities, time expressions, events."""
    from flows.nlp import load_pipeline
    from transforms.entities import extract_entities
    from transforms.events import extract_events
    from transforms.extract import sentence_indices
    from transforms.timex import extract_timexes

    doc = load_pipeline()(text)
    sentences = sentence_indices(doc)
    mentions, _ = extract_entities(doc, sentences)
    timexes = extract_timexes(doc, published, sentences)
    predicted = []
    for event in extract_events(doc, sentences, mentions, timexes, published):
        roles: dict[str, list[Span]] = {}
        for participant in event.participants:
            roles.setdefault(participant.role, []).append(_surface(participant))
        predicted.append(
            PredictedEvent(
                event.start_char,
                event.end_char,
                {role: tuple(spans) for role, spans in roles.items()},
                event.event_date,
                event.date_source,
                event.event_type,
                event.mode,
            )
        )
    return predicted


def _error_samples(
    doc: MeantimeDoc, predicted: Sequence[PredictedEvent], errors: dict[str, list[str]]
) -> None:
    matched = dict((p, g) for g, p in match_triggers(doc.events, predicted))
    for p, event in enumerate(predicted):
        context = shorten(doc.text[max(0, event.start_char - 60) : event.end_char + 60])
        trigger = doc.text[event.start_char : event.end_char]
        if p not in matched:
            errors["false_trigger"].append(f"{doc.doc_id} [{trigger}] {context}")
            continue
        gold = doc.events[matched[p]]
        if gold.anchored_date and event.event_date and gold.anchored_date != event.event_date:
            errors["wrong_date"].append(
                f"{doc.doc_id} [{trigger}] predicted {event.event_date} ({event.date_source}) "
                f"gold {gold.anchored_date}: {context}"
            )
        if gold.anchored_date and event.event_date is None:
            errors["undated"].append(
                f"{doc.doc_id} [{trigger}] gold {gold.anchored_date}: {context}"
            )
        gold_actor = gold.participants.get("Arg0", ())
        actor = event.participants.get("actor", ())
        if actor and gold_actor and not overlaps_any(actor, gold_actor):
            said = ", ".join(doc.text[s:e] for s, e in actor)
            wanted = ", ".join(doc.text[s:e] for s, e in gold_actor)
            errors["wrong_actor"].append(f"{doc.doc_id} [{trigger}] {said} != {wanted}")


def evaluate(
    docs: Sequence[MeantimeDoc], predict: Predictor = pipeline_predictor, max_errors: int = 0
) -> dict[str, Any]:
    """Score `predict` on `docs`; with `max_errors`, add that many error samples of each kind."""
    total = Counts()
    errors: dict[str, list[str]] = {
        "false_trigger": [],
        "wrong_actor": [],
        "wrong_date": [],
        "undated": [],
    }
    for doc in docs:
        predicted = [
            event for event in predict(doc.text, doc.dct) if event.start_char < doc.annotated_end
        ]
        total.add(score_document(doc.events, predicted))
        if max_errors:
            _error_samples(doc, predicted, errors)
    report = report_from(total, len(docs))
    if max_errors:
        report["errors"] = {kind: found[:max_errors] for kind, found in errors.items()}
    return report


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(report: dict[str, Any], title: str = "MEANTIME dev") -> str:
    lines = [f"{title} ({report['documents']} documents)"]
    for key, label in (("trigger", "trigger"), ("arg0", "Arg0/actor"), ("arg1", "Arg1/target")):
        prf = report[key]
        lines.append(
            f"  {label:<12} P {prf['precision']:.3f}  R {prf['recall']:.3f}  F1 {prf['f1']:.3f}"
            f"  (tp {prf['true_positives']}, predicted {prf['predicted']}, gold {prf['gold']})"
        )
    lines.append(
        "  (trigger recall is low by design: MEANTIME annotates every event, newsetl only "
        "PLOVER-style political ones)"
    )
    lines.append(
        f"  event_date = gold anchor: {_fmt(report['date_accuracy'])} "
        f"of {report['dates_compared']} compared "
        f"({report['dates_missing']} gold-anchored matched events left undated)"
    )
    for source, row in report["date_accuracy_by_source"].items():
        lines.append(f"    {source:<12} {_fmt(row['accuracy'])} of {row['compared']}")
    return "\n".join(lines)


CLI = dev_part_cli(
    "evaluation.meantime",
    "Score newsetl event extraction against MEANTIME (shared dev part).",
    data_name="meantime",
    title="MEANTIME",
    load_dev=load_meantime,
    evaluate=lambda docs, max_errors: evaluate(docs, pipeline_predictor, max_errors=max_errors),
    format_report=format_report,
)
main = CLI.main


if __name__ == "__main__":
    raise SystemExit(main())
