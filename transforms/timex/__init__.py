"""Time expressions: find them in a spaCy doc and normalise them to TIMEX3 values.

`extract_timexes` is the entry point; `normalise` resolves the words of one expression and
`value_range` gives the days a TIMEX3 value covers. Behaviour and policies: docs/timex.md.
"""

from transforms.timex.calendar import Resolution, Tense, TimexSpan, value_range
from transforms.timex.document import extract_timexes
from transforms.timex.resolve import normalise

__all__ = ["Resolution", "Tense", "TimexSpan", "extract_timexes", "normalise", "value_range"]
