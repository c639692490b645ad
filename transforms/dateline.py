"""Datelines, the place (and date) that opens wire copy: "KORVALA, March 11 (Wire) - ",
"LONDON (Reuters) - ", "LONDON 1996-08-30".

It says where and when the report was filed, not who did what: the parser hangs it on the first
sentence's verb, so without this "KORVALA" became the actor of "Veridian troops seized a customs
post" and "March 11" its date, and the dateline was part of a reported statement's words.
`dateline_end` finds where the text's dateline ends, so that events and quotes start after it;
`dateline_place` and `is_dateline_place` find a dateline's place at the start of any line of a
parsed doc (CoNLL-style copy holds several), which the entity layer adds as a place.

Does not: read the date in a dateline.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from transforms.doctext import doc_text, is_caps_word, is_line_start
from transforms.places import lookup_place

#: A dateline's place has at most this many ALL-CAPS words ("NEW YORK").
DATELINE_MAX_WORDS = 3
#: The ISO date after a dateline's place in CoNLL-style copy ("LONDON 1996-08-30").
DATELINE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\b")

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


def dateline_place(doc: Doc, start: int) -> Span | None:
    """The ALL-CAPS place from token `start` when it opens a dateline at the start of a line."""
    if not is_line_start(doc, start):
        return None
    end = start
    while end < len(doc) and end - start < DATELINE_MAX_WORDS and is_caps_word(doc[end]):
        end += 1
    if start < end < len(doc) and follows_dateline(doc, end, doc[start:end].text):
        return doc[start:end]
    return None


def is_dateline_place(span: Span) -> bool:
    """Whether an ALL-CAPS span at the start of a line is a dateline's place."""
    doc = span.doc
    return (
        is_line_start(doc, span.start)
        and span.end < len(doc)
        and all(t.is_upper for t in span if t.is_alpha)
        and follows_dateline(doc, span.end, span.text)
    )


def follows_dateline(doc: Doc, end: int, place: str) -> bool:
    """Whether what follows a line's opening place at token `end` makes it a dateline: a date,
    "(" or ",", or a dash after a place the gazetteer knows."""
    after = doc[end].text
    if DATELINE_DATE.match(doc_text(doc), doc[end].idx) or after in ("(", ","):
        return True
    return after in ("-", "—", "–") and lookup_place(place) is not None
