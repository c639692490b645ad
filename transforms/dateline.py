"""Datelines, the place (and date) that opens wire copy: "KORVALA, March 11 (Wire) - ",
"LONDON (Reuters) - ", "LONDON 1996-08-30".

It says where and when the report was filed, not who did what: the parser hangs it on the first
sentence's verb, so without this "KORVALA" became the actor of "Veridian troops seized a customs
post" and "March 11" its date, and the dateline was part of a reported statement's words.

One rule (`dateline_at`): a line opens with up to three ALL-CAPS words, then an ISO date, or a
", qualifier" and/or an "(Agency)" before a dash, or a bare dash after a place the gazetteer
knows ("SOCCER - RESULTS" is a headline). `dateline_end` is where the text's opening dateline
ends, so that events and quotes start after it; `dateline_place` and `is_dateline_place` give
the place as a span of a parsed doc (CoNLL-style copy holds a dateline on several lines).

Does not: read the date in a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from transforms.doctext import doc_text, is_line_start
from transforms.places import lookup_place

_WORD = r"[A-Z][A-Z'.]+"
# The place (at most three words, the first of three letters or more, so "US - " is none), then
# what makes it a dateline. AP writes the dash as "_".
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>[A-Z][A-Z'.]{{2,}}(?:[ -]{_WORD}){{0,2}})"
    r"(?:"
    r"(?P<date>[ \t]+\d{4}-\d{2}-\d{2}\b)"
    r"|(?P<tagged>(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[\w.]+){0,3})?(?:[ \t]*\([^)\n]{1,40}\))?)"
    r"[ \t]*(?:-{1,2}|[–—_])(?:[ \t]+|(?=\n)|\Z)"
    r")"
)


@dataclass(frozen=True)
class Dateline:
    """Character offsets: the place's span, and where the report after the dateline starts."""

    place_start: int
    place_end: int
    end: int


def dateline_at(text: str, start: int) -> Dateline | None:
    """The dateline that opens the line `start` is on, when only indentation precedes `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t"):
        return None
    match = _DATELINE.match(text, start)
    if match is None:
        return None
    bare_dash = match["date"] is None and not match["tagged"]
    if bare_dash and lookup_place(match["place"]) is None:
        return None
    return Dateline(match.start("place"), match.end("place"), match.end())


def dateline_end(text: str) -> int:
    """The character offset where the text's opening dateline ends, or 0 when it has none."""
    found = dateline_at(text, len(text) - len(text.lstrip()))
    return found.end if found else 0


def dateline_place(doc: Doc, start: int) -> Span | None:
    """The place of the dateline that opens a line at token `start`."""
    if not is_line_start(doc, start):
        return None
    found = dateline_at(doc_text(doc), doc[start].idx)
    if found is None or found.place_start != doc[start].idx:
        return None
    return doc.char_span(found.place_start, found.place_end)


def is_dateline_place(span: Span) -> bool:
    """Whether a span is exactly the place of a dateline that opens its line."""
    place = dateline_place(span.doc, span.start)
    return place is not None and place.end == span.end
