"""The dateline that opens wire copy: "KORVALA, March 11 (Wire) - ", "LONDON (Reuters) - ".

It says where and when the report was filed, not who did what: the parser hangs it on the first
sentence's verb, so without this "KORVALA" became the actor of "Veridian troops seized a customs
post" and "March 11" its date, and the dateline was part of a reported statement's words.
`dateline_end` finds where it ends, so that events and quotes start after it.

Does not: find datelines anywhere but at the start of the text, or read the place and date in it
(`transforms.entities` finds the place as an entity).
"""

from __future__ import annotations

import re

# An ALL-CAPS place, an optional ", qualifier" (a date or a region), an optional "(Agency)",
# then a dash (AP writes "_").
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z'.]{2,}(?:[ -][A-Z][A-Z'.]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[\w.]+){0,3})?"
    r"(?:[ \t]*\([^)\n]{1,40}\))?"
    r"[ \t]+(?:-{1,2}|[–—_])[ \t]+"
)


def dateline_end(text: str) -> int:
    """The character offset where the text's opening dateline ends, or 0 when it has none."""
    match = _DATELINE.match(text)
    return match.end() if match else 0
