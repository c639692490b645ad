"""Quotation marks: paired marks, paragraphs, nested and stray marks."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from transforms.quotes import find_quoted_spans

QUOTE_MARK_CHARS = ("“", "”", "«", "»", "„", '"', "'", "`")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes, we will” today.", ["yes, we will"]),
        ('She said "we will go," and left.', ["we will go"]),
        ("«Nous partons» dit-il.", ["Nous partons"]),
        ("“First part,” he said. “Second part.”", ["First part", "Second part."]),
        ("A stray “mark with no end.\nNext paragraph.", []),
        (
            "“Opening paragraph of a quote\n“and its continuation.”",
            ["Opening paragraph of a quote\n“and its continuation."],
        ),
        (
            "“A block quotation that never closes\nNext paragraph.",
            ["A block quotation that never closes"],
        ),
        ("He said ``we will go'' and ''we will stay.''", ["we will go", "we will stay."]),
        (
            "“I prefer what he calls “chaos” to his order.”",
            ["I prefer what he calls “chaos” to his order."],
        ),
        ("It's the company's plan, not 'theirs'.", []),
        ('<tweet author="@AnaSilva" date="May 1, 2016">We sail at noon.</tweet>', []),
    ],
)
def test_find_quoted_spans(text: str, expected: list[str]) -> None:
    assert [text[q.start_char : q.end_char] for q in find_quoted_spans(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("ab “”\"'«»\n.,`")), max_size=60))
@example('```\n\n"`')
def test_quoted_spans_are_in_bounds_and_cross_paragraphs_only_into_reopened_quotes(
    text: str,
) -> None:
    for span in find_quoted_spans(text):
        assert 0 <= span.start_char < span.end_char <= len(text)
        content = text[span.start_char : span.end_char]
        # a blank line is no paragraph (a quote carries on across it); any other line must
        # reopen the quote
        for later_paragraph in content.split("\n")[1:]:
            if later_paragraph.strip():
                assert later_paragraph.lstrip()[:1] in QUOTE_MARK_CHARS


@pytest.mark.parametrize("break_", ["\n", "\n\n", "\r\n\r\n", "\n \n"])
def test_a_quote_runs_on_across_paragraphs_whatever_separates_them(quotes_in, break_: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Intro.{break_}“When I started, it was broke.{break_}“But we did it,” Ada Okafor said."
    quotes, _ = quotes_in(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["Ada Okafor"]
    assert direct[0].text.startswith("When I started") and direct[0].text.endswith("we did it")
