"""Progress reporting from the flow to whoever started it (the CLI's progress bar).

The flow calls `report(...)` after each batch; by default nothing listens. The CLI installs a
listener for the duration of a run. Kept out of the flow's parameters on purpose: parameters are
sent to the Prefect server and must stay plain data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    files_total: int
    files_started: int
    records_read: int
    articles_loaded: int
    articles_unchanged: int
    records_rejected: int


Listener = Callable[[Progress], None]
_listeners: list[Listener] = []


def report(progress: Progress) -> None:
    for listener in list(_listeners):
        listener(progress)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)
