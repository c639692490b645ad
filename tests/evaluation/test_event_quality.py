"""Regression floors for event extraction on MEANTIME (shared dev part, 84 Wikinews articles).

The floors sit about 0.02 below the scores measured when they were set, so that a change which
loses quality fails here while ordinary noise does not. Trigger recall is low by design (MEANTIME
annotates every event, newsetl only PLOVER-style political ones), so its floor only guards
against losing triggers altogether. The corpus is third-party data that lives beside the
repository on development and CI machines only; without it the test is skipped.
"""

from __future__ import annotations

from typing import Any

import pytest

from evaluation.data import dataset_dir

pytestmark = [
    pytest.mark.evaluation,
    pytest.mark.skipif(
        dataset_dir("meantime") is None,
        reason="../shared/data/meantime not found: third-party evaluation data is only present "
        "on development/CI machines",
    ),
]

#: Measured on MEANTIME dev when the floors were set, minus about 0.02.
FLOORS = {
    # 0.754 (49 of 65; several false ones are real but unmarked; three warnings about
    # conditions, events to MEANTIME, are no threats since extractor 0.6.0)
    "trigger_precision": 0.73,
    "trigger_recall": 0.007,  # 0.026 (49 of 1,868: by design)
    # 0.704 (19 of 30 predicted, 24 gold): a blank line ends a sentence, so MEANTIME's
    # sentences (blank-line separated) are parsed one by one.
    "arg0_f1": 0.68,
    # 0.462 (6 of 15 predicted, 11 gold)
    "arg1_f1": 0.44,
    # Only 1 matched event has both a predicted and a gold anchored date: one error fails.
    "date_accuracy": 0.98,  # 1.000
}


@pytest.fixture(scope="module")
def meantime_report() -> dict[str, Any]:
    from evaluation.meantime import evaluate, load_meantime

    return evaluate(load_meantime())


def test_meantime_event_scores_stay_above_their_floors(meantime_report: dict[str, Any]) -> None:
    measured = {
        "trigger_precision": meantime_report["trigger"]["precision"],
        "trigger_recall": meantime_report["trigger"]["recall"],
        "arg0_f1": meantime_report["arg0"]["f1"],
        "arg1_f1": meantime_report["arg1"]["f1"],
        "date_accuracy": meantime_report["date_accuracy"] or 0.0,
    }
    below = {
        name: (round(value, 3), FLOORS[name])
        for name, value in measured.items()
        if value < FLOORS[name]
    }
    assert not below, f"below floor (measured, floor): {below}"
