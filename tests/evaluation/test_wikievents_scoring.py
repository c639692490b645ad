"""WikiEvents loader and event scoring on a made-up document (tests/data/wikievents: invented
text in the corpus's format, no corpus text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from evaluation.meantime import PredictedEvent
from evaluation.wikievents import (
    WikiEventsDoc,
    evaluate,
    format_report,
    load_wikievents,
    plover_type,
    score_document,
)

_FIXTURE = Path(__file__).resolve().parents[1] / "data" / "wikievents"
_TEXT = "Rebels attacked Dorvik on Monday.\nThey were arrested in Almora.\nTwo guards died."


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.fixture(scope="module")
def doc() -> WikiEventsDoc:
    (loaded,) = load_wikievents(_FIXTURE)
    return loaded


def test_text_is_rebuilt_from_sentences_and_offsets_mapped(doc: WikiEventsDoc) -> None:
    assert doc.text == _TEXT
    triggers = [doc.text[s:e] for s, e in (event.trigger for event in doc.events)]
    assert triggers == ["attacked", "arrested", "died"]


def test_types_and_roles_are_mapped_and_arguments_expanded_by_coref(doc: WikiEventsDoc) -> None:
    attack, arrest, death = doc.events
    assert (attack.plover_type, arrest.plover_type, death.plover_type) == (
        "ASSAULT",
        "COERCE",
        None,
    )
    assert sorted(doc.text[s:e] for s, e in attack.participants["actor"]) == ["Rebels", "They"]
    assert [doc.text[s:e] for s, e in attack.participants["target"]] == ["Dorvik"]
    # The detainee "They" is coreferent with "Rebels": both count.
    assert sorted(doc.text[s:e] for s, e in arrest.participants["target"]) == ["Rebels", "They"]
    assert [doc.text[s:e] for s, e in arrest.participants["location"]] == ["Almora"]
    assert "actor" not in arrest.participants


def test_kairos_types_map_by_full_type_then_by_prefix() -> None:
    assert plover_type("Conflict.Attack.DetonateExplode") == "ASSAULT"
    assert plover_type("Contact.Contact.Meet") == "CONSULT"
    assert plover_type("Contact.Contact.Broadcast") is None
    assert plover_type("Life.Die.Unspecified") is None


def _predictions(text: str) -> list[PredictedEvent]:
    return [
        PredictedEvent(
            *_span(text, "attacked"),
            {
                "actor": (_span(text, "Rebels"),),
                "target": (_span(text, "Dorvik"),),
                "location": (_span(text, "Monday"),),  # gold has no place: a spurious one
            },
            event_type="ASSAULT",
        ),
        # Right trigger, wrong type; the target names the detainee through coreference.
        PredictedEvent(
            *_span(text, "arrested"),
            {"target": (_span(text, "Rebels"),), "location": (_span(text, "Almora"),)},
            event_type="ASSAULT",
        ),
        PredictedEvent(*_span(text, "died"), event_type="ASSAULT"),  # out-of-scope gold: ignored
        PredictedEvent(*_span(text, "Monday"), event_type="CONSULT"),  # a false trigger
        PredictedEvent(*_span(text, "Two"), event_type="SUPPORT"),  # type never scored
        # ACCUSE is scored only in the "legal" mode KAIROS charges map to, not as blame.
        PredictedEvent(*_span(text, "guards"), event_type="ACCUSE", event_mode="criticize"),
    ]


def test_score_document_counts_triggers_types_and_roles(doc: WikiEventsDoc) -> None:
    counts = score_document(doc.events, _predictions(doc.text))
    assert (counts.trigger_tp, counts.typed_tp, counts.predicted, counts.gold) == (2, 1, 3, 2)
    tallies = {
        role: (counts.role_tp[role], counts.role_predicted[role], counts.role_gold[role])
        for role in ("actor", "target", "location")
    }
    assert tallies == {"actor": (1, 1, 1), "target": (2, 2, 2), "location": (1, 2, 1)}


def test_evaluate_reports_and_samples_errors(doc: WikiEventsDoc) -> None:
    def predict(text: str, published: date | None) -> list[PredictedEvent]:
        return _predictions(text)

    report = evaluate([doc], predict, max_errors=5)
    assert report["trigger"]["precision"] == pytest.approx(2 / 3)
    assert report["trigger_typed"]["recall"] == 0.5
    assert report["target"]["f1"] == 1.0
    assert len(report["errors"]["false_trigger"]) == 1
    assert len(report["errors"]["spurious_location"]) == 1
    assert "trigger+type" in format_report(report)
