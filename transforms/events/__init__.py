"""Events: who did what to whom, where and when, coded to PLOVER types.

`extract_events` is the entry point; `EventSpan` is the row it returns, with its `Participant`s.
The behaviour is specified in `docs/events.md`; each module's docstring says which part it
holds.
"""

from transforms.events.extract import extract_events
from transforms.events.spans import EventSpan, Participant

__all__ = ["EventSpan", "Participant", "extract_events"]
