"""Cues: the reporting verb of a quote and its subject."""

from __future__ import annotations

import pytest

from transforms.quotes.cues import is_continuation_cue


def test_a_date_after_the_cue_is_not_the_speaker(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials met on Friday.\n“We are ready to reopen the harbour,” announced Tuesday the "
        "port authority of Beira."
    )
    quotes, _ = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.speaker_text == "the port authority"


def test_a_quoted_word_is_never_the_speaker_of_a_mis_attached_cue(quotes_in) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "asserting" on the quoted "makes", whose subject is the quoted "That".
    text = (
        "Tomas Reis hardly explained the matter, treating her remark first as praise -- “That "
        "makes me smart” -- and, when asked after the debate, asserting, “Of course, I pay my "
        "taxes.”"
    )
    quotes, _ = quotes_in(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct
    for quote in direct:
        assert all(
            not (other.start_char <= (quote.speaker_start_char or -1) < other.end_char)
            for other in direct
        )


def test_a_cue_in_the_next_paragraph_is_not_the_quotes_cue(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We have rebuilt every school in the valley,” said Ana Silva.\n"
        "“The roads come next and they will be finished by spring.”\n"
        "Tomas Reis said the budget would not allow it."
    )
    quotes, names = quotes_in(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [names[q.speaker_entity_id or ""] for q in direct] == ["Ana Silva", "Ana Silva"]


def test_a_question_is_attributed_across_the_parsers_sentence_break(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Reis spoke first.\n“Who will pay for the new harbour?” Ana Silva asked."
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.cue == "asked" and names[quote.speaker_entity_id or ""] == "Ana Silva"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A word inside the quote is never the cue's subject.
        (
            "Tomas Reis spoke first.\n“I make you this promise: We will rebuild the harbour,” "
            "Mayor Ana Silva said Monday.",
            "Ana Silva",
        ),
        # A participle describing a noun: the noun is who speaks.
        (
            "The new video shows Mayor Ana Silva saying, “We will rebuild the harbour by spring.”",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first. According to Ana Silva, “The harbour will reopen in May.”",
            "Ana Silva",
        ),
        # No cue verb, but the clause before the colon names who said it.
        (
            "Tomas Reis spoke first.\nAna Silva made one promise: “We will rebuild the harbour.”",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first.\n“Who will pay for the harbour?” Ana Silva demanded.",
            "Ana Silva",
        ),
        # Verbs of the manner of speaking, and phrasal ones, cue direct quotes.
        (
            "Tomas Reis spoke first.\n“Nobody will ever buy the harbour,” Ana Silva scoffed.",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first.\n“The harbour is not for sale at any price,” Ana Silva shot "
            "back.",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first. As Ana Silva put it, “The harbour is the heart of this town.”",
            "Ana Silva",
        ),
        # A cue the parser leaves without a subject: the first name of its clause.
        (
            "Officials met on Friday. In a call with reporters on May 2, Col. Ana Silva, a "
            "military spokeswoman in Beira, said, “The harbour will reopen next week. There is no "
            "reason to wait.”",
            "Ana Silva",
        ),
        # A verbless label before a colon names who is quoted.
        (
            "Tomas Reis spoke first.\nMore from Ana Silva: “The harbour will reopen next week.”",
            "Ana Silva",
        ),
        (
            "Tomas Reis spoke first.\nHARBOUR TO REOPEN SOON - Ana Silva: “The harbour will reopen "
            "next week.”",
            "Ana Silva",
        ),
    ],
)
def test_direct_quote_speaker_without_a_plain_subject(quotes_in, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    quotes, names = quotes_in(text)
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert names[quote.speaker_entity_id or ""] == speaker


def test_a_cue_reproduces_its_offsets_as_written(quotes_in) -> None:  # type: ignore[no-untyped-def]
    text = "According to the union, the strike will last a week."
    quotes, _ = quotes_in(text)
    [row] = quotes
    assert row.cue_start_char is not None and row.cue_end_char is not None
    assert (row.cue, text[row.cue_start_char : row.cue_end_char]) == ("According to",) * 2


@pytest.mark.parametrize(
    ("text", "verb", "continues"),
    [
        ("She went on: “We sail at noon.”", "went", True),
        ("She added that the port was closed.", "added", True),
        ("She went home after the vote.", "went", False),
        ("She said the port was closed.", "said", False),
    ],
)
def test_continuation_cues_include_phrasal_ones(
    parse, text: str, verb: str, continues: bool
) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in parse(text) if t.text == verb)
    assert is_continuation_cue(token) == continues
