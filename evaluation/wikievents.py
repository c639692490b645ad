"""Evaluate event extraction against WikiEvents (Li, Ji & Han 2021; shared dev split).

What it does:
- `load_wikievents` reads `dev.jsonl` and the entity coreference clusters in
  `coref/dev.jsonlines` under the shared `wikievents` directory. The corpus's own `text` glues
  sentences together without a separator, so the text is rebuilt from the sentence texts joined
  by "\\n"; each token's offsets (given relative to its sentence) are moved onto that text.
- KAIROS event types are mapped to PLOVER types by `KAIROS_TO_PLOVER` and argument roles to
  newsetl's participant roles by `ROLE_TO_NEWSETL` (both below, with their reasons). Gold events
  of unmapped types are out of scope: they are not scored, and a prediction on one of their
  triggers is ignored rather than counted wrong (newsetl codes "killed" as ASSAULT, KAIROS as
  Life.Die, which is not an attack: a death from disease is one too). Likewise only predictions
  of a PLOVER type (and mode, where the mapping narrows it) some KAIROS type maps to are scored
  (WikiEvents has nothing like SUPPORT, and marks charges but not blame).
- An argument counts with every mention coreferent with it (the coref clusters), so a predicted
  participant is right when it overlaps the named mention, a pronoun or a description of the
  same entity.
- `evaluate` runs a predictor (by default the real pipeline, without a publication date: the
  corpus gives none) and scores:
  - triggers: a predicted trigger matches a gold event whose trigger tokens it overlaps (one to
    one, same-type pairs first). Type-agnostic P/R/F1 counts every match, type-exact only those
    whose PLOVER type equals the gold event's mapped type.
  - actor, target and location on matched triggers (type-agnostic matches): an event counts as
    predicted when it has that role, as gold when the gold event has an argument mapped to it,
    and as correct when a predicted participant overlaps a gold argument's mention or any
    mention coreferent with it.
- `python -m evaluation.wikievents [--limit N] [--json] [--errors K]` does both; `--errors`
  prints samples of false and missed triggers and of wrong, missed and spurious participants.

What it does not do: it never copies corpus text anywhere (error samples are printed, not
saved), does not read the held-out test split, does not score dates (no document dates),
KAIROS sub-types, arguments whose roles are not mapped (instruments, topics, artifacts ...), or
events of unmapped types; and it scores one actor/target/location per event, not every argument.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from evaluation.cli import dev_part_cli
from evaluation.data import require_dataset_dir
from evaluation.meantime import PredictedEvent, overlaps, overlaps_any, pipeline_predictor
from evaluation.scoring import Prf, greedy_one_to_one, shorten

Span = tuple[int, int]

#: KAIROS event type -> (PLOVER type, mode), looked up by the full type, then by its first two
#: parts. Only where the correspondence is sound; every other KAIROS type is out of scope. A mode
#: narrows a PLOVER type that is broader than the KAIROS one: only predictions of that mode are
#: scored (KAIROS marks charges, not blame, so an ACCUSE "blamed" is neither right nor wrong).
KAIROS_TO_PLOVER: dict[str, tuple[str, str | None]] = {
    # Every Attack sub-type (Unspecified, DetonateExplode, ...) is an attack: PLOVER ASSAULT.
    "Conflict.Attack": ("ASSAULT", None),
    # Demonstrations, violent or not: PLOVER PROTEST.
    "Conflict.Demonstrate": ("PROTEST", None),
    # A meeting is PLOVER CONSULT. Contact.Contact.Unspecified and .Broadcast are mostly
    # statements ("said", "declared"), which PLOVER does not code, so they are left out.
    "Contact.Contact.Meet": ("CONSULT", None),
    # Asking or ordering someone, in any medium: PLOVER REQUEST.
    "Contact.RequestCommand": ("REQUEST", None),
    # Threats and coercive warnings: PLOVER THREATEN.
    "Contact.ThreatenCoerce": ("THREATEN", None),
    # Arrest, jailing, detention: PLOVER COERCE.
    "Justice.ArrestJailDetain": ("COERCE", None),
    # Charging or indicting: PLOVER ACCUSE in newsetl's "legal" mode (not blame or criticism).
    "Justice.ChargeIndict": ("ACCUSE", "legal"),
    # Releasing a prisoner: PLOVER CONCEDE in "release" mode (not easing or apologising).
    "Justice.ReleaseParole": ("CONCEDE", "release"),
    # Leaving a post (resigning, being fired): newsetl's RESIGN.
    "Personnel.EndPosition": ("RESIGN", None),
}

#: KAIROS argument role -> the newsetl participant roles it is scored as. The doer of the event
#: is the actor, the one it is done to the target, the place the location. Meeting participants
#: are symmetric ("A met B" and "B met A"), so a Participant is gold for both actor and target.
#: Roles not listed (Instrument, ExplosiveDevice, Topic, Artifact, Employee ...) are not scored.
ROLE_TO_NEWSETL: dict[str, tuple[str, ...]] = {
    "Attacker": ("actor",),
    "Demonstrator": ("actor",),
    "Communicator": ("actor",),
    "Jailer": ("actor",),
    "Prosecutor": ("actor",),
    "JudgeCourt": ("actor",),
    "Participant": ("actor", "target"),
    "Target": ("target",),
    "Victim": ("target",),
    "Recipient": ("target",),
    "Detainee": ("target",),
    "Defendant": ("target",),
    "Place": ("location",),
}

ROLES = ("actor", "target", "location")
#: The (PLOVER type, mode) pairs a prediction must have to be scored; mode None: any mode.
SCORED_TYPES = frozenset(KAIROS_TO_PLOVER.values())


def plover_type(kairos_type: str) -> str | None:
    """The PLOVER type a KAIROS type maps to, or None when it is out of scope."""
    coded = KAIROS_TO_PLOVER.get(kairos_type) or KAIROS_TO_PLOVER.get(
        ".".join(kairos_type.split(".")[:2])
    )
    return coded[0] if coded else None


def in_scope(event: PredictedEvent) -> bool:
    """Whether a prediction's type (and mode, where the mapping names one) is scored."""
    coded = (event.event_type or "", event.event_mode)
    return (coded[0], None) in SCORED_TYPES or coded in SCORED_TYPES


@dataclass(frozen=True)
class GoldEvent:
    """One gold event: KAIROS type, its PLOVER type (None: out of scope), trigger span, and for
    each newsetl role the spans of its arguments' mentions and their coreferent mentions."""

    kairos_type: str
    plover_type: str | None
    trigger: Span
    participants: dict[str, tuple[Span, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class WikiEventsDoc:
    doc_id: str
    text: str
    events: tuple[GoldEvent, ...]

    @property
    def scored_events(self) -> tuple[GoldEvent, ...]:
        return tuple(e for e in self.events if e.plover_type is not None)


@dataclass
class Counts:
    """Raw counts, summed over documents."""

    trigger_tp: int = 0
    typed_tp: int = 0
    predicted: int = 0
    gold: int = 0
    role_tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    role_predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    role_gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))

    def add(self, other: Counts) -> None:
        self.trigger_tp += other.trigger_tp
        self.typed_tp += other.typed_tp
        self.predicted += other.predicted
        self.gold += other.gold
        for role in ROLES:
            self.role_tp[role] += other.role_tp[role]
            self.role_predicted[role] += other.role_predicted[role]
            self.role_gold[role] += other.role_gold[role]


# ----------------------------------------------------------------------------- loading


def _rebuild_text(sentences: list[Any]) -> tuple[str, list[Span]]:
    """Sentence texts joined by "\\n", and every token's span in that text (document order).
    The corpus gives token offsets into a text that differs from its own `text` field, but
    relative to the sentence's first token they hold."""
    pieces: list[str] = []
    spans: list[Span] = []
    cursor = 0
    for tokens, sentence_text in sentences:
        if pieces:
            pieces.append("\n")
            cursor += 1
        first = tokens[0][1] if tokens else 0
        spans.extend((cursor + start - first, cursor + end - first) for _, start, end in tokens)
        pieces.append(sentence_text)
        cursor += len(sentence_text)
    return "".join(pieces), spans


def _char_span(token_spans: list[Span], start: int, end: int) -> Span:
    """Character span of document tokens [start, end)."""
    return token_spans[start][0], token_spans[end - 1][1]


def _coreferent(clusters: Iterable[Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """Entity mention id -> every mention id of its cluster (itself included)."""
    members: dict[str, tuple[str, ...]] = {}
    for cluster in clusters:
        for mention_id in cluster:
            members[mention_id] = tuple(cluster)
    return members


def parse_document(record: dict[str, Any], clusters: Iterable[Sequence[str]] = ()) -> WikiEventsDoc:
    """One WikiEvents JSON record (with its coref clusters) as text and gold events."""
    text, token_spans = _rebuild_text(record["sentences"])
    mention_spans = {
        m["id"]: _char_span(token_spans, m["start"], m["end"]) for m in record["entity_mentions"]
    }
    coreferent = _coreferent(clusters)
    events: list[GoldEvent] = []
    for mention in record["event_mentions"]:
        trigger = mention["trigger"]
        by_role: dict[str, list[Span]] = {}
        for argument in mention["arguments"]:
            entity_id = argument["entity_id"]
            spans = [
                mention_spans[m]
                for m in coreferent.get(entity_id, (entity_id,))
                if m in mention_spans
            ]
            for role in ROLE_TO_NEWSETL.get(argument["role"], ()):
                by_role.setdefault(role, []).extend(spans)
        events.append(
            GoldEvent(
                kairos_type=mention["event_type"],
                plover_type=plover_type(mention["event_type"]),
                trigger=_char_span(token_spans, trigger["start"], trigger["end"]),
                participants={role: tuple(dict.fromkeys(s)) for role, s in by_role.items()},
            )
        )
    return WikiEventsDoc(record["doc_id"], text, tuple(events))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_wikievents(data_dir: Path | None = None) -> list[WikiEventsDoc]:
    """The shared WikiEvents dev documents, in file order."""
    root = require_dataset_dir("wikievents", data_dir)
    coref_path = root / "coref" / "dev.jsonlines"
    clusters = {
        row["doc_key"]: row["clusters"]
        for row in (_read_jsonl(coref_path) if coref_path.exists() else [])
    }
    return [
        parse_document(record, clusters.get(record["doc_id"], ()))
        for record in _read_jsonl(root / "dev.jsonl")
    ]


# ----------------------------------------------------------------------------- scoring


def _trigger_span(event: PredictedEvent) -> Span:
    return event.start_char, event.end_char


def scored_predictions(
    gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]
) -> list[PredictedEvent]:
    """The predictions that are scored: of a type (and mode) some KAIROS type maps to, not on the
    trigger of an out-of-scope gold event only (that event's type is not scored here)."""
    scored = []
    for event in predicted:
        if not in_scope(event):
            continue
        hits = [g for g in gold if overlaps(g.trigger, _trigger_span(event))]
        if hits and all(g.plover_type is None for g in hits):
            continue
        scored.append(event)
    return scored


def match_triggers(
    gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]
) -> list[tuple[int, int, bool]]:
    """(gold index, predicted index, same type) for overlapping triggers, one to one, pairs of
    the same type first. `gold` should hold only scored (mapped) events."""
    scored = [
        (2.0 if gold_event.plover_type == event.event_type else 1.0, g, p)
        for g, gold_event in enumerate(gold)
        for p, event in enumerate(predicted)
        if overlaps(gold_event.trigger, _trigger_span(event))
    ]
    return [(g, p, score == 2.0) for g, p, score in greedy_one_to_one(scored, threshold=1.0)]


def score_document(gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]) -> Counts:
    """Trigger and role counts for one document (`gold`: all its events, in scope or not)."""
    in_scope = [g for g in gold if g.plover_type is not None]
    scored = scored_predictions(gold, predicted)
    counts = Counts(predicted=len(scored), gold=len(in_scope))
    for g, p, same_type in match_triggers(in_scope, scored):
        counts.trigger_tp += 1
        counts.typed_tp += same_type
        for role in ROLES:
            gold_spans = in_scope[g].participants.get(role, ())
            predicted_spans = scored[p].participants.get(role, ())
            counts.role_gold[role] += bool(gold_spans)
            counts.role_predicted[role] += bool(predicted_spans)
            counts.role_tp[role] += overlaps_any(predicted_spans, gold_spans)
    return counts


def report_from(counts: Counts, documents: int) -> dict[str, Any]:
    report: dict[str, Any] = {
        "documents": documents,
        "trigger": Prf(counts.trigger_tp, counts.predicted, counts.gold).as_dict(),
        "trigger_typed": Prf(counts.typed_tp, counts.predicted, counts.gold).as_dict(),
    }
    for role in ROLES:
        report[role] = Prf(
            counts.role_tp[role], counts.role_predicted[role], counts.role_gold[role]
        ).as_dict()
    return report


# ----------------------------------------------------------------------------- running

Predictor = Callable[[str, date | None], list[PredictedEvent]]


def _texts(text: str, spans: Sequence[Span]) -> str:
    return " | ".join(text[s:e] for s, e in spans) or "-"


def _error_samples(
    doc: WikiEventsDoc, predicted: Sequence[PredictedEvent], errors: dict[str, list[str]]
) -> None:
    gold = doc.scored_events
    scored = scored_predictions(doc.events, predicted)
    matches = match_triggers(gold, scored)
    matched_gold = {g: p for g, p, _ in matches}
    matched_predicted = {p for _, p, _ in matches}

    def context(span: Span) -> str:
        return shorten(doc.text[max(0, span[0] - 70) : span[1] + 70])

    for p, event in enumerate(scored):
        if p not in matched_predicted:
            span = _trigger_span(event)
            errors["false_trigger"].append(
                f"{doc.doc_id} [{doc.text[span[0] : span[1]]}] {event.event_type}: {context(span)}"
            )
    for g, gold_event in enumerate(gold):
        trigger = doc.text[gold_event.trigger[0] : gold_event.trigger[1]]
        head = f"{doc.doc_id} [{trigger}] {gold_event.kairos_type}"
        if g not in matched_gold:
            errors["missed_trigger"].append(f"{head}: {context(gold_event.trigger)}")
            continue
        event = scored[matched_gold[g]]
        for role in ROLES:
            wanted = gold_event.participants.get(role, ())
            said = event.participants.get(role, ())
            if said and wanted and not overlaps_any(said, wanted):
                kind = f"wrong_{role}"
            elif wanted and not said:
                kind = f"missed_{role}"
            elif said and not wanted:
                kind = f"spurious_{role}"
            else:
                continue
            errors[kind].append(
                f"{head} said {_texts(doc.text, said)!r} gold {_texts(doc.text, wanted)!r}: "
                f"{context(gold_event.trigger)}"
            )


def evaluate(
    docs: Sequence[WikiEventsDoc], predict: Predictor = pipeline_predictor, max_errors: int = 0
) -> dict[str, Any]:
    """Score `predict` on `docs`; with `max_errors`, add that many error samples of each kind."""
    total = Counts()
    kinds = ["false_trigger", "missed_trigger"] + [
        f"{kind}_{role}" for role in ROLES for kind in ("wrong", "missed", "spurious")
    ]
    errors: dict[str, list[str]] = {kind: [] for kind in kinds}
    for doc in docs:
        predicted = predict(doc.text, None)
        total.add(score_document(doc.events, predicted))
        if max_errors:
            _error_samples(doc, predicted, errors)
    report = report_from(total, len(docs))
    if max_errors:
        report["errors"] = {kind: found[:max_errors] for kind, found in errors.items()}
    return report


def format_report(report: dict[str, Any], title: str = "WikiEvents dev") -> str:
    lines = [f"{title} ({report['documents']} documents; mapped KAIROS types only)"]
    rows = (
        ("trigger", "trigger"),
        ("trigger_typed", "trigger+type"),
        ("actor", "actor"),
        ("target", "target"),
        ("location", "location"),
    )
    for key, label in rows:
        prf = report[key]
        lines.append(
            f"  {label:<13} P {prf['precision']:.3f}  R {prf['recall']:.3f}  F1 {prf['f1']:.3f}"
            f"  (tp {prf['true_positives']}, predicted {prf['predicted']}, gold {prf['gold']})"
        )
    lines.append("  (actor/target/location are scored on matched triggers only)")
    return "\n".join(lines)


CLI = dev_part_cli(
    "evaluation.wikievents",
    "Score newsetl events and participants against WikiEvents (shared dev split).",
    data_name="wikievents",
    title="WikiEvents",
    load_dev=load_wikievents,
    evaluate=lambda docs, max_errors: evaluate(docs, pipeline_predictor, max_errors=max_errors),
    format_report=format_report,
)
main = CLI.main


if __name__ == "__main__":
    raise SystemExit(main())
