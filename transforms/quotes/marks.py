"""Quotation marks: the content spans of paired double quotation marks, paragraph by paragraph.

Opening or closing is decided by the spacing around each mark, then by its glyph. A quote left
open at a paragraph's end continues when the next paragraph reopens it (the newswire
convention); one opening a paragraph and never closed runs to its end. Works on the characters
only: no parse, no cue, no speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from transforms.lexicons.quotes.marks import CLOSING_GLYPHS, OPENING_GLYPHS, QUOTE_GLYPHS

#: Any double quotation mark: the two-character typewriter forms before the one-character glyphs.
QUOTE_MARK = re.compile(
    "|".join(re.escape(glyph) for glyph in sorted(QUOTE_GLYPHS, key=lambda g: (-len(g), g)))
)


_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class QuotedSpan:
    """Content between a pair of quotation marks (offsets exclude the marks)."""

    start_char: int
    end_char: int
    opens_paragraph: bool


def _paragraph_ends(text: str) -> list[int]:
    ends = [found.start() for found in _NEWLINE.finditer(text)]  # not a loop over characters
    return [*ends, len(text)]


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    opens: bool


def _mark_opens(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark opens: by spacing first, by glyph when spacing is ambiguous."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    spaced_before = before.isspace() or before in "([{—–"
    spaced_after = after.isspace()
    if spaced_before != spaced_after:
        return spaced_before
    glyph = text[start:end]
    if glyph in OPENING_GLYPHS:
        return True
    if glyph in CLOSING_GLYPHS:
        return False
    return not (before.isalnum() or before in ".,;:!?…)]")


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks = []
    for found in QUOTE_MARK.finditer(text, start, end):
        if found.group() == "'" and _is_apostrophe_context(text, found.start()):
            continue
        if found.start() > 0 and text[found.start() - 1] == "=":
            continue  # a markup attribute (<tweet author="…">), not a quotation; its closer strays
        marks.append(_Mark(found.start(), found.end(), _mark_opens(text, *found.span())))
    return marks


def _is_apostrophe_context(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Content spans of paired double quotation marks (“ ” " « » „ and the typewriter forms
    ``…'' and ''…''), paragraph by paragraph.

    A quote left open at a paragraph's end continues into the next paragraph when that paragraph
    starts with an opening mark (the newswire convention); the paragraphs then form one span. A
    quote that opens a paragraph and is never closed runs to the paragraph's end (a block
    quotation). Any other unclosed mark is ignored, so it never swallows the rest of the article.
    """
    spans: list[QuotedSpan] = []
    if QUOTE_MARK.search(text) is None:
        return spans  # no mark, no quote: no need to walk the paragraphs (most wire stories)
    paragraph_start = 0
    continuing: QuotedSpan | None = None
    for paragraph_end in _paragraph_ends(text):
        if text[paragraph_start:paragraph_end].isspace() or paragraph_start == paragraph_end:
            # A blank line between paragraphs (scraped text, Markdown) is no paragraph: an open
            # quote carries on across it as across a single line break.
            paragraph_start = paragraph_end + 1
            continue
        found, left_open = _quotes_in_paragraph(text, paragraph_start, paragraph_end)
        if continuing is not None:
            if found and found[0].opens_paragraph:
                found[0] = QuotedSpan(continuing.start_char, found[0].end_char, True)
            elif not found and left_open is not None and left_open.opens_paragraph:
                left_open = QuotedSpan(continuing.start_char, left_open.end_char, True)
            else:
                spans.append(continuing)
            continuing = None
        if left_open is not None and _next_paragraph_opens_quote(text, paragraph_end):
            continuing = left_open
        elif left_open is not None and left_open.opens_paragraph:
            found.append(left_open)
        spans.extend(found)
        paragraph_start = paragraph_end + 1
    if continuing is not None:
        spans.append(continuing)
    return spans


def _quotes_in_paragraph(
    text: str, start: int, end: int
) -> tuple[list[QuotedSpan], QuotedSpan | None]:
    """Closed quotes of one paragraph, and the quote still open at its end (if any)."""
    found: list[QuotedSpan] = []
    opened: _Mark | None = None
    first_visible = start
    while first_visible < end and text[first_visible].isspace():
        first_visible += 1
    marks = _marks(text, start, end)
    nested = 0
    for position, mark in enumerate(marks):
        if opened is not None and mark.opens and text[mark.start] in "“«`":
            closers_left = sum(1 for later in marks[position + 1 :] if not later.opens)
            if closers_left >= nested + 2:
                nested += 1  # a quotation inside the quotation: “… calls “hell” …”
            else:
                opened = mark  # a second opener restarts: the first was a stray mark
            continue
        if opened is None:
            opened = mark if mark.opens else None
            continue
        if nested:
            nested -= 1
            continue
        span = _content_span(text, opened.end, mark.start, opened.start == first_visible)
        if span is not None:
            found.append(span)
        opened = None
    left_open = None
    if opened is not None:
        left_open = _content_span(text, opened.end, end, opened.start == first_visible)
    return found, left_open


def _next_paragraph_opens_quote(text: str, paragraph_end: int) -> bool:
    index = paragraph_end + 1
    while index < len(text) and text[index].isspace():
        index += 1
    found = QUOTE_MARK.match(text, index)
    return found is not None and _mark_opens(text, *found.span())


def _content_span(text: str, start: int, end: int, opens_paragraph: bool) -> QuotedSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start:
        return None
    return QuotedSpan(start, end, opens_paragraph)


def inside_quotes(token: Token, quoted: list[QuotedSpan]) -> bool:
    return any(q.start_char <= token.idx < q.end_char for q in quoted)


def word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))
