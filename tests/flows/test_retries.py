"""Retries: transient warehouse failures are retried, bad data never is."""

from __future__ import annotations

import pytest
from prefect.states import Completed, Failed

from flows.ingest import is_transient_failure, load_batch, triage_batch
from warehouse.connection import QueryError, WarehouseIOError, WarehouseLockedError


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (WarehouseLockedError("held"), True),
        (WarehouseIOError("disk"), True),
        (OSError("no space left on device"), True),
        (ValueError("bad data"), False),
        (QueryError("duplicate key"), False),
    ],
)
def test_only_transient_failures_are_retried(error: Exception, retried: bool) -> None:
    state = Failed(data=error)
    assert is_transient_failure(load_batch, None, state) is retried  # type: ignore[arg-type]


def test_completed_state_is_not_retried() -> None:
    assert is_transient_failure(load_batch, None, Completed(data=None)) is False  # type: ignore[arg-type]


def test_warehouse_tasks_retry_with_backoff() -> None:
    for task in (triage_batch, load_batch):
        assert task.retries == 3
        assert task.retry_delay_seconds == [1, 5, 15]
        assert task.retry_condition_fn is is_transient_failure
