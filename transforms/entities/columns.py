"""Lexical attributes of all of a doc's tokens as numpy columns, read in one `Doc.to_array` call,
so that scans over every token test the columns and run their exact test on the few that pass.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_TITLE, IS_UPPER, LENGTH, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from transforms.lexicons.names import (
    FIRST_NAMES,
)


def _string_ids(words: Collection[str]) -> frozenset[int]:
    """The StringStore ids of `words`: what `Doc.to_array([LOWER])` holds for a lowercase word."""
    return frozenset(get_string_id(word) for word in words)


_FIRST_NAME_IDS = _string_ids(FIRST_NAMES)


class Columns:
    """Lexical attributes of all of a doc's tokens as numpy columns, read in one call.

    The scans for words that may start a name, a place or a score test every token; reading
    a Token's attributes in Python costs about 0.1-0.5 µs each (building `doc[i]` more), so the
    scans test these columns instead and run their exact test on the few tokens that pass.
    The columns are spaCy's own lexeme flags, so they pick exactly the tokens the exact tests
    would; words are compared by string id (a hash), and a collision only adds a candidate that
    the exact test then drops. numpy comes with spaCy (`to_array` returns its arrays)."""

    def __init__(self, doc: Doc) -> None:
        table = doc.to_array([IS_ALPHA, IS_UPPER, IS_TITLE, IS_DIGIT, LENGTH, LOWER])
        table = table.reshape(len(doc), 6)
        alpha, upper, title, digit = (table[:, k].astype(bool) for k in range(4))
        length = table[:, 4]
        self.lower: list[int] = table[:, 5].tolist()
        #: `is_caps_word`
        self.caps = alpha & upper & (length > 1)
        #: a superset of `is_initial` ("D."): two characters, upper case
        self.may_be_initial = upper & (length == 2)
        #: capitalised words (`is_title` or `is_caps_word`), which a given name is one of
        self.capitalised = title | self.caps
        #: a score in a results line: a number of up to three digits ("Hull 0 Barnet 0")
        self.score = digit & (length <= 3)

    def given_names(self) -> list[int]:
        """Indices of the tokens `is_given_name` holds for."""
        lower = self.lower
        return [i for i in indices_of(self.capitalised) if lower[i] in _FIRST_NAME_IDS]

    def lower_in(self, words: Collection[str], taken: list[bool]) -> list[int]:
        """Indices of the tokens not taken whose lowercase form is one of `words` (a set test
        in Python: `np.isin` sorts both arrays on every call)."""
        ids = _string_ids(words)
        return [i for i, word in enumerate(self.lower) if word in ids and not taken[i]]


def indices_of(mask: NDArray[np.bool_]) -> list[int]:
    return [int(i) for i in np.flatnonzero(mask)]


def taken_mask(doc: Doc, spans: list[tuple[Span, str]]) -> list[bool]:
    taken = [False] * len(doc)
    for span, _ in spans:
        for i in range(span.start, span.end):
            taken[i] = True
    return taken
