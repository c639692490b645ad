"""Rows of figures inside articles: earnings and statistics tables ("Shr 34 cts vs 1.19 dlrs").

A line with at least `MIN_TABLE_NUMBERS` numbers and no verb is a table row. A span in it that
holds a figure ("Revs 1.59 billion"), and a one-word span that opens it ("Revs", "Avg", "Shr"),
are not names, though the NER model tags them PERSON, ORG or LAW. A place the gazetteer knows
("Brazil 12.5 13.0") and a name of several words ("Stephens Inc") stay.

Does not: read the table's figures.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from transforms.doctext import is_line_start
from transforms.places import lookup_place

#: A verbless line with at least this many numbers is a table row.
MIN_TABLE_NUMBERS = 2


def is_table_cell(span: Span) -> bool:
    """Whether the span is a figure or a row label of a table row, not a name."""
    doc = span.doc
    start, end = _line_of(doc, span.start)
    line = doc[start:end]
    if sum(1 for t in line if t.like_num) < MIN_TABLE_NUMBERS:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in line):
        return False
    if any(t.like_num for t in span):
        return True
    opens_row = all(t.is_space or t.is_punct for t in doc[start : span.start])
    return opens_row and len(span) == 1 and lookup_place(span.text) is None


def _line_of(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the line token `i` is on."""
    start = i
    while start > 0 and not is_line_start(doc, start):
        start -= 1
    end = i + 1
    while end < len(doc) and not is_line_start(doc, end):
        end += 1
    return start, end
