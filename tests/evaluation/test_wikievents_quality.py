"""Regression floors for events and participants on WikiEvents (shared dev split, 20 articles).

The floors sit about 0.02 below the scores measured when they were set, so that a change which
loses quality fails here while ordinary noise does not. Only KAIROS types with a sound PLOVER
counterpart are scored (see `evaluation.wikievents`); trigger recall is low because newsetl's
lexicon is political and small (no "explosion", "blast", "bombing" ...). Participant scores rest
on few matched triggers, so one event moves them by several points. The corpus is third-party
data that lives beside the repository on development and CI machines only; without it the test is
skipped.
"""

from __future__ import annotations

from typing import Any

import pytest

from evaluation.data import dataset_dir

pytestmark = [
    pytest.mark.evaluation,
    pytest.mark.skipif(
        dataset_dir("wikievents") is None,
        reason="../shared/data/wikievents not found: third-party evaluation data is only present "
        "on development/CI machines",
    ),
]

#: Measured on WikiEvents dev when the floors were set, minus about 0.02.
FLOORS = {
    # 0.583 (21 of 36): the noun triggers added in extractor 0.5.0 ("bombing", "killing") find
    # five more marked events and ten real ones KAIROS leaves unmarked (a list of past bombings).
    "trigger_precision": 0.56,
    "trigger_recall": 0.11,  # 0.129 (21 of 163)
    "typed_trigger_precision": 0.56,  # 0.583
    "actor_f1": 0.42,  # 0.444 (2 of 4 predicted, 2 of 5 gold)
    "target_f1": 0.68,  # 0.700 (7 of 8 predicted, 7 of 12 gold)
    # 0.364 (2 of 6 predicted, 2 of 5 gold): one "wrong" location is the city and street
    # around the cafe KAIROS marks as the place (newsetl's locations are geographic).
    "location_f1": 0.34,
}


@pytest.fixture(scope="module")
def wikievents_report() -> dict[str, Any]:
    from evaluation.wikievents import evaluate, load_wikievents

    return evaluate(load_wikievents())


def test_wikievents_event_scores_stay_above_their_floors(
    wikievents_report: dict[str, Any],
) -> None:
    measured = {
        "trigger_precision": wikievents_report["trigger"]["precision"],
        "trigger_recall": wikievents_report["trigger"]["recall"],
        "typed_trigger_precision": wikievents_report["trigger_typed"]["precision"],
        "actor_f1": wikievents_report["actor"]["f1"],
        "target_f1": wikievents_report["target"]["f1"],
        "location_f1": wikievents_report["location"]["f1"],
    }
    below = {
        name: (round(value, 3), FLOORS[name])
        for name, value in measured.items()
        if value < FLOORS[name]
    }
    assert not below, f"below floor (measured, floor): {below}"
