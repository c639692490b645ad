"""The parser's view of hard-wrapped text: wraps joined, paragraph breaks kept, length kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.layout import is_hard_wrapped, parser_view

WIRE = (
    "Standard and Poor's Corp said it affirmed the ratings on\n"
    "the company's debt, citing strong cash flow from its International\n"
    "Natural Rubber Organisation contracts and lower costs, and said it\n"
    "expected the company to keep its market share this year.\n"
    "    The company said it would not comment on the rating\n"
    "decision until the end of the month, a spokesman said.\n"
)


def test_wire_copy_is_joined_at_its_wraps_and_keeps_its_paragraphs() -> None:
    view = parser_view(WIRE)
    assert "ratings on the company's debt" in view
    assert "International Natural Rubber Organisation" in view
    assert "market share this year.\n    The company" in view  # an indented paragraph
    assert "rating decision" in view


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph per line, however short the lines
        "Ministers met on Monday.\nThey agreed a deal.\nTalks resume in May.\nNo one objected.",
        # long paragraphs
        "A" * 150 + ".\n" + "B" * 180 + ".\n" + "C" * 120 + ".\n" + "D" * 130,
        # too few lines to tell
        "Headline without a stop\nThe story starts here.",
        # a table: every row indented
        "Shr 34 cts vs 1.19 dlrs\n    Net 807,000 vs 2,858,000\n    Revs 5 mln vs 4 mln\n",
    ],
)
def test_text_that_is_not_hard_wrapped_is_left_alone(text: str) -> None:
    assert not is_hard_wrapped(text)
    assert parser_view(text) == text


def test_a_blank_line_ends_a_paragraph_in_wrapped_text() -> None:
    text = WIRE.replace("    The company", "\nThe company")
    view = parser_view(text)
    assert "market share this year.\n\nThe company" in view


@given(st.text(alphabet=st.sampled_from("ab. \n\t"), max_size=300))
def test_the_view_differs_from_the_text_only_in_newlines_turned_spaces(text: str) -> None:
    view = parser_view(text)
    assert len(view) == len(text)
    assert all(v == t or (t == "\n" and v == " ") for v, t in zip(view, text, strict=True))
