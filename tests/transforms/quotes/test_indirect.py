"""Indirect and mixed quotes: according to, labelled paragraphs, quoted fragments."""

from __future__ import annotations

import pytest


def test_indirect_and_according_to(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Union leader Tomas Reis said the strike would continue until Friday.\n"
        "The talks collapsed after midnight, according to the Transport Ministry."
    )
    quotes, names = quotes_in(text)
    indirect = {q.text: q for q in quotes}
    strike = indirect["the strike would continue until Friday"]
    assert strike.kind == "indirect" and names[strike.speaker_entity_id or ""] == "Tomas Reis"
    talks = next(q for q in quotes if q.cue == "according to")
    assert talks.text == "The talks collapsed after midnight"
    assert names[talks.speaker_entity_id or ""] == "Transport Ministry"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transcript turn or a headline claim: a short name and a colon open the paragraph.
        (
            "The debate went on.\n\nSILVA: We will rebuild the harbour before the winter storms."
            "\n\nREIS: The council has no money for it.",
            [
                ("We will rebuild the harbour before the winter storms", "SILVA"),
                ("The council has no money for it", "REIS"),
            ],
        ),
        (
            "Ana Silva: Harbour plan has failed\n\nThe mayor spoke.",
            [("Harbour plan has failed", "Ana Silva")],
        ),
        # Headings and places are not speakers.
        ("Update: The harbour will reopen on Monday.\n\nThe mayor spoke.", []),
        ("Ohio: Ana Silva, Tomas Reis, Maria Costa and Joao Pinto.\n\nMore.", []),
    ],
)
def test_paragraphs_opened_by_a_name_and_a_colon(
    quotes_in, text: str, expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert [(q.text, q.speaker_text) for q in quotes if q.cue == ":"] == expected


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # A lowercase quote after "said that" is no utterance of its own (it stays partial), but
        # the report that embeds it is: a mixed quote with the reporting verb's subject.
        (
            "Tomas Reis said that “as a town, we have to do better.”",
            "as a town, we have to do better.",
            "Tomas Reis",
        ),
        (
            "Ana Silva says that “the harbour belongs to everyone.”",
            "the harbour belongs to everyone.",
            "Ana Silva",
        ),
    ],
)
def test_report_of_a_partial_quote_is_mixed(
    quotes_in, text: str, content: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    assert [(q.kind, q.text, q.speaker_text) for q in quotes] == [("mixed", content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        'The spokesman told reporters the operation was "limited and temporary".',
        "Lena Vogt said the arrest was “a grave step backwards”.",
    ],
)
def test_reported_speech_keeps_the_mark_closing_its_quoted_words(quotes_in, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes, _ = quotes_in(text)
    [reported] = [q for q in quotes if q.kind in ("indirect", "mixed")]
    assert reported.text[-1] in '”"'
    assert text[reported.start_char : reported.end_char] == reported.text


def test_a_dateline_is_not_part_of_the_reported_words(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "KORVALA, March 11 (Wire) - Veridian troops seized a customs post, the ministry said."
    quotes, _ = quotes_in(text)
    [reported] = quotes
    assert reported.text.startswith("Veridian troops")
