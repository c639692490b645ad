"""The view of an article's text that the parser reads: hard-wrapped lines joined.

Wire archives arrive hard-wrapped ("Standard and Poor's Corp said it⏎affirmed the rating"), and
the parser takes every newline as a boundary: a sentence, a name or an attribution stopped at
the wrap. `parser_view` returns a text of the same length, in which each wrap newline is a
space, so every offset into the view is an offset into the text as received.

An article is hard-wrapped by its line-length statistics, not line by line: its lines fit a
width of at most `MAX_WRAP_WIDTH` characters, and most lines that fill that width end
mid-sentence. In such an article a line break is a wrap when the line fills the width, or the
next line carries on in lower case; a blank line, an indented line and a short line before a
capital (a table row, a heading) still break. Text with a paragraph per line, however short
the lines, and sentence-per-line tables are left as they are.

Does not: join words hyphenated at a wrap, or remove page furniture.
"""

from __future__ import annotations

import re
from itertools import pairwise

#: Hard-wrapped copy is wrapped at this many characters or fewer (Reuters: about 65).
MAX_WRAP_WIDTH = 100
#: The width is the length this share of lines is no longer than.
WIDTH_QUANTILE = 0.9
#: A line fills the width when it is at least this share of it.
FULL_LINE_SHARE = 0.75
#: At least this many full lines followed by a line of the same paragraph...
MIN_FULL_LINES = 3
#: ...which are at least this share of all such breaks, and of which at least this share
#: end mid-sentence.
MIN_FULL_SHARE = 0.5
MIN_CONTINUED_SHARE = 0.5
_SENTENCE_END = re.compile(r"""[.!?:;"'”’)\]]\s*$""")


def is_hard_wrapped(text: str) -> bool:
    """Whether the text's line breaks are mostly wraps within paragraphs."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = _width(lines)
    if width is None:
        return False
    breaks = [line for line, following in pairwise(lines) if _same_paragraph(line, following)]
    full = [line for line in breaks if _fills(line, width)]
    if len(full) < max(MIN_FULL_LINES, MIN_FULL_SHARE * len(breaks)):
        return False
    continued = sum(1 for line in full if not _SENTENCE_END.search(line))
    return continued >= MIN_CONTINUED_SHARE * len(full)


def parser_view(text: str) -> str:
    """The text with its wrap newlines as spaces (the text itself when it is not hard-wrapped)."""
    if "\n" not in text or not is_hard_wrapped(text):
        return text
    lines = text.split("\n")
    width = _width([line.rstrip() for line in lines]) or MAX_WRAP_WIDTH
    joined = [
        line + (" " if _is_wrap(line.rstrip(), following, width) else "\n")
        for line, following in pairwise(lines)
    ]
    return "".join(joined) + lines[-1]


def _width(lines: list[str]) -> int | None:
    """The width the lines are wrapped at; None when they are too long to be wrapped."""
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return None
    width = lengths[min(len(lengths) - 1, int(WIDTH_QUANTILE * len(lengths)))]
    return width if width <= MAX_WRAP_WIDTH else None


def _same_paragraph(line: str, following: str) -> bool:
    """Neither line blank, the second not indented."""
    return bool(line.strip()) and bool(following) and not following[0].isspace()


def _fills(line: str, width: int) -> bool:
    return len(line) >= FULL_LINE_SHARE * width


def _is_wrap(line: str, following: str, width: int) -> bool:
    return _same_paragraph(line, following) and (_fills(line, width) or following[0].islower())
